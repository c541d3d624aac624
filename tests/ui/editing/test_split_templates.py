"""Templates in the split editor: every built-in against the worked scenarios, the
card-processor deposit of 95.82, errors next to their parameter, saving one's own
template, and the payee's last split as a suggestion."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.ledger.categories import add_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from ui.common.context import BookContext
from ui.editing.split_editor import SplitEditor
from ui.editing.split_lines import AMOUNT, BASE, CATEGORY, MEMO, RATE
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
    "S9": ("combined-payment", {"totals": "1432.09@16;578.87@16;2494.03@16",  # a table
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
    params = dict(params)
    if editor.templates.invoices is not None:  # one row per invoice: total, rate, category
        invoices = editor.templates.invoices
        totals = params.pop("totals").split(";")
        categories = params.pop("categories").split("|")
        for i, (spec, category) in enumerate(zip(totals, categories, strict=True)):
            row = invoices.rows[0] if i == 0 else invoices.add_row()
            row.total.setText(spec.partition("@")[0])
            row.rate.setText(spec.partition("@")[2])
            row.category.setText(category)
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


def test_a_gross_and_a_fee_rate_that_disagree_are_said_before_applying(ctx, open_editor,
                                                                      qtbot) -> None:
    """Issue 13, defect 2: rate 4 %, gross 10,000.00, deposit 9,535.20. Before Apply,
    next to the values: the gross sale wins, what it makes, what the rate would have
    made and the 0.80 between them; the lines then follow the gross."""
    editor = open_editor(ctx, 953520, payee="Clip")
    fill(editor, "card-deposit", {"fee_rate": "4", "iva_rate": "16", "gross": "10,000.00"})
    note = editor.templates.note
    assert note.isVisibleTo(editor) and len(editor.model.lines) == 1  # nothing applied yet
    assert note.text() == (
        "The gross sale wins over the fee rate. From 10,000.00 the processor kept 464.80: "
        "commission 400.69 and IVA 64.11. The fee rate of 4\u00a0% would give 400.00 and IVA "
        "64.00 (464.00): 0.80 less than the processor kept. To book by the fee rate "
        "instead, leave the gross sale empty.")
    qtbot.keyClick(editor.templates.fields["gross"], Qt.Key.Key_Return)  # Enter applies
    assert [line.amount for line in editor.model.lines] == [862069, 137931, -40069, -6411]
    assert editor.isVisible()  # and is not also taken as OK
    editor.model.set_total(953600)  # the deposit the rate gives: they agree
    assert note.text().startswith("The gross sale and the fee rate agree. From 10,000.00")
    editor.templates.fields["fixed_fee"].setText("1")
    assert ("The fee rate of 4\u00a0% + 1.00 would give 401.00 and IVA 64.16 (465.16): 1.16 more "
            "than the processor kept.") in note.text()
    editor.templates.fields["gross"].setText("")  # solved from the deposit: nothing to say
    assert not note.isVisibleTo(editor)
    editor.templates.fields["gross"].setText("9,000")  # less than the deposit: said on Apply
    assert not note.isVisibleTo(editor)
    assert not editor.templates.apply()
    assert "less than the deposit" in editor.templates.field_errors["gross"].text()


def test_a_line_s_taxable_base_follows_its_amount_or_is_cleared_visibly(ctx, open_editor
                                                                      ) -> None:
    """Issue 13, defect 2: after the card template, the commission and its IVA are set by
    hand to −400.00 and −64.00; the IVA line's base (shown in its own column) follows:
    −400.00, not the template's −400.69, and the line under the grid says so. A base
    with nothing to follow is cleared, and that is said too."""
    editor = open_editor(ctx, 953520, payee="Clip")
    fill(editor, "card-deposit", {"fee_rate": "4", "iva_rate": "16", "gross": "10000"})
    assert editor.templates.apply()
    model = editor.model

    def shown(row: int, col: int) -> str:
        return model.data(model.index(row, col))

    assert [shown(r, BASE) for r in range(4)] == ["", "8,620.69", "", "-400.69"]
    assert model.headerData(BASE, Qt.Orientation.Horizontal) == "Taxable base"
    model.setData(model.index(2, AMOUNT), "-400.00")
    model.setData(model.index(3, AMOUNT), "-64.00")
    assert model.lines[3].taxable_base == -40000 and shown(3, BASE) == "-400.00"
    assert editor.notice.isVisibleTo(editor)
    assert editor.notice.text() == ("Line 4: taxable base -400.00, worked out from the amount "
                                    "at 16 %.")
    model.setData(model.index(1, MEMO), "IVA 16 %")  # another change: the notice goes
    assert not editor.notice.isVisibleTo(editor)
    model.setData(model.index(3, RATE), "")  # no rate: nothing to follow, cleared visibly
    assert model.lines[3].taxable_base is None and shown(3, BASE) == ""
    assert editor.notice.text() == ("Line 4: taxable base cleared: without a tax rate it "
                                    "cannot follow the amount.")
    editor.acts["undo"].trigger()
    assert model.lines[3].taxable_base == -40000 and model.lines[3].tax_rate_bp == 1600
    model.setData(model.index(2, AMOUNT), "-401.00")  # not an IVA line: no base to follow
    assert model.lines[2].taxable_base is None and not editor.notice.isVisibleTo(editor)
    editor.grid.setCurrentIndex(model.index(3, AMOUNT))
    editor.acts["balance"].trigger()  # a remainder tool moving the IVA line: it follows too
    assert sum(line.amount for line in model.lines) == 953520
    assert model.lines[3].amount == -6380
    assert model.lines[3].taxable_base == -39875  # 63.80 / 0.16
    assert editor.notice.text().startswith("Line 4: taxable base -398.75")
    assert [line.taxable_base for line in model.input_lines()][3] == -39875
    # An IVA line typed by hand gets the base its amount is the tax of, once it has a rate.
    row = model.add_line(amount=0)
    model.setData(model.index(row, CATEGORY), "Impuestos:IVA acreditable")
    model.setData(model.index(row, AMOUNT), "-16.00")
    assert model.lines[row].taxable_base is None  # no rate yet
    model.setData(model.index(row, RATE), "16")
    assert model.lines[row].taxable_base == -10000 and shown(row, BASE) == "-100.00"


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
