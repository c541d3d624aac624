"""The category manager: tree with kind, role and line counts; add, rename, move,
merge (after saying how many lines move), kind and role, archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ledger.categories import find_category, list_categories
from app.ledger.transactions import LineInput, TransactionInput, get_transaction, save_transaction
from ui.common import prompts
from ui.main.category_manager import KIND, LINES, NAME, ROLE, CategoryManager


@pytest.fixture
def manager(qtbot, ctx, ledger, cat):
    book, bank, _cash = ledger
    for amount in (-1000, -2000):
        save_transaction(book, TransactionInput(
            account_id=bank.id, date="2026-03-01", amount=amount,
            lines=(LineInput(amount, category_id=cat("Gastos:Renta")),)))
    widget = CategoryManager(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def item(manager, full_name: str):
    manager.select(full_name)
    return manager.tree.currentItem()


def wait_done(qtbot) -> None:
    from ui.common import operations

    qtbot.waitUntil(operations.idle)


def test_the_tree_shows_kind_role_and_lines(manager) -> None:
    renta = item(manager, "Gastos:Renta")
    assert [renta.text(c) for c in (NAME, KIND, ROLE, LINES)] == ["Renta", "Expense", "—", "2"]
    assert renta.parent().text(NAME) == "Gastos"
    iva = item(manager, "Impuestos:IVA acreditable")
    assert (iva.text(KIND), iva.text(ROLE)) == ("Tax", "IVA paid (input)")
    assert manager.status.text().endswith(", 0 archived")


def test_add_with_an_error_next_to_the_name(manager, qtbot, ctx) -> None:
    item(manager, "Gastos")
    manager.add()
    form = manager.form
    assert form.name.text() == "Gastos:"
    form.buttons.accepted.emit()
    wait_done(qtbot)
    assert form.errors["name"].isVisibleTo(form)  # "Gastos:" is not a name
    form.name.setText("Gastos:Papelería")
    form.buttons.accepted.emit()
    wait_done(qtbot)
    assert not form.isVisible()
    assert find_category(ctx.book, "Gastos:Papelería").kind == "expense"
    assert item(manager, "Gastos:Papelería") is not None


def test_rename_and_move(manager, qtbot, ctx) -> None:
    item(manager, "Gastos:Renta")
    manager.rename()
    manager.form.name.setText("Alquiler")
    manager.form.buttons.accepted.emit()
    wait_done(qtbot)
    assert item(manager, "Gastos:Alquiler").text(LINES) == "2"
    manager.move_to()
    manager.form.name.setText("servicios")
    manager.form.buttons.accepted.emit()
    wait_done(qtbot)
    assert find_category(ctx.book, "Gastos:Servicios:Alquiler")
    manager.move_to()
    manager.form.name.setText("")  # to the top level
    manager.form.buttons.accepted.emit()
    wait_done(qtbot)
    assert find_category(ctx.book, "Alquiler")


def test_merge_says_how_many_lines_move(manager, qtbot, ctx, monkeypatch) -> None:
    asked = []
    answer = [False]
    monkeypatch.setattr(prompts, "confirm",
                        lambda parent, title, text, **k: asked.append(text) or answer[0])
    source = find_category(ctx.book, "Gastos:Renta")
    item(manager, "Gastos:Renta")
    manager.merge()
    manager.form.name.setText("Gastos:Servicios")
    manager.form.buttons.accepted.emit()
    assert "2 split lines will move to “Gastos:Servicios”" in asked[0]
    assert find_category(ctx.book, "Gastos:Renta").id == source.id  # said no: nothing moved
    answer[0] = True
    manager.form.buttons.accepted.emit()
    wait_done(qtbot)
    assert "Gastos:Renta" not in {c.full_name for c in list_categories(ctx.book)}
    assert item(manager, "Gastos:Servicios").text(LINES) == "2"
    assert manager.status.text() == "2 lines moved."


def test_kind_role_and_archive(manager, qtbot, ctx) -> None:
    item(manager, "Gastos:Servicios")
    manager.change_role()
    manager.form.role.setCurrentIndex(manager.form.role.findData("commission"))
    manager.form.buttons.accepted.emit()
    wait_done(qtbot)
    assert find_category(ctx.book, "Gastos:Servicios").role == "commission"
    manager.toggle_archived()
    wait_done(qtbot)
    assert find_category(ctx.book, "Gastos:Servicios").archived
    every = manager.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    assert all(i.text(NAME) != "Servicios" for i in every)  # archived: hidden
    manager.show_archived.setChecked(True)
    assert item(manager, "Gastos:Servicios").text(NAME) == "Servicios (archived)"
    assert manager.buttons["archive"].text() == "Unarc&hive"


def test_f1_opens_the_categories_guide(manager, monkeypatch) -> None:
    import ui.help.browser

    asked = []
    monkeypatch.setattr(ui.help.browser, "show_help", lambda *a: asked.append(a[1:]))
    manager.show_help()
    assert asked == [("categories", None)]


def test_a_renamed_category_shows_in_lines(manager, qtbot, ctx, ledger) -> None:
    item(manager, "Gastos:Renta")
    manager.rename()
    manager.form.name.setText("Local")
    manager.form.buttons.accepted.emit()
    wait_done(qtbot)
    assert ctx.targets.resolve("Gastos:Local")[0] is not None  # type-ahead follows
    assert get_transaction(ctx.book, 1).lines[0].category == "Gastos:Local"
