"""The main window: accounts and register, menus and shortcuts, status bar, state kept
between runs, and the two things Sandy must manage with the keyboard alone: a card
deposit of 95.82 with the card template, and converting an old single-category
transaction into a three-line split (and taking it back)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from app.ledger.accounts import add_account, set_account_archived
from app.ledger.transactions import LineInput, TransactionInput, get_transaction, save_transaction
from tests.ui.editing.test_split_editor import key, keys
from ui.common.events import OpChanges, hub
from ui.editing.split_editor import SplitEditor
from ui.editing.transaction_editor import TransactionEditor
from ui.main.register_model import CATEGORY
from ui.main.window import MainWindow


@pytest.fixture
def window(qtbot, ledger, cat):
    book, bank, _cash = ledger
    save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-05", amount=-116000, payee="Papelería Lumen",
        lines=(LineInput(-116000, category_id=cat("Gastos:Compras")),)))
    win = MainWindow(book, load_in_background=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def dialog_of(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def test_opens_on_the_first_account_with_its_register(window, ledger) -> None:
    assert window.register.account_id == ledger[1].id
    assert window.register.title.text() == "Banco"
    assert window.register.model.count == 1
    assert window.status_book.text() == "Prueba"
    assert window.status_count.text() == "1 transaction"
    assert window.status_user.text().endswith("(owner)")
    assert "Prueba" in window.windowTitle()


def test_menus_and_shortcuts(window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    shortcuts = {key: window.acts[key].shortcut().toString() for key in (
        "new_txn", "edit_txn", "split", "delete_txn", "cleared", "undo", "filter", "help",
        "quit", "open", "focus_accounts", "focus_register", "categories")}
    assert shortcuts == {
        "new_txn": "Ctrl+N", "edit_txn": "Ctrl+E", "split": "Ctrl+S", "delete_txn": "Del",
        "cleared": "Ctrl+K", "undo": "Ctrl+Z", "filter": "Ctrl+F", "help": "F1",
        "quit": "Ctrl+Q", "open": "Ctrl+O", "focus_accounts": "Ctrl+1",
        "focus_register": "Ctrl+2", "categories": "Ctrl+Shift+C"}
    assert not window.acts["undo"].isEnabled()


def test_accounts_grouped_by_kind_and_archived_hidden(window, ledger, qtbot) -> None:
    book = ledger[0]
    old = add_account(book, "Vieja", "bank")
    set_account_archived(book, old.id)
    hub().notify(OpChanges(accounts=True))  # another window changed the book
    qtbot.waitUntil(lambda: any(a.name == "Vieja" for a in window.accounts.accounts))
    model = window.accounts.model()
    names = [model.index(r, 0).data().strip() for r in range(model.rowCount())]
    assert names == ["Bank accounts", "Banco", "Cash", "Caja"]
    assert model.index(0, 1).data() == "8,840.00"  # the group's total
    window.acts["show_archived"].trigger()
    names = [model.index(r, 0).data().strip() for r in range(model.rowCount())]
    assert "Vieja (archived)" in names and window.archived_box.isChecked()


def test_window_state_is_remembered(window, ledger, qtbot) -> None:
    window.resize(700, 520)  # within the offscreen screen (800 x 600)
    window.splitter.setSizes([200, 800])
    window.close()
    again = MainWindow(ledger[0], load_in_background=False)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)


def test_f1_opens_getting_started(window, monkeypatch) -> None:
    import ui.help.browser

    asked = []
    monkeypatch.setattr(ui.help.browser, "show_help", lambda *a: asked.append(a[1:]))
    window.acts["help"].trigger()
    assert asked == [("getting-started", None)]


def test_delete_and_undo_from_the_menu(window, qtbot) -> None:
    window.register.select_row(0)
    window.acts["delete_txn"].trigger()
    assert window.register.model.count == 0
    assert "Delete transaction" in window.statusBar().currentMessage()
    window.acts["undo"].trigger()
    assert window.register.model.count == 1
    qtbot.waitUntil(lambda: window.status_count.text() == "1 transaction")


@pytest.mark.parametrize("how", ["toolbar", "menu", "Ctrl+E"])
def test_edit_transaction_opens_the_selected_one_not_a_blank_form(window, qtbot, how) -> None:
    window.register.view.setFocus()
    window.register.select_row(0)
    if how == "toolbar":
        toolbar = window.findChild(QToolBar, "mainToolbar")
        button = toolbar.widgetForAction(window.acts["edit_txn"])
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif how == "menu":
        window.acts["edit_txn"].trigger()
    else:
        key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_of(TransactionEditor) is not None)
    editor = dialog_of(TransactionEditor)
    assert editor.windowTitle() == "Edit transaction"
    assert editor.payee.text() == "Papelería Lumen"
    editor.accept()
    qtbot.waitUntil(lambda: dialog_of(TransactionEditor) is None)
    assert window.register.model.count == 1  # saved in place, no duplicate


def test_a_locale_change_elsewhere_is_followed(window, ledger, qtbot) -> None:
    from app.admin.book_settings import set_setting

    set_setting(ledger[0], "locale", "es_ES")
    hub().notify(OpChanges(book=True))
    model = window.register.model
    assert model.data(model.index(0, 6)) == "1.160,00"  # Payment, in es_ES
    assert model.data(model.index(0, 0)) == "05/03/2026"  # day first, padded to align


def test_card_deposit_of_95_82_with_the_keyboard_alone(window, qtbot, ledger) -> None:
    window.register.view.setFocus()
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_of(TransactionEditor) is not None)
    editor = dialog_of(TransactionEditor)
    qtbot.waitUntil(lambda: editor.date.hasFocus())
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Clip")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "95.82")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_of(SplitEditor) is not None)
    split = dialog_of(SplitEditor)
    qtbot.waitUntil(lambda: split.isActiveWindow())
    key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the template chooser
    assert split.templates.combo.hasFocus()
    keys(qtbot, "Card")
    assert split.templates.current.name == "card-deposit"
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Apply template
    qtbot.waitUntil(lambda: split.model.rowCount() == 4)  # a mnemonic clicks after 100 ms
    shown = [split.model.data(split.model.index(r, 2)) for r in range(split.model.rowCount())]
    assert shown == ["86.21", "13.79", "-3.60", "-0.58"]
    assert split.grid.hasFocus()
    key(qtbot, Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: not split.isVisible())
    assert editor.split_summary.text() == "Split into 4 lines"
    key(qtbot, Qt.Key.Key_Return)  # OK of the transaction
    qtbot.waitUntil(lambda: not editor.isVisible())
    model = window.register.model
    assert model.count == 2
    row = model.row_at(window.register.view.currentIndex().row())
    assert (row.payee, row.amount) == ("Clip", 9582)
    assert [line.amount for line in row.lines] == [8621, 1379, -360, -58]
    assert model.data(model.index(window.register.view.currentIndex().row(), CATEGORY)) == \
        "Split (4)"
    assert window.ctx.undo.stack.undoText() == "Apply template Card/processor deposit"


def test_convert_to_a_three_line_split_and_undo_with_the_keyboard(window, qtbot, cat) -> None:
    window.register.view.setFocus()
    window.register.select_row(0)
    txn_id = window.register.current_txn_id()
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_of(SplitEditor) is not None)
    split = dialog_of(SplitEditor)
    qtbot.waitUntil(lambda: split.grid.hasFocus())
    assert [line.target for line in split.model.lines] == ["Gastos:Compras"]
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # the amount of the first line
    keys(qtbot, "-900")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # past the end: a line with the remaining -260.00
    keys(qtbot, "servicios")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "-100")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # and one more with the last -160.00
    keys(qtbot, "iva acreditable")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: split.bar.text() == "Balanced")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not split.isVisible())
    lines = get_transaction(window.book, txn_id).lines
    assert [(line.category_id, line.amount) for line in lines] == [
        (cat("Gastos:Compras"), -90000), (cat("Gastos:Servicios"), -10000),
        (cat("Impuestos:IVA acreditable"), -16000)]
    assert window.ctx.undo.stack.undoText() == "Convert to split"
    assert window.register.model.data(window.register.model.index(0, CATEGORY)) == "Split (3)"
    window.register.view.setFocus()
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    lines = get_transaction(window.book, txn_id).lines
    assert [(line.category_id, line.amount) for line in lines] == [
        (cat("Gastos:Compras"), -116000)]
    assert window.register.model.data(window.register.model.index(0, CATEGORY)) == \
        "Gastos:Compras"
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    key(qtbot, Qt.Key.Key_Z, mods)  # redo
    assert len(get_transaction(window.book, txn_id).lines) == 3


def test_a_transaction_found_elsewhere_opens_in_its_register(window, ledger, cat, qtbot) -> None:
    """Double-click in the search or reports window: the main window shows that
    transaction in its own account's register, even from another account."""
    book, bank, cash = ledger
    elsewhere = save_transaction(book, TransactionInput(
        account_id=cash.id, date="2026-03-07", amount=-5000, payee="Taxi",
        lines=(LineInput(-5000, category_id=cat("Gastos:Compras")),)))
    window.open_window("search")
    search = window.windows["search"]
    assert window.register.account_id == bank.id
    search.transaction_activated.emit(elsewhere.id)
    qtbot.waitUntil(lambda: window.register.current_txn_id() == elsewhere.id)
    assert window.register.account_id == cash.id
    search.close()


