"""The split editor counts how often it is opened, saved and cancelled, and which
templates are applied (by name), for the adoption figures."""

from __future__ import annotations

from app.ledger.transactions import LineInput


def test_the_split_editor_counts_opened_saved_and_cancelled(ctx, qtbot) -> None:
    from app.monitor.adoption import counters
    from ui.editing.split_editor import SplitEditor

    for accept in (True, False, False):
        editor = SplitEditor(ctx, total=-116000, lines=[LineInput(-116000)])
        qtbot.addWidget(editor)
        editor.show()
        if accept:
            editor.try_accept()
        else:
            editor.reject()
    editor = SplitEditor(ctx, total=9582, lines=[LineInput(9582)], payee="Clip",
                         template="card-deposit")
    qtbot.addWidget(editor)
    editor.show()
    editor.templates.apply()
    editor.reject()
    found = counters(("split_editor.opened", "split_editor.saved", "split_editor.cancelled",
                      "template.applied"), "2000-01-01")
    assert found == {("split_editor.opened", ""): 4, ("split_editor.saved", ""): 1,
                     ("split_editor.cancelled", ""): 3,
                     ("template.applied", "card-deposit"): 1}
