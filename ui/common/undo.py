"""Undo and redo of every edit of transactions, on one `QUndoStack` per open book.

Commands call services and nothing else: undoing a creation deletes the
transaction; undoing an edit, a conversion or a template applied saves the
`TransactionInput` it had before; undoing a deletion saves it again. A command runs
its service call once *before* it is pushed (`execute`), so bad input raises
`BadInput` to the dialog that asked — next to its field — and nothing reaches the
stack; `QUndoStack.push` then finds the work done.

Re-creating a deleted transaction gives it a new id. `IdMap` keeps every command
pointed at the right row: commands hold a key for their transaction and ask the map
for its id of the moment.

Calls are synchronous on the UI thread (a save takes a few ms; see
`ui.common.operations`) under `operations.write_lock` (`operations.write_now`). If an
undo fails (another user removed the row on a shared book), the user is told and the
command is dropped from the stack. A command that finds nothing to change marks itself
obsolete in `execute` and is not pushed.

Which command saves an edited transaction — a conversion to split, or a plain save —
is decided in one place, `edit_command`; the transaction editor, the split editor of
the main window and the register's inline edits all ask it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from app.errors import BadInput
from app.ledger.transactions import (
    LineInput,
    TransactionInput,
    TransactionView,
    convert_to_single,
    convert_to_split,
    delete_transaction,
    get_transaction,
    save_transaction,
    set_cleared,
)
from app.store.book import Book
from ui.common import operations
from ui.common.events import OpChanges, hub
from ui.common.translate import tr

T = TypeVar("T")

# Redo answers to both habits, whatever the desktop's own key for it.
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def redo_shortcuts(platform: Iterable[QKeySequence]) -> list[QKeySequence]:
    """The keys of a Redo action: the desktop's own (`QKeySequence.keyBindings` of
    `StandardKey.Redo`), then Ctrl+Shift+Z and Ctrl+Y — each once. An action given
    the same key twice (KDE, GNOME and macOS already say Ctrl+Shift+Z) finds it
    ambiguous, and the key does nothing."""
    keys: list[QKeySequence] = []
    for seq in [*platform, *(QKeySequence(k) for k in REDO_KEYS)]:
        if not seq.isEmpty() and seq not in keys:
            keys.append(seq)
    return keys


class IdMap:
    """Keys that name a transaction across deletions and re-creations.

    A key is handed out the first time a command is made about a transaction id and
    follows it: when undo or redo re-creates the transaction under a new id (SQLite may
    even hand the old id to another transaction meanwhile), `moved` points the key at
    it; `gone` forgets the id of a deleted one.
    """

    def __init__(self) -> None:
        self._next = 0
        self._current: dict[int, int] = {}  # key -> transaction id
        self._key: dict[int, int] = {}  # transaction id -> key

    def key(self, txn_id: int) -> int:
        found = self._key.get(txn_id)
        if found is None:
            self._next += 1
            found = self._next
            self._current[found] = txn_id
            self._key[txn_id] = found
        return found

    def current(self, key: int) -> int:
        try:
            return self._current[key]
        except KeyError:
            raise BadInput("transaction", key, tr("no longer exists")) from None

    def moved(self, key: int, txn_id: int) -> None:
        self.gone(key)
        stale = self._key.pop(txn_id, None)
        if stale is not None:
            self._current.pop(stale, None)
        self._current[key] = txn_id
        self._key[txn_id] = key

    def gone(self, key: int) -> None:
        old = self._current.pop(key, None)
        if old is not None:
            self._key.pop(old, None)

    def new_key(self) -> int:
        self._next += 1
        return self._next


class BookUndo:
    """The undo stack of one open book, and the commands' shared state."""

    def __init__(self, book: Book, parent: object | None = None) -> None:
        self.book = book
        self.ids = IdMap()
        self.stack = QUndoStack(parent)  # type: ignore[arg-type]
        self.stack.setUndoLimit(200)

    def push(self, command: BookCommand) -> None:
        """Run `command` (BadInput and NotAllowed propagate; nothing is pushed) and
        put it on the stack, unless it found nothing to change."""
        command.execute()
        if not command.isObsolete():
            self.stack.push(command)

    def run(self, fn: Callable[[], T]) -> T:
        return operations.write_now(fn)


