"""The import's write path: the import is one step on the undo stack (undo removes its
batch, redo writes it again as a new batch, an import undone elsewhere leaves the undo
nothing to do), every view hears it, and rules and mappings come back to the field
their bad input names."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import BadInput
from app.imports import preview_file
from app.imports.commit import list_batches, undo_import
from app.imports.csv import CsvMapping
from app.imports.mappings import list_mappings
from app.imports.rules import SplitRule, list_rules
from app.store.models import Transaction
from ui.common import operations
from ui.common.events import hub
from ui.common.operations import imports as ops


def transactions(book) -> int:
    with book.read() as session:
        return session.scalar(select(func.count()).select_from(Transaction)) or 0


def test_an_import_is_one_undoable_step(qtbot, ctx, ledger, tmp_path: Path) -> None:
    book, bank, _cash = ledger
    source = tmp_path / "uno.qif"
    source.write_text("!Type:Bank\nD03/02/2026\nT-45.00\nPCafé\n^\n"
                      "D03/03/2026\nT-9.00\nPPan\nLGastos:Pan\n^\n")
    heard = []
    hub().operation_did_execute.connect(lambda changes, who: heard.append((changes, who)))
    before = transactions(book)
    command = ops.ImportCommand(ctx.undo, preview_file(book, source, bank.id), [0, 1],
                                create_missing=True, save_templates=False)
    result = {}
    ops.import_op(None, command).success(lambda r: result.setdefault("r", r)) \
        .run_in_background()
    qtbot.waitUntil(lambda: "r" in result and operations.idle(), timeout=10000)
    command.done(result["r"])
    assert transactions(book) == before + 2
    assert heard and heard[-1] == (ops.CHANGES, command)
    stack = ctx.undo.stack
    assert (stack.count(), stack.undoText()) == (1, "Import uno.qif")
    stack.undo()
    assert transactions(book) == before
    stack.redo()  # a new batch of the same rows
    assert transactions(book) == before + 2
    batches = list_batches(book)
    assert [b.undone for b in batches] == [False, True]
    undo_import(book, batches[0].id)  # Edit ▸ Undo import… took it back meanwhile
    stack.undo()  # nothing left to do, and no error
    assert transactions(book) == before and stack.index() == 0


def test_rules_and_mappings_raise_bad_input_to_the_dialog(qtbot, ctx, ledger) -> None:
    book, bank, _cash = ledger
    with pytest.raises(BadInput, match="between 0 and 100"):
        ops.save_rule(None, book, SplitRule(name="Clip", pattern="clip",
                                            template="card-deposit",
                                            params={"fee_rate": "300"})).run_now()
    rule = ops.save_rule(None, book, SplitRule(name="Clip", pattern="clip",
                                               template="card-deposit")).run_now()
    assert rule is not None and [r.name for r in list_rules(book)] == ["Clip"]
    assert rule.id is not None
    ops.delete_rule(None, book, rule.id).run_now()
    assert list_rules(book) == []
    with pytest.raises(BadInput, match="name"):
        ops.save_mapping(None, book, " ", CsvMapping(date="a", amount="b"), bank.id).run_now()
    ops.save_mapping(None, book, "Banco", CsvMapping(date="a", amount="b"), bank.id).run_now()
    assert [m.name for m in list_mappings(book)] == ["Banco"]
