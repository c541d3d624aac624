"""Screenshots of the editing windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.ledger.transactions import LineInput
from app.store.book import Book
from ui.common.context import BookContext
from ui.docs.screenshots import grab
from ui.editing.history_dialog import HistoryDialog, busiest_transaction
from ui.editing.split_editor import SplitEditor
from ui.editing.split_lines import AMOUNT


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_history_dialog(book, out_dir)
    QCoreApplication.processEvents()
    shots += shots_split_editor(book, out_dir)
    QCoreApplication.processEvents()
    shots += shots_split_templates(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.editing.history_dialog


def shots_history_dialog(book: Book, out_dir: Path) -> list[Path]:
    """The History of the transaction with the most changes."""
    txn_id = busiest_transaction(book)
    if txn_id is None:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    dialog = HistoryDialog(book, txn_id)
    dialog.show()
    target = grab(dialog, out_dir / "history.png")
    dialog.close()
    dialog.deleteLater()
    return [target]


# ---------------------------------------------------------------- ui.editing.split_editor


def shots_split_editor(book: object, out_dir: Path) -> list[Path]:
    """The editor on a card-processor deposit of 95.82 with the card template, and
    an unbalanced purchase showing the remainder tools."""
    from app.store.book import Book

    assert isinstance(book, Book)
    ctx = BookContext.open(book)
    shots = []
    editor = SplitEditor(ctx, total=9582, lines=[LineInput(amount=9582)], payee="Clip",
                         date="2026-03-14", template="card-deposit")
    editor.templates.apply()
    editor.show()
    path = grab(editor, out_dir / "split-editor-card-deposit.png")
    shots.append(path)
    editor.close()
    editor.deleteLater()

    purchase = ctx.targets.by_text.get("Gastos:Papelería")
    iva = ctx.targets.by_text.get("Impuestos:IVA acreditable")
    editor = SplitEditor(ctx, total=-116000, payee="Papelería Lumen", date="2026-03-05",
                         lines=[LineInput(amount=-100000,
                                          category_id=purchase.category_id if purchase else None,
                                          memo="Hojas y carpetas"),
                                LineInput(amount=-15963,
                                          category_id=iva.category_id if iva else None,
                                          memo="IVA", tax_rate_bp=1600)])
    editor.show()
    QCoreApplication.processEvents()
    editor.grid.setCurrentIndex(editor.model.index(1, AMOUNT))
    shots.append(grab(editor, out_dir / "split-editor-unassigned.png"))
    editor.close()
    editor.deleteLater()
    ctx.close()
    return shots


def shots_split_templates(book: object, out_dir: Path) -> list[Path]:
    """Two templates in the split editor: a card deposit whose gross sale and fee rate
    disagree (said before Apply), and a combined payment of three invoices (S9) typed as
    a table of their totals, applied."""
    from app.store.book import Book

    assert isinstance(book, Book)
    ctx = BookContext.open(book)
    shots = []
    editor = SplitEditor(ctx, total=953520, lines=[LineInput(amount=953520)],
                         payee="Terminal bancaria", date="2026-03-14", template="card-deposit")
    editor.show()
    QCoreApplication.processEvents()
    for key, value in (("fee_rate", "4"), ("gross", ctx.formats.amount(1_000_000))):
        editor.templates.fields[key].setText(value)
    shots.append(grab(editor, out_dir / "split-editor-gross-check.png"))
    editor.close()
    editor.deleteLater()

    editor = SplitEditor(ctx, total=-450499, lines=[LineInput(amount=-450499)],
                         payee="Proveedores varios", date="2026-03-20",
                         template="combined-payment")
    editor.show()
    QCoreApplication.processEvents()
    invoices = editor.templates.invoices
    assert invoices is not None
    for i, (total, category) in enumerate(((143209, "Gastos:Papelería"),
                                           (57887, "Gastos:Servicios:Internet"),
                                           (249403, "Gastos:Empaque"))):
        row = invoices.rows[0] if i == 0 else invoices.add_row()
        row.total.setText(ctx.formats.amount(total))
        row.category.setText(category)
    editor.templates.apply()
    shots.append(grab(editor, out_dir / "split-editor-combined-payment.png"))
    editor.close()
    editor.deleteLater()
    ctx.close()
    return shots
