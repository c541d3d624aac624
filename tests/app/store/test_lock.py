"""Book locks: one holder at a time, stale locks of dead processes taken over, PG advisory."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import BookStateError
from app.store.inspect import inspect_book
from app.store.lock import BookLock, BookLocked, holder, lock_path, other_holder
from tests.books import ROOT, held_by_another_process, make_legacy


def test_acquire_writes_who_holds_it_and_release_removes_it(tmp_path: Path) -> None:
    book = str(make_legacy(tmp_path / "b.cuentas"))
    with BookLock.acquire(book, "session") as lock:
        path = lock_path(book)
        data = json.loads(path.read_text())
        assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
        assert data["purpose"] == "session" and data["started"]
        if os.name == "posix":  # Windows has no owner-only modes (packaging/README.md)
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
        found = holder(book)
        assert found is not None and found.is_this_process
        assert other_holder(book) is None  # this process is not "another" Cuentas
        assert inspect_book(book).state == "unversioned-legacy"
        assert lock.held
    assert not lock_path(book).exists()
    assert holder(book) is None


def test_the_same_process_may_take_it_again_for_another_purpose(tmp_path: Path) -> None:
    """The desktop app holds a session; its upgrade wizard takes `upgrade` inside it."""
    book = str(make_legacy(tmp_path / "b.cuentas"))
    session = BookLock.acquire(book, "session")
    with BookLock.acquire(book, "upgrade"):
        assert json.loads(lock_path(book).read_text())["purpose"] == "upgrade"
    assert json.loads(lock_path(book).read_text())["purpose"] == "session"
    session.release()
    session.release()  # twice is harmless
    assert not lock_path(book).exists()


def test_another_live_process_is_refused_with_its_host_and_pid(tmp_path: Path) -> None:
    book = str(make_legacy(tmp_path / "b.cuentas"))
    with held_by_another_process(book, "upgrade") as pid:
        with pytest.raises(BookLocked) as caught:
            BookLock.acquire(book, "restore", wait=0.2)
        assert caught.value.state == "locked"
        assert caught.value.holder is not None and caught.value.holder.pid == pid
        assert str(pid) in str(caught.value) and socket.gethostname() in str(caught.value)
        state = inspect_book(book)
        assert state.state == "locked" and state.holder is not None
        assert f"process {pid}" in state.message and "is upgrading it" in state.message
    # once it is gone the book is free again
    assert inspect_book(book).state == "unversioned-legacy"


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    book = str(make_legacy(tmp_path / "b.cuentas"))
    # Killed the hard way while holding it: SIGKILL on POSIX, TerminateProcess on Windows.
    code = ("import sys, time\nfrom app.store.lock import BookLock\n"
            "BookLock.acquire(sys.argv[1], 'upgrade')\nprint('held', flush=True)\n"
            "time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", code, book], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    proc.kill()
    proc.wait(10)
    proc.stdout.close()
    if os.name == "posix":
        assert proc.returncode == -signal.SIGKILL
    stale = json.loads(lock_path(book).read_text())  # the file is still there...
    assert stale["purpose"] == "upgrade"
    assert holder(book) is None  # ...but nobody holds it
    assert inspect_book(book).state == "unversioned-legacy"
    with BookLock.acquire(book, "restore"):
        assert json.loads(lock_path(book).read_text())["pid"] == os.getpid()


def test_a_lock_written_on_another_computer_is_respected(tmp_path: Path) -> None:
    """A book on a shared folder: we cannot see whether that process lives."""
    book = str(make_legacy(tmp_path / "b.cuentas"))
    lock_path(book).write_text(json.dumps({
        "pid": 4242, "host": "oficina-pc", "user": "bea", "purpose": "session",
        "started": "2026-03-01T10:00:00Z"}))
    with pytest.raises(BookLocked, match="bea on oficina-pc, process 4242"):
        BookLock.acquire(book, "upgrade", wait=0)
    assert inspect_book(book).state == "locked"


def test_a_folder_that_cannot_be_written_is_a_clear_refusal(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    book = str(make_legacy(tmp_path / "b.cuentas"))
    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(BookStateError, match=r"cannot write its lock file .*permission denied"):
        BookLock.acquire(book, "upgrade")


@pytest.mark.postgres
def test_postgres_uses_advisory_locks(pg_location: str) -> None:
    from app.store.create import create_book

    create_book(pg_location, currency="MXN")
    # sessions share a shared book; an upgrade needs it alone
    with held_by_another_process(pg_location, "session") as pid:
        assert inspect_book(pg_location).state == "current"  # sessions do not lock it
        with pytest.raises(BookLocked) as caught:
            BookLock.acquire(pg_location, "upgrade", wait=0.2)
        assert caught.value.holder is not None and caught.value.holder.pid == pid
        with BookLock.acquire(pg_location, "session"):
            pass
    with held_by_another_process(pg_location, "upgrade") as pid:
        state = inspect_book(pg_location)
        assert state.state == "locked" and f"process {pid}" in state.message
        with pytest.raises(BookLocked):
            BookLock.acquire(pg_location, "session", wait=0.2)
    with BookLock.acquire(pg_location, "session"), BookLock.acquire(pg_location, "upgrade"):
        assert other_holder(pg_location) is None
