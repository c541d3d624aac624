"""Reports as machine-readable rows: the CSV and JSON contracts (DESIGN.md section 8).

The command line prints these; the Reports window writes the same CSV. Amounts are
plain text with the currency's decimals and `.` (`format_plain`), there is no total
row, and category names are full names. Line-level exports (a drill-down) have one
row per split line with its transaction's id.

The header keys are the machine contract (DESIGN.md section 8) and never change with
the language; a CSV saved from the desktop for people to open in a spreadsheet gets
`for_people(report, header, rows)`: the same rows under headings in the interface's
language (`IVA trasladado`, `IVA acreditable`, …) and the category kinds in words.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TR_NOOP, tr
from app.money import format_plain

if TYPE_CHECKING:
    from app.reports import Period
    from app.reports.lines import LineDetail
    from app.store.book import Book

Rows = tuple[list[str], list[list[Any]]]


def _rate(bp: int | None) -> str:
    """A rate as a plain number ("16"); "" for IVA lines entered without a rate."""
    return "" if bp is None else f"{(Decimal(bp) / 100).normalize():f}"


def _percent(rate: Decimal | None) -> str:
    return "" if rate is None else str(rate.quantize(Decimal("0.01"), ROUND_HALF_UP))


def csv_rows(book: Book, report: str, period: Period, account_id: int | None = None,
             by: str = "month") -> Rows:
    """(header, rows) of a report's CSV."""
    exp = book.info.exp
    if report == "categories":
        from app.reports.categories import category_totals

        return ["category", "kind", "amount"], [
            [r.category, r.kind, format_plain(r.amount, exp)]
            for r in category_totals(book, period, account_id)]
    if report == "accounts":
        from app.reports.balances import account_balances

        return ["account", "balance"], [
            [r.account, format_plain(r.balance, exp)]
            for r in account_balances(book, period, account_id).rows]
    if report == "iva":
        from app.reports.iva import CSV_COLUMNS, iva_summary

        iva = iva_summary(book, period, account_id, by)
        return list(CSV_COLUMNS), [
            [r.period] + [format_plain(int(getattr(r, c)), exp) for c in CSV_COLUMNS[1:]]
            for r in iva.rows]
    if report == "commissions":
        from app.reports.commissions import commission_report

        return ["payee", "transactions", "gross", "commission", "commission_iva", "net",
                "effective_rate_pct"], [
            [r.payee, r.transactions, format_plain(r.gross, exp),
             format_plain(r.commission, exp), format_plain(r.commission_iva, exp),
             format_plain(r.net, exp), _percent(r.effective_rate)]
            for r in commission_report(book, period, account_id).rows]
    if report == "monthly":
        from app.reports.monthly import monthly_report

        return ["period", "income", "expenses", "net", "taxes", "uncategorized"], [
            [r.period] + [format_plain(v, exp) for v in (r.income, r.expenses, r.net, r.taxes,
                                                          r.uncategorized)]
            for r in monthly_report(book, period, account_id, by).rows]
    if report == "payees":
        from app.reports.payees import payee_report

        return ["payee", "transactions", "income", "expenses", "taxes", "uncategorized",
                "net"], [
            [r.payee, r.transactions] + [format_plain(v, exp) for v in (
                r.income, r.expenses, r.taxes, r.uncategorized, r.net)]
            for r in payee_report(book, period, account_id).rows]
    from app.errors import BadInput

    raise BadInput("report", report, tr("has no CSV form"))


def json_rows(book: Book, report: str, period: Period, account_id: int | None = None,
              by: str = "month") -> list[dict[str, Any]]:
    """A report's JSON: an array of objects, amounts as plain text like the CSV."""
    exp = book.info.exp
    if report == "categories":
        from app.reports.categories import category_totals

        return [{"category": r.category, "kind": r.kind, "role": r.role,
                 "amount": format_plain(r.amount, exp), "lines": r.lines}
                for r in category_totals(book, period, account_id)]
    if report == "accounts":
        from app.reports.balances import account_balances

        return [{"account": r.account, "kind": r.kind, "balance": format_plain(r.balance, exp),
                 "archived": r.archived, "start": format_plain(r.start, exp),
                 "change": format_plain(r.change, exp), "transactions": r.transactions}
                for r in account_balances(book, period, account_id).rows]
    if report == "iva":
        from app.reports.iva import iva_summary

        iva = iva_summary(book, period, account_id, by)
        header, rows = csv_rows(book, report, period, account_id, by)
        out: list[dict[str, Any]] = []
        for row in rows:
            item: dict[str, Any] = dict(zip(header, row, strict=True))
            item["taxable_bases"] = [
                {"side": b.side, "rate": _rate(b.rate_bp), "base": format_plain(b.base, exp),
                 "iva": format_plain(b.tax, exp), "lines": b.lines}
                for b in iva.bases if b.period == row[0]]
            out.append(item)
        return out
    header, rows = csv_rows(book, report, period, account_id, by)
    return [dict(zip(header, row, strict=True)) for row in rows]


