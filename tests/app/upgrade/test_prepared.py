"""The upgrade with a backup taken before it (the wizard's Backup page): used when the
book is provably untouched since, re-proven while the revisions run, else replaced."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import faults
from app.backup import BackupError, list_backups
from app.store.inspect import inspect_book
from app.store.marker import read_marker
from app.upgrade import upgrade_book
from app.upgrade.prepared import book_signature, prepare_backup
from tests.books import content, fingerprint_of, make_legacy


@pytest.fixture(autouse=True)
def _no_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faults.ENV, raising=False)
    faults.reset()


def test_the_backup_taken_before_is_the_upgrades_backup(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=200)
    before = fingerprint_of(str(book))
    folder = tmp_path / "backups"
    prepared = prepare_backup(str(book), folder)
    assert prepared.signature == book_signature(str(book))
    assert prepared.info.verified and prepared.info.reason == "pre-upgrade"
    assert prepared.info.fingerprint == before

    steps: list[str] = []
    result = upgrade_book(str(book), folder, lambda s, *_: steps.append(s), backup=prepared)

    assert result.outcome == "upgraded" and result.backup is not None
    assert result.backup.path == prepared.info.path
    assert [b.path for b in list_backups(folder)] == [prepared.info.path]  # no second copy
    assert "Backing up" not in steps and "Backup verified" in steps
    assert before.differences(fingerprint_of(str(book))) == []
    assert inspect_book(str(book)).state == "current" and read_marker(str(book)) is None


def test_a_book_written_since_its_backup_is_backed_up_again(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=50)
    folder = tmp_path / "backups"
    prepared = prepare_backup(str(book), folder)
    with sqlite3.connect(book) as conn:  # an old Cuentas, which knows nothing of our lock
        conn.execute("UPDATE transactions SET memo = 'changed after the backup' WHERE id = 1")

    result = upgrade_book(str(book), folder, backup=prepared)

    assert result.backup is not None and result.backup.path != prepared.info.path
    assert len(list_backups(folder)) == 2
    memo = sqlite3.connect(f"file:{result.backup.path}?mode=ro", uri=True).execute(
        "SELECT memo FROM transactions WHERE id = 1").fetchone()[0]
    assert memo == "changed after the backup"


def test_a_backup_damaged_since_blocks_the_upgrade_and_changes_nothing(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=300)
    prepared = prepare_backup(str(book), tmp_path / "backups")
    original = content(book)
    with open(prepared.info.path, "r+b") as fh:  # same size: only the checksum tells
        fh.seek(prepared.info.size // 2)
        fh.write(b"\x00" * 512)

    with pytest.raises(BackupError, match="could not be verified"):
        upgrade_book(str(book), backup=prepared)

    assert content(book) == original and read_marker(str(book)) is None
    assert inspect_book(str(book)).state == "unversioned-legacy"


def test_a_failure_with_the_backup_taken_before_rolls_back_and_keeps_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.upgrade import UpgradeFailed

    book = make_legacy(tmp_path / "shop.cuentas", n=80)
    prepared = prepare_backup(str(book), tmp_path / "backups")
    original = content(book)
    monkeypatch.setenv(faults.ENV, "upgrade.validate:fail")

    with pytest.raises(UpgradeFailed) as failed:
        upgrade_book(str(book), backup=prepared)

    assert failed.value.backup == prepared.info.path and prepared.info.path.exists()
    assert str(prepared.info.path) in str(failed.value)
    assert content(book) == original and read_marker(str(book)) is None
