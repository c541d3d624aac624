"""Screenshots of every window, for the guides and for looking at what we built.

`render_all(out_dir, book_location, language)` puts the interface in `language` (as
`ui.application.install_translators` does at start), opens the book and calls every
module of
`ui.docs.shots` (one per area of the app: launch, main, editing, …), each defining
`screenshots(book, out_dir) -> list[Path]`; a new window adds its pictures there, so
the windows themselves hold no documentation code. A picture never shows the
temporary folders it is drawn in (`ui.docs.tidy`). Runs offscreen (`QT_QPA_PLATFORM=offscreen`)
or under Xvfb; `python -m ui.docs.screenshots OUT_DIR [BOOK]` writes them from a shell
(without BOOK, a fresh demo book in a temporary folder; `CUENTAS_LANG=es` for Spanish).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.docs.tidy import shown_as, tidied

log = logging.getLogger(__name__)


def grab(widget: QWidget, path: Path) -> Path:
    """Let pending events paint `widget`, write the paths it shows as on Sandy's desktop
    (`ui.docs.tidy`: never a temporary folder), then save a picture of it at `path`."""
    QCoreApplication.processEvents()
    with tidied(widget):
        QCoreApplication.processEvents()  # laid out with the shorter paths
        widget.grab().save(str(path))
    return path


def modules_with_screenshots() -> list[str]:
    """The modules of `ui.docs.shots` that define `screenshots()`, in name order, then
    the walkthroughs (`ui.docs.walkthroughs`, the animated GIFs)."""
    root = Path(__file__).with_name("shots")
    shots = sorted(f"ui.docs.shots.{source.stem}" for source in root.glob("*.py")
                   if "\ndef screenshots(" in source.read_text(encoding="utf-8"))
    return [*shots, "ui.docs.walkthroughs"]


def render_all(out_dir: Path, book_location: str, language: str | None = None, *,
               only: tuple[str, ...] | None = None) -> list[Path]:
    """Every picture (`only`: of these modules), on the book at `book_location`; the
    pictures show its folder as ~/Documents and CUENTAS_HOME's folders as on a desktop."""
    from PySide6.QtWidgets import QApplication

    from app.store.book import open_book
    from ui.application import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Cuentas")
    app.setApplicationName("Cuentas")
    translators = install_translators(app, language)
    out_dir.mkdir(parents=True, exist_ok=True)
    book = open_book(book_location)
    written: list[Path] = []
    try:
        with shown_as(Path(book_location).parent, os.environ.get("CUENTAS_HOME") or None):
            for name in modules_with_screenshots():
                if only is None or name in only:
                    module = importlib.import_module(name)
                    written.extend(module.screenshots(book, out_dir))
                    app.processEvents()  # windows closed by the module are deleted now
    finally:
        from ui.common import operations

        operations.shutdown()
        app.processEvents()
        book.close()
        for translator in translators:
            app.removeTranslator(translator)
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not argv:
        sys.stderr.write("usage: python -m ui.docs.screenshots OUT_DIR [BOOK]\n")
        return 2
    out = Path(argv[0])
    if len(argv) > 1:
        location = argv[1]
    else:
        import tempfile
        from datetime import date

        from app.store.demo import write_current

        location = str(Path(tempfile.mkdtemp(prefix="cuentas-shots-")) / "Demo.cuentas")
        write_current(location, 1200, 2026, end=date(2026, 3, 31))
    for path in render_all(out, location):
        print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