def test_the_audit_log_opens_from_the_tools_menu(window) -> None:
    from ui.settings.audit_log_view import AuditLogDialog

    tools = window.menus["menu_tools"]
    assert window.acts["audit"] in tools.actions()
    window.acts["audit"].trigger()
    dialog = window.windows["audit"]
    assert isinstance(dialog, AuditLogDialog) and dialog.isVisible()
    dialog.close()


def test_backups_from_the_file_menu_and_on_closing(qtbot, ledger) -> None:
    """File › Backup now makes a verified manual backup; the running app (background
    work on) builds the search index and backs a changed book up when it closes."""
    from app.backup import list_backups
    from app.ledger.search_index import index_state

    book = ledger[0]
    win = MainWindow(book, load_in_background=False, background_work=True)
    qtbot.addWidget(win)
    win.show()
    file_menu = win.menus["menu_file"]
    assert {win.acts["backup_now"], win.acts["restore"]} <= set(file_menu.actions())
    win.acts["backup_now"].trigger()
    qtbot.waitUntil(lambda: any(b.reason == "manual" for b in list_backups(book.location)),
                    timeout=10000)
    qtbot.waitUntil(lambda: index_state(book) == "ready", timeout=10000)
    win.close()
    reasons = sorted(b.reason for b in list_backups(book.location))
    assert "on-close" in reasons and all(b.verified for b in list_backups(book.location))


