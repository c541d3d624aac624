"""Shared by the export tests: balances, category totals, a fresh book to read back
into."""

from __future__ import annotations

from pathlib import Path

from app.ledger.accounts import list_accounts
from app.reports import Period
from app.reports.categories import category_totals
from app.store.book import Book, open_book
from app.store.create import create_book


def balances(book: Book) -> dict[str, int]:
    return {a.name: a.balance_cents for a in list_accounts(book)}


def totals(book: Book) -> dict[str, int]:
    return {r.category: r.amount for r in category_totals(book, Period.checked(None, None))}


def fresh(tmp_path: Path, name: str = "copy.cuentas") -> Book:
    create_book(str(tmp_path / name), currency="MXN", tax_preset="mx")
    return open_book(str(tmp_path / name))
