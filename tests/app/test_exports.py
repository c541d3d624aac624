"""Exports: QIF and CSV read back to the same books; the ledger journal has the same
category totals to the cent (checked by reading it here, and by hledger and ledger
when they are installed)."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import BadInput
from app.exports import export_book, export_text
from app.exports.ledger import category_name
from app.imports import preview_file
from app.imports.commit import commit_import
from app.ledger.accounts import add_account, list_accounts
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.reports import Period
from app.reports.categories import category_totals
from app.store.book import Book, open_book
from app.store.create import create_book
from app.store.demo import write_current


@pytest.fixture
def demo(location: str) -> Book:
    write_current(location, 400, 11, end=date(2026, 3, 31))
    book = open_book(location)
    yield book
    book.close()


def balances(book: Book) -> dict[str, int]:
    return {a.name: a.balance_cents for a in list_accounts(book)}


def totals(book: Book) -> dict[str, int]:
    return {r.category: r.amount for r in category_totals(book, Period.checked(None, None))}


def fresh(tmp_path: Path, name: str = "copy.cuentas") -> Book:
    create_book(str(tmp_path / name), currency="MXN", tax_preset="mx")
    return open_book(str(tmp_path / name))


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


def test_export_refuses_the_book_folders_and_existing_files(book: Book,
                                                            tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="--out"):
        export_book(book, "qif", book.location)
    with pytest.raises(BadInput, match="folder"):
        export_book(book, "qif", tmp_path)
    target = tmp_path / "x.qif"
    target.write_text("old")
    with pytest.raises(BadInput, match="--force"):
        export_book(book, "qif", target)
    export_book(book, "qif", target, force=True)
    assert target.read_text().startswith("!Type:Cat")
    with pytest.raises(BadInput, match="--format"):
        export_book(book, "pdf", tmp_path / "y")


def _journal_sums(text: str) -> dict[str, Decimal]:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    posting = re.compile(r"^    (\S.*?)  (-?\d+\.\d{2}) MXN")
    for line in text.splitlines():
        match = posting.match(line)
        if match:
            sums[match.group(1)] += Decimal(match.group(2))
    return sums


def test_the_ledger_journal_has_the_same_category_totals(demo: Book, tmp_path: Path) -> None:
    save_transaction(demo, TransactionInput(1, "2026-03-31", -1000, payee="(raro)  payee",
                                            reference="A)1", memo="línea\nnueva",
                                            lines=(LineInput(-1000, memo="sin\tcategoría"),)))
    text = export_text(demo, "ledger")
    sums = _journal_sums(text)
    kinds = {c.full_name: c.kind for c in _categories(demo)}
    for row in category_totals(demo, Period.checked(None, None)):
        assert sums[category_name(row.category, kinds.get(row.category, ""))] == \
            -Decimal(row.amount) / 100, row.category
    for account in list_accounts(demo):
        root = "Liabilities" if account.kind == "credit_card" else "Assets"
        assert sums[f"{root}:{account.name}"] == Decimal(account.balance_cents) / 100
    assert sum(sums.values()) == 0
    journal = tmp_path / "book.journal"
    journal.write_text(text, encoding="utf-8")
    for tool in ("hledger", "ledger"):
        if shutil.which(tool) is None:
            continue
        args = [tool, "-f", str(journal), "bal", "--flat", "--no-total"]
        if tool == "hledger":
            args += ["-O", "csv"]
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        if tool == "hledger":
            got = {r[0]: Decimal(r[1].split()[0]) for r in csv.reader(io.StringIO(out))
                   if r and r[0] != "account"}
        else:
            got = {m.group(2): Decimal(m.group(1)) for m in re.finditer(
                r"^\s*(-?[\d,]*\d\.\d{2}) MXN\s+(.+)$", out.replace(",", ""), re.M)}
        assert {k: v for k, v in got.items() if v} == {k: v for k, v in sums.items() if v}, tool


def _categories(book: Book):  # type: ignore[no-untyped-def]
    from app.ledger.categories import list_categories

    return list_categories(book)
