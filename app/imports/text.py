"""Reading a statement's bytes, and the amounts and dates written in it.

Shared by every parser, so a date or an amount means the same in QIF, OFX and CSV:

* `read_file` / `decode`: size limit, binary refused, encoding detected (UTF-8 with or
  without BOM, UTF-16 with BOM, else Windows-1252, else ISO-8859-1) or as given;
* `parse_money`: `1,234.56`, `1.234,56`, `-200,00`, `(12.50)`, `12.50-`, `$ 1,160`
  into integer minor units through `Decimal` (never float); more decimals than the
  currency has are refused unless they are zeros;
* `parse_date`: day, month and year in the order the file uses (`MDY`, `DMY`, `YMD`),
  two-, three- and four-digit years, Quicken's apostrophe years (`1/ 2'05` is
  2005-01-02), ISO dates, `20260331`, month names (English and Spanish); and
  `guess_order`, which reads the order from the dates themselves.

Every failure is a `ValueError` with a reason in plain words; parsers put it on the
row (or raise `ImportFileError` for the whole file).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.i18n import QT_TR_NOOP, tr
from app.imports.model import ImportFileError
from app.money import MAX_MINOR

#: Files above this size are refused before they are read (a statement is far smaller;
#: a 100,000-transaction QIF with splits is about 10 MB).
MAX_BYTES = 200 * 1024 * 1024
ORDERS = ("MDY", "DMY", "YMD")
#: How a date order is named in the preview's notes.
ORDER_WORDS = {"MDY": QT_TR_NOOP("month/day/year"), "DMY": QT_TR_NOOP("day/month/year"),
               "YMD": QT_TR_NOOP("year/month/day")}

_SAMPLE = 64 * 1024


def read_file(path: str | Path, encoding: str = "auto") -> tuple[str, str, bytes]:
    """(text, encoding used, raw bytes) of the file at `path`."""
    file = Path(path)
    name = str(path)
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise ImportFileError(name, tr("cannot be read ({error})").format(
            error=exc.strerror or exc)) from None
    if not file.is_file():
        raise ImportFileError(name, tr("is not a file"))
    if size > MAX_BYTES:
        raise ImportFileError(name, tr("is {size} MB; files over {limit} MB are not "
                                       "imported (split it by date first)").format(
            size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)))
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ImportFileError(name, tr("cannot be read ({error})").format(
            error=exc.strerror or exc)) from None
    text, used = decode(data, name, encoding)
    return text, used, data


def decode(data: bytes, name: str = "file", encoding: str = "auto") -> tuple[str, str]:
    """Text of `data` and the encoding it was read with; binary data is refused."""
    if not data.strip():
        raise ImportFileError(name, tr("is empty"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ImportFileError(name, tr("says it is UTF-16 but is not")) from None
    _refuse_binary(data, name)
    if encoding not in ("", "auto"):
        try:
            return data.decode(encoding).removeprefix("\ufeff"), encoding
        except LookupError:
            raise ImportFileError(name, tr("cannot be read as {encoding}: no such "
                                           "encoding").format(encoding=repr(encoding))
                                  ) from None
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise ImportFileError(name, tr("is not {encoding} text (byte {byte}); choose "
                                           "another encoding").format(
                encoding=encoding, byte=exc.start + 1), line) from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "iso-8859-1"


def _refuse_binary(data: bytes, name: str) -> None:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise ImportFileError(name, tr("is not a text file (it holds binary data)"))
    controls = sum(1 for b in sample if b < 9 or (13 < b < 32 and b != 26))
    if controls * 100 > len(sample):
        raise ImportFileError(name, tr("is not a text file (it holds binary data)"))


# ---------------------------------------------------------------- amounts

_CURRENCY = re.compile(r"^[A-Za-z]{3}\s*|\s*[A-Za-z]{3}$|[$€£¥]")
_DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
_TENS = [10**n for n in range(8)]
_PLAIN = re.compile(r"^-?(\d{1,14}|\d{1,3}(?:,\d{3}){1,4})(?:\.(\d{1,6}))?$")
_PLAIN_COMMA = re.compile(r"^-?(\d{1,14}|\d{1,3}(?:\.\d{3}){1,4})(?:,(\d{1,6}))?$")


def parse_money(text: str, exp: int, decimal_mark: str = "auto") -> int:
    """`text` as integer minor units of a currency with `exp` decimals.

    `decimal_mark` is `.`, `,` or `auto` (the last of `.` and `,` when both appear; a
    lone `,` followed by one or two digits; a lone `.` otherwise).
    """
    if decimal_mark == ",":
        fast = _PLAIN_COMMA.match(text)  # -1.160,00
        separator = "."
    else:
        fast = _PLAIN.match(text)  # -1160.00: most amounts of most files
        separator = ","
    if fast is not None:
        whole, decimals = fast.group(1).replace(separator, ""), fast.group(2) or ""
        if len(decimals) <= exp:
            minor: int = int(whole) * _TENS[exp] + (int(decimals.ljust(exp, "0")) if exp else 0)
            if minor <= MAX_MINOR:
                return -minor if text.startswith("-") else minor
    raw = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "")
    if not raw:
        raise ValueError(tr("is empty"))
    negative = False
    if raw.startswith("(") and raw.endswith(")"):
        negative, raw = True, raw[1:-1].strip()
    raw = _CURRENCY.sub("", raw).strip()
    if raw.endswith("-") and not raw.startswith("-"):
        negative, raw = not negative, raw[:-1].strip()
    if raw.startswith(("-", "+")):
        negative = negative != (raw[0] == "-")
        raw = raw[1:].strip()
    raw = _CURRENCY.sub("", raw).strip().replace(" ", "").replace("'", "")
    mark = _decimal_mark(raw) if decimal_mark == "auto" else decimal_mark
    group = "," if mark == "." else "."
    number = raw.replace(group, "").replace(mark, ".")
    if not _DIGITS.match(number):
        raise ValueError(tr("is not an amount"))
    try:
        value = Decimal(number)
    except InvalidOperation:  # pragma: no cover - the pattern above already checked
        raise ValueError(tr("is not an amount")) from None
    scaled = value.scaleb(exp)
    if scaled != scaled.to_integral_value():
        raise ValueError(tr("has more than {n} decimals").format(n=exp) if exp
                         else tr("has decimals"))
    minor = int(scaled)
    if minor > MAX_MINOR:
        raise ValueError(tr("is out of range"))
    return -minor if negative else minor


def _decimal_mark(raw: str) -> str:
    last_dot, last_comma = raw.rfind("."), raw.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        return "." if last_dot > last_comma else ","
    if last_comma >= 0:
        decimals = len(raw) - last_comma - 1
        return "," if raw.count(",") == 1 and decimals != 3 else "."
    if raw.count(".") > 1:
        return ","  # 1.234.567: dots group thousands
    return "."


# ---------------------------------------------------------------- dates

MONTHS = {
    name: number
    for number, names in enumerate((
        ("jan", "january", "ene", "enero"), ("feb", "february", "febrero"),
        ("mar", "march", "marzo"), ("apr", "april", "abr", "abril"), ("may", "mayo"),
        ("jun", "june", "junio"), ("jul", "july", "julio"),
        ("aug", "august", "ago", "agosto"), ("sep", "sept", "september", "septiembre",
                                             "set", "setiembre"),
        ("oct", "october", "octubre"), ("nov", "november", "noviembre"),
        ("dec", "december", "dic", "diciembre"),
    ), start=1)
    for name in names
}

_FILLERS = frozenset({"de", "del", "of"})
_TIME = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?)"
                   r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?")
_TOKEN = re.compile(r"\d+|[^\W\d_]+|'|\S", re.UNICODE)


def parse_date(text: str, order: str = "MDY") -> tuple[str, str]:
    """(ISO date, text after it that was ignored) for a date written in `order`."""
    raw = text.strip()
    if not raw:
        raise ValueError(tr("is empty"))
    tokens = _tokens(raw)
    if not tokens:
        raise ValueError(tr("is not a date"))
    fields, rest = tokens
    year, month, day = _arrange(fields, order)
    try:
        return date(year, month, day).isoformat(), rest
    except ValueError:
        raise ValueError(tr("is not a calendar date ({date} does not exist)").format(
            date=f"{year:04d}-{month:02d}-{day:02d}")) from None


def _tokens(raw: str) -> tuple[list[tuple[str, bool]], str] | None:
    """The date's three fields as (text, after-apostrophe) and the text left over."""
    compact = re.match(r"^(\d{4})(\d{2})(\d{2})(?!\d)", raw)
    if compact:
        rest = raw[compact.end():]
        rest = _TIME.sub("", rest, count=1) if _TIME.match(rest) else rest
        return [(compact.group(1), False), (compact.group(2), False),
                (compact.group(3), False)], rest.strip()
    fields: list[tuple[str, bool]] = []
    apostrophe = False
    pos = 0
    for match in _TOKEN.finditer(raw):
        token = match.group()
        if len(fields) == 3:
            break
        if token.isdigit():
            fields.append((token, apostrophe))
            apostrophe = False
        elif token == "'":
            apostrophe = True
        elif token.isalpha():
            if fields and token.casefold() in _FILLERS:
                continue  # 4 de enero de 2026
            if token.casefold() not in MONTHS:
                if fields:
                    break  # text glued to the date: "03/25/099Share Withdrawal"
                return None
            fields.append((token, False))
        elif token not in "/.-,":
            break
        pos = match.end()
    if len(fields) < 3:
        return None
    rest = raw[pos:]
    time = _TIME.match(rest)
    if time:
        rest = rest[time.end():]
    return fields, rest.strip()


