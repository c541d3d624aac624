"""The launch: a cheap look, then open, upgrade through the wizard, or a dialog for each
state (ahead, corrupt, locked, interrupted, recovered, missing) with a way on; and the
real desktop app killed in the middle of an upgrade, then started again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from app import faults
from app.admin import sessions
from app.backup import backup_book, list_backups
from app.store.inspect import inspect_book
from app.store.lock import holder
from tests.ui.upgrade.steps import upgrade_to_the_end
from ui.common import background
from ui.common.operations import books as launch_ops
from ui.launch import flow as launch_flow
from ui.upgrade.wizard import UpgradeWizard

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _no_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faults.ENV, raising=False)
    monkeypatch.delenv("CUENTAS_UI_AUTOPILOT", raising=False)
    faults.reset()


@pytest.fixture
def dialogs(monkeypatch):
    """The launch dialogs shown, and the choices to make in them (else: close)."""
    shown: list[dict[str, object]] = []
    answers: list[str] = []

    def fake_exec(dialog) -> str:
        shown.append({"kind": dialog.kind, "headline": dialog.headline, "body": dialog.body,
                      "details": dialog.details, "choices": list(dialog.buttons),
                      "default": [k for k, b in dialog.buttons.items() if b.isDefault()]})
        dialog.deleteLater()
        return answers.pop(0) if answers else "close"

    monkeypatch.setattr(launch_flow, "_exec", fake_exec)
    return shown, answers


@pytest.fixture
def wizard_runs(monkeypatch, qtbot):
    """Drive the upgrade wizard to Done (or cancel it when `finish` is False)."""
    import ui.upgrade.wizard

    runs: list[UpgradeWizard] = []
    options = {"finish": True}

    def drive(w: UpgradeWizard) -> int:
        runs.append(w)
        w.show()
        if not options["finish"]:
            w.reject()
            return 0
        return upgrade_to_the_end(qtbot, w)

    monkeypatch.setattr(ui.upgrade.wizard, "exec_wizard", drive)
    return runs, options


@pytest.fixture
def opened():
    books = []
    yield books
    for book in books:
        if book is not None:
            book.close()


def legacy_book(path: Path, n: int = 150) -> str:
    from app.store.demo import write_legacy

    write_legacy(path, n, 5, end=date(2026, 3, 31))
    return str(path)


def count(location: str) -> int:
    conn = sqlite3.connect(f"file:{location}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM transactions").fetchone()[0])
    finally:
        conn.close()


def test_a_current_book_opens_with_a_cheap_look(sqlite_book, dialogs, opened, monkeypatch) -> None:
    location = sqlite_book.location
    looks = []
    real = launch_ops.settle_then_inspect
    monkeypatch.setattr(launch_ops, "settle_then_inspect",
                        lambda loc, **kw: looks.append(kw) or real(loc, **kw))
    book = launch_flow.open_book_interactively(location)
    assert book is not None and dialogs[0] == []
    opened.append(book)
    assert looks == [{"quick_check": False}]
    assert holder(location).purpose == "session"
    assert not sessions.closed_cleanly(location)  # open, until closed normally
    opened.pop().close()
    assert holder(location) is None


def test_after_an_unclean_end_the_look_runs_quick_check(
        sqlite_book, dialogs, opened, monkeypatch) -> None:
    location = sqlite_book.location
    sessions.mark_open(location)  # as a session killed before it closed
    looks = []
    real = launch_ops.settle_then_inspect
    monkeypatch.setattr(launch_ops, "settle_then_inspect",
                        lambda loc, **kw: looks.append(kw) or real(loc, **kw))
    opened.append(launch_flow.open_book_interactively(location))
    assert opened[0] is not None and looks == [{"quick_check": True}]


def test_a_legacy_book_goes_through_the_wizard_and_opens_upgraded(
        tmp_path, dialogs, wizard_runs, opened) -> None:
    location = legacy_book(tmp_path / "tienda.cuentas")
    book = launch_flow.open_book_interactively(location)
    assert book is not None and len(wizard_runs[0]) == 1 and dialogs[0] == []
    opened.append(book)
    state = inspect_book(location, quick_check=False)
    assert state.state == "current" and state.counts["splits"] == state.counts["transactions"]
    from app.ledger.transactions import get_transaction

    assert get_transaction(book.book, 1).lines  # split-capable: each movement has its lines


def test_a_cancelled_wizard_opens_nothing_and_changes_nothing(
        tmp_path, dialogs, wizard_runs) -> None:
    location = legacy_book(tmp_path / "tienda.cuentas")
    wizard_runs[1]["finish"] = False
    assert launch_flow.open_book_interactively(location) is None
    assert inspect_book(location).state == "unversioned-legacy" and holder(location) is None
    # Issue 13, defect 9: never a silent end; it says the book stays as it is and how on.
    [said] = dialogs[0]
    assert said["kind"] == "not-upgraded" and said["default"] == []
    assert said["choices"] == ["upgrade", "another", "close"]
    assert said["headline"] == "tienda.cuentas was not upgraded; it stays as it is."
    assert "File › Open" in said["body"] and "start Cuentas" in said["body"]


def test_after_a_cancelled_wizard_the_upgrade_or_another_book_is_one_click_away(
        tmp_path, make_book, dialogs, wizard_runs, opened, monkeypatch) -> None:
    location = legacy_book(tmp_path / "tienda.cuentas")
    runs, options = wizard_runs
    options["finish"] = False
    other = str(tmp_path / "otro.cuentas")
    make_book(other).close()
    monkeypatch.setattr(launch_flow, "choose_book_file", lambda parent: other)
    dialogs[1].append("another")
    book = launch_flow.open_book_interactively(location)
    assert book is not None and book.book.location == other
    opened.append(book)
    assert inspect_book(location).state == "unversioned-legacy"

    dialogs[1].append("upgrade")  # the wizard again, from the dialog
    opened.pop().close()
    shown = dialogs[0]
    real = launch_flow._exec

    def answer_then_finish(dialog) -> str:
        choice = real(dialog)
        options["finish"] = choice == "upgrade"
        return choice

    monkeypatch.setattr(launch_flow, "_exec", answer_then_finish)
    book = launch_flow.open_book_interactively(location)
    assert book is not None and len(runs) == 3
    opened.append(book)
    assert inspect_book(location).state == "current"
    assert [d["kind"] for d in shown] == ["not-upgraded", "not-upgraded"]


def test_a_book_from_a_newer_cuentas_is_explained_and_another_opens(
        tmp_path, make_book, dialogs, opened, monkeypatch) -> None:
    newer = tmp_path / "newer.cuentas"
    make_book(str(newer)).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    other = str(tmp_path / "other.cuentas")
    make_book(other).close()
    shown, answers = dialogs
    answers.append("another")
    monkeypatch.setattr(launch_flow, "choose_book_file", lambda parent: other)
    book = launch_flow.open_book_interactively(str(newer))
    opened.append(book)
    assert shown[0]["kind"] == "ahead" and "newer version" in str(shown[0]["headline"])
    assert "revision 9999" in str(shown[0]["body"])
    assert shown[0]["choices"] == ["another", "close"] and shown[0]["default"] == []
    assert book is not None and book.location == other
    assert holder(str(newer)) is None


@pytest.mark.parametrize("windows", [False, True], ids=["posix", "windows-sharing"])
def test_a_corrupt_book_is_kept_aside_and_its_newest_backup_restored(
        sqlite_book, dialogs, opened, monkeypatch, windows) -> None:
    """Also under Windows' rule for open files (tests/sharing.py): the launch holds no
    handle on the damaged book when its backup is swapped in."""
    from app.backup import restore as restore_module
    from app.ledger.accounts import add_account
    from app.store import outfiles
    from tests.sharing import install

    seen = None
    if windows:
        monkeypatch.setattr(restore_module, "WINDOWS", True)
        monkeypatch.setattr(outfiles, "RETRY_SECONDS", 0)
        seen = install(monkeypatch)
    location = sqlite_book.location
    add_account(sqlite_book, "Banco", "bank", 50_000)
    backup = backup_book(location, "manual")
    sqlite_book.close()
    raw = Path(location).read_bytes()
    Path(location).write_bytes(raw[:4096] + b"\x5a" * (len(raw) - 4096))
    damaged = Path(location).read_bytes()
    shown, answers = dialogs
    answers += ["restore", "continue"]

    book = launch_flow.open_book_interactively(location)

    assert [d["kind"] for d in shown] == ["corrupt", "restored"]
    assert "damaged" in str(shown[0]["headline"]) and str(backup.path) in str(shown[0]["details"])
    assert shown[0]["choices"] == ["restore", "choose", "another", "close"]
    assert book is not None
    opened.append(book)
    from app.ledger.accounts import list_accounts

    assert [a.name for a in list_accounts(book.book)] == ["Banco"]
    kept = [p for p in Path(location).parent.iterdir()
            if ".replaced-" in p.name and not p.name.endswith(("-wal", "-shm", "-journal"))]
    assert kept and kept[0].read_bytes() == damaged  # the damaged file, never deleted
    assert str(kept[0]) in str(shown[1]["details"])
    assert seen is None or seen.refused == []


def test_a_corrupt_book_without_a_backup_offers_to_choose_one(tmp_path, dialogs) -> None:
    where = tmp_path / "junk.cuentas"
    where.write_bytes(b"SQLite format 3\x00" + b"\x01" * 8000)
    shown, _answers = dialogs
    assert launch_flow.open_book_interactively(str(where)) is None
    assert shown[0]["kind"] == "corrupt" and shown[0]["choices"] == ["choose", "another",
                                                                     "close"]
    assert where.read_bytes() == b"SQLite format 3\x00" + b"\x01" * 8000


HOLD = """
import sys, time
from app.store.lock import BookLock
lock = BookLock.acquire(sys.argv[1], "session")
print("held", flush=True)
time.sleep(120)
"""


def test_a_locked_book_names_who_holds_it_and_offers_retry(sqlite_book, dialogs) -> None:
    import socket

    location = sqlite_book.location
    shown, answers = dialogs
    answers += ["retry", "close"]
    with subprocess.Popen([sys.executable, "-c", HOLD, location], cwd=ROOT, text=True,
                          stdout=subprocess.PIPE) as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
            assert launch_flow.open_book_interactively(location) is None
        finally:
            proc.kill()
            proc.wait()
    assert [d["kind"] for d in shown] == ["locked", "locked"]  # Retry looked again
    details = str(shown[0]["details"])
    assert f"Process: {proc.pid}" in details and f"Computer: {socket.gethostname()}" in details
    assert shown[0]["headline"] == "Another Cuentas has this book open."
    assert "read-only here is not offered" in str(shown[0]["body"])
    assert shown[0]["choices"] == ["retry", "another", "close"] and shown[0]["default"] == []


def test_an_interrupted_upgrade_offers_the_engines_backup(
        tmp_path, dialogs, wizard_runs) -> None:
    from app.store.marker import read_marker, write_marker

    location = legacy_book(tmp_path / "tienda.cuentas")
    info = backup_book(location, "pre-upgrade")
    wrong = json.loads(info.fingerprint.to_json())
    wrong["transactions"] += 1  # what is there is neither the old book nor the new
    write_marker(location, "upgrade", "migrating", from_revision="0001", unversioned=True,
                 backup=str(info.path), fingerprint_before=wrong)
    shown, answers = dialogs
    answers += ["restore", "continue"]
    wizard_runs[1]["finish"] = False

    assert launch_flow.open_book_interactively(location) is None  # the wizard was cancelled

    # ... and then said the book stays as it is, and how on (issue 13, defect 9)
    assert [d["kind"] for d in shown] == ["interrupted", "restored", "not-upgraded"]
    assert str(info.path) in str(shown[0]["details"])
    assert "upgrade wizard opens next" in str(shown[1]["body"])
    assert str(shown[1]["body"]).startswith(  # what came back: the book, when, which backup
        f"tienda.cuentas is now as it was on {info.created_local[:16]} "
        "(backup “Before an upgrade”).")
    assert len(wizard_runs[0]) == 1  # the restored, older book went to the wizard
    assert wizard_runs[0][0].restored.path == info.path  # which says what came back
    assert read_marker(location) is None
    assert inspect_book(location).state == "unversioned-legacy"
    assert [b.reason for b in list_backups(info.path.parent)].count("pre-restore") == 1


def test_an_upgrade_cut_short_is_told_before_the_wizard(
        tmp_path, dialogs, wizard_runs, opened) -> None:
    from app.store.marker import write_marker

    location = legacy_book(tmp_path / "tienda.cuentas")
    info = backup_book(location, "pre-upgrade")
    write_marker(location, "upgrade", "migrating", from_revision="0001", unversioned=True,
                 backup=str(info.path))  # the book is intact: the journal was rolled back
    shown, answers = dialogs
    answers.append("continue")
    book = launch_flow.open_book_interactively(location)
    opened.append(book)
    assert [d["kind"] for d in shown] == ["recovered"]
    assert shown[0]["headline"] == "The last upgrade of this book was interrupted."
    assert "exactly as it was" in str(shown[0]["body"])
    assert "An upgrade was interrupted" in str(shown[0]["details"])  # the engine's words
    assert book is not None and inspect_book(location).state == "current"


def test_a_missing_book_is_explained(tmp_path, dialogs) -> None:
    shown, _ = dialogs
    assert launch_flow.open_book_interactively(str(tmp_path / "gone.cuentas")) is None
    assert shown[0]["kind"] == "missing"


def test_the_fuller_checks_run_once_the_window_shows(
        sqlite_book, dialogs, opened, qtbot, monkeypatch) -> None:
    from app.store.verify import Check
    from ui.launch import checks as launch_checks

    monkeypatch.setattr(launch_checks, "BACKGROUND_CHECK_MS", 0)
    checked = []
    monkeypatch.setattr("app.store.verify.verify_book", lambda loc, **kw: checked.append(loc) or [
        Check("lines add up to amounts", False, "3 transactions do not add up")])
    book = launch_flow.open_book_interactively(sqlite_book.location)
    opened.append(book)
    assert checked == []  # nothing before the window
    window = QMainWindow()
    window.book = book.book  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(object, "backgroundProblems") is not None,
                    timeout=10_000)
    qtbot.waitUntil(background.idle)
    assert checked == [sqlite_book.location]
    box = window.findChild(object, "backgroundProblems")
    assert "3 transactions do not add up" in box.informativeText()
    box.close()


# ---------------------------------------------------------------- the real app, killed

SHIM = """
import sys
from ui.launch import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def _start(location: str, **env: str) -> subprocess.Popen[str]:
    full = {**os.environ, "CUENTAS_UI_AUTOPILOT": "1", "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.Popen([sys.executable, "-c", SHIM, location], cwd=ROOT, env=full,
                            text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_the_app_killed_during_the_upgrade_tells_what_happened_next_time(tmp_path) -> None:
    from app.store.fingerprint import compute
    from app.store.verify import verify_book

    location = legacy_book(tmp_path / "tienda.cuentas", n=3000)
    conn = sqlite3.connect(f"file:{location}?mode=ro", uri=True)
    before = compute(conn)
    conn.close()

    # The upgrade is held inside its transaction, lines copied, until the kill.
    seen = []
    with _start(location, CUENTAS_TEST_FAULT="upgrade.migrate.0002.copy-lines:sleep=60@2") as first:
        try:
            assert first.stdout is not None
            deadline = time.monotonic() + 60
            for line in first.stdout:
                seen.append(line.strip())
                if line.startswith("autopilot: step Upgrading: copying lines"):
                    break
                assert time.monotonic() < deadline, seen
            time.sleep(0.5)
            os.kill(first.pid, signal.SIGKILL)
        finally:
            first.kill()
            first.wait()
    assert first.returncode == -signal.SIGKILL, seen
    assert "autopilot: backup verified" in " ".join(seen)
    assert Path(location + ".pending").exists()  # the crash marker tells the next start

    with _start(location) as second:
        out, err = second.communicate(timeout=120)
    assert second.returncode == 0, out + err
    assert "autopilot: dialog recovered" in out, out
    assert "An upgrade was interrupted" in out and "exactly as it was" in out
    assert "autopilot: wizard done" in out and "autopilot: main window shown" in out
    assert "autopilot: background checks all passed" in out

    state = inspect_book(location)
    assert state.state == "current" and not Path(location + ".pending").exists()
    conn = sqlite3.connect(f"file:{location}?mode=ro", uri=True)
    assert before.differences(compute(conn)) == []
    conn.close()
    assert all(check.ok for check in verify_book(location))
    assert count(location) == before.transactions


READ_ONLY_LAUNCH = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.common.operations import books as launch_ops
from ui.launch import flow as launch_flow
shown = []
def fake_exec(dialog):
    shown.append({"kind": dialog.kind, "body": dialog.body, "choices": list(dialog.buttons)})
    return "close"
launch_flow._exec = fake_exec
book = launch_flow.open_book_interactively(sys.argv[1])
print(json.dumps({"opened": book is not None, "shown": shown}))
"""


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_book_is_explained_and_left_as_it_was(what: str) -> None:
    """A book whose file (or folder) this user cannot write gets its own dialog, not
    "cannot write its lock file" nor "damaged"; nothing is written. Run as the user
    nobody when the tests run as root (chmod does not stop root)."""
    import hashlib
    import shutil
    import tempfile

    from app.store.demo import write_legacy

    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root, and setpriv is missing to check as another user")
        prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    folder = Path(tempfile.mkdtemp(prefix="cuentas-readonly-"))
    try:
        folder.chmod(0o755)
        home = folder / "home"
        home.mkdir()
        home.chmod(0o777)
        books = folder / "books"
        books.mkdir()
        book = books / "tienda.cuentas"
        write_legacy(book, 50, 5, end=date(2026, 3, 31))
        book.chmod(0o444 if what == "file" else 0o644)
        books.chmod(0o777 if what == "file" else 0o555)
        before = hashlib.sha256(book.read_bytes()).hexdigest()
        env = {**os.environ, "CUENTAS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("CUENTAS_UI_AUTOPILOT", None)
        done = subprocess.run([*prefix, sys.executable, "-c", READ_ONLY_LAUNCH, str(book)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert not result["opened"]
        assert [d["kind"] for d in result["shown"]] == ["read-only"], result
        assert "was not changed" in result["shown"][0]["body"]
        assert result["shown"][0]["choices"] == ["another", "close"]
        assert hashlib.sha256(book.read_bytes()).hexdigest() == before
        assert sorted(p.name for p in books.iterdir()) == ["tienda.cuentas"]
    finally:
        for p in [folder, *folder.rglob("*")]:
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
