"""Transactions and their split lines: the only way a movement is written.

Every transaction has at least one line, and its lines add up exactly to its amount.
A line goes to a category, to nothing (uncategorized) or to another account of the
book (a transfer). A transfer line has a *counterpart*: a line in a transaction of
the other account carrying the mirror amount. The pair is kept in step from either
side: changing one line's amount changes its counterpart and the counterpart
transaction's amount by the same difference, and both share the date. Deleting a
transaction removes a counterpart that stood alone, or turns a counterpart that sits
among other lines into an uncategorized line (the other transaction's bank amount
never changes behind the user's back).

Bad input raises `BadInput` before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.dates import check_date, now_iso
from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.money import MAX_MINOR, format_amount, format_plain
from app.monitor.metrics import timed
from app.splits import remaining_state
from app.store.book import Book, UnitOfWork
from app.store.models import Account, Category, Split, Transaction

MAX_TEXT = 2000


@dataclass(frozen=True)
class LineInput:
    """One line as the user wants it. `id` names an existing line being edited."""

    amount: int
    category_id: int | None = None
    transfer_account_id: int | None = None
    memo: str = ""
    tax_rate_bp: int | None = None
    taxable_base: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class TransactionInput:
    account_id: int
    date: str
    amount: int
    lines: tuple[LineInput, ...] = ()
    payee: str = ""
    memo: str = ""
    reference: str = ""
    cleared: bool = False


@dataclass(frozen=True)
class LineView:
    id: int
    position: int
    amount: int
    category_id: int | None
    category: str
    category_role: str
    transfer_account_id: int | None
    transfer_account: str
    counterpart_id: int | None
    memo: str
    tax_rate_bp: int | None
    taxable_base: int | None

    @property
    def target(self) -> str:
        """`Parent:Child`, `[Account]` for a transfer, or '' for uncategorized."""
        if self.transfer_account_id is not None:
            return f"[{self.transfer_account}]"
        return self.category

    def as_input(self) -> LineInput:
        return LineInput(
            amount=self.amount,
            category_id=self.category_id,
            transfer_account_id=self.transfer_account_id,
            memo=self.memo,
            tax_rate_bp=self.tax_rate_bp,
            taxable_base=self.taxable_base,
            id=self.id,
        )


@dataclass(frozen=True)
class TransactionView:
    id: int
    account_id: int
    account: str
    date: str
    payee: str
    memo: str
    reference: str
    cleared: bool
    amount: int
    lines: tuple[LineView, ...] = field(default_factory=tuple)
    updated_at: str = ""

    @property
    def is_split(self) -> bool:
        return len(self.lines) > 1

    def as_input(self) -> TransactionInput:
        return TransactionInput(
            account_id=self.account_id,
            date=self.date,
            amount=self.amount,
            lines=tuple(line.as_input() for line in self.lines),
            payee=self.payee,
            memo=self.memo,
            reference=self.reference,
            cleared=self.cleared,
        )


# ---------------------------------------------------------------- validation


def _check_amount(value: int, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadInput(field, value, tr("is not a whole number of minor units"))
    if not -MAX_MINOR <= value <= MAX_MINOR:
        raise BadInput(field, value, tr("is out of range (at most 10^13 minor units)"))


def _check_text(value: str, field: str) -> str:
    if not isinstance(value, str):
        raise BadInput(field, value, tr("is not text"))
    if len(value) > MAX_TEXT:
        raise BadInput(field, value, tr("is longer than {MAX_TEXT} characters").format(
            MAX_TEXT=MAX_TEXT))
    if "\x00" in value:
        raise BadInput(field, value, tr("contains a NUL character"))
    return value


def normalize(data: TransactionInput, exp: int = 2, locale: str | None = None
              ) -> TransactionInput:
    """Check everything that needs no database; returns the input with defaults applied.

    A transaction given without lines gets one uncategorized line for its amount.
    Amounts in messages are written as the book writes them (`locale`), else plainly.
    """
    check_date(data.date)
    _check_amount(data.amount, "amount")
    for name in ("payee", "memo", "reference"):
        _check_text(getattr(data, name), name)
    lines = data.lines or (LineInput(amount=data.amount),)
    for i, line in enumerate(lines):
        where = f"lines[{i + 1}]"
        _check_amount(line.amount, f"{where}.amount")
        _check_text(line.memo, f"{where}.memo")
        if line.category_id is not None and line.transfer_account_id is not None:
            raise BadInput(where, "", tr("goes to a category and to an account; choose one"))
        if line.tax_rate_bp is not None and not 0 <= line.tax_rate_bp <= 10000:
            raise BadInput(f"{where}.tax_rate", line.tax_rate_bp / 100,
                           tr("is not between 0 and 100"))
        if line.taxable_base is not None:
            _check_amount(line.taxable_base, f"{where}.taxable_base")
    state, gap = remaining_state(data.amount, (line.amount for line in lines))
    if state != "balanced":
        total = sum(line.amount for line in lines)

        def shown(minor: int) -> str:
            return format_amount(minor, exp, locale) if locale else format_plain(minor, exp)

        # One sentence (issue 13): what the lines make, what they should, what is left.
        reason = (tr("add up to {total}, not to the amount {amount}: {gap} unassigned")
                  if state == "unassigned" else
                  tr("add up to {total}, not to the amount {amount}: {gap} over"))
        raise BadInput("lines", "", reason.format(
            total=shown(total), amount=shown(data.amount), gap=shown(gap)))
    return replace(data, lines=tuple(lines))


def _check_references(
    session: Session, data: TransactionInput, old_lines: dict[int, Split]
) -> None:
    account = session.get(Account, data.account_id)
    if account is None:
        raise BadInput("account", data.account_id, tr("does not exist"))
    for i, line in enumerate(data.lines):
        where = f"lines[{i + 1}]"
        old = old_lines.get(line.id) if line.id is not None else None
        if line.id is not None and old is None:
            raise BadInput(f"{where}.id", line.id, tr("is not a line of this transaction"))
        if line.category_id is not None:
            cat = session.get(Category, line.category_id)
            if cat is None:
                raise BadInput(f"{where}.category", line.category_id, tr("does not exist"))
            if cat.archived and (old is None or old.category_id != cat.id):
                raise BadInput(f"{where}.category", cat.full_name, tr("is archived"))
        if line.transfer_account_id is not None:
            other = session.get(Account, line.transfer_account_id)
            if other is None:
                raise BadInput(f"{where}.account", line.transfer_account_id, tr("does not exist"))
            if other.id == data.account_id:
                raise BadInput(f"{where}.account", other.name,
                               tr("is the transaction's own account; a transfer needs another"))
            if other.archived and (old is None or old.transfer_account_id != other.id):
                raise BadInput(f"{where}.account", other.name, tr("is archived"))


# ---------------------------------------------------------------- writing


def save_transaction(
    book: Book, data: TransactionInput, txn_id: int | None = None
) -> TransactionView:
    """Create (txn_id None) or replace a transaction with its lines, in one unit of work."""
    data = normalize(data, book.info.exp, book.info.locale)
    kind = "split" if len(data.lines) > 1 else "transaction"
    with timed(f"{kind}.{'create' if txn_id is None else 'modify'}"):  # app.monitor
        with book.write(action=QT_TR_NOOP("enter transactions")) as uow:
            saved_id = write_transaction(uow, data, txn_id)
        return get_transaction(book, saved_id)


def write_transaction(uow: UnitOfWork, data: TransactionInput, txn_id: int | None) -> int:
    """The body of `save_transaction`, for services that write several in one unit."""
    session = uow.session
    stamp = now_iso()
    if txn_id is None:
        old_lines: dict[int, Split] = {}
        txn = Transaction(created_at=stamp)
        before: dict[str, object] = {}
    else:
        found = session.get(Transaction, txn_id)
        if found is None:
            raise BadInput("transaction", txn_id, tr("does not exist"))
        txn = found
        old_lines = {s.id: s for s in _lines_of(session, txn_id)}
        before = _snapshot(session, txn, list(old_lines.values()))
    _check_references(session, data, old_lines)

    txn.account_id = data.account_id
    txn.date = data.date
    txn.payee = data.payee
    txn.memo = data.memo
    txn.reference = data.reference
    txn.cleared = int(data.cleared)
    txn.amount_cents = data.amount
    txn.updated_at = stamp
    if txn_id is None:
        session.add(txn)
    session.flush()

    kept = {line.id for line in data.lines if line.id is not None}
    for old_id, gone in old_lines.items():
        if old_id not in kept:
            _detach_counterpart(uow, gone)
            session.delete(gone)
    session.flush()

    for position, line in enumerate(data.lines):
        old = old_lines.get(line.id) if line.id is not None else None
        split = old if old is not None else Split(transaction_id=txn.id)
        old_target = (split.transfer_account_id, split.counterpart_id) if old else (None, None)
        split.position = position
        split.amount_cents = line.amount
        split.category_id = line.category_id
        split.transfer_account_id = line.transfer_account_id
        split.memo = line.memo
        split.tax_rate_bp = line.tax_rate_bp
        split.taxable_base_cents = line.taxable_base
        if old is None:
            session.add(split)
        session.flush()
        _keep_transfer_in_step(uow, txn, split, old_target, stamp)

    after = _snapshot(session, txn, _lines_of(session, txn.id))
    changes = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
    if changes:
        uow.record("create" if txn_id is None else "update", "transaction", txn.id, changes)
    return txn.id


def _lines_of(session: Session, txn_id: int) -> list[Split]:
    return list(
        session.scalars(
            select(Split).where(Split.transaction_id == txn_id).order_by(Split.position, Split.id)
        ).all()
    )


def _keep_transfer_in_step(
    uow: UnitOfWork,
    txn: Transaction,
    split: Split,
    old_target: tuple[int | None, int | None],
    stamp: str,
) -> None:
    session = uow.session
    old_account, old_counterpart_id = old_target
    if old_counterpart_id is not None and old_account != split.transfer_account_id:
        counterpart = session.get(Split, old_counterpart_id)
        split.counterpart_id = None
        session.flush()
        if counterpart is not None:
            _detach_counterpart(uow, split, counterpart)
    if split.transfer_account_id is None:
        split.counterpart_id = None
        return
    counterpart = session.get(Split, split.counterpart_id) if split.counterpart_id else None
    if counterpart is None:
        mirror = Transaction(
            account_id=split.transfer_account_id,
            date=txn.date,
            payee=txn.payee,
            memo=split.memo or txn.memo,
            reference=txn.reference,
            cleared=0,
            amount_cents=-split.amount_cents,
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(mirror)
        session.flush()
        counterpart = Split(
            transaction_id=mirror.id,
            position=0,
            transfer_account_id=txn.account_id,
            counterpart_id=split.id,
            amount_cents=-split.amount_cents,
            memo=split.memo,
        )
        session.add(counterpart)
        session.flush()
        split.counterpart_id = counterpart.id
        uow.record("create", "transaction", mirror.id,
                   {"transfer_of": [None, txn.id], "amount": [None, mirror.amount_cents]})
        return
    other = session.get(Transaction, counterpart.transaction_id)
    assert other is not None
    delta = -split.amount_cents - counterpart.amount_cents
    changes: dict[str, list[object]] = {}
    if delta:
        changes["amount"] = [other.amount_cents, other.amount_cents + delta]
        counterpart.amount_cents += delta
        other.amount_cents += delta
    if counterpart.transfer_account_id != txn.account_id:
        counterpart.transfer_account_id = txn.account_id
    if other.date != txn.date:
        changes["date"] = [other.date, txn.date]
        other.date = txn.date
    if changes:
        other.updated_at = stamp
        uow.record("update", "transaction", other.id, changes)


def _detach_counterpart(uow: UnitOfWork, line: Split, counterpart: Split | None = None) -> None:
    """`line` stops being a transfer: its counterpart goes with it, or, when it sits
    among other lines, stays as an uncategorized line of the same amount."""
    session = uow.session
    if counterpart is None:
        if line.counterpart_id is None:
            return
        found = session.get(Split, line.counterpart_id)
        if found is None:
            return
        counterpart = found
    line.counterpart_id = None
    counterpart.counterpart_id = None
    session.flush()
    siblings = session.scalars(
        select(Split.id).where(Split.transaction_id == counterpart.transaction_id)
    ).all()
    if len(siblings) == 1:
        other = session.get(Transaction, counterpart.transaction_id)
        session.delete(counterpart)
        session.flush()
        if other is not None:
            uow.record("delete", "transaction", other.id,
                       {"amount": [other.amount_cents, None], "reason": [None, "transfer removed"]})
            session.delete(other)
    else:
        uow.record("update", "line", counterpart.id,
                   {"transfer_account_id": [counterpart.transfer_account_id, None]})
        counterpart.transfer_account_id = None
    session.flush()


def delete_transaction(book: Book, txn_id: int) -> None:
    with book.write(action=QT_TR_NOOP("delete transactions")) as uow:
        delete_in(uow, txn_id)


def delete_in(uow: UnitOfWork, txn_id: int) -> None:
    session = uow.session
    txn = session.get(Transaction, txn_id)
    if txn is None:
        raise BadInput("transaction", txn_id, tr("does not exist"))
    lines = _lines_of(session, txn_id)
    before = _snapshot(session, txn, lines)
    for line in lines:
        _detach_counterpart(uow, line)
    session.execute(delete(Split).where(Split.transaction_id == txn_id))
    session.delete(txn)
    session.flush()
    uow.record("delete", "transaction", txn_id, {k: [v, None] for k, v in before.items()})


def set_cleared(book: Book, txn_ids: Iterable[int], cleared: bool) -> None:
    with book.write(action=QT_TR_NOOP("mark transactions cleared")) as uow:
        for txn_id in txn_ids:
            txn = uow.session.get(Transaction, txn_id)
            if txn is None:
                raise BadInput("transaction", txn_id, tr("does not exist"))
            if bool(txn.cleared) != cleared:
                uow.record("update", "transaction", txn_id, {"cleared": [bool(txn.cleared),
                                                                         cleared]})
                txn.cleared = int(cleared)
                txn.updated_at = now_iso()


def convert_to_split(book: Book, txn_id: int, extra_lines: Sequence[LineInput]) -> TransactionView:
    """Turn a single-category transaction into a split: its category stays the first
    line, whose amount becomes what the new lines leave over."""
    current = get_transaction(book, txn_id)
    if len(current.lines) != 1:
        raise BadInput("transaction", txn_id, tr("is already split"))
    first = current.lines[0]
    rest = sum(line.amount for line in extra_lines)
    lines = (replace(first.as_input(), amount=current.amount - rest), *extra_lines)
    return save_transaction(book, replace(current.as_input(), lines=lines), txn_id)


def convert_to_single(book: Book, txn_id: int) -> TransactionView:
    """Back to a single category: allowed when only one line carries an amount (lines
    of zero are dropped); otherwise the user must remove lines first."""
    current = get_transaction(book, txn_id)
    nonzero = [line for line in current.lines if line.amount != 0]
    if len(nonzero) > 1:
        raise BadInput(
            "lines", len(nonzero),
            tr("carry amounts; remove lines until one is left to go back to a single category"),
        )
    keep = nonzero[0] if nonzero else current.lines[0]
    data = replace(current.as_input(), lines=(replace(keep.as_input(), amount=current.amount),))
    return save_transaction(book, data, txn_id)


# ---------------------------------------------------------------- reading


def _snapshot(session: Session, txn: Transaction, lines: Sequence[Split]) -> dict[str, object]:
    return {
        "account_id": txn.account_id,
        "date": txn.date,
        "payee": txn.payee,
        "memo": txn.memo,
        "reference": txn.reference,
        "cleared": bool(txn.cleared),
        "amount": txn.amount_cents,
        "lines": [
            [
                s.category_id if s.transfer_account_id is None else f"[{s.transfer_account_id}]",
                s.amount_cents,
                s.memo,
            ]
            for s in lines
        ],
    }


def get_transaction(book: Book, txn_id: int) -> TransactionView:
    views = get_transactions(book, [txn_id])
    if not views:
        raise BadInput("transaction", txn_id, tr("does not exist"))
    return views[0]


def get_transactions(book: Book, txn_ids: Sequence[int]) -> list[TransactionView]:
    """Transactions with their lines, in the order of `txn_ids` (two queries in all)."""
    if not txn_ids:
        return []
    with book.read() as session:
        return load_views(session, txn_ids)


def load_views(session: Session, txn_ids: Sequence[int]) -> list[TransactionView]:
    ids = list(dict.fromkeys(txn_ids))
    other = Account.__table__.alias("other")
    line_rows = session.execute(
        select(
            Split.id, Split.transaction_id, Split.position, Split.amount_cents,
            Split.category_id, Category.full_name, Category.role,
            Split.transfer_account_id, other.c.name, Split.counterpart_id, Split.memo,
            Split.tax_rate_bp, Split.taxable_base_cents,
        )
        .outerjoin(Category, Category.id == Split.category_id)
        .outerjoin(other, other.c.id == Split.transfer_account_id)
        .where(Split.transaction_id.in_(ids))
        .order_by(Split.transaction_id, Split.position, Split.id)
    ).all()
    lines: dict[int, list[LineView]] = {}
    for r in line_rows:
        lines.setdefault(r[1], []).append(
            LineView(
                id=r[0], position=r[2], amount=r[3], category_id=r[4], category=r[5] or "",
                category_role=r[6] or "none", transfer_account_id=r[7], transfer_account=r[8] or "",
                counterpart_id=r[9], memo=r[10], tax_rate_bp=r[11], taxable_base=r[12],
            )
        )
    txn_rows = session.execute(
        select(Transaction, Account.name)
        .join(Account, Account.id == Transaction.account_id)
        .where(Transaction.id.in_(ids))
    ).all()
    by_id = {
        t.id: TransactionView(
            id=t.id, account_id=t.account_id, account=name, date=t.date, payee=t.payee,
            memo=t.memo, reference=t.reference, cleared=bool(t.cleared), amount=t.amount_cents,
            lines=tuple(lines.get(t.id, ())), updated_at=t.updated_at,
        )
        for t, name in txn_rows
    }
    return [by_id[i] for i in ids if i in by_id]
