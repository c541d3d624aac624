"""The preview table: new rows ticked, duplicates ticked only by hand, invalid rows
never; the filter shows one status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.imports.helpers import QIF, wizard_on
from ui.imports.wizard import PREVIEW


def test_duplicates_can_be_ticked_and_the_filter_shows_one_status(
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


def test_the_model_ticks_new_rows_and_describes_lines(qtbot, ctx, ledger,
                                                      tmp_path: Path) -> None:
    from app.imports import preview_file
    from app.imports.rules import SplitRule, save_rule
    from ui.imports.preview_model import PreviewModel

    book, bank, _cash = ledger
    save_rule(book, SplitRule(name="Clip", pattern="clip", template="card-deposit",
                              params={"fee_rate": "3.6"}))
    source = tmp_path / "marzo.qif"
    source.write_text(QIF + "D03/04/2026\nT-300.00\nPTraspaso\nSGastos:Renta\n$-200.00\n"
                      "S[Caja]\n$-100.00\n^\n")
    preview = preview_file(book, source, bank.id)
    model = PreviewModel(ctx.formats)
    model.set_preview(preview)
    assert model.rowCount() == 4 and model.chosen == [0, 1, 3]
    text = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert text[0][1:6] == ["New", "2", ctx.formats.date("2026-03-02"), "CLIP DEPOSITO 1",
                            ctx.formats.amount(9582)]
    assert text[0][6].startswith("Rule Clip, 4 lines: ")
    assert text[2][1] == "Invalid" and "45" in text[2][7]
    assert text[3][6] == "2 lines: Gastos:Renta, [Caja]"
    assert "Gastos:Renta: " in model.data(model.index(3, 6), Qt.ItemDataRole.ToolTipRole)
    check = Qt.ItemDataRole.CheckStateRole
    assert model.data(model.index(2, 0), check) == Qt.CheckState.Unchecked
    assert not model.setData(model.index(2, 0), Qt.CheckState.Checked.value, check)
    model.include_all("new", False)
    assert model.chosen == []
    model.include_all("new", True)
    model.set_filter("invalid")
    assert model.rowCount() == 1 and model.row_at(0).status == "invalid"  # type: ignore[union-attr]
    model.set_filter("")
    assert model.rowCount() == 4
