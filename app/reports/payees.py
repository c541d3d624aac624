"""Payees: who the money came from and went to, line by line.

Per payee over its transactions' lines (transfers left out): income, expenses (shown
positive), taxes, uncategorized and the net of them all — the same classes as the
monthly report. One aggregate query grouped by payee, largest movement first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.reports import Period
from app.reports._sql import in_period, is_expense, is_income, is_tax, not_transfer, sum_if
from app.store.book import Book
from app.store.models import Category, Split, Transaction


@dataclass(frozen=True)
class PayeeRow:
    payee: str
    transactions: int
    income: int
    expenses: int
    taxes: int
    uncategorized: int

    @property
    def net(self) -> int:
        return self.income - self.expenses + self.taxes + self.uncategorized


@dataclass(frozen=True)
class PayeeReport:
    period: Period
    account_id: int | None
    rows: tuple[PayeeRow, ...]
    total: PayeeRow


def payee_report(
    book: Book, period: Period | None = None, account_id: int | None = None
) -> PayeeReport:
    period = period or Period()
    query = (
        select(
            Transaction.payee,
            func.count(func.distinct(Transaction.id)),
            sum_if(is_income()),
            sum_if(is_expense()),
            sum_if(is_tax()),
            sum_if(Split.category_id.is_(None)),
        )
        .select_from(Split)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .outerjoin(Category, Category.id == Split.category_id)
        .where(not_transfer(), *in_period(period, account_id))
        .group_by(Transaction.payee)
    )
    with book.read() as session:
        rows = [
            PayeeRow(payee, int(n), int(inc), -int(exp), int(tax), int(unc))
            for payee, n, inc, exp, tax, unc in session.execute(query).all()
        ]
    rows.sort(key=lambda r: (-(r.income + r.expenses), r.payee))
    total = PayeeRow(
        "total", sum(r.transactions for r in rows), sum(r.income for r in rows),
        sum(r.expenses for r in rows), sum(r.taxes for r in rows),
        sum(r.uncategorized for r in rows),
    )
    return PayeeReport(period, account_id, tuple(rows), total)
