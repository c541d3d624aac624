"""CSV statements: a column mapping says which column is what.

A `CsvMapping` names the columns (by header, or `#3` for the third column of a file
without one) for the date, payee, memo, the amount — one signed column, a signed
column plus a debit/credit type column (Mint), or a pair of unsigned debit and credit
columns — the reference, category and account, and how to read them: encoding,
delimiter, rows to skip before the header, date order, decimal mark. Mappings are
saved per account (`app.imports.mappings`) and `guess_mapping` proposes one from the
header's words (English and Spanish) and from where the header is (bank exports often
start with a few lines about the account).

Rows sharing a `transaction_id` are the lines of one transaction: that is how
Cuentas' own CSV export (one row per split line) imports back with its splits. A
category written `[Account]`, or Monefy's `To 'Account'` / `From 'Account'`, is a
transfer. A cell starting `'=` (formula protection, as our export writes it) loses
the quote; HTML entities (`&lt;br/&gt;`, Mint) are turned into text when the mapping
says so. Every value is text: a payee `=HYPERLINK(...)` stays exactly that.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from app.i18n import QT_TR_NOOP, tr
from app.imports.model import (
    ImportedLine,
    ImportedTransaction,
    ImportFileError,
    MappingError,
    ParsedFile,
)
from app.imports.text import ORDER_WORDS, ORDERS, guess_order, parse_date, parse_money

#: The header of Cuentas' own CSV export (app.exports.csv): one row per split line.
CUENTAS_COLUMNS = ("transaction_id", "account", "date", "payee", "memo", "reference",
                   "cleared", "amount", "category", "line_amount", "line_memo")
DELIMITERS = (",", ";", "\t", "|")
ROLES = ("date", "payee", "memo", "amount", "debit", "credit", "sign", "reference",
         "category", "account", "transaction_id", "line_amount", "line_memo", "cleared")
SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("date", "fecha", "transaction date", "posting date", "booking date",
             "fecha de operacion", "fecha operacion", "fecha valor", "datum", "value date"),
    "payee": ("payee", "description", "descripcion", "concepto", "name", "merchant",
              "beneficiario", "transactions", "remarque", "libelle", "details", "detalle"),
    "memo": ("memo", "notes", "note", "nota", "notas", "original description",
             "observaciones", "comentario"),
    "amount": ("amount", "importe", "monto", "montant", "value", "valor", "betrag",
               "cantidad"),
    "debit": ("debit", "debits", "cargo", "cargos", "withdrawal", "withdrawals", "retiro",
              "retiros", "paid out", "debito", "money out"),
    "credit": ("credit", "credits", "abono", "abonos", "deposit", "deposits", "deposito",
               "depositos", "paid in", "credito", "money in"),
    "sign": ("transaction type", "debit/credit", "tipo de movimiento", "cr/dr"),
    "reference": ("reference", "referencia", "ref", "check number", "cheque", "num",
                  "number", "folio", "no. cheque"),
    "category": ("category", "categoria"),
    "account": ("account", "account name", "cuenta"),
    "transaction_id": ("transaction id",),
    "line_amount": ("line amount",),
    "line_memo": ("line memo",),
    "cleared": ("cleared",),
}
#: The roles as messages name them.
ROLE_WORDS = {
    "date": QT_TR_NOOP("date"), "payee": QT_TR_NOOP("payee"), "memo": QT_TR_NOOP("memo"),
    "amount": QT_TR_NOOP("amount"), "debit": QT_TR_NOOP("debit"),
    "credit": QT_TR_NOOP("credit"), "sign": QT_TR_NOOP("debit/credit type"),
    "reference": QT_TR_NOOP("reference"), "category": QT_TR_NOOP("category"),
    "account": QT_TR_NOOP("account"), "transaction_id": QT_TR_NOOP("transaction id"),
    "line_amount": QT_TR_NOOP("line amount"), "line_memo": QT_TR_NOOP("line memo"),
    "cleared": QT_TR_NOOP("cleared mark"),
}
DEBIT = QT_TR_NOOP("line {line}: the debit {value} {reason}")
CREDIT = QT_TR_NOOP("line {line}: the credit {value} {reason}")
DEBIT_WORDS = frozenset({"debit", "dr", "d", "cargo", "withdrawal", "retiro", "debito",
                         "out", "expense", "gasto"})
CREDIT_WORDS = frozenset({"credit", "cr", "c", "abono", "deposit", "deposito", "credito",
                          "in", "income", "ingreso"})
_TRANSFER = re.compile(r"^(?:to|from|a|de|hacia|desde)\s+'(.+)'$", re.I)
_FORMULA = re.compile(r"^'[=+\-@\t\r]")
_HTML = re.compile(r"&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)


@dataclass(frozen=True)
class CsvMapping:
    """How to read one kind of CSV file. Column values are header names, or `#N`."""

    name: str = ""
    encoding: str = "auto"
    delimiter: str = "auto"
    skip_rows: int = 0
    header: bool = True
    date: str = ""
    payee: str = ""
    memo: str = ""
    amount: str = ""
    debit: str = ""
    credit: str = ""
    sign: str = ""
    reference: str = ""
    category: str = ""
    account: str = ""
    transaction_id: str = ""
    line_amount: str = ""
    line_memo: str = ""
    cleared: str = ""
    date_order: str = "auto"
    decimal_mark: str = "auto"
    negate: bool = False
    unescape_html: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CsvMapping:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def check(self) -> None:
        """MappingError (it names the mapping) for a mapping that cannot read anything."""
        if not self.date:
            raise MappingError(self.name, tr("has no date column; choose one"))
        if not (self.amount or self.debit or self.credit or self.line_amount):
            raise MappingError(self.name, tr("has no amount column (or debit and credit "
                                             "columns); choose one"))
        if self.date_order not in ("auto", *ORDERS):
            raise MappingError(self.name, tr("date order {value} is not one of auto, MDY, "
                                             "DMY, YMD").format(value=repr(self.date_order)))
        if self.decimal_mark not in ("auto", ".", ","):
            raise MappingError(self.name, tr("decimal mark {value} is not . or ,").format(
                value=repr(self.decimal_mark)))
        if self.delimiter not in ("auto", *DELIMITERS):
            raise MappingError(self.name, tr("delimiter {value} is not one of , ; tab |"
                                             ).format(value=repr(self.delimiter)))


# ---------------------------------------------------------------- rows


def _norm(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(plain.casefold().replace("_", " ").split())


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        widest = max(counts)
        if widest < 2:
            continue
        score = sum(1 for c in counts if c == widest) * widest
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_rows(text: str, mapping: CsvMapping) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(column names, [(line, cells)]) after the skipped rows; blank rows left out.
    Without a header the names are `#1`, `#2`, …"""
    delimiter = sniff_delimiter(text) if mapping.delimiter == "auto" else mapping.delimiter
    # The text itself, not its lines: a quoted cell may hold a line break.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError("", tr("is not readable CSV ({error})").format(error=exc),
                              reader.line_num) from None
    rows = rows[mapping.skip_rows:]
    if mapping.header and rows:
        names = _unique([cell.strip() for cell in rows[0][1]])
        rows = rows[1:]
    else:
        width = max((len(cells) for _n, cells in rows), default=0)
        names = [f"#{i + 1}" for i in range(width)]
    return names, rows


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names):
        base = name or f"#{i + 1}"
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base} ({seen[base]})")
    return out


