"""An open book owns its session lock: closing it lets go of both."""

from __future__ import annotations

import pytest

from app.errors import BookStateError
from app.ledger.accounts import add_account, list_accounts
from app.store.lock import BookLock, BookLocked, holder
from app.store.opened import OpenBook
from tests.books import held_by_another_process


def test_an_open_book_holds_its_session_lock_until_closed(make_book, sqlite_location) -> None:
    make_book(sqlite_location).close()
    opened = OpenBook.open(sqlite_location)
    assert holder(sqlite_location).purpose == "session"
    add_account(opened.book, "Banco")
    assert opened.location == sqlite_location and not opened.closed
    opened.close()
    assert opened.closed and holder(sqlite_location) is None
    opened.close()  # again: nothing happens
    with OpenBook.open(sqlite_location) as again:  # the lock was really given back
        assert [a.name for a in list_accounts(again.book)] == ["Banco"]
    assert holder(sqlite_location) is None


def test_a_book_that_does_not_open_keeps_no_lock(tmp_path) -> None:
    missing = str(tmp_path / "nope.cuentas")
    (tmp_path / "nope.cuentas").write_bytes(b"not a book" * 100)
    with pytest.raises(BookStateError):
        OpenBook.open(missing)
    assert holder(missing) is None


def test_a_book_another_program_holds_is_refused(make_book, sqlite_location) -> None:
    make_book(sqlite_location).close()
    with held_by_another_process(sqlite_location, "upgrade") as pid:
        with pytest.raises(BookLocked) as refused:
            OpenBook.open(sqlite_location)
        assert refused.value.holder is not None and refused.value.holder.pid == pid


def test_the_wizard_inside_an_open_book_gives_the_session_back(make_book, sqlite_location) -> None:
    make_book(sqlite_location).close()
    with OpenBook.open(sqlite_location):
        with BookLock.acquire(sqlite_location, "upgrade"):  # this same process may
            assert holder(sqlite_location).purpose == "upgrade"
        assert holder(sqlite_location).purpose == "session"
    assert holder(sqlite_location) is None
