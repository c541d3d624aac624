"""The QIF reader: CRLF and `^^`, `U` over `T`, account and category lists,
memorized transactions, localised opening balances, records cut short; fuzzed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.imports.model import ImportFileError
from app.imports.qif import parse_qif

# ---------------------------------------------------------------- QIF


def test_qif_crlf_caret_caret_thousands_option_and_u() -> None:
    text = ("!Option:DMY\r\n!Type:Bank\r\nD05/01/2026\r\nU-1,234.56\r\nT-1,234.50\r\n"
            "PPapelera\r\nC*\r\nN42\r\nLGastos:Papelería\r\n^^\r\n")
    parsed = parse_qif(text, 2)
    t = parsed.transactions[0]
    assert (t.date, t.amount, t.cleared, t.reference) == ("2026-01-05", -123456, True, "42")
    assert t.lines[0].target == "Gastos:Papelería"
    assert parsed.notes == ["dates read as day/month/year (the file says so)"]


def test_qif_accounts_categories_memorized_and_localised_opening() -> None:
    text = "\n".join([
        "!Option:AutoSwitch", "!Account", "NBanco", "TBank", "^", "!Account", "NCaja",
        "TCash", "^", "!Clear:AutoSwitch",
        "!Type:Cat", "NVentas", "I", "^", "NRenta", "E", "^",
        "NImpuestos:IVA", "Dcuentas kind=tax role=iva_input", "E", "^",
        "!Type:Memorized", "KC", "T-100.00", "PClip", "SComisiones", "$-100.00", "^",
        "!Account", "NCaja", "TCash", "^", "!Type:Cash",
        "D01/02/2026", "T500.00", "PSaldo inicial", "L[Caja]", "^",
        "D01/03/2026", "T-50.00", "PTienda", "L[Banco]", "^",
    ]) + "\n"
    parsed = parse_qif(text, 2)
    assert parsed.accounts == {"Banco": "bank", "Caja": "cash"}
    assert parsed.categories == {"Ventas": "income", "Renta": "expense",
                                 "Impuestos:IVA": "tax"}
    assert parsed.category_roles == {"Impuestos:IVA": "iva_input"}
    assert [t.payee for t in parsed.memorized] == ["Clip"]
    opening, shop = parsed.transactions
    assert opening.kind == "opening" and opening.amount == 50000 and opening.account == "Caja"
    assert shop.lines[0].transfer == "Banco"


def test_qif_cut_short_and_broken_fields_name_their_lines() -> None:
    text = "!Type:Bank\nD13/45/2026\nTabc\nPX\n^\nD01/02/2026\nT-5.00\nPCut"
    first, cut = parse_qif(text, 2).transactions
    assert first.errors == ("line 2: the date '13/45/2026' has 13 as its month",
                            "line 3: the amount 'abc' is not an amount")
    assert cut.errors == ("line 8: the file ends inside this record (no ^ after it); the "
                          "file may be cut short",)


def test_qif_that_is_not_qif() -> None:
    with pytest.raises(ImportFileError, match="line 1: is not a QIF file"):
        parse_qif("hello\n!Type:Bank\n", 2)


# ---------------------------------------------------------------- fuzz


QIF_LINES = st.sampled_from(["!Type:Bank", "!Type:Invst", "!Account", "!Type:Cat",
                             "!Option:DMY", "^", "^^", "D1/2'05", "D13/45/99", "D2026-02-30",
                             "T-1,234.56", "T1.234,56", "Tx", "U5", "SA", "S[B]", "$-1.00",
                             "$x", "EMemo", "LCat/Class", "L[Acc]", "L--Split--", "NNone",
                             "POpening Balance", "C*", "M", "I", "KC", "#c", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(QIF_LINES, st.text(max_size=12)), max_size=40))
def test_qif_shaped_garbage(lines: list[str]) -> None:
    try:
        parsed = parse_qif("\n".join(lines), 2)
    except ImportFileError:
        return
    for t in parsed.transactions:
        assert t.errors or t.amount is not None
        if not t.errors and t.stated_total is None and t.kind == "transaction":
            assert sum(line.amount for line in t.lines) == t.amount
