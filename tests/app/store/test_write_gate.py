"""No acknowledged write is ever discarded (issue 11, item 2).

Every write holds the book's shared write lock; restore, upgrade and recovery hold it
exclusively. Real processes throughout: the command line as a subprocess, the other
program holding the lock as a subprocess, the desktop app's write path as the service
functions it calls (through `Book.write`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.backup import backup_book
from app.backup.restore import BookInUse, restore_backup
from app.errors import BookStateError
from app.ledger.accounts import add_account, list_accounts
from app.store import lock
from app.store.book import open_book
from app.store.create import create_book
from app.store.lock import BookLock, BookLocked, gate_path, lock_path
from tests.books import CLI, ROOT, cuentas, held_by_another_process, wait_until


def _shop(tmp_path: Path) -> str:
    """A current book with one account and a manual backup of it (without LOSTWRITE)."""
    where = str(tmp_path / "B.cuentas")
    create_book(where, currency="MXN", tax_preset="mx", name="Tienda")
    book = open_book(where)
    add_account(book, "Bank")
    book.close()
    backup_book(where, "manual")
    return where


def _payees(where: str) -> list[str]:
    result = cuentas("--db", where, "list", "--format", "csv")
    assert result.returncode == 0, result.stderr
    return [line.split(",")[3] for line in result.stdout.splitlines()[1:]]


ADD = ["add", "--account", "Bank", "--date", "2026-01-05", "--payee", "LOSTWRITE",
       "--amount", "-10.00", "--split", "=-10.00"]


def _popen(*args: str, fault: str | None = None) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.pop("CUENTAS_TEST_FAULT", None)
    if fault:
        env["CUENTAS_TEST_FAULT"] = fault
    return subprocess.Popen([*CLI, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


# --- the reproduction of the issue, as a regression test --------------------------------


#: `cuentas ARGS` in a process that has done its imports and waits for a line on stdin,
#: so the command starts at a moment the test chooses (a cold start takes ~1 s here).
WARM = """
import sys
from app.cli import main
import app.cli.ledger_cmds, app.ledger.transactions, app.store.book, app.store.lock
print("ready", flush=True)
sys.stdin.readline()
raise SystemExit(main(sys.argv[1:]))
"""


def _warm(*args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", WARM, *args], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.parametrize("offset", [0.0, 0.5, 1.0])
def test_an_add_during_a_restore_is_kept_or_refused_never_acknowledged_and_lost(
        tmp_path: Path, offset: float) -> None:
    """`restore --latest` held open after copying (fault hook); an `add` meanwhile.
    Before: the add exited 0 ("Added transaction 1") and the transaction was in neither
    the book nor any backup. Now it waits for the restore and lands in the restored
    book (or, were the restore to take longer than the wait, is refused: exit 1)."""
    where = _shop(tmp_path)
    adding = _warm("--db", where, *ADD)
    restore = _popen("--db", where, "restore", "--latest", "--yes",
                     fault="restore.copied:sleep=1.5")
    try:
        # the backup is copied beside the book: the restore is in its window now
        wait_until(lambda: any(tmp_path.glob(".B.cuentas.restore.*.tmp")), timeout=30)
        time.sleep(offset)
        added_out, added_err = adding.communicate("go\n", timeout=60)
        out, err = restore.communicate(timeout=60)
    finally:
        for proc in (adding, restore):
            proc.kill()
            proc.wait()
    assert restore.returncode == 0, err
    assert "Restored" in out
    backups = list((tmp_path / "home").rglob("*.cuentas"))
    assert len(backups) == 2  # the manual backup and the restore's safety backup
    if adding.returncode == 0:
        assert "Added transaction" in added_out
        assert "LOSTWRITE" in _payees(where), "acknowledged, then discarded by the restore"
    else:
        assert adding.returncode == 1
        [line] = added_err.splitlines()
        assert "locked" in line and "is restoring it" in line and "nothing was written" in line
        assert "LOSTWRITE" not in _payees(where)
    assert not gate_path(where).exists() and not lock_path(where).exists()


def test_a_restore_waits_for_a_write_in_progress(tmp_path: Path) -> None:
    """A writer (another process) holds the book: the restore waits for it, so the
    write is in the safety backup the restore takes first."""
    where = _shop(tmp_path)
    code = ("import sys, time\nfrom app.store.lock import BookLock\n"
            "from app.store.book import open_book\nfrom app.ledger.accounts import add_account\n"
            "with BookLock.acquire(sys.argv[1], 'write'):\n"
            "    print('held', flush=True)\n    time.sleep(1.0)\n"
            "    book = open_book(sys.argv[1])\n    add_account(book, 'LATE')\n    book.close()\n")
    with subprocess.Popen([sys.executable, "-c", code, where], cwd=ROOT, text=True,
                          stdout=subprocess.PIPE) as writer:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "held"
        started = time.monotonic()
        result = cuentas("--db", where, "restore", "--latest", "--yes")
        waited = time.monotonic() - started
        assert writer.wait(timeout=30) == 0
    assert result.returncode == 0, result.stderr
    assert waited > 0.5  # it waited for the write
    safety = result.stdout.split("kept in the backup ")[1].split(".cuentas")[0] + ".cuentas"
    book = open_book(safety)
    try:
        assert "LATE" in [a.name for a in list_accounts(book)]  # kept, in the safety backup
    finally:
        book.close()


def test_a_restore_refuses_when_writes_go_on_too_long(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = _shop(tmp_path)
    monkeypatch.setattr(lock, "WRITE_WAIT", 0.5)
    info = backup_book(where, "manual")
    before = Path(where).read_bytes()
    with held_by_another_process(where, "write") as pid:
        with pytest.raises(BookLocked) as caught:
            restore_backup(where, info.path)
    message = str(caught.value)
    # Only Linux names a shared lock's holder (/proc/locks); elsewhere "another program".
    if sys.platform.startswith("linux"):
        assert "is writing to it" in message and f"process {pid}" in message
    else:
        assert "another program holds it" in message and f"process {pid}" not in message
    assert "waited" in message and "nothing was changed" in message
    assert Path(where).read_bytes() == before
    assert not lock_path(where).exists()  # the restore let go of everything


# --- the shared lock stays shared -----------------------------------------------------


def test_concurrent_adds_all_succeed(tmp_path: Path) -> None:
    where = _shop(tmp_path)
    procs = [_popen("--db", where, "add", "--account", "Bank", "--date", "2026-02-01",
                    "--payee", f"P{n}", "--amount", "-1.00", "--split", "=-1.00")
             for n in range(4)]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "Added transaction" in out
    assert sorted(_payees(where)) == ["P0", "P1", "P2", "P3"]
    assert not gate_path(where).exists()


def test_the_desktop_apps_session_does_not_block_a_command_line_add(tmp_path: Path) -> None:
    where = _shop(tmp_path)
    with held_by_another_process(where, "session"):
        added = cuentas("--db", where, *ADD)
        assert added.returncode == 0, added.stderr
    assert "LOSTWRITE" in _payees(where)


def test_a_write_waits_for_a_restore_then_writes_into_the_finished_book(
        tmp_path: Path) -> None:
    """A desktop-style service write (`add_account` through `Book.write`) while another
    process holds the book for `restore`: it waits, and writes once it is let go."""
    where = _shop(tmp_path)
    book = open_book(where)
    try:
        with held_by_another_process(where, "restore") as _pid:
            done = threading.Event()

            def write() -> None:
                add_account(book, "Caja", "cash")
                done.set()

            writer = threading.Thread(target=write)
            writer.start()
            assert not done.wait(0.5)  # waiting for the restore
        writer.join(10)
        assert done.is_set()
        assert "Caja" in [a.name for a in list_accounts(book)]
    finally:
        book.close()


def test_a_write_refused_after_waiting_names_the_restore(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = _shop(tmp_path)
    monkeypatch.setattr(lock, "WRITE_WAIT", 0.4)
    book = open_book(where)
    try:
        with held_by_another_process(where, "restore") as pid:
            with pytest.raises(BookLocked) as caught:
                add_account(book, "Caja", "cash")
            message = str(caught.value)
            assert f"process {pid}" in message and "is restoring it" in message
            assert "nothing was written" in message
        assert "Caja" not in [a.name for a in list_accounts(book)]
    finally:
        book.close()


def test_a_command_line_add_waits_while_another_process_holds_the_book_for_restore(
        tmp_path: Path) -> None:
    """The command line waits (up to `WRITE_WAIT`) and adds as soon as it is let go."""
    where = _shop(tmp_path)
    with held_by_another_process(where, "restore") as _pid:
        adding = _popen("--db", where, *ADD)
        time.sleep(0.8)
        assert adding.poll() is None  # waiting
    _out, err = adding.communicate(timeout=60)
    assert adding.returncode == 0, err
    assert "LOSTWRITE" in _payees(where)


# --- defence in depth: never into a replaced file --------------------------------------


def test_a_book_opened_before_a_restore_never_writes_into_the_old_file(tmp_path: Path) -> None:
    """POSIX replaces the file under the open book, whose next write must refuse.
    Windows refuses to replace a file that is open (SQLite opens it without
    FILE_SHARE_DELETE): the restore is refused, nothing changed, and writes go on."""
    where = _shop(tmp_path)
    info = backup_book(where, "manual")
    book = open_book(where)  # a long-lived program (a script, a window) has it open
    try:
        add_account(book, "Before")
        if os.name == "nt":
            with pytest.raises(BookInUse, match="open in another program"):
                restore_backup(where, info.path)
            add_account(book, "AfterRefusal")
            names = [a.name for a in list_accounts(book)]
            assert "Before" in names and "AfterRefusal" in names
            return
        restore_backup(where, info.path)  # replaces the file under it
        with pytest.raises(BookStateError) as caught:
            add_account(book, "AfterRestore")
        assert caught.value.state == "replaced"
        assert "nothing was written" in str(caught.value) and "open the book again" in str(
            caught.value)
    finally:
        book.close()
    reopened = open_book(where)
    try:
        names = [a.name for a in list_accounts(reopened)]
        assert "Before" not in names and "AfterRestore" not in names
        add_account(reopened, "AfterReopen")  # the reopened book writes as usual
    finally:
        reopened.close()


def test_the_command_line_add_refuses_a_replaced_file_when_its_book_moved(
        tmp_path: Path) -> None:
    """The check compares the file itself (device and inode), not its name. (Windows
    refuses to rename a book that is open: it cannot be moved from under it there.)"""
    where = _shop(tmp_path)
    book = open_book(where)
    try:
        other = tmp_path / "other.cuentas"
        if os.name == "nt":
            with pytest.raises(PermissionError):
                Path(where).rename(other)
            add_account(book, "Same")
            assert not other.exists()
            return
        Path(where).rename(other)
        Path(other).rename(where)  # same file again: writes go on
        add_account(book, "Same")
        Path(where).rename(other)
        with pytest.raises(BookStateError) as caught:  # the book is gone from its name
            add_account(book, "Gone")
        assert caught.value.state == "replaced"
    finally:
        book.close()


# --- re-entrant within one process ------------------------------------------------------


def test_the_thread_that_restores_may_write_and_a_writer_may_take_it_exclusively(
        tmp_path: Path) -> None:
    where = _shop(tmp_path)
    book = open_book(where)
    try:
        with BookLock.acquire(where, "restore", wait=0.2, write_wait=0.2):
            add_account(book, "Inside")  # no deadlock on itself
        with BookLock.acquire(where, "write", wait=0.2):
            add_account(book, "Writing")
            with BookLock.acquire(where, "recovery", wait=0.2, write_wait=0.2):
                add_account(book, "Recovering")
            add_account(book, "Still")
        assert not gate_path(where).exists() and not lock_path(where).exists()
    finally:
        book.close()


def test_another_thread_waits_for_this_process_restore(tmp_path: Path) -> None:
    where = _shop(tmp_path)
    book = open_book(where)
    order: list[str] = []
    try:
        restoring = BookLock.acquire(where, "restore", wait=0.2)
        writer = threading.Thread(target=lambda: (add_account(book, "Later"),
                                                  order.append("written")))
        writer.start()
        time.sleep(0.4)
        order.append("restore done")
        restoring.release()
        writer.join(10)
        assert order == ["restore done", "written"]
    finally:
        book.close()


def test_a_restore_in_this_process_waits_for_another_threads_write(tmp_path: Path) -> None:
    where = _shop(tmp_path)
    held = threading.Event()
    go = threading.Event()

    def write() -> None:
        with BookLock.acquire(where, "write"):
            held.set()
            go.wait(10)

    writer = threading.Thread(target=write)
    writer.start()
    held.wait(10)
    with pytest.raises(BookLocked) as caught:
        BookLock.acquire(where, "restore", wait=0.2, write_wait=0.3)
    assert "is writing to it" in str(caught.value)
    threading.Timer(0.3, go.set).start()
    with BookLock.acquire(where, "restore", wait=0.2, write_wait=5):
        assert go.is_set()  # only once the writer let go
    writer.join(10)


def test_a_write_lock_on_a_book_that_is_not_there_leaves_no_file(tmp_path: Path) -> None:
    """`add --db typo.cuentas` is refused as `missing` by the open; its write lock
    creates nothing beside the name."""
    missing = str(tmp_path / "missing.cuentas")
    with BookLock.acquire(missing, "write", wait=0.2):
        assert not gate_path(missing).exists()
    result = cuentas("--db", missing, *ADD)
    assert result.returncode == 1 and "missing" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == []


# --- PostgreSQL ------------------------------------------------------------------------


@pytest.mark.postgres
def test_on_postgres_a_write_waits_for_an_exclusive_restore_lock(
        pg_location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    create_book(pg_location, currency="MXN", tax_preset="mx", name="Compartido")
    book = open_book(pg_location)
    try:
        with held_by_another_process(pg_location, "restore") as pid:
            monkeypatch.setattr(lock, "WRITE_WAIT", 0.4)
            with pytest.raises(BookLocked) as caught:
                add_account(book, "Refused")
            assert "is restoring it" in str(caught.value) and str(pid) in str(caught.value)
            monkeypatch.setattr(lock, "WRITE_WAIT", 30.0)
            done = threading.Event()
            writer = threading.Thread(target=lambda: (add_account(book, "Waited"), done.set()))
            writer.start()
            assert not done.wait(0.6)  # waiting for the restore
        writer.join(15)
        assert done.is_set()
        names = [a.name for a in list_accounts(book)]
        assert "Waited" in names and "Refused" not in names
    finally:
        book.close()


@pytest.mark.postgres
def test_on_postgres_an_upgrade_lock_waits_for_writes_then_refuses(pg_location: str) -> None:
    create_book(pg_location, currency="MXN", tax_preset="mx", name="Compartido")
    with held_by_another_process(pg_location, "write") as pid:
        started = time.monotonic()
        with pytest.raises(BookLocked) as caught:
            BookLock.acquire(pg_location, "upgrade", wait=0.2, write_wait=0.8)
        assert time.monotonic() - started >= 0.7  # it waited for the writes
        assert "is writing to it" in str(caught.value) and str(pid) in str(caught.value)
    with BookLock.acquire(pg_location, "upgrade", wait=0.2, write_wait=0.8):
        pass  # free once the writer is gone


@pytest.mark.postgres
def test_on_postgres_a_command_line_add_runs_beside_a_desktop_session(
        pg_location: str) -> None:
    create_book(pg_location, currency="MXN", tax_preset="mx", name="Compartido")
    book = open_book(pg_location)
    add_account(book, "Bank")
    book.close()
    with held_by_another_process(pg_location, "session"):
        added = cuentas("--db", pg_location, *ADD)
        assert added.returncode == 0, added.stderr
    assert "LOSTWRITE" in _payees(pg_location)


@pytest.mark.postgres
def test_on_postgres_a_command_line_add_waits_for_a_restore(pg_location: str) -> None:
    create_book(pg_location, currency="MXN", tax_preset="mx", name="Compartido")
    book = open_book(pg_location)
    add_account(book, "Bank")
    book.close()
    with held_by_another_process(pg_location, "restore"):
        adding = _popen("--db", pg_location, *ADD)
        time.sleep(1.5)
        assert adding.poll() is None  # waiting for the restore
    _out, err = adding.communicate(timeout=60)
    assert adding.returncode == 0, err
    assert "LOSTWRITE" in _payees(pg_location)
