"""The desktop steps of `cuentas --self-test` (app/cli/self_test.py runs the rest).

On Qt's offscreen platform, whatever the screen: Qt and its plugins load (the image
formats the guides and the icon need), the icon and translations are found, the main
window opens on the book the first steps upgraded, the split editor opens on one of its
transactions, the reports window draws a report and its chart (QtCharts), and the help
window writes a handout PDF (reportlab, fonts, the guides'
pictures). Each window is drawn into an image, which must not be blank.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.cli.self_test import SelfTest

#: Image formats Cuentas cannot do without: guide pictures, walkthroughs, the icon.
IMAGE_FORMATS = ("png", "gif", "svg")
HANDOUT_GUIDE = "getting-started"
#: What the offscreen platform cannot do (as tests/ui/conftest.py's OFFSCREEN_NOISE).
OFFSCREEN_NOISE = re.compile(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def _painted(widget: Any) -> str:
    """The widget drawn into an image: its size, and a refusal when it came out blank."""
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    colours = {image.pixel(x * w // 24, y * h // 24) for x in range(24) for y in range(24)}
    if len(colours) < 4:
        raise RuntimeError(f"the {w}x{h} picture of {widget.objectName()} is blank")
    return f"{w}x{h}"


def _wait(app: Any, done: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} not done after {seconds:.0f} s")
        app.processEvents()
        time.sleep(0.01)


def _quiet_offscreen(mode: Any, context: Any, message: str) -> None:
    """Qt's messages on stderr, less what the offscreen platform says it cannot do."""
    if not OFFSCREEN_NOISE.search(message) and sys.stderr is not None:  # (no console)
        sys.stderr.write(message + "\n")


def run_desktop_steps(test: SelfTest) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless, whatever the screen
    state: dict[str, Any] = {}
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        test.step("Qt and its plugins", lambda: _start_qt(state))
        test.step("icon and translations", lambda: _icon_and_translations(state))
        test.step("main window", lambda: _main_window(test, state))
        test.step("split editor", lambda: _split_editor(state))
        test.step("reports window", lambda: _reports(state))
        test.step("handout PDF", lambda: _handout(test, state))
    finally:
        _close(state)
        qInstallMessageHandler(previous)


def _start_qt(state: dict[str, Any]) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication

    from app.cli.self_test import _where

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state["app"] = app
    if app.platformName() != "offscreen":  # type: ignore[attr-defined]
        raise RuntimeError(f"platform {app.platformName()}, not offscreen")  # type: ignore[attr-defined]
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in IMAGE_FORMATS if f not in formats]
    if missing:
        raise RuntimeError(f"no image format plugin for {', '.join(missing)}")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return (f"Qt {qVersion()}, PySide6 {pyside_version}, {len(formats)} image formats, "
            f"plugins in {_where(plugins)}")


def _icon_and_translations(state: dict[str, Any]) -> str:
    from PySide6.QtCore import QLocale, QTranslator

    from app import i18n
    from ui import i18n as catalogues
    from ui.application import app_icon, install_translators

    icon = app_icon()
    sizes = sorted(s.width() for s in icon.availableSizes())
    if icon.isNull() or not sizes:
        raise RuntimeError("the application icon is missing")
    found = {}
    for language in i18n.LANGUAGES:
        if language == i18n.SOURCE:
            continue
        qm = catalogues.qm_file(language)
        if qm is None or not QTranslator().load(str(qm)):
            raise RuntimeError(f"the {i18n.LANGUAGES[language]} translation of Cuentas "
                               f"(ui/i18n/cuentas_{language}) does not load")
        found[language] = qm
        if not i18n.catalogue(language):
            raise RuntimeError(f"app's {i18n.LANGUAGES[language]} catalogue "
                               f"(app/i18n/cuentas_{language}.ts) is missing")
    app = state["app"]
    language, default = i18n.language(), QLocale()
    spanish = install_translators(app, "es")
    for translator in spanish:  # only proving they load: the test runs in its language
        app.removeTranslator(translator)
    i18n.set_language(language)
    QLocale.setDefault(default)
    names = ", ".join(found) or "none"
    return (f"icon {sizes[0]}-{sizes[-1]} px; translations of Cuentas: {names}; "
            f"Spanish loads {len(spanish)} catalogue(s) with Qt's own")


def _main_window(test: SelfTest, state: dict[str, Any]) -> str:
    from app.store.book import open_book
    from ui.main.window import MainWindow

    state["book"] = book = open_book(test.location)
    state["window"] = window = MainWindow(book, load_in_background=False)
    window.resize(1100, 700)
    window.show()
    app = state["app"]
    _wait(app, lambda: window.register.model.count > 0, 30, "the register")
    size = _painted(window)
    return (f"{window.register.title.text()}: {window.register.model.count} transactions, "
            f"{size}")


def _split_editor(state: dict[str, Any]) -> str:
    window = state["window"]
    window.register.select_row(0)
    window.split_transaction()
    editor = getattr(window, "split_editor", None)
    if editor is None or not editor.isVisible():
        raise RuntimeError("the split editor did not open")
    state["app"].processEvents()
    size = _painted(editor)
    lines = len(editor.model.lines)
    remaining, _gap = editor.model.remaining_state()
    if remaining != "balanced" or not editor.ok.isEnabled():
        raise RuntimeError(f"an unchanged transaction shows as {remaining}")
    editor.reject()
    return f"{lines} line, {remaining}, {size}"


def _reports(state: dict[str, Any]) -> str:
    from datetime import date

    from ui.reports.window import ReportsWindow

    state["reports"] = reports = ReportsWindow(state["book"], today=date(2026, 6, 30),
                                               synchronous=True)
    reports.show()
    rows = reports.row_texts()
    chart = reports.chart_view.chart()
    series = chart.series() if chart is not None else []
    if not rows or not series:
        raise RuntimeError(f"{len(rows)} rows and {len(series)} chart series for this year")
    return f"{reports.report.currentText()}: {len(rows)} rows, a chart, {_painted(reports)}"


def _handout(test: SelfTest, state: dict[str, Any]) -> str:
    from ui.help.browser import HelpBrowser

    state["help"] = browser = HelpBrowser()
    browser.open_guide(HANDOUT_GUIDE)
    browser.show()
    _painted(browser)
    target = test.folder / f"{HANDOUT_GUIDE}.pdf"
    browser.save_handout(target, HANDOUT_GUIDE, open_after=False)
    _wait(state["app"], lambda: browser.handout_saved is not None, 120, "the handout")
    data = target.read_bytes()
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(
        b"/Type /Page>")
    if not data.startswith(b"%PDF") or pages == 0:
        raise RuntimeError(f"{target.name} is not a PDF with pages")
    from app.docs.handouts import fonts

    face = "DejaVu" if fonts().full_unicode else "Vera, Latin-1 only"
    return f"{target.name}, {pages} pages, {len(data) // 1024} KB, fonts: {face}"


def _close(state: dict[str, Any]) -> None:
    from ui.common import operations

    for key in ("help", "reports", "window"):
        widget = state.get(key)
        if widget is not None:
            widget.close()
            widget.deleteLater()
    app = state.get("app")
    if app is not None:
        app.processEvents()
    operations.shutdown()
    book = state.get("book")
    if book is not None:
        book.close()
