"""The dialogs of the launch (`ui.launch.flow`): a book's state in plain words, the ways on.

`LaunchDialog` has a `kind` (ahead, corrupt, locked, interrupted, recovered, restored,
missing, read-only, error, ...), a headline, a body, details (paths, who holds the book) in a
selectable box, and named choices. None of its buttons is a default button, so Enter
never restores, retries or opens anything; Esc is *Close*. F1 and *Help* open the
guide the dialog is about. `show_dialog` shows one modally and returns the key of the
choice; with `CUENTAS_UI_AUTOPILOT=1` (tests only, `ui.docs.autopilot`) the dialog takes
its `autopilot_choice` by itself and says so on stdout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.store.redact import hide_passwords
from ui.common.translate import tr
from ui.docs import autopilot


class LaunchDialog(QDialog):
    """A book's state in plain words and the ways on; `choice` is the key chosen."""

    def __init__(self, kind: str, title: str, headline: str, body: str,
                 choices: list[tuple[str, str]], parent: QWidget | None = None, *,
                 details: str = "", warning: bool = False, autopilot_choice: str = "close",
                 guide: str = "admin-upgrading") -> None:
        super().__init__(parent)
        body, details = hide_passwords(body), hide_passwords(details)  # never shown
        self.kind = kind
        self.headline = headline
        self.body = body
        self.details = details
        self.choice = "close"
        self.autopilot_choice = autopilot_choice
        self.guide = guide
        self.setObjectName(f"launch_{kind}")
        self.setWindowTitle(title)
        icon = QLabel()
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if warning
                  else QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head = QLabel(headline)
        head.setObjectName("headline")
        head.setWordWrap(True)
        head.setStyleSheet("font-size: 13pt; font-weight: 600;")
        text = QLabel(body)
        text.setObjectName("body")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.addWidget(head)
        column.addSpacing(4)
        column.addWidget(text)
        if details:
            more = QLabel(details)
            more.setObjectName("details")
            more.setWordWrap(True)
            more.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            more.setStyleSheet("font-family: monospace; color: #3b4654; background: #ffffff;"
                               " border: 1px solid #d5dbe1; padding: 6px;")
            column.addSpacing(6)
            column.addWidget(more)
        column.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(8)
        top.addLayout(column, 1)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        help_button = QPushButton(tr("Help"))
        help_button.setAutoDefault(False)
        help_button.clicked.connect(self.show_guide)
        row.addWidget(help_button)
        row.addStretch(1)
        for key, label in choices:
            button = QPushButton(label)
            button.setObjectName(f"choice_{key}")
            button.setAutoDefault(False)  # no default: Enter never restores or retries
            button.setDefault(False)
            button.clicked.connect(lambda _c=False, k=key: self.choose(k))
            self.buttons[key] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addSpacing(10)
        layout.addLayout(row)
        from ui.help.browser import install_context_help

        install_context_help(self, "backups" if guide == "admin-backup-restore"
                             else "upgrade_wizard")
        self.setMinimumWidth(680)

    def showEvent(self, event: QShowEvent) -> None:
        # Wrapped labels ask for the height of a narrower window: fit the real width.
        super().showEvent(event)
        layout = self.layout()
        height = layout.heightForWidth(self.width()) if layout is not None else -1
        if height > 0:
            self.resize(self.width(), height)

    def choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    def reject(self) -> None:
        self.choice = "close"
        super().reject()

    def show_guide(self) -> None:
        from ui.help.browser import show_help

        show_help(self, self.guide, "")


def book_label(location: str) -> str:
    """A book as its owner names it in a sentence: the file's name, or the database."""
    from app.store import db

    return db.display_name(location) if db.is_postgres(location) else Path(location).name


def not_upgraded_dialog(location: str, parent: QWidget | None) -> LaunchDialog:
    """After the upgrade wizard was cancelled (or could not finish): the book stays as it
    is, how to upgrade it later, or another book now (issue 13: never a silent end)."""
    from app.store import db

    return LaunchDialog(
        "not-upgraded", tr("The book was not upgraded"),
        tr("{book} was not upgraded; it stays as it is.").format(book=book_label(location)),
        tr("Nothing in the book was changed. An earlier Cuentas wrote it, so this Cuentas "
           "opens it once it is upgraded. To upgrade it later, open it again (File › Open…, "
           "or start Cuentas: it offers the last book) and the upgrade wizard comes back. "
           "Or open another book now."),
        [("upgrade", tr("Upgrade now…")), ("another", tr("Open another book…")),
         ("close", tr("Close"))], parent, details=db.display_name(location))


def show_dialog(dialog: LaunchDialog) -> str:
    """Show a launch dialog (modal) and return the key of the choice."""
    autopilot.announce(f"dialog {dialog.kind}",
                       f"{dialog.headline} {dialog.body} {dialog.details}")
    if autopilot.active():
        QTimer.singleShot(300, lambda: dialog.choose(dialog.autopilot_choice))
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def choose_book_file(parent: QWidget | None) -> str | None:
    """The file chooser for *Open another book…* (tests replace it)."""
    from app import paths

    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Open a book"), str(paths.books_dir()),
        tr("Cuentas books (*.cuentas *.db *.sqlite);;All files (*)"))
    return path or None


def choose_backup_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """The file chooser for *Choose another backup…* (tests replace it)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Choose a backup"), str(start or Path.home()),
        tr("Cuentas backups (*.cuentas);;All files (*)"))
    return Path(path) if path else None
