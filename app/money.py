"""Money: integer minor units, Decimal half-up rounding, locale-aware text.

Every amount in Cuentas is an `int` of minor units (cents for MXN/EUR, whole pesos
for CLP). This module is the one place that turns text into minor units and back:

* `parse_cli_amount` reads the command line's fixed format (`.` as decimal mark);
* `parse_amount` reads what a person typed in the book's locale (`1.234,56` in
  es_ES, `1,234.56` in es_MX/en_US);
* `format_amount` / `format_plain` write amounts for people and for CSV.

Floats never appear: arithmetic is on `int` and `Decimal` with explicit quantizing.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from app.errors import BadInput
from app.i18n import tr

#: Amounts are limited to ±10^13 minor units (100 billion in a 2-decimal currency).
MAX_MINOR = 10**13

#: ASCII digits only: `\d` would take `١٢٣` (Arabic-Indic) or `１２３` (full-width) as 123.
_CLI_AMOUNT = re.compile(r"[+-]?([0-9]+)(?:\.([0-9]+))?")
#: A plain decimal number (percentages, fractions' parts): no exponent, NaN or Infinity.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
#: More digits than this before the decimal mark is out of range whatever the currency
#: (and keeps Decimal within its precision).
_MAX_DIGITS = 16


@lru_cache(maxsize=64)
def exponent(currency: str) -> int:
    """Number of decimals of `currency` (MXN 2, CLP 0, KWD 3), from Babel's CLDR data."""
    from babel.numbers import get_currency_precision

    code = currency.upper()
    if not is_currency(code):
        raise BadInput("currency", currency, tr("is not an ISO 4217 currency code"))
    return int(get_currency_precision(code))


@lru_cache(maxsize=64)
def is_currency(code: str) -> bool:
    from babel.numbers import list_currencies

    return code.upper() in list_currencies()


def quantize(value: Decimal, exp: int) -> Decimal:
    """Round `value` half-up (away from zero on ties) to `exp` decimals."""
    return value.quantize(Decimal(1).scaleb(-exp), rounding=ROUND_HALF_UP)


def to_minor(value: Decimal, exp: int) -> int:
    """Decimal major units -> int minor units, half-up."""
    return int(quantize(value, exp).scaleb(exp))


def to_major(minor: int, exp: int) -> Decimal:
    """int minor units -> Decimal major units with exactly `exp` decimals."""
    return Decimal(minor).scaleb(-exp).quantize(Decimal(1).scaleb(-exp))


def check_range(minor: int, field: str, shown: object) -> int:
    if not -MAX_MINOR <= minor <= MAX_MINOR:
        raise BadInput(field, shown, tr("is out of range (at most 10^13 minor units)"))
    return minor


def parse_cli_amount(text: str, exp: int, field: str = "amount") -> int:
    """Parse a command-line amount: `.` decimal mark, at most `exp` decimals.

    `6600`, `6600.5` and `6600.50` are all 660050 cents in a 2-decimal currency;
    `12.345` is rejected, as is `1,000.00` (no group separators on the command line),
    and so are digits other than ASCII 0-9 (`١٢٣`, `１２３`).
    """
    raw = text.strip()
    m = _CLI_AMOUNT.fullmatch(raw)
    if not m:
        raise BadInput(field, text, tr("is not an amount (use the digits 0-9 and '.', "
                                       "like -1160.00)"))
    if len(m.group(1).lstrip("0")) > _MAX_DIGITS:
        raise BadInput(field, text, tr("is out of range (at most 10^13 minor units)"))
    decimals = m.group(2) or ""
    if len(decimals) > exp:
        if exp == 0:
            raise BadInput(field, text, tr("has decimals, but this currency has none"))
        raise BadInput(field, text, tr("has more than {exp} decimals").format(exp=exp))
    minor = to_minor(Decimal(raw), exp)
    return check_range(minor, field, text)


