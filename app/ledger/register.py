"""The account register: which transactions an account shows, and their rows by page.

The desktop register is a windowed table over a snapshot of one account's rows
(STYLE.md: Anki's browser table). `open_register` takes the snapshot:

* in date order without a filter (what an account opens in), it only counts the
  rows; a page's ids come from the `(account_id, date)` index by offset, so opening
  an account of 200,000 transactions reads one page, not 200,000 ids;
* sorted by another column or filtered, it fetches the ordered ids once (the sort
  or filter has to look at every row anyway) and pages slice that list.

`load_page` builds the rows of one page. Running balances come from SQL: the
snapshot sums the account once (with its count, in the same index scan); a page
then needs one indexed `SUM` of the movements on the shorter side of it (before
it, or from it to the end, subtracted from the total) and a window `SUM` over the
movements the page spans. The newest page, where an account opens, is thus almost
free. A balance is the account's balance after that movement in date order, so it
is shown only while the register is sorted by date (in another order it would not
run).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from app.errors import BadInput
from app.i18n import tr
from app.ledger import textfold
from app.monitor.metrics import timed
from app.store.book import Book
from app.store.models import Account, Category, Split, Transaction

#: Columns a register can be sorted by.
SORTS = ("date", "reference", "payee", "category", "memo", "amount", "cleared")


@dataclass(frozen=True)
class RegisterQuery:
    account_id: int
    text: str = ""
    sort: str = "date"
    descending: bool = False

    @property
    def natural(self) -> bool:
        """Date order without a filter: pages come straight from the index."""
        return self.sort == "date" and not self.text.strip()


@dataclass(frozen=True)
class RegisterSnapshot:
    """The rows an account shows, as of one moment: `count`, and the ordered ids
    when the query is not in natural order (None otherwise). `total` is the sum of
    every movement of the account (filtered or not), `opening` its opening balance."""

    query: RegisterQuery
    count: int
    opening: int
    total: int
    ids: tuple[int, ...] | None = None

    @property
    def balance(self) -> int:
        return self.opening + self.total


@dataclass(frozen=True)
class RegisterLine:
    target: str  # `Parent:Child`, `[Account]`, or '' (uncategorized)
    amount: int
    memo: str


@dataclass(frozen=True)
class RegisterRow:
    id: int
    date: str
    payee: str
    reference: str
    memo: str
    amount: int
    cleared: bool
    lines: tuple[RegisterLine, ...]
    #: The account's balance after this movement (date order); None when sorted otherwise.
    balance: int | None

    @property
    def is_split(self) -> bool:
        return len(self.lines) > 1

    @property
    def category(self) -> str:
        """The single line's target; '' when uncategorized or split."""
        return self.lines[0].target if len(self.lines) == 1 else ""


