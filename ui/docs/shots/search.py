"""Screenshots of the search windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.store.book import Book
from ui.docs.screenshots import grab
from ui.search.window import SearchWindow


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_window(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.search.window


def shots_window(book: object, out_dir: Path) -> list[Path]:
    """The search window: a text search, and a category filter with its line total."""
    assert isinstance(book, Book)
    from app.ledger.categories import categories_by_role

    window = SearchWindow(book, synchronous=True, build_index=False)
    window.resize(1240, 640)
    window.show()
    shots = []
    window.set_filters(text="factura")
    path = grab(window, out_dir / "search-text.png")
    shots.append(path)
    iva = categories_by_role(book).get("iva_input")
    if iva:
        window.set_filters(category_id=iva[0].id, has_splits=True)
        path = grab(window, out_dir / "search-category.png")
        shots.append(path)
    window.close()
    return shots
