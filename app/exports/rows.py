"""What the exporters read: accounts, categories and transactions with their lines,
one account at a time (a big book never sits in memory whole)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.store.book import Book
from app.store.models import Account, Category, Split, Transaction


@dataclass(frozen=True)
class ExportAccount:
    id: int
    name: str
    kind: str
    opening: int
    archived: bool


@dataclass(frozen=True)
class ExportCategory:
    full_name: str
    kind: str
    role: str


@dataclass(frozen=True)
class ExportLine:
    id: int
    #: A category's full name, or '' (uncategorized, or a transfer: see `transfer`).
    category: str
    category_kind: str
    transfer: str | None
    counterpart_id: int | None
    counterpart_txn: int | None
    amount: int
    memo: str

    @property
    def target(self) -> str:
        return f"[{self.transfer}]" if self.transfer is not None else self.category


@dataclass(frozen=True)
class ExportTxn:
    id: int
    account: ExportAccount
    date: str
    payee: str
    memo: str
    reference: str
    cleared: bool
    amount: int
    lines: tuple[ExportLine, ...]


def accounts(book: Book, account_id: int | None = None) -> list[ExportAccount]:
    with book.read() as session:
        query = select(Account).order_by(Account.name)
        if account_id is not None:
            query = query.where(Account.id == account_id)
        return [ExportAccount(a.id, a.name, a.kind, a.opening_balance_cents, bool(a.archived))
                for a in session.scalars(query)]


def categories(book: Book) -> list[ExportCategory]:
    with book.read() as session:
        return [ExportCategory(c.full_name, c.kind, c.role)
                for c in session.scalars(select(Category).order_by(Category.full_name))]


def transactions(book: Book, account: ExportAccount) -> Iterator[ExportTxn]:
    """The account's transactions by date, each with its lines in order."""
    other = aliased(Account)
    counterpart = aliased(Split)
    with book.read() as session:
        lines: dict[int, list[ExportLine]] = {}
        for row in session.execute(
                select(Split.id, Split.transaction_id, Split.amount_cents, Split.memo,
                       Category.full_name, Category.kind, other.name, Split.counterpart_id,
                       counterpart.transaction_id)
                .join(Transaction, Transaction.id == Split.transaction_id)
                .outerjoin(Category, Category.id == Split.category_id)
                .outerjoin(other, other.id == Split.transfer_account_id)
                .outerjoin(counterpart, counterpart.id == Split.counterpart_id)
                .where(Transaction.account_id == account.id)
                .order_by(Split.transaction_id, Split.position, Split.id)):
            lines.setdefault(row[1], []).append(ExportLine(
                id=row[0], category=row[4] or "", category_kind=row[5] or "",
                transfer=row[6], counterpart_id=row[7], counterpart_txn=row[8],
                amount=row[2], memo=row[3]))
        for t in session.scalars(select(Transaction)
                                 .where(Transaction.account_id == account.id)
                                 .order_by(Transaction.date, Transaction.id)):
            yield ExportTxn(t.id, account, t.date, t.payee, t.memo, t.reference,
                            bool(t.cleared), t.amount_cents, tuple(lines.get(t.id, ())))