# ---------------------------------------------------------------- guessing


#: How much of a file `guess_mapping` reads (its first lines say what a 50 MB file holds).
GUESS_CHARS = 2_000_000


def guess_mapping(text: str) -> CsvMapping:
    """A mapping proposed from the file: where its header is, what its columns hold
    (read from its first `GUESS_CHARS` characters)."""
    if len(text) > GUESS_CHARS:
        head = text[:text.rfind("\n", 0, GUESS_CHARS) + 1]
        try:
            return _guess(head or text)
        except ImportFileError:  # cut inside a quoted cell: read it all
            pass
    return _guess(text)


def _guess(text: str) -> CsvMapping:
    delimiter = sniff_delimiter(text)
    probe = CsvMapping(delimiter=delimiter, header=False)
    _names, rows = read_rows(text, probe)
    best_row, best_roles = 0, dict[str, str]()
    for index, (_line, cells) in enumerate(rows[:20]):
        roles = _roles([cell.strip() for cell in cells])
        if len(roles) > len(best_roles):
            best_row, best_roles = index, roles
    if "date" not in best_roles:
        return CsvMapping(delimiter=delimiter, header=bool(best_roles), skip_rows=best_row)
    mapping = CsvMapping.from_json({"delimiter": delimiter, "skip_rows": best_row,
                                    "header": True, **best_roles})
    names, data = read_rows(text, mapping)
    if mapping.sign and not mapping.amount:
        mapping = replace(mapping, sign="")
    if mapping.amount and (mapping.debit or mapping.credit):
        mapping = replace(mapping, debit="", credit="")
    if mapping.transaction_id and mapping.line_amount:
        pass
    elif not mapping.amount and not (mapping.debit or mapping.credit):
        return replace(mapping, amount="")
    values = [cells[names.index(mapping.date)] for _n, cells in data
              if names.index(mapping.date) < len(cells)]
    order, _decided = guess_order(values, default="DMY")
    column = mapping.amount or mapping.debit or mapping.credit or mapping.line_amount
    amounts = [cells[names.index(column)] for _n, cells in data if names.index(column) < len(cells)]
    mark = _guess_mark(amounts)
    entities = any(_HTML.search(cell) for _n, cells in data for cell in cells)
    return replace(mapping, date_order=order, decimal_mark=mark, unescape_html=entities)


