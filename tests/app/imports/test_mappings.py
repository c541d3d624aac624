"""Saved CSV mappings on both backends: saved per account, found by name (spaces and
case aside), the account's latest offered first, bad names and bad mappings refused
before anything is written."""

from __future__ import annotations

import pytest

from app.errors import BadInput
from app.imports.csv import CsvMapping
from app.imports.mappings import (
    delete_mapping,
    find_mapping,
    list_mappings,
    mapping_for_account,
    save_mapping,
)
from app.ledger.accounts import add_account
from app.store.book import Book

BANORTE = CsvMapping(delimiter=";", skip_rows=2, date="Fecha", payee="Concepto",
                     debit="Cargo", credit="Abono", decimal_mark=",", date_order="DMY")


def test_saved_found_by_name_and_offered_for_the_account(book: Book) -> None:
    bank = add_account(book, "Banorte")
    card = add_account(book, "Tarjeta")
    save_mapping(book, "  Banorte   mensual ", BANORTE, bank.id)
    save_mapping(book, "Tarjeta", CsvMapping(date="Date", amount="Amount", negate=True),
                 card.id)
    assert [(m.name, m.account_id) for m in list_mappings(book)] == [
        ("Banorte mensual", bank.id), ("Tarjeta", card.id)]
    found = find_mapping(book, "banorte MENSUAL")
    assert (found.delimiter, found.skip_rows, found.debit, found.credit, found.decimal_mark,
            found.name) == (";", 2, "Cargo", "Abono", ",", "Banorte mensual")
    assert mapping_for_account(book, bank.id) == found
    assert mapping_for_account(book, card.id).negate  # type: ignore[union-attr]
    # Saved again under the same name: replaced, not doubled; the account follows.
    save_mapping(book, "Banorte mensual", BANORTE, card.id)
    assert [m.account_id for m in list_mappings(book)] == [card.id, card.id]
    assert mapping_for_account(book, bank.id) is None
    delete_mapping(book, "Banorte mensual")
    with pytest.raises(BadInput, match="not a saved mapping"):
        find_mapping(book, "Banorte mensual")


@pytest.mark.parametrize(("name", "mapping", "account_id", "says"), [
    ("", BANORTE, None, "name: is empty"),
    ("x" * 201, BANORTE, None, "name: is longer than 200"),
    ("Sin fecha", CsvMapping(amount="Importe"), None, "has no date column"),
    ("Sin importe", CsvMapping(date="Fecha"), None, "has no amount column"),
    ("Cuenta", BANORTE, 999, "account: does not exist"),
])
def test_bad_mappings_are_refused_and_nothing_is_saved(book: Book, name: str,
                                                       mapping: CsvMapping,
                                                       account_id: int | None,
                                                       says: str) -> None:
    with pytest.raises(BadInput) as caught:
        save_mapping(book, name, mapping, account_id)
    assert says in f"{caught.value.field}: {caught.value.reason}"
    assert list_mappings(book) == []
