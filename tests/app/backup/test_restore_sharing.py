"""Restore under Windows' rule for open files (tests/sharing.py): a file any process has
open cannot be moved, replaced or removed.

Cuentas' own process must hold no handle on the book when it swaps it (restore, the
upgrade's put-back, recovery), and a book another program holds is refused cleanly:
after a moment of retrying, one plain message, exit 1, the book and its files exactly
as they were, no crash marker, no temporary left.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import faults
from app.backup import backup_book
from app.backup import restore as restore_module
from app.backup.restore import BookInUse, restore_backup
from app.cli import main
from app.store import outfiles
from app.store.marker import marker_path, read_marker
from app.upgrade import upgrade_book
from tests.books import content, make_legacy
from tests.sharing import book_files, held_open, install


@pytest.fixture(autouse=True)
def _no_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faults.ENV, raising=False)
    faults.reset()


@pytest.fixture(params=[False, True], ids=["posix-swap", "windows-swap"])
def windows(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """The swap as it runs on POSIX (a hard link keeps the book's name) or on Windows
    (the book itself moves aside first)."""
    monkeypatch.setattr(restore_module, "WINDOWS", request.param)
    return bool(request.param)


def upgraded_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A book upgraded to HEAD (a WAL book with its -wal and -shm), and its pre-upgrade
    backup (the legacy book)."""
    book = make_legacy(tmp_path / "shop.cuentas", n=400)
    result = upgrade_book(str(book))
    assert result.backup is not None
    return book, result.backup.path


def crashed_writer(book: Path) -> None:
    """A writer killed after a commit: its -wal and -shm stay beside the book."""
    writer = ("import os, signal, sqlite3, sys\n"
              "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "c.execute(\"INSERT INTO accounts (name, kind) VALUES ('Nueva', 'bank')\")\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    died = subprocess.run([sys.executable, "-c", writer, str(book)], check=False)
    assert died.returncode == -signal.SIGKILL


def unchanged_files(book: Path) -> dict[str, bytes]:
    """The book's folder without the lock files (their content is who holds them); a
    -shm only by its name (SQLite's scratch index of the WAL, which every reader
    writes — the restore's own looks too)."""
    return {name: b"" if name.endswith("-shm") else data
            for name, data in book_files(book).items()
            if not name.endswith((".lock", ".write-lock"))}


def test_a_restore_lets_go_of_every_handle_before_the_swap(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows: bool) -> None:
    book, backup = upgraded_with_backup(tmp_path)
    seen = install(monkeypatch)
    result = restore_backup(str(book), backup)
    assert seen.refused == []  # nothing of this process was open on the book's files
    assert content(book) == content(backup) and result.state == "unversioned-legacy"
    assert read_marker(str(book)) is None
    assert not [n for n in unchanged_files(book) if ".replaced-" in n or n.endswith(".tmp")]


@pytest.mark.parametrize("how", ["file", "sqlite"])
def test_a_book_another_program_holds_open_is_refused_and_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        how: str) -> None:
    """An antivirus reading the file, or a program reading it through SQLite (its -wal
    and -shm open too): `cuentas restore` retries for about 2 s, then exit 1 with one
    line; every file of the book is as it was."""
    monkeypatch.setattr(restore_module, "WINDOWS", True)
    book, backup = upgraded_with_backup(tmp_path)
    seen = install(monkeypatch)
    with held_open(book, how) as pid:
        before = unchanged_files(book)
        started = time.monotonic()
        code = main(["--db", str(book), "restore", str(backup), "--yes"])
        waited = time.monotonic() - started
        _out, err = capsys.readouterr()
        assert code == 1, err
        [line] = err.strip().splitlines()
        assert line.startswith(f"cuentas: in-use: the book {book} is open in another program (")
        assert line.endswith("close it and try again") and "being used" in line
        assert waited >= outfiles.RETRY_SECONDS
        assert unchanged_files(book) == before
        assert any(pid in held for _what, _path, held in seen.refused)
    assert not marker_path(str(book)).exists()
    # Closed there: the same restore goes through.
    assert main(["--db", str(book), "restore", str(backup), "--yes"]) == 0
    assert content(book) == content(backup)


def test_a_refused_restore_latest_leaves_no_backup_to_be_taken_for_the_latest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`restore --latest` refused because a program has the book open: its safety
    backup (a copy of the unchanged book) goes too, so trying again once the program
    is closed restores the backup asked for, not that copy (seen under Wine)."""
    monkeypatch.setattr(restore_module, "WINDOWS", True)
    monkeypatch.setattr(outfiles, "RETRY_SECONDS", 0.3)
    book, backup = upgraded_with_backup(tmp_path)
    backups = sorted(p.name for p in backup.parent.iterdir())
    install(monkeypatch)
    with held_open(book, "sqlite"):
        assert main(["--db", str(book), "restore", "--latest", "--yes"]) == 1
    assert "open in another program" in capsys.readouterr().err
    assert sorted(p.name for p in backup.parent.iterdir()) == backups
    assert main(["--db", str(book), "restore", "--latest", "--yes"]) == 0
    assert f"Restored {backup.name}" in capsys.readouterr().out
    assert content(book) == content(backup)


def test_a_copy_held_by_a_scanner_puts_everything_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy about to take the book's place is held (a virus scanner looking at the
    new file): the book, its -wal and -shm, already moved aside, go back where they
    were; the copy is left for a later cleanup."""
    monkeypatch.setattr(restore_module, "WINDOWS", True)
    monkeypatch.setattr(outfiles, "RETRY_SECONDS", 0.3)
    book, backup = upgraded_with_backup(tmp_path)
    crashed_writer(book)  # its -wal holds a change not yet in the book's file
    before = unchanged_files(book)
    assert {"shop.cuentas-wal", "shop.cuentas-shm"} <= set(before)
    scanners = []
    real_point = faults.point

    def scan(name: str, *, path: Path | None = None) -> None:
        if name == "restore.copied" and path is not None:
            scanner = held_open(path)
            scanner.__enter__()
            scanners.append(scanner)
        real_point(name, path=path)

    monkeypatch.setattr(restore_module.faults, "point", scan)
    seen = install(monkeypatch)
    try:
        with pytest.raises(BookInUse):
            restore_backup(str(book), backup)
    finally:
        for scanner in scanners:
            scanner.__exit__(None, None, None)
    assert [what for what, _p, _h in seen.refused][:1] == ["replace"]
    after = unchanged_files(book)
    left = [n for n in after if n not in before]
    assert {n: after[n] for n in before} == before  # the book's files, byte for byte
    assert all(n.startswith(".shop.cuentas.restore.") for n in left), left
    assert not marker_path(str(book)).exists()


def test_the_upgrades_put_back_holds_no_handle(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               windows: bool) -> None:
    """An upgraded file that fails its integrity check is swapped for the verified
    backup: this process must have let go of the book by then."""
    import app.upgrade as upgrade
    from app.upgrade import UpgradeFailed

    book = make_legacy(tmp_path / "shop.cuentas", n=300)
    original = content(book)
    monkeypatch.setattr(upgrade, "quick_check_file", lambda path: ["page 7: damaged"])
    seen = install(monkeypatch)
    with pytest.raises(UpgradeFailed) as failed:
        upgrade_book(str(book))
    assert failed.value.restored and seen.refused == []
    assert content(book) == original and read_marker(str(book)) is None


def test_an_interrupted_restore_waits_for_the_book_then_finishes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Recovery completes a restore cut short; while a program holds the book it says
    `locked` and keeps the marker, and once it is closed the restore is finished."""
    from app.upgrade.recovery import settle_then_inspect
    from tests.books import cuentas

    monkeypatch.setattr(restore_module, "WINDOWS", True)
    monkeypatch.setattr(outfiles, "RETRY_SECONDS", 0.3)
    book, backup = upgraded_with_backup(tmp_path)
    died = cuentas("--db", str(book), "restore", str(backup), "--yes",
                   fault="restore.copied:kill")
    assert died.returncode < 0 and read_marker(str(book)) is not None
    install(monkeypatch)
    with held_open(book):
        state = settle_then_inspect(str(book))
        assert state.state == "locked" and "open in another program" in state.message
        assert read_marker(str(book)) is not None
    state = settle_then_inspect(str(book))
    assert state.state == "unversioned-legacy" and read_marker(str(book)) is None
    assert content(book) == content(backup)


def test_backups_of_a_held_book_are_still_made(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a book another program has open is allowed everywhere: a backup goes on."""
    book = make_legacy(tmp_path / "shop.cuentas", n=100)
    seen = install(monkeypatch)
    with held_open(book, "sqlite"):
        info = backup_book(str(book), "manual")
    assert info.verified and seen.refused == []


def test_an_upgrades_put_back_that_must_wait_leaves_its_marker_for_next_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The upgraded file fails its check and a program opens the book at that moment:
    the verified backup cannot be swapped in yet. The upgrade says so, the crash marker
    stays (a restore still to do), and the next look at the book finishes it."""
    import app.upgrade as upgrade
    from app.upgrade import UpgradeFailed
    from app.upgrade.recovery import settle_then_inspect

    monkeypatch.setattr(restore_module, "WINDOWS", True)
    monkeypatch.setattr(outfiles, "RETRY_SECONDS", 0.3)
    book = make_legacy(tmp_path / "shop.cuentas", n=300)
    original = content(book)
    holders_started = []

    def damaged_and_held(path: Path) -> list[str]:
        holder = held_open(book)
        holder.__enter__()
        holders_started.append(holder)
        return ["page 7: damaged"]

    monkeypatch.setattr(upgrade, "quick_check_file", damaged_and_held)
    install(monkeypatch)
    try:
        with pytest.raises(UpgradeFailed) as failed:
            upgrade_book(str(book))
        assert "could not be put back" in str(failed.value) and not failed.value.restored
        marker = read_marker(str(book))
        assert marker is not None and marker["operation"] == "restore"
        assert settle_then_inspect(str(book)).state == "locked"  # still held
    finally:
        for holder in holders_started:
            holder.__exit__(None, None, None)
    state = settle_then_inspect(str(book))
    assert state.recovered_kind == "restored" and read_marker(str(book)) is None
    assert content(book) == original
