"""The register: a windowed model that fetches only the pages shown, running
balances, inline entry with Enter and Esc, cleared flags, sorting and filtering."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from app.ledger.accounts import add_account
from app.ledger.register import RegisterQuery, load_page, open_register
from app.ledger.transactions import LineInput, TransactionInput, get_transaction, save_transaction
from app.store.book import open_book
from ui.common.context import BookContext
from ui.main.register_model import (
    BALANCE,
    CATEGORY,
    CLEARED,
    DATE,
    IN,
    MEMO,
    OUT,
    PAGE,
    PAYEE,
    REF,
    RegisterModel,
)
from ui.main.register_view import RegisterPanel


@pytest.fixture
def filled(ledger, cat):
    book, bank, _cash = ledger
    for day, amount, payee, category in (
        ("2026-01-03", 250000, "Venta mostrador", "Ingresos:Ventas"),
        ("2026-01-05", -116000, "Papelería Lumen", "Gastos:Compras"),
        ("2026-01-09", -89900, "Telmex", "Gastos:Servicios"),
        ("2026-01-12", 40000, "Hotel Los Arcos", "Ingresos:Ventas"),
    ):
        save_transaction(book, TransactionInput(
            account_id=bank.id, date=day, amount=amount, payee=payee,
            lines=(LineInput(amount, category_id=cat(category)),)))
    save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-01-20", amount=-11600, payee="Empaques del Bajío",
        lines=(LineInput(-10000, category_id=cat("Gastos:Compras")),
               LineInput(-1600, category_id=cat("Impuestos:IVA acreditable")))))
    return book, bank


@pytest.fixture
def panel(qtbot, ctx, filled):
    book, bank = filled
    widget = RegisterPanel(book, ctx.formats, ctx.undo, ctx.targets)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_account(bank.id, bank.name)
    return widget


def test_qtmodeltester(qtmodeltester, ctx, filled) -> None:
    model = RegisterModel(ctx.book, ctx.formats)
    model.set_query(RegisterQuery(filled[1].id))
    qtmodeltester.check(model, force_py=True)


def test_rows_amounts_and_balances(panel) -> None:
    model = panel.model
    assert model.rowCount() == 6  # five and the entry row
    text = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert [text(0, c) for c in (DATE, PAYEE, CATEGORY, OUT, IN, BALANCE)] == [
        "03/01/2026", "Venta mostrador", "Ingresos:Ventas", "", "2,500.00", "12,500.00"]
    assert [text(1, c) for c in (OUT, IN, BALANCE)] == ["1,160.00", "", "11,340.00"]
    assert text(4, CATEGORY) == "Split (2)"
    assert "Impuestos:IVA acreditable" in model.data(model.index(4, CATEGORY),
                                                     Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, OUT), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    assert text(5, PAYEE) == "New transaction…"
    assert panel.balance.text() == "$10,725.00"
    # The newest movements are in view and selected when the account opens.
    assert panel.view.currentIndex().row() == 4


def test_only_visible_pages_are_fetched(qtbot, tmp_path) -> None:
    from app.store.demo import write_current

    location = str(tmp_path / "big.cuentas")
    write_current(location, 1500, 7, end=date(2026, 3, 31))
    book = open_book(location)
    ctx = BookContext.open(book)
    try:
        panel = RegisterPanel(book, ctx.formats, ctx.undo, ctx.targets)
        qtbot.addWidget(panel)
        panel.resize(1000, 600)
        panel.show()
        qtbot.waitExposed(panel)
        panel.show_account(1, "BBVA")
        model = panel.model
        QApplication.processEvents()
        count = model.count
        assert count > 6 * PAGE
        last = (count - 1) // PAGE
        # Opening showed the newest rows: only the last page (and the one before, when
        # the screen straddles two) was built.
        assert set(model.loaded_pages) <= {last, last - 1}
        before = model.page_loads
        panel.view.scrollTo(model.index(count // 2, PAYEE))
        QApplication.processEvents()
        middle = (count // 2) // PAGE
        assert set(model.loaded_pages[before:]) <= {middle - 1, middle, middle + 1}
        assert model.page_loads - before <= 2
        # Balances of any page agree with the service, whether the page was summed or
        # continued from a neighbouring page (scrolling up from the newest).
        snap = open_register(book, RegisterQuery(1))
        for r in (count // 2, (last - 1) * PAGE + 3, (last - 2) * PAGE + 60, (last - 3) * PAGE):
            assert model.row_at(r).balance == load_page(book, snap, r, 1)[0].balance
        # Painting the same rows again fetches nothing.
        loads = model.page_loads
        panel.view.viewport().repaint()
        assert model.page_loads == loads
    finally:
        ctx.close()
        book.close()


def enter(panel, qtbot, row: int, values: dict[int, str]) -> None:
    for col, value in values.items():
        panel.model.setData(panel.model.index(row, col), value)


def test_inline_entry_saves_on_enter_and_undoes(panel, qtbot, ctx, cat) -> None:
    model = panel.model
    row = model.entry_row
    enter(panel, qtbot, row, {DATE: "21/01/2026", PAYEE: "CFE", CATEGORY: "Gastos:Servicios",
                              OUT: "1,234.50", REF: "A-1", MEMO: "luz"})
    assert model.draft is not None and model.data(model.index(row, PAYEE)) == "CFE"
    model.submit()
    qtbot.waitUntil(lambda: model.draft is None and model.count == 6)
    saved = model.row_at(5)
    assert (saved.date, saved.payee, saved.amount, saved.reference, saved.memo) == (
        "2026-01-21", "CFE", -123450, "A-1", "luz")
    assert saved.lines[0].target == "Gastos:Servicios"
    assert ctx.undo.stack.undoText() == "New transaction"
    ctx.undo.stack.undo()
    assert model.count == 5


def test_esc_drops_the_draft(panel) -> None:
    model = panel.model
    enter(panel, None, 1, {PAYEE: "Otra papelería"})
    assert model.data(model.index(1, PAYEE)) == "Otra papelería"
    model.revert()
    assert model.draft is None and model.data(model.index(1, PAYEE)) == "Papelería Lumen"


def test_an_inline_edit_of_a_saved_row(panel, qtbot, ctx) -> None:
    model = panel.model
    txn_id = model.id_at(1)
    enter(panel, qtbot, 1, {IN: "99.00"})
    assert model.data(model.index(1, OUT)) == ""  # a deposit now, not a payment
    model.submit()
    qtbot.waitUntil(lambda: model.draft is None)
    view = get_transaction(ctx.book, txn_id)
    assert view.amount == 9900 and view.lines[0].amount == 9900
    assert view.payee == "Papelería Lumen"
    # A split row keeps its lines; only its date, payee, reference and memo are inline.
    assert not model.flags(model.index(4, OUT)) & Qt.ItemFlag.ItemIsEditable
    enter(panel, qtbot, 4, {MEMO: "cajas"})
    model.submit()
    qtbot.waitUntil(lambda: model.draft is None)
    split = get_transaction(ctx.book, model.id_at(4))
    assert split.memo == "cajas" and len(split.lines) == 2


def test_errors_are_named_and_nothing_is_saved(panel, qtbot, ctx) -> None:
    model = panel.model
    row = model.entry_row
    enter(panel, qtbot, row, {PAYEE: "X", OUT: "12,3x"})
    model.submit()
    qtbot.waitUntil(lambda: panel.error.isVisibleTo(panel))
    assert panel.error.text() == "Amount: is not an amount (12,3x)"
    assert model.error_column == OUT and model.count == 5
    enter(panel, qtbot, row, {OUT: "10", CATEGORY: "Gastos:Nada", DATE: "31/02/2026"})
    model.submit()
    qtbot.waitUntil(lambda: "Date" in panel.error.text())
    assert panel.error.text().startswith("Date: is not a valid calendar date")
    enter(panel, qtbot, row, {DATE: "01/02/2026"})
    model.submit()
    qtbot.waitUntil(lambda: panel.error.text().startswith("Category"))
    assert model.count == 5 and ctx.undo.stack.count() == 0


def test_the_cleared_column_toggles(panel, ctx) -> None:
    model = panel.model
    index = model.index(0, CLEARED)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index(0, CLEARED), Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    ctx.undo.stack.undo()
    assert not model.row_at(0).cleared


def test_sorting_and_the_quick_filter(panel, qtbot) -> None:
    model = panel.model
    model.sort(PAYEE, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "payee"
    assert [model.row_at(r).payee for r in range(5)] == [
        "Empaques del Bajío", "Hotel Los Arcos", "Papelería Lumen", "Telmex", "Venta mostrador"]
    assert panel.view.isColumnHidden(BALANCE)
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).payee == "Empaques del Bajío" and not panel.view.isColumnHidden(BALANCE)
    panel.filter.setText("ventas")  # matches the category
    qtbot.waitUntil(lambda: model.query.text == "ventas")
    assert model.count == 2 and model.query.descending


def test_the_filter_box_ignores_case_and_accents(panel, qtbot) -> None:
    """Issue 13, defect 7, in the register's filter box, typed as Sandy types."""
    model = panel.model
    for typed, payees in (("papeleria", ["Papelería Lumen"]), ("EMPAQUES DEL BAJIO",
                          ["Empaques del Bajío"]), ("iva acreditable", ["Empaques del Bajío"]),
                          ("bajío", ["Empaques del Bajío"])):
        panel.filter.clear()
        if typed.isascii():
            qtbot.keyClicks(panel.filter, typed)
        else:  # (QTest types ASCII only)
            panel.filter.insert(typed)
        qtbot.waitUntil(lambda t=typed: model.query.text == t)
        assert [model.row_at(r).payee for r in range(model.count)] == payees, typed


