"""File › Backup now, File › Restore from backup…, and the automatic backups' hooks.

The main window calls four functions (`ui.main.window` / `ui.application` wire them):

- `backup_now(main_window)`: a verified `manual` backup into the book's backup folder,
  off the UI thread (progress after 600 ms), then where it is;
- `restore_from_backup(main_window)`: `ui.backup.restore_dialog.RestoreDialog`, the book's
  backups with date, reason, revision, size and verification. Restoring asks once
  (the safe answer is the default), closes the window's connections to the book,
  restores with progress (`app.backup.restore`: the current book is backed up first, a
  damaged one kept aside), then reopens the book — through the upgrade wizard when
  the backup is older — with the window's `switch_book`;
- `on_book_closing(book, changed)`: when the window closes; the `on-close` backup of
  a book written during the session (`app.backup.schedule`), and the note that the
  session ended cleanly (`app.admin.sessions`: the next launch skips the quick_check).
  `changed_since_open(book)` answers `changed` for a book the launch flow opened
  (`watch_changes` notes every write announced on the hub);
- `maybe_daily_backup(book)`: after the window shows (and, say, hourly): today's
  `scheduled` backup when the book's schedule is daily and none was made today, in
  the background without a progress dialog; a failure is told, not hidden.

Every backup and restore is an operation of `ui.common.operations.backups`, run on a
thread of its own (`run_in_thread`; `wait` while the window closes), never on the shared
worker of `ui.common.operations`, so the register never waits behind a backup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from app.admin import sessions
from app.backup import BackupInfo
from app.backup.restore import RestoreResult
from app.store.book import Book
from ui.backup.restore_dialog import RestoreDialog, confirm_restore, describe_size
from ui.common.background import Task
from ui.common.operations import backups as ops
from ui.common.translate import tr
from ui.docs import autopilot


def _message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
             informative: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(informative)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    autopilot.announce("message", f"{text} {informative}")
    return box


# ---------------------------------------------------------------- Backup now


def backup_now(main_window: QMainWindow) -> Task:
    """File › Backup now: a verified manual backup, then where it is."""
    book: Book = main_window.book  # type: ignore[attr-defined]

    def done(info: BackupInfo) -> None:
        _message(main_window, QMessageBox.Icon.Information, tr("Backup made"),
                 tr("The backup is made and verified ({size}).").format(
                     size=describe_size(info.size)), str(info.path))

    def failed(error: BaseException) -> None:
        _message(main_window, QMessageBox.Icon.Warning, tr("No backup was made"),
                 tr("The backup could not be made."), str(error))

    return (ops.backup_now(main_window, book).with_progress(tr("Backing up…"))
            .success(done).failure(failed).run_in_thread("cuentas-backup-now"))


# ---------------------------------------------------------------- automatic backups

#: id(book) -> (written since it opened?, the hub slot that notices writes)
_changes: dict[int, tuple[bool, Callable[..., None]]] = {}


def watch_changes(book: Book) -> None:
    """From now on, note whether anything is written to `book` (every write, undo and
    redo is announced on the hub). The launch flow calls it when a book opens."""
    from ui.common.events import hub

    key = id(book)
    forget_changes(book)

    def seen(_what: object, _initiator: object) -> None:
        _changes_seen(key)

    _changes[key] = (False, seen)
    hub().operation_did_execute.connect(seen)


def _changes_seen(key: int) -> None:
    if key in _changes:
        _changes[key] = (True, _changes[key][1])


def changed_since_open(book: Book) -> bool:
    """Was `book` written since it opened? (True when nobody watched: back up to be safe.)"""
    entry = _changes.get(id(book))
    return True if entry is None else entry[0]


def forget_changes(book: Book) -> None:
    from ui.common.events import hub

    entry = _changes.pop(id(book), None)
    if entry is not None:
        try:
            hub().operation_did_execute.disconnect(entry[1])
        except (RuntimeError, TypeError):  # the hub was replaced meanwhile
            pass


def on_book_closing(book: Book, changed: bool) -> BackupInfo | None:
    """The window is closing `book`: its on-close backup when it changed (waits, with a
    progress dialog after 600 ms), and the note that the session ended cleanly."""
    info = None
    if changed:
        try:
            info = (ops.closing_backup(book, True)
                    .with_progress(tr("Backing up the book before closing…"))
                    .wait("cuentas-closing-backup"))
        except Exception as exc:  # the book itself is saved: say so, do not stop closing
            box = QMessageBox(QMessageBox.Icon.Warning, tr("No backup on closing"), tr(
                "The backup Cuentas makes when a changed book closes could not be made. "
                "Your book itself is saved."), QMessageBox.StandardButton.Close)
            box.setInformativeText(str(exc))
            autopilot.announce("message", str(exc))
            if autopilot.active():
                QTimer.singleShot(300, box.accept)
            box.exec()
    sessions.mark_closed(book.location)
    forget_changes(book)
    return info


def maybe_daily_backup(book: Book) -> Task:
    """Today's scheduled backup in the background, when it is due (cheap when not)."""

    def done(info: BackupInfo | None) -> None:
        if info is None:
            return
        window = QApplication.activeWindow()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                tr("Daily backup made and verified: {path}").format(path=info.path), 8000)

    def failed(error: BaseException) -> None:
        _message(QApplication.activeWindow(), QMessageBox.Icon.Warning,
                 tr("The daily backup was not made"),
                 tr("Cuentas could not make today's backup of this book."), str(error))

    return ops.daily_backup(book).success(done).failure(failed).run_in_thread(
        "cuentas-daily-backup")


