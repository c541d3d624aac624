"""Shared by the import tests: small QIF files, counts and the invariants check."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.ledger.accounts import list_accounts
from app.store.book import Book
from app.store.models import Category, Transaction
from app.store.verify import run_checks


def qif(tmp_path: Path, body: str, name: str = "s.qif") -> Path:
    path = tmp_path / name
    path.write_text("!Type:Bank\n" + body, encoding="utf-8")
    return path


def record(date: str, amount: str, payee: str, category: str = "", extra: str = "") -> str:
    return (f"D{date}\nT{amount}\nP{payee}\n" + (f"L{category}\n" if category else "")
            + extra + "^\n")


def counts(book: Book) -> tuple[int, int]:
    with book.read() as session:
        return (session.scalar(select(func.count()).select_from(Transaction)) or 0,
                session.scalar(select(func.count()).select_from(Category)) or 0)


def balance(book: Book, name: str) -> int:
    return next(a.balance_cents for a in list_accounts(book) if a.name == name)


def verified(book: Book) -> None:
    with book.engine.connect() as conn:
        failing = [c for c in run_checks(conn) if not c.ok]
    assert failing == []
