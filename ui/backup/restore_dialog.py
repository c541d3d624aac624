"""File › Restore from backup…: the book's backups, and bringing one back.

`RestoreDialog` lists the backups of the open book found on this computer (its backup
folder, the folders remembered for it, its default folder, and files chosen with
*Other file…*) with date, reason, revision, size and whether they verified. Restoring
asks once (*Cancel* is the default), then runs `app.backup.restore.restore_backup` on a
thread of its own with a progress dialog after 600 ms: the backup is proven first,
the book as it is is backed up (`pre-restore`), and the file is replaced in one step.
The dialog only restores; `ui.backup.dialogs.restore_from_backup` wires it to the
main window (closing its connections first, reopening the book after).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup import BackupInfo, read_backup
from app.backup.catalog import known_backups
from app.backup.restore import RestoreResult
from app.store.book import Book
from app.store.files import reason_title
from ui.common.background import DelayedProgress, Task
from ui.common.translate import tr
from ui.docs import autopilot


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
            [tr("Date"), tr("Reason"), tr("Revision"), tr("Size"), tr("Verified")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setStyleSheet("QTableWidget::item { padding: 0px 10px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.path = QLabel()
        self.path.setObjectName("backupPath")
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path.setStyleSheet("font-family: monospace; color: #3b4654;")
        self.note = QLabel()
        self.note.setObjectName("restoreNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b7a;")
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
        self.resize(760, 460)

    def show_guide(self) -> None:
        from ui.help.browser import show_help

        show_help(self, "admin-backup-restore", "")

    def reload(self) -> None:
        known = known_backups(self.location, self.folders)
        self.backups = [*self.picked, *(b for b in known
                                        if b.path not in {p.path for p in self.picked})]
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            verified = info.verified
            cells = [info.created_local[:16], reason_title(info.reason),
                     info.revision or "?", describe_size(info.size),
                     tr("✓ yes") if verified else tr("✗ no")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path) if verified else info.problem)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 4:
                    item.setForeground(QColor("#2e7d32" if verified else "#b3261e"))
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.note.setText(tr("There are no backups of this book yet (File › Backup now)."))
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.path.setText(str(info.path) if info else "")
        self.restore.setEnabled(self.can_restore and info is not None and info.verified
                                and self.task is None)
        if info is not None and not info.verified and self.can_restore:
            self.note.setText(tr("This backup cannot be restored: {problem}.").format(
                problem=info.problem))
        elif self.can_restore and self.backups:
            self.note.setText("")

    def _other_file(self) -> None:
        from ui.launch.dialogs import choose_backup_file

        picked = choose_backup_file(self, self.folders[0] if self.folders else None)
        if picked is None:
            return
        self.picked = [read_backup(picked), *(b for b in self.picked if b.path != picked)]
        self.reload()

    def ask_and_restore(self) -> None:
        info = self.selected()
        if info is None or not info.verified or not self.can_restore:
            return
        from ui.common import operations

        if operations.busy():
            self.note.setText(tr("Cuentas is still saving something; restore when it has "
                                 "finished."))
            return
        if confirm_restore(self, info):
            self.start_restore(info)

    def start_restore(self, info: BackupInfo) -> Task:
        from app.backup.restore import restore_backup

        self.restore_started.emit()
        for widget in (self.table, self.restore, self.other, self.close_button):
            widget.setEnabled(False)
        self.note.setText(tr("Restoring…"))
        progress = DelayedProgress(self, tr("Restoring the backup…"))
        location, folder = self.location, self.folders[0] if self.folders else None
        task = Task(lambda p: restore_backup(location, info, p, backup_dir=folder), self,
                    name="cuentas-restore")
        task.progressed.connect(progress.update)
        task.succeeded.connect(lambda result: self._restored(progress, result))
        task.failed.connect(lambda error: self._failed(progress, error))
        self.task = task
        return task.start()

    def _restored(self, progress: DelayedProgress, result: RestoreResult) -> None:
        progress.close()
        self.task = None
        self.result_ = result
        autopilot.announce("restored", result.message)
        self.restored.emit(result)
        self.accept()

    def _failed(self, progress: DelayedProgress, error: BaseException) -> None:
        progress.close()
        self.task = None
        for widget in (self.table, self.other, self.close_button):
            widget.setEnabled(True)
        self._selection_changed()
        self.note.setText(tr("The backup was not restored: {reason}. The book was not "
                             "changed.").format(reason=str(error).rstrip(".")))
        self.note.setStyleSheet("color: #b3261e;")
        self.restore_failed.emit(error)

    def reject(self) -> None:
        if self.task is None:  # a restore in progress finishes first
            super().reject()


def confirm_restore(parent: QWidget, info: BackupInfo) -> bool:
    """Ask once; *Cancel* is the default and the escape."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Restore this backup?"), tr(
        "Replace the book with the backup of {when} ({reason})?").format(
            when=info.created_local[:16], reason=reason_title(info.reason)),
        parent=parent)
    box.setInformativeText(tr(
        "Everything entered after {when} is not in this backup. The book as it is now is "
        "backed up first, so you can go back to it.").format(when=info.created_local[:16]))
    restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    if autopilot.active():
        QTimer.singleShot(300, restore.click)
    box.exec()
    return box.clickedButton() is restore
