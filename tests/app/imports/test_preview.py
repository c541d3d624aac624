"""The preview on both backends: new, duplicate (FITID; date, amount and payee, one
book row for one file row) and invalid rows, the categories a file needs, and a split
rule turning processor deposits into four lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import BadInput
from app.imports import preview_file
from app.imports.commit import commit_import
from app.imports.rules import SplitRule, save_rule
from app.ledger.accounts import add_account
from app.ledger.categories import list_categories
from app.ledger.transactions import (
    get_transaction,
)
from app.store.book import Book
from app.store.models import Transaction
from tests.app.imports.helpers import balance, counts, qif, record, verified


def test_missing_categories_are_created_only_on_confirmation(book: Book,
                                                             tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    path = qif(tmp_path, record("01/05/2026", "-100.00", "Papelera", "Gastos:Nuevos")
               + record("01/06/2026", "250.00", "Cliente", "Ventas nuevas"))
    preview = preview_file(book, path, account.id)
    assert preview.missing_categories == [("Gastos:Nuevos", "expense"),
                                          ("Ventas nuevas", "income")]
    before = counts(book)
    with pytest.raises(BadInput, match=r"Gastos:Nuevos .expense., Ventas nuevas .income."):
        commit_import(book, preview)
    assert counts(book) == before
    result = commit_import(book, preview, create_missing=True)
    assert result.imported == 2
    assert result.categories_created == ("Ventas nuevas", "Gastos:Nuevos")  # Gastos exists
    kinds = {c.full_name: c.kind for c in list_categories(book)}
    assert kinds["Gastos:Nuevos"] == "expense" and kinds["Ventas nuevas"] == "income"
    assert balance(book, "Banco") == 15000
    verified(book)


def test_a_second_import_finds_only_duplicates(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    # Two real coffees of the same price on the same day are two movements.
    path = qif(tmp_path, record("01/05/2026", "-45.00", "Café") * 2
               + record("01/06/2026", "-10.00", "Taxi"))
    first = preview_file(book, path, account.id)
    assert first.count("new") == 3
    commit_import(book, first)
    again = preview_file(book, path, account.id)
    assert (again.count("new"), again.count("duplicate")) == (0, 3)
    assert again.rows[0].reason == ("the same date, amount and payee as a transaction in "
                                    "the book")
    # A third coffee in a longer statement is new; the two imported ones are not.
    longer = qif(tmp_path, record("01/05/2026", "-45.00", "CAFÉ ") * 3, "longer.qif")
    assert [r.status for r in preview_file(book, longer, account.id).rows] == [
        "duplicate", "duplicate", "new"]


def test_fitid_decides_for_ofx(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")

    def ofx(*items: tuple[str, str, str]) -> Path:
        body = "".join(f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105<TRNAMT>{amount}"
                       f"<FITID>{fitid}<NAME>{name}</STMTTRN>\n" for fitid, amount, name in items)
        path = tmp_path / "s.ofx"
        path.write_text(f"<OFX><BANKTRANLIST>\n{body}</BANKTRANLIST></OFX>\n")
        return path

    commit_import(book, preview_file(book, ofx(("A1", "-5.00", "Oxxo")), account.id))
    # Same FITID with another name: a duplicate. Same name and amount, new FITID: new.
    preview = preview_file(book, ofx(("A1", "-5.00", "OXXO TIENDA"), ("A2", "-5.00", "Oxxo"),
                                     ("A2", "-5.00", "Oxxo")), account.id)
    assert [r.status for r in preview.rows] == ["duplicate", "new", "duplicate"]
    assert "imported before" in preview.rows[0].reason
    assert preview.rows[2].reason == "the same FITID as line 3"


def test_a_split_rule_turns_processor_deposits_into_four_lines(book: Book,
                                                               tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    save_rule(book, SplitRule(name="Clip", pattern="CLIP", template="card-deposit",
                              params={"fee_rate": "3.6", "iva_rate": "16"}))
    # The guide's Clip deposit (help/split-templates.md): 100.00 sold, 95.82 deposited.
    path = qif(tmp_path, record("01/05/2026", "95.82", "CLIP DEPOSITO 123")
               + record("01/06/2026", "-95.82", "CLIP CARGO") + record("01/07/2026", "5.00",
                                                                       "Otro"))
    preview = preview_file(book, path, account.id)
    deposit, charge, other = preview.rows
    assert deposit.rule == "Clip"
    assert [line.amount for line in deposit.lines] == [8621, 1379, -360, -58]
    assert charge.rule == "" and "does not apply" in charge.warnings[-1]
    assert other.rule == "" and len(other.lines) == 1
    assert preview.ruled == 1
    commit_import(book, preview, create_missing=True)
    with book.read() as session:
        txn_id = session.scalar(select(Transaction.id).where(
            Transaction.payee == "CLIP DEPOSITO 123"))
    assert txn_id is not None
    lines = get_transaction(book, txn_id).lines
    assert [line.category_role for line in lines] == ["none", "iva_output", "commission",
                                                      "iva_input"]
    verified(book)


def test_new_categories_take_the_kind_of_their_tree(book: Book, tmp_path: Path) -> None:
    """A subcategory has its parent's kind: a refund under Gastos stays an expense, a
    new tree takes its kind once (the file's category list, else its first line), and
    the commit creates what the preview listed even when rows are left out."""
    account = add_account(book, "Banco")
    path = tmp_path / "kinds.qif"
    path.write_text("!Type:Cat\nNOtros\nI\n^\n!Type:Bank\n" + "".join([
        record("01/05/2026", "50.00", "Reembolso", "Gastos:Reembolsos"),
        record("01/06/2026", "10.00", "Venta", "Nuevo:A"),
        record("01/07/2026", "-5.00", "Compra", "Nuevo:B"),
        record("01/08/2026", "-7.00", "Cuota", "Otros:Cuotas"),
    ]), encoding="utf-8")
    preview = preview_file(book, path, account.id)
    assert preview.missing_categories == [("Gastos:Reembolsos", "expense"),
                                          ("Nuevo:A", "income"), ("Nuevo:B", "income"),
                                          ("Otros:Cuotas", "income")]
    result = commit_import(book, preview, create_missing=True, include=[0, 2, 3])
    assert result.imported == 3
    kinds = {c.full_name: c.kind for c in list_categories(book)}
    assert (kinds["Gastos:Reembolsos"], kinds["Nuevo"], kinds["Nuevo:B"],
            kinds["Otros:Cuotas"]) == ("expense", "income", "income", "income")
    assert "Nuevo:A" not in kinds
    verified(book)