def test_keyboard_entry_of_a_new_row(panel, qtbot, ctx, cat) -> None:
    from tests.ui.editing.test_split_editor import key, keys

    panel.activateWindow()
    panel.view.setFocus()
    panel.select_row(panel.model.entry_row)
    panel.view.setCurrentIndex(panel.model.index(panel.model.entry_row, DATE))
    qtbot.waitUntil(panel.view.hasFocus)
    key(qtbot, Qt.Key.Key_Return)  # starts editing the date
    keys(qtbot, "22/01/2026")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # no reference
    keys(qtbot, "Telmex")
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "servicios")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # no memo: on to C
    key(qtbot, Qt.Key.Key_Tab)  # payment
    keys(qtbot, "499")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.count == 6)
    row = panel.model.row_at(5)
    assert (row.payee, row.amount, row.category, row.date) == (
        "Telmex", -49900, "Gastos:Servicios", "2026-01-22")
    # Ready for the next one.
    qtbot.waitUntil(lambda: panel.view.currentIndex().row() == panel.model.entry_row)


def test_another_account_s_register_and_an_empty_one(panel, ctx, filled) -> None:
    empty = add_account(ctx.book, "Vacía")
    panel.show_account(empty.id, "Vacía")
    assert panel.model.count == 0 and panel.model.rowCount() == 1
    panel.show_account(None)
    assert panel.model.rowCount() == 0
    assert panel.model.data(QModelIndex()) is None


