"""Edit ▸ Undo import…: the imports made into this book, and taking one back.

Edit ▸ Undo reaches the imports of this session; this list reaches every import the
book remembers, also after a restart or on another computer of a shared book. Each
row says when, which file, into which account, how many transactions and how many
of them were changed since; *Undo this import* asks first (naming the changed ones,
which go too) and removes exactly that batch (`app.imports.commit.undo_import`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.imports.commit import BatchView, UndoResult, list_batches
from ui.common import prompts
from ui.common.context import BookContext
from ui.common.operations.imports import undo_batch
from ui.common.translate import plural, tr


class BatchesDialog(QDialog):
    def __init__(self, ctx: BookContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importsDialog")
        self.setWindowTitle(tr("Imports"))
        intro = QLabel(tr("Every import is one batch. Undoing one removes exactly its "
                          "transactions, and the categories and accounts it created when "
                          "nothing else uses them."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("batchesTable")
        self.table.setHorizontalHeaderLabels([tr("Imported"), tr("File"), tr("Account"),
                                              tr("Transactions"), tr("By"), tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.undo_button = QPushButton(tr("&Undo this import…"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.batches: list[BatchView] = []
        self.load()
        self.resize(820, 360)

    def load(self) -> None:
        self.batches = list_batches(self.ctx.book)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            state = (tr("undone {date}").format(date=self.ctx.formats.date(batch.undone_at[:10]))
                     if batch.undone_at else
                     plural(batch.changed, tr("1 changed since"), tr("{n} changed since"))
                     .format(n=self.ctx.formats.count(batch.changed)) if batch.changed else "")
            when = _local(batch.imported_at)
            cells = (f"{self.ctx.formats.date(when[:10])} {when[11:16]}", batch.file_name,
                     batch.account, self.ctx.formats.count(batch.transactions), batch.user_name,
                     state)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.batches:
            self.table.selectRow(0)
        self._update()

    def selected(self) -> BatchView | None:
        row = self.table.currentRow()
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def _update(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and not batch.undone
                                    and self.ctx.can_write)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone:
            return
        count = self.ctx.formats.count
        text = plural(batch.transactions,
                      tr("Remove the transaction imported from {file} into {account}?"),
                      tr("Remove the {n} transactions imported from {file} into {account}?")
                      ).format(n=count(batch.transactions), file=batch.file_name,
                               account=batch.account)
        if batch.changed:
            text += " " + plural(
                batch.changed, tr("1 of them was changed since the import; it goes too."),
                tr("{n} of them were changed since the import; they go too.")).format(
                n=count(batch.changed))
        if not prompts.confirm(self, tr("Undo import"), text, destructive=True):
            return
        book = self.ctx.book

        def done(result: UndoResult) -> None:
            self.message.setText(undone_text(result, count))
            self.load()

        (undo_batch(self, book, batch.id)
         .success(done).with_progress(tr("Undoing the import…")).run_in_background())


def _local(stamp: str) -> str:
    """An ISO UTC time stamp (`2026-03-05T14:48:00.1Z`) in this computer's time zone."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().isoformat()
    except ValueError:
        return stamp


def undone_text(result: UndoResult, count: Callable[[int], str]) -> str:
    """What an Undo import removed, counted as the import counted it: a transfer is one
    transaction of the file, removed from both accounts (`app.imports.commit`)."""
    text = plural(result.removed, tr("Import undone: 1 transaction removed."),
                  tr("Import undone: {n} transactions removed.")).format(
        n=count(result.removed))
    if not result.transfers:
        return text
    if result.removed == 1:
        return text + " " + tr("It was a transfer: it left both accounts.")
    return text + " " + plural(
        result.transfers, tr("1 of them was a transfer: it left both accounts."),
        tr("{n} of them were transfers: they left both accounts.")).format(
        n=count(result.transfers))
