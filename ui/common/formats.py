"""Amounts, dates and rates as people read and type them, in the book's locale.

One object per open book (`Formats(book.info)`), so every widget shows `1,234.56`
in an es_MX book and `1.234,56` in an es_ES one without knowing which. Amounts go
through `app.money` (the one place that parses and formats money); dates use the
locale's short numeric pattern from Babel, always with a four-digit year.
"""

from __future__ import annotations

import re
from datetime import date as Date
from decimal import Decimal
from functools import lru_cache

from app.errors import BadInput
from app.money import decimal_symbol, format_amount, format_count, parse_amount, parse_percent
from app.store.book import BookInfo
from ui.common.translate import tr


@lru_cache(maxsize=16)
def _date_order(locale: str) -> tuple[str, str]:
    """(strftime-like pattern with a 4-digit year, field order such as 'dmy')."""
    from babel.dates import get_date_format

    pattern = get_date_format("short", locale=locale).pattern
    order = "".join(ch for ch in dict.fromkeys(c for c in pattern.lower() if c in "dmy"))
    sep = next((c for c in pattern if not c.isalpha()), "/")
    parts = {"d": "%d", "m": "%m", "y": "%Y"}
    if len(order) != 3:
        order = "dmy"
    return sep.join(parts[c] for c in order), order


def _fast_format(minor: int, exp: int, minus: str, group: str, mark: str) -> str:
    whole, frac = divmod(abs(minor), 10**exp)
    text = f"{whole:,}".replace(",", group)
    if exp:
        text += mark + str(frac).rjust(exp, "0")
    return minus + text if minor < 0 else text


@lru_cache(maxsize=16)
def _fast_symbols(locale: str, exp: int) -> tuple[str, str, str] | None:
    """The locale's minus, group and decimal symbols, when plain string formatting
    with them gives exactly what `app.money.format_amount` gives (checked on samples);
    None sends every amount through Babel."""
    from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

    symbols = (get_minus_sign_symbol(locale), get_group_symbol(locale),
               get_decimal_symbol(locale))
    samples = (0, 5, -5, 1234, -123456, 123456789012, -100000000, 10**13)
    if all(_fast_format(s, exp, *symbols) == format_amount(s, exp, locale) for s in samples):
        return symbols
    return None


class Formats:
    """Locale-aware text for one book."""

    def __init__(self, info: BookInfo) -> None:
        self.reset(info)

    def reset(self, info: BookInfo) -> None:
        """Follow a change of the book's locale or currency (the settings panel)."""
        self.locale = info.locale
        self.exp = info.exp
        self.currency = info.currency
        self.decimal_mark = decimal_symbol(info.locale)
        self._date_pattern, self._date_fields = _date_order(info.locale)
        self._fast = _fast_symbols(info.locale, info.exp)

    # ---------------------------------------------------------------- money
    def amount(self, minor: int | None, *, blank_zero: bool = False) -> str:
        if minor is None or (blank_zero and minor == 0):
            return ""
        if self._fast is not None:  # the register paints thousands of these
            return _fast_format(minor, self.exp, *self._fast)
        return format_amount(minor, self.exp, self.locale)

    def money(self, minor: int) -> str:
        """With the currency sign, for totals and balances in headings."""
        return format_amount(minor, self.exp, self.locale, currency=self.currency)

    def parse_amount(self, text: str, field: str = "amount") -> int:
        return parse_amount(text, self.exp, self.locale, field)

    # ---------------------------------------------------------------- counts
    def count(self, n: int) -> str:
        """A count (of transactions, lines, changes…): `1,234` in es_MX, `1 234` in fr_FR.
        Counted texts pick their form with `plural` (`ui.common.translate`)."""
        return format_count(n, self.locale)

    # ---------------------------------------------------------------- dates
    def date(self, iso: str) -> str:
        try:
            return Date.fromisoformat(iso).strftime(self._date_pattern)
        except ValueError:
            return iso

    @property
    def qt_date_format(self) -> str:
        """The same date pattern for a QDateEdit (`dd/MM/yyyy` in es_MX)."""
        qt = {"%d": "dd", "%m": "MM", "%Y": "yyyy"}
        return re.sub(r"%[dmY]", lambda m: qt[m.group(0)], self._date_pattern)

    @property
    def date_hint(self) -> str:
        names = {"d": "dd", "m": "mm", "y": "yyyy"}
        sep = next((c for c in self._date_pattern if c not in "%dmY"), "/")
        return sep.join(names[c] for c in self._date_fields)

    def parse_date(self, text: str, field: str = "date", today: Date | None = None) -> str:
        """ISO date from what was typed: the locale's order (`5/3/2026`, `5/3/26`,
        `5/3` for this year), or ISO `2026-03-05`."""
        raw = text.strip()
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", raw):
            y, m, d = (int(p) for p in raw.split("-"))
        else:
            parts = [p for p in re.split(r"[^\d]+", raw) if p]
            if len(parts) not in (2, 3) or not raw:
                raise BadInput(field, text, tr("is not a date like {hint}").format(
                    hint=self.date_hint))
            today = today or Date.today()
            values = dict(zip(self._date_fields, parts, strict=False))
            if len(parts) == 2:
                fields = [c for c in self._date_fields if c != "y"]
                values = dict(zip(fields, parts, strict=True))
                values["y"] = str(today.year)
            y = int(values["y"])
            if len(values["y"]) <= 2:
                y += 2000
            m, d = int(values["m"]), int(values["d"])
        try:
            return Date(y, m, d).isoformat()
        except ValueError:
            raise BadInput(field, text, tr("is not a valid calendar date")) from None

    # ---------------------------------------------------------------- rates
    @staticmethod
    def rate(bp: int | None) -> str:
        if bp is None:
            return ""
        value = Decimal(bp) / 100
        text = f"{value.normalize():f}"
        return f"{text} %"

    @staticmethod
    def parse_rate(text: str, field: str = "tax_rate") -> int | None:
        """Basis points from `16`, `16%`, `10.5 %`; None for an empty cell."""
        if not text.strip():
            return None
        value = parse_percent(text, field)
        bp = value * 100
        if bp != bp.to_integral_value() or not 0 <= bp <= 10000:
            raise BadInput(field, text,
                           tr("is not a rate between 0 and 100 with at most 2 decimals"))
        return int(bp)
