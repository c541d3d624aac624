"""The password of a shared (PostgreSQL) book: asked once per session, kept in memory.

Cuentas never writes a password to disk (DESIGN.md sections 6 and 8): a PostgreSQL
book is remembered by its URL without one, and libpq finds the password in
`~/.pgpass`, `PGPASSWORD` or a service file. When none of them has it, the server
refuses the connection (`app.store.db.needs_password`) and the launch flow asks here:
`PasswordDialog` names the server, the login and the book, and the password typed is
kept in this process only (`_session`), so opening the book again (after a restore,
say) does not ask twice. A password the server refuses is forgotten and asked again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.store import db
from app.store.redact import has_password, without_password
from ui.common.translate import tr

#: without_password(location) -> the password typed for it, for this session only.
_session: dict[str, str] = {}


def with_known_password(location: str) -> str:
    """`location` with the password typed for it earlier in this session, if any."""
    if not db.is_postgres(location) or has_password(location):
        return location
    known = _session.get(without_password(location))
    return db.with_password(location, known) if known is not None else location


def forget(location: str) -> None:
    _session.pop(without_password(location), None)


class PasswordDialog(QDialog):
    """Asks for the password of a login on a PostgreSQL server; `password()` after OK."""

    def __init__(self, location: str, parent: QWidget | None = None, *,
                 refused: bool = False) -> None:
        super().__init__(parent)
        server, login, database = db.server_parts(location)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(tr("Password — Cuentas"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head = QLabel(tr("The server asks for a password"))
        head.setStyleSheet("font-size: 13pt; font-weight: 600;")
        body = QLabel(tr("To open the shared book <b>{book}</b>, the PostgreSQL server "
                         "<b>{server}</b> asks for the password of <b>{login}</b>.").format(
                             book=database or "?", server=server, login=login or "?"))
        body.setWordWrap(True)
        self.refused = QLabel(tr("The server did not accept that password. Type it again."))
        self.refused.setObjectName("passwordRefused")
        self.refused.setStyleSheet("color: #b3261e;")
        self.refused.setVisible(refused)
        self.field = QLineEdit()
        self.field.setObjectName("password")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumWidth(260)
        form = QFormLayout()
        form.addRow(tr("Password:"), self.field)
        note = QLabel(tr(
            "Cuentas keeps it in memory until it closes and never writes it to disk. To "
            "open this book without being asked, put the password in your PostgreSQL "
            "password file (~/.pgpass), as the guide explains."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b7a;")
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        help_button = buttons.addButton(QDialogButtonBox.StandardButton.Help)
        help_button.setAutoDefault(False)
        help_button.clicked.connect(self.show_guide)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        column = QVBoxLayout()
        column.addWidget(head)
        column.addSpacing(4)
        column.addWidget(body)
        column.addWidget(self.refused)
        column.addSpacing(6)
        column.addLayout(form)
        column.addSpacing(6)
        column.addWidget(note)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(8)
        top.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.field.setFocus()

    def password(self) -> str:
        return self.field.text()

    def show_guide(self) -> None:
        from ui.help.browser import show_help

        show_help(self, "troubleshooting", "the-server-asks-for-a-password")


def _exec(dialog: PasswordDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


#: Shows the dialog modally; True when the person chose *Open* (tests replace it).
run_dialog: Callable[[PasswordDialog], bool] = _exec


def ask_password(location: str, parent: QWidget | None = None) -> str | None:
    """Ask for the book's password; the location to try with it, or None (cancelled).

    Asked because the server refused `location`: when it already carried a password
    (typed earlier, or in the URL given), that one was wrong and is forgotten.
    """
    refused = has_password(location)
    if refused:
        forget(location)
    dialog = PasswordDialog(location, parent, refused=refused)
    try:
        if not run_dialog(dialog) or not dialog.password():
            return None
        password = dialog.password()
    finally:
        dialog.field.clear()
        dialog.deleteLater()
    _session[without_password(location)] = password
    return db.with_password(location, password)
