"""Accounts: add, rename, change (name and opening balance at once), archive, list with
balances.

A balance is the opening balance plus every transaction amount of the account,
computed by one aggregate query (never by summing rows in Python).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app import faults
from app.errors import BadInput, has_control
from app.i18n import QT_TR_NOOP, tr
from app.store.book import Book, UnitOfWork
from app.store.models import ACCOUNT_KINDS, Account, Transaction


@dataclass(frozen=True)
class AccountView:
    id: int
    name: str
    kind: str
    currency: str
    opening_cents: int
    balance_cents: int
    archived: bool
    transactions: int


def _clean_name(name: str, field: str = "name") -> str:
    """A new account name: spaces collapsed; no control characters, no `[`/`]` (they
    mark a transfer, `[Caja]`) and no `=` (it ends a `--split` target, so `[a=b]=5`
    could never name the account). Existing books keep the names they have."""
    clean = " ".join(name.split())
    if not clean:
        raise BadInput(field, name, tr("is empty; an account needs a name"))
    if len(clean) > 200:
        raise BadInput(field, name, tr("is longer than 200 characters"))
    if any(ch in clean for ch in "[]"):
        raise BadInput(field, name, tr("may not contain [ or ] (they mark transfers)"))
    if "=" in clean:
        raise BadInput(field, name, tr("may not contain = (it separates a split's target "
                                       "from its amount)"))
    if has_control(clean):
        raise BadInput(field, name, tr("contains a control character"))
    return clean


def _taken(clean: str, other: str) -> str:
    return (tr("is already the name of an account") if other == clean
            else tr("is already the name of an account ({other}; names ignore case)").format(
                other=other))


def _same_name(session: Session, clean: str, except_id: int | None = None) -> str | None:
    """The account already called `clean`, ignoring case (`BBVA` and `bbva` are one
    name: a person cannot tell them apart in a list or on the command line)."""
    wanted = clean.casefold()
    for account_id, name in session.execute(select(Account.id, Account.name)).all():
        if account_id != except_id and name.casefold() == wanted:
            return str(name)
    return None


def add_account(
    book: Book, name: str, kind: str = "bank", opening_cents: int = 0, currency: str | None = None
) -> AccountView:
    clean = _clean_name(name)
    if kind not in ACCOUNT_KINDS:
        raise BadInput("kind", kind, tr("is not one of {items}").format(
            items=', '.join(ACCOUNT_KINDS)))
    code = (currency or book.info.currency).upper()
    if code != book.info.currency:
        raise BadInput(
            "currency", currency, tr("differs from the book's {currency} (multi-currency "
                                     "books are not supported yet)").format(
                                         currency=book.info.currency)
        )
    with book.write(action=QT_TR_NOOP("add accounts")) as uow:
        account_id = add_account_in(uow, clean, kind, opening_cents, code, field="name",
                                    shown=name)
    return get_account(book, account_id)


def add_account_in(uow: UnitOfWork, name: str, kind: str, opening_cents: int, currency: str,
                   *, field: str = "account", shown: str | None = None) -> int:
    """The body of `add_account` inside a caller's unit of work (the importer creates
    the accounts a file names in the same transaction); returns the account's id."""
    clean = _clean_name(name, field)
    if (other := _same_name(uow.session, clean)) is not None:
        raise BadInput(field, shown if shown is not None else name, _taken(clean, other))
    account = Account(
        name=clean, kind=kind, currency=currency, opening_balance_cents=opening_cents, archived=0
    )
    uow.session.add(account)
    uow.session.flush()
    uow.record(
        "create", "account", account.id,
        {"name": [None, clean], "kind": [None, kind], "opening": [None, opening_cents]},
    )
    return account.id


def rename_account(book: Book, account_id: int, new_name: str) -> AccountView:
    clean = _clean_name(new_name)
    with book.write(action=QT_TR_NOOP("rename accounts")) as uow:
        account = _get(uow.session, account_id)
        if account.name != clean:
            if (other := _same_name(uow.session, clean, account_id)) is not None:
                raise BadInput("name", new_name, _taken(clean, other))
            uow.record("update", "account", account_id, {"name": [account.name, clean]})
            account.name = clean
    return get_account(book, account_id)


