"""QIF (Quicken Interchange Format): bank, cash and card registers with their splits.

What real files do, and what this reader does about it:

* Sections: `!Type:Bank`, `Cash`, `CCard`, `Oth A`, `Oth L` are registers;
  `!Account` records name the account the next register belongs to (inside
  `!Option:AutoSwitch` they are only a list); `!Type:Cat` lists categories (the `I`
  flag marks income); `!Type:Class` lists classes (Cuentas has none: counted in the
  notes); `!Type:Memorized` holds memorized transactions, offered as split templates
  and never booked; `!Type:Invst`, `Security`, `Prices` and unknown sections are
  skipped and reported with their line and record count, never dropped silently.
* Records end at a line starting with `^` (`^^` too); fields are `D` date, `T`/`U`
  amount (`U` wins: GnuCash's higher-precision total), `C` cleared (`*`, `X`, `R`),
  `N` number, `P` payee, `M` memo (before or after the splits), `L` category or
  `[Account]` (`/Class` dropped; `--Split--` is Quicken's placeholder), and splits as
  `S` target, `$` amount, `E` memo. A `D` inside a split is ignored with a warning.
* Dates in the file's own order: `!Option:MDY`/`DMY` when given, else read from the
  dates themselves (`app.imports.text.guess_order`, month/day/year when every date
  reads both ways). Text glued after a date (`D03/25/099Share Withdrawal`) is ignored
  with a warning.
* Splits that do not add up to the total are kept as the file says, with the total
  in `stated_total`: the preview lets the user take the splits' sum or reject the row.
* An `Opening Balance` record (also `Saldo inicial`, `Solde initial`, ...) is the
  account's opening balance, not a movement.
* Text before the first header (`### comments`) is skipped; a record cut off by the end
  of the file is an invalid row ("the file may be cut short").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from app.i18n import QT_TR_NOOP, plural, tr
from app.imports.model import (
    ImportedLine,
    ImportedTransaction,
    ImportFileError,
    ParsedFile,
    Skipped,
)
from app.imports.text import ORDER_WORDS, guess_order, parse_date, parse_money
from app.money import MAX_MINOR

REGISTERS = {"bank": "bank", "cash": "cash", "ccard": "credit_card", "oth a": "other",
             "oth l": "other", "invoice": "other"}
SKIPPED = {
    "invst": QT_TR_NOOP("investment transactions are not imported (Cuentas keeps no "
                        "securities)"),
    "security": QT_TR_NOOP("securities are not imported (Cuentas keeps no securities)"),
    "prices": QT_TR_NOOP("security prices are not imported"),
    "template": QT_TR_NOOP("budget templates are not imported"),
    "budget": QT_TR_NOOP("budgets are not imported"),
}
NOT_A_REGISTER = QT_TR_NOOP("this section is not a register Cuentas imports")
AMOUNT = QT_TR_NOOP("line {line}: the amount {value} {reason}")
SPLIT_AMOUNT = QT_TR_NOOP("line {line}: the split amount {value} {reason}")
#: Payees of opening-balance records as Quicken and Money write them, in several languages.
OPENING_PAYEES = frozenset({
    "opening balance", "opening bal", "saldo inicial", "saldo de apertura", "saldo apertura",
    "solde initial", "solde d'ouverture", "anfangssaldo", "eröffnungssaldo", "saldo iniziale",
    "saldo d'apertura", "beginsaldo", "openingssaldo", "saldo de abertura",
})
CLEARED = frozenset("*XxRrc")
SPLIT_PLACEHOLDER = "--split--"


@dataclass
class _Record:
    """A record's lines (their text, the first line's number) as the file has them."""

    line: int
    section: str
    account: str
    lines: list[str] = field(default_factory=list)
    ended: bool = True

    @property
    def fields(self) -> list[tuple[str, str, int]]:
        return [(text[0], text[1:], self.line + i) for i, text in enumerate(self.lines)
                if text and not text.isspace()]


@dataclass
class _Split:
    target: str
    line: int
    amount: int | None = None
    memo: str = ""


_HEADER = re.compile(r"^!.*$", re.M)
_DATES = re.compile(r"^D(.*)$", re.M)
_AMOUNT = re.compile(r"(-?)(\d{1,3}(?:,\d{3})+|\d{1,14})\.(\d\d)")


def parse_qif(text: str, exp: int, *, order: str = "auto", name: str = "file") -> ParsedFile:
    """Read a QIF file's text. `order` is the date order (`auto`, `MDY`, `DMY`, `YMD`)."""
    parsed = ParsedFile("qif")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    records, file_order = _records(text, parsed, name)
    if order == "auto":
        if file_order:
            order = file_order
            parsed.notes.append(tr("dates read as {order} (the file says so)").format(
                order=_order_words(order)))
        else:
            dates = _DATES.findall(text)
            order, decided = guess_order(dates)
            parsed.notes.append(
                tr("dates read as {order}").format(order=_order_words(order))
                if decided or not dates else
                tr("dates read as {order} (every date reads either way)").format(
                    order=_order_words(order)))
    cache: dict[str, tuple[str, str] | str] = {}
    for rec in records:
        if rec.section == "register":
            parsed.transactions.append(_transaction(rec, exp, order, cache))
        elif rec.section == "memorized":
            parsed.memorized.append(_transaction(rec, exp, order, cache))
    return parsed


