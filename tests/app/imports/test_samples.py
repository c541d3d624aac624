"""Every statement in ../shared/samples (written by GnuCash, MS Money, Quicken-style
exporters, banks, Mint, Monefy, KMyMoney) imports without a crash, with the totals
its own program shows, and a second import of the same file adds nothing.

The files stay outside this repository (several are GPL): they are read from
`../shared/samples/` beside the checkout, or from `$CUENTAS_SAMPLES`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.imports import preview_file
from app.imports.commit import commit_import
from app.imports.preview import ImportOptions
from app.ledger.accounts import add_account, list_accounts
from app.store.book import Book

ROOT = Path(__file__).resolve().parents[3]
#: Beside the checkout, or beside the folder of worktrees a checkout sits in (wt/NAME).
_BESIDE = [ROOT.parent / "shared" / "samples", ROOT.parent.parent / "shared" / "samples"]
SAMPLES = Path(os.environ.get("CUENTAS_SAMPLES")
               or next((p for p in _BESIDE if (p / "INDEX.md").exists()), _BESIDE[0]))

pytestmark = pytest.mark.skipif(
    not (SAMPLES / "INDEX.md").exists(),
    reason=f"the sample statements are not at {SAMPLES} (../shared/samples beside the "
    "checkout, or set CUENTAS_SAMPLES)")

#: file -> (new rows, invalid rows, {account: balance in cents after the import}).
#: "" is the account chosen for the import. Balances are the files' own sums (the
#: closing balance their program shows, starting from zero).
EXPECTED: dict[str, tuple[int, int, dict[str, int]]] = {
    "gnucash/cbb-export.qif": (9, 0, {"": -50759}),
    "gnucash/ms-money.qif": (347, 0, {"": 200193, "Cathy Bank": -750000,
                               "School Credit": -250000}),
    "gnucash/web.qif": (7, 0, {"": -49995}),
    "gnucash/inconsistent-per-record-formats.qif": (2, 0, {"": 3000}),
    "quiffen/test.qif": (5, 0, {"": -3550}),
    "quiffen/test_split.qif": (1, 0, {"": -1000, "An Account": 900}),
    "gnucash/cibc_checking.qfx": (7, 0, {"": -5440}),
    "ofxparse/checking.ofx": (3, 0, {"": -5950}),
    "ofxparse/suncorp.ofx": (1, 0, {"": -1685}),
    "ofxparse/date_missing.ofx": (0, 3, {"": 0}),
    "ofxtools/stmtrs_euro.ofx": (2, 0, {"": -50000}),
    "hledger/sample.fr.cp1252.csv": (3, 0, {"": 2000}),
    "hledger/monefy.csv": (7, 0, {"Cash": 100080, "Payment card": 489200}),
    "beancount-import/mint.csv": (7, 0, {"Amazon Store Card": -15419, "My Credit Card": 6443,
                                         "My Checking": -6688}),
    "kmymoney/SampleBankAccount.csv": (4, 0, {"": -86527}),
}


def test_every_sample_file_is_listed() -> None:
    found = {str(p.relative_to(SAMPLES)) for p in SAMPLES.rglob("*")
             if p.is_file() and p.name != "INDEX.md"}
    assert found == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_imports_with_its_totals_and_only_once(sqlite_book: Book, name: str) -> None:
    book = sqlite_book
    account = add_account(book, "Importada")
    preview = preview_file(book, SAMPLES / name, account.id)
    new, invalid, balances = EXPECTED[name]
    assert preview.count("new") == new, [r.reason for r in preview.rows]
    assert preview.count("invalid") == invalid
    for row in preview.rows:
        if row.status == "invalid":
            assert row.reason.startswith("line "), row.reason  # names the line
    commit_import(book, preview, create_missing=True)
    got = {a.name: a.balance_cents for a in list_accounts(book)}
    for name_, cents in balances.items():
        assert got[name_ or "Importada"] == cents, name_
    again = preview_file(book, SAMPLES / name, account.id)
    assert again.count("new") == 0
    assert again.count("duplicate") == preview.count("new") + preview.count("duplicate")


def test_splits_and_transfers_of_the_samples(sqlite_book: Book) -> None:
    from app.ledger.transactions import get_transaction

    book = sqlite_book
    account = add_account(book, "Banco")
    preview = preview_file(book, SAMPLES / "quiffen/test_split.qif", account.id)
    row = preview.rows[0]
    assert row.date == "2000-01-01"  # D1/ 1'00
    assert [(x.target, x.amount) for x in row.lines] == [("[An Account]", -900),
                                                         ("A Category", -100)]
    assert preview.missing_accounts == [("An Account", "bank")]
    result = commit_import(book, preview, create_missing=True)
    from sqlalchemy import select

    from app.store.models import ImportLink

    with book.read() as session:
        ids = session.scalars(select(ImportLink.transaction_id)
                              .where(ImportLink.batch_id == result.batch_id)).all()
    views = [get_transaction(book, i) for i in ids]
    mine = next(v for v in views if v.account == "Banco")
    assert [line.target for line in mine.lines] == ["[An Account]", "A Category"]
    mirror = next(v for v in views if v.account == "An Account")
    assert mirror.amount == 900 and mirror.lines[0].counterpart_id == mine.lines[0].id


def test_quiffen_split_dates_classes_and_skipped_sections(sqlite_book: Book) -> None:
    account = add_account(sqlite_book, "Banco")
    preview = preview_file(sqlite_book, SAMPLES / "quiffen/test.qif", account.id)
    by_payee = {r.payee: r for r in preview.rows}
    mobile = by_payee["T-Mobile"]
    assert [(x.target, x.amount) for x in mobile.lines] == [("Bills:Cell Phone", -1500),
                                                            ("Bills:Cell Phone", 8250)]
    amazon = by_payee["Amazon.com"]
    assert len(amazon.lines) == 4
    assert any("a date inside a split line" in w for w in amazon.warnings)
    assert [(s.what, s.count) for s in preview.skipped] == [
        ("!Type:Invst", 1), ("!Type:Security", 3), ("!Type:Security", 1)]
    assert any("classes" in note for note in preview.notes)


def test_web_qif_three_digit_years_with_text_glued_on(sqlite_book: Book) -> None:
    account = add_account(sqlite_book, "Banco")
    preview = preview_file(sqlite_book, SAMPLES / "gnucash/web.qif", account.id)
    assert [r.date for r in preview.rows][:2] == ["1999-03-25", "1999-03-24"]
    assert "text after the date is ignored" in preview.rows[0].warnings[0]
    assert preview.rows[1].memo == "TGI FRIDAYS #1859      SCOTTSDALE   AZUS"  # padding gone


def test_ms_money_opening_balance_and_transfers(sqlite_book: Book) -> None:
    account = add_account(sqlite_book, "Banco")
    preview = preview_file(sqlite_book, SAMPLES / "gnucash/ms-money.qif", account.id)
    opening = preview.rows[0]
    assert opening.opening and opening.amount == 470657
    assert ("Cathy Bank", "bank") in preview.missing_accounts
    void = next(r for r in preview.rows if r.payee == "Void")
    assert void.amount == 0
    commit_import(sqlite_book, preview, create_missing=True)
    banco = next(a for a in list_accounts(sqlite_book) if a.name == "Banco")
    assert banco.opening_cents == 470657
    assert banco.transactions == 346


def test_ofx_name_memo_fitid_and_dates(sqlite_book: Book) -> None:
    account = add_account(sqlite_book, "Banco")
    cibc = preview_file(sqlite_book, SAMPLES / "gnucash/cibc_checking.qfx", account.id)
    first = cibc.rows[0]
    assert first.date == "2001-03-12"  # as written in the file, not moved to UTC
    assert first.fitid == "2001030900211302"
    assert "9TH & VICTORIA" in cibc.rows[1].payee  # the unescaped & survives
    loan = cibc.rows[4]
    assert (loan.payee, loan.memo) == ("STUDNT LOA",
                                       "PREAUTHORIZED DEBIT;STUDENT LOANS;Electronic Funds "
                                       "Transfer")
    checking = preview_file(sqlite_book, SAMPLES / "ofxparse/checking.ofx", account.id)
    assert checking.rows[0].payee.startswith("DIVIDEND EARNED FOR PERIOD OF 03/01/2011")
    assert checking.rows[0].memo == ""  # the NAME cut at 32 characters is not repeated
    assert checking.rows[2].reference == "319"
    missing = preview_file(sqlite_book, SAMPLES / "ofxparse/date_missing.ofx", account.id)
    assert [r.reason for r in missing.rows] == [
        "line 33: the transaction has no date (DTPOSTED is missing)",
        "line 40: the transaction has no date (DTPOSTED is empty)",
        "line 48: the date '20120231' is not a calendar date"]


def test_csv_oddities(sqlite_book: Book) -> None:
    account = add_account(sqlite_book, "Banco")
    french = preview_file(sqlite_book, SAMPLES / "hledger/sample.fr.cp1252.csv", account.id)
    assert french.encoding == "windows-1252"
    assert [r.payee for r in french.rows] == ["DÉPÔT", "VIREMENT VERS ÉPARGNE",
                                              "CAFÉ — €20 REÇU"]
    kmy = preview_file(sqlite_book, SAMPLES / "kmymoney/SampleBankAccount.csv", account.id)
    assert next(r.date for r in kmy.rows) == "2009-11-04"
    assert kmy.rows[0].amount == -1875
    mint = preview_file(sqlite_book, SAMPLES / "beancount-import/mint.csv", account.id)
    assert "<" not in mint.rows[0].memo and "&lt;" not in mint.rows[0].memo
    assert mint.rows[-2].amount == 6688  # credit, unsigned in the file
    monefy = preview_file(sqlite_book, SAMPLES / "hledger/monefy.csv", account.id)
    assert monefy.rows[2].amount == 128080  # "1,280.8"
    assert monefy.rows[-1].status == "duplicate"
    assert "other side of the transfer on line 8" in monefy.rows[-1].reason


def test_take_the_splits_sum_or_reject(sqlite_book: Book, tmp_path: Path) -> None:
    source = tmp_path / "bad.qif"
    source.write_text("!Type:Bank\nD01/05/2026\nT-100.00\nPShop\nSA\n$-60.00\nSB\n$-30.00\n^\n")
    account = add_account(sqlite_book, "Banco")
    rejected = preview_file(sqlite_book, source, account.id)
    assert rejected.rows[0].status == "invalid"
    assert "the splits add up to -90.00, not the total -100.00" in rejected.rows[0].reason
    taken = preview_file(sqlite_book, source, account.id,
                         options=ImportOptions(split_mismatch="take-splits"))
    assert taken.rows[0].status == "new" and taken.rows[0].amount == -9000
