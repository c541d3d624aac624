"""The readers: amounts, dates, encodings, QIF/OFX/CSV oddities, and bad input — no
exception other than the importer's own error type, whatever the bytes (hypothesis)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.imports import detect_format, read_statement
from app.imports.csv import CsvMapping, guess_mapping, parse_csv
from app.imports.model import ImportFileError
from app.imports.ofx import merge_name_memo, parse_ofx
from app.imports.qif import parse_qif
from app.imports.text import MAX_BYTES, decode, guess_order, parse_date, parse_money

# ---------------------------------------------------------------- amounts


@pytest.mark.parametrize(("text", "cents"), [
    ("-1160.00", -116000), ("1,234.56", 123456), ("1.234,56", 123456), ("-200,00", -20000),
    ("4,884", 488400), ("1,280.8", 128080), ("(12.50)", -1250), ("12.50-", -1250),
    ("$ 1,160", 116000), ("MXN 10", 1000), ("1 234,50", 123450), ("+5", 500),
    ("\u22123.60", -360), ("0.30", 30), ("1.234.567", 123456700), ("-0.00", 0),
    ("10.000", 1000),
])
def test_amounts(text: str, cents: int) -> None:
    assert parse_money(text, 2) == cents


@pytest.mark.parametrize("text", ["", "abc", "1,2,3.4.5", "12.345", "1e5", "--5", "."])
def test_not_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_money(text, 2)


def test_the_decimal_mark_can_be_given() -> None:
    assert parse_money("1.234", 2, ",") == 123400
    assert parse_money("1,5", 2, ",") == 150
    with pytest.raises(ValueError, match=r"more than 0 decimals|has decimals"):
        parse_money("10.50", 0)
    assert parse_money("1050", 0) == 1050


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "order", "iso"), [
    ("1/ 2'05", "MDY", "2005-01-02"), ("2/14'2020", "MDY", "2020-02-14"),
    ("1/ 1'00", "MDY", "2000-01-01"), ("10.18.23", "MDY", "2023-10-18"),
    ("2024-01-25", "MDY", "2024-01-25"), ("12/03/95", "MDY", "1995-12-03"),
    ("03/25/099", "MDY", "1999-03-25"), ("03/25/105", "MDY", "2005-03-25"),
    ("06/12/2021", "DMY", "2021-12-06"), ("04 Nov 2009", "DMY", "2009-11-04"),
    ("4 de enero de 2026", "DMY", "2026-01-04"), ("Nov 4, 2009", "MDY", "2009-11-04"),
    ("2012/3/22", "DMY", "2012-03-22"), ("20051004", "MDY", "2005-10-04"),
    ("2021-06-12T14:33:00", "MDY", "2021-06-12"), ("31.03.2026", "DMY", "2026-03-31"),
])
def test_dates(text: str, order: str, iso: str) -> None:
    assert parse_date(text, order)[0] == iso


def test_text_after_a_date_is_returned() -> None:
    assert parse_date("03/25/099Share Withdrawal", "MDY") == ("1999-03-25", "Share Withdrawal")


@pytest.mark.parametrize("text", ["", "hello", "02/30/2026", "13/13/2026", "1/2", "99/1/2026"])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, "MDY")


def test_the_order_comes_from_the_dates() -> None:
    assert guess_order(["12/03/95", "12/20/95"]) == ("MDY", True)
    assert guess_order(["25/03/2026", "01/04/2026"]) == ("DMY", True)
    assert guess_order(["01/02/2026"], default="DMY") == ("DMY", False)
    assert guess_order(["2026-01-02"]) == ("MDY", False)


# ---------------------------------------------------------------- encodings and bad files


def test_encodings_are_detected() -> None:
    assert decode("DÉPÔT".encode()) == ("DÉPÔT", "utf-8")
    assert decode("\ufeffDÉPÔT".encode()) == ("DÉPÔT", "utf-8")
    assert decode("DÉPÔT €".encode("cp1252")) == ("DÉPÔT €", "windows-1252")
    assert decode("x\x81y".encode("latin-1")) == ("x\x81y", "iso-8859-1")
    assert decode("Año".encode("utf-16")) == ("Año", "utf-16")


def test_binary_empty_and_huge_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFileError, match="empty"):
        decode(b"  \n")
    big = tmp_path / "big.qif"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ImportFileError, match="MB"):
        read_statement(big)
    with pytest.raises(ImportFileError, match="not a file"):
        read_statement(tmp_path)


def test_a_50_mb_file_of_garbage_is_one_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.qif"
    block = bytes(range(256)) * 4096
    with open(junk, "wb") as fh:
        for _ in range(50):
            fh.write(block)
    with pytest.raises(ImportFileError, match="binary"):
        read_statement(junk)
    text = tmp_path / "text.csv"
    text.write_text("just words without any structure\n" * 1_500_000)  # ~50 MB
    with pytest.raises(ImportFileError, match="not a QIF, OFX/QFX or CSV"):
        read_statement(text, format=None)


def test_the_format_comes_from_the_content(tmp_path: Path) -> None:
    assert detect_format("x.txt", "!Type:Bank\nD1/1/26\n^\n") == "qif"
    assert detect_format("x.csv", "OFXHEADER:100\n\n<OFX>\n") == "ofx"
    assert detect_format("x.dat", "date,amount\n2026-01-01,5\n") == "csv"
    with pytest.raises(ImportFileError):
        detect_format("x.pdf", "%PDF-1.4 whatever")


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


# ---------------------------------------------------------------- OFX


def test_ofx_tolerant_reader_and_name_memo() -> None:
    text = ("<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>MXN<BANKTRANLIST>\n"
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105<TRNAMT>-1.160,00<FITID>A1"
            "<NAME>CLIP &amp; CO<MEMO>Deposito</STMTTRN>\n"
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2026<TRNAMT>5<FITID>A2</STMTTRN>\n"
            "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>")
    parsed = parse_ofx(text.encode(), text, 2, book_currency="MXN")
    good, bad = parsed.transactions
    assert (good.date, good.amount, good.payee, good.memo, good.fitid) == (
        "2026-01-05", -116000, "CLIP & CO", "Deposito", "A1")
    assert bad.errors == ("line 3: the date '2026' is not an OFX date (YYYYMMDD)",)
    assert merge_name_memo("AMAZON MKTPL", "AMAZON MKTPL SEATTLE") == ("AMAZON MKTPL SEATTLE",
                                                                      "")
    assert merge_name_memo("", "only memo") == ("only memo", "")
    assert merge_name_memo("Clip", "Clip") == ("Clip", "")


def test_investment_statements_are_reported() -> None:
    text = ("<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><INVTRANLIST>"
            "<BUYSTOCK><INVBUY></INVBUY></BUYSTOCK><INCOME></INCOME>"
            "</INVTRANLIST></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>")
    parsed = parse_ofx(text.encode(), text, 2)
    assert parsed.transactions == []
    assert [(s.what, s.count) for s in parsed.skipped] == [("investment statement", 2)]


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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_any_bytes_give_rows_or_the_importers_error(data: bytes) -> None:
    for fmt in ("qif", "ofx", "csv"):
        try:
            text, _enc = decode(data)
            if fmt == "qif":
                parse_qif(text, 2)
            elif fmt == "ofx":
                parse_ofx(data, text, 2)
            else:
                parse_csv(text, guess_mapping(text), 2)
        except ImportFileError:
            pass


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
