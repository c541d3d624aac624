"""The combined payment's table of invoices (issue 13, defect 4): one row per invoice
with its total as printed, its rate and its category; bases worked out per invoice;
errors under their row; rows added and removed with the keyboard; the split editor
keeps its size."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ledger.categories import add_category
from app.ledger.transactions import LineInput
from tests.ui.editing.test_split_editor import key, keys
from ui.common.context import BookContext
from ui.editing.invoices import InvoiceTable
from ui.editing.split_editor import SplitEditor


def cents(text: str) -> int:
    return int(Decimal(text) * 100)


@pytest.fixture
def scenario_ctx(sqlite_book, scenarios):
    for cat in scenarios["categories"]:
        add_category(sqlite_book, cat["name"], cat["kind"], cat["role"])
    context = BookContext.open(sqlite_book)
    yield context
    context.close()


@pytest.fixture
def payment(qtbot, scenario_ctx):
    """The split editor on S9's transfer of −4,504.99 with the combined payment chosen."""
    editor = SplitEditor(scenario_ctx, total=cents("-4504.99"),
                         lines=[LineInput(cents("-4504.99"))], payee="Proveedores",
                         template="combined-payment")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def table(editor: SplitEditor) -> InvoiceTable:
    assert editor.templates.invoices is not None
    return editor.templates.invoices


def test_three_invoices_typed_with_the_keyboard_give_s9(payment, qtbot, scenarios) -> None:
    """Totals as printed on the invoices, a leaf name for the category, Alt+N for the
    next invoice (it holds what is left), Enter to apply: S9 to the cent."""
    size = payment.size()
    invoices = table(payment)
    assert not payment.templates.fields  # no BASE@RATE, no C1|C2 any more
    payment.activateWindow()
    qtbot.waitUntil(lambda: invoices.rows[0].total.hasFocus())
    assert invoices.rows[0].total.text() == "4,504.99"  # the whole movement to start
    keys(qtbot, "1432.09")  # replaces it (selected)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)  # the rate: empty is the book's 16 %
    keys(qtbot, "Papeler")  # a part of the name is enough
    assert invoices.rows[0].base.text() == "1,234.56" and invoices.rows[0].iva.text() == "197.53"
    assert "3,072.90 not covered yet" in invoices.summary.text()
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(invoices.rows) == 2)
    assert invoices.rows[1].total.text() == "3,072.90" and invoices.rows[1].total.hasFocus()
    keys(qtbot, "578.87")
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "16")
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Internet")
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(invoices.rows) == 3)
    assert invoices.rows[2].total.text() == "2,494.03"  # what is left: the third invoice
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Empaque")
    assert invoices.summary.text() == "The invoices add up to the movement: 4,504.99."
    key(qtbot, Qt.Key.Key_Return)  # applies the template; the dialog stays open
    qtbot.waitUntil(lambda: len(payment.model.lines) == 6)
    sc = next(s for s in scenarios["scenarios"] if s["id"] == "S9")
    assert [(line.target, line.amount) for line in payment.model.lines] == [
        (x["category"], cents(x["amount"])) for x in sc["lines"]]
    assert [line.taxable_base for line in payment.model.lines][1::2] == [-123456, -49903,
                                                                         -215003]
    assert payment.bar.text() == "Balanced" and payment.isVisible()
    assert payment.size() == size


def test_errors_under_their_row_and_the_dialog_keeps_its_size(payment, qtbot) -> None:
    size = payment.size()
    invoices = table(payment)
    first = invoices.rows[0]
    first.total.setText("1432.09")
    first.category.setText("Papelería")
    second = invoices.add_row()
    second.total.setText("mil")
    second.rate.setText("16")
    third = invoices.add_row()
    third.total.setText("100")
    third.rate.setText("dieciséis")
    fourth = invoices.add_row()
    fourth.total.setText("10")
    fourth.category.setText("Gastos:Nada")
    for _ in range(5):  # more invoices than the table shows: it scrolls
        invoices.add_row().total.setText("1")
    assert not payment.templates.apply()
    QApplication.processEvents()
    assert second.error.isVisibleTo(payment)
    assert second.error.text() == "Invoice total: is not an amount (mil)"
    assert third.error.text() == "IVA rate: is not a percentage (dieciséis)"
    assert not first.error.isVisibleTo(payment)
    assert second.total.hasFocus()  # the first row in error
    assert len(payment.model.lines) == 1  # nothing applied
    third.rate.setText("")  # corrected: its error goes
    assert not third.error.isVisibleTo(payment)
    second.total.setText("1000")
    assert not payment.templates.apply()  # the category comes from app: said under row 4
    assert fourth.error.text().startswith("Category: is not a category of this book")
    QApplication.processEvents()
    assert payment.size() == size
    assert invoices.rows_area.verticalScrollBar().maximum() > 0  # scrolls, never grows


def test_rows_are_added_removed_and_walked_with_the_keyboard(payment, qtbot) -> None:
    invoices = table(payment)
    invoices.rows[0].total.setText("1000")
    invoices.add_row().total.setText("2000")
    invoices.add_row()
    assert [r.number.text() for r in invoices.rows] == ["1", "2", "3"]
    assert invoices.rows[2].total.text() == "1,504.99"
    invoices.rows[1].rate.setFocus()
    payment.activateWindow()
    qtbot.waitUntil(lambda: invoices.rows[1].rate.hasFocus())
    key(qtbot, Qt.Key.Key_Down)
    assert invoices.rows[2].rate.hasFocus()
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)
    assert invoices.rows[0].rate.hasFocus()
    invoices.rows[1].category.setFocus()
    key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # removes the second
    qtbot.waitUntil(lambda: len(invoices.rows) == 2)  # a mnemonic clicks after 100 ms
    assert [r.total.text() for r in invoices.rows] == ["1000", "1,504.99"]
    assert [r.number.text() for r in invoices.rows] == ["1", "2"]
    assert "1,004.99 not covered yet" not in invoices.summary.text()
    assert invoices.summary.text() == ("The invoices add up to 2,504.99 of 4,504.99: 2,000.00 "
                                       "not covered yet.")
    assert not payment.templates.apply()
    assert payment.templates.error.text().startswith("Invoices: add up to")
    invoices.remove_row()
    assert len(invoices.rows) == 1 and not invoices.remove_button.isEnabled()


def test_a_deposit_of_invoices_is_money_in(qtbot, scenario_ctx) -> None:
    editor = SplitEditor(scenario_ctx, total=cents("1660.00"), lines=[LineInput(166000)],
                         template="combined-payment")
    qtbot.addWidget(editor)
    invoices = table(editor)
    invoices.rows[0].total.setText("1,160.00")
    zero = invoices.add_row()
    zero.rate.setText("0")
    assert (zero.base.text(), zero.iva.text()) == ("500.00", "0.00")
    assert editor.templates.apply()
    assert [(line.target, line.amount) for line in editor.model.lines] == [
        ("Ingresos:Ventas", 100000), ("Impuestos:IVA trasladado", 16000),
        ("Ingresos:Ventas", 50000)]
