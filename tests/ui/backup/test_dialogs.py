"""File › Backup now, File › Restore from backup… (an older state comes back, through the
wizard when the backup is older), and the on-close and daily backups of the window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.admin import sessions
from app.admin.book_settings import backup_settings
from app.backup import backup_book, list_backups, manifest_path
from app.ledger.accounts import add_account, list_accounts
from app.store.book import open_book
from app.store.inspect import inspect_book
from tests.ui.upgrade.steps import upgrade_to_the_end
from ui.backup import dialogs as backup_dialogs
from ui.backup import restore_dialog
from ui.common import background
from ui.main.window import MainWindow
from ui.upgrade.wizard import UpgradeWizard


@pytest.fixture
def window(qtbot, sqlite_book):
    switched: list[str] = []
    win = MainWindow(sqlite_book, switch_book=switched.append, load_in_background=False)
    win.switched = switched  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    yield win
    qtbot.waitUntil(background.idle, timeout=20_000)


def reasons(book) -> list[str]:
    return [b.reason for b in list_backups(backup_settings(book).folder)]


def boxes(parent) -> list[str]:
    return [b.text() for b in parent.findChildren(QMessageBox)]


def test_backup_now_makes_a_verified_backup_and_says_where(qtbot, window) -> None:
    task = backup_dialogs.backup_now(window)
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    [info] = list_backups(backup_settings(window.book).folder)
    assert info.reason == "manual" and info.verified
    assert "The backup is made and verified" in " ".join(boxes(window))
    assert any(str(info.path) == b.informativeText() for b in window.findChildren(QMessageBox))


def test_restore_brings_back_an_older_state_and_reopens_the_book(
        qtbot, window, monkeypatch) -> None:
    book = window.book
    location = book.location
    add_account(book, "Banco", "bank", 10_000)
    older = backup_book(location, "manual", backup_settings(book).folder)
    add_account(book, "Caja", "cash")  # after the backup: the restore takes it away
    asked = []
    monkeypatch.setattr(restore_dialog, "confirm_restore",
                        lambda parent, info: asked.append(info.path) or True)

    dialog = backup_dialogs.restore_from_backup(window)
    assert dialog.table.rowCount() == 1 and dialog.selected() == older
    assert not dialog.restore.isDefault() and not dialog.restore.autoDefault()
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells[1:3] == ["Backup now", older.revision] and cells[4] == "✓ Verified"
    dialog.restore.click()
    assert not window.isEnabled()  # no input while the file is replaced
    qtbot.waitUntil(lambda: window.switched == [location], timeout=20_000)

    assert asked == [older.path]  # asked once
    assert window.isEnabled()
    again = open_book(location)
    assert [a.name for a in list_accounts(again)] == ["Banco"]
    again.close()
    assert sorted(reasons(book)) == ["manual", "pre-restore"]


def test_an_older_backup_is_upgraded_by_the_wizard_after_the_restore(
        qtbot, window, monkeypatch, tmp_path) -> None:
    import ui.upgrade.wizard
    from app.store.demo import write_legacy

    legacy = tmp_path / "old.cuentas"
    write_legacy(legacy, 60, 2, end=date(2026, 3, 31))
    folder = backup_settings(window.book).folder
    old = backup_book(str(legacy), "pre-upgrade", folder)
    # As if the old book had been this one: the same manifest, moved next to our backups.
    monkeypatch.setattr(restore_dialog, "confirm_restore", lambda parent, info: True)
    ran = []

    def drive(w: UpgradeWizard) -> int:
        ran.append(w.location)
        w.show()
        return upgrade_to_the_end(qtbot, w)

    monkeypatch.setattr(ui.upgrade.wizard, "exec_wizard", drive)
    dialog = backup_dialogs.restore_from_backup(window)
    dialog.picked = [old]  # chosen with "Other file…"
    dialog.reload()
    assert dialog.selected() == old
    dialog.restore.click()
    location = window.book.location
    qtbot.waitUntil(lambda: window.switched == [location], timeout=60_000)
    assert ran == [location]
    state = inspect_book(location)
    assert state.state == "current" and state.counts["transactions"] == \
        old.fingerprint.transactions


def test_a_backup_that_cannot_be_trusted_cannot_be_restored(qtbot, window) -> None:
    info = backup_book(window.book.location, "manual", backup_settings(window.book).folder)
    manifest_path(info.path).write_text("{}")
    dialog = backup_dialogs.RestoreDialog(window.book, window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 4).text() == "✗ Damaged: its manifest is garbled"
    assert not dialog.restore.isEnabled() and "cannot be restored" in dialog.note.text()


def _truncate(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(4096)


def _flip_a_byte(path: Path) -> None:
    """Same size, other bytes: only the checksum tells."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        byte = fh.read(1)[0]
        fh.seek(size // 2)
        fh.write(bytes([byte ^ 0xFF]))


def test_damaged_backups_are_shown_damaged_with_why_and_never_restored(
        qtbot, window, monkeypatch) -> None:
    """One good backup, a newer truncated one and a newer one with a garbled manifest:
    all three listed, the damaged ones as damaged with the reason, the good one chosen."""
    book = window.book
    folder = backup_settings(book).folder
    add_account(book, "Banco", "bank", 10_000)
    good = backup_book(book.location, "scheduled", folder)
    add_account(book, "Caja", "cash")
    truncated = backup_book(book.location, "manual", folder)
    garbled = backup_book(book.location, "on-close", folder)
    _truncate(truncated.path)
    manifest_path(garbled.path).write_text('{"size": 1, "sha256": ', encoding="utf-8")
    asked: list[Path] = []
    monkeypatch.setattr(restore_dialog, "confirm_restore",
                        lambda parent, info: asked.append(info.path) or True)

    dialog = backup_dialogs.RestoreDialog(book, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.path for b in dialog.backups] == [garbled.path, truncated.path, good.path]
    states = [dialog.table.item(r, 4).text() for r in range(3)]
    assert states[0] == "✗ Damaged: its manifest is garbled"
    assert states[1].startswith("✗ Damaged: the file is truncated (4.1 kB of ")
    assert states[2] == "✓ Verified"
    assert dialog.table.item(0, 1).text() == "On closing"  # the name still says why
    assert "its manifest is garbled" in dialog.table.item(0, 0).toolTip()
    # the newest good one is chosen, and the note says why it is not the newest
    assert dialog.selected() == good and dialog.restore.isEnabled()
    assert "2 newer backups above it are damaged" in dialog.note.text()
    # a damaged one can be looked at, not restored
    dialog.table.selectRow(1)
    assert dialog.selected() is not None and dialog.selected().path == truncated.path
    assert not dialog.restore.isEnabled()
    assert dialog.note.text().startswith(
        "This backup is damaged and cannot be restored: the file is truncated")
    dialog.ask_and_restore()
    assert asked == [] and dialog.task is None

    # damage only the checksum tells: refused before anything changes, then shown
    _flip_a_byte(good.path)
    dialog.table.selectRow(2)
    failed: list[BaseException] = []
    dialog.restore_failed.connect(failed.append)
    dialog.ask_and_restore()
    qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
    assert asked == [good.path]
    assert dialog.table.item(2, 4).text() == (
        "✗ Damaged: its checksum differs from its manifest")
    assert not dialog.restore.isEnabled()
    assert "The book was not changed" in dialog.note.text()
    assert sorted(reasons(book)) == ["manual", "on-close", "scheduled"]  # no pre-restore
    assert {a.name for a in list_accounts(book)} == {"Banco", "Caja"}


def test_only_the_owner_may_restore(qtbot, window) -> None:
    backup_book(window.book.location, "manual", backup_settings(window.book).folder)
    window.book.actor = replace(window.book.actor, role="viewer")
    dialog = backup_dialogs.RestoreDialog(window.book, window)
    qtbot.addWidget(dialog)
    assert not dialog.restore.isEnabled()
    assert dialog.note.text() == "Only the book's owner can restore a backup."


def test_closing_backs_up_a_changed_book_and_notes_the_clean_end(sqlite_book) -> None:
    location = sqlite_book.location
    sessions.mark_open(location)
    assert backup_dialogs.on_book_closing(sqlite_book, changed=False) is None
    assert reasons(sqlite_book) == [] and sessions.closed_cleanly(location)
    sessions.mark_open(location)
    info = backup_dialogs.on_book_closing(sqlite_book, changed=True)
    assert info is not None and reasons(sqlite_book) == ["on-close"]
    assert sessions.closed_cleanly(location)


def test_the_daily_backup_happens_when_due_and_not_again(qtbot, sqlite_book) -> None:
    task = backup_dialogs.maybe_daily_backup(sqlite_book)
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert reasons(sqlite_book) == ["scheduled"]
    task = backup_dialogs.maybe_daily_backup(sqlite_book)
    qtbot.waitUntil(lambda: task.finished, timeout=20_000)
    assert reasons(sqlite_book) == ["scheduled"]


def test_the_restore_dialog_lists_date_reason_revision_size_and_state(
        qtbot, sqlite_book, tmp_path: Path) -> None:
    folder = backup_settings(sqlite_book).folder
    for reason in ("manual", "scheduled", "on-close"):
        backup_book(sqlite_book.location, reason, folder)
    dialog = backup_dialogs.RestoreDialog(sqlite_book)
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Date", "Reason", "Revision", "Size", "State"]
    assert [dialog.table.item(r, 1).text() for r in range(3)] == [
        "On closing", "Daily", "Backup now"]


def test_writes_since_the_book_opened_are_noticed(sqlite_book) -> None:
    from ui.common.events import OpChanges, hub

    backup_dialogs.watch_changes(sqlite_book)
    assert not backup_dialogs.changed_since_open(sqlite_book)
    hub().notify(OpChanges.of_transactions(1))
    assert backup_dialogs.changed_since_open(sqlite_book)
    backup_dialogs.on_book_closing(sqlite_book, backup_dialogs.changed_since_open(sqlite_book))
    assert reasons(sqlite_book) == ["on-close"]
    assert backup_dialogs.changed_since_open(sqlite_book)  # not watched any more: be safe


# ---------------------------------------------------------------- issue 13, defect 9


@pytest.fixture
def older_backup(window, tmp_path):
    """A pre-upgrade backup of an older book, listed in the restore dialog."""
    from app.store.demo import write_legacy

    legacy = tmp_path / "old.cuentas"
    write_legacy(legacy, 60, 2, end=date(2026, 3, 31))
    return backup_book(str(legacy), "pre-upgrade", backup_settings(window.book).folder)


@pytest.fixture
def launch_dialogs(monkeypatch):
    """The launch dialogs shown after the wizard, and the answers to give (else close)."""
    import ui.launch.dialogs

    shown: list[dict[str, object]] = []
    answers: list[str] = []

    def fake(dialog) -> str:
        shown.append({"kind": dialog.kind, "headline": dialog.headline, "body": dialog.body,
                      "details": dialog.details, "choices": list(dialog.buttons)})
        dialog.deleteLater()
        return answers.pop(0) if answers else "close"

    monkeypatch.setattr(ui.launch.dialogs, "show_dialog", fake)
    return shown, answers


def restore_older(qtbot, window, monkeypatch, older, runs: list[str]) -> list[UpgradeWizard]:
    """Restore `older` from File › Restore; each wizard that opens says what it shows on
    What's new, then is cancelled ("cancel") or driven to Done ("finish")."""
    import ui.upgrade.wizard

    monkeypatch.setattr(restore_dialog, "confirm_restore", lambda parent, info: True)
    seen: list[UpgradeWizard] = []

    def drive(w: UpgradeWizard) -> int:
        seen.append(w)
        w.show()
        w.seen_notice = (w.pages[w.WHATS_NEW].restored.text()  # type: ignore[attr-defined]
                         if w.pages[w.WHATS_NEW].restored.isVisibleTo(w) else "")
        if runs.pop(0) == "cancel":
            w.reject()
            return 0
        return upgrade_to_the_end(qtbot, w)

    monkeypatch.setattr(ui.upgrade.wizard, "exec_wizard", drive)
    dialog = backup_dialogs.restore_from_backup(window)
    dialog.picked = [older]  # chosen with "Other file…"
    dialog.reload()
    dialog.restore.click()
    return seen


def test_after_restoring_an_older_backup_the_wizard_says_what_came_back(
        qtbot, window, monkeypatch, older_backup, launch_dialogs) -> None:
    """The restore is said before the upgrade: which backup, its date, the book."""
    location = window.book.location
    seen = restore_older(qtbot, window, monkeypatch, older_backup, ["finish"])
    qtbot.waitUntil(lambda: window.switched == [location], timeout=60_000)
    notice = seen[0].seen_notice  # type: ignore[attr-defined]
    assert "The backup is restored" in notice
    assert older_backup.created_local[:16] in notice and "Before an upgrade" in notice
    assert Path(location).name in notice
    assert launch_dialogs[0] == []
    assert inspect_book(location).state == "current"


@pytest.mark.parametrize("answer", ["close", "upgrade", "another"])
def test_cancelling_the_wizard_after_a_restore_says_how_on_and_never_quits_silently(
        qtbot, window, monkeypatch, older_backup, launch_dialogs, tmp_path, answer) -> None:
    import ui.launch.dialogs

    location = window.book.location
    shown, answers = launch_dialogs
    answers.append(answer)
    other = str(tmp_path / "other.cuentas")
    monkeypatch.setattr(ui.launch.dialogs, "choose_book_file", lambda parent: other)
    runs = ["cancel", "finish"] if answer == "upgrade" else ["cancel"]
    # As the application does: the other book opens in a new window, this one closes.
    window.switch_book = lambda where: (window.switched.append(where), window.close())
    seen = restore_older(qtbot, window, monkeypatch, older_backup, runs)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    [said] = shown
    assert said["kind"] == "not-upgraded"
    assert said["choices"] == ["upgrade", "another", "close"]
    assert "File › Open" in str(said["body"]) and "another book" in str(said["body"])
    assert Path(location).name in str(said["headline"])
    # The book stays as the backup left it: older, not upgraded, nothing changed.
    if answer == "close":
        qtbot.waitUntil(lambda: not window.isVisible())
        assert inspect_book(location).state == "unversioned-legacy"
        assert window.switched == []
    elif answer == "upgrade":
        qtbot.waitUntil(lambda: window.switched == [location], timeout=60_000)
        assert len(seen) == 2 and inspect_book(location).state == "current"
    else:
        qtbot.waitUntil(lambda: window.switched == [other])
        assert inspect_book(location).state == "unversioned-legacy"


def test_restoring_a_backup_says_which_one_its_date_and_the_book(
        qtbot, window, monkeypatch) -> None:
    book = window.book
    location = book.location
    older = backup_book(location, "scheduled", backup_settings(book).folder)
    monkeypatch.setattr(restore_dialog, "confirm_restore", lambda parent, info: True)
    said: list[tuple[str, str, str]] = []
    monkeypatch.setattr(backup_dialogs, "_message",
                        lambda parent, icon, title, text, informative="": said.append(
                            (title, text, informative)))
    dialog = backup_dialogs.restore_from_backup(window)
    dialog.restore.click()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    [(title, text, informative)] = said
    assert title == "Backup restored"
    assert text == (f"{Path(location).name} is now as it was on "
                    f"{older.created_local[:16]} (backup “Daily”).")
    assert "The book as it was before the restore is kept in the backup" in informative


@pytest.mark.parametrize("windows", [False, True], ids=["posix-swap", "windows-swap"])
def test_the_window_lets_go_of_the_book_before_a_restore_swaps_it(
        qtbot, window, monkeypatch, windows) -> None:
    """Windows refuses to replace a file any process has open: the window's restore must
    suspend every connection of this process to the book first — one still in use on
    another thread is waited for (tests/sharing.py enforces Windows' rule here) — and
    the book goes on after."""
    import threading

    from sqlalchemy import text

    from app.backup import restore as restore_module
    from app.store import outfiles
    from tests.sharing import install

    monkeypatch.setattr(restore_module, "WINDOWS", windows)
    monkeypatch.setattr(outfiles, "RETRY_SECONDS", 0)  # no retry hides a handle of ours
    book = window.book
    location = book.location
    add_account(book, "Banco", "bank", 10_000)
    backup_book(location, "manual", backup_settings(book).folder)
    add_account(book, "Caja", "cash")
    monkeypatch.setattr(restore_dialog, "confirm_restore", lambda parent, info: True)
    # A read still running on another thread when the restore starts (a query in flight).
    reading, done_reading = threading.Event(), threading.Event()

    def slow_query() -> None:
        with book.read() as session:
            session.execute(text("SELECT count(*) FROM accounts")).one()
            reading.set()
            done_reading.wait(10)

    reader = threading.Thread(target=slow_query)
    reader.start()
    assert reading.wait(10)
    seen = install(monkeypatch)
    dialog = backup_dialogs.restore_from_backup(window)
    failed: list[BaseException] = []
    dialog.restore_failed.connect(failed.append)
    dialog.restore.click()
    assert book.suspended
    threading.Timer(0.5, done_reading.set).start()
    qtbot.waitUntil(lambda: window.switched == [location] or bool(failed), timeout=30_000)
    reader.join()
    assert failed == [] and seen.refused == []
    assert not book.suspended  # resumed: the window reads the restored book
    assert [a.name for a in list_accounts(book)] == ["Banco"]
