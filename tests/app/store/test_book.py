"""Suspending a book lets go of every connection of this process until it resumes: a
restore replaces the file meanwhile, and Windows refuses to replace a file that is open."""

from __future__ import annotations

import os
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import BookStateError
from app.store.book import Book, open_book
from app.store.create import create_book
from tests.sharing import holders


@pytest.fixture
def book(tmp_path: Path) -> Book:
    location = tmp_path / "shop.cuentas"
    create_book(str(location), currency="MXN")
    opened = open_book(str(location))
    with opened.read() as session:
        session.execute(text("SELECT count(*) FROM accounts")).one()
    return opened


def ours(book: Book) -> bool:
    return os.getpid() in holders(book.location)


def test_a_suspended_book_holds_nothing_and_opens_nothing_until_resumed(book: Book) -> None:
    assert ours(book)
    book.suspend()
    assert not ours(book) and book.suspended and book.wait_suspended(0.1)
    for attempt in (book.read, book.engine.connect):
        with pytest.raises(BookStateError) as refused, attempt() as conn:
            conn.execute(text("SELECT 1"))
        assert refused.value.state == "suspended" and "restored" in str(refused.value)
    assert not ours(book)
    book.suspend()  # again: nothing more to do
    book.resume()
    with book.read() as session:
        assert session.execute(text("SELECT count(*) FROM accounts")).scalar() == 0
    assert ours(book)
    book.close()
    assert not ours(book)


def test_a_connection_in_use_on_another_thread_is_waited_for(book: Book) -> None:
    started, release = threading.Event(), threading.Event()

    def query() -> None:
        with book.read() as session:
            session.execute(text("SELECT count(*) FROM accounts")).one()
            started.set()
            release.wait(10)

    worker = threading.Thread(target=query)
    worker.start()
    assert started.wait(10)
    book.suspend()
    assert ours(book)  # still in use over there
    assert not book.wait_suspended(0.2)
    threading.Timer(0.3, release.set).start()
    began = time.monotonic()
    assert book.wait_suspended(5)
    assert 0.2 < time.monotonic() - began < 5
    worker.join()
    assert not ours(book)


def test_the_search_index_stops_at_its_next_step_when_the_book_is_suspended(
        tmp_path: Path) -> None:
    from app.ledger import search_index
    from app.store.demo import write_current

    location = tmp_path / "big.cuentas"
    write_current(str(location), 1500, 3, end=date(2026, 3, 1))
    book = open_book(str(location))
    steps: list[int] = []
    result: list[bool] = []

    def progress(_step: str, _detail: str, done: int, _total: int) -> None:
        steps.append(done)
        if len(steps) == 2:
            book.suspend()

    worker = threading.Thread(
        target=lambda: result.append(search_index.build(book, progress, chunk=50)))
    worker.start()
    worker.join(30)
    assert result == [False] and len(steps) == 2  # stopped at the step after the suspend
    assert book.wait_suspended(5) and not ours(book)
    book.resume()
    assert search_index.build(book)  # and carries on where it stopped
    book.close()


def test_a_book_on_a_file_system_without_file_numbers_is_not_compared(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import book as book_module

    location = tmp_path / "shop.cuentas"
    create_book(str(location), currency="MXN")
    opened = open_book(str(location))
    assert opened.file_id is not None and opened.file_id[1] != 0
    opened.close()
    monkeypatch.setattr(book_module, "file_id", lambda where: (7, 0))
    unnumbered = open_book(str(location))
    assert unnumbered.file_id is None  # st_ino 0 would make every file look the same
    unnumbered.close()
