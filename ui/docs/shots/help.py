"""Screenshots of the help windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.docs.screenshots import grab
from ui.help.browser import HelpBrowser


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_browser(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.help.browser


def shots_browser(book: object, out_dir: Path) -> list[Path]:
    """Pictures of the help browser for the guides (`ui/docs/screenshots.py` calls this)."""
    out_dir = Path(out_dir)
    browser = HelpBrowser()
    browser.resize(1000, 680)
    browser.open_guide("split-templates", "combined-payments")
    browser.search_box.setText("IVA")
    browser.run_search()
    browser.show()
    path = grab(browser, out_dir / "help-browser.png")
    browser.close()
    browser.deleteLater()
    return [path]
