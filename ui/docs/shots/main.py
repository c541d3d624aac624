"""Screenshots of the main windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.store.book import Book
from ui.common.context import BookContext
from ui.common.formats import Formats
from ui.docs.screenshots import grab
from ui.editing.transaction_editor import TransactionEditor
from ui.main.account_dialog import AccountDialog
from ui.main.category_manager import CategoryManager
from ui.main.window import MainWindow


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_account_dialog(book, out_dir)
    QCoreApplication.processEvents()
    shots += shots_category_manager(book, out_dir)
    QCoreApplication.processEvents()
    shots += shots_window(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.main.account_dialog


def shots_account_dialog(book: Book, out_dir: Path) -> list[Path]:
    dialog = AccountDialog(book, Formats(book.info))
    dialog.name.setText("Banco Azteca")
    dialog.show()
    shot = grab(dialog, out_dir / "account-new.png")
    dialog.close()
    dialog.deleteLater()
    return [shot]


# ---------------------------------------------------------------- ui.main.category_manager


def shots_category_manager(book: object, out_dir: Path) -> list[Path]:
    from app.store.book import Book

    assert isinstance(book, Book)
    manager = CategoryManager(BookContext.open(book))
    manager.show()
    manager.select("Gastos:Comisiones")
    path = grab(manager, out_dir / "category-manager.png")
    manager.close()
    manager.ctx.close()
    manager.deleteLater()
    return [path]


# ---------------------------------------------------------------- ui.main.window


def shots_window(book: object, out_dir: Path) -> list[Path]:
    """The main window on the demo book, and the transaction editor on a split."""
    assert isinstance(book, Book)
    window = MainWindow(book, load_in_background=False)
    window.resize(1360, 820)
    window.show()
    QCoreApplication.processEvents()
    window.register.view.setFocus()
    shots = [grab(window, out_dir / "main-window.png")]
    model = window.register.model
    split_row = next((r for r in range(model.count - 1, -1, -1)
                      if (row := model.row_at(r)) is not None and row.is_split), None)
    if split_row is not None:
        window.register.select_row(split_row)
        editor = TransactionEditor(window.ctx, window.register.account_id or 0,
                                   model.id_at(split_row), window,
                                   account_name=window._account_name())
        editor.show()
        path = grab(editor, out_dir / "transaction-editor.png")
        shots.append(path)
        editor.close()
    window.close()
    window.deleteLater()
    return shots
