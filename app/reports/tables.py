"""Any report as a table of rows plus a chart: what the window, the PDF and the
command line's `--format table` show.

Cells hold raw values — `int` minor units for amounts and counts, `Decimal` for
rates, `str` for text — so each front end formats them in the book's locale. Each
row may carry the `LineQuery` of the lines it adds up (the drill-down), and a test
checks that those lines sum exactly to the row's figure.

Titles, column headings, row labels and chart names are made in the interface's
language (`app.i18n.tr`) when the table is built; column keys (`Column.key`) are the
machine names that CSV and JSON use, never translated.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from app.i18n import QT_TR_NOOP, tr
from app.monitor.metrics import timed
from app.reports import Period, intersect, period_bounds
from app.reports.lines import LineQuery

if TYPE_CHECKING:
    from app.reports.categories import CategoryNode, CategoryReport
    from app.reports.iva import IvaReport
    from app.store.book import Book

#: report key -> title (source text: show it with `report_title`), in the order the
#: window lists them.
REPORTS = {
    "categories": QT_TR_NOOP("Income and expenses by category"),
    "iva": QT_TR_NOOP("IVA summary"),
    "commissions": QT_TR_NOOP("Commissions by payee"),
    "monthly": QT_TR_NOOP("Monthly income and expenses"),
    "payees": QT_TR_NOOP("Payees"),
    "accounts": QT_TR_NOOP("Account balances"),
}


def report_title(report: str) -> str:
    """A report's name in the interface's language."""
    return tr(REPORTS[report])
#: Reports that take --by (month/quarter/year).
GROUPED = ("iva", "monthly", "accounts")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "amount"  # text | amount | count | percent


@dataclass(frozen=True)
class Row:
    cells: tuple[object, ...]
    depth: int = 0
    style: str = ""  # "" | section | subtotal | total
    drill: LineQuery | None = None
    #: A short name for what the row stands for (the drill-down window's title).
    label: str = ""


@dataclass(frozen=True)
class Chart:
    """What a report draws. `bar`: vertical bars, a group per label with a bar per
    series; `hbar`: the same lying down, the first label on top (long names read
    better); `pie`; `line`. `stacked`: a label's series make one bar (each label has a
    figure in one series only, as a category is income or expense)."""

    kind: str  # bar | hbar | pie | line
    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    stacked: bool = False


@dataclass(frozen=True)
class SubTable:
    """A second, smaller table under the main one (the IVA summary's taxable bases)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class ReportTable:
    report: str
    title: str
    period: Period
    account: str
    by: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    chart: Chart | None = None
    extra: tuple[SubTable, ...] = ()


def build_table(
    book: Book, report: str, period: Period | None = None, account_id: int | None = None,
    by: str = "month",
) -> ReportTable:
    """Run `report` and lay it out as a table (one module per report does the SQL)."""
    period = period or Period()
    builders = {
        "categories": _categories, "iva": _iva, "commissions": _commissions,
        "monthly": _monthly, "payees": _payees, "accounts": _accounts,
    }
    if report not in builders:
        from app.errors import BadInput

        raise BadInput("report", report, tr("is not one of {items}").format(
            items=', '.join(REPORTS)))
    with timed(f"report.{report}"):
        table = builders[report](book, period, account_id, by)
    return replace(table, account=_account_name(book, account_id))


def _account_name(book: Book, account_id: int | None) -> str:
    if account_id is None:
        return ""
    from app.ledger.accounts import get_account

    return get_account(book, account_id).name


def _base(report: str, period: Period, by: str, columns: tuple[Column, ...],
          rows: list[Row], chart: Chart | None = None, extra: tuple[SubTable, ...] = ()
          ) -> ReportTable:
    return ReportTable(report, report_title(report), period, "", by, columns, tuple(rows),
                       chart, extra)


# ---------------------------------------------------------------- categories


def _category_rows(report: CategoryReport) -> list[Row]:
    rows: list[Row] = []
    for section in report.sections:
        ids = tuple(n.category_id for n in section.walk() if n.kind == section.kind)
        drill = LineQuery(report.period, report.account_id, category_ids=ids)
        rows.append(Row((section.title, section.lines, section.total), 0, "section", drill,
                        section.title))

        def add(node: CategoryNode, kind: str = section.kind) -> None:
            mine = tuple(n.category_id for n in node.walk() if n.kind == kind)
            style = "subtotal" if node.children else ""
            rows.append(Row((node.name, node.lines, node.subtotal), node.depth + 1, style,
                            LineQuery(report.period, report.account_id, category_ids=mine),
                            node.full_name))
            for child in node.children:
                add(child)

        for root in section.roots:
            add(root)
    if report.uncategorized_lines:
        rows.append(Row((tr("Uncategorized"), report.uncategorized_lines,
                         report.uncategorized), 0, "section",
                        LineQuery(report.period, report.account_id, uncategorized=True),
                        tr("Uncategorized")))
    lines = sum(s.lines for s in report.sections) + report.uncategorized_lines
    rows.append(Row((tr("Total"), lines, report.total), 0, "total", None, tr("Total")))
    return rows


def _categories(book: Book, period: Period, account_id: int | None, by: str) -> ReportTable:
    from app.reports.categories import category_report

    report = category_report(book, period, account_id)
    columns = (Column("category", tr("Category"), "text"), Column("lines", tr("Lines"), "count"),
               Column("amount", tr("Amount")))
    section = report.section("expense") or report.section("income")
    chart = None
    if section is not None:
        leaves = [n for n in section.walk() if n.own_lines and n.kind == section.kind]
        sign = -1 if section.kind == "expense" else 1
        chart = _pie(tr("{section} by category").format(section=section.title),
                     [(n.full_name, sign * n.own) for n in leaves])
    return _base("categories", period, by, columns, _category_rows(report), chart)


def _pie(title: str, slices: list[tuple[str, int]], keep: int = 7) -> Chart:
    """The largest slices, the rest folded into one 'Other' slice; negatives dropped."""
    positive = sorted(((name, v) for name, v in slices if v > 0), key=lambda s: -s[1])
    if len(positive) > keep + 1:
        other = sum(v for _n, v in positive[keep:])
        positive = [*positive[:keep], (tr("Other"), other)]
    return Chart("pie", title, tuple(n for n, _v in positive),
                 (("amount", tuple(v for _n, v in positive)),))


# ---------------------------------------------------------------- IVA


def _iva(book: Book, period: Period, account_id: int | None, by: str) -> ReportTable:
    from app.reports import TAX_ROLES
    from app.reports.iva import iva_summary

    report = iva_summary(book, period, account_id, by)
    columns = (
        Column("period", tr("Period"), "text"),
        Column("output_iva", tr("Output IVA")),
        Column("input_iva", tr("Input IVA")),
        Column("iva_withheld_credit", tr("IVA withheld (credit)")),
        Column("net_iva", tr("Net IVA")),
        Column("iva_withheld_payable", tr("IVA withheld (payable)")),
        Column("income_tax_withheld_credit", tr("Income tax withheld (credit)")),
        Column("income_tax_withheld_payable", tr("Income tax withheld (payable)")),
    )
    rows = []
    for r in (*report.rows, report.total):
        total = r is report.total
        where = period if total else intersect(period, period_bounds(r.period))
        rows.append(Row(
            (tr("Total") if total else r.period, r.output_iva, r.input_iva, r.iva_withheld_credit,
             r.net_iva, r.iva_withheld_payable, r.income_tax_withheld_credit,
             r.income_tax_withheld_payable),
            0, "total" if total else "", LineQuery(where, account_id, roles=TAX_ROLES),
            tr("IVA, total") if total else tr("IVA, {period}").format(period=r.period)))
    chart = Chart("bar", tr("Output and input IVA"), tuple(r.period for r in report.rows),
                  ((tr("Output IVA"), tuple(r.output_iva for r in report.rows)),
                   (tr("Input IVA"), tuple(r.input_iva for r in report.rows))))
    if len(report.rows) == 1:  # one period: each of its figures, not one bar pair
        one = report.rows[0]
        figures = [(c.title, int(getattr(one, c.key))) for c in columns[1:]
                   if getattr(one, c.key) or c.key in ("output_iva", "input_iva", "net_iva")]
        chart = Chart("hbar", tr("IVA of the period"), tuple(t for t, _v in figures),
                      ((one.period, tuple(v for _t, v in figures)),), stacked=True)
    extra = (SubTable(tr("Taxable base per rate"), *_bases(report, period, account_id)),) \
        if report.bases else ()
    return _base("iva", period, by, columns, rows, chart, extra)


def _bases(report: IvaReport, period: Period, account_id: int | None
           ) -> tuple[tuple[Column, ...], tuple[Row, ...]]:
    """The taxable base per rate; IVA lines without a rate are a "no rate" row, so each
    side's IVA adds up to its column above."""
    columns = (Column("period", tr("Period"), "text"), Column("side", tr("Side"), "text"),
               Column("rate", tr("Rate"), "percent"), Column("base", tr("Taxable base")),
               Column("tax", tr("IVA")), Column("lines", tr("Lines"), "count"))
    rows = tuple(
        Row((b.period, tr("Sales") if b.side == "output" else tr("Purchases"),
             tr("no rate") if b.rate_bp is None else Decimal(b.rate_bp) / 100,
             None if b.rate_bp is None else b.base, b.tax, b.lines), 0, "",
            LineQuery(intersect(period, period_bounds(b.period)), account_id,
                      roles=("iva_output" if b.side == "output" else "iva_input",),
                      taxed_at_bp=b.rate_bp, without_rate=b.rate_bp is None),
            tr("{period}, sales").format(period=b.period) if b.side == "output"
            else tr("{period}, purchases").format(period=b.period))
        for b in report.bases
    )
    return columns, rows


# ---------------------------------------------------------------- commissions


def _commissions(book: Book, period: Period, account_id: int | None, by: str) -> ReportTable:
    from app.reports.commissions import commission_report

    report = commission_report(book, period, account_id)
    columns = (
        Column("payee", tr("Payee"), "text"), Column("transactions", tr("Transactions"), "count"),
        Column("gross", tr("Gross collected")), Column("commission", tr("Commission")),
        Column("commission_iva", tr("IVA on commission")), Column("net", tr("Deposited")),
        Column("effective_rate", tr("Effective rate"), "percent"),
    )
    rows = []
    for r in (*report.rows, report.total):
        total = r is report.total
        rows.append(Row(
            (tr("Total") if total else r.payee, r.transactions, r.gross, r.commission,
             r.commission_iva, r.net, r.effective_rate),
            0, "total" if total else "",
            LineQuery(period, account_id, payee=None if total else r.payee,
                      with_role_in_transaction="commission"),
            tr("Commissions, total") if total
            else tr("Commissions, {payee}").format(payee=r.payee)))
    chart = Chart("bar", tr("Commission and its IVA"), tuple(r.payee for r in report.rows),
                  ((tr("Commission"), tuple(r.commission for r in report.rows)),
                   (tr("IVA on commission"), tuple(r.commission_iva for r in report.rows))))
    return _base("commissions", period, by, columns, rows, chart)


# ---------------------------------------------------------------- monthly


ALL_CLASSES = ("income", "expense", "tax", "uncategorized")


def _monthly(book: Book, period: Period, account_id: int | None, by: str) -> ReportTable:
    from app.reports.monthly import monthly_report

    report = monthly_report(book, period, account_id, by)
    columns = (
        Column("period", tr("Period"), "text"), Column("income", tr("Income")),
        Column("expenses", tr("Expenses")), Column("net", tr("Net")), Column("taxes", tr("Taxes")),
        Column("uncategorized", tr("Uncategorized")),
    )
    rows = []
    for r in (*report.rows, report.total):
        total = r is report.total
        where = period if total else intersect(period, period_bounds(r.period))
        rows.append(Row(
            (tr("Total") if total else r.period, r.income, r.expenses, r.net, r.taxes,
             r.uncategorized),
            0, "total" if total else "", LineQuery(where, account_id, classes=ALL_CLASSES),
            tr("total") if total else r.period))
    chart = Chart("bar", tr("Income and expenses"), tuple(r.period for r in report.rows),
                  ((tr("Income"), tuple(r.income for r in report.rows)),
                   (tr("Expenses"), tuple(r.expenses for r in report.rows))))
    if len(report.rows) == 1:  # one period: what it is made of, not one bar pair
        chart = _by_category(book, period, account_id)
    return _base("monthly", period, by, columns, rows, chart)


def _by_category(book: Book, period: Period, account_id: int | None, keep: int = 10
                 ) -> Chart:
    """Income and expenses by category: the `keep` largest categories of the period
    (own lines, full names), income first, each the larger first."""
    from app.reports.categories import category_totals

    signs = {"income": 1, "expense": -1}
    figures = [(r.kind, r.category, signs[r.kind] * r.amount)
               for r in category_totals(book, period, account_id)
               if r.kind in signs and signs[r.kind] * r.amount > 0]
    largest = sorted(figures, key=lambda f: -f[2])[:keep]
    largest.sort(key=lambda f: (f[0] != "income", -f[2]))
    return Chart("hbar", tr("Income and expenses by category"),
                 tuple(name for _k, name, _v in largest),
                 ((tr("Income"), tuple(v if k == "income" else 0 for k, _n, v in largest)),
                  (tr("Expenses"),
                   tuple(v if k == "expense" else 0 for k, _n, v in largest))),
                 stacked=True)


# ---------------------------------------------------------------- payees


def _payees(book: Book, period: Period, account_id: int | None, by: str) -> ReportTable:
    from app.reports.payees import payee_report

    report = payee_report(book, period, account_id)
    columns = (
        Column("payee", tr("Payee"), "text"),
        Column("transactions", tr("Transactions"), "count"),
        Column("income", tr("Income")), Column("expenses", tr("Expenses")),
        Column("taxes", tr("Taxes")), Column("uncategorized", tr("Uncategorized")),
        Column("net", tr("Net")),
    )
    rows = []
    for r in (*report.rows, report.total):
        total = r is report.total
        rows.append(Row(
            (tr("Total") if total else (r.payee or tr("(no payee)")), r.transactions, r.income,
             r.expenses, r.taxes, r.uncategorized, r.net),
            0, "total" if total else "",
            LineQuery(period, account_id, payee=None if total else r.payee,
                      classes=ALL_CLASSES),
            tr("total") if total else r.payee))
    top = sorted(report.rows, key=lambda r: -(r.income + r.expenses))[:10]
    chart = Chart("bar", tr("Largest payees"), tuple(r.payee or tr("(no payee)") for r in top),
                  ((tr("Income"), tuple(r.income for r in top)),
                   (tr("Expenses"), tuple(r.expenses for r in top))))
    return _base("payees", period, by, columns, rows, chart)


# ---------------------------------------------------------------- accounts


def _accounts(book: Book, period: Period, account_id: int | None, by: str) -> ReportTable:
    from app.reports.balances import account_balances, balance_history

    report = account_balances(book, period, account_id)
    columns = (
        Column("account", tr("Account"), "text"),
        Column("transactions", tr("Transactions"), "count"),
        Column("start", tr("Opening")), Column("change", tr("Change")),
        Column("balance", tr("Balance")),
    )
    rows = [
        Row((tr("{account} (archived)").format(account=r.account) if r.archived else r.account,
             r.transactions, r.start,
             r.change, r.balance), 0, "", None, r.account)
        for r in report.rows
    ]
    rows.append(Row((tr("Total"), sum(r.transactions for r in report.rows),
                     sum(r.start for r in report.rows), sum(r.change for r in report.rows),
                     report.total), 0, "total", None, tr("Total")))
    history = balance_history(book, period, account_id, by)
    chart = Chart("line", tr("Balances over time"), history.periods,
                  tuple((s.account, tuple(v for _k, v in s.points)) for s in history.series))
    if len(history.periods) < 2:  # one period has no line: each account, start and end
        chart = Chart("hbar", tr("Opening and closing balances"),
                      tuple(r.account for r in report.rows),
                      ((tr("Opening"), tuple(r.start for r in report.rows)),
                       (tr("Balance"), tuple(r.balance for r in report.rows))))
    return _base("accounts", period, by, columns, rows, chart)


# ---------------------------------------------------------------- paper


def page_of(table: ReportTable, locale: str) -> tuple[str, bool]:
    """The paper a report is printed on, as a PDF or on a printer (`"letter"` or `"a4"`:
    the book's locale decides, `app.presets.paper_size`), and whether it is turned to
    landscape (tables of more than five columns)."""
    from app.presets import paper_size

    return paper_size(locale), len(table.columns) > 5


# ---------------------------------------------------------------- formatting


def format_cell(value: object, kind: str, exp: int, locale: str) -> str:
    """A cell as people read it in the book's locale (`1,234.56`, `1.234,56`, `3.60 %`)."""
    if value is None:
        return ""
    if kind == "amount" and isinstance(value, int):
        from app.money import format_amount

        return format_amount(value, exp, locale)
    if kind == "count" and isinstance(value, int):
        from app.money import format_count

        return format_count(value, locale)
    if kind == "percent" and isinstance(value, Decimal):
        from babel.numbers import format_decimal

        return f"{format_decimal(value, format='#,##0.00', locale=locale)} %"
    return str(value)
