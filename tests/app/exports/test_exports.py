"""`export_book`: written the way every output file is (never over the book, a folder
or an existing file without force), and only in the formats it knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import BadInput
from app.exports import export_book
from app.store.book import Book


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
