"""Keyboard traps of the register, met with real key presses on the real main window
(issue 13, defect 5): typing on a saved row changes nothing (F2, Enter or a double
click edit it; the new-transaction row still takes typing), Ctrl+Shift+Z and Ctrl+Y
redo whatever key scheme the desktop has, and Enter then Tab on the new-transaction
row walks Date, Ref., Payee in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.ledger.transactions import get_transaction
from tests.ui.editing.test_split_editor import key, keys
from tests.ui.main.test_window import dialog_of
from tests.ui.main.test_window import window as window  # the fixture
from ui.editing.transaction_editor import TransactionEditor
from ui.main.register_model import CATEGORY, CLEARED, DATE, MEMO, PAYEE, REF

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focus_register(window, qtbot, row: int, column: int = PAYEE) -> None:
    panel = window.register
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    panel.select_row(row)
    panel.view.setCurrentIndex(panel.model.index(row, column))


def editing(window) -> bool:
    return window.register.view.state() == QAbstractItemView.State.EditingState


def test_typing_on_a_saved_row_changes_nothing(window, qtbot) -> None:
    panel = window.register
    txn_id = panel.model.id_at(0)
    focus_register(window, qtbot, 0)
    keys(qtbot, "Telmex")  # meant for another window, or for the new row
    assert not editing(window) and panel.model.draft is None
    assert panel.view.currentIndex().row() == 0  # no jump to another row either
    assert "F2" in window.statusBar().currentMessage()  # says how to change it
    key(qtbot, Qt.Key.Key_Backspace)
    key(qtbot, Qt.Key.Key_Space)
    assert not editing(window) and panel.model.draft is None
    assert get_transaction(window.book, txn_id).payee == "Papelería Lumen"
    assert window.ctx.undo.stack.count() == 0
    # A click on the selected row does not start editing it either.
    rect = panel.view.visualRect(panel.model.index(0, MEMO))
    from PySide6.QtTest import QTest

    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.qWait(QApplication.doubleClickInterval() + 50)
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.qWait(QApplication.doubleClickInterval() + 50)
    assert not editing(window)


def test_space_and_a_click_still_tick_the_c_column(window, qtbot) -> None:
    from PySide6.QtTest import QTest

    panel = window.register
    txn_id = panel.model.id_at(0)
    focus_register(window, qtbot, 0, CLEARED)
    key(qtbot, Qt.Key.Key_Space)
    assert get_transaction(window.book, txn_id).cleared
    panel.select_row(0)  # selected: the click below is on a selected row
    rect = panel.view.visualRect(panel.model.index(0, CLEARED))
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.waitUntil(lambda: not get_transaction(window.book, txn_id).cleared)


def test_f2_edits_a_saved_row_and_enter_saves_it(window, qtbot) -> None:
    panel = window.register
    txn_id = panel.model.id_at(0)
    focus_register(window, qtbot, 0)
    key(qtbot, Qt.Key.Key_F2)
    assert editing(window)
    QApplication.focusWidget().selectAll()
    keys(qtbot, "Telmex")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: get_transaction(window.book, txn_id).payee == "Telmex")
    assert window.ctx.undo.stack.undoText() == "Edit transaction"


def test_enter_on_a_saved_row_opens_it(window, qtbot) -> None:
    focus_register(window, qtbot, 0)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog_of(TransactionEditor) is not None)
    editor = dialog_of(TransactionEditor)
    assert editor.payee.text() == "Papelería Lumen"
    editor.reject()
    qtbot.waitUntil(lambda: dialog_of(TransactionEditor) is None)


def test_the_new_transaction_row_still_takes_typing(window, qtbot) -> None:
    panel = window.register
    focus_register(window, qtbot, panel.model.entry_row)
    keys(qtbot, "CFE")
    assert editing(window)
    assert QApplication.focusWidget().text() == "CFE"
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "servicios")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "350")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.count == 2)
    assert [panel.model.row_at(r).payee for r in range(2)] == ["Papelería Lumen", "CFE"]


@pytest.mark.parametrize("column", [PAYEE, CATEGORY, DATE])
def test_enter_then_tab_on_the_new_row_goes_date_ref_payee(window, qtbot, column) -> None:
    """Wherever the cursor stands on the new-transaction row (after a save it stands
    on Payee), Enter starts at its first field, the date, and Tab walks on in order."""
    panel = window.register
    row = panel.model.entry_row
    focus_register(window, qtbot, row, column)
    key(qtbot, Qt.Key.Key_Return)
    assert editing(window) and panel.view.currentIndex().column() == DATE
    keys(qtbot, "22/03/2026")
    key(qtbot, Qt.Key.Key_Tab)
    assert editing(window) and panel.view.currentIndex().column() == REF
    keys(qtbot, "F-77")
    key(qtbot, Qt.Key.Key_Tab)
    assert panel.view.currentIndex().column() == PAYEE
    keys(qtbot, "Telmex")
    key(qtbot, Qt.Key.Key_Tab)
    assert panel.view.currentIndex().column() == CATEGORY
    keys(qtbot, "servicios")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # no memo: on to C
    key(qtbot, Qt.Key.Key_Tab)  # payment
    keys(qtbot, "499")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.count == 2)
    saved = panel.model.row_at(1)
    assert (saved.date, saved.reference, saved.payee, saved.category, saved.amount) == (
        "2026-03-22", "F-77", "Telmex", "Gastos:Servicios", -49900)
    # Ready for the next one, and Enter starts it at the date again.
    qtbot.waitUntil(lambda: panel.view.currentIndex().row() == panel.model.entry_row)
    key(qtbot, Qt.Key.Key_Return)
    assert editing(window) and panel.view.currentIndex().column() == DATE
    key(qtbot, Qt.Key.Key_Tab)
    assert panel.view.currentIndex().column() == REF
    key(qtbot, Qt.Key.Key_Escape)


class SchemeKeys(QKeySequence):
    """QKeySequence as the KDE and GNOME desktops (and macOS) define the standard
    keys: Redo is Ctrl+Shift+Z alone, with no Ctrl+Y (the offscreen platform of the
    tests has the Windows scheme: Ctrl+Y, then Ctrl+Shift+Z)."""

    def __init__(self, *args: object) -> None:
        if args and args[0] == QKeySequence.StandardKey.Redo:
            args = ("Ctrl+Shift+Z",)
        super().__init__(*args)  # type: ignore[call-overload]

    @staticmethod
    def keyBindings(standard: QKeySequence.StandardKey) -> list[QKeySequence]:
        if standard == QKeySequence.StandardKey.Redo:
            return [QKeySequence("Ctrl+Shift+Z")]
        return QKeySequence.keyBindings(standard)


@pytest.fixture(params=["platform", "kde-gnome"])
def scheme(request, monkeypatch):
    if request.param == "kde-gnome":
        import ui.main.category_manager
        import ui.main.window

        monkeypatch.setattr(ui.main.window, "QKeySequence", SchemeKeys)
        monkeypatch.setattr(ui.main.category_manager, "QKeySequence", SchemeKeys)
    return request.param


@pytest.mark.parametrize("keystroke", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_redo_keys_redo_under_every_key_scheme(scheme, window, qtbot, keystroke) -> None:
    win = window  # made after `scheme`: the window's actions take that scheme's keys
    panel = win.register
    focus_register(win, qtbot, 0)
    win.acts["delete_txn"].trigger()
    assert panel.model.count == 0
    panel.view.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)  # undo
    assert panel.model.count == 1
    redo_key = Qt.Key.Key_Z if keystroke == "Ctrl+Shift+Z" else Qt.Key.Key_Y
    key(qtbot, redo_key, CTRL | SHIFT if keystroke == "Ctrl+Shift+Z" else CTRL)
    assert panel.model.count == 0, f"{keystroke} did not redo"
    # No key is given twice to the window's actions (Qt would find it ambiguous).
    seen: list[str] = []
    for action in win.actions():
        seen += [s.toString() for s in action.shortcuts() if not s.isEmpty()]
    assert len(seen) == len(set(seen)), sorted(s for s in seen if seen.count(s) > 1)
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= {s.toString() for s in win.acts["redo"].shortcuts()}
