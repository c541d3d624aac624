"""Monthly (or quarterly, yearly) income and expenses, tax lines apart.

Lines are classed by their category: a tax role or a `tax` kind is *tax*; otherwise
the kind says *income* or *expense* (commissions are expenses). Uncategorized lines
have their own column; transfer lines are never income or expense and are left out.

* `income` = Σ income lines; `expenses` = −Σ expense lines (spending shows positive);
* `net` = income − expenses;
* `taxes` = Σ tax lines (positive: more tax collected than paid or withheld);
* `uncategorized` = Σ lines without a category.

One aggregate query grouped by period.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.reports import Period, check_grouping
from app.reports._sql import (
    in_period,
    is_expense,
    is_income,
    is_tax,
    not_transfer,
    period_key,
    sum_if,
)
from app.store.book import Book
from app.store.models import Category, Split, Transaction


@dataclass(frozen=True)
class MonthlyRow:
    period: str
    income: int
    expenses: int
    taxes: int
    uncategorized: int
    lines: int

    @property
    def net(self) -> int:
        return self.income - self.expenses


@dataclass(frozen=True)
class MonthlyReport:
    period: Period
    account_id: int | None
    by: str
    rows: tuple[MonthlyRow, ...]
    total: MonthlyRow


def monthly_report(
    book: Book, period: Period | None = None, account_id: int | None = None, by: str = "month"
) -> MonthlyReport:
    period = period or Period()
    check_grouping(by)
    key = period_key(Transaction.date, by).label("k")
    query = (
        select(
            key,
            sum_if(is_income()),
            sum_if(is_expense()),
            sum_if(is_tax()),
            sum_if(Split.category_id.is_(None)),
            func.count(),
        )
        .select_from(Split)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .outerjoin(Category, Category.id == Split.category_id)
        .where(not_transfer(), *in_period(period, account_id))
        .group_by(key)
        .order_by(key)
    )
    with book.read() as session:
        rows = tuple(
            MonthlyRow(k, int(inc), -int(exp), int(tax), int(unc), int(n))
            for k, inc, exp, tax, unc, n in session.execute(query).all()
        )
    total = MonthlyRow(
        "total", sum(r.income for r in rows), sum(r.expenses for r in rows),
        sum(r.taxes for r in rows), sum(r.uncategorized for r in rows),
        sum(r.lines for r in rows),
    )
    return MonthlyReport(period, account_id, by, rows, total)
