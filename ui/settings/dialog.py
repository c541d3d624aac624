"""The settings panel: one dialog, its sections in a list on the left.

Sections are declared as data (`SECTIONS`: key, title, how to build the page), so a
later feature adds its own with `register_section(...)` and nothing here changes.
Every change applies at once: the page calls an `app` service (owners only, checked
by the service), and on success the dialog tells every open view through the signal
hub (`ui.common.events.hub().notify(OpChanges(book=True), dialog)`); views re-read what they
show — a new locale, a flag's stage, a profile's group — without a restart. The
dialog listens to the same hub, so it follows changes made elsewhere too.

Writes here are single small rows: they run on the UI thread under
`ui.common.operations.write_lock`, like the quick saves of `ui.editing.undo`, and refuse politely
while a background write is running. Errors (`BadInput`) are shown next to the field
they name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput, CuentasError
from app.store.book import Book
from ui.common import operations
from ui.common.events import OpChanges, hub
from ui.common.formats import Formats
from ui.common.translate import tr
from ui.docs.screenshots import grab

T = TypeVar("T")

ERROR_STYLE = "color: #b3261e;"
MUTED_STYLE = "color: #5f6368;"


class SettingsContext:
    """What every page shares: the book, its formats, and the one way to write."""

    def __init__(self, book: Book, dialog: SettingsDialog) -> None:
        self.book = book
        self.dialog = dialog
        self.formats = Formats(book.info)

    @property
    def can_admin(self) -> bool:
        return self.book.actor.can("admin")

    def apply(self, errors: ErrorLines, change: Callable[[], T]) -> T | None:
        """Run one write; on success tell every view, on failure show why next to
        the field in `errors` (None is returned and nothing was written)."""
        errors.clear()
        if operations.busy():
            errors.show_message(tr("Another change is being saved; try again in a moment."))
            return None
        try:
            with operations.write_lock:
                result = change()
        except CuentasError as exc:
            errors.show_error(exc)
            return None
        self.formats = Formats(self.book.info)
        hub().notify(OpChanges(book=True), self.dialog)
        return result


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
    return {"owner": tr("owner"), "bookkeeper": tr("bookkeeper"),
            "viewer": tr("viewer")}.get(role, role)


def group_name(group: str) -> str:
    return {"internal": tr("internal"), "primary": tr("primary"),
            "standard": tr("standard")}.get(group, group)


# ---------------------------------------------------------------- sections as data


@dataclass(frozen=True)
class Section:
    """A section of the panel. `title` is source text (translated when shown);
    `build` makes its page; `order` places it in the list."""

    key: str
    title: str
    build: Callable[[SettingsContext], SectionPage]
    order: int = 100


SECTIONS: list[Section] = []


def register_section(section: Section) -> None:
    """Add (or replace, by key) a section; later features call this."""
    SECTIONS[:] = [s for s in SECTIONS if s.key != section.key] + [section]
    SECTIONS.sort(key=lambda s: s.order)


def _builtin_sections() -> None:
    from ui.settings import sections as pages

    for order, (key, title, build) in enumerate((
        ("general", "General", pages.GeneralPage),
        ("features", "Features", pages.FeaturesPage),
        ("users", "Users", pages.UsersPage),
        ("backups", "Backups", pages.BackupsPage),
        ("help", "Help", pages.HelpPage),
    )):
        if not any(s.key == key for s in SECTIONS):
            register_section(Section(key, title, build, order * 10))
    from ui.settings import monitoring  # noqa: F401  Settings ▸ Monitoring registers itself


# ---------------------------------------------------------------- the dialog


class SettingsDialog(QDialog):
    """Settings of the open book (and of this computer, where marked)."""

    def __init__(self, book: Book, parent: QWidget | None = None, section: str = "") -> None:
        super().__init__(parent)
        _builtin_sections()
        self.book = book
        self.ctx = SettingsContext(book, self)
        self.setWindowTitle(self.tr("Settings — {book}").format(book=book.display_name))
        self.setObjectName("settingsDialog")
        self.resize(920, 640)

        self.sections = QListWidget()
        self.sections.setObjectName("settingsSections")
        self.sections.setFixedWidth(180)
        self.sections.setIconSize(QSize(0, 0))
        self.sections.setStyleSheet("QListWidget { padding: 6px 0; outline: 0; }"
                                    "QListWidget::item { padding: 7px 12px; }")
        self.sections.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()
        self.pages: dict[str, SectionPage] = {}
        for spec in SECTIONS:
            page = spec.build(self.ctx)
            page.setObjectName(f"settings_{spec.key}")
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            item = QListWidgetItem(QCoreApplication.translate("SettingsDialog", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sections.addItem(item)
            self.pages[spec.key] = page
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)

        note = wrapped(self.tr("Changes apply at once."), muted=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(buttons)
        split = QHBoxLayout()
        split.setSpacing(0)
        split.addWidget(self.sections)
        split.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(split, 1)
        layout.addLayout(bottom)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        hub().book_changed.connect(self._book_changed)
        self.refresh()
        self.show_section(section or SECTIONS[0].key)

    def show_section(self, key: str) -> None:
        keys = [s.key for s in SECTIONS]
        self.sections.setCurrentRow(keys.index(key) if key in keys else 0)

    def page(self, key: str) -> SectionPage:
        return self.pages[key]

    def _book_changed(self, _changes: object) -> None:
        # Deferred: the change may come from a widget of a page that refresh updates.
        self._refresh_timer.start(0)

    def refresh(self) -> None:
        self.ctx.formats = Formats(self.book.info)
        for page in self.pages.values():
            page.refresh()


# ---------------------------------------------------------------- screenshots


def screenshots(book: Book, out_dir: Path) -> list[Path]:
    """A picture of every section (for the guides; `ui/docs/screenshots.py` calls this)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dialog = SettingsDialog(book)
    dialog.show()
    saved: list[Path] = []
    try:
        for spec in SECTIONS:
            dialog.show_section(spec.key)
            # Tall enough to show the whole section, as far as a screen allows.
            wanted = dialog.page(spec.key).sizeHint().height() + 70
            dialog.resize(920, min(max(640, wanted), 1200))
            target = grab(dialog, out_dir / f"settings-{spec.key}.png")
            saved.append(target)
    finally:
        dialog.close()
        dialog.deleteLater()
    return saved
