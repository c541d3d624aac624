"""Which profile is this computer's login? Asked once per local book.

On a local book whoever can open the file owns it, so an unmapped login acts as the
owner; when the book has several profiles (Sandy, her bookkeeper, an assistant), the
first time a login opens it the app asks who is at the keyboard and remembers the
answer in the book (`app.admin.users.claim_profile`, through
`ui.common.operations.settings`). Skipping keeps acting as the owner
and asks again next time.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.admin.users import Profile, list_users, needs_profile_choice
from app.store.book import Book
from app.store.identity import desktop_login, role_title
from ui.common.operations import settings as ops
from ui.common.translate import tr


class ProfileChoiceDialog(QDialog):
    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileChoice")
        self.setWindowTitle(tr("Who is using Cuentas?"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "This computer's login <b>{login}</b> is not linked to a profile of "
            "<b>{book}</b> yet. Choose yours: Cuentas remembers it, and what you can do "
            "and which new features you see follow your profile.").format(
                login=desktop_login(), book=book.display_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.profiles: list[Profile] = list_users(book)
        self.list = QListWidget()
        for profile in self.profiles:
            item = QListWidgetItem(tr("{name} — {role}").format(
                name=profile.name, role=role_title(profile.role)))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.choose = buttons.addButton(tr("This is me"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = buttons.addButton(tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def chosen(self) -> Profile | None:
        row = self.list.currentRow()
        return self.profiles[row] if 0 <= row < len(self.profiles) else None


def _exec(dialog: ProfileChoiceDialog) -> bool:
    """Shows the dialog (tests replace it)."""
    return bool(dialog.exec())


def ask_once(book: Book, parent: QWidget | None = None) -> Profile | None:
    """Ask which profile this login is, when the book needs to know; the choice is
    written to the book (audited) and the book acts as that profile from now on."""
    if not needs_profile_choice(book):
        return None
    dialog = ProfileChoiceDialog(book, parent)
    try:
        if not _exec(dialog):
            return None
        profile = dialog.chosen()
        return ops.claim_profile(parent, book, profile.id).run_now() if profile else None
    finally:
        dialog.deleteLater()
