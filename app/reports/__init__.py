"""Reports over split lines, one module per report; SQL aggregation only.

Every report counts each split line in its own category (never a transaction's whole
amount) and takes a `Period` plus an optional account. Tax and commission lines are
found by their category's `role`, never by name; transfer lines are never income or
expense.

Modules: `categories` (tree with subtotals, drill-down), `iva` (IVA summary per
month or quarter), `commissions` (per payee), `monthly` (income and expenses),
`payees`, `balances` (account balances, over time), `lines` (the line-level
drill-down every report shares), `tables` (any report as rows for the CLI, CSV, PDF
and the window) and `pdf` (reportlab; imported only for a PDF).

This package imports nothing heavy: the cold `cuentas report` path stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from app.dates import check_date
from app.errors import BadInput
from app.i18n import tr

#: Roles of the tax lines (the IVA summary's columns), in the order of DESIGN.md.
TAX_ROLES = (
    "iva_output",
    "iva_input",
    "iva_withheld_credit",
    "iva_withheld_payable",
    "income_tax_withheld_credit",
    "income_tax_withheld_payable",
)
GROUPINGS = ("month", "quarter", "year")


@dataclass(frozen=True)
class Period:
    """Inclusive ISO dates; None on either side means open-ended."""

    date_from: str | None = None
    date_to: str | None = None

    @classmethod
    def checked(cls, date_from: str | None, date_to: str | None) -> Period:
        f = check_date(date_from, "--from") if date_from else None
        t = check_date(date_to, "--to") if date_to else None
        if f and t and f > t:
            raise BadInput("--to", t, tr("is before --from {date}").format(date=f))
        return cls(f, t)

    @property
    def is_open(self) -> bool:
        return self.date_from is None and self.date_to is None

    def describe(self, show: Callable[[str], str] | None = None) -> str:
        """`2026-01-01 – 2026-03-31`, `from 2026-01-01`, `until …`, or `all dates`, in
        the interface's language; `show` writes each date (default: ISO)."""
        write = show or (lambda iso: iso)
        if self.date_from and self.date_to:
            return f"{write(self.date_from)} – {write(self.date_to)}"
        if self.date_from:
            return tr("from {date}").format(date=write(self.date_from))
        if self.date_to:
            return tr("until {date}").format(date=write(self.date_to))
        return tr("all dates")


# ---------------------------------------------------------------- period presets

PRESETS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_year",
           "last_year", "all")


def _month_end(year: int, month: int) -> date:
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def preset_period(name: str, today: date | None = None) -> Period:
    """The period a preset names, relative to `today` (this month, last quarter, …)."""
    today = today or date.today()
    y, m = today.year, today.month
    q_first = 3 * ((m - 1) // 3) + 1
    if name == "this_month":
        start, end = date(y, m, 1), _month_end(y, m)
    elif name == "last_month":
        py, pm = (y - 1, 12) if m == 1 else (y, m - 1)
        start, end = date(py, pm, 1), _month_end(py, pm)
    elif name == "this_quarter":
        start, end = date(y, q_first, 1), _month_end(y, q_first + 2)
    elif name == "last_quarter":
        py, pq = (y - 1, 10) if q_first == 1 else (y, q_first - 3)
        start, end = date(py, pq, 1), _month_end(py, pq + 2)
    elif name == "this_year":
        start, end = date(y, 1, 1), date(y, 12, 31)
    elif name == "last_year":
        start, end = date(y - 1, 1, 1), date(y - 1, 12, 31)
    elif name == "all":
        return Period()
    else:
        raise BadInput("period", name, tr("is not one of {items}").format(items=', '.join(PRESETS)))
    return Period(start.isoformat(), end.isoformat())


def check_grouping(by: str) -> str:
    if by not in GROUPINGS:
        raise BadInput("--by", by, tr("is not one of {items}").format(items=', '.join(GROUPINGS)))
    return by


def period_label(date_iso: str, by: str) -> str:
    """The period key a date falls in: `2026-03`, `2026-Q1` or `2026` (as SQL computes it)."""
    if by == "month":
        return date_iso[:7]
    if by == "quarter":
        return f"{date_iso[:4]}-Q{(int(date_iso[5:7]) + 2) // 3}"
    return date_iso[:4]


def period_bounds(key: str) -> Period:
    """The dates of a period key (`2026-03`, `2026-Q1`, `2026`)."""
    year = int(key[:4])
    if len(key) == 4:
        return Period(f"{year}-01-01", f"{year}-12-31")
    if key[5] == "Q":
        first = 3 * (int(key[6]) - 1) + 1
        return Period(date(year, first, 1).isoformat(), _month_end(year, first + 2).isoformat())
    month = int(key[5:7])
    return Period(date(year, month, 1).isoformat(), _month_end(year, month).isoformat())


def intersect(a: Period, b: Period) -> Period:
    """The dates both periods cover (used to drill from a report row into its lines)."""
    starts = [d for d in (a.date_from, b.date_from) if d]
    ends = [d for d in (a.date_to, b.date_to) if d]
    return Period(max(starts) if starts else None, min(ends) if ends else None)
