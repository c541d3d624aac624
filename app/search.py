"""Finding transactions: filters over transactions *and* their split lines.

A filter on a category matches transactions that have a line in it, and the total it
reports is the sum of the matching lines only — never the whole transaction amount
(the mistake other programs make with splits). Text matches payee, memo, reference
and line memos. The query returns ids; views are loaded for just the page shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, exists, func, or_, select

from app.book import Book
from app.models import Split, Transaction
from app.transactions import TransactionView, check_date, load_views


@dataclass(frozen=True)
class Filters:
    account_id: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    category_id: int | None = None
    amount_min: int | None = None
    amount_max: int | None = None
    has_splits: bool | None = None
    cleared: bool | None = None

    @classmethod
    def from_cli(
        cls,
        book: Book,
        *,
        account: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        text: str | None = None,
        category: str | None = None,
    ) -> Filters:
        from app.accounts import find_account
        from app.categories import find_category

        return cls(
            account_id=find_account(book, account).id if account else None,
            date_from=check_date(date_from, "--from") if date_from else None,
            date_to=check_date(date_to, "--to") if date_to else None,
            text=text or None,
            category_id=find_category(book, category, "--category").id if category else None,
        )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def build_query(filters: Filters) -> Select[int]:
    q = select(Transaction.id)
    if filters.account_id is not None:
        q = q.where(Transaction.account_id == filters.account_id)
    if filters.date_from:
        q = q.where(Transaction.date >= filters.date_from)
    if filters.date_to:
        q = q.where(Transaction.date <= filters.date_to)
    if filters.amount_min is not None:
        q = q.where(Transaction.amount_cents >= filters.amount_min)
    if filters.amount_max is not None:
        q = q.where(Transaction.amount_cents <= filters.amount_max)
    if filters.cleared is not None:
        q = q.where(Transaction.cleared == int(filters.cleared))
    if filters.category_id is not None:
        q = q.where(
            exists().where(
                and_(Split.transaction_id == Transaction.id,
                     Split.category_id == filters.category_id)
            )
        )
    if filters.has_splits is not None:
        lines = (
            select(func.count()).where(Split.transaction_id == Transaction.id).scalar_subquery()
        )
        q = q.where(lines > 1 if filters.has_splits else lines == 1)
    if filters.text:
        pattern = _like(filters.text.strip())
        q = q.where(
            or_(
                Transaction.payee.ilike(pattern, escape="\\"),
                Transaction.memo.ilike(pattern, escape="\\"),
                Transaction.reference.ilike(pattern, escape="\\"),
                exists().where(
                    and_(Split.transaction_id == Transaction.id,
                         Split.memo.ilike(pattern, escape="\\"))
                ),
            )
        )
    return q


def search_ids(
    book: Book, filters: Filters, *, limit: int | None = None, newest_first: bool = False
) -> list[int]:
    q = build_query(filters)
    order = (Transaction.date.desc(), Transaction.id.desc()) if newest_first else (
        Transaction.date, Transaction.id)
    q = q.order_by(*order)
    if limit:
        q = q.limit(limit)
    with book.read() as session:
        return [int(i) for i in session.scalars(q).all()]  # ids


def search_transactions(
    book: Book, filters: Filters, *, limit: int | None = None, newest_first: bool = False
) -> list[TransactionView]:
    ids = search_ids(book, filters, limit=limit, newest_first=newest_first)
    views: list[TransactionView] = []
    with book.read() as session:
        for start in range(0, len(ids), 500):
            views.extend(load_views(session, ids[start:start + 500]))
    return views


def matching_total(book: Book, filters: Filters) -> int:
    """The total the filter stands for: with a category filter, the sum of the
    matching lines only; otherwise the sum of the transactions' amounts."""
    with book.read() as session:
        if filters.category_id is None:
            sub = build_query(filters).subquery()
            q = select(func.coalesce(func.sum(Transaction.amount_cents), 0)).where(
                Transaction.id.in_(select(sub.c.id))
            )
        else:
            sub = build_query(filters).subquery()
            q = select(func.coalesce(func.sum(Split.amount_cents), 0)).where(
                Split.transaction_id.in_(select(sub.c.id)),
                Split.category_id == filters.category_id,
            )
        return int(session.scalar(q) or 0)
