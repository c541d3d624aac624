"""An import on the book's undo stack: Edit ▸ Undo removes exactly its batch.

The import itself runs off the UI thread (`ui.imports.wizard`), so the command is
pushed already done (`done`), like every command whose first `redo` happened before
the push. Undo calls `app.imports.commit.undo_import`; redo writes the same rows
again as a new batch. An import already undone elsewhere (Edit ▸ Undo import…) makes
the undo a no-op rather than an error.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.imports.commit import ImportResult, commit_import, get_batch, undo_import
from app.imports.preview import Preview
from ui.common.events import OpChanges
from ui.common.translate import tr
from ui.editing.undo import BookCommand, BookUndo

CHANGES = OpChanges(transactions=True, accounts=True, categories=True, templates=True)


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
        """The first import (in a worker): the wizard's BookOp calls this."""
        return commit_import(self.book, self.preview, create_missing=self.create_missing,
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
        if self.batch_id is not None and not get_batch(self.book, self.batch_id).undone:
            undo_import(self.book, self.batch_id)
        return CHANGES
