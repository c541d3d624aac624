"""Operations on categories: undoable commands on the book's undo stack, and the merge.

Adding, renaming, moving, changing the kind and tax role, archiving: each is a command
(`ui.common.undo.BookCommand`) whose undo is the inverse service call — the old name,
the old parent, the old kind and role, archived again or not. Undoing an added
category removes what the add created (the category and any parent it had to
create, `delete_categories`; refused when lines were put in it meanwhile), and redoing
it puts them back under their own ids (`restore_categories`), so every later step that
names them by id still finds them. A command that changes nothing (renaming to the
same name) is not put on the stack.

Merging moves every split line of one category onto another and removes it: it cannot
be taken back line by line, so it is no command. The category manager asks first; it
runs on the shared worker (a merge may move thousands of lines), and once it is done
the undo history is forgotten (`after_success`): steps recorded before it may name
the category that is gone, and SQLite may even hand its id to the next new category.

Every change tells the views: the register and the reports show full names, so a
rename or a move says that transactions changed too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ledger.categories import (
    CategoryView,
    add_category,
    delete_categories,
    list_categories,
    merge_categories,
    move_category,
    rename_category,
    restore_categories,
    set_category_archived,
    set_category_role,
    split_full_name,
)
from ui.common.events import OpChanges
from ui.common.operations import BookOp
from ui.common.translate import tr
from ui.common.undo import BookCommand, BookUndo

CHANGED = OpChanges(categories=True)
#: The register and the reports show full names: a rename or a move reaches them.
RENAMED = OpChanges(categories=True, transactions=True)


class CategoryCommand(BookCommand):
    """A category step; `view` is the category as it was before it."""

    def __init__(self, undo: BookUndo, text: str, view: CategoryView | None) -> None:
        super().__init__(undo, text)
        self.view = view
        self.result: CategoryView | None = None
        self._first = True

    def _do(self) -> OpChanges:
        first, self._first = self._first, False
        return self._apply(first)

    def _apply(self, first: bool) -> OpChanges:
        raise NotImplementedError


class AddCategory(CategoryCommand):
    """Add `full_name` (and any missing parent, with the same kind)."""

    def __init__(self, undo: BookUndo, full_name: str, kind: str, role: str = "none") -> None:
        super().__init__(undo, tr("Add category {name}").format(name=full_name.strip()), None)
        self.full_name, self.kind, self.role = full_name, kind, role
        #: What the add created, parents first (None until it ran).
        self.created: list[CategoryView] = []

    def _apply(self, first: bool) -> OpChanges:
        if not first:
            restore_categories(self.book, self.created)
            return CHANGED
        parts = split_full_name(self.full_name)
        prefixes = {":".join(parts[:n]) for n in range(1, len(parts) + 1)}
        before = {c.full_name for c in list_categories(self.book, with_counts=False)}
        self.result = add_category(self.book, self.full_name, self.kind, self.role)
        self.created = [c for c in list_categories(self.book, with_counts=False)
                        if c.full_name in prefixes and c.full_name not in before]
        if not self.created:  # it was there already, just so: nothing to undo
            self.setObsolete(True)
        return CHANGED

    def _undo(self) -> OpChanges:
        delete_categories(self.book, [c.id for c in self.created])
        return CHANGED


class RenameCategory(CategoryCommand):
    def __init__(self, undo: BookUndo, view: CategoryView, new_name: str) -> None:
        super().__init__(undo, tr("Rename category {name}").format(name=view.full_name), view)
        self.new_name = new_name

    def _apply(self, first: bool) -> OpChanges:
        assert self.view is not None
        self.result = rename_category(self.book, self.view.id, self.new_name)
        if first and self.result.name == self.view.name:
            self.setObsolete(True)
        return RENAMED

    def _undo(self) -> OpChanges:
        assert self.view is not None
        rename_category(self.book, self.view.id, self.view.name)
        return RENAMED


class MoveCategory(CategoryCommand):
    """Move under `parent_id` (None: to the top level)."""

    def __init__(self, undo: BookUndo, view: CategoryView, parent_id: int | None) -> None:
        super().__init__(undo, tr("Move category {name}").format(name=view.full_name), view)
        self.parent_id = parent_id

    def _apply(self, first: bool) -> OpChanges:
        assert self.view is not None
        if first and self.parent_id == self.view.parent_id:
            self.setObsolete(True)
            return OpChanges()
        self.result = move_category(self.book, self.view.id, self.parent_id)
        return RENAMED

    def _undo(self) -> OpChanges:
        assert self.view is not None
        move_category(self.book, self.view.id, self.view.parent_id)
        return RENAMED


class SetKindAndRole(CategoryCommand):
    def __init__(self, undo: BookUndo, view: CategoryView, kind: str, role: str) -> None:
        super().__init__(undo, tr("Change kind and tax role of {name}").format(
            name=view.full_name), view)
        self.kind, self.role = kind, role

    def _apply(self, first: bool) -> OpChanges:
        assert self.view is not None
        self.result = set_category_role(self.book, self.view.id, self.kind, self.role)
        if first and (self.kind, self.role) == (self.view.kind, self.view.role):
            self.setObsolete(True)
        return CHANGED

    def _undo(self) -> OpChanges:
        assert self.view is not None
        set_category_role(self.book, self.view.id, self.view.kind, self.view.role)
        return CHANGED


class SetArchived(CategoryCommand):
    def __init__(self, undo: BookUndo, view: CategoryView, archived: bool) -> None:
        text = (tr("Archive category {name}") if archived
                else tr("Unarchive category {name}")).format(name=view.full_name)
        super().__init__(undo, text, view)
        self.archived = archived

    def _apply(self, first: bool) -> OpChanges:
        assert self.view is not None
        self.result = set_category_archived(self.book, self.view.id, self.archived)
        if first and self.archived == self.view.archived:
            self.setObsolete(True)
        return CHANGED

    def _undo(self) -> OpChanges:
        assert self.view is not None
        set_category_archived(self.book, self.view.id, self.view.archived)
        return CHANGED


def merge(parent: QWidget | None, undo: BookUndo, source_id: int,
          target_id: int) -> BookOp[int]:
    """Move every line (and subcategory) of `source_id` onto `target_id` and remove it;
    returns how many lines moved. Not undoable: the undo history is forgotten after it."""
    book = undo.book
    op: BookOp[int] = BookOp(parent, lambda _p: merge_categories(book, source_id, target_id),
                             RENAMED, parent)
    op.after_success(lambda _moved: undo.stack.clear())
    return op