# ---------------------------------------------------------------- Restore from backup


def restore_from_backup(main_window: QMainWindow) -> RestoreDialog:
    """File › Restore from backup…: the dialog, then the book reopened in the window."""
    book: Book = main_window.book  # type: ignore[attr-defined]
    dialog = RestoreDialog(book, main_window)
    dialog.restore_started.connect(lambda: _before_restore(main_window))
    dialog.restored.connect(lambda result: reopen_after_restore(main_window, result))
    dialog.restore_failed.connect(lambda _e: main_window.setEnabled(True))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _before_restore(main_window: QMainWindow) -> None:
    # The restore replaces the file: the window lets go of its connections first (it
    # keeps its session lock; the restore is this same process) and takes no input.
    # Windows refuses to replace a file this process still has open: the book opens no
    # connection until the restore ends, which first waits for those other threads still
    # use (`Book.suspend`, `ui.common.operations.backups.restore`).
    main_window.setEnabled(False)
    main_window.book.suspend()  # type: ignore[attr-defined]


def reopen_after_restore(main_window: QMainWindow, result: RestoreResult) -> None:
    """Open the restored book in place of the old one, saying first what came back
    (which backup, its date, the book); an older book goes through the upgrade wizard,
    which says it too. Cancelling the wizard leaves the book as the backup left it and
    says how on — upgrade now, another book, or close — never a silent end (issue 13)."""
    from ui.backup.restore_dialog import restored_text
    from ui.upgrade.wizard import run_wizard

    location = result.location
    switch: Callable[[str], Any] | None = getattr(main_window, "switch_book", None)
    said = restored_text(location, result.backup)
    informative = (tr("The book as it was before the restore is kept in the backup "
                      "{path}.").format(path=result.safety_backup.path)
                   if result.safety_backup is not None else "")
    older = result.state in ("behind", "unversioned-legacy")
    if older:
        while run_wizard(location, None, main_window, restored=result.backup) is None:
            if not _not_upgraded_then(main_window, location, switch):
                return
    main_window.setEnabled(True)
    if switch is None:
        _message(main_window, QMessageBox.Icon.Information, tr("Backup restored"),
                 said + " " + tr("Open the book again to see it."), informative)
        return
    switch(location)
    if not older:  # an upgraded one was said by the wizard
        QTimer.singleShot(0, lambda: _message(
            QApplication.activeWindow(), QMessageBox.Icon.Information, tr("Backup restored"),
            said, informative))


def _not_upgraded_then(main_window: QMainWindow, location: str,
                       switch: Callable[[str], Any] | None) -> bool:
    """The wizard after a restore was cancelled: say the book stays as it is and how on.
    True to run the wizard again; False when the window is done with this book (another
    book took its place, or it closes)."""
    from ui.launch import dialogs as launch_dialogs

    main_window.setEnabled(True)
    while True:
        choice = launch_dialogs.show_dialog(
            launch_dialogs.not_upgraded_dialog(location, main_window))
        if choice == "upgrade":
            return True
        if choice == "another" and switch is not None:
            chosen = launch_dialogs.choose_book_file(main_window)
            if chosen:
                switch(chosen)  # this window closes when the other book opens in its place
                if not main_window.isVisible():
                    return False
            continue  # none chosen, or it did not open (it said why): ask again
        # Close: the restored book is older than this window can show.
        QTimer.singleShot(0, main_window.close)
        return False


__all__ = [
    "RestoreDialog", "backup_now", "changed_since_open", "confirm_restore", "forget_changes",
    "maybe_daily_backup", "on_book_closing", "reopen_after_restore", "restore_from_backup",
    "watch_changes",
]
