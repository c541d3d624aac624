"""The OFX reader: the tolerant fallback, NAME/MEMO merged, bad dates per row,
investment statements reported."""

from __future__ import annotations

from app.imports.ofx import merge_name_memo, parse_ofx

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