def _match(session: Session, text: str) -> ColumnElement[bool]:
    """The quick filter: payee, memo, reference, a line's memo, category or transfer
    account contains `text`, case and accents ignored (`app.ledger.textfold`). The
    words go through the search index when it is ready (SQLite); the few names
    that match are looked up first, so most filters read no line at all."""
    from app.ledger import search_index

    term = text.strip()
    dialect = session.get_bind().dialect.name

    def has(column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
        return textfold.contains(column, term, dialect)

    categories = list(session.scalars(select(Category.id).where(has(Category.full_name))))
    accounts = list(session.scalars(select(Account.id).where(has(Account.name))))
    names: list[ColumnElement[bool]] = []
    if categories:
        names.append(Split.category_id.in_(categories))
    if accounts:
        names.append(Split.transfer_account_id.in_(accounts))
    if search_index.usable(session, term):
        words: list[ColumnElement[bool]] = [Transaction.id.in_(
            select(search_index.transaction_id_of(search_index.KEY_COLUMN))
            .where(search_index.matches(term)))]
    else:
        words = [has(Transaction.payee), has(Transaction.memo), has(Transaction.reference),
                 exists().where(Split.transaction_id == Transaction.id, has(Split.memo))]
    if names:
        words.append(exists().where(Split.transaction_id == Transaction.id, or_(*names)))
    return or_(*words)


def _ordered_ids(session: Session, query: RegisterQuery) -> Select[int]:
    q = select(Transaction.id).where(Transaction.account_id == query.account_id)
    if query.text.strip():
        q = q.where(_match(session, query.text))
    keys: list[Any]
    if query.sort == "date":
        keys = []
    elif query.sort == "category":
        first = aliased(Split)
        lines = select(func.count()).where(Split.transaction_id == Transaction.id)
        label = (
            select(
                case(
                    (first.transfer_account_id.is_not(None),
                     select(Account.name).where(Account.id == first.transfer_account_id)
                     .scalar_subquery()),
                    else_=func.coalesce(
                        select(Category.full_name).where(Category.id == first.category_id)
                        .scalar_subquery(), ""),
                )
            )
            .where(first.transaction_id == Transaction.id, first.position == 0)
            .scalar_subquery()
        )
        keys = [case((lines.scalar_subquery() > 1, "\uffff"), else_=label)]
    else:
        column = {
            "reference": Transaction.reference,
            "payee": Transaction.payee,
            "memo": Transaction.memo,
            "amount": Transaction.amount_cents,
            "cleared": Transaction.cleared,
        }.get(query.sort)
        if column is None:
            raise BadInput("sort", query.sort, tr("is not one of {items}").format(
                items=', '.join(SORTS)))
        keys = [func.lower(column) if query.sort in ("payee", "memo", "reference") else column]
    keys += [Transaction.date, Transaction.id]
    return q.order_by(*(k.desc() if query.descending else k for k in keys))


@timed("register.open")
def open_register(book: Book, query: RegisterQuery) -> RegisterSnapshot:
    """Snapshot what the account shows; cheap in natural order (a count)."""
    if query.sort not in SORTS:
        raise BadInput("sort", query.sort, tr("is not one of {items}").format(
            items=', '.join(SORTS)))
    with book.read() as session:
        opening = session.scalar(
            select(Account.opening_balance_cents).where(Account.id == query.account_id)
        )
        if opening is None:
            raise BadInput("account", query.account_id, tr("does not exist"))
        count, total = session.execute(
            select(func.count(), func.coalesce(func.sum(Transaction.amount_cents), 0))
            .where(Transaction.account_id == query.account_id)
        ).one()
        if query.natural:
            return RegisterSnapshot(query, int(count), int(opening), int(total))
        ids = tuple(int(i) for i in session.scalars(_ordered_ids(session, query)).all())
        return RegisterSnapshot(query, len(ids), int(opening), int(total), ids)


def page_ids(session: Session, snapshot: RegisterSnapshot, offset: int, limit: int) -> list[int]:
    if snapshot.ids is not None:
        return list(snapshot.ids[offset:offset + limit])
    query = snapshot.query
    # An OFFSET walks the index from its start: a page past the middle is read from
    # the other end instead, so the newest page (where an account opens) costs nothing.
    stop = min(offset + limit, snapshot.count)
    backwards = offset > snapshot.count // 2
    descending = query.descending != backwards
    order: tuple[Any, ...] = (Transaction.date, Transaction.id)
    if descending:
        order = (Transaction.date.desc(), Transaction.id.desc())
    start, size = (snapshot.count - stop, stop - offset) if backwards else (offset, limit)
    if size <= 0:
        return []
    ids = [
        int(i)
        for i in session.scalars(
            select(Transaction.id)
            .where(Transaction.account_id == query.account_id)
            .order_by(*order)
            .limit(size)
            .offset(start)
        ).all()
    ]
    return ids[::-1] if backwards else ids


@timed("register.page")
def load_page(book: Book, snapshot: RegisterSnapshot, offset: int, limit: int, *,
              before: int | None = None, after: int | None = None) -> list[RegisterRow]:
    """The rows at positions [offset, offset + limit) of the snapshot, in its order.

    `before` / `after`: the account's balance just before the page's earliest movement
    / just after its latest, when the caller knows it from the neighbouring page (in
    natural order only: then no SUM over the rest of the account is needed, which is
    what makes scrolling cheap). A row deleted since the snapshot is left out.
    """
    if (before is not None or after is not None) and not snapshot.query.natural:
        raise ValueError("neighbouring balances only hold for pages in natural order")
    with book.read() as session:
        ids = page_ids(session, snapshot, offset, limit)
        if not ids:
            return []
        late = offset + limit / 2 > snapshot.count / 2
        if snapshot.query.descending:
            late = not late
        balances = (_balances(session, snapshot, ids, late, before=before, after=after)
                    if snapshot.query.sort == "date" else {})
        return _rows(session, ids, balances)


def load_rows(book: Book, snapshot: RegisterSnapshot, ids: Sequence[int]) -> list[RegisterRow]:
    """Rows for given ids of the snapshot's account (balances as `load_page` gives them)."""
    with book.read() as session:
        balances = (
            _balances(session, snapshot, ids, late=True)
            if snapshot.query.sort == "date" and ids
            else {}
        )
        return _rows(session, ids, balances)


def _rows(session: Session, ids: Sequence[int], balances: dict[int, int]) -> list[RegisterRow]:
    other = aliased(Account)
    line_rows = session.execute(
        select(Split.transaction_id, Category.full_name, other.name, Split.amount_cents,
               Split.memo)
        .outerjoin(Category, Category.id == Split.category_id)
        .outerjoin(other, other.id == Split.transfer_account_id)
        .where(Split.transaction_id.in_(ids))
        .order_by(Split.transaction_id, Split.position, Split.id)
    ).all()
    lines: dict[int, list[RegisterLine]] = {}
    for txn_id, category, account, amount, memo in line_rows:
        target = f"[{account}]" if account is not None else (category or "")
        lines.setdefault(txn_id, []).append(RegisterLine(target, amount, memo))
    txn_rows = session.execute(
        select(Transaction.id, Transaction.date, Transaction.payee, Transaction.reference,
               Transaction.memo, Transaction.amount_cents, Transaction.cleared)
        .where(Transaction.id.in_(ids))
    ).all()
    by_id = {
        r[0]: RegisterRow(
            id=r[0], date=r[1], payee=r[2], reference=r[3], memo=r[4], amount=r[5],
            cleared=bool(r[6]), lines=tuple(lines.get(r[0], ())), balance=balances.get(r[0]),
        )
        for r in txn_rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _balances(session: Session, snapshot: RegisterSnapshot, ids: Sequence[int], late: bool,
              *, before: int | None = None, after: int | None = None) -> dict[int, int]:
    """The running balance after each of `ids`, in the account's date order.

    A window SUM over the movements between the earliest and the latest row (for a
    page in date order, exactly the page), added to the balance before the earliest:
    given (`before`, or `after` less the window's total), else one indexed SUM of the
    movements on one side of it (`late`: from it to the end, taken off the snapshot's
    total; else everything before it).
    """
    keys = session.execute(
        select(Transaction.date, Transaction.id).where(Transaction.id.in_(ids))
    ).all()
    if not keys:
        return {}
    low = min((d, i) for d, i in keys)
    high = max((d, i) for d, i in keys)
    key = tuple_(Transaction.date, Transaction.id)
    mine = Transaction.account_id == snapshot.query.account_id
    total = func.coalesce(func.sum(Transaction.amount_cents), 0)
    running = (
        select(
            Transaction.id.label("id"),
            func.sum(Transaction.amount_cents)
            .over(order_by=(Transaction.date, Transaction.id))
            .label("running"),
        )
        .where(mine, key >= tuple_(*low), key <= tuple_(*high))
        .subquery()
    )
    rows = session.execute(
        select(running.c.id, running.c.running).where(running.c.id.in_(ids))
    ).all()
    if before is not None:
        base = before
    elif after is not None:
        # The window's last running sum is the whole range (the latest row is in `ids`).
        base = after - _range_total(rows, high[1])
    else:
        if late:
            rest = session.scalar(select(total).where(mine, key >= tuple_(*low))) or 0
            earlier = snapshot.total - int(rest)
        else:
            earlier = int(session.scalar(select(total).where(mine, key < tuple_(*low))) or 0)
        base = snapshot.opening + earlier
    return {int(i): base + int(r) for i, r in rows}


def _range_total(rows: Sequence[Any], latest_id: int) -> int:
    """The running sum at the latest row: the total of the window."""
    return next(int(r) for i, r in rows if int(i) == latest_id)


def transfer_targets(book: Book) -> list[tuple[int, str, bool]]:
    """(id, name, archived) of every account: the `[Account]` names a line can go to.
    Names only — no balances — so type-ahead can be refreshed after every save."""
    with book.read() as session:
        rows = session.execute(
            select(Account.id, Account.name, Account.archived).order_by(Account.name)
        ).all()
    return [(int(i), str(n), bool(a)) for i, n, a in rows]


def payees(book: Book, account_id: int | None = None, recent: int = 20000) -> list[str]:
    """Payees for type-ahead: those of the latest `recent` movements, newest first
    (bounded, so a book of a million rows answers as fast as a small one)."""
    q = select(Transaction.payee).where(Transaction.payee != "")
    if account_id is not None:
        q = q.where(Transaction.account_id == account_id)
    q = q.order_by(Transaction.id.desc()).limit(recent)
    with book.read() as session:
        return list(dict.fromkeys(str(p) for p in session.scalars(q).all()))


def position_of(book: Book, snapshot: RegisterSnapshot, txn_id: int) -> int | None:
    """Where a transaction sits in the snapshot (to select it after an edit)."""
    if snapshot.ids is not None:
        try:
            return snapshot.ids.index(txn_id)
        except ValueError:
            return None
    with book.read() as session:
        row = session.execute(
            select(Transaction.date, Transaction.account_id).where(Transaction.id == txn_id)
        ).first()
        if row is None or row[1] != snapshot.query.account_id:
            return None
        mine = Transaction.account_id == snapshot.query.account_id
        earlier = or_(Transaction.date < row[0],
                      and_(Transaction.date == row[0], Transaction.id < txn_id))
        n = session.scalar(
            select(func.count()).select_from(Transaction).where(mine, earlier)
        ) or 0
    n = int(n)
    return snapshot.count - 1 - n if snapshot.query.descending else n
