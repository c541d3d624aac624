"""Edit ▸ Undo import…: the list of imports, one undone after asking."""

from __future__ import annotations

from pathlib import Path

from tests.ui.imports.helpers import transactions
from ui.common import operations, prompts
from ui.imports.batches_dialog import BatchesDialog


def test_undo_import_from_the_list(qtbot, ctx, ledger, tmp_path: Path, monkeypatch) -> None:
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
