"""Exporting a book (or one account): QIF, CSV and a ledger/hledger journal.

One module per format, each a function `write_<format>(book, account_id=None) -> str`:

* `qif` — registers with splits, read back by `app.imports.qif` to the same books;
* `csv` — one row per split line with a `transaction_id`, read back with its splits,
  with formula protection;
* `ledger` — a plain-text journal for ledger and hledger with the same category
  totals to the cent.

`export_book` writes the file the way every output file of Cuentas is written
(`app.store.outfiles`: never over a book, a folder or a device; an existing file only with
`force`; a temporary file renamed into place).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store.book import Book

FORMATS = ("qif", "csv", "ledger")
SUFFIXES = {"qif": ".qif", "csv": ".csv", "ledger": ".journal"}


def writer(fmt: str) -> Callable[[Book, int | None], str]:
    from app.errors import BadInput

    if fmt == "qif":
        from app.exports.qif import write_qif

        return write_qif
    if fmt == "csv":
        from app.exports.csv import write_csv

        return write_csv
    if fmt == "ledger":
        from app.exports.ledger import write_ledger

        return write_ledger
    from app.i18n import tr

    raise BadInput("--format", fmt, tr("is not one of {items}").format(items=", ".join(FORMATS)))


def export_text(book: Book, fmt: str, account_id: int | None = None) -> str:
    return writer(fmt)(book, account_id)


def export_book(book: Book, fmt: str, out: str | Path, *, account_id: int | None = None,
                force: bool = False) -> Path:
    """Write the export to `out` atomically; returns the path written."""
    from app.store.outfiles import check_target, write_file

    make = writer(fmt)
    check_target(out, force=force, book=book.location)
    return write_file(out, make(book, account_id), force=force, book=book.location)
