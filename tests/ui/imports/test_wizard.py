"""File ▸ Import… with real widgets: a QIF previewed, imported as one undoable step
and undone; an unreadable file says why on the first page; the menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.imports.commit import list_batches
from app.imports.rules import SplitRule, save_rule
from tests.ui.imports.helpers import QIF, transactions, wizard_on
from ui.imports.wizard import PREVIEW, SOURCE


def test_a_qif_is_previewed_imported_and_undone(qtbot, ctx, ledger, tmp_path: Path) -> None:
    book, bank, _cash = ledger
    source = tmp_path / "marzo.qif"
    source.write_text(QIF)
    save_rule(book, SplitRule(name="Clip", pattern="clip", template="card-deposit",
                              params={"fee_rate": "3.6"}))
    wizard = wizard_on(qtbot, ctx, source, bank.id)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    page = wizard.preview_page
    model = wizard.model
    assert [model.row_at(r).status for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        "new", "new", "invalid"]
    assert "3 rows — new: 2, duplicates: 0, invalid: 1." in page.summary.text()
    assert "Rule Clip, 4 lines" in model.data(model.index(0, 6))
    assert model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsUserCheckable == \
        Qt.ItemFlag.NoItemFlags
    assert "Gastos:Nueva (expense)" in page.missing.text()
    assert not page.isComplete()  # the missing category must be confirmed
    page.create.setChecked(True)
    assert page.isComplete()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Import 2 transactions"
    page.table.selectRow(0)
    assert "Ingresos:Ventas 86.21" in page.detail.text()
    before = transactions(book)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.committed is not None, timeout=10000)
    assert transactions(book) == before + 2
    stack = ctx.undo.stack
    assert stack.count() == 1 and stack.undoText() == "Import marzo.qif"
    stack.undo()
    assert transactions(book) == before
    stack.redo()
    assert transactions(book) == before + 2
    assert len(list_batches(book)) == 2  # the redo is a batch of its own


def test_an_unreadable_file_says_why_on_the_first_page(qtbot, ctx, ledger,
                                                       tmp_path: Path) -> None:
    _book, bank, _cash = ledger
    source = tmp_path / "x.qif"
    source.write_bytes(b"\x00\x01garbage" * 50)
    wizard = wizard_on(qtbot, ctx, source, bank.id)
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.source.error.text()), timeout=10000)
    assert "binary" in wizard.source.error.text()
    assert wizard.currentId() == SOURCE


def test_the_main_window_has_import_export_and_undo_import(qtbot, ledger) -> None:
    from ui.main.window import MainWindow

    window = MainWindow(ledger[0], load_in_background=False)
    qtbot.addWidget(window)
    file_menu = [a.objectName() for a in window.menus["menu_file"].actions()]
    assert {"action_import", "action_export"} <= set(file_menu)
    assert "action_imports" in [a.objectName() for a in window.menus["menu_edit"].actions()]
    assert window.acts["import"].shortcut().toString() == "Ctrl+I"


def test_the_running_app_catches_the_search_index_up_after_an_import(
        qtbot, ledger, tmp_path: Path) -> None:
    """The import leaves its rows to the index build; the main window starts one."""
    from app.ledger.search_index import index_state
    from ui.main.window import MainWindow

    book, bank, _cash = ledger
    window = MainWindow(book, load_in_background=False, background_work=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: index_state(book) == "ready", timeout=15000)
    source = tmp_path / "uno.qif"
    source.write_text("!Type:Bank\nD03/02/2026\nT-45.00\nPCafetería Lumen\n^\n")
    wizard = wizard_on(qtbot, window.ctx, source, bank.id)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.committed is not None, timeout=10000)
    qtbot.waitUntil(lambda: index_state(book) == "ready", timeout=15000)
    from app.ledger import search_index

    with book.read() as session:
        assert search_index.usable(session, "Lumen")
        from sqlalchemy import text

        assert any("cafeteria lumen" in d for d in session.scalars(text(  # folded
            "SELECT doc FROM search_fts")))
    window.close()


PREVIEW_COUNTS = {"en": ("1 row — new: 1, duplicates: 0, invalid: 0.", "&Import 1 transaction",
                         "2 rows — new: 2, duplicates: 0, invalid: 0.",
                         "&Import 2 transactions"),
                  "es": ("1 fila — nuevas: 1, duplicadas: 0, no válidas: 0.",
                         "&Importar 1 movimiento",
                         "2 filas — nuevas: 2, duplicadas: 0, no válidas: 0.",
                         "&Importar 2 movimientos")}


def test_the_preview_counts_one_row_and_two_rows(language, qtbot, ctx, ledger,
                                                tmp_path: Path) -> None:
    _book, bank, _cash = ledger
    expected = PREVIEW_COUNTS[language]
    for n in (1, 2):
        source = tmp_path / f"{n}.qif"
        source.write_text("!Type:Bank\n" + "".join(
            f"D03/0{d}/2026\nT-5.00\nPCafé {d}\n^\n" for d in range(1, n + 1)))
        wizard = wizard_on(qtbot, ctx, source, bank.id)
        wizard.next()
        qtbot.waitUntil(lambda w=wizard: w.currentId() == PREVIEW, timeout=10000)
        summary, button = expected[2 * n - 2: 2 * n]
        assert summary in wizard.preview_page.summary.text()
        assert wizard.button(QWizard.WizardButton.FinishButton).text() == button