def _order_words(order: str) -> str:
    return tr(ORDER_WORDS[order])


def _split_records(body: str, first_line: int) -> list[tuple[int, list[str], bool]]:
    """The records of a section's text: (first line number, lines, ended with ^).
    One split of the text and one pass over its lines (a 100,000-record file)."""
    out = []
    lines = body.split("\n")
    start = 0
    for i, text in enumerate(lines):
        if text[:1] != "^":
            continue
        skip = start
        while skip < i and (not lines[skip] or lines[skip].isspace()):
            skip += 1
        if skip < i:
            out.append((first_line + skip, lines[skip:i], True))
        start = i + 1
    skip, end = start, len(lines)
    while skip < end and (not lines[skip] or lines[skip].isspace()):
        skip += 1
    if skip < end:
        out.append((first_line + skip, lines[skip:], False))
    return out


def _records(text: str, parsed: ParsedFile, name: str) -> tuple[list[_Record], str]:
    """Split the text into records by section; account and category lists are read
    here, skipped sections counted."""
    records: list[_Record] = []
    headers = list(_HEADER.finditer(text))
    preamble = text[: headers[0].start()] if headers else text
    for number, line in enumerate(preamble.split("\n"), start=1):
        if line.strip() and not line.startswith("#"):
            raise ImportFileError(name, tr("is not a QIF file: it does not start with a "
                                           "!Type: or !Account line"), number)
    if not headers:
        raise ImportFileError(name, tr("is not a QIF file: it has no !Type: line"))
    account = ""
    file_order = ""
    autoswitch = False
    classes = 0
    line_of = text.count("\n", 0, headers[0].start()) + 1
    for i, header in enumerate(headers):
        body_end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        body = text[header.end() + 1: body_end]
        number = line_of
        line_of += text.count("\n", header.start(), body_end)
        tag = header.group()[1:].strip()
        low = tag.casefold()
        if low.startswith("option:"):
            value = low[7:].strip().upper()
            if value in ("MDY", "DMY", "YMD"):
                file_order = value
            elif value == "AUTOSWITCH":
                autoswitch = True
            section = "ignore"
        elif low.startswith("clear:"):
            if low[6:].strip() == "autoswitch":
                autoswitch = False
            section = "ignore"
        elif low == "account":
            section = "account"
        elif not low.startswith("type:"):
            section = "skip:unknown"
        else:
            what = low[5:].strip()
            if what in REGISTERS:
                section = "register"
                if account and account not in parsed.accounts:
                    parsed.accounts[account] = REGISTERS[what]
            elif what in ("cat", "category"):
                section = "cat"
            elif what == "class":
                section = "class"
            elif what == "memorized":
                section = "memorized"
            else:
                section = f"skip:{what if what in SKIPPED else 'unknown'}"
        chunks = _split_records(body, number + 1)
        if section.startswith("skip:"):
            if chunks:
                parsed.skipped.append(Skipped(number, f"!{tag}", len(chunks),
                                              tr(SKIPPED.get(section[5:], NOT_A_REGISTER))))
            continue
        for first, lines, ended in chunks:
            rec = _Record(first, section, account, lines, ended)
            if section in ("register", "memorized"):
                records.append(rec)
            elif section == "cat":
                _category_record(rec, parsed)
            elif section == "class":
                classes += sum(1 for text_ in lines if text_.startswith("N"))
            elif section == "account":
                found = _account_record(rec, parsed)
                if not autoswitch and found:
                    account = found
    if classes:
        parsed.notes.append(plural(
            classes, tr("1 class listed in the file is not kept (Cuentas has no classes); "
                        "the class after '/' in a category is dropped"),
            tr("{n} classes listed in the file are not kept (Cuentas has no classes); the "
               "class after '/' in a category is dropped")).format(n=classes))
    return records, file_order


