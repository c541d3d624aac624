"""Verified backups: online copy, manifest, owner-only files, failures, retention, listing."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import faults
from app.backup import (
    BackupError,
    backup_book,
    choose_latest,
    default_dir,
    list_backups,
    prune_backups,
    read_backup,
    sha256_file,
    verify_backup,
)
from app.errors import BadInput, BookStateError
from tests.books import (
    ROOT,
    content,
    cuentas,
    damage,
    file_digest,
    fingerprint_of,
    make_legacy,
)


@pytest.fixture(autouse=True)
def _no_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faults.ENV, raising=False)
    faults.reset()


def test_a_backup_is_a_proven_copy_with_a_manifest(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas")
    steps: list[str] = []
    info = backup_book(str(book), "manual", progress=lambda s, d, n, t: steps.append(s))
    assert info.verified and info.reason == "manual" and info.revision == "0001"
    assert info.unversioned and info.source == str(book) and info.source_kind == "sqlite"
    assert info.path.parent == default_dir(str(book))
    assert info.fingerprint == fingerprint_of(str(book))
    assert info.sha256 == sha256_file(info.path) and info.size == info.path.stat().st_size
    assert content(info.path) == content(book)
    manifest = json.loads(info.manifest_path.read_text())
    assert manifest["reason"] == "manual" and manifest["app_version"]
    assert set(manifest) >= {"sha256", "size", "revision", "app_version", "fingerprint",
                             "reason", "created", "source"}
    # owner-only: the backup, its manifest and the folders Cuentas made
    for path in (info.path, info.manifest_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    # one self-contained file (rollback journal mode: header bytes 18-19 are 1)
    assert info.path.read_bytes()[18:20] == b"\x01\x01"
    assert {"Backing up", "Verifying the backup"} <= set(steps)
    assert verify_backup(info.path).sha256 == info.sha256
    assert [b.path for b in list_backups(str(book))] == [info.path]


def test_a_wal_book_is_copied_with_what_only_its_wal_holds(tmp_path: Path) -> None:
    """A plain file copy would miss the rows still in `-wal`; the online backup does not."""
    from app.store.create import create_book

    book = tmp_path / "live.cuentas"
    create_book(str(book), currency="MXN")
    writer = sqlite3.connect(book, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO accounts (name, kind, opening_balance_cents) "
                   "VALUES ('Solo en el WAL', 'bank', 12345)")
    try:
        assert Path(str(book) + "-wal").stat().st_size > 0
        info = backup_book(str(book), "on-close")
        copy = sqlite3.connect(info.path)
        assert copy.execute("SELECT opening_balance_cents FROM accounts "
                            "WHERE name = 'Solo en el WAL'").fetchone() == (12345,)
        copy.close()
        assert info.fingerprint is not None and "1" in info.fingerprint.balances
    finally:
        writer.close()


def test_the_disk_filling_up_leaves_book_and_older_backups_untouched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=3000)
    folder = tmp_path / "backups"
    older = backup_book(str(book), "manual", folder)
    before = {p.name: file_digest(p) for p in folder.iterdir()}
    book_before = file_digest(book)
    monkeypatch.setenv(faults.ENV, "backup.copy:enospc")  # while copying
    with pytest.raises(BackupError, match="the disk is full") as caught:
        backup_book(str(book), "scheduled", folder, progress=lambda *a: None)
    assert "untouched" in str(caught.value)
    assert {p.name: file_digest(p) for p in folder.iterdir()} == before  # no temp file left
    assert file_digest(book) == book_before
    assert verify_backup(older.path).verified


@pytest.mark.parametrize("fault", ["backup.folder:eacces", "backup.renamed:eacces"])
def test_a_folder_that_cannot_be_written_is_a_clear_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    """Tests run as root, where chmod cannot deny anything: the fault point does."""
    book = make_legacy(tmp_path / "shop.cuentas")
    folder = tmp_path / "read-only"
    monkeypatch.setenv(faults.ENV, fault)
    with pytest.raises(BackupError, match="permission denied"):
        backup_book(str(book), "manual", folder)
    assert list(folder.iterdir()) == [] if folder.exists() else True


def test_a_file_where_the_folder_should_be(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    from app.cli import main

    book = make_legacy(tmp_path / "shop.cuentas")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="is a file, not a folder"):
        backup_book(str(book), "manual", blocker)
    assert main(["--db", str(book), "backup", "--dir", str(blocker)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--dir" in err and str(blocker) in err


def test_not_enough_free_space_is_refused_before_writing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_legacy(tmp_path / "shop.cuentas")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(1, 1, 1000))  # type: ignore[attr-defined]
    with pytest.raises(BackupError, match="not enough free space"):
        backup_book(str(book), "manual", tmp_path / "b")
    assert list((tmp_path / "b").iterdir()) == []


def test_a_damaged_copy_is_not_kept_and_a_damaged_book_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=3000)
    monkeypatch.setenv(faults.ENV, "backup.copied:flip")
    with pytest.raises(BackupError, match="copy failed its integrity check"):
        backup_book(str(book), "manual", tmp_path / "b")
    assert list((tmp_path / "b").iterdir()) == []
    monkeypatch.delenv(faults.ENV)
    damage(book)
    with pytest.raises(BookStateError, match="damaged") as caught:
        backup_book(str(book), "manual", tmp_path / "b")
    assert caught.value.state == "corrupt"
    assert list((tmp_path / "b").iterdir()) == []


def test_a_damaged_backup_fails_verification(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=3000)
    info = backup_book(str(book), "manual", tmp_path / "b")
    damage(info.path)
    with pytest.raises(BackupError, match="checksum differs"):
        verify_backup(info.path)
    # a truncated file is flagged even by the cheap listing
    with open(info.path, "r+b") as fh:
        fh.truncate(4096)
    listed = list_backups(tmp_path / "b")[0]
    assert not listed.verified and "truncated" in listed.problem
    choice = choose_latest(str(book), dest_dir=tmp_path / "b")
    assert choice.chosen is None and [b.path for b in choice.skipped] == [info.path]
    # no manifest: listed, never trusted
    stray = tmp_path / "b" / "stray.cuentas"
    shutil.copyfile(book, stray)
    assert not read_backup(stray).verified
    with pytest.raises(BackupError, match="manifest is missing"):
        verify_backup(stray)


def test_retention_keeps_upgrade_and_restore_backups_and_the_newest_scheduled(
        tmp_path: Path) -> None:
    book = str(make_legacy(tmp_path / "shop.cuentas", n=20))
    folder = tmp_path / "b"
    made = {reason: [backup_book(book, reason, folder, keep_scheduled=99).path
                     for _ in range(3)]
            for reason in ("pre-upgrade", "pre-restore", "manual", "scheduled")}
    backup_book(book, "scheduled", folder, keep_scheduled=2)  # prunes on the way out
    kept = {b.path for b in list_backups(folder)}
    for reason in ("pre-upgrade", "pre-restore", "manual"):
        assert set(made[reason]) <= kept
    scheduled = [b for b in list_backups(folder) if b.reason == "scheduled"]
    assert len(scheduled) == 2 and made["scheduled"][-1] in {b.path for b in scheduled}
    assert not any(p.exists() for p in made["scheduled"][:2])
    assert prune_backups(folder, keep_scheduled=0)  # explicit pruning removes the rest
    assert [b for b in list_backups(folder) if b.reason == "scheduled"] == []
    # the newest of a reason, for `restore --latest --reason`
    latest = choose_latest(book, "pre-upgrade", dest_dir=folder)
    assert latest.chosen is not None and latest.chosen.path == made["pre-upgrade"][-1]
    assert latest.skipped == ()
    with pytest.raises(BadInput):
        choose_latest(book, "weekly", dest_dir=folder)


def test_temporary_files_of_a_killed_backup_are_cleaned_up(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=3000)
    folder = tmp_path / "b"
    code = ("import sys\nfrom pathlib import Path\nfrom app.backup import backup_book\n"
            "backup_book(sys.argv[1], 'manual', Path(sys.argv[2]))\n")
    env = dict(os.environ, CUENTAS_TEST_FAULT="backup.copied:kill")
    result = subprocess.run([sys.executable, "-c", code, str(book), str(folder)], cwd=ROOT,
                            env=env, check=False, capture_output=True)
    assert result.returncode < 0
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert list_backups(folder) == []  # never listed as a backup
    prune_backups(folder)
    assert list(folder.iterdir()) == []


def test_backup_and_backups_commands(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas")
    made = cuentas("--db", str(book), "backup")
    assert made.returncode == 0, made.stderr
    assert "Backed up to" in made.stdout and "verified" in made.stdout
    listed = cuentas("--db", str(book), "backups")
    assert listed.returncode == 0
    header, _rule, row = listed.stdout.splitlines()[:3]
    assert header.split() == ["date", "reason", "revision", "size", "state", "file"]
    assert " manual " in row and " 0001 " in row and " ok " in row
    empty = cuentas("--db", str(tmp_path / "other.cuentas"), "backups")
    assert empty.returncode == 0 and "No backups" in empty.stdout


@pytest.mark.postgres
def test_a_postgres_book_is_backed_up_as_a_portable_snapshot(pg_location: str) -> None:
    from app.store.create import create_book
    from app.store.schema import HEAD

    create_book(pg_location, currency="MXN", tax_preset="mx")
    from app.store import db

    engine = db.create_book_engine(pg_location, pool=False)
    with engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("INSERT INTO accounts (name, kind, opening_balance_cents) "
                          "VALUES ('Banco', 'bank', 5000)"))
        conn.execute(text("INSERT INTO transactions (account_id, date, amount_cents, "
                          "created_at, updated_at) VALUES (1, '2026-01-01', -1160, 'x', 'x')"))
        cat = conn.execute(text("SELECT id FROM categories ORDER BY id LIMIT 1")).scalar()
        conn.execute(text("INSERT INTO splits (transaction_id, position, category_id, "
                          "amount_cents) VALUES (1, 0, :c, -1000), (1, 1, NULL, -160)"),
                     {"c": cat})
    engine.dispose()
    info = backup_book(pg_location, "manual")
    assert info.verified and info.source_kind == "postgresql" and info.revision == HEAD
    assert "password" not in info.source
    snapshot = sqlite3.connect(info.path)
    assert snapshot.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert snapshot.execute("SELECT count(*) FROM splits").fetchone() == (2,)
    snapshot.close()
    assert verify_backup(info.path).fingerprint == fingerprint_of(pg_location)
