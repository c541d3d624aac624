"""The CSV reader: the mapping guessed from the header, formula-looking text kept
as text, errors naming the column, files without a header, sign columns; fuzzed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.imports.csv import CsvMapping, guess_mapping, parse_csv
from app.imports.model import ImportFileError

# ---------------------------------------------------------------- CSV


def test_csv_mapping_guess_and_formula_text() -> None:
    text = ("Fecha;Concepto;Cargo;Abono;Referencia\n"
            "31/03/2026;=HYPERLINK(\"http://x\");1.160,00;;F-1\n"
            "01/04/2026;'=SUM(A1);;250,50;\n")
    mapping = guess_mapping(text)
    assert (mapping.delimiter, mapping.date, mapping.debit, mapping.credit,
            mapping.decimal_mark, mapping.date_order) == (";", "Fecha", "Cargo", "Abono", ",",
                                                         "DMY")
    first, second = parse_csv(text, mapping, 2).transactions
    assert (first.date, first.amount, first.payee, first.reference) == (
        "2026-03-31", -116000, '=HYPERLINK("http://x")', "F-1")
    assert (second.amount, second.payee) == (25050, "=SUM(A1)")


def test_csv_mapping_errors_name_the_column() -> None:
    with pytest.raises(ImportFileError, match="has no date column"):
        parse_csv("a,b\n1,2\n", CsvMapping(amount="b"), 2)
    with pytest.raises(ImportFileError, match=r"'Importe'.*has: a, b"):
        parse_csv("a,b\n1,2\n", CsvMapping(date="a", amount="Importe"), 2)


def test_csv_without_header_uses_column_numbers() -> None:
    mapping = CsvMapping(header=False, date="#1", amount="#3", payee="#2", date_order="YMD")
    rows = parse_csv("2026-01-02,Tienda,-5.00\n2026-01-03,Otra,7\n", mapping, 2).transactions
    assert [(r.date, r.payee, r.amount) for r in rows] == [("2026-01-02", "Tienda", -500),
                                                           ("2026-01-03", "Otra", 700)]


def test_csv_sign_column_and_negated_card_statement() -> None:
    text = "Date,Amount,Type\n2026-01-02,7.99,debit\n2026-01-03,2.00,credit\n2026-01-04,1,x\n"
    rows = parse_csv(text, CsvMapping(date="Date", amount="Amount", sign="Type"), 2).transactions
    assert [r.amount for r in rows[:2]] == [-799, 200]
    assert "neither debit nor credit" in rows[2].errors[0]
    card = parse_csv("Date,Amount\n2026-01-02,7.99\n",
                     CsvMapping(date="Date", amount="Amount", negate=True), 2).transactions
    assert card[0].amount == -799


# ---------------------------------------------------------------- fuzz


CSV_CELLS = st.one_of(st.sampled_from(["2026-01-02", "31/12/2026", "1,234.56", "-5", "",
                                       "=1+1", "'=x", "&lt;b&gt;", "debit", "x"]),
                      st.text(max_size=8))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(CSV_CELLS, min_size=1, max_size=5), max_size=12),
       st.sampled_from([",", ";", "\t"]))
def test_csv_shaped_garbage(rows: list[list[str]], delimiter: str) -> None:
    text = "\n".join(delimiter.join(r) for r in rows)
    try:
        mapping = guess_mapping(text) if text.strip() else CsvMapping()
        parse_csv(text, CsvMapping(date="#1", amount="#2", header=False) if not mapping.date
                  else mapping, 2)
    except ImportFileError:
        pass


def test_a_long_file_is_guessed_from_its_first_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 50 MB statement is guessed from its head (quoted line breaks and all); the whole
    file is still read, with each date parsed once."""
    from app.imports import csv as csv_module

    monkeypatch.setattr(csv_module, "GUESS_CHARS", 90)
    text = "Fecha;Concepto;Importe\n" + "".join(
        f'{d:02d}/03/2026;"Tienda\nnúmero {d}";-1,50\n' for d in range(1, 29))
    mapping = guess_mapping(text)
    assert (mapping.date, mapping.payee, mapping.amount, mapping.decimal_mark,
            mapping.date_order) == ("Fecha", "Concepto", "Importe", ",", "DMY")
    rows = parse_csv(text, mapping, 2).transactions
    assert len(rows) == 28 and rows[-1].date == "2026-03-28" and rows[-1].amount == -150
    assert rows[-1].payee == "Tienda número 28"