def test_a_big_register_refreshes_off_the_ui_thread(panel, qtbot, ctx, monkeypatch) -> None:
    import ui.main.register_view
    from ui.common import operations

    monkeypatch.setattr(ui.main.register_view, "BACKGROUND_REFRESH", 0)
    model = panel.model
    txn_id = model.id_at(1)
    panel.select_row(1)
    enter(panel, qtbot, 1, {MEMO: "otra vez"})
    model.submit()
    qtbot.waitUntil(lambda: panel._refreshing != 0)  # saved; the register follows later
    qtbot.waitUntil(operations.idle)
    qtbot.waitUntil(lambda: panel._refreshing == 0)
    assert model.row_at(1).memo == "otra vez" and panel.current_txn_id() == txn_id


def test_leaving_an_edited_row_saves_it(panel, qtbot, ctx) -> None:
    model = panel.model
    txn_id = model.id_at(2)
    panel.select_row(2)
    enter(panel, qtbot, 2, {MEMO: "llamadas"})
    panel.select_row(0)  # the user goes elsewhere
    qtbot.waitUntil(lambda: model.draft is None)
    assert get_transaction(ctx.book, txn_id).memo == "llamadas"
    assert panel.view.currentIndex().row() == 0  # and stays where they went
    # A new transaction left half-typed is not lost: it stays, and the error says why.
    panel.select_row(model.entry_row)
    enter(panel, qtbot, model.entry_row, {PAYEE: "Sin monto"})
    panel.select_row(1)
    qtbot.waitUntil(lambda: panel.error.isVisibleTo(panel))
    assert panel.error.text().startswith("Amount: is missing")
    assert model.draft is not None and model.count == 5