def _arrange(fields: list[tuple[str, bool]], order: str) -> tuple[int, int, int]:
    month_names = [i for i, (text, _a) in enumerate(fields) if not text.isdigit()]
    if len(month_names) > 1:
        raise ValueError(tr("is not a date"))
    if month_names:
        month = MONTHS[fields[month_names[0]][0].casefold()]
        numbers = [f for i, f in enumerate(fields) if i != month_names[0]]
        if len(numbers[0][0]) >= 3:  # 2009 Nov 04
            year_field, day_field = numbers[0], numbers[1]
        else:  # 04 Nov 2009, Nov 4 2009
            day_field, year_field = numbers[0], numbers[1]
        return _year(year_field), month, _small(day_field[0], 31, DAY)
    if len(fields[0][0]) == 4 or order == "YMD":
        y, m, d = fields
    elif order == "DMY":
        d, m, y = fields
    else:
        m, d, y = fields
    return _year(y), _small(m[0], 12, MONTH), _small(d[0], 31, DAY)


MONTH, DAY = QT_TR_NOOP("has {value} as its month"), QT_TR_NOOP("has {value} as its day")


def _small(text: str, top: int, what: str) -> int:
    value = int(text)
    if len(text) > 2 or not 1 <= value <= top:
        raise ValueError(tr(what).format(value=text))
    return value