def set_account_archived(book: Book, account_id: int, archived: bool = True) -> AccountView:
    with book.write(action=QT_TR_NOOP("archive accounts")) as uow:
        account = _get(uow.session, account_id)
        if bool(account.archived) != archived:
            uow.record("update", "account", account_id, {"archived": [bool(account.archived),
                                                                      archived]})
            account.archived = int(archived)
    return get_account(book, account_id)


def set_opening_balance(book: Book, account_id: int, opening_cents: int) -> AccountView:
    with book.write(action=QT_TR_NOOP("change opening balances")) as uow:
        account = _get(uow.session, account_id)
        if account.opening_balance_cents != opening_cents:
            uow.record("update", "account", account_id,
                       {"opening": [account.opening_balance_cents, opening_cents]})
            account.opening_balance_cents = opening_cents
    return get_account(book, account_id)


def change_account(book: Book, account_id: int, name: str, opening_cents: int) -> AccountView:
    """Give an account its name and opening balance in one transaction, with one audit
    entry naming both changes: both are written, or (on bad input or any failure half-way)
    neither. What the account dialog saves."""
    clean = _clean_name(name)
    with book.write(action=QT_TR_NOOP("change accounts")) as uow:
        account = _get(uow.session, account_id)
        changes: dict[str, list[object]] = {}
        if account.name != clean:
            if uow.session.scalar(select(Account.id).where(Account.name == clean)) is not None:
                raise BadInput("name", name, tr("is already the name of an account"))
            changes["name"] = [account.name, clean]
            account.name = clean
            uow.session.flush()
        faults.point("accounts.change")  # between the two halves (tests)
        if account.opening_balance_cents != opening_cents:
            changes["opening"] = [account.opening_balance_cents, opening_cents]
            account.opening_balance_cents = opening_cents
        if changes:
            uow.record("update", "account", account_id, changes)
    return get_account(book, account_id)


def _get(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise BadInput("account", account_id, tr("does not exist"))
    return account


def _views(book: Book, where: ColumnElement[bool] | None = None) -> list[AccountView]:
    totals = (
        select(
            Transaction.account_id.label("account_id"),
            func.coalesce(func.sum(Transaction.amount_cents), 0).label("total"),
            func.count(Transaction.id).label("n"),
        )
        .group_by(Transaction.account_id)
        .subquery()
    )
    query = (
        select(Account, func.coalesce(totals.c.total, 0), func.coalesce(totals.c.n, 0))
        .outerjoin(totals, totals.c.account_id == Account.id)
        .order_by(Account.name)
    )
    if where is not None:
        query = query.where(where)
    with book.read() as session:
        return [
            AccountView(
                id=a.id,
                name=a.name,
                kind=a.kind,
                currency=a.currency,
                opening_cents=a.opening_balance_cents,
                balance_cents=a.opening_balance_cents + int(total),
                archived=bool(a.archived),
                transactions=int(n),
            )
            for a, total, n in session.execute(query).all()
        ]


def list_accounts(book: Book, *, include_archived: bool = True) -> list[AccountView]:
    views = _views(book)
    return views if include_archived else [v for v in views if not v.archived]


def get_account(book: Book, account_id: int) -> AccountView:
    views = _views(book, Account.id == account_id)
    if not views:
        raise BadInput("account", account_id, tr("does not exist"))
    return views[0]


def find_account(book: Book, name: str, field: str = "--account") -> AccountView:
    """Look an account up by its exact name (case-insensitive when unambiguous)."""
    with book.read() as session:
        rows = session.execute(select(Account.id, Account.name)).all()
    exact = [r.id for r in rows if r.name == name]
    if not exact:
        exact = [r.id for r in rows if r.name.casefold() == name.strip().casefold()]
    if len(exact) != 1:
        raise BadInput(field, name, tr("is not an account of this book"))
    return get_account(book, exact[0])
