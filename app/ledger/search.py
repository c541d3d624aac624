"""Finding transactions: filters over transactions *and* their split lines.

A filter on a category matches transactions that have a line in it (or in a category
below it), and the total it reports is the sum of the matching lines only — never
the whole transaction amount (the mistake other programs make with splits). With a
category, an amount range applies to those lines too; without one, to the
transaction's amount. Text matches payee, memo, reference and line memos, as a
substring that ignores case and accents (`nomina` finds *Nómina*, `ÑANDÚ` finds
*Ñandú*: `app.ledger.textfold`), on SQLite as on PostgreSQL. The queries return ids;
views are loaded for just the page shown.

Text search on a big SQLite book uses a trigram full-text index (`app.ledger.search_index`),
built after the upgrade in the background and kept in step by triggers; until it is
ready, the same query scans the rows and gives the same results, only slower.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.dates import check_date
from app.i18n import tr
from app.ledger import textfold
from app.ledger.transactions import TransactionView, load_views
from app.store.book import Book
from app.store.models import Account, Category, Split, Transaction


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
    #: A category filter takes the lines of its subcategories too.
    include_subcategories: bool = True
    #: Filled in by `resolve`: the category and those below it.
    category_ids: tuple[int, ...] | None = None

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
        amount_min: str | None = None,
        amount_max: str | None = None,
        has_splits: bool | None = None,
        cleared: bool | None = None,
    ) -> Filters:
        from app.errors import BadInput
        from app.ledger.accounts import find_account
        from app.ledger.categories import find_category
        from app.money import parse_cli_amount

        f = check_date(date_from, "--from") if date_from else None
        t = check_date(date_to, "--to") if date_to else None
        if f and t and f > t:
            raise BadInput("--to", t, tr("is before --from {date}").format(date=f))
        low = parse_cli_amount(amount_min, book.info.exp, "--min") if amount_min else None
        high = parse_cli_amount(amount_max, book.info.exp, "--max") if amount_max else None
        if low is not None and high is not None and low > high:
            raise BadInput("--max", amount_max, tr("is less than --min {amount_min}").format(
                amount_min=amount_min))
        return cls(
            account_id=find_account(book, account).id if account else None,
            date_from=f,
            date_to=t,
            text=text or None,
            category_id=find_category(book, category, "--category").id if category else None,
            amount_min=low,
            amount_max=high,
            has_splits=has_splits,
            cleared=cleared,
        )

    @property
    def text_term(self) -> str:
        return (self.text or "").strip()


@dataclass(frozen=True)
class Hit:
    """One transaction found, with what the filter matched in it."""

    transaction_id: int
    date: str
    account: str
    payee: str
    memo: str
    amount: int
    #: The sum of the matching lines (with a category filter), else the amount.
    matched: int
    lines: int
    #: The single line's category, `[Account]` for a transfer, or the matching
    #: categories of a split ("Split (3)" when no category filter narrows them).
    category: str
    cleared: bool


@dataclass(frozen=True)
class SearchPage:
    hits: tuple[Hit, ...]
    #: More hits exist after this page.
    more: bool
    #: The full-text index answered (False: LIKE scan, on PostgreSQL or while building).
    indexed: bool


@dataclass(frozen=True)
class SearchSummary:
    count: int
    #: Sum of the matching lines (category filter) or of the transactions' amounts.
    total: int


def resolve(book: Book, filters: Filters) -> Filters:
    """Fill in `category_ids` (the category, and those below it unless told not to)."""
    if filters.category_id is None or filters.category_ids is not None:
        return filters
    if not filters.include_subcategories:
        return replace(filters, category_ids=(filters.category_id,))
    from app.ledger.categories import descendant_ids

    ids = descendant_ids(book, filters.category_id) or [filters.category_id]
    return replace(filters, category_ids=tuple(ids))


def _line_conditions(filters: Filters) -> list[ColumnElement[bool]]:
    """What makes a *line* match: its category, and the amount range when a category
    is given (the amount the user sees for the match is the line's)."""
    ids = filters.category_ids or (
        (filters.category_id,) if filters.category_id is not None else ())
    conds: list[ColumnElement[bool]] = [Split.category_id.in_(ids)]
    if filters.amount_min is not None:
        conds.append(Split.amount_cents >= filters.amount_min)
    if filters.amount_max is not None:
        conds.append(Split.amount_cents <= filters.amount_max)
    return conds


def _text_matches(term: str, dialect: str) -> ColumnElement[bool]:
    def match(column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
        return textfold.contains(column, term, dialect)

    return or_(
        match(Transaction.payee),
        match(Transaction.memo),
        match(Transaction.reference),
        exists().where(and_(Split.transaction_id == Transaction.id, match(Split.memo))),
    )


def _conditions(filters: Filters, dialect: str, *, text: bool = True
                ) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if filters.account_id is not None:
        where.append(Transaction.account_id == filters.account_id)
    if filters.date_from:
        where.append(Transaction.date >= filters.date_from)
    if filters.date_to:
        where.append(Transaction.date <= filters.date_to)
    has_category = filters.category_id is not None or filters.category_ids is not None
    if not has_category:
        if filters.amount_min is not None:
            where.append(Transaction.amount_cents >= filters.amount_min)
        if filters.amount_max is not None:
            where.append(Transaction.amount_cents <= filters.amount_max)
    if filters.cleared is not None:
        where.append(Transaction.cleared == int(filters.cleared))
    if has_category:
        where.append(exists().where(Split.transaction_id == Transaction.id,
                                    *_line_conditions(filters)))
    if filters.has_splits is not None:
        lines = (
            select(func.count()).where(Split.transaction_id == Transaction.id).scalar_subquery()
        )
        where.append(lines > 1 if filters.has_splits else lines == 1)
    if text and filters.text_term:
        where.append(_text_matches(filters.text_term, dialect))
    return where


def build_query(filters: Filters, dialect: str = "sqlite") -> Select[Any]:
    """Ids of the matching transactions (no order), text matched by a scan."""
    return select(Transaction.id).where(*_conditions(filters, dialect))


def _ordered_ids(session: Session, filters: Filters, *, limit: int | None, offset: int,
                 newest_first: bool) -> tuple[list[int], bool]:
    """Matching ids in date order; through the full-text index when it can answer."""
    from app.ledger import search_index

    dialect = session.get_bind().dialect.name
    term = filters.text_term
    if term and search_index.usable(session, term):
        key = search_index.KEY_COLUMN
        q = (
            select(Transaction.id)
            .select_from(search_index.TABLE)
            .join(Transaction, Transaction.id == search_index.transaction_id_of(key))
            .where(search_index.matches(term), *search_index.key_range(
                filters.date_from, filters.date_to), *_conditions(filters, dialect, text=False))
            .order_by(key.desc() if newest_first else key)
        )
        indexed = True
    else:
        order = (Transaction.date.desc(), Transaction.id.desc()) if newest_first else (
            Transaction.date, Transaction.id)
        q = select(Transaction.id).where(*_conditions(filters, dialect)).order_by(*order)
        indexed = False
    if offset:
        q = q.offset(offset)
    if limit:
        q = q.limit(limit)
    return [int(i) for i in session.scalars(q).all()], indexed


def search_ids(
    book: Book, filters: Filters, *, limit: int | None = None, newest_first: bool = False,
    offset: int = 0,
) -> list[int]:
    filters = resolve(book, filters)
    with book.read() as session:
        return _ordered_ids(session, filters, limit=limit, offset=offset,
                            newest_first=newest_first)[0]


def search_transactions(
    book: Book, filters: Filters, *, limit: int | None = None, newest_first: bool = False
) -> list[TransactionView]:
    from app.monitor.metrics import timed

    with timed("search.list"):  # app.monitor
        ids = search_ids(book, filters, limit=limit, newest_first=newest_first)
        views: list[TransactionView] = []
        with book.read() as session:
            for start in range(0, len(ids), 500):
                views.extend(load_views(session, ids[start:start + 500]))
    return views


def search(book: Book, filters: Filters, *, limit: int = 200, offset: int = 0,
           newest_first: bool = True) -> SearchPage:
    """A page of hits (newest first): each with the sum of its matching lines."""
    from app.monitor.metrics import timed

    with timed("search"):  # app.monitor
        filters = resolve(book, filters)
        with book.read() as session:
            ids, indexed = _ordered_ids(session, filters, limit=limit + 1, offset=offset,
                                        newest_first=newest_first)
            more = len(ids) > limit
            ids = ids[:limit]
            hits = _hits(session, filters, ids)
    return SearchPage(tuple(hits), more, indexed)


def _hits(session: Session, filters: Filters, ids: Sequence[int]) -> list[Hit]:
    """The page's rows: one grouped query over the lines of just these transactions."""
    if not ids:
        return []
    has_category = filters.category_ids is not None
    line_match: Any = and_(*_line_conditions(filters)) if has_category else Split.id.is_(None)
    other = Account.__table__.alias("other")
    target: Any = case(
        (Split.transfer_account_id.is_not(None),
         literal_column("'['") + other.c.name + literal_column("']'")),
        else_=func.coalesce(Category.full_name, ""),
    )
    per_txn: dict[int, Any] = {
        r[0]: r for r in session.execute(
            select(
                Split.transaction_id, func.count(), func.max(target),
                func.coalesce(func.sum(case((line_match, Split.amount_cents), else_=0)), 0),
                func.count(case((line_match, 1))),
                func.max(case((line_match, Category.full_name))),
            )
            .outerjoin(Category, Category.id == Split.category_id)
            .outerjoin(other, other.c.id == Split.transfer_account_id)
            .where(Split.transaction_id.in_(ids))
            .group_by(Split.transaction_id)
        ).all()
    }
    txns: dict[int, Any] = {
        r[0]: r for r in session.execute(
            select(Transaction.id, Transaction.date, Account.name, Transaction.payee,
                   Transaction.memo, Transaction.amount_cents, Transaction.cleared)
            .join(Account, Account.id == Transaction.account_id)
            .where(Transaction.id.in_(ids))
        ).all()
    }
    out = []
    for i in ids:
        t = txns.get(i)
        if t is None:
            continue
        _id, day, account, payee, memo, amount, cleared = t
        info = per_txn.get(i)
        n = int(info[1]) if info is not None else 0
        single = str(info[2] or "") if info is not None else ""
        if has_category and info is not None:
            matched = int(info[3])
            name = str(info[5] or "")
            category = name if int(info[4]) == 1 else f"{name} (×{int(info[4])})"
        else:
            matched = int(amount)
            category = single if n == 1 else f"Split ({n})"
        out.append(Hit(i, day, account, payee, memo, int(amount), matched, n, category,
                       bool(cleared)))
    return out


def summarize(book: Book, filters: Filters) -> SearchSummary:
    """How many transactions match, and the total they stand for (see `matching_total`)."""
    filters = resolve(book, filters)
    with book.read() as session:
        dialect = session.get_bind().dialect.name
        ids = _matching_ids(session, filters, dialect)
        count = int(session.scalar(select(func.count()).select_from(ids.subquery())) or 0)
        total = _total(session, filters, ids)
    return SearchSummary(count, total)


def _matching_ids(session: Session, filters: Filters, dialect: str) -> Select[Any]:
    from app.ledger import search_index

    term = filters.text_term
    if term and search_index.usable(session, term):
        key = search_index.KEY_COLUMN
        return (
            select(Transaction.id)
            .select_from(search_index.TABLE)
            .join(Transaction, Transaction.id == search_index.transaction_id_of(key))
            .where(search_index.matches(term), *search_index.key_range(
                filters.date_from, filters.date_to),
                *_conditions(filters, dialect, text=False))
        )
    return build_query(filters, dialect)


def _total(session: Session, filters: Filters, ids: Select[Any]) -> int:
    if filters.category_ids is None:
        q = select(func.coalesce(func.sum(Transaction.amount_cents), 0)).where(
            Transaction.id.in_(ids))
    else:
        q = select(func.coalesce(func.sum(Split.amount_cents), 0)).where(
            Split.transaction_id.in_(ids), *_line_conditions(filters))
    return int(session.scalar(q) or 0)


def matching_total(book: Book, filters: Filters) -> int:
    """The total the filter stands for: with a category filter, the sum of the
    matching lines only; otherwise the sum of the transactions' amounts."""
    return summarize(book, filters).total
