"""Fixtures of the health view's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.monitor import metrics


def make_legacy(path: Path, n: int = 300, seed: int = 11) -> Path:
    """A revision-0001 book as the pre-split Cuentas wrote it."""
    from datetime import date

    from app.store.demo import write_legacy

    write_legacy(path, n, seed, end=date(2026, 3, 1))
    return path


@pytest.fixture
def upgraded(tmp_path: Path):
    """A legacy book upgraded, then a few splits entered through the service."""
    from app.ledger.accounts import list_accounts
    from app.ledger.categories import add_category, find_category
    from app.store.book import open_book
    from app.upgrade import upgrade_book

    location = str(make_legacy(tmp_path / "Tienda.cuentas", n=80))
    upgrade_book(location)
    book = open_book(location)
    bank = list_accounts(book)[0].id
    paper = find_category(book, "Gastos:Papelería").id
    iva = add_category(book, "Impuestos:IVA acreditable", "tax", "iva_input").id
    for day in ("2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02",
                "2026-03-09"):
        save_transaction(book, TransactionInput(bank, day, -116000, (
            LineInput(-100000, paper), LineInput(-16000, iva))))
    metrics.flush()
    yield book
    book.close()
