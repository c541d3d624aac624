"""Operations on accounts: add one, change its name and opening balance, archive it.

Each is one service call, so one transaction: the account dialog's name and opening
balance are written together (`app.ledger.accounts.change_account`) or not at all.
They are quick single-row writes: the dialogs run them with `run_now()`, so bad input
comes back to the field it names. Every view hears `OpChanges(accounts=True)` (the
accounts list, the register's title and running balances follow).
"""

from __future__ import annotations

from app.ledger import accounts
from app.ledger.accounts import AccountView
from app.store.book import Book
from ui.common.events import OpChanges
from ui.common.operations import BookOp

CHANGES = OpChanges(accounts=True)


def add_account(initiator: object, book: Book, name: str, kind: str,
                opening_cents: int) -> BookOp[AccountView]:
    return BookOp(None, lambda _p: accounts.add_account(book, name, kind, opening_cents),
                  CHANGES, initiator)


def change_account(initiator: object, book: Book, account_id: int, name: str,
                   opening_cents: int) -> BookOp[AccountView]:
    """Name and opening balance in one transaction (one audit entry)."""
    return BookOp(None, lambda _p: accounts.change_account(book, account_id, name,
                                                           opening_cents),
                  CHANGES, initiator)


def set_archived(initiator: object, book: Book, account_id: int,
                 archived: bool) -> BookOp[AccountView]:
    """Archive (hide from the list, keep every transaction) or bring an account back."""
    return BookOp(None, lambda _p: accounts.set_account_archived(book, account_id, archived),
                  CHANGES, initiator)
