"""What the settings pages share: the page frame (`SectionPage`), the error lines
under fields (`ErrorLines`), and the builders of fields, tables and labels.

The pages (`general`, `features`, `users`, `backups`) import this module;
the dialog (`ui.settings.dialog`) lists the pages. Nothing here imports a page or the
dialog (the context is only named for type checking), so there is no import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.admin import book_settings
from app.admin.book_settings import Setting
from app.errors import BadInput
from app.store.book import Book
from ui.common import operations
from ui.common.style import ERROR_STYLE, MUTED_COLOR, MUTED_STYLE
from ui.common.translate import tr

if TYPE_CHECKING:
    from app.store.book import Book
    from ui.settings.dialog import SettingsContext



class ErrorLines:
    """Red lines for errors: one under each field that has one, and a general one.

    A `BadInput` naming a field shows under that field; anything else in `message`.
    """

    def __init__(self) -> None:
        self.fields: dict[str, QLabel] = {}
        self.message = self._line()
        self.message.setObjectName("errorMessage")

    @staticmethod
    def _line() -> QLabel:
        label = wrapped("")
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def for_field(self, field: str) -> QLabel:
        """The (hidden) error line of `field`, to place under its widget."""
        self.fields[field] = self._line()
        return self.fields[field]

    def clear(self) -> None:
        for label in (self.message, *self.fields.values()):
            label.hide()

    def show_error(self, exc: BaseException) -> None:
        target = self.fields.get(exc.field) if isinstance(exc, BadInput) else None
        (target or self.message).setText(operations.describe_error(exc))
        (target or self.message).show()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def shown(self) -> list[str]:
        """The texts on screen now (for tests)."""
        return [label.text() for label in (self.message, *self.fields.values())
                if not label.isHidden()]


class SectionPage(QWidget):
    """One section: a heading, the section's own widgets, and a message line.

    Subclasses fill `self.body` and implement `refresh()` (read everything again
    from the book; called after every change, here or elsewhere).
    """

    def __init__(self, ctx: SettingsContext, title: str, intro: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self.errors = ErrorLines()
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        heading.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        if intro:
            layout.addWidget(wrapped(intro, muted=True))
        self.locked = wrapped("")
        self.locked.setObjectName("lockedNote")
        self.locked.setStyleSheet("QLabel#lockedNote { background: #eef3fb; color: #1f3a63;"
                                  " border: 1px solid #c6d4ee; border-radius: 4px;"
                                  " padding: 6px 8px; }")
        self.locked.hide()
        layout.addWidget(self.locked)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout.addLayout(self.body)
        layout.addWidget(self.errors.message)
        layout.addStretch(1)

    @property
    def book(self) -> Book:
        return self.ctx.book

    def show_locked_note_unless_admin(self, what: str) -> bool:
        """For non-owners: say why the controls are disabled. Returns can_admin."""
        can = self.ctx.can_admin
        actor = self.book.actor
        self.locked.setText(tr("Only an owner of this book can change {what}. You are {name} "
                               "({role}).").format(what=what, name=actor.name,
                                                    role=role_name(actor.role)))
        self.locked.setVisible(not can)
        return can

    def refresh(self) -> None:
        raise NotImplementedError


def wrapped(text: str, *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setStyleSheet(MUTED_STYLE)
    return label


def role_name(role: str) -> str:
    from app.store.identity import role_title

    return role_title(role)


def group_name(group: str) -> str:
    from app.store.identity import group_title

    return group_title(group)


ON_STYLE = "color: #1b7f3b; font-weight: bold;"
OFF_STYLE = f"color: {MUTED_COLOR}; font-weight: bold;"
LOCAL_FRAME_STYLE = ("QFrame#localPreview { background: #fff8e1; border: 1px solid #e8c66a;"
                     " border-radius: 4px; }")


def field_row(widget: QWidget, error: QLabel, hint: QLabel | None = None) -> QWidget:
    """A form field with its hint and its error line under it."""
    box = QWidget()
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if hint is not None:
        column.addWidget(hint)
    column.addWidget(error)
    return box


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def fit_rows(table: QTableWidget, minimum: int = 3) -> None:
    """Tall enough for its rows (the page scrolls, not the table)."""
    rows = max(table.rowCount(), minimum)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    height += max(0, rows - table.rowCount()) * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2)


class Combo(QComboBox):
    """A combo box that takes the mouse wheel only when it has the focus: over an
    unfocused one the wheel scrolls the page and never changes the value (issue 13)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # passed on to the scroll area around the page


def combo(*items: tuple[str, object]) -> QComboBox:
    """A `Combo`, filled with (text, data)."""
    box = Combo()
    for text, data in items:
        box.addItem(text, data)
    return box


# ---------------------------------------------------------------- fields from declarations


@dataclass(frozen=True)
class SettingField:
    """The field of one declared setting (`app.admin.book_settings.SETTINGS`): its
    editor, the row the form shows (editor, hint, error line) and, for a folder, the
    *Choose…* button."""

    spec: Setting
    editor: QWidget
    row: QWidget
    error: QLabel
    choose: QPushButton | None = None


def setting_field(errors: ErrorLines, key: str, object_name: str,
                  hint: QLabel | None = None) -> SettingField:
    """The field of the setting declared as `key`: its kind picks the editor (text: a
    line edit; choice, currency, locale: a `Combo`; int: a spin box with the declared
    range; folder: a line edit with *Choose…*), and a `BadInput` naming the setting
    shows under it. The page fills choices and connects the editor."""
    spec = book_settings.REGISTRY[key]
    editor: QWidget
    choose = None
    if spec.kind in ("choice", "currency", "locale"):
        editor = Combo()
    elif spec.kind == "int":
        spin = QSpinBox()
        spin.setRange(spec.minimum if spec.minimum is not None else 0,
                      spec.maximum if spec.maximum is not None else 2_000_000_000)
        editor = spin
    elif spec.kind in ("text", "folder"):
        editor = QLineEdit()
    else:
        raise ValueError(f"no editor for a setting of kind {spec.kind!r} ({key})")
    editor.setObjectName(object_name)
    shown: QWidget = editor
    if spec.kind == "folder":
        shown = QWidget()
        line = QHBoxLayout(shown)
        line.setContentsMargins(0, 0, 0, 0)
        choose = QPushButton(tr("Choose…"))
        line.addWidget(editor, 1)
        line.addWidget(choose)
    error = errors.for_field(spec.key)
    return SettingField(spec, editor, field_row(shown, error, hint), error, choose)
