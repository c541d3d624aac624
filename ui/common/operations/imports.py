"""Operations of File ▸ Import…: the import itself (an undoable command), taking an
import back, split rules and saved CSV mappings.

An import is one `ImportCommand` on the book's undo stack: it is written off the UI
thread by a `BookOp` (a 100,000-row file takes seconds), then pushed already done
(`done`), like every command whose first `redo` happened before the push. Undo calls
`app.imports.commit.undo_import`; redo writes the same rows again as a new batch. An
import already undone elsewhere (Edit ▸ Undo import…) makes the undo a no-op rather
than an error.

Undoing an import from the list of imports (`undo_batch`) runs on the shared worker
too; saving or removing a split rule and saving a CSV mapping are quick single-row
writes (`run_now()`), so bad input comes back to the field it names. Each says what it
changed: an import touches transactions, accounts, categories and templates (a file's
memorized transactions may become templates); rules and mappings change what the
preview shows, heard as `templates`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.imports import commit, mappings, rules
from app.imports.commit import ImportResult, UndoResult
from app.imports.csv import CsvMapping
from app.imports.mappings import SavedMapping
from app.imports.preview import Preview
from app.imports.rules import SplitRule
from app.store.book import Book
from ui.common.events import OpChanges
from ui.common.operations import BookOp
from ui.common.translate import tr
from ui.common.undo import BookCommand, BookUndo

CHANGES = OpChanges(transactions=True, accounts=True, categories=True, templates=True)
#: Rules and mappings: what the import preview and the rules list read.
RULES = OpChanges(templates=True)


class ImportCommand(BookCommand):
    def __init__(self, undo: BookUndo, preview: Preview, include: Sequence[int], *,
                 create_missing: bool, save_templates: bool) -> None:
        super().__init__(undo, tr("Import {file}").format(file=preview.file_name))
        self.preview = preview
        self.include = list(include)
        self.create_missing = create_missing
        self.save_templates = save_templates
        self.batch_id: int | None = None

    def run(self, progress: object = None) -> ImportResult:
        """The first import (in a worker): `import_op` runs this."""
        return commit.commit_import(self.book, self.preview,
                                    create_missing=self.create_missing,
                                    include=self.include, save_templates=self.save_templates,
                                    progress=progress)  # type: ignore[arg-type]

    def changes(self, _result: object = None) -> OpChanges:
        return CHANGES

    def done(self, result: ImportResult) -> None:
        """The import happened: put it on the stack without running it again."""
        self.batch_id = result.batch_id
        self._primed = True
        self.u.stack.push(self)

    def _do(self) -> OpChanges:
        self.batch_id = self.run().batch_id
        return CHANGES

    def _undo(self) -> OpChanges:
        if self.batch_id is not None and not commit.get_batch(self.book,
                                                              self.batch_id).undone:
            commit.undo_import(self.book, self.batch_id)
        return CHANGES


def import_op(parent: QWidget | None, command: ImportCommand) -> BookOp[ImportResult]:
    """The first run of `command`, for the shared worker; the caller pushes it with
    `command.done(result)` on success."""
    return BookOp(parent, command.run, changes=command.changes, initiator=command)


def undo_batch(parent: QWidget | None, book: Book, batch_id: int) -> BookOp[UndoResult]:
    """Remove exactly the batch `batch_id` (one unit of work)."""
    return BookOp(parent, lambda progress: commit.undo_import(book, batch_id, progress),
                  changes=CHANGES, initiator=parent)


def save_rule(parent: QWidget | None, book: Book, rule: SplitRule) -> BookOp[SplitRule]:
    return BookOp(parent, lambda _p: rules.save_rule(book, rule), RULES, parent)


def delete_rule(parent: QWidget | None, book: Book, rule_id: int) -> BookOp[None]:
    return BookOp(parent, lambda _p: rules.delete_rule(book, rule_id), RULES, parent)


def save_mapping(parent: QWidget | None, book: Book, name: str, mapping: CsvMapping,
                 account_id: int | None) -> BookOp[SavedMapping]:
    return BookOp(parent, lambda _p: mappings.save_mapping(book, name, mapping, account_id),
                  RULES, parent)