def _account_record(rec: _Record, parsed: ParsedFile) -> str:
    name = ""
    kind = "bank"
    for code, value, _n in rec.fields:
        if code == "N":
            name = _clean_account(value)
        elif code == "T":
            kind = REGISTERS.get(value.strip().casefold(), "other")
    if name:
        parsed.accounts[name] = kind
    return name


def _category_record(rec: _Record, parsed: ParsedFile) -> None:
    """`N` name, `I` income (else expense); a description `cuentas kind=tax
    role=iva_output` (written by Cuentas' export) keeps the kind and tax role."""
    name = ""
    income = False
    ours: dict[str, str] = {}
    for code, value, _n in rec.fields:
        if code == "N":
            name = _clean_category(value)
        elif code == "I":
            income = True
        elif code == "D" and value.startswith("cuentas "):
            ours = dict(part.split("=", 1) for part in value.split()[1:] if "=" in part)
    if name:
        kind = ours.get("kind", "")
        parsed.categories[name] = kind if kind in ("income", "expense", "tax") else (
            "income" if income else "expense")
        if ours.get("role"):
            parsed.category_roles[name] = ours["role"]


def _clean_account(value: str) -> str:
    return " ".join(value.replace("[", "").replace("]", "").split())


@lru_cache(maxsize=1 << 14)
def _clean_category(value: str) -> str:
    """`Bills:Cell Phone/Class` -> `Bills:Cell Phone`; empty parts dropped."""
    text = value.split("/", 1)[0]
    return ":".join(p for p in (" ".join(part.split()) for part in text.split(":")) if p)


@lru_cache(maxsize=1 << 14)
def _target(value: str) -> str:
    text = value.strip()
    if text.startswith("["):
        end = text.find("]")
        name = _clean_account(text[1:end] if end > 0 else text[1:])
        return f"[{name}]" if name else ""
    if text.casefold() == SPLIT_PLACEHOLDER:
        return ""
    return _clean_category(text)


