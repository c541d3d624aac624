"""CSV export: one row per split line, with the transaction's id on each, so the file
imports back (`app.imports.csv` recognises the header) with its splits.

Columns: `transaction_id,account,date,payee,memo,reference,cleared,amount,category,
line_amount,line_memo`; amounts with `.` and the currency's decimals (`format_plain`),
the category as its full name or `[Account]` for a transfer. Text that a spreadsheet
would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return:
`=HYPERLINK(…)`) is written with a leading `'`, which the importer takes off again.
Opening balances are not rows of this file (the QIF export carries them).
"""

from __future__ import annotations

import csv
import io

from app.exports import rows
from app.money import format_plain
from app.store.book import Book

COLUMNS = ("transaction_id", "account", "date", "payee", "memo", "reference", "cleared",
           "amount", "category", "line_amount", "line_memo")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def protect(text: str) -> str:
    """`text` made safe to open in a spreadsheet (OWASP's CSV injection advice)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(book: Book, account_id: int | None = None) -> str:
    exp = book.info.exp
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for account in rows.accounts(book, account_id):
        for txn in rows.transactions(book, account):
            head = [txn.id, protect(account.name), txn.date, protect(txn.payee),
                    protect(txn.memo), protect(txn.reference), int(txn.cleared),
                    format_plain(txn.amount, exp)]
            for line in txn.lines:
                writer.writerow([*head, protect(line.target), format_plain(line.amount, exp),
                                 protect(line.memo)])
    return buffer.getvalue()
