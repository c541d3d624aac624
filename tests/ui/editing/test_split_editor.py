"""The split editor: the remaining bar, the remainder tools, OK only when balanced,
errors in the cell they concern, and a three-line split typed with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.errors import BadInput
from app.ledger.transactions import LineInput
from ui.common import prompts
from ui.editing.split_editor import SplitEditor
from ui.editing.split_lines import AMOUNT, BASE, CATEGORY, MEMO, RATE


@pytest.fixture
def make_editor(qtbot, ctx, ledger):
    def make(total: int, lines: list[LineInput] | None = None, **kwargs):
        editor = SplitEditor(ctx, total=total, lines=lines or [], account_id=ledger[1].id,
                             **kwargs)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def amounts(editor: SplitEditor) -> list[int]:
    return [line.amount for line in editor.model.lines]


def type_into(editor: SplitEditor, row: int, col: int, text: str) -> None:
    editor.model.setData(editor.model.index(row, col), text)


def test_initial_state(make_editor) -> None:
    editor = make_editor(-116000)
    assert editor.model.rowCount() == 1 and amounts(editor) == [-116000]
    assert editor.bar.text() == "Balanced"
    assert editor.ok.isEnabled()
    assert editor.model.data(editor.model.index(0, CATEGORY)) == "Uncategorized"
    assert editor.model.data(editor.model.index(0, AMOUNT)) == "-1,160.00"


def test_remaining_bar_says_unassigned_over_and_balanced(make_editor, cat) -> None:
    editor = make_editor(-116000, [LineInput(-100000, category_id=cat("Gastos:Compras")),
                                   LineInput(-15963, category_id=cat("Impuestos:IVA acreditable"))])
    assert editor.bar.text() == "0.37 unassigned"
    assert "Total: -1,160.00" in editor.bar.total.text()
    assert "Assigned: -1,159.63" in editor.bar.assigned.text()
    assert not editor.ok.isEnabled()
    assert editor.problem.text() == "The lines must add up to the total (0.37 unassigned)."
    type_into(editor, 1, AMOUNT, "-161.20")
    assert editor.bar.text() == "1.20 over" and not editor.ok.isEnabled()
    type_into(editor, 1, AMOUNT, "-160")
    assert editor.bar.text() == "Balanced" and editor.ok.isEnabled()
    assert editor.problem.text() == ""


def test_a_new_line_holds_the_remainder(make_editor, cat) -> None:
    editor = make_editor(-116000, [LineInput(-100000, category_id=cat("Gastos:Compras"))])
    editor.acts["add"].trigger()
    assert amounts(editor) == [-100000, -16000]
    assert editor.grid.currentIndex().row() == 1
    assert editor.bar.text() == "Balanced"
    editor.grid.setCurrentIndex(editor.model.index(0, AMOUNT))
    editor.acts["insert"].trigger()  # inserted above, with what is left: nothing
    assert amounts(editor) == [0, -100000, -16000]


def test_equals_takes_the_remainder_and_percent_is_of_the_total(make_editor) -> None:
    editor = make_editor(116000, [LineInput(100000), LineInput(0)])
    type_into(editor, 1, AMOUNT, "16%")
    assert amounts(editor) == [100000, 18560]  # 16 % of 1,160.00
    type_into(editor, 1, AMOUNT, "=")
    assert amounts(editor) == [100000, 16000] and editor.bar.text() == "Balanced"
    type_into(editor, 0, AMOUNT, "10.5%")
    assert amounts(editor)[0] == 12180


def test_distribute_remainder_and_balance_on_this_line(make_editor) -> None:
    editor = make_editor(-100, [LineInput(-34), LineInput(-33), LineInput(-32)])
    editor.acts["distribute"].trigger()
    assert amounts(editor) == [-35, -33, -32] and editor.bar.text() == "Balanced"
    editor.model.stack.undo()
    assert amounts(editor) == [-34, -33, -32]
    editor.grid.setCurrentIndex(editor.model.index(1, AMOUNT))
    editor.acts["balance"].trigger()
    assert amounts(editor) == [-34, -34, -32]


def test_nothing_to_distribute_over_is_said(make_editor) -> None:
    editor = make_editor(500, [LineInput(0), LineInput(0)])
    editor.acts["distribute"].trigger()
    assert "Nothing to distribute" in editor.problem.text()
    assert amounts(editor) == [0, 0]


def test_mixed_signs_balance(make_editor) -> None:
    editor = make_editor(9582, [LineInput(8621), LineInput(1379), LineInput(-360),
                                LineInput(-58)])
    assert editor.bar.text() == "Balanced" and editor.ok.isEnabled()
    assert editor.model.data(editor.model.index(2, AMOUNT),
                             Qt.ItemDataRole.ForegroundRole) is not None  # negatives in red


def test_lines_move_insert_delete_and_undo(make_editor, cat) -> None:
    editor = make_editor(300, [LineInput(100, category_id=cat("Ingresos:Ventas")),
                               LineInput(200)])
    editor.grid.setCurrentIndex(editor.model.index(1, MEMO))
    editor.acts["up"].trigger()
    assert amounts(editor) == [200, 100] and editor.grid.currentIndex().row() == 0
    editor.acts["down"].trigger()
    assert amounts(editor) == [100, 200]
    editor.acts["delete"].trigger()
    assert amounts(editor) == [100] and editor.bar.text() == "2.00 unassigned"
    editor.acts["undo"].trigger()
    assert amounts(editor) == [100, 200]
    editor.acts["redo"].trigger()
    assert amounts(editor) == [100]
    assert not editor.acts["delete"].isEnabled()  # the last line stays


def test_a_cell_that_does_not_read_stays_red_and_blocks_ok(make_editor) -> None:
    editor = make_editor(1000, [LineInput(1000)])
    type_into(editor, 0, AMOUNT, "12,3x")
    index = editor.model.index(0, AMOUNT)
    assert editor.model.data(index) == "12,3x"
    assert editor.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert not editor.ok.isEnabled()
    assert editor.problem.text() == "Line 1, amount: is not an amount (12,3x)"
    type_into(editor, 0, CATEGORY, "Gastos:Nada")
    assert "is not a category of this book" in editor.model.data(
        editor.model.index(0, CATEGORY), Qt.ItemDataRole.ToolTipRole)
    type_into(editor, 0, AMOUNT, "10.00")
    type_into(editor, 0, CATEGORY, "compras")  # case-insensitive leaf name
    assert editor.model.lines[0].target == "Gastos:Compras"
    type_into(editor, 0, RATE, "16")
    assert editor.model.lines[0].tax_rate_bp == 1600
    assert editor.ok.isEnabled()


def test_a_transfer_line_names_another_account(make_editor, ledger) -> None:
    editor = make_editor(-5000, [LineInput(-5000)])
    type_into(editor, 0, CATEGORY, "[Caja]")
    assert editor.model.lines[0].transfer_id == ledger[2].id
    type_into(editor, 0, CATEGORY, "[Banco]")  # its own account
    assert not editor.ok.isEnabled()


def test_zero_lines_are_dropped_after_asking(make_editor, monkeypatch) -> None:
    answers = [False, True]
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: answers.pop(0))
    editor = make_editor(1000, [LineInput(1000), LineInput(0)])
    editor.try_accept()
    assert editor.isVisible() and len(editor.model.lines) == 2
    editor.try_accept()
    assert not editor.isVisible()
    assert [line.amount for line in editor.result_lines] == [1000]


def test_a_service_error_is_shown_in_the_cell_it_names(make_editor) -> None:
    def save(total, lines):
        raise BadInput("lines[2].amount", 10**15, "is out of range (at most 10^13 minor units)")

    editor = make_editor(1000, [LineInput(400), LineInput(600)], save=save)
    editor.try_accept()
    assert editor.isVisible()
    index = editor.model.index(1, AMOUNT)
    assert editor.model.data(index, Qt.ItemDataRole.ToolTipRole).startswith("is out of range")
    assert editor.grid.currentIndex() == index
    assert editor.problem.text().startswith("Line 2: is out of range")
    assert not editor.ok.isEnabled()


def test_the_total_can_change(make_editor) -> None:
    editor = make_editor(1000, [LineInput(1000)])
    editor.total_edit.setText("12.50")
    editor.total_edit.editingFinished.emit()
    assert editor.model.total == 1250 and editor.bar.text() == "2.50 unassigned"
    editor.total_edit.setText("doce")
    editor.total_edit.editingFinished.emit()
    assert editor.total_error.isVisible() and editor.model.total == 1250


def receiver(qtbot):
    """Where a key goes: an open popup first, as Qt delivers it to a person.

    Offscreen there is no window manager: when a dialog closes, nothing gives the
    keyboard back to the window under it, as a desktop does; do it here.
    """
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    if widget is None:
        window = QApplication.activeModalWidget() or next(
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow())
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        widget = QApplication.focusWidget()
    return widget


def keys(qtbot, text: str) -> None:
    """Type into whatever has the keyboard (as a person would)."""
    for ch in text:
        qtbot.keyClick(receiver(qtbot), ch)
        QApplication.processEvents()  # a person's pace: queued commits happen in between


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(receiver(qtbot), k, modifier)
    QApplication.processEvents()


def test_a_three_line_split_with_the_keyboard_alone(make_editor, qtbot, cat) -> None:
    editor = make_editor(-116000, [LineInput(-116000)])
    editor.activateWindow()
    qtbot.waitUntil(lambda: editor.grid.hasFocus())
    keys(qtbot, "Gastos:Compras")
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Hojas")
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "-900")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # past the tax rate of the last line: a new line, -260.00
    qtbot.waitUntil(lambda: len(editor.model.lines) == 2)
    assert editor.model.lines[1].amount == -26000
    keys(qtbot, "servicios")  # a leaf name is enough
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "-100")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(editor.model.lines) == 3)
    keys(qtbot, "IVA acred")  # so are words of the name
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "=")
    key(qtbot, Qt.Key.Key_Return)  # commits the cell, does not close the dialog
    qtbot.waitUntil(lambda: editor.bar.text() == "Balanced")
    assert editor.isVisible()
    key(qtbot, Qt.Key.Key_Return)  # nothing being edited: OK
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert [(line.category_id, line.amount, line.memo) for line in editor.result_lines] == [
        (cat("Gastos:Compras"), -90000, "Hojas"),
        (cat("Gastos:Servicios"), -10000, ""),
        (cat("Impuestos:IVA acreditable"), -16000, ""),
    ]


def test_a_number_without_a_sign_goes_the_movement_s_way(make_editor) -> None:
    """Issue 13, defect 6: on a payment of −580.00, typing 500 books −500.00 (it used to
    book +500.00 and say "1,080.00 unassigned" with no hint); + or - as typed says the
    way; the bar explains a line that goes the other way."""
    editor = make_editor(-58000, [LineInput(-58000)])
    type_into(editor, 0, AMOUNT, "500")
    assert amounts(editor) == [-50000] and editor.bar.text() == "80.00 unassigned"
    assert not editor.bar.hint.isVisibleTo(editor) and not editor.notice.isVisibleTo(editor)
    type_into(editor, 0, AMOUNT, "+500")  # said so: money in
    assert amounts(editor) == [50000] and editor.bar.text() == "1,080.00 unassigned"
    assert editor.bar.hint.isVisibleTo(editor)
    assert editor.bar.hint.text() == (
        "Line 1 is money in (+500.00), while this movement is money out. A number typed "
        "without a sign is money out here; type + before it for money in.")
    type_into(editor, 0, AMOUNT, "500")  # without a sign again: turned round, and said
    assert amounts(editor) == [-50000]
    assert editor.notice.text() == ("Line 1 is money out now: a number without a sign goes "
                                    "this movement's way. Type +500.00 for money in.")
    type_into(editor, 0, AMOUNT, "\u2212580")  # a typographic minus is a minus
    assert amounts(editor) == [-58000] and editor.bar.text() == "Balanced"
    assert not editor.bar.hint.isVisibleTo(editor)
    type_into(editor, 0, AMOUNT, "10%")
    assert amounts(editor) == [-5800]
    type_into(editor, 0, AMOUNT, "+10%")
    assert amounts(editor) == [5800]
    assert "An amount without a sign goes the movement's way" in editor.model.headerData(
        AMOUNT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_a_deposit_less_a_fee_stays_easy(make_editor) -> None:
    """A card deposit of 95.82: the sale typed plainly, the fee with a minus; the new
    lines already hold what is left (money out); a fee retyped without its minus turns
    money in, and both the line under the grid and the bar say so."""
    editor = make_editor(9582, [LineInput(9582)])
    type_into(editor, 0, AMOUNT, "100")
    assert amounts(editor) == [10000] and editor.bar.text() == "4.18 over"
    editor.acts["add"].trigger()
    assert amounts(editor) == [10000, -418]  # the remainder, money out
    type_into(editor, 1, AMOUNT, "-3.60")
    editor.acts["add"].trigger()
    assert amounts(editor) == [10000, -360, -58] and editor.bar.text() == "Balanced"
    assert not editor.bar.hint.isVisibleTo(editor)  # balanced: nothing to explain
    type_into(editor, 1, AMOUNT, "3.60")
    assert amounts(editor) == [10000, 360, -58] and editor.bar.text() == "7.20 over"
    assert editor.notice.text() == ("Line 2 is money in now: a number without a sign goes "
                                    "this movement's way. Type -3.60 for money out.")
    assert editor.bar.hint.text().startswith("Line 3 is money out (-0.58), while this "
                                             "movement is money in.")
    type_into(editor, 1, AMOUNT, "-3.60")
    assert editor.bar.text() == "Balanced"


def test_tab_passes_over_the_taxable_base(make_editor, qtbot) -> None:
    """The base is shown, not typed: Tab from a tax rate goes on to the next line."""
    editor = make_editor(-11600, [LineInput(-10000), LineInput(-1600, tax_rate_bp=1600,
                                                               taxable_base=-10000)])
    assert not editor.model.flags(editor.model.index(1, BASE)) & Qt.ItemFlag.ItemIsEditable
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(editor.model.index(0, RATE))
    qtbot.keyClick(editor.grid, Qt.Key.Key_Tab)
    assert editor.grid.currentIndex() == editor.model.index(1, CATEGORY)
    qtbot.keyClick(editor.grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.grid.currentIndex() == editor.model.index(0, RATE)


def test_new_lines_take_over_the_ids_of_removed_ones(make_editor) -> None:
    editor = make_editor(300, [LineInput(100, id=11), LineInput(200, id=12)])
    editor.model.replace_lines([], "clear")
    editor.acts["add"].trigger()
    editor.acts["add"].trigger()  # holds nothing: the first took the 300
    editor.acts["add"].trigger()
    assert [line.id for line in editor.model.input_lines()] == [11, 12, None]
    fresh = make_editor(300, [LineInput(300)])
    assert [line.id for line in fresh.model.input_lines()] == [None]


@pytest.mark.parametrize("keystroke", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_redo_answers_to_both_keys(make_editor, qtbot, cat, keystroke) -> None:
    """Ctrl+Shift+Z and Ctrl+Y redo in the split editor as in the main window (the
    desktop's own Redo key is one of them; the other is added once, never twice)."""
    editor = make_editor(300, [LineInput(100, category_id=cat("Ingresos:Ventas")),
                               LineInput(200)])
    editor.grid.setCurrentIndex(editor.model.index(1, MEMO))
    editor.grid.setFocus()
    editor.acts["delete"].trigger()
    editor.acts["undo"].trigger()
    assert amounts(editor) == [100, 200]
    shift = Qt.KeyboardModifier.ShiftModifier if keystroke == "Ctrl+Shift+Z" else \
        Qt.KeyboardModifier.NoModifier
    key(qtbot, Qt.Key.Key_Z if keystroke == "Ctrl+Shift+Z" else Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | shift)
    assert amounts(editor) == [100], f"{keystroke} did not redo"
    shortcuts = [s.toString() for s in editor.acts["redo"].shortcuts()]
    assert len(shortcuts) == len(set(shortcuts))


EMPTY_LINES = {"en": ("Line 2 has no amount. Remove it and save?",
                      "Lines 2, 3 have no amount. Remove them and save?"),
               "es": ("La línea 2 no tiene importe. ¿Quitarla y guardar?",
                      "Las líneas 2, 3 no tienen importe. ¿Quitarlas y guardar?")}
OPPOSITE = {"en": ("Line 1 is money in (+5.00), while this movement is money out.",
                   "Lines 1, 2 are money in (+5.00, +5.00), while this movement is money "
                   "out."),
            "es": ("La línea 1 es dinero que entra (+5.00), pero este movimiento es dinero "
                   "que sale.",
                   "Las líneas 1, 2 son dinero que entra (+5.00, +5.00), pero este movimiento "
                   "es dinero que sale.")}


def test_lines_are_named_as_one_line_or_several(language, make_editor, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm",
                        lambda _parent, _title, text, **k: asked.append(text) or False)
    for zeros in (1, 2):
        editor = make_editor(-1000, [LineInput(-1000)] + [LineInput(0)] * zeros)
        editor.try_accept()
        assert asked[-1] == EMPTY_LINES[language][zeros - 1]
    for opposite in (1, 2):
        editor = make_editor(-1000, [LineInput(500)] * opposite + [LineInput(-1000)])
        assert editor.bar.hint.text().startswith(OPPOSITE[language][opposite - 1])
