"""The lines behind a report figure: every report drills down to split *lines*.

A category total drills into the lines of that category (not whole transactions),
an IVA figure into the lines of its role, a commission row into the lines of the
transactions that carry a commission, a month of income into its income lines.
Each line links back to its transaction (`transaction_id`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, select

from app.reports import Period
from app.reports._sql import (
    has_line_of_role,
    in_period,
    is_expense,
    is_income,
    is_tax,
    not_transfer,
)
from app.store.book import Book
from app.store.models import Account, Category, Split, Transaction

#: Line classes a drill-down can ask for.
CLASSES = ("income", "expense", "tax", "uncategorized")


@dataclass(frozen=True)
class LineQuery:
    """Which lines: all conditions given must hold (None: no condition).

    `category_ids` with `uncategorized=True` also takes the lines without a category;
    `with_role_in_transaction` keeps lines of transactions that have a line of that
    role (the commissions report); `classes` picks income/expense/tax/uncategorized.
    """

    period: Period = field(default_factory=Period)
    account_id: int | None = None
    category_ids: tuple[int, ...] | None = None
    uncategorized: bool = False
    roles: tuple[str, ...] | None = None
    classes: tuple[str, ...] | None = None
    payee: str | None = None
    with_role_in_transaction: str | None = None
    taxed_at_bp: int | None = None
    #: Only lines entered without a tax rate (the IVA summary's "no rate" rows).
    without_rate: bool = False


@dataclass(frozen=True)
class LineDetail:
    split_id: int
    transaction_id: int
    date: str
    account: str
    payee: str
    transaction_memo: str
    memo: str
    category: str
    role: str
    amount: int
    transaction_amount: int
    tax_rate_bp: int | None
    taxable_base: int | None


def _conditions(q: LineQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [not_transfer(), *in_period(q.period, q.account_id)]
    if q.category_ids is not None or q.uncategorized:
        options: list[ColumnElement[bool]] = []
        if q.category_ids:
            options.append(Split.category_id.in_(q.category_ids))
        if q.uncategorized:
            options.append(Split.category_id.is_(None))
        where.append(options[0] if len(options) == 1 else options[0] | options[1])
    if q.roles is not None:
        where.append(Category.role.in_(q.roles))
    if q.classes is not None:
        picks: list[ColumnElement[bool]] = []
        for cls in q.classes:
            if cls == "income":
                picks.append(is_income())
            elif cls == "expense":
                picks.append(is_expense())
            elif cls == "tax":
                picks.append(is_tax())
            elif cls == "uncategorized":
                picks.append(Split.category_id.is_(None))
        clause = picks[0] if picks else Split.id.is_(None)
        for more in picks[1:]:
            clause = clause | more
        where.append(clause)
    if q.payee is not None:
        where.append(Transaction.payee == q.payee)
    if q.with_role_in_transaction is not None:
        where.append(has_line_of_role(q.with_role_in_transaction))
    if q.taxed_at_bp is not None:
        where.append(Split.tax_rate_bp == q.taxed_at_bp)
    if q.without_rate:
        where.append(Split.tax_rate_bp.is_(None))
    return where


def find_lines(book: Book, q: LineQuery, *, limit: int | None = None) -> list[LineDetail]:
    """The lines a report figure is made of, by date then position."""
    query = (
        select(
            Split.id, Split.transaction_id, Transaction.date, Account.name, Transaction.payee,
            Transaction.memo, Split.memo, Category.full_name, Category.role, Split.amount_cents,
            Transaction.amount_cents, Split.tax_rate_bp, Split.taxable_base_cents,
        )
        .join(Transaction, Transaction.id == Split.transaction_id)
        .join(Account, Account.id == Transaction.account_id)
        .outerjoin(Category, Category.id == Split.category_id)
        .where(*_conditions(q))
        .order_by(Transaction.date, Transaction.id, Split.position, Split.id)
    )
    if limit:
        query = query.limit(limit)
    with book.read() as session:
        return [
            LineDetail(
                split_id=r[0], transaction_id=r[1], date=r[2], account=r[3], payee=r[4],
                transaction_memo=r[5], memo=r[6], category=r[7] or "", role=r[8] or "none",
                amount=int(r[9]), transaction_amount=int(r[10]), tax_rate_bp=r[11],
                taxable_base=None if r[12] is None else int(r[12]),
            )
            for r in session.execute(query).all()
        ]


def lines_total(book: Book, q: LineQuery) -> tuple[int, int]:
    """(sum, count) of the lines `q` selects: what the drill-down adds up to."""
    query = (
        select(func.coalesce(func.sum(Split.amount_cents), 0), func.count())
        .join(Transaction, Transaction.id == Split.transaction_id)
        .outerjoin(Category, Category.id == Split.category_id)
        .where(*_conditions(q))
    )
    with book.read() as session:
        total, n = session.execute(query).one()
    return int(total), int(n)