def parse_amount(text: str, exp: int, locale: str, field: str = "amount") -> int:
    """Parse an amount typed by a person in the book's locale.

    Accepts the locale's grouping and decimal symbols (strictly: `1.234,56` is an
    amount in es_ES, while in es_MX it is rejected rather than misread), a leading
    sign, and the plain `.`-decimal form when the locale's decimal mark is `,` and
    the text has no grouping that makes it ambiguous.
    """
    from babel.numbers import NumberFormatError, parse_decimal

    raw = text.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
    if raw.startswith("+"):
        raw = raw[1:]
    if not raw:
        raise BadInput(field, text, tr("is empty"))
    try:
        value = parse_decimal(raw, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        if not _CLI_AMOUNT.fullmatch(raw):
            raise BadInput(field, text, tr("is not an amount")) from None
        value = Decimal(raw)
    if not value.is_finite():
        raise BadInput(field, text, tr("is not an amount"))
    if abs(value) >= Decimal(10) ** _MAX_DIGITS:
        raise BadInput(field, text, tr("is out of range (at most 10^13 minor units)"))
    if value != quantize(value, exp):
        raise BadInput(field, text, tr("has more than {exp} decimals").format(exp=exp) if exp
                       else tr("has decimals, but this currency has none"))
    return check_range(to_minor(value, exp), field, text)


def format_plain(minor: int, exp: int) -> str:
    """Machine format for CSV/JSON: `-1160.00`, `.` decimal mark, no grouping."""
    return str(to_major(minor, exp))


@lru_cache(maxsize=32)
def _pattern(exp: int) -> str:
    return "#,##0" + ("." + "0" * exp if exp else "")


def format_amount(minor: int, exp: int, locale: str, *, currency: str | None = None) -> str:
    """People's format in the book's locale: `1,234.56` (es_MX) / `1.234,56` (es_ES).

    With `currency`, the locale's currency format is used (`$1,234.56`).
    """
    from babel.numbers import format_currency, format_decimal

    value = to_major(minor, exp)
    if currency:
        return str(format_currency(value, currency, locale=locale, currency_digits=True))
    return str(format_decimal(value, format=_pattern(exp), locale=locale))


def format_count(n: int, locale: str) -> str:
    """A count as people read it in the book's locale: `1,234` (es_MX, en_US), `1 234`
    (fr_FR), `1.234` (es_ES)."""
    from babel.numbers import format_decimal

    return str(format_decimal(n, format="#,##0", locale=locale))


def decimal_symbol(locale: str) -> str:
    from babel.numbers import get_decimal_symbol

    return str(get_decimal_symbol(locale))


def plain_number(text: str) -> Decimal | None:
    """`text` as a Decimal when it is a plain decimal number in ASCII digits (`16`,
    `-3.6`, `.5`), at most 40 characters; else None. No exponent (`1e-999999999`
    would be a fraction with a billion digits), no NaN or Infinity, no `١٦`."""
    raw = text.strip()
    if len(raw) > 40 or not _NUMBER.fullmatch(raw):
        return None
    return Decimal(raw)


def parse_percent(text: str, field: str = "rate") -> Decimal:
    """A rate in percent as typed: `16`, `16%`, `3.6`, `10.5`, `2/3` (a fraction, for
    the share of IVA withheld, is returned as a percent: 66.666…). Plain numbers in
    ASCII digits only (`,` is taken as the decimal mark)."""
    raw = text.strip().rstrip("%").strip()
    if "/" in raw:
        num, _, den = raw.partition("/")
        n, d = plain_number(num.replace(",", ".")), plain_number(den.replace(",", "."))
        if n is None or d is None:
            raise BadInput(field, text, tr("is not a fraction like 2/3"))
        if d == 0:
            raise BadInput(field, text, tr("divides by zero"))
        return n * 100 / d
    value = plain_number(raw.replace(",", "."))
    if value is None:
        raise BadInput(field, text, tr("is not a percentage"))
    return value
