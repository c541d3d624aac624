"""IVA summary per month or quarter, by category role (never by name).

Definitions (DESIGN.md section 2, ../shared/scenarios/README.md), lines signed from
the bank's side:

* `output_iva` = Σ `iva_output` lines
* `input_iva` = −Σ `iva_input` lines
* `iva_withheld_credit` = −Σ `iva_withheld_credit` lines
* `net_iva` = output − input − withheld credit (positive: payable; negative: in favour)
* `iva_withheld_payable` = Σ lines, `income_tax_withheld_credit` = −Σ lines,
  `income_tax_withheld_payable` = Σ lines.

One row per period that has lines of a tax role. Where tax lines carry a rate
(`tax_rate_bp`) and a taxable base, the taxable base per rate comes alongside.
One aggregate query (period × role × rate); Python only folds its few rows.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import func, select

from app.reports import TAX_ROLES, Period, check_grouping
from app.reports._sql import in_period, period_key
from app.store.book import Book
from app.store.models import Category, Split, Transaction

#: column -> (role, sign applied to Σ lines)
COLUMNS = {
    "output_iva": ("iva_output", 1),
    "input_iva": ("iva_input", -1),
    "iva_withheld_credit": ("iva_withheld_credit", -1),
    "iva_withheld_payable": ("iva_withheld_payable", 1),
    "income_tax_withheld_credit": ("income_tax_withheld_credit", -1),
    "income_tax_withheld_payable": ("income_tax_withheld_payable", 1),
}
#: The CSV columns, in DESIGN.md section 8's order.
CSV_COLUMNS = ("period", "output_iva", "input_iva", "iva_withheld_credit", "net_iva",
               "iva_withheld_payable", "income_tax_withheld_credit",
               "income_tax_withheld_payable")


@dataclass(frozen=True)
class IvaRow:
    period: str
    output_iva: int = 0
    input_iva: int = 0
    iva_withheld_credit: int = 0
    iva_withheld_payable: int = 0
    income_tax_withheld_credit: int = 0
    income_tax_withheld_payable: int = 0
    lines: int = 0

    @property
    def net_iva(self) -> int:
        """Positive: IVA payable; negative: IVA in favour."""
        return self.output_iva - self.input_iva - self.iva_withheld_credit

    def as_dict(self) -> dict[str, int | str]:
        """The figures by CSV column name (amounts in minor units)."""
        return {name: self.period if name == "period" else getattr(self, name)
                for name in CSV_COLUMNS}


@dataclass(frozen=True)
class TaxableBase:
    """IVA charged (`output`) or paid (`input`) at one rate in one period.

    `base` and `tax` are shown positive for ordinary sales and purchases (the input
    side is negated like `input_iva`); `lines` counts the tax lines. IVA lines entered
    without a rate are their own row (`rate_bp` None, "no rate"), so the IVA of the rows
    of a side adds up to that side's column of the summary.
    """

    period: str
    side: str
    rate_bp: int | None
    base: int
    tax: int
    lines: int


@dataclass(frozen=True)
class IvaReport:
    period: Period
    account_id: int | None
    by: str
    rows: tuple[IvaRow, ...]
    total: IvaRow
    bases: tuple[TaxableBase, ...]


def iva_summary(
    book: Book, period: Period | None = None, account_id: int | None = None, by: str = "month"
) -> IvaReport:
    period = period or Period()
    check_grouping(by)
    key = period_key(Transaction.date, by).label("k")
    query = (
        select(key, Category.role, Split.tax_rate_bp, func.sum(Split.amount_cents),
               func.sum(Split.taxable_base_cents), func.count())
        .select_from(Split)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .join(Category, Category.id == Split.category_id)
        .where(Category.role.in_(TAX_ROLES), *in_period(period, account_id))
        .group_by(key, Category.role, Split.tax_rate_bp)
    )
    with book.read() as session:
        sums = session.execute(query).all()

    figures: dict[str, dict[str, int]] = {}
    taxable: list[TaxableBase] = []
    role_column = {role: (column, sign) for column, (role, sign) in COLUMNS.items()}
    for k, role, rate, total, base, n in sums:
        column, sign = role_column[role]
        row = figures.setdefault(k, {"lines": 0})
        row[column] = row.get(column, 0) + sign * int(total)
        row["lines"] += int(n)
        if role in ("iva_output", "iva_input"):
            taxable.append(TaxableBase(k, "output" if role == "iva_output" else "input",
                                       None if rate is None else int(rate),
                                       sign * int(base or 0), sign * int(total), int(n)))
    rows = tuple(IvaRow(period=k, **figures[k]) for k in sorted(figures))
    total_row = IvaRow("total", **{
        f.name: sum(getattr(r, f.name) for r in rows) for f in fields(IvaRow)
        if f.name != "period"
    })
    taxable.sort(key=lambda b: (b.period, b.side != "output", b.rate_bp is None,
                                -(b.rate_bp or 0)))
    return IvaReport(period, account_id, by, rows, total_row, tuple(taxable))

