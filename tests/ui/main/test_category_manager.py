"""The category manager: tree with kind, role and line counts; add, rename, move,
merge (after saying how many lines move), kind and role, archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ledger.categories import find_category, list_categories
from app.ledger.transactions import LineInput, TransactionInput, get_transaction, save_transaction
from ui.common import operations, prompts
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


def test_each_change_is_undone_and_redone(manager, qtbot, ctx) -> None:
    """Add (with the parent it had to create), rename, move, kind and role, archive: each
    joins the book's undo stack; Undo takes it back, Redo does it again, and a category
    put back keeps its id."""
    stack = ctx.undo.stack
    undo, redo = manager.undo_buttons["undo"], manager.undo_buttons["redo"]
    assert not undo.isEnabled() and not redo.isEnabled()
    manager.add()
    manager.form.name.setText("Gastos:Oficina:Papel")
    manager.form.buttons.accepted.emit()
    made = {c.full_name: c.id for c in list_categories(ctx.book)
            if c.full_name.startswith("Gastos:Oficina")}
    assert sorted(made) == ["Gastos:Oficina", "Gastos:Oficina:Papel"]
    assert undo.isEnabled() and undo.toolTip() == "Undo Add category Gastos:Oficina:Papel"
    assert manager.status.text() == "Add category Gastos:Oficina:Papel — Ctrl+Z to undo"
    undo.click()
    assert not {c.full_name for c in list_categories(ctx.book)} & set(made)
    every = manager.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    assert "Oficina" not in {i.text(NAME) for i in every}  # the tree followed
    redo.click()
    assert {c.full_name: c.id for c in list_categories(ctx.book)
            if c.full_name.startswith("Gastos:Oficina")} == made  # the same ids
    assert item(manager, "Gastos:Oficina:Papel").text(NAME) == "Papel"

    item(manager, "Gastos:Renta")
    manager.rename()
    manager.form.name.setText("Alquiler")
    manager.form.buttons.accepted.emit()
    manager.move_to()
    manager.form.name.setText("Gastos:Oficina")
    manager.form.buttons.accepted.emit()
    assert find_category(ctx.book, "Gastos:Oficina:Alquiler").line_count == 2
    manager.change_role()  # (its kind stays its parent's: expense)
    manager.form.role.setCurrentIndex(manager.form.role.findData("commission"))
    manager.form.buttons.accepted.emit()
    manager.toggle_archived()
    moved = find_category(ctx.book, "Gastos:Oficina:Alquiler")
    assert (moved.kind, moved.role, moved.archived) == ("expense", "commission", True)
    assert stack.count() == 5

    for _ in range(4):  # archive, kind and role, move, rename: all taken back
        undo.click()
    back = find_category(ctx.book, "Gastos:Renta")
    assert (back.kind, back.role, back.archived, back.line_count) == (
        "expense", "none", False, 2)
    assert get_transaction(ctx.book, 1).lines[0].category == "Gastos:Renta"
    for _ in range(4):
        redo.click()
    assert find_category(ctx.book, "Gastos:Oficina:Alquiler").archived
    assert not redo.isEnabled()


def test_nothing_changed_is_not_a_step(manager, ctx) -> None:
    item(manager, "Gastos:Renta")
    manager.rename()
    manager.form.name.setText("Renta")
    manager.form.buttons.accepted.emit()
    manager.add()
    manager.form.name.setText("Gastos:Renta")  # there already, the same kind and role
    manager.form.buttons.accepted.emit()
    assert ctx.undo.stack.count() == 0 and not manager.undo_buttons["undo"].isEnabled()


def test_an_added_category_in_use_is_not_taken_back(manager, ctx, ledger, monkeypatch) -> None:
    """Lines put in a new category outside the undo stack (another window, another user
    of a shared book): undoing the add says why not and removes nothing."""
    shown = []
    monkeypatch.setattr(operations, "show_error", lambda parent, exc: shown.append(str(exc)))
    book, bank, _cash = ledger
    manager.add()
    manager.form.name.setText("Gastos:Fletes")
    manager.form.buttons.accepted.emit()
    fletes = find_category(book, "Gastos:Fletes")
    save_transaction(book, TransactionInput(account_id=bank.id, date="2026-03-02", amount=-300,
                                            lines=(LineInput(-300, category_id=fletes.id),)))
    manager.undo_buttons["undo"].click()
    assert find_category(book, "Gastos:Fletes").line_count == 1
    assert shown and "holds 1 split line;" in shown[0]
    assert ctx.undo.stack.count() == 0  # the step that cannot be taken back is dropped


def test_the_main_windows_undo_takes_back_a_category_change(qtbot, ledger, monkeypatch) -> None:
    """One stack per book: Edit › Undo in the main window undoes a rename made here."""
    from ui.main.window import MainWindow

    book = ledger[0]
    win = MainWindow(book, load_in_background=False)
    qtbot.addWidget(win)
    win.show()
    win.open_categories()
    manager = win.category_manager
    item(manager, "Gastos:Renta")
    manager.rename()
    manager.form.name.setText("Local")
    manager.form.buttons.accepted.emit()
    assert win.acts["undo"].text() == "&Undo Rename category Gastos:Renta"
    manager.close()
    win.acts["undo"].trigger()
    assert find_category(book, "Gastos:Renta")


def test_a_merge_is_no_step_and_ends_the_undo_history(manager, qtbot, ctx, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, **k: asked.append(text)
                        or True)
    item(manager, "Gastos:Servicios")
    manager.rename()
    manager.form.name.setText("Servicios generales")
    manager.form.buttons.accepted.emit()
    assert ctx.undo.stack.count() == 1
    item(manager, "Gastos:Renta")
    manager.merge()
    manager.form.name.setText("Gastos:Servicios generales")
    manager.form.buttons.accepted.emit()
    assert "can no longer be undone either" in asked[0]
    wait_done(qtbot)
    assert item(manager, "Gastos:Servicios generales").text(LINES) == "2"
    assert ctx.undo.stack.count() == 0 and not manager.undo_buttons["undo"].isEnabled()


@pytest.mark.parametrize("keystroke", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_redo_keys_under_the_kde_and_gnome_key_scheme(qtbot, ctx, monkeypatch,
                                                      keystroke) -> None:
    """Where the desktop's own Redo key is Ctrl+Shift+Z, the manager does not give it
    twice (an ambiguous key does nothing), and Ctrl+Y redoes too."""
    import ui.main.category_manager
    from tests.ui.editing.test_split_editor import key
    from tests.ui.main.test_register_keys import SchemeKeys

    monkeypatch.setattr(ui.main.category_manager, "QKeySequence", SchemeKeys)
    manager = CategoryManager(ctx)
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitExposed(manager)
    manager.activateWindow()
    item(manager, "Gastos:Renta")
    manager.toggle_archived()
    manager.undo_buttons["undo"].click()
    assert not find_category(ctx.book, "Gastos:Renta").archived
    manager.tree.setFocus()
    qtbot.waitUntil(manager.tree.hasFocus)
    ctrl = Qt.KeyboardModifier.ControlModifier
    if keystroke == "Ctrl+Y":
        key(qtbot, Qt.Key.Key_Y, ctrl)
    else:
        key(qtbot, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert find_category(ctx.book, "Gastos:Renta").archived, f"{keystroke} did not redo"


CATEGORY_COUNTS = {
    "en": (", 1 archived", ", 2 archived", "1 split line will move to “Ingresos:Ventas”",
           "1 line moved."),
    "es": (", 1 archivada", ", 2 archivadas", "1 línea pasará a “Ingresos:Ventas”",
           "Se movió 1 línea.")}


def test_archived_categories_and_moved_lines_are_counted_one_and_two(
        language, qtbot, ctx, ledger, cat, monkeypatch) -> None:
    book, bank, _cash = ledger
    save_transaction(book, TransactionInput(bank.id, "2026-03-01", 1000, (
        LineInput(1000, category_id=cat("Ingresos:Honorarios")),)))
    from app.ledger.categories import set_category_archived

    manager = CategoryManager(ctx)
    qtbot.addWidget(manager)
    one, two, merge, moved = CATEGORY_COUNTS[language]
    for name, expected in (("Gastos:Servicios", one), ("Gastos:Nómina", two)):
        set_category_archived(book, cat(name))
        manager.reload()
        assert manager.status.text().endswith(expected), manager.status.text()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm",
                        lambda parent, title, text, **k: asked.append(text) or True)
    item(manager, "Ingresos:Honorarios")
    manager.merge()
    manager.form.name.setText("Ingresos:Ventas")
    manager.form.buttons.accepted.emit()
    wait_done(qtbot)
    assert merge in asked[0]
    assert manager.status.text() == moved