#: CSV key -> heading for people (source text, shown through `tr()`).
HEADINGS = {
    "category": QT_TR_NOOP("Category"), "kind": QT_TR_NOOP("Kind"),
    "amount": QT_TR_NOOP("Amount"), "account": QT_TR_NOOP("Account"),
    "balance": QT_TR_NOOP("Balance"), "period": QT_TR_NOOP("Period"),
    "output_iva": QT_TR_NOOP("Output IVA"), "input_iva": QT_TR_NOOP("Input IVA"),
    "iva_withheld_credit": QT_TR_NOOP("IVA withheld (credit)"),
    "net_iva": QT_TR_NOOP("Net IVA"),
    "iva_withheld_payable": QT_TR_NOOP("IVA withheld (payable)"),
    "income_tax_withheld_credit": QT_TR_NOOP("Income tax withheld (credit)"),
    "income_tax_withheld_payable": QT_TR_NOOP("Income tax withheld (payable)"),
    "payee": QT_TR_NOOP("Payee"), "transactions": QT_TR_NOOP("Transactions"),
    "gross": QT_TR_NOOP("Gross collected"), "commission": QT_TR_NOOP("Commission"),
    "commission_iva": QT_TR_NOOP("IVA on commission"),
    "effective_rate_pct": QT_TR_NOOP("Effective rate (%)"),
    "income": QT_TR_NOOP("Income"), "expenses": QT_TR_NOOP("Expenses"),
    "taxes": QT_TR_NOOP("Taxes"), "uncategorized": QT_TR_NOOP("Uncategorized"),
    "net": QT_TR_NOOP("Net"), "transaction_id": QT_TR_NOOP("Transaction"),
    "date": QT_TR_NOOP("Date"), "memo": QT_TR_NOOP("Memo"),
    "transaction_amount": QT_TR_NOOP("Transaction amount"),
}
#: Headings that read differently in one report (a commission's `net` is the deposit).
REPORT_HEADINGS = {("commissions", "net"): QT_TR_NOOP("Deposited")}
KIND_WORDS = {"income": QT_TR_NOOP("Income"), "expense": QT_TR_NOOP("Expense"),
              "tax": QT_TR_NOOP("Tax")}


def for_people(report: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Rows:
    """A report's (or the drill-down's, `report="lines"`) CSV rows with headings and
    category kinds in the interface's language, for a spreadsheet."""
    titles = [tr(REPORT_HEADINGS.get((report, key)) or HEADINGS.get(key, key))
              for key in header]
    kind = header.index("kind") if "kind" in header else None
    out = []
    for row in rows:
        cells = list(row)
        if kind is not None and cells[kind] in KIND_WORDS:
            cells[kind] = tr(KIND_WORDS[cells[kind]])
        out.append(cells)
    return titles, out


LINE_COLUMNS = ["transaction_id", "date", "account", "payee", "category", "memo", "amount",
                "transaction_amount"]


def line_rows(lines: Sequence[LineDetail], exp: int) -> Rows:
    """One row per split line (the drill-down's CSV)."""
    return list(LINE_COLUMNS), [
        [x.transaction_id, x.date, x.account, x.payee, x.category, x.memo or x.transaction_memo,
         format_plain(x.amount, exp), format_plain(x.transaction_amount, exp)]
        for x in lines]


def write_csv(path: Path | str, header: Sequence[str], rows: Sequence[Sequence[Any]], *,
              force: bool = False, book: str | None = None, field: str = "--out") -> Path:
    """Write a CSV (UTF-8, `\\n` line ends) atomically through app/store/outfiles.py (`force`:
    replace an existing file that is not a book; `book`: the open book, never a target)."""
    from app.store.outfiles import write_file

    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_file(path, text.getvalue(), field=field, force=force, book=book)
    return Path(path)
