"""Operations on accounts: add one, change its name and opening balance, archive it.

Each is one service call, so one transaction: the account dialog's name and opening
balance are written together (`app.ledger.accounts.change_account`) or not at all.
They are quick single-row writes: the dialogs run them with `run_now()`, so bad input
comes back to the field it names. Every view hears `OpChanges(accounts=True)` (the
accounts list, the register's title and running balances follow).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ledger import accounts
from app.ledger.accounts import AccountView
from app.store.book import Book
from ui.common.events import OpChanges
from ui.common.operations import BookOp

CHANGES = OpChanges(accounts=True)


def add_account(parent: QWidget | None, book: Book, name: str, kind: str,
                opening_cents: int) -> BookOp[AccountView]:
    return BookOp(parent, lambda _p: accounts.add_account(book, name, kind, opening_cents),
                  CHANGES, parent)


def change_account(parent: QWidget | None, book: Book, account_id: int, name: str,
                   opening_cents: int) -> BookOp[AccountView]:
    """Name and opening balance in one transaction (one audit entry)."""
    return BookOp(parent, lambda _p: accounts.change_account(book, account_id, name,
                                                           opening_cents),
                  CHANGES, parent)


def set_archived(parent: QWidget | None, book: Book, account_id: int,
                 archived: bool) -> BookOp[AccountView]:
    """Archive (hide from the list, keep every transaction) or bring an account back."""
    return BookOp(parent, lambda _p: accounts.set_account_archived(book, account_id, archived),
                  CHANGES, parent)
