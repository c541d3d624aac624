"""File ▸ Export…: the file written, and asked before one is replaced."""

from __future__ import annotations

from pathlib import Path

from ui.common import prompts
from ui.imports.export_dialog import ExportDialog


def test_export_writes_the_file_and_asks_before_replacing(qtbot, ctx, tmp_path: Path,
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
