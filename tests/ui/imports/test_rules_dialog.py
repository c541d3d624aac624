"""The split rules dialog: a rule added, its error shown under the field, removed."""

from __future__ import annotations

from app.imports.rules import list_rules
from ui.common import prompts
from ui.imports.rules_dialog import RuleEditor, RulesDialog


def test_rules_are_added_and_edited(qtbot, ctx, ledger, monkeypatch) -> None:
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
