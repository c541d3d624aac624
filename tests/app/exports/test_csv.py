"""CSV export: one row per split line that imports back with its splits; text that
looks like a formula is stored as text and exported with formula protection."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.exports import export_book, export_text
from app.imports import preview_file
from app.imports.commit import commit_import
from app.ledger.accounts import add_account, list_accounts
from app.store.book import Book
from tests.app.exports.helpers import balances, fresh, totals


def test_csv_round_trip_keeps_the_splits(demo: Book, tmp_path: Path) -> None:
    path = tmp_path / "all.csv"
    export_book(demo, "csv", path)
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header == ("transaction_id,account,date,payee,memo,reference,cleared,amount,"
                      "category,line_amount,line_memo")
    copy = fresh(tmp_path)
    try:
        target = add_account(copy, "Elegida")
        preview = preview_file(copy, path, target.id)
        assert preview.format == "csv" and preview.count("invalid") == 0
        assert max(len(r.lines) for r in preview.rows) >= 4
        commit_import(copy, preview, create_missing=True)
        got = balances(copy)
        got.pop("Elegida")
        # No opening balances in a CSV (the QIF carries them); an account without
        # movements has no rows.
        assert got == {a.name: a.balance_cents - a.opening_cents for a in list_accounts(demo)
                       if a.transactions}
        assert totals(copy) == totals(demo)
    finally:
        copy.close()


def test_formula_text_is_stored_as_text_and_exported_protected(book: Book,
                                                               tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    source = tmp_path / "in.csv"
    source.write_text('date,payee,amount\n2026-01-02,"=HYPERLINK(""http://x"",""y"")",-5\n'
                      "2026-01-03,@SUM(1),-1\n", encoding="utf-8")
    commit_import(book, preview_file(book, source, account.id))
    out = export_text(book, "csv", account.id)
    rows = list(csv.reader(io.StringIO(out)))
    assert [r[3] for r in rows[1:]] == ['\'=HYPERLINK("http://x","y")', "'@SUM(1)"]
    assert rows[1][7] == "-5.00"  # amounts are numbers, never quoted away
    back = tmp_path / "back.csv"
    back.write_text(out, encoding="utf-8")
    other = add_account(book, "Otra")
    preview = preview_file(book, back, other.id)
    assert [r.payee for r in preview.rows] == ['=HYPERLINK("http://x","y")', "@SUM(1)"]


def test_the_header_and_what_is_protected() -> None:
    from app.exports.csv import COLUMNS, protect

    assert ",".join(COLUMNS) == ("transaction_id,account,date,payee,memo,reference,cleared,"
                                 "amount,category,line_amount,line_memo")
    for risky in ("=1+1", "+52 55", "-x", "@SUM(A1)", "\tx", "\rx"):
        assert protect(risky) == "'" + risky
    for plain in ("Papelería", "", "1=1", "'quoted"):
        assert protect(plain) == plain