class BookCommand(QUndoCommand):
    """A command whose first `redo` already happened in `execute`."""

    def __init__(self, undo: BookUndo, text: str) -> None:
        super().__init__(text)
        self.u = undo
        self.book = undo.book
        self._primed = False
        #: The transaction this command is about (an IdMap key), for selection.
        self.focus: int | None = None
        #: True while the command stands undone (what the status bar says about it).
        self.undone = False

    # Subclasses implement _do() and _undo(), each returning the OpChanges.
    def _do(self) -> OpChanges:
        raise NotImplementedError

    def _undo(self) -> OpChanges:
        raise NotImplementedError

    def execute(self) -> None:
        changes = self.u.run(self._do)
        self._primed = True
        hub().notify(changes, self)

    def redo(self) -> None:
        if self._primed:
            self._primed = False
            return
        self.undone = False
        self._guarded(self._do)

    def undo(self) -> None:
        self.undone = True
        self._guarded(self._undo)

    def _guarded(self, fn: Callable[[], OpChanges]) -> None:
        try:
            changes = self.u.run(fn)
        except Exception as exc:
            self.setObsolete(True)
            operations.show_error(None, exc)
            hub().notify(OpChanges.everything(), self)
            return
        hub().notify(changes, self)

    # helpers
    def current(self, key: int) -> int:
        return self.u.ids.current(key)

    def focus_id(self) -> int | None:
        """The id of the transaction this command is about, if it exists now."""
        if self.focus is None:
            return None
        try:
            return self.current(self.focus)
        except BadInput:
            return None

    def fit(self, data: TransactionInput, txn_id: int | None) -> TransactionInput:
        """`data` with the ids of lines that no longer exist dropped (they were
        deleted and re-created in between), so the service re-creates them."""
        if txn_id is None:
            return replace(data, lines=tuple(replace(line, id=None) for line in data.lines))
        alive = {line.id for line in get_transaction(self.book, txn_id).lines}
        return replace(data, lines=tuple(
            line if line.id in alive else replace(line, id=None) for line in data.lines))


def _changes(*views: TransactionView | None, ids: tuple[int, ...] = ()) -> OpChanges:
    found = tuple(v.id for v in views if v is not None) + ids
    return OpChanges.of_transactions(*found)


class SaveTransaction(BookCommand):
    """Create (`txn_id` None) or edit a transaction; `before` is its previous input."""

    def __init__(self, undo: BookUndo, data: TransactionInput, txn_id: int | None = None,
                 text: str | None = None) -> None:
        super().__init__(undo, text or (tr("New transaction") if txn_id is None
                                        else tr("Edit transaction")))
        self.data = data
        self.creating = txn_id is None
        self.key = undo.ids.new_key() if txn_id is None else undo.ids.key(txn_id)
        self.before: TransactionInput | None = (
            get_transaction(undo.book, txn_id).as_input() if txn_id is not None else None)
        self.focus = self.key
        self.saved: TransactionView | None = None

    def _do(self) -> OpChanges:
        if self.creating:
            # A new row each time it is (re)done, under the same key.
            view = save_transaction(self.book, self.fit(self.data, None))
            self.u.ids.moved(self.key, view.id)
        else:
            txn_id = self.current(self.key)
            view = save_transaction(self.book, self.fit(self.data, txn_id), txn_id)
        self.saved = view
        return _changes(view)

    def _undo(self) -> OpChanges:
        txn_id = self.current(self.key)
        if self.before is None:
            delete_transaction(self.book, txn_id)
            self.u.ids.gone(self.key)
            return _changes(ids=(txn_id,))
        view = save_transaction(self.book, self.fit(self.before, txn_id), txn_id)
        return _changes(view)


class DeleteTransaction(BookCommand):
    def __init__(self, undo: BookUndo, txn_id: int) -> None:
        super().__init__(undo, tr("Delete transaction"))
        self.key = undo.ids.key(txn_id)
        self.before = get_transaction(undo.book, txn_id).as_input()

    def _do(self) -> OpChanges:
        txn_id = self.current(self.key)
        delete_transaction(self.book, txn_id)
        self.u.ids.gone(self.key)
        self.focus = None
        return _changes(ids=(txn_id,))

    def _undo(self) -> OpChanges:
        view = save_transaction(self.book, self.fit(self.before, None))
        self.u.ids.moved(self.key, view.id)
        self.focus = self.key
        return _changes(view)


