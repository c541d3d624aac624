"""Templates in the split editor: every built-in against the worked scenarios, the
card-processor deposit of 95.82, errors next to their parameter, saving one's own
template, and the payee's last split as a suggestion."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.ledger.categories import add_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from ui.common.context import BookContext
from ui.editing.split_editor import SplitEditor
from ui.editing.split_lines import AMOUNT, CATEGORY
from ui.editing.split_templates import SaveTemplateDialog

#: scenario id -> (template, parameters typed into the form)
COVERED = {
    "S1": ("fee-withholding", {"iva_rate": "16", "isr_rate": "10",
                               "iva_withheld_fraction": "2/3"}),
    "S4": ("card-deposit", {"fee_rate": "3.6", "fixed_fee": "0", "iva_rate": "16",
                            "fee_category": "Gastos:Comisión Clip 3.6%"}),
    "S5": ("card-deposit", {"fee_rate": "3.49", "fixed_fee": "4", "iva_rate": "16",
                            "fee_category": "Gastos:Comisión Mercado Pago 3.49%+$4"}),
    "S6": ("card-deposit", {"gross": "116.00", "iva_rate": "16",
                            "fee_category": "Gastos:Comisión"}),
    "S9": ("combined-payment", {"invoices": "1234.56@16;499.03@16;2150.03@16",
                                "categories": "Gastos:Papelería|Gastos:Internet|Gastos:Empaque"}),
    "S10": ("fee-withholding", {"fees": "14500", "iva_rate": "16", "isr_rate": "10",
                                "iva_withheld_fraction": "2/3"}),
    "S11a": ("partial-payment", {"invoice_total": "11600.00", "invoice_iva": "1600.00",
                                 "category": "Gastos:Mercancía"}),
    "S11b": ("partial-payment", {"invoice_total": "11600.00", "invoice_iva": "1600.00",
                                 "paid_before": "5000", "category": "Gastos:Mercancía"}),
}


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
def open_editor(qtbot):
    def make(ctx, total: int, **kwargs):
        editor = SplitEditor(ctx, total=total, lines=[LineInput(total)], **kwargs)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def fill(editor: SplitEditor, name: str, params: dict[str, str]) -> None:
    from PySide6.QtWidgets import QApplication

    editor.templates.choose(name)
    QApplication.processEvents()  # the form's new fields show
    for key, value in params.items():
        editor.templates.fields[key].setText(value)


@pytest.mark.parametrize("sid", sorted(COVERED))
def test_each_template_gives_the_scenario(scenario_ctx, open_editor, scenarios, sid) -> None:
    sc = next(s for s in scenarios["scenarios"] if s["id"] == sid)
    name, params = COVERED[sid]
    editor = open_editor(scenario_ctx, cents(sc["amount"]))
    fill(editor, name, params)
    assert editor.templates.apply()
    got = [(line.target, line.amount) for line in editor.model.lines]
    want = [(x["category"], cents(x["amount"])) for x in sc["lines"]]
    if sid == "S10":  # one fee line for both invoices: the amounts of the lines merge
        want = [("Ingresos:Honorarios", 1_450_000), *want[2:]]
    assert [a for _t, a in got] == [a for _t, a in want]
    assert [t for t, _a in got] == [t for t, _a in want]
    assert editor.bar.text() == "Balanced" and editor.ok.isEnabled()
    assert editor.template_used == editor.templates.current.title


def test_card_deposit_of_95_82(ctx, open_editor) -> None:
    editor = open_editor(ctx, 9582, payee="Clip", template="card-deposit")
    editor.templates.fields["fee_rate"].setText("3.6")
    editor.templates.apply_button.click()
    shown = [editor.model.data(editor.model.index(r, AMOUNT)) for r in range(4)]
    assert shown == ["86.21", "13.79", "-3.60", "-0.58"]
    targets = [editor.model.data(editor.model.index(r, CATEGORY)) for r in range(4)]
    assert targets == ["Ingresos:Ventas", "Impuestos:IVA trasladado", "Gastos:Comisiones",
                       "Impuestos:IVA acreditable"]
    assert editor.model.lines[3].tax_rate_bp == 1600
    # One step back in the editor restores the single line.
    editor.acts["undo"].trigger()
    assert [line.amount for line in editor.model.lines] == [9582]
    editor.acts["redo"].trigger()
    assert len(editor.model.lines) == 4


def test_a_bad_parameter_is_shown_next_to_it(ctx, open_editor) -> None:
    editor = open_editor(ctx, 9582)
    fill(editor, "card-deposit", {"fee_rate": "tres"})
    assert not editor.templates.apply()
    label = editor.templates.field_errors["fee_rate"]
    assert label.isVisibleTo(editor) and "percentage" in label.text()
    assert len(editor.model.lines) == 1
    fill(editor, "card-deposit", {"fee_rate": "3.6", "gross": "90.00"})
    assert not editor.templates.apply()
    assert "less than the deposit" in editor.templates.field_errors["gross"].text()
    editor.model.set_total(-9582)  # a card deposit is money in: said about the total
    fill(editor, "card-deposit", {})
    assert not editor.templates.apply()
    assert editor.templates.error.text().startswith("Total: is not a deposit")


def test_save_the_lines_as_my_template(ctx, open_editor, qtbot) -> None:
    editor = open_editor(ctx, -116000)
    fill(editor, "purchase-iva", {"rate": "16"})
    editor.templates.apply()
    dialog = SaveTemplateDialog(ctx, editor.model, editor)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.name_error.isVisibleTo(dialog)  # no name yet
    dialog.name.setText("Papelería")
    assert [c.currentData() for c in dialog.kinds] == ["remainder", "percent"]
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    editor.templates.reload()
    editor.templates.choose("Papelería")
    assert editor.templates.combo.currentText() == "Papelería (mine)"
    editor.model.set_total(-232000)
    assert editor.templates.apply()
    assert [line.amount for line in editor.model.lines] == [-200000, -32000]


def test_the_payee_s_last_split_is_offered(ctx, ledger, cat, open_editor) -> None:
    book, bank, _cash = ledger
    save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-01", amount=-11600, payee="Papelería Lumen",
        lines=(LineInput(-10000, category_id=cat("Gastos:Compras")),
               LineInput(-1600, category_id=cat("Impuestos:IVA acreditable")))))
    editor = open_editor(ctx, -23200, payee="Papelería Lumen")
    editor.templates.look_up_payee(background=False)
    assert editor.templates.suggestion.isVisibleTo(editor)
    assert "Gastos:Compras" in editor.templates.suggestion_text.text()
    editor.templates.use_suggestion.click()
    assert [(line.target, line.amount) for line in editor.model.lines] == [
        ("Gastos:Compras", -20000), ("Impuestos:IVA acreditable", -3200)]
    other = open_editor(ctx, -500, payee="Nadie")
    other.templates.look_up_payee(background=False)
    assert not other.templates.suggestion.isVisibleTo(other)


def test_an_old_category_stays_on_the_main_line(tmp_path, qtbot) -> None:
    """An upgraded book has no tax categories and no preset: "Purchase with IVA" on an
    old single-category movement keeps its expense category on the base line, and the
    IVA line says what it is (its category left for Sandy to choose)."""
    from app.ledger.accounts import add_account
    from app.ledger.categories import add_category
    from app.store.book import open_book
    from app.store.create import create_book

    where = str(tmp_path / "upgraded.cuentas")
    create_book(where, currency="MXN", tax_preset="none")
    book = open_book(where)
    add_account(book, "Banco")
    papeleria = add_category(book, "Gastos:Papelería", "expense")
    context = BookContext.open(book)
    editor = SplitEditor(context, total=-116000, lines=[LineInput(-116000, papeleria.id)])
    qtbot.addWidget(editor)
    fill(editor, "purchase-iva", {"rate": "16"})
    assert editor.templates.apply()
    assert [(line.target, line.amount) for line in editor.model.lines] == [
        ("Gastos:Papelería", -100000), ("", -16000)]
    context.close()
    book.close()
