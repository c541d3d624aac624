"""The ledger journal: the same category totals to the cent, checked by reading it
here and by hledger and ledger when they are installed (skipped, saying so, when not)."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from app.exports import export_text
from app.exports.ledger import category_name
from app.ledger.accounts import list_accounts
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.reports import Period
from app.reports.categories import category_totals
from app.store.book import Book


def _journal_sums(text: str) -> dict[str, Decimal]:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    posting = re.compile(r"^    (\S.*?)  (-?\d+\.\d{2}) MXN")
    for line in text.splitlines():
        match = posting.match(line)
        if match:
            sums[match.group(1)] += Decimal(match.group(2))
    return sums


def _journal(book: Book) -> str:
    """The book's journal, with a transaction whose text could trip a journal parser."""
    save_transaction(book, TransactionInput(1, "2026-03-31", -1000, payee="(raro)  payee",
                                            reference="A)1", memo="línea\nnueva",
                                            lines=(LineInput(-1000, memo="sin\tcategoría"),)))
    return export_text(book, "ledger")


def test_the_ledger_journal_has_the_same_category_totals(demo: Book) -> None:
    sums = _journal_sums(_journal(demo))
    kinds = {c.full_name: c.kind for c in _categories(demo)}
    for row in category_totals(demo, Period.checked(None, None)):
        assert sums[category_name(row.category, kinds.get(row.category, ""))] == \
            -Decimal(row.amount) / 100, row.category
    for account in list_accounts(demo):
        root = "Liabilities" if account.kind == "credit_card" else "Assets"
        assert sums[f"{root}:{account.name}"] == Decimal(account.balance_cents) / 100
    assert sum(sums.values()) == 0


@pytest.mark.parametrize("tool", ["hledger", "ledger"])
def test_hledger_and_ledger_read_the_same_totals(demo: Book, tmp_path: Path, tool: str) -> None:
    """The journal as the plain-text accounting programs read it: every account's
    balance is the one Cuentas summed, to the cent."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed here (apt install {tool}); the journal's "
                    "totals are still checked by test_the_ledger_journal_has_the_same_"
                    "category_totals")
    text = _journal(demo)
    sums = _journal_sums(text)
    journal = tmp_path / "book.journal"
    journal.write_text(text, encoding="utf-8")
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
    assert len(got) > 10
    assert {k: v for k, v in got.items() if v} == {k: v for k, v in sums.items() if v}


def _categories(book: Book):
    from app.ledger.categories import list_categories

    return list_categories(book)
