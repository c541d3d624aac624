"""The signal hub: one object every view listens to for "the book changed".

Anki style: an operation reports *what* it changed (`OpChanges`), and each view
decides whether it must refresh (the register ignores a category rename it does not
show, the accounts list ignores a memo edit...). The operations
(`ui.common.operations`) and the undo commands (`ui.common.undo`) call `notify()` after
every write they make; windows only listen. Signals are emitted on the UI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class OpChanges:
    """What an operation changed. `book` means "anything; reload everything"."""

    transactions: bool = False
    accounts: bool = False
    categories: bool = False
    templates: bool = False
    book: bool = False
    txn_ids: frozenset[int] = frozenset()

    @classmethod
    def everything(cls) -> OpChanges:
        return cls(True, True, True, True, True)

    @classmethod
    def of_transactions(cls, *ids: int) -> OpChanges:
        # A transaction moves an account balance: the accounts list follows.
        return cls(transactions=True, accounts=True, txn_ids=frozenset(ids))

    def touches(self, *areas: str) -> bool:
        return self.book or any(getattr(self, area) for area in areas)


class Events(QObject):
    """`operation_did_execute(changes, initiator)`: after any write (initiator is the
    widget or command that asked, so it can skip its own echo). `book_changed(changes)`
    is the same news for listeners that do not care who asked. `book_did_open(book)`
    after another book replaced the current one."""

    operation_did_execute = Signal(object, object)
    book_changed = Signal(object)
    book_did_open = Signal(object)

    def notify(self, changes: OpChanges, initiator: object | None = None) -> None:
        self.operation_did_execute.emit(changes, initiator)
        self.book_changed.emit(changes)


_hub: Events | None = None


def hub() -> Events:
    """The application's one hub (made on first use, on the UI thread)."""
    global _hub
    if _hub is None:
        _hub = Events()
    return _hub