class ConvertToSplit(BookCommand):
    """A single-category transaction becomes a split: its category stays the first
    line (service `convert_to_split`), `extra` lines follow."""

    def __init__(self, undo: BookUndo, txn_id: int, extra: tuple[LineInput, ...],
                 text: str | None = None) -> None:
        super().__init__(undo, text or tr("Convert to split"))
        self.key = undo.ids.key(txn_id)
        self.before = get_transaction(undo.book, txn_id).as_input()
        self.extra = tuple(replace(line, id=None) for line in extra)
        self.focus = self.key

    def _do(self) -> OpChanges:
        view = convert_to_split(self.book, self.current(self.key), self.extra)
        return _changes(view)

    def _undo(self) -> OpChanges:
        txn_id = self.current(self.key)
        return _changes(save_transaction(self.book, self.fit(self.before, txn_id), txn_id))


class ConvertToSingle(BookCommand):
    def __init__(self, undo: BookUndo, txn_id: int) -> None:
        super().__init__(undo, tr("Convert to a single category"))
        self.key = undo.ids.key(txn_id)
        self.before = get_transaction(undo.book, txn_id).as_input()
        self.focus = self.key

    def _do(self) -> OpChanges:
        return _changes(convert_to_single(self.book, self.current(self.key)))

    def _undo(self) -> OpChanges:
        txn_id = self.current(self.key)
        return _changes(save_transaction(self.book, self.fit(self.before, txn_id), txn_id))


class SetCleared(BookCommand):
    def __init__(self, undo: BookUndo, txn_ids: list[int], cleared: bool) -> None:
        super().__init__(undo, tr("Mark cleared") if cleared else tr("Mark not cleared"))
        views = [get_transaction(undo.book, i) for i in txn_ids]
        self.was = {undo.ids.key(v.id): v.cleared for v in views}
        self.cleared = cleared
        self.focus = undo.ids.key(txn_ids[0]) if txn_ids else None

    def _do(self) -> OpChanges:
        ids = [self.current(i) for i in self.was]
        set_cleared(self.book, ids, self.cleared)
        return _changes(ids=tuple(ids))

    def _undo(self) -> OpChanges:
        for value in (True, False):
            ids = [self.current(i) for i, was in self.was.items() if was == value]
            if ids:
                set_cleared(self.book, ids, value)
        return _changes(ids=tuple(self.current(i) for i in self.was))


# ---------------------------------------------------------------- which command


def converts_to_split(view: TransactionView, data: TransactionInput) -> bool:
    """Is `data` exactly what `convert_to_split` makes of the single-category `view`
    with `data`'s other lines: the same transaction, amount and first line (its
    category, transfer, memo and tax), the first line's amount what the others leave?"""
    if len(view.lines) != 1 or len(data.lines) < 2:
        return False
    extra = data.lines[1:]
    old = view.lines[0].as_input()
    made = replace(view.as_input(), lines=(
        replace(old, amount=view.amount - sum(line.amount for line in extra)), *extra))
    return _without_line_ids(made) == _without_line_ids(data)


def _without_line_ids(data: TransactionInput) -> TransactionInput:
    return replace(data, lines=tuple(replace(line, id=None) for line in data.lines))


def edit_command(undo: BookUndo, view: TransactionView | None, data: TransactionInput, *,
                 template: str | None = None, edit_text: str | None = None) -> BookCommand:
    """The command that saves `data` over `view` (None: a new transaction): the one place
    that decides between `ConvertToSplit` and `SaveTransaction`, and names the step on
    the undo stack (*Apply template …* when a template made the lines)."""
    applied = tr("Apply template {title}").format(title=template) if template else None
    if view is None:
        return SaveTransaction(undo, data, None, applied or tr("New transaction"))
    if converts_to_split(view, data):
        return ConvertToSplit(undo, view.id, data.lines[1:], applied or tr("Convert to split"))
    if len(view.lines) == 1 and len(data.lines) > 1:
        text = applied or tr("Convert to split")
    elif len(view.lines) > 1 and len(data.lines) == 1:
        text = applied or tr("Convert to a single category")
    else:
        text = applied or edit_text or tr("Edit transaction")
    return SaveTransaction(undo, data, view.id, text)
