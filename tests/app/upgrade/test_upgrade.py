"""The upgrade engine: all or nothing, every total proven, refusals that change nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from app import faults, paths
from app.backup import BackupError, list_backups, verify_backup
from app.errors import BookStateError
from app.store import db
from app.store.identity import desktop_login
from app.store.inspect import inspect_book
from app.store.schema import HEAD, upgrade_schema
from app.store.verify import verify_book
from app.upgrade import UpgradeFailed, upgrade_book
from tests.books import (
    content,
    damage,
    file_digest,
    fingerprint_of,
    make_legacy,
    make_legacy_with_duplicates,
    side_files,
)


@pytest.fixture(autouse=True)
def _no_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faults.ENV, raising=False)
    faults.reset()


def rows(location: str, sql: str) -> list[tuple[object, ...]]:
    engine = db.create_book_engine(location, pool=False, wal=False)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(sql)).all()]
    finally:
        engine.dispose()


def test_a_legacy_book_is_upgraded_with_every_total_proven(tmp_path: Path) -> None:
    book = make_legacy_with_duplicates(tmp_path / "shop.cuentas")
    before = fingerprint_of(str(book))
    steps: list[tuple[str, str, int, int]] = []
    result = upgrade_book(str(book), progress=lambda *a: steps.append(a))

    assert result.outcome == "upgraded" and result.unversioned
    assert result.from_revision == "0001" and result.to_revision == HEAD
    assert result.before == before and before.differences(result.after) == []
    assert before.differences(fingerprint_of(str(book))) == []
    assert all(row.matches for row in result.rows)
    assert ("category", "Ventas (2):Mostrador", 25_050, 25_050) in [
        (r.kind, r.label, r.before, r.after) for r in result.rows]
    assert any("'Ventas (2)'" in note for note in result.notes)
    assert result.currency == "MXN" and result.exp == 2
    names = [s[0] for s in steps]
    for step in ("Checking the book", "Locking the book", "Backing up", "Verifying the backup",
                 "Upgrading: copying lines", "Checking references", "Checking totals",
                 "Saving the upgraded book", "Checking the upgraded file"):
        assert step in names
    assert dict(result.timings).keys() >= {"Backing up", "Checking totals"}

    # the verified backup is the legacy book as it was
    assert result.backup is not None and result.backup.reason == "pre-upgrade"
    assert verify_backup(result.backup.path).revision == "0001"
    # the book: current, verified, in WAL, with its owner and its history
    assert inspect_book(str(book)).state == "current"
    assert all(c.ok for c in verify_book(str(book)))
    conn = sqlite3.connect(book)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()
    assert rows(str(book), "SELECT login, role, rollout_group FROM users") == [
        (desktop_login(), "owner", "primary")]
    [run] = rows(str(book), "SELECT from_revision, to_revision, outcome, backup_path, "
                 "fingerprint_before, fingerprint_after FROM upgrade_runs")
    assert run[:4] == ("0001", HEAD, "upgraded", str(result.backup.path))
    assert json.loads(str(run[4])) == json.loads(str(run[5]))
    assert side_files(book) == ["shop.cuentas-shm", "shop.cuentas-wal"] or \
        side_files(book) == []  # no lock, marker or journal left behind


def test_a_current_book_is_left_alone(tmp_path: Path) -> None:
    from app.store.create import create_book

    book = tmp_path / "new.cuentas"
    create_book(str(book), currency="EUR")
    digest = file_digest(book)
    result = upgrade_book(str(book))
    assert result.outcome == "current" and result.backup is None
    assert file_digest(book) == digest
    assert list_backups(str(book)) == []


def write_0002_book(path: Path) -> None:
    """A book of the first split release: several lines, transfers, categories in use."""
    engine = db.create_book_engine(str(path), for_migration=True, pool=False, wal=False)
    with engine.connect() as conn, conn.begin():
        upgrade_schema(conn, "0002")
        conn.execute(sa.text("INSERT INTO accounts (id, name, kind) VALUES (1, 'Banco', 'bank'),"
                             " (2, 'Caja', 'cash')"))
        conn.execute(sa.text("INSERT INTO categories (id, name, parent_id, kind) VALUES "
                             "(1, 'Gastos', NULL, 'expense'), (2, 'Papelería', 1, 'expense'),"
                             " (3, 'IVA', NULL, 'expense')"))
        conn.execute(sa.text(
            "INSERT INTO transactions (id, account_id, date, amount_cents, created_at, "
            "updated_at) VALUES (1, 1, '2026-01-05', -1160, 'x', 'x'), "
            "(2, 1, '2026-01-06', -500, 'x', 'x'), (3, 2, '2026-01-06', 500, 'x', 'x')"))
        conn.execute(sa.text(
            "INSERT INTO splits (id, transaction_id, position, category_id, transfer_account_id,"
            " counterpart_id, amount_cents, memo) VALUES "
            "(1, 1, 0, 2, NULL, NULL, -1000, 'papel'), (2, 1, 1, 3, NULL, NULL, -160, 'iva'),"
            "(3, 2, 0, NULL, 2, 4, -500, ''), (4, 3, 0, NULL, 1, 3, 500, '')"))
    engine.dispose()


def test_table_rebuilds_never_touch_the_lines_that_point_at_them(tmp_path: Path) -> None:
    """The cascade-delete trap: revision 0003 rebuilds `categories`, which every split
    line points at. With foreign keys on, SQLite's DROP of the old table would delete
    (or refuse for) those lines; the engine keeps them off and proves nothing moved."""
    book = tmp_path / "v2.cuentas"
    write_0002_book(book)
    lines = rows(str(book), "SELECT * FROM splits ORDER BY id")
    assert inspect_book(str(book)).state == "behind"
    result = upgrade_book(str(book))
    assert result.outcome == "upgraded" and not result.unversioned
    assert rows(str(book), "SELECT * FROM splits ORDER BY id") == lines
    assert rows(str(book), "SELECT full_name FROM categories ORDER BY id") == [
        ("Gastos",), ("Gastos:Papelería",), ("IVA",)]
    assert all(c.ok for c in verify_book(str(book)))


def test_the_engine_refuses_to_migrate_with_foreign_keys_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard itself: a regression that turned foreign keys on is caught before BEGIN."""
    book = tmp_path / "v2.cuentas"
    write_0002_book(book)
    before = content(book)
    real = db.create_book_engine

    def foreign_keys_on(location: str, **kwargs: object) -> sa.Engine:
        kwargs["for_migration"] = False
        return real(location, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(db, "create_book_engine", foreign_keys_on)
    with pytest.raises(UpgradeFailed, match="foreign_keys=OFF"):
        upgrade_book(str(book))
    monkeypatch.undo()
    assert content(book) == before
    assert inspect_book(str(book)).state == "behind"


@pytest.mark.parametrize("fault", [
    "upgrade.migrate.0002.copy-lines:fail@2",  # half-way through the data step
    "upgrade.applied.0004:fail",               # after three revisions' DDL
    "upgrade.validate:fail",                   # while validating
    "upgrade.commit:fail",                     # just before COMMIT
])
def test_a_failure_inside_the_upgrade_rolls_everything_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=250_000 // 1000)
    before = content(book)
    monkeypatch.setenv(faults.ENV, fault)
    with pytest.raises(UpgradeFailed) as caught:
        upgrade_book(str(book))
    failure = caught.value
    assert "rolled back" in str(failure) and "exactly as it was" in str(failure)
    assert failure.backup is not None and str(failure.backup) in str(failure)
    assert verify_backup(failure.backup).reason == "pre-upgrade"
    assert content(book) == before  # same schema, same rows: nothing was committed
    assert inspect_book(str(book)).state == "unversioned-legacy"
    assert side_files(book) == []  # no journal, lock or marker left
    logged = (paths.log_dir() / "upgrades.jsonl").read_text().splitlines()
    assert json.loads(logged[-1])["outcome"] == "failed"
    monkeypatch.delenv(faults.ENV)
    assert upgrade_book(str(book)).outcome == "upgraded"  # and it can be tried again


class Stop(Exception):
    """What a progress callback raises to stop the upgrade (the wizard's Stop)."""


def test_a_stop_at_any_step_before_saving_leaves_the_book_as_it_was(tmp_path: Path) -> None:
    """Every step the engine reports before it saves may be where the user stops: the
    book stays a legacy book, with no marker that would make it read as interrupted."""
    steps: list[str] = []
    probe = make_legacy(tmp_path / "probe.cuentas", n=300)
    upgrade_book(str(probe), progress=lambda step, *a: steps.append(step))
    before_saving = steps[:steps.index("Saving the upgraded book")]
    assert "Verifying the backup" in before_saving
    for i, where in enumerate(dict.fromkeys(before_saving)):
        book = make_legacy(tmp_path / f"shop{i}.cuentas", n=300)
        before = content(book)

        def stop_at(step: str, *args: object, where: str = where) -> None:
            if step == where:
                raise Stop(where)

        with pytest.raises((Stop, UpgradeFailed, BackupError)):
            upgrade_book(str(book), progress=stop_at)
        assert content(book) == before, where
        assert inspect_book(str(book)).state == "unversioned-legacy", where
        assert side_files(book) == [], where


def test_a_failure_in_a_book_with_history_is_recorded_in_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = tmp_path / "v3.cuentas"
    engine = db.create_book_engine(str(book), for_migration=True, pool=False, wal=False)
    with engine.connect() as conn, conn.begin():
        upgrade_schema(conn, "0003")
    engine.dispose()
    monkeypatch.setenv(faults.ENV, "upgrade.validate:fail")
    with pytest.raises(UpgradeFailed):
        upgrade_book(str(book))
    assert rows(str(book), "SELECT from_revision, to_revision, outcome FROM upgrade_runs") == [
        ("0003", "0003", "failed")]


def test_a_damaged_book_is_never_upgraded(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=3000)
    damage(book)
    digest = file_digest(book)
    with pytest.raises(BookStateError) as caught:
        upgrade_book(str(book), backup_dir=tmp_path / "b")
    assert caught.value.state == "corrupt" and "damaged" in str(caught.value)
    assert file_digest(book) == digest and side_files(book) == []
    assert list((tmp_path / "b").iterdir()) == []
    assert inspect_book(str(book)).state == "corrupt"


def test_a_backup_that_fails_verification_blocks_the_upgrade(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=3000)
    digest = file_digest(book)
    monkeypatch.setenv(faults.ENV, "backup.copied:flip")
    with pytest.raises(BackupError, match="integrity check"):
        upgrade_book(str(book), backup_dir=tmp_path / "b")
    assert file_digest(book) == digest and side_files(book) == []
    assert list((tmp_path / "b").iterdir()) == []


def test_the_backup_proof_failing_during_the_upgrade_rolls_it_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checksum and totals of the copy are proven while the revisions run: the
    COMMIT waits for that proof, and a failed proof rolls the upgrade back."""
    book = make_legacy(tmp_path / "shop.cuentas", n=500)
    before = content(book)
    monkeypatch.setenv(faults.ENV, "backup.renamed:eacces")
    with pytest.raises(BackupError, match="was not changed"):
        upgrade_book(str(book), backup_dir=tmp_path / "b")
    assert content(book) == before and side_files(book) == []
    assert [p for p in (tmp_path / "b").iterdir() if p.suffix == ".cuentas"] == []


def test_the_disk_filling_up_during_the_backup_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=3000)
    digest = file_digest(book)
    monkeypatch.setenv(faults.ENV, "backup.copy:enospc")
    with pytest.raises(BackupError, match="disk is full"):
        upgrade_book(str(book), backup_dir=tmp_path / "b")
    assert file_digest(book) == digest and side_files(book) == []
    assert list((tmp_path / "b").iterdir()) == []


def test_a_backup_folder_that_cannot_be_written_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_legacy(tmp_path / "shop.cuentas")
    digest = file_digest(book)
    monkeypatch.setenv(faults.ENV, "backup.folder:eacces")
    with pytest.raises(BackupError, match=r"cannot be written \(permission denied"):
        upgrade_book(str(book), backup_dir=tmp_path / "b")
    assert file_digest(book) == digest and side_files(book) == []


def test_a_book_from_a_newer_cuentas_is_refused_untouched(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas")
    engine = db.create_book_engine(str(book), for_migration=True, pool=False, wal=False)
    with engine.connect() as conn, conn.begin():
        conn.execute(sa.text("CREATE TABLE alembic_version (version_num VARCHAR(32) "
                             "NOT NULL PRIMARY KEY)"))
        conn.execute(sa.text("INSERT INTO alembic_version VALUES ('0042')"))
    engine.dispose()
    digest = file_digest(book)
    with pytest.raises(BookStateError) as caught:
        upgrade_book(str(book))
    assert caught.value.state == "ahead" and "0042" in str(caught.value)
    assert file_digest(book) == digest and side_files(book) == []
    assert list_backups(str(book)) == []


def test_a_book_held_by_another_process_is_refused(tmp_path: Path) -> None:
    from tests.books import held_by_another_process

    book = make_legacy(tmp_path / "shop.cuentas")
    digest = file_digest(book)
    with held_by_another_process(str(book), "session") as pid:
        with pytest.raises(BookStateError) as caught:
            upgrade_book(str(book))
        assert caught.value.state == "locked" and f"process {pid}" in str(caught.value)
    assert file_digest(book) == digest


@pytest.mark.postgres
def test_a_legacy_postgres_book_is_upgraded_in_one_transaction(
        pg_location: str, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = db.create_book_engine(pg_location, for_migration=True, pool=False)
    with engine.connect() as conn, conn.begin():
        upgrade_schema(conn, "0001")
        conn.execute(sa.text("DROP TABLE alembic_version"))  # as the old Cuentas left it
        conn.execute(sa.text("INSERT INTO accounts (name, kind, opening_balance_cents) "
                             "VALUES ('Banco', 'bank', 100000), ('Caja', 'cash', 0)"))
        conn.execute(sa.text("INSERT INTO categories (name, parent_id, kind) VALUES "
                             "('Ventas', NULL, 'income'), ('Ventas', NULL, 'income')"))
        conn.execute(sa.text(
            "INSERT INTO transactions (account_id, date, amount_cents, category_id, "
            "created_at, updated_at) VALUES (1, '2026-01-01', 5000, 1, 'x', 'x'), "
            "(2, '2026-01-02', -250, 2, 'x', 'x'), (2, '2026-01-03', -1, NULL, 'x', 'x')"))
    engine.dispose()
    assert inspect_book(pg_location).state == "unversioned-legacy"
    before = fingerprint_of(pg_location)

    monkeypatch.setenv(faults.ENV, "upgrade.applied.0004:fail")
    with pytest.raises(UpgradeFailed, match="rolled back"):
        upgrade_book(pg_location)
    assert inspect_book(pg_location).state == "unversioned-legacy"  # the DDL rolled back too
    assert before.differences(fingerprint_of(pg_location)) == []
    monkeypatch.delenv(faults.ENV)
    faults.reset()

    result = upgrade_book(pg_location)
    assert result.outcome == "upgraded" and before.differences(result.after) == []
    assert inspect_book(pg_location).state == "current"
    assert result.backup is not None and result.backup.source_kind == "postgresql"
    assert verify_backup(result.backup.path).unversioned
    assert any("'Ventas (2)'" in n for n in result.notes)
    assert rows(pg_location, "SELECT outcome FROM upgrade_runs") == [("upgraded",)]
    assert rows(pg_location, "SELECT role FROM users") == [("owner",)]
    assert all(c.ok for c in verify_book(pg_location))


def test_a_crashed_writers_journal_is_rolled_back_before_looking(tmp_path: Path) -> None:
    """A read-only look cannot roll back a hot journal: it says `interrupted` and
    changes nothing; settling lets SQLite roll it back, then looks."""
    import signal
    import subprocess
    import sys

    from app.upgrade.recovery import settle_then_inspect
    from tests.books import ROOT

    book = make_legacy(tmp_path / "shop.cuentas", n=2000)
    before = content(book)
    writer = ("import os, signal, sqlite3, sys\n"
              "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "c.execute('PRAGMA cache_size = 1')\n"
              "c.execute('BEGIN')\n"
              "c.execute('UPDATE transactions SET amount_cents = 0')\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    result = subprocess.run([sys.executable, "-c", writer, str(book)], cwd=ROOT, check=False)
    assert result.returncode == -signal.SIGKILL
    assert "shop.cuentas-journal" in side_files(book)
    raw = book.read_bytes()
    assert inspect_book(str(book)).state == "interrupted"
    assert book.read_bytes() == raw and "shop.cuentas-journal" in side_files(book)
    state = settle_then_inspect(str(book))
    assert state.state == "unversioned-legacy" and "rolled the unfinished change back" in \
        state.message
    assert content(book) == before


def test_a_book_neither_old_nor_upgraded_is_offered_its_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The marker's fingerprint does not match what is there: only a restore is safe."""
    from app.backup import backup_book
    from app.cli import main
    from app.store.marker import write_marker

    book = make_legacy(tmp_path / "shop.cuentas", n=200)
    info = backup_book(str(book), "pre-upgrade")
    wrong = json.loads(info.fingerprint.to_json()) if info.fingerprint else {}
    wrong["transactions"] += 1
    write_marker(str(book), "upgrade", "migrating", from_revision="0001", unversioned=True,
                 backup=str(info.path), fingerprint_before=wrong)
    from app.upgrade.recovery import settle_then_inspect

    assert inspect_book(str(book)).state == "interrupted"  # a look settles nothing
    state = settle_then_inspect(str(book))
    assert state.state == "interrupted" and state.backup == str(info.path)
    assert f"cuentas restore {info.path}" in state.message
    assert main(["--db", str(book), "upgrade", "--yes"]) == 1
    assert str(info.path) in capsys.readouterr().err
    assert main(["--db", str(book), "restore", str(info.path), "--yes"]) == 0
    capsys.readouterr()
    assert inspect_book(str(book)).state == "unversioned-legacy"
    assert side_files(book) == []


def _off_by_one_cent(real):
    from dataclasses import replace

    def compute(conn):
        found = real(conn)
        first = sorted(found.balances)[0]
        return replace(found, balances={**found.balances, first: found.balances[first] + 1})
    return compute


def test_totals_that_move_by_one_cent_roll_the_upgrade_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.upgrade.steps as steps

    book = make_legacy(tmp_path / "shop.cuentas", n=300)
    before = content(book)
    monkeypatch.setattr(steps, "compute", _off_by_one_cent(steps.compute))
    with pytest.raises(UpgradeFailed, match="totals changed") as caught:
        upgrade_book(str(book))
    assert content(book) == before
    assert caught.value.backup is not None and verify_backup(caught.value.backup).verified


def test_a_backup_whose_totals_differ_from_the_book_is_removed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy's fingerprint is compared with the upgraded book's; when they differ and
    the book (rolled back) still has its own totals, the copy was the wrong one."""
    import app.backup as backup_module

    book = make_legacy(tmp_path / "shop.cuentas", n=300)
    before = content(book)
    monkeypatch.setattr(backup_module, "compute", _off_by_one_cent(backup_module.compute))
    with pytest.raises(BackupError, match="backup copy does not hold the same totals"):
        upgrade_book(str(book), backup_dir=tmp_path / "b")
    assert content(book) == before and side_files(book) == []
    assert list((tmp_path / "b").iterdir()) == []


def test_not_enough_room_for_the_upgrade_is_refused_before_anything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    book = make_legacy(tmp_path / "shop.cuentas", n=2000)
    digest = file_digest(book)
    free = 2 * book.stat().st_size  # room for a backup, not for the upgrade beside it
    monkeypatch.setattr(shutil, "disk_usage",
                        lambda p: shutil._ntuple_diskusage(10**12, 10**12 - free, free))  # type: ignore[attr-defined]
    with pytest.raises(BackupError, match=r"not enough free space .* for the upgrade"):
        upgrade_book(str(book), backup_dir=tmp_path / "b")
    assert file_digest(book) == digest and side_files(book) == []
    assert not (tmp_path / "b").exists() or list((tmp_path / "b").iterdir()) == []
