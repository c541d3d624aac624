"""Starting the desktop app: the QApplication, translations, which book, the window.

`run(args)` picks the book — `--demo` (the demo book, written on first use), `--db`,
`$CUENTAS_DB`, the last book opened, else the first-start dialog — opens it with
`open_or_explain` and shows the main window. `open_or_explain` goes through the
launch flow (`ui.launch.flow`): a current book opens, an older one goes through the
upgrade wizard, and any other state (ahead, corrupt, locked, interrupted, missing) is
explained in plain words with a way on.

While a book is open the app holds its `session` lock (`app.store.lock.BookLock`), so two
programs never upgrade or restore it behind each other's back.

Translations: every visible string goes through `tr()` / `self.tr()` (ui) or
`app.i18n.tr()` (the messages, report headings and handouts that `app/` makes). The
language is one for the whole process, chosen at start by
`app.admin.local_settings.interface_language()`: `CUENTAS_LANG`, else Settings ▸
General, else the system's (`es*` -> Spanish, anything else English). Spanish loads
Qt's own `qtbase_es.qm` (standard buttons, file dialogs, context menus), ours
(`ui/i18n/cuentas_es.qm`, see `ui.i18n`) and app's catalogue; English loads none, so
no screen mixes languages. Amounts and dates follow the book's locale.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from app.admin import local_settings
from app.store.book import Book

DEMO_TRANSACTIONS = 1200

_state: dict[str, Any] = {"window": None}
#: id(book) -> the session lock held while that book is open
_locks: dict[int, Any] = {}


def install_translators(app: QCoreApplication, language: str | None = None
                        ) -> list[QTranslator]:
    """Put the interface in `language` (default: `interface_language()`, see the module
    docstring): app's messages, Qt's own strings and ours. Returns the translators
    installed (none for English)."""
    from app import i18n
    from ui import i18n as catalogues
    from ui.common.translate import system_language

    system = system_language()
    chosen = i18n.set_language(language or local_settings.interface_language(system))
    installed: list[QTranslator] = []
    if chosen != i18n.SOURCE:
        locale = QLocale(i18n.LOCALES[chosen])
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
        qm = catalogues.qm_file(chosen)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
    # Qt's own widgets (calendars, file dialogs) speak the interface's language.
    if i18n.language_of(QLocale.system().name()) != chosen:
        QLocale.setDefault(QLocale(i18n.LOCALES[chosen]))
    return installed


def ensure_demo_book(parent: QWidget | None = None) -> Path:
    """The demo book in the data folder, written the first time it is asked for."""
    from datetime import date

    from app.store.demo import write_current

    path = paths.demo_book_path()
    if not path.exists():  # small: written here, in about a second
        write_current(str(path), DEMO_TRANSACTIONS, 2026, end=date.today())
    return path


def open_or_explain(location: str, parent: QWidget | None = None) -> Book | None:
    """Open `location` for work through the launch flow (`ui.launch.flow`): a current
    book opens, an older one goes through the upgrade wizard, any other state is
    explained with a way on. None when it does not open."""
    from ui.launch.flow import open_book_interactively
    from ui.launch.profile_choice import ask_once

    book = open_book_interactively(location, parent)
    if book is not None:
        ask_once(book, parent)  # which profile is this login (once per local book)
    return book


def close_book(book: Book) -> None:
    book.close()
    lock = _locks.pop(id(book), None)
    if lock is not None:
        lock.release()


def choose_location(args: argparse.Namespace) -> str | None:
    if getattr(args, "demo", False):
        return str(ensure_demo_book())
    if getattr(args, "db", None):
        return str(args.db)
    if os.environ.get("CUENTAS_DB"):
        return os.environ["CUENTAS_DB"]
    return local_settings.last_book()


def first_start(message: str = "") -> str | None:
    from ui.launch.first_start import FirstStartDialog

    dialog = FirstStartDialog(None, message)
    return dialog.location if dialog.exec() else None


def show_window(book: Book) -> Any:
    from ui.main.window import MainWindow

    window = MainWindow(book, switch_book=switch_book, background_work=True)
    window.show()
    _state["window"] = window
    return window


def switch_book(location: str) -> None:
    """Open another book in place of the current one (File › Open…)."""
    old = _state.get("window")
    book = open_or_explain(location, old)
    if book is None:
        return
    local_settings.remember_book(location)
    if old is not None:
        old_book = old.book
        old.close()
        close_book(old_book)
    show_window(book)


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Cuentas")
    app.setApplicationName("Cuentas")
    app.setApplicationDisplayName("Cuentas")
    install_translators(app)
    explicit = bool(getattr(args, "db", None) or getattr(args, "demo", False))
    location = choose_location(args)
    book = None
    while book is None:
        if location is None:
            location = first_start()
            if location is None:
                return 0
        book = open_or_explain(location)
        if book is None:
            if explicit:
                return 1
            location = None  # the last book is gone or refused: offer the choices
    assert location is not None
    local_settings.remember_book(location)
    show_window(book)
    code = app.exec()
    from ui.common import operations

    operations.shutdown()
    window = _state.get("window")
    if window is not None:
        close_book(window.book)
    return int(code)
