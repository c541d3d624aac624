"""The settings panel: one dialog, its sections in a list on the left.

Sections are declared as data (`SECTIONS`: key, title, how to build the page), so a
later feature adds its own with `register_section(...)` and nothing here changes.
Every change applies at once: the page runs an operation of
`ui.common.operations.settings` (one service call; owners only, checked by the service)
through `SettingsContext.apply`, and on success every open view hears it through the
signal hub (`OpChanges(book=True)`); views re-read what they show — a new locale, a
flag's stage, a profile's group — without a restart. The dialog listens to the same
hub, so it follows changes made elsewhere too.

Writes here are single small rows: they run on the UI thread under
`ui.common.operations.write_lock` (`BookOp.run_now`), like the quick saves of
`ui.common.undo`, and refuse politely while a background write is running. Errors
(`BadInput`) are shown next to the field they name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import CuentasError
from app.store.book import Book
from ui.common import operations
from ui.common.events import hub
from ui.common.formats import Formats
from ui.common.operations import BookOp
from ui.common.translate import tr
from ui.settings import backups, features, general, monitoring, users
from ui.settings.fields import (
    ErrorLines,
    SectionPage,
    wrapped,
)

T = TypeVar("T")


class SettingsContext:
    """What every page shares: the book, its formats, and the one way to write."""

    def __init__(self, book: Book, dialog: SettingsDialog) -> None:
        self.book = book
        self.dialog = dialog
        self.formats = Formats(book.info)

    @property
    def can_admin(self) -> bool:
        return self.book.actor.can("admin")

    def apply(self, errors: ErrorLines, op: BookOp[T]) -> T | None:
        """Run one operation (`ui.common.operations.settings`) now; on success every view
        hears it, on failure `errors` shows why next to its field (None is returned
        and nothing was written)."""
        errors.clear()
        if operations.busy():
            errors.show_message(tr("Another change is being saved; try again in a moment."))
            return None
        try:
            result = op.run_now()
        except CuentasError as exc:
            errors.show_error(exc)
            return None
        self.formats = Formats(self.book.info)
        return result


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
    for order, (key, title, build) in enumerate((
        ("general", QT_TRANSLATE_NOOP("SettingsDialog", "General"), general.GeneralPage),
        ("features", QT_TRANSLATE_NOOP("SettingsDialog", "Features"), features.FeaturesPage),
        ("users", QT_TRANSLATE_NOOP("SettingsDialog", "Users"), users.UsersPage),
        ("backups", QT_TRANSLATE_NOOP("SettingsDialog", "Backups"), backups.BackupsPage),
    )):
        if not any(s.key == key for s in SECTIONS):
            register_section(Section(key, title, build, order * 10))
    if not any(s.key == "monitoring" for s in SECTIONS):
        register_section(Section("monitoring", QT_TRANSLATE_NOOP("SettingsDialog", "Monitoring"),
                                 monitoring.MonitoringPage, 35))


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
