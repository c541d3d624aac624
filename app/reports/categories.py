"""Category totals over split lines: each line counts in its own category only.

Transfer lines are not income or expense and are left out; uncategorized lines are
one row with an empty name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.book import Book
from app.models import Category, Split, Transaction
from app.reports import Period


@dataclass(frozen=True)
class CategoryTotal:
    category_id: int | None
    category: str
    kind: str
    role: str
    amount: int
    lines: int


def category_totals(
    book: Book, period: Period | None = None, account_id: int | None = None
) -> list[CategoryTotal]:
    period = period or Period()
    sums = (
        select(
            Split.category_id.label("cid"),
            func.sum(Split.amount_cents).label("total"),
            func.count().label("n"),
        )
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(Split.transfer_account_id.is_(None))
        .group_by(Split.category_id)
    )
    if period.date_from:
        sums = sums.where(Transaction.date >= period.date_from)
    if period.date_to:
        sums = sums.where(Transaction.date <= period.date_to)
    if account_id is not None:
        sums = sums.where(Transaction.account_id == account_id)
    with book.read() as session:
        rows = session.execute(sums).all()
        names = {
            c.id: (c.full_name, c.kind, c.role)
            for c in session.execute(select(Category.id, Category.full_name, Category.kind,
                                            Category.role)).all()
        }
    out = []
    for cid, total, n in rows:
        name, kind, role = names.get(cid, ("", "", "none")) if cid is not None else ("", "", "none")
        out.append(CategoryTotal(cid, name, kind, role, int(total), int(n)))
    out.sort(key=lambda r: (r.category == "", r.category))
    return out
