"""Restore: proven backup first, current book backed up or kept aside, atomic swap."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import faults
from app.backup import BackupError, backup_book, list_backups, verify_backup
from app.backup.restore import restore_backup
from app.cli import main
from app.store.inspect import inspect_book
from app.store.lock import BookLocked
from app.upgrade import upgrade_book
from tests.books import (
    ROOT,
    content,
    damage,
    file_digest,
    fingerprint_of,
    held_by_another_process,
    make_legacy,
    side_files,
)


@pytest.fixture(autouse=True)
def _no_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faults.ENV, raising=False)
    faults.reset()


def test_the_pre_upgrade_backup_brings_the_legacy_book_back(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=2000)
    original = content(book)
    upgraded = upgrade_book(str(book))
    assert upgraded.backup is not None
    upgraded_fp = fingerprint_of(str(book))

    result = restore_backup(str(book), upgraded.backup.path)
    assert content(book) == original  # same schema, same rows: the legacy book again
    assert result.state == "unversioned-legacy" and inspect_book(str(book)).needs_upgrade
    assert "upgrade it" in result.message
    assert stat.S_IMODE(book.stat().st_mode) == 0o600
    assert side_files(book) == []  # the upgraded book's WAL files went aside, then away
    # the upgraded book was backed up before it was replaced
    assert result.safety_backup is not None and result.safety_backup.reason == "pre-restore"
    assert verify_backup(result.safety_backup.path).fingerprint == upgraded_fp
    assert result.kept_aside == ()
    # and the restored book upgrades again like any legacy book
    assert upgrade_book(str(book)).outcome == "upgraded"


def test_a_stale_wal_is_never_applied_to_the_restored_book(tmp_path: Path) -> None:
    """A Cuentas killed while writing leaves `-wal`/`-shm`; they belong to the old file."""
    from app.store.create import create_book

    book = tmp_path / "live.cuentas"
    create_book(str(book), currency="MXN")
    info = backup_book(str(book), "manual")
    writer = ("import os, signal, sqlite3, sys\n"
              "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "c.execute('PRAGMA journal_mode = WAL')\n"
              "c.execute(\"INSERT INTO accounts (name, kind) VALUES ('Nueva', 'bank')\")\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    result = subprocess.run([sys.executable, "-c", writer, str(book)], cwd=ROOT, check=False)
    assert result.returncode == -signal.SIGKILL
    assert {"live.cuentas-wal", "live.cuentas-shm"} <= set(side_files(book))
    restored = restore_backup(str(book), info.path)
    assert content(book) == content(info.path)
    assert restored.state == "current"
    assert restored.safety_backup is not None  # the book with 'Nueva' is kept in a backup
    conn = sqlite3.connect(restored.safety_backup.path)
    assert conn.execute("SELECT count(*) FROM accounts WHERE name = 'Nueva'").fetchone() == (1,)
    conn.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=2000)
    info = backup_book(str(book), "manual")
    damage(info.path)
    digest = file_digest(book)
    with pytest.raises(BackupError, match="checksum differs"):
        restore_backup(str(book), info.path)
    assert file_digest(book) == digest and side_files(book) == []
    assert [b.reason for b in list_backups(str(book))] == ["manual"]  # no pre-restore made


def test_a_damaged_book_is_kept_aside_as_it_is(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=2000)
    info = backup_book(str(book), "manual")
    damage(book)
    damaged = file_digest(book)
    assert inspect_book(str(book)).state == "corrupt"
    result = restore_backup(str(book), info.path)
    assert result.safety_backup is None
    [aside] = result.kept_aside
    assert aside.exists() and file_digest(aside) == damaged  # never deleted, never changed
    assert str(aside) in result.message
    assert content(book) == content(info.path)


def test_a_book_in_use_is_not_restored(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas")
    info = backup_book(str(book), "manual")
    with held_by_another_process(str(book)):
        with pytest.raises(BookLocked):
            restore_backup(str(book), info.path)


def test_restore_latest_by_reason_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=500)
    original = content(book)
    upgrade_book(str(book))
    backup_book(str(book), "manual")  # newer, but not the reason asked for
    code = main(["--db", str(book), "restore", "--latest", "--reason", "pre-upgrade", "--yes"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "pre-upgrade" in out and "Restored" in out
    assert content(book) == original


@pytest.mark.parametrize("argv, field", [
    (["restore", "--latest"], "--yes"),                     # not a terminal, no --yes
    (["restore", "--yes"], "FILE or --latest"),
    (["restore", "nowhere.cuentas", "--yes"], "FILE"),
    (["restore", "--reason", "pre-upgrade", "x", "--yes"], "--reason"),
    (["restore", "--latest", "--reason", "weekly", "--yes"], "--reason"),
    (["upgrade"], "--yes"),
    (["upgrade", "--yes", "--backup-dir", "BLOCKER"], "--backup-dir"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, argv: list[str], field: str,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_legacy(tmp_path / "shop.cuentas")
    backup_book(str(book), "manual")
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    digest = file_digest(book)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    try:
        code = main(["--db", str(book), *[str(blocker) if a == "BLOCKER" else a for a in argv]])
    finally:
        sys.stdin.close()
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and field in err, err
    assert file_digest(book) == digest


def test_restore_of_an_unknown_latest_is_a_refusal(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    book = make_legacy(tmp_path / "shop.cuentas")
    assert main(["--db", str(book), "restore", "--latest", "--reason", "pre-upgrade",
                 "--yes"]) == 1
    assert "no verified pre-upgrade backup" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_postgres_book_is_restored_from_its_snapshot(pg_location: str) -> None:
    import sqlalchemy as sa

    from app.store import db
    from app.store.create import create_book

    create_book(pg_location, currency="MXN", tax_preset="mx")
    engine = db.create_book_engine(pg_location, pool=False)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO accounts (name, kind) VALUES ('Banco', 'bank')"))
        conn.execute(sa.text("INSERT INTO transactions (account_id, date, amount_cents, "
                             "created_at, updated_at) VALUES (1, '2026-01-01', 700, 'x', 'x')"))
        conn.execute(sa.text("INSERT INTO splits (transaction_id, position, amount_cents) "
                             "VALUES (1, 0, 700)"))
    info = backup_book(pg_location, "manual")
    with engine.begin() as conn:  # later work that the restore takes back
        conn.execute(sa.text("INSERT INTO transactions (account_id, date, amount_cents, "
                             "created_at, updated_at) VALUES (1, '2026-01-02', 5, 'x', 'x')"))
        conn.execute(sa.text("INSERT INTO splits (transaction_id, position, amount_cents) "
                             "VALUES (2, 0, 5)"))
    result = restore_backup(pg_location, info.path)
    assert result.state == "current" and result.safety_backup is not None
    assert info.fingerprint is not None
    assert info.fingerprint.differences(fingerprint_of(pg_location)) == []
    with engine.begin() as conn:  # ids continue after the restored rows
        new_id = conn.execute(sa.text(
            "INSERT INTO transactions (account_id, date, amount_cents, created_at, updated_at)"
            " VALUES (1, '2026-01-03', 1, 'x', 'x') RETURNING id")).scalar()
    engine.dispose()
    assert new_id == 2