def _year(field: tuple[str, bool]) -> int:
    text, apostrophe = field
    value = int(text)
    if len(text) == 4:
        return value
    if len(text) == 3:  # Quicken: years counted from 1900 (099 is 1999, 105 is 2005)
        return 1900 + value
    if len(text) == 2:
        if apostrophe:
            return 2000 + value
        return 2000 + value if 2000 + value <= date.today().year + 10 else 1900 + value
    if len(text) == 1 and apostrophe:
        return 2000 + value
    raise ValueError(tr("has {value} as its year").format(value=text))


def guess_order(values: list[str], default: str = "MDY") -> tuple[str, bool]:
    """The field order that reads every value in `values`, and whether the values
    alone decided it (False: every date read either way; `default` was taken)."""
    fits = {order: 0 for order in ("MDY", "DMY")}
    for value in set(values):
        tokens = _tokens(value.strip()) if value.strip() else None
        if tokens is None:
            continue
        fields = tokens[0]
        if len(fields[0][0]) == 4 or not all(text.isdigit() for text, _a in fields):
            continue  # ISO or month names: the order does not matter
        first, second = int(fields[0][0]), int(fields[1][0])
        if first > 12 >= second:
            fits["DMY"] += 1
        elif second > 12 >= first:
            fits["MDY"] += 1
    if fits["DMY"] == fits["MDY"] == 0:
        return default, False
    return ("DMY" if fits["DMY"] > fits["MDY"] else "MDY"), True
