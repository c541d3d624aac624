"""kill -9 and friends: real `cuentas upgrade` processes, killed, then status/verify/upgrade.

Whatever the moment of the kill, the book must be either the old one (its old
revision, its old fingerprint) or the upgraded one (HEAD, the same fingerprint);
`status` finds out which through the crash marker, `verify` agrees, and a second
`upgrade` always completes. Random moments are seeded, and spread over the whole run
(backup, data step, commit, checks); named moments use `CUENTAS_TEST_FAULT=...:kill`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.backup import backup_book, list_backups
from app.cli import main
from app.store.lock import lock_path
from app.store.schema import HEAD
from tests.books import (
    CLI,
    ROOT,
    content,
    cuentas,
    damage,
    file_digest,
    fingerprint_of,
    make_legacy,
    side_files,
    wait_until,
)

#: Big enough that the upgrade itself takes about a second in a subprocess.
CRASH_BOOK_TRANSACTIONS = 40_000
RANDOM_KILLS = 10


@pytest.fixture(scope="module")
def big_legacy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_legacy(tmp_path_factory.mktemp("template") / "legacy.cuentas",
                       n=CRASH_BOOK_TRANSACTIONS, seed=5)


@pytest.fixture(scope="module")
def small_legacy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_legacy(tmp_path_factory.mktemp("template") / "small.cuentas", n=1500, seed=6)


def status_of(book: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["--db", str(book), "status", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def assert_old_or_new_then_upgrade(book: Path, original, capsys) -> str:
    """The invariant after any crash; returns which of the two the book was."""
    state = status_of(book, capsys)
    assert state["state"] in ("unversioned-legacy", "current"), state
    assert original.differences(fingerprint_of(str(book))) == []
    if state["state"] == "current":
        assert state["revision"] == HEAD
        assert main(["--db", str(book), "verify"]) == 0
        capsys.readouterr()
    # nothing left half-done beside the book: no marker, no hot journal (a journal whose
    # header was never synced is not hot: SQLite ignores it and drops it on the next write)
    assert not [n for n in side_files(book) if n.endswith(".pending")]
    journal = book.with_name(book.name + "-journal")
    assert not journal.exists() or journal.read_bytes()[:8] == bytes(8)
    assert main(["--db", str(book), "upgrade", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "already at revision" in out or "every total is the same" in out
    assert status_of(book, capsys)["state"] == "current"
    assert original.differences(fingerprint_of(str(book))) == []
    assert main(["--db", str(book), "verify"]) == 0
    capsys.readouterr()
    return str(state["state"])


def fresh(template: Path, where: Path) -> Path:
    where.mkdir(parents=True)
    book = where / "shop.cuentas"
    shutil.copyfile(template, book)
    return book


@pytest.mark.slow
def test_kill_9_at_random_moments_leaves_the_old_book_or_the_new_one(
        big_legacy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = fingerprint_of(str(big_legacy))

    def start(book: Path) -> tuple[subprocess.Popen[str], float]:
        proc = subprocess.Popen([*CLI, "--db", str(book), "upgrade", "--yes", "--backup-dir",
                                 str(book.parent / "backups")], cwd=ROOT, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL)
        assert proc.stdout is not None
        while "Upgrading:" not in proc.stdout.readline():  # imports done, work begins
            pass
        return proc, time.monotonic()

    # How long does the work take here and now? Then kill across all of it.
    book = fresh(big_legacy, tmp_path / "calibrate")
    proc, began = start(book)
    with proc:
        proc.communicate()
    duration = time.monotonic() - began
    assert proc.returncode == 0
    print(f"the upgrade took {duration:.2f} s; killing at {RANDOM_KILLS} moments across it",
          file=sys.stderr)

    rng = random.Random(20260305)
    seen = []
    for i in range(RANDOM_KILLS):
        moment = rng.uniform(i, i + 1) * duration / RANDOM_KILLS
        book = fresh(big_legacy, tmp_path / f"kill-{i}")
        proc, began = start(book)
        with proc:
            time.sleep(max(0.0, began + moment - time.monotonic()))
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
        seen.append(assert_old_or_new_then_upgrade(book, original, capsys))
    assert "unversioned-legacy" in seen  # (the later moments may also find it upgraded)


@pytest.mark.slow
@pytest.mark.parametrize("point, expected", [
    ("backup.copy", "unversioned-legacy"),
    ("backup.copied", "unversioned-legacy"),
    ("upgrade.backed-up", "unversioned-legacy"),
    ("backup.renamed", "unversioned-legacy"),          # in the background proof
    ("upgrade.migrate.0002.copy-lines@2", "unversioned-legacy"),
    ("upgrade.applied.0003", "unversioned-legacy"),
    ("upgrade.commit", "unversioned-legacy"),           # just before COMMIT
    ("upgrade.committed", "current"),                   # just after it
    ("upgrade.checked", "current"),                     # after the final quick_check
])
def test_kill_9_at_each_stage(small_legacy: Path, tmp_path: Path, point: str, expected: str,
                              capsys: pytest.CaptureFixture[str]) -> None:
    original = fingerprint_of(str(small_legacy))
    book = fresh(small_legacy, tmp_path / "b")
    name, _, nth = point.partition("@")
    fault = f"{name}:kill" + (f"@{nth}" if nth else "")
    result = cuentas("--db", str(book), "upgrade", "--yes", fault=fault)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert (book.parent / "shop.cuentas.pending").exists()  # the marker says what was going on
    state = status_of(book, capsys)
    assert state["state"] == expected
    backups_before = list_backups(str(book))
    assert all(b.verified for b in backups_before)  # an unproven copy is never left listed
    assert assert_old_or_new_then_upgrade(book, original, capsys) == expected


@pytest.mark.slow
@pytest.mark.parametrize("point", ["restore.copied", "restore.swapped"])
def test_kill_9_during_a_restore_is_completed_next_time(
        small_legacy: Path, tmp_path: Path, point: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    book = fresh(small_legacy, tmp_path / "b")
    info = backup_book(str(book), "manual")
    assert main(["--db", str(book), "upgrade", "--yes"]) == 0
    capsys.readouterr()
    result = cuentas("--db", str(book), "restore", str(info.path), "--yes",
                     fault=f"{point}:kill")
    assert result.returncode == -signal.SIGKILL, result.stderr
    state = status_of(book, capsys)
    assert state["state"] == "unversioned-legacy"
    assert "restore" in str(state["message"]).lower()
    assert content(book) == content(info.path)
    assert not [n for n in side_files(book) if n.endswith((".pending", "-wal", "-shm"))]


@pytest.mark.slow
def test_a_second_process_cannot_upgrade_the_same_book(small_legacy: Path,
                                                       tmp_path: Path) -> None:
    book = fresh(small_legacy, tmp_path / "b")
    env = dict(os.environ, CUENTAS_TEST_FAULT="upgrade.locked:sleep=4")
    with subprocess.Popen([*CLI, "--db", str(book), "upgrade", "--yes"], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          stdin=subprocess.DEVNULL) as first:
        wait_until(lambda: lock_path(str(book)).exists()
                   and '"upgrade"' in lock_path(str(book)).read_text())
        second = cuentas("--db", str(book), "upgrade", "--yes")
        assert second.returncode == 1
        assert "locked" in second.stderr and f"process {first.pid}" in second.stderr
        assert "Nothing was changed" in second.stderr
        out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert "every total is the same" in out


@pytest.mark.slow
def test_failures_through_the_command_line(small_legacy: Path, tmp_path: Path) -> None:
    book = fresh(small_legacy, tmp_path / "b")
    before = content(book)
    older = backup_book(str(book), "manual")
    older_digest = file_digest(older.path)

    full = cuentas("--db", str(book), "upgrade", "--yes", fault="backup.copy:enospc")
    assert full.returncode == 1 and "disk is full" in full.stderr
    assert content(book) == before and file_digest(older.path) == older_digest
    assert [b.path for b in list_backups(str(book))] == [older.path]

    failed = cuentas("--db", str(book), "upgrade", "--yes",
                     fault="upgrade.migrate.0002.index-lines:fail")
    assert failed.returncode == 1 and "rolled back" in failed.stderr
    [backup] = [b for b in list_backups(str(book)) if b.reason == "pre-upgrade"]
    assert str(backup.path) in failed.stderr  # the message names the backup
    assert content(book) == before

    ahead = fresh(small_legacy, tmp_path / "ahead")
    conn = __import__("sqlite3").connect(ahead)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('0099')")
    conn.commit()
    conn.close()
    digest = file_digest(ahead)
    refused = cuentas("--db", str(ahead), "upgrade", "--yes")
    assert refused.returncode == 1 and refused.stderr.startswith("cuentas: ahead:")
    assert file_digest(ahead) == digest

    damaged = fresh(small_legacy, tmp_path / "damaged")
    damage(damaged)
    digest = file_digest(damaged)
    refused = cuentas("--db", str(damaged), "upgrade", "--yes")
    assert refused.returncode == 1 and "corrupt" in refused.stderr
    assert file_digest(damaged) == digest and side_files(damaged) == []


@pytest.mark.slow
def test_done_when_a_100k_demo_book_upgrades_from_the_command_line(tmp_path: Path) -> None:
    book = tmp_path / "legacy.db"
    made = cuentas("--db", str(book), "demo", "--legacy", "--transactions", "100000")
    assert made.returncode == 0, made.stderr
    upgraded = cuentas("--db", str(book), "upgrade", "--yes")
    assert upgraded.returncode == 0, upgraded.stderr
    table = upgraded.stdout.split("Before and after")[1]
    lines = [line for line in table.splitlines()[3:] if line.startswith(("Account", "Category",
                                                                         "Transactions"))]
    assert len(lines) > 10 and all(line.rstrip().endswith("same") for line in lines)
    verified = cuentas("--db", str(book), "verify")
    assert verified.returncode == 0 and "All checks passed." in verified.stdout


def test_on_a_terminal_upgrade_asks_first(small_legacy: Path, tmp_path: Path) -> None:
    import pty

    book = fresh(small_legacy, tmp_path / "b")
    digest = file_digest(book)
    for answer, code in (("n\n", 1), ("y\n", 0)):
        controller, terminal = pty.openpty()
        try:
            os.write(controller, answer.encode())
            result = subprocess.run([*CLI, "--db", str(book), "upgrade"], cwd=ROOT,
                                    stdin=terminal, capture_output=True, text=True,
                                    timeout=120, check=False)
        finally:
            os.close(controller)
            os.close(terminal)
        assert result.returncode == code, result.stderr
        assert "[y/N]" in result.stdout
        if code == 1:
            assert "cancelled; nothing was changed" in result.stderr
            assert file_digest(book) == digest
        else:
            assert "every total is the same" in result.stdout