def test_the_status_bar_follows_a_new_entry_undo_and_redo(window, ledger, qtbot) -> None:
    """Issue 13, defect 10: after Undo the bar said "… — Ctrl+Z to undo" of the change just
    undone; it says what was undone and how to redo it, and the count follows."""
    from ui.common.undo import SaveTransaction

    _book, bank, _cash = ledger
    bar = window.statusBar()
    window.ctx.undo.push(SaveTransaction(window.ctx.undo, TransactionInput(
        account_id=bank.id, date="2026-03-06", amount=-5000, payee="Luz",
        lines=(LineInput(-5000),))))
    assert bar.currentMessage() == "New transaction — Ctrl+Z to undo"
    qtbot.waitUntil(lambda: window.status_count.text() == "2 transactions")
    window.acts["undo"].trigger()
    redo_key = window.acts["redo"].shortcut().toString()
    assert bar.currentMessage() == f"Undone: New transaction — {redo_key} to redo"
    assert "Ctrl+Z to undo" not in bar.currentMessage()
    qtbot.waitUntil(lambda: window.status_count.text() == "1 transaction")
    window.acts["redo"].trigger()
    assert bar.currentMessage() == "New transaction — Ctrl+Z to undo"
    qtbot.waitUntil(lambda: window.status_count.text() == "2 transactions")


def test_a_single_line_s_taxable_base_follows_a_new_amount(ctx, ledger, cat, qtbot) -> None:
    """Issue 13, defect 2: an IVA movement of one line edited from −64.11 to −64.00 keeps
    no stale base: it is on −400.00 now."""
    book, bank, _cash = ledger
    view = save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-05", amount=-6411, payee="SAT",
        lines=(LineInput(-6411, category_id=cat("Impuestos:IVA acreditable"),
                         tax_rate_bp=1600, taxable_base=-40069),)))
    editor = TransactionEditor(ctx, bank.id, view.id)
    qtbot.addWidget(editor)
    editor.amount.setText("-64.00")
    line = editor.data().lines[0]
    assert (line.amount, line.tax_rate_bp, line.taxable_base) == (-6400, 1600, -40000)
    editor.amount.setText("-64.11")
    assert editor.data().lines[0].taxable_base == -40069


MOVEMENTS = {"en": (("1 transaction", "1 movement"), ("2 transactions", "2 movements")),
             "es": (("1 movimiento", "1 movimiento"), ("2 movimientos", "2 movimientos"))}


def test_the_status_bar_and_the_account_tooltip_count_one_and_two(
        language, qtbot, ledger, cat) -> None:
    book, bank, _cash = ledger
    save_transaction(book, TransactionInput(bank.id, "2026-03-05", -116000, payee="Lumen",
                                            lines=(LineInput(-116000, cat("Gastos:Compras")),)))
    win = MainWindow(book, load_in_background=False)
    qtbot.addWidget(win)

    def shown() -> tuple[str, str]:
        accounts = win.accounts.model()
        banco = next(accounts.index(r, 0) for r in range(accounts.rowCount())
                     if accounts.index(r, 0).data().strip() == "Banco")
        return win.status_count.text(), banco.data(Qt.ItemDataRole.ToolTipRole)

    one, two = MOVEMENTS[language]
    assert shown() == one
    save_transaction(book, TransactionInput(bank.id, "2026-03-06", -5000, payee="Café",
                                            lines=(LineInput(-5000, cat("Gastos:Compras")),)))
    hub().operation_did_execute.emit(OpChanges(transactions=True, accounts=True), None)
    qtbot.waitUntil(lambda: shown() == two)
