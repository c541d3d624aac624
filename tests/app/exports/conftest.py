"""The demo book the export tests write out (on both backends)."""

from __future__ import annotations

from datetime import date

import pytest

from app.store.book import Book, open_book
from app.store.demo import write_current


@pytest.fixture
def demo(location: str) -> Book:
    write_current(location, 400, 11, end=date(2026, 3, 31))
    book = open_book(location)
    yield book
    book.close()