def _roles(cells: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    if tuple(c.strip() for c in cells[:len(CUENTAS_COLUMNS)]) == CUENTAS_COLUMNS:
        return {role: role for role in ("transaction_id", "account", "date", "payee", "memo",
                                        "reference", "cleared", "amount", "category",
                                        "line_amount", "line_memo")}
    names = _unique(cells)
    for role in ROLES:
        for name in names:
            if name in found.values():
                continue
            if _norm(name) in SYNONYMS[role]:
                found[role] = name
                break
    return found


def _guess_mark(values: list[str]) -> str:
    commas = sum(1 for v in values if re.search(r",\d{1,2}\s*$", v.strip()))
    dots = sum(1 for v in values if re.search(r"\.\d{1,2}\s*$", v.strip()))
    return "," if commas > dots else "."


# ---------------------------------------------------------------- parsing


def parse_csv(text: str, mapping: CsvMapping, exp: int) -> ParsedFile:
    """Read a CSV file's text with `mapping`."""
    mapping.check()
    names, rows = read_rows(text, mapping)
    index: dict[str, int] = {}
    for role in ROLES:
        column = getattr(mapping, role)
        if not column:
            continue
        if column not in names:
            raise MappingError(mapping.name, tr(
                "names the column {column} for the {role}, and the file has no such column "
                "(it has: {names})").format(column=repr(column), role=tr(ROLE_WORDS[role]),
                                            names=", ".join(names)))
        index[role] = names.index(column)
    order = mapping.date_order
    parsed = ParsedFile("csv")
    if order == "auto":
        values = [cells[index["date"]] for _n, cells in rows if index["date"] < len(cells)]
        order, decided = guess_order(values, default="DMY")
        parsed.notes.append(
            tr("dates read as {order}").format(order=_words(order)) if decided else
            tr("dates read as {order} (every date reads either way)").format(
                order=_words(order)))
    # Rows sharing a transaction id are one transaction, where its first row stands.
    groups: dict[str, list[ImportedTransaction]] = {}
    order_of_rows: list[str | ImportedTransaction] = []
    dates: dict[str, tuple[str, str] | str] = {}  # a statement repeats its dates
    for line, cells in rows:
        row = _row(line, cells, index, mapping, order, exp, dates)
        key = _cell(cells, index, "transaction_id", mapping)
        if not key:
            order_of_rows.append(row)
            continue
        if key not in groups:
            groups[key] = []
            order_of_rows.append(key)
        groups[key].append(row)
    parsed.transactions = [_merge(groups[item]) if isinstance(item, str) else item
                           for item in order_of_rows]
    return parsed


def _words(order: str) -> str:
    return tr(ORDER_WORDS[order])


def _cell(cells: list[str], index: dict[str, int], role: str, mapping: CsvMapping) -> str:
    i = index.get(role)
    if i is None or i >= len(cells):
        return ""
    value = cells[i].strip()
    if value[:1] == "'" and _FORMULA.match(value):
        value = value[1:]
    if mapping.unescape_html and "&" in value:
        value = _BREAK.sub(" / ", html.unescape(value))
    return value


def _row(line: int, cells: list[str], index: dict[str, int], mapping: CsvMapping, order: str,
         exp: int, dates: dict[str, tuple[str, str] | str]) -> ImportedTransaction:
    errors: list[str] = []

    def get(role: str) -> str:
        return _cell(cells, index, role, mapping)

    day = ""
    raw_date = get("date")
    if not raw_date:
        errors.append(tr("line {line}: the date is empty").format(line=line))
    else:
        found = dates.get(raw_date)
        if found is None:
            try:
                found = parse_date(raw_date, order)
            except ValueError as exc:
                found = str(exc)
            dates[raw_date] = found
        if isinstance(found, str):
            errors.append(tr("line {line}: the date {value} {reason}").format(
                line=line, value=repr(raw_date), reason=found))
        else:
            day = found[0]
    amount = _amount(get, mapping, exp, line, errors)
    target = _target(get("category"))
    line_amount = None
    if "line_amount" in index:
        raw = get("line_amount")
        try:
            line_amount = parse_money(raw, exp, mapping.decimal_mark) if raw else amount
        except ValueError as exc:
            errors.append(tr("line {line}: the line amount {value} {reason}").format(
                line=line, value=repr(raw), reason=exc))
        if amount is None and line_amount is not None and "amount" not in index:
            amount = line_amount
    lines: tuple[ImportedLine, ...] = ()
    value = line_amount if line_amount is not None else amount
    if value is not None:
        lines = (ImportedLine(target, value, get("line_memo")),)
    cleared = get("cleared").casefold() in ("1", "true", "yes", "y", "x", "*", "c", "r", "si",
                                            "sí")
    return ImportedTransaction(
        line=line, date=day, amount=amount, payee=" ".join(get("payee").split()),
        memo=get("memo"), reference=get("reference"), cleared=cleared,
        lines=lines, account=get("account"),
        errors=tuple(errors))


def _amount(get: Callable[[str], str], mapping: CsvMapping, exp: int, line: int,
            errors: list[str]) -> int | None:
    mark = mapping.decimal_mark
    sign = -1 if mapping.negate else 1
    if mapping.amount:
        raw = get("amount")
        if not raw:
            if mapping.line_amount:
                return None
            errors.append(tr("line {line}: the amount is empty").format(line=line))
            return None
        try:
            value = parse_money(raw, exp, mark)
        except ValueError as exc:
            errors.append(tr("line {line}: the amount {value} {reason}").format(
                line=line, value=repr(raw), reason=exc))
            return None
        if mapping.sign:
            kind = _norm(get("sign"))
            if kind in DEBIT_WORDS:
                value = -abs(value)
            elif kind in CREDIT_WORDS:
                value = abs(value)
            else:
                errors.append(tr("line {line}: {value} says neither debit nor credit").format(
                    line=line, value=repr(get("sign"))))
                return None
        return sign * value
    debit, credit = get("debit"), get("credit")
    if not debit and not credit:
        errors.append(tr("line {line}: both the debit and the credit are empty").format(
            line=line))
        return None
    total = 0
    for raw, factor, what in ((debit, -1, DEBIT), (credit, 1, CREDIT)):
        if raw:
            try:
                total += factor * abs(parse_money(raw, exp, mark))
            except ValueError as exc:
                errors.append(tr(what).format(line=line, value=repr(raw), reason=exc))
                return None
    return sign * total


def _target(category: str) -> str:
    text = category.strip()
    if not text:
        return ""
    if text.startswith("[") and text.endswith("]") and len(text) > 2:
        return f"[{' '.join(text[1:-1].split())}]"
    match = _TRANSFER.match(text)
    if match:
        return f"[{' '.join(match.group(1).split())}]"
    return ":".join(p for p in (" ".join(part.split()) for part in text.split(":")) if p)


def _merge(rows: list[ImportedTransaction]) -> ImportedTransaction:
    """The rows of one transaction id: the first gives date, payee, memo and total;
    each gives a line."""
    first = rows[0]
    lines = tuple(line for row in rows for line in row.lines)
    errors = tuple(e for row in rows for e in row.errors)
    stated = None
    if first.amount is not None and not errors and sum(x.amount for x in lines) != first.amount:
        stated = first.amount
    return replace(first, lines=lines, errors=errors, stated_total=stated)
