"""QIF export: read back by the importer to the same books (balances, category
totals, tax roles), the whole book or one account into the chosen account."""

from __future__ import annotations

from pathlib import Path

from app.exports import export_book, export_text
from app.imports import preview_file
from app.imports.commit import commit_import
from app.ledger.accounts import add_account, list_accounts
from app.store.book import Book
from tests.app.exports.helpers import balances, fresh, totals


def test_qif_round_trip_gives_the_same_books(demo: Book, tmp_path: Path) -> None:
    path = tmp_path / "all.qif"
    path.write_text(export_text(demo, "qif"), encoding="utf-8")
    copy = fresh(tmp_path)
    try:
        target = add_account(copy, "Elegida")
        preview = preview_file(copy, path, target.id)
        assert preview.count("invalid") == 0
        commit_import(copy, preview, create_missing=True)
        got = balances(copy)
        assert got.pop("Elegida") == 0
        assert got == balances(demo)
        assert totals(copy) == totals(demo)
        roles = {c: r for c, r in _roles(demo).items() if c in _roles(copy)}
        assert roles == {c: r for c, r in _roles(copy).items() if c in roles}
        again = preview_file(copy, path, target.id)
        assert again.count("new") == 0
    finally:
        copy.close()


def _roles(book: Book) -> dict[str, str]:
    from app.ledger.categories import list_categories

    return {c.full_name: c.role for c in list_categories(book)}


def test_one_account_exports_and_imports_into_the_chosen_account(demo: Book,
                                                                 tmp_path: Path) -> None:
    bbva = next(a for a in list_accounts(demo) if a.name == "BBVA Empresarial")
    path = tmp_path / "bbva.qif"
    export_book(demo, "qif", path, account_id=bbva.id)
    copy = fresh(tmp_path)
    try:
        mine = add_account(copy, "Mi banco")
        commit_import(copy, preview_file(copy, path, mine.id), create_missing=True)
        assert balances(copy)["Mi banco"] == bbva.balance_cents
    finally:
        copy.close()


def test_the_qif_text(book: Book) -> None:
    """What other programs read: the account list, categories with their kind, an
    opening balance record, a split with its memo, a transfer as `[Account]`."""
    from app.exports.qif import write_qif
    from app.ledger.categories import add_category
    from app.ledger.transactions import LineInput, TransactionInput, save_transaction

    bank = add_account(book, "Banco", opening_cents=100000)
    cash = add_account(book, "Caja", kind="cash")
    rent = add_category(book, "Gastos:Renta", "expense")
    save_transaction(book, TransactionInput(bank.id, "2026-02-01", -30000, payee="Renta",
                                            reference="F-1", memo="dos\nlíneas", lines=(
        LineInput(-25000, category_id=rent.id, memo="febrero"),
        LineInput(-5000, transfer_account_id=cash.id))))
    text = write_qif(book)
    assert text.startswith("!Option:AutoSwitch\n!Account\nNBanco\nTBank\n^\n!Account\nNCaja\n"
                           "TCash\n^\n!Clear:AutoSwitch\n!Type:Cat\n")
    assert "NGastos:Renta\nDcuentas kind=expense role=none\nE\n^\n" in text
    assert ("!Account\nNBanco\nTBank\n^\n!Type:Bank\nD02/01/2026\nT1000.00\nCX\n"
            "POpening Balance\nL[Banco]\n^\n") in text
    assert ("D02/01/2026\nT-300.00\nNF-1\nPRenta\nMdos líneas\nSGastos:Renta\nEfebrero\n"
            "$-250.00\nS[Caja]\n$-50.00\n^\n") in text
    assert "!Type:Cash\nD02/01/2026\nT50.00\nNF-1\nPRenta\nMdos líneas\nL[Banco]\n^\n" in text
    only = write_qif(book, cash.id)
    assert not only.startswith("!Option") and "NBanco\nTBank" not in only
