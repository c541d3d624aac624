"""Commissions per payee: what card processors, marketplaces and agents cost.

Over the transactions that have a `commission` line (by role, never by name):

* `gross` — what was collected: income lines plus `iva_output` lines;
* `commission` — the fee: −Σ `commission` lines (shown positive);
* `commission_iva` — IVA on the fee: −Σ `iva_input` lines of those transactions;
* `net` — what reached the account: Σ of all their lines (= their amounts);
* `effective_rate` — commission ÷ gross, as an exact `Decimal` percentage.

One aggregate query grouped by payee.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from app.reports import Period
from app.reports._sql import has_line_of_role, in_period, is_income, sum_if
from app.store.book import Book
from app.store.models import Category, Split, Transaction


@dataclass(frozen=True)
class CommissionRow:
    payee: str
    transactions: int
    gross: int
    commission: int
    commission_iva: int
    net: int

    @property
    def effective_rate(self) -> Decimal | None:
        """Commission as a percentage of gross (4 decimals), None without gross."""
        if self.gross == 0:
            return None
        return (Decimal(self.commission) * 100 / Decimal(self.gross)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class CommissionReport:
    period: Period
    account_id: int | None
    rows: tuple[CommissionRow, ...]
    total: CommissionRow


def commission_report(
    book: Book, period: Period | None = None, account_id: int | None = None
) -> CommissionReport:
    period = period or Period()
    query = (
        select(
            Transaction.payee,
            func.count(func.distinct(Transaction.id)),
            sum_if(is_income() | (Category.role == "iva_output")),
            sum_if(Category.role == "commission"),
            sum_if(Category.role == "iva_input"),
            func.coalesce(func.sum(Split.amount_cents), 0),
        )
        .select_from(Split)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .outerjoin(Category, Category.id == Split.category_id)
        .where(has_line_of_role("commission"), *in_period(period, account_id))
        .group_by(Transaction.payee)
        .order_by(Transaction.payee)
    )
    with book.read() as session:
        rows = tuple(
            CommissionRow(payee, int(n), int(gross), -int(fee), -int(iva), int(net))
            for payee, n, gross, fee, iva, net in session.execute(query).all()
        )
    total = CommissionRow(
        "total", sum(r.transactions for r in rows), sum(r.gross for r in rows),
        sum(r.commission for r in rows), sum(r.commission_iva for r in rows),
        sum(r.net for r in rows),
    )
    return CommissionReport(period, account_id, rows, total)
