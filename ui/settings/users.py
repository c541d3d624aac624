"""The *Users* page: the people of the book, their roles and groups.

Its fields are built with `ui.settings.fields`; the dialog lists it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from app.admin import users
from app.store.book import Book
from app.store.identity import GROUPS, ROLES
from ui.common.operations import BookOp
from ui.common.operations import settings as ops
from ui.settings.fields import (
    ErrorLines,
    SectionPage,
    combo,
    field_row,
    fit_rows,
    group_name,
    role_name,
    select_data,
    table,
    wrapped,
)

if TYPE_CHECKING:
    from ui.settings.dialog import SettingsContext


class UsersPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Users"), self.tr(
            "Who uses this book, what they may do (their role) and when new features reach "
            "them (their rollout group)."))
        self.who = wrapped("")
        self.who.setObjectName("whoIsActing")
        self.body.addWidget(self.who)
        self.table = table([self.tr("Name"), self.tr("Login"), self.tr("Role"),
                             self.tr("Rollout group")])
        self.table.setObjectName("profiles")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 140)
        header.resizeSection(3, 150)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.body.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Add profile…"))
        self.add.clicked.connect(lambda: self._open(None))
        self.edit = QPushButton(self.tr("Name and login…"))
        self.edit.clicked.connect(self._edit)
        buttons.addWidget(self.add)
        buttons.addWidget(self.edit)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addWidget(wrapped(self.tr(
            "Owner: everything, including settings, users, upgrades and restores. "
            "Bookkeeper: enters and changes transactions. Viewer: reads only. "
            "A book always keeps at least one owner."), muted=True))
        self._profiles: list[users.Profile] = []

    def refresh(self) -> None:
        can = self.show_locked_note_unless_admin(self.tr("profiles"))
        actor = self.book.actor
        if self.book.is_shared:
            self.who.setText(self.tr("This shared book knows you by your database login, "
                                     "{login}: you act as {name} ({role}).").format(
                login=actor.login, name=actor.name, role=role_name(actor.role)))
        else:
            self.who.setText(self.tr("This computer's login, {login}, acts as {name} "
                                     "({role}).").format(
                login=actor.login, name=actor.name, role=role_name(actor.role)))
        self._profiles = users.list_users(self.book)
        self.table.setRowCount(len(self._profiles))
        for row, profile in enumerate(self._profiles):
            name = QTableWidgetItem(profile.name + (self.tr(" (you)") if profile.is_you else ""))
            if profile.is_you:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(profile.login or "—"))
            self.table.setCellWidget(row, 2, self._combo(
                [(role_name(r).capitalize(), r) for r in ROLES], profile.role,
                profile.id, ops.set_user_role, can))
            self.table.setCellWidget(row, 3, self._combo(
                [(group_name(g).capitalize(), g) for g in GROUPS], profile.group,
                profile.id, ops.set_user_group, can))
        self.table.resizeRowsToContents()
        fit_rows(self.table)
        self.add.setEnabled(can)
        self._update_buttons()

    def _combo(self, items: list[tuple[str, str]], current: str, profile_id: int,
               change: Callable[[QWidget | None, Book, int, str], BookOp[Any]],
               enabled: bool) -> QComboBox:
        box = combo(*items)
        select_data(box, current)
        box.setEnabled(enabled)

        def chosen(_index: int) -> None:
            value = box.currentData()
            if value != current and self.ctx.apply(
                    self.errors, change(self.ctx.dialog, self.book, profile_id, value)) is None:
                select_data(box, current)

        box.activated.connect(chosen)
        return box

    def _update_buttons(self) -> None:
        self.edit.setEnabled(self.ctx.can_admin and self._selected() is not None)

    def _selected(self) -> users.Profile | None:
        row = self.table.currentRow()
        return self._profiles[row] if 0 <= row < len(self._profiles) else None

    def _edit(self) -> None:
        profile = self._selected()
        if profile is not None and self.ctx.can_admin:
            self._open(profile)

    def _open(self, profile: users.Profile | None) -> None:
        dialog = ProfileDialog(self, profile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


class ProfileDialog(QDialog):
    """Add a profile, or change one's name and login."""

    def __init__(self, page: UsersPage, profile: users.Profile | None) -> None:
        super().__init__(page)
        self.page, self.profile = page, profile
        self.setWindowTitle(self.tr("Add a profile") if profile is None
                            else self.tr("Name and login of {name}").format(name=profile.name))
        self.errors = ErrorLines()
        self.name = QLineEdit(profile.name if profile else "")
        self.login = QLineEdit(profile.login if profile else "")
        self.login.setPlaceholderText(self.tr("database login on a shared book")
                                      if page.book.is_shared
                                      else self.tr("desktop login, like maria"))
        self.role = combo()
        for role in ROLES:
            self.role.addItem(role_name(role).capitalize(), role)
        select_data(self.role, "bookkeeper")
        self.group = combo()
        for group in GROUPS:
            self.group.addItem(group_name(group).capitalize(), group)
        select_data(self.group, "standard")
        form = QFormLayout(self)
        rows: list[tuple[str, QWidget, str]] = [(self.tr("Name:"), self.name, "name"),
                                                (self.tr("Login:"), self.login, "login")]
        if profile is None:
            rows += [(self.tr("Role:"), self.role, "role"),
                     (self.tr("Rollout group:"), self.group, "group")]
        for label, widget, field in rows:
            form.addRow(label, field_row(widget, self.errors.for_field(field)))
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(420, self.sizeHint().height())

    def _save(self) -> None:
        book, profile = self.page.book, self.profile
        name, login = self.name.text(), self.login.text()

        dialog = self.page.ctx.dialog
        op = (ops.add_user(dialog, book, name, self.role.currentData(),
                           self.group.currentData(), login or None) if profile is None
              else ops.change_user(dialog, book, profile.id, name, login or None))
        if self.page.ctx.apply(self.errors, op) is not None:
            self.accept()
