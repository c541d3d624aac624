"""Starting the desktop app: the QApplication, translations, which book, the window.

`run(args)` picks the book — `--demo` (the demo book, written on first use by
`app.store.demo.ensure_demo_book`), `--db`, `$CUENTAS_DB`, the last book opened, else the
first-start dialog — opens it with `open_or_explain` and shows the main window.
`open_or_explain` goes through the launch flow (`ui.launch.flow`): a current book opens,
an older one goes through the upgrade wizard, and any other state (ahead, corrupt,
locked, interrupted, missing) is explained in plain words with a way on.

While a book is open the app holds its `session` lock, so two programs never upgrade
or restore it behind each other's back: the launch flow hands over an
`app.store.opened.OpenBook`, which owns the book and its lock, and closing it (when the
window closes, or another book takes its place) lets go of both.

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

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from app.admin import local_settings
from app.store.opened import OpenBook
from ui.common.translate import tr

#: The main window shown, and the open book (with its lock) it works on.
_state: dict[str, Any] = {"window": None, "opened": None}


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


def open_or_explain(location: str, parent: QWidget | None = None) -> OpenBook | None:
    """Open `location` for work through the launch flow (`ui.launch.flow`): a current
    book opens, an older one goes through the upgrade wizard, any other state is
    explained with a way on. None when it does not open; else the open book, which
    holds its session lock until `close()`."""
    from ui.launch.flow import open_book_interactively
    from ui.launch.profile_choice import ask_once

    opened = open_book_interactively(location, parent)
    if opened is not None:
        ask_once(opened.book, parent)  # which profile is this login (once per local book)
    return opened


def choose_location(args: argparse.Namespace) -> str | None:
    if getattr(args, "demo", False):
        from ui.common.operations.books import demo_book

        return str(demo_book().run_now())
    if getattr(args, "db", None):
        return str(args.db)
    if os.environ.get("CUENTAS_DB"):
        return os.environ["CUENTAS_DB"]
    return local_settings.last_book()


def first_start(message: str = "") -> str | None:
    from ui.launch.first_start import FirstStartDialog

    dialog = FirstStartDialog(None, message)
    return dialog.location if dialog.exec() else None


def show_window(opened: OpenBook) -> Any:
    """The main window on `opened` (which the app closes when the window has gone)."""
    from ui.main.window import MainWindow

    window = MainWindow(opened.book, switch_book=switch_book, background_work=True)
    window.show()
    _state["window"] = window
    _state["opened"] = opened
    return window


def switch_book(location: str) -> None:
    """Open another book in place of the current one (File › Open…)."""
    old = _state.get("window")
    opened = open_or_explain(location, old)
    if opened is None:
        return
    if old is not None and not old.close():  # a draft it could not save: it stays
        opened.close()
        return
    local_settings.remember_book(location)
    close_book()
    show_window(opened)


def close_book() -> None:
    """Let go of the open book: close it and release its session lock."""
    opened: OpenBook | None = _state.get("opened")
    _state["opened"] = None
    if opened is not None:
        opened.close()


def app_icon() -> QIcon:
    """The Cuentas logo in every size of `ui/icons/`."""
    from importlib import resources

    icon = QIcon()
    for item in resources.files("ui.icons").iterdir():
        if item.name.startswith("cuentas-") and item.name.endswith(".png"):
            pixmap = QPixmap()
            if pixmap.loadFromData(item.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
    return icon


def open_requested(location: str) -> None:
    """Another start of Cuentas (a double-clicked book) or macOS handed us `location`
    (ui/launch/single_instance.py): come to the front and open it in the window.

    Whatever is under way comes first: while the first book is being chosen or
    upgraded, or a dialog is open (an editor, the settings, a wizard), the window only
    comes forward and says so; a half-typed row that cannot be saved keeps the book."""
    window = _state.get("window")
    busy = QApplication.activeModalWidget()
    if window is not None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
    front = busy or (None if window is not None else QApplication.activeWindow())
    if front is not None:
        front.raise_()
        front.activateWindow()
    if window is None or not location or location == window.book.location:
        return
    if busy is not None:
        from app.store import db

        name = db.display_name(location) if db.is_postgres(location) else Path(location).name
        window.statusBar().showMessage(
            tr("Close the open dialog, then open {book} again.").format(book=name), 15000)
        return
    switch_book(location)


def file_opened(location: str) -> None:
    """macOS's file-open event (a book double-clicked in Finder). Finder starts Cuentas
    for a book without naming it on the command line: the event arrives once Qt runs,
    often while the launch is still choosing its book. Then the book waits and opens
    when the window is up (`_open_pending`); later ones open like `open_requested`."""
    if _state.get("window") is None and location:
        _state["pending"] = location
    open_requested(location)


def _open_pending() -> None:
    """The book Finder asked for while the launch was under way, once the window is up."""
    pending = _state.pop("pending", None)
    window = _state.get("window")
    if pending and window is not None and pending != window.book.location:
        QTimer.singleShot(0, lambda: open_requested(pending))


def _serve_later_starts(app: QApplication) -> tuple[Any, Any]:
    """Listen for later starts of Cuentas, and for macOS's file-open events."""
    from ui.launch.single_instance import FileOpenFilter, InstanceServer

    server = InstanceServer(app)
    server.open_requested.connect(open_requested)
    files = FileOpenFilter(app)
    files.open_requested.connect(file_opened)
    app.installEventFilter(files)
    return server, files


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Cuentas")
    app.setApplicationName("Cuentas")
    app.setApplicationDisplayName("Cuentas")
    app.setDesktopFileName("cuentas")  # packaging/linux/cuentas.desktop
    app.setWindowIcon(app_icon())
    install_translators(app)
    from ui.health.crash import install

    install(app)  # unexpected errors: counted, logged, told with Copy details
    explicit = bool(getattr(args, "db", None) or getattr(args, "demo", False))
    location = choose_location(args)
    from ui.launch.single_instance import hand_over

    if hand_over(location if explicit else None):
        return 0  # the Cuentas already running took it
    server, files = _serve_later_starts(app)
    try:
        return _run(app, explicit, location)
    finally:
        app.removeEventFilter(files)
        server.close()
        server.deleteLater()
        files.deleteLater()


def _run(app: QApplication, explicit: bool, location: str | None) -> int:
    opened = None
    while opened is None:
        if location is None:
            location = first_start()
            if location is None:
                return 0
        opened = open_or_explain(location)
        if opened is None:
            if explicit:
                return 1
            location = None  # the last book is gone or refused: offer the choices
    assert location is not None
    local_settings.remember_book(location)
    show_window(opened)
    _open_pending()
    code = app.exec()
    from ui.common import operations

    operations.shutdown()
    close_book()
    return int(code)