def _transaction(rec: _Record, exp: int, order: str,
                 cache: dict[str, tuple[str, str] | str]) -> ImportedTransaction:
    errors: list[str] = []
    warnings: list[str] = []
    date_value = ""
    total: int | None = None
    total_u: int | None = None
    payee = memo = reference = category = ""
    has_category = False
    cleared = False
    splits: list[_Split] = []
    date_seen = amount_bad = False  # a D line was read; an amount could not be
    number = rec.line - 1
    for text in rec.lines:
        number += 1
        if not text:
            continue
        code = text[0]
        value = text[1:]
        if code == "S":
            splits.append(_Split(_target(value), number))
        elif code == "$":
            if not splits:
                warnings.append(tr("line {line}: a split amount without a split line (S) "
                                   "is ignored").format(line=number))
                continue
            splits[-1].amount = _money(value, exp, number, SPLIT_AMOUNT, errors)
            amount_bad = amount_bad or splits[-1].amount is None
        elif code == "E":
            if splits:
                splits[-1].memo = value.strip()
        elif code == "T" or code == "U":
            amount = _money(value, exp, number, AMOUNT, errors)
            amount_bad = amount_bad or amount is None
            if code == "U":
                total_u = amount
            elif total is None:
                total = amount
        elif code == "D":
            if splits:
                warnings.append(tr("line {line}: a date inside a split line is ignored"
                                   ).format(line=number))
                continue
            if date_seen:
                warnings.append(tr("line {line}: a second date is ignored").format(
                    line=number))
                continue
            date_seen = True
            found = cache.get(value)
            if found is not None and not isinstance(found, str) and not found[1]:
                date_value = found[0]  # seen before, read cleanly: most dates of a file
            else:
                date_value = _date(value, order, cache, number, errors, warnings) or ""
            if not date_value and not errors:
                errors.append(tr("line {line}: the date is empty").format(line=number))
        elif code == "P":
            payee = " ".join(value.split())
        elif code == "M":
            memo = value.strip()
        elif code == "N":
            reference = value.strip()
        elif code == "C":
            cleared = value.strip()[:1] in CLEARED if value.strip() else False
        elif code == "L":
            category = _target(value)
            has_category = True
    if total_u is not None:
        total = total_u
    if not date_seen:
        errors.append(tr("line {line}: the record has no date (D line)").format(
            line=rec.line))
    lines: tuple[ImportedLine, ...]
    stated: int | None = None
    if splits:
        for split in splits:
            if split.amount is None:
                warnings.append(
                    tr("line {line}: the split line to {target} has no amount; 0 taken"
                       ).format(line=split.line, target=split.target) if split.target else
                    tr("line {line}: a split line has no amount; 0 taken").format(
                        line=split.line))
        lines = tuple(ImportedLine(s.target, s.amount or 0, s.memo) for s in splits)
        split_sum = sum(line.amount for line in lines)
        if total is None:
            if not amount_bad:
                warnings.append(tr("line {line}: no total (T line); the splits' sum is "
                                   "taken").format(line=rec.line))
            total = split_sum
        elif split_sum != total:
            stated = total
    elif total is None:
        if not amount_bad:
            errors.append(tr("line {line}: the record has no amount (T line)").format(
                line=rec.line))
        lines = ()
    else:
        lines = (ImportedLine(category if has_category else "", total),)
    if not rec.ended:
        last = rec.line + max(i for i, t in enumerate(rec.lines) if t and not t.isspace())
        errors.append(tr("line {line}: the file ends inside this record (no ^ after it); "
                         "the file may be cut short").format(line=last))
    kind = "transaction"
    if (payee.casefold() in OPENING_PAYEES and len(lines) <= 1
            and (not category or category.startswith("["))):
        kind = "opening"
        lines = ()
    return ImportedTransaction(
        line=rec.line, date=date_value, amount=total, payee=payee, memo=memo,
        reference=reference, cleared=cleared, lines=lines, account=rec.account, kind=kind,
        errors=tuple(errors), warnings=tuple(warnings), stated_total=stated,
    )


def _date(value: str, order: str, cache: dict[str, tuple[str, str] | str], number: int,
          errors: list[str], warnings: list[str]) -> str | None:
    found = cache.get(value)
    if found is None:
        try:
            found = parse_date(value, order)
        except ValueError as exc:
            found = str(exc)
        cache[value] = found
    if isinstance(found, str):
        errors.append(tr("line {line}: the date {value} {reason}").format(
            line=number, value=repr(value.strip()), reason=found))
        return None
    iso, rest = found
    if rest:
        warnings.append(tr("line {line}: text after the date is ignored ({text})").format(
            line=number, text=repr(rest)))
    return iso


def _money(value: str, exp: int, number: int, what: str, errors: list[str]) -> int | None:
    if exp == 2:
        plain = _AMOUNT.fullmatch(value)  # -1,160.00: most amounts of most files
        if plain is not None:
            sign, whole, cents = plain.groups()
            minor = int(whole.replace(",", "") + cents)
            if minor <= MAX_MINOR:
                return -minor if sign else minor
    try:
        return parse_money(value, exp)
    except ValueError as exc:
        errors.append(tr(what).format(line=number, value=repr(value.strip()), reason=exc))
        return None
