"""File ▸ Import… (statement, CSV columns, preview, import as one undoable step), the
split rules dialog, File ▸ Export… and Edit ▸ Undo import…, with real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from app.imports.commit import list_batches
from app.imports.mappings import list_mappings
from app.imports.rules import SplitRule, list_rules, save_rule
from app.store.models import Transaction
from ui.common import operations, prompts
from ui.imports.batches_dialog import BatchesDialog
from ui.imports.export_dialog import ExportDialog
from ui.imports.rules_dialog import RuleEditor, RulesDialog
from ui.imports.wizard import MAPPING, PREVIEW, SOURCE, ImportWizard

QIF = """!Type:Bank
D03/02/2026
T95.82
PCLIP DEPOSITO 1
^
D03/03/2026
T-1,160.00
PPapelera
LGastos:Nueva
^
D03/45/2026
T-5.00
PMal
^
"""


def transactions(book) -> int:  # type: ignore[no-untyped-def]
    with book.read() as session:
        return session.scalar(select(func.count()).select_from(Transaction)) or 0


def wizard_on(qtbot, ctx, path: Path, account_id: int) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ctx, account_id=account_id, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == SOURCE
    return wizard


def test_a_qif_is_previewed_imported_and_undone(qtbot, ctx, ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
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
    assert "2 new, 0 duplicates, 1 invalid" in page.summary.text()
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


def test_duplicates_can_be_ticked_and_the_filter_shows_one_status(  # type: ignore[no-untyped-def]
        qtbot, ctx, ledger, tmp_path: Path) -> None:
    book, bank, _cash = ledger
    source = tmp_path / "cafe.qif"
    source.write_text("!Type:Bank\nD03/02/2026\nT-45.00\nPCafé\n^\n")
    from app.imports import preview_file
    from app.imports.commit import commit_import

    commit_import(book, preview_file(book, source, bank.id))
    wizard = wizard_on(qtbot, ctx, source, bank.id)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    assert not wizard.preview_page.isComplete()  # nothing ticked
    model = wizard.model
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert wizard.preview_page.isComplete()
    wizard.preview_page.filter.setCurrentIndex(wizard.preview_page.filter.findData("invalid"))
    assert model.rowCount() == 0


def test_a_csv_goes_through_its_columns_and_the_mapping_is_saved(  # type: ignore[no-untyped-def]
        qtbot, ctx, ledger, tmp_path: Path) -> None:
    book, bank, _cash = ledger
    source = tmp_path / "banco.csv"
    source.write_text("Estado de cuenta\nFecha;Concepto;Cargo;Abono\n"
                      "02/03/2026;Renta;1.000,00;\n03/03/2026;Venta;;250,50\n",
                      encoding="cp1252")
    wizard = wizard_on(qtbot, ctx, source, bank.id)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=10000)
    page = wizard.csv
    mapping = page.mapping()
    assert (mapping.skip_rows, mapping.date, mapping.debit, mapping.credit,
            mapping.decimal_mark) == (1, "Fecha", "Cargo", "Abono", ",")
    assert page.sample.rowCount() == 2
    assert page.sample.horizontalHeaderItem(0).text() == "Fecha\n→ Date"
    page.columns["payee"].setCurrentIndex(0)  # not in the file: still complete
    assert page.isComplete()
    page.columns["date"].setCurrentIndex(0)
    assert not page.isComplete()
    page.columns["date"].setCurrentIndex(page.columns["date"].findData("Fecha"))
    page.save_as.setText("Mi banco")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    assert [wizard.model.row_at(r).amount for r in range(2)] == [-100000, 25050]  # type: ignore[union-attr]
    saved = list_mappings(book)
    assert [(m.name, m.account_id) for m in saved] == [("Mi banco", bank.id)]


def test_an_unreadable_file_says_why_on_the_first_page(qtbot, ctx, ledger,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    _book, bank, _cash = ledger
    source = tmp_path / "x.qif"
    source.write_bytes(b"\x00\x01garbage" * 50)
    wizard = wizard_on(qtbot, ctx, source, bank.id)
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.source.error.text()), timeout=10000)
    assert "binary" in wizard.source.error.text()
    assert wizard.currentId() == SOURCE


def test_rules_are_added_and_edited(qtbot, ctx, ledger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    book = ledger[0]
    dialog = RulesDialog(ctx)
    qtbot.addWidget(dialog)
    editor = RuleEditor(ctx, None, dialog)
    qtbot.addWidget(editor)
    editor.name.setText("Clip")
    editor.pattern.setText("CLIP")
    editor.template.setCurrentIndex(editor.template.findData("card-deposit"))
    editor.params["fee_rate"].setText("300")
    assert not editor.save()
    assert any("between 0 and 100" in text for text in editor.errors.shown())
    editor.params["fee_rate"].setText("3.6")
    assert editor.save()
    assert [r.describe for r in list_rules(book)] == [
        'contains "CLIP" → card-deposit (fee_rate=3.6)']
    dialog.load()
    assert dialog.table.item(0, 0).text() == "Clip"
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    dialog.table.selectRow(0)
    dialog.remove()
    assert list_rules(book) == [] and dialog.table.rowCount() == 0


def test_export_writes_the_file_and_asks_before_replacing(qtbot, ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    target = tmp_path / "libro.journal"
    dialog.format.setCurrentIndex(dialog.format.findData("ledger"))
    dialog.path.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    assert target.read_text().startswith("; Exported from Cuentas")
    assert "Wrote" in dialog.message.text()
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: asked.append(a) or False)
    again = ExportDialog(ctx)
    qtbot.addWidget(again)
    again.path.setText(str(target))
    again.export()
    assert asked and again.written is None


def test_undo_import_from_the_list(qtbot, ctx, ledger, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    book, bank, _cash = ledger
    source = tmp_path / "uno.qif"
    source.write_text("!Type:Bank\nD03/02/2026\nT-45.00\nPCafé\n^\n")
    from app.imports import preview_file
    from app.imports.commit import commit_import

    before = transactions(book)
    commit_import(book, preview_file(book, source, bank.id))
    dialog = BatchesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.undo_button.isEnabled()
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    dialog.undo_selected()
    qtbot.waitUntil(lambda: operations.idle() and "undone" in dialog.message.text(),
                    timeout=10000)
    assert transactions(book) == before
    assert not dialog.undo_button.isEnabled()
    assert dialog.table.item(0, 5).text().startswith("undone")


def test_the_main_window_has_import_export_and_undo_import(qtbot, ledger) -> None:  # type: ignore[no-untyped-def]
    from ui.main.window import MainWindow

    window = MainWindow(ledger[0], load_in_background=False)
    qtbot.addWidget(window)
    file_menu = [a.objectName() for a in window.menus["menu_file"].actions()]
    assert {"action_import", "action_export"} <= set(file_menu)
    assert "action_imports" in [a.objectName() for a in window.menus["menu_edit"].actions()]
    assert window.acts["import"].shortcut().toString() == "Ctrl+I"


@pytest.mark.slow
def test_the_import_screenshots_draw(qapp, demo_book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from ui.docs.shots.imports import screenshots

    shots = screenshots(demo_book, tmp_path)
    assert {p.name for p in shots} == {
        "import-rule-editor.png", "import-source.png", "import-preview.png",
        "import-csv-columns.png", "import-batches.png", "export-dialog.png"}
    for path in shots:
        image = QImage(str(path))
        assert image.width() >= 400 and image.height() >= 140, path.name
    assert all(b.undone for b in list_batches(demo_book))
