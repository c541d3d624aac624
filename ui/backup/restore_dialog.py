"""File › Restore from backup…: the book's backups, and bringing one back.

`RestoreDialog` lists the backups of the open book found on this computer (its backup
folder, the folders remembered for it, its default folder, and files chosen with
*Other file…*) with date, reason, revision, size and state. A damaged backup (empty or
truncated file, manifest missing or garbled) is listed as damaged with its reason, in
grey, and cannot be restored; the newest *good* backup is selected, and the note says
when newer ones are damaged. A backup found damaged only while restoring (its checksum
differs) is refused before anything changes, and marked damaged in the list. Restoring
asks once (*Cancel* is the default), then runs the restore operation
(`ui.common.operations.backups.restore`: `app.backup.restore.restore_backup`) on a
thread of its own with a progress dialog after 600 ms: the backup is proven first,
the book as it is is backed up (`pre-restore`), and the file is replaced in one step.
The dialog only restores; `ui.backup.dialogs.restore_from_backup` wires it to the
main window (closing its connections first, reopening the book after).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup import BackupError, BackupInfo, read_backup
from app.backup.catalog import known_backups
from app.backup.restore import RestoreResult
from app.store.book import Book
from app.store.files import reason_title
from ui.common import prompts
from ui.common.background import Task
from ui.common.operations import backups as ops
from ui.common.style import DIM, ERROR, ERROR_STYLE, MUTED_STYLE, OK
from ui.common.translate import plural, tr
from ui.docs import autopilot

#: The table's columns.
DATE, REASON, REVISION, SIZE, STATE = range(5)


def describe_size(size: int) -> str:
    from ui.upgrade.pages import describe_size as size_text

    return size_text(size)


def _folder_of(book: Book) -> Path:
    from app.admin.book_settings import backup_settings

    return backup_settings(book).folder


class RestoreDialog(QDialog):
    """The book's backups; restoring one asks once, shows progress, then `restored`."""

    restore_started = Signal()
    restored = Signal(object)  # RestoreResult
    restore_failed = Signal(object)  # the exception

    def __init__(self, book: Book, parent: QWidget | None = None, *,
                 folders: tuple[Path, ...] | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.location = book.location
        self.folders = folders if folders is not None else (_folder_of(book),)
        self.backups: list[BackupInfo] = []
        #: Files chosen with *Other file…* (a copy from elsewhere), listed first.
        self.picked: list[BackupInfo] = []
        self.result_: RestoreResult | None = None
        self.task: Task | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("Restore from backup — Cuentas"))
        intro = QLabel(tr(
            "Choose the backup to bring back. The book as it is now is backed up first "
            "(reason “Before a restore”), so nothing is lost if you change your mind."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Reason"), tr("Revision"), tr("Size"), tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setStyleSheet("QTableWidget::item { padding: 0px 10px; } "
                                 "QHeaderView::section { padding: 2px 10px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.path = QLabel()
        self.path.setObjectName("backupPath")
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path.setStyleSheet("font-family: monospace; color: #3b4654;")
        self.note = QLabel()
        self.note.setObjectName("restoreNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        self.other = QPushButton(tr("Other file…"))
        self.other.setAutoDefault(False)
        self.other.clicked.connect(self._other_file)
        self.restore = QPushButton(tr("Restore…"))
        self.restore.setObjectName("restoreButton")
        self.restore.setAutoDefault(False)  # never the default: it replaces the book
        self.restore.clicked.connect(self.ask_and_restore)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        help_button = QPushButton(tr("Help"))
        help_button.setAutoDefault(False)
        help_button.clicked.connect(self.show_guide)
        buttons.addWidget(help_button)
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.restore)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.path)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        from ui.help.browser import install_context_help

        install_context_help(self, "backups")
        self.can_restore = book.actor.can("admin")
        if not self.can_restore:
            self.note.setText(tr("Only the book's owner can restore a backup."))
        self.reload()
        self.resize(860, 460)

    def show_guide(self) -> None:
        from ui.help.browser import show_help

        show_help(self, "admin-backup-restore", "")

    def reload(self, select: Path | None = None) -> None:
        known = known_backups(self.location, self.folders)
        self.backups = [*self.picked, *(b for b in known
                                        if b.path not in {p.path for p in self.picked})]
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            self._fill(row, info)
        if self.backups:
            wanted = next((r for r, b in enumerate(self.backups) if b.path == select), None)
            if wanted is None:  # the newest good one; the damaged ones above it stay shown
                wanted = next((r for r, b in enumerate(self.backups) if not b.damaged), 0)
            self.table.selectRow(wanted)
        else:
            self.note.setText(tr("There are no backups of this book yet (File › Backup now)."))
        self._selection_changed()

    def _fill(self, row: int, info: BackupInfo) -> None:
        damaged = info.damaged
        state = (tr("✗ Damaged: {problem}").format(problem=info.problem) if damaged
                 else tr("✓ Verified"))
        cells = [info.created_local[:16] or "?", reason_title(info.reason),
                 info.revision or "?", describe_size(info.size), state]
        tip = (tr("Damaged, cannot be restored: {problem}\n{path}").format(
            problem=info.problem, path=info.path) if damaged else str(info.path))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            if column in (REVISION, SIZE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == STATE:
                item.setForeground(ERROR if damaged else OK)
            elif damaged:
                item.setForeground(DIM)
            self.table.setItem(row, column, item)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.path.setText(str(info.path) if info else "")
        self.restore.setEnabled(self.can_restore and info is not None and not info.damaged
                                and self.task is None)
        self.note.setStyleSheet(MUTED_STYLE)
        if not self.can_restore:
            return
        if info is not None and info.damaged:
            self.note.setText(tr("This backup is damaged and cannot be restored: "
                                 "{problem}.").format(problem=info.problem))
            self.note.setStyleSheet(ERROR_STYLE)
        elif info is not None and (newer := self._damaged_newer_than(info)):
            text = plural(len(newer),
                          tr("The newer backup above it is damaged and cannot be restored."),
                          tr("The {count} newer backups above it are damaged and cannot be "
                             "restored.")).format(count=len(newer))
            self.note.setText(text + " " + tr(
                "This is the newest good backup: everything entered after {when} is not in "
                "it.").format(when=info.created_local[:16]))
        elif self.backups:
            self.note.setText("")

    def _damaged_newer_than(self, info: BackupInfo) -> list[BackupInfo]:
        return [b for b in self.backups if b.damaged and b.created > info.created]

    def mark_damaged(self, path: Path, problem: str) -> None:
        """A backup found damaged while restoring: shown as such from now on."""
        for row, info in enumerate(self.backups):
            if info.path == path:
                self.backups[row] = replace(info, verified=False, problem=problem)
                self._fill(row, self.backups[row])
        self.picked = [replace(b, verified=False, problem=problem) if b.path == path else b
                       for b in self.picked]

    def _other_file(self) -> None:
        from ui.launch.dialogs import choose_backup_file

        picked = choose_backup_file(self, self.folders[0] if self.folders else None)
        if picked is None:
            return
        self.picked = [read_backup(picked), *(b for b in self.picked if b.path != picked)]
        self.reload(select=picked)

    def ask_and_restore(self) -> None:
        info = self.selected()
        if info is None or info.damaged or not self.can_restore:
            return
        from ui.common import operations

        if operations.busy():
            self.note.setText(tr("Cuentas is still saving something; restore when it has "
                                 "finished."))
            return
        if confirm_restore(self, info):
            self.start_restore(info)

    def start_restore(self, info: BackupInfo) -> Task:
        self.restore_started.emit()
        for widget in (self.table, self.restore, self.other, self.close_button):
            widget.setEnabled(False)
        self.note.setText(tr("Restoring…"))
        folder = self.folders[0] if self.folders else None
        self.task = (ops.restore(self, self.location, info, folder, book=self.book)
                     .with_progress(tr("Restoring the backup…"))
                     .success(self._restored).failure(self._failed)
                     .run_in_thread("cuentas-restore"))
        return self.task

    def _restored(self, result: RestoreResult) -> None:
        self.task = None
        self.result_ = result
        autopilot.announce("restored", result.message)
        self.restored.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        for widget in (self.table, self.other, self.close_button):
            widget.setEnabled(True)
        reason = str(error).rstrip(".")
        if isinstance(error, BackupError) and error.damaged and error.path is not None:
            self.mark_damaged(error.path, error.short)
            reason = tr("it is damaged ({problem})").format(problem=error.short)
        self._selection_changed()
        self.note.setText(tr("The backup was not restored: {reason}. The book was not "
                             "changed.").format(reason=reason))
        self.note.setStyleSheet(ERROR_STYLE)
        self.restore_failed.emit(error)

    def reject(self) -> None:
        if self.task is None:  # a restore in progress finishes first
            super().reject()


def restored_text(location: str, info: BackupInfo) -> str:
    """What a restore brought back, in one sentence: the book, the backup's date and
    why it was made (issue 13: said after every restore, before anything else)."""
    from ui.launch.dialogs import book_label

    return tr("{book} is now as it was on {when} (backup “{reason}”).").format(
        book=book_label(location), when=info.created_local[:16],
        reason=reason_title(info.reason))


def confirm_restore(parent: QWidget, info: BackupInfo) -> bool:
    """Ask once; *Cancel* is the default and the escape."""
    return prompts.confirm_action(
        parent, tr("Restore this backup?"),
        tr("Replace the book with the backup of {when} ({reason})?").format(
            when=info.created_local[:16], reason=reason_title(info.reason)),
        tr("Everything entered after {when} is not in this backup. The book as it is now is "
           "backed up first, so you can go back to it.").format(when=info.created_local[:16]),
        tr("Restore"), autoclick=autopilot.active())
