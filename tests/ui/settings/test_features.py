"""Feature flags in the desktop app (DESIGN.md section 7): without the split editor a
split transaction stays visible and read-only, nothing lost; templates and the payee
suggestion appear only for users who have them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.admin.flags import set_preview
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from ui.common.context import BookContext
from ui.editing.split_editor import SplitEditor
from ui.editing.transaction_editor import TransactionEditor
from ui.main.register_model import CATEGORY, CLEARED, MEMO
from ui.main.window import MainWindow


@pytest.fixture
def two(ledger, cat):
    """A single-category purchase and a split one, by the same payee."""
    book, bank, _cash = ledger
    single = save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-01", amount=-5000, payee="Lumen",
        lines=(LineInput(-5000, category_id=cat("Gastos:Compras")),)))
    split = save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-02", amount=-11600, payee="Lumen",
        lines=(LineInput(-10000, category_id=cat("Gastos:Compras")),
               LineInput(-1600, category_id=cat("Impuestos:IVA acreditable")))))
    return book, single, split


def window_on(qtbot, book):
    win = MainWindow(book, load_in_background=False)
    qtbot.addWidget(win)
    return win


def test_without_the_split_editor_splits_are_read_only(qtbot, two) -> None:
    set_preview("split_editor", False)
    book, single, split = two
    win = window_on(qtbot, book)
    model = win.register.model
    assert model.flags(model.index(1, MEMO)) & Qt.ItemFlag.ItemIsEditable == \
        Qt.ItemFlag.NoItemFlags
    assert not model.flags(model.index(1, CLEARED)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(0, MEMO)) & Qt.ItemFlag.ItemIsEditable
    assert "read-only" in model.data(model.index(1, CATEGORY), Qt.ItemDataRole.ToolTipRole)
    win.register.select_row(1)
    assert not win.acts["split"].isEnabled() and not win.acts["delete_txn"].isEnabled()
    assert win.acts["edit_txn"].isEnabled()
    win.register.select_row(0)
    assert not win.acts["split"].isEnabled() and win.acts["delete_txn"].isEnabled()
    assert "split editor" in win.acts["split"].toolTip()
    ctx = win.ctx
    shown = TransactionEditor(ctx, split.account_id, split.id)
    qtbot.addWidget(shown)
    assert shown.read_only and shown.ok.isHidden() and shown.memo.isReadOnly()
    assert "Nothing is lost" in shown.problem.text()
    editable = TransactionEditor(ctx, single.account_id, single.id)
    qtbot.addWidget(editable)
    assert not editable.read_only and not editable.split_button.isEnabled()


def test_templates_and_suggestions_follow_their_flags(qtbot, two) -> None:
    book, _single, _split = two

    def editor() -> SplitEditor:
        ctx = BookContext.open(book)
        made = SplitEditor(ctx, total=-23200, lines=[LineInput(-23200)], payee="Lumen")
        qtbot.addWidget(made)
        made.show()
        return made

    plain = editor()  # suggestions are still for internal testers only
    assert plain.templates.combo.isVisibleTo(plain)
    assert plain.templates.suggestion.isHidden()
    set_preview("auto_split_suggestions", True)
    suggested = editor()
    qtbot.waitUntil(lambda: suggested.templates.suggestion.isVisibleTo(suggested))
    set_preview("split_templates", False)
    no_templates = editor()
    assert not no_templates.templates.combo.isVisibleTo(no_templates)
    qtbot.waitUntil(lambda: no_templates.templates.suggestion.isVisibleTo(no_templates))
    no_templates.templates.use_suggestion.click()
    assert [line.amount for line in no_templates.model.lines] == [-20000, -3200]
