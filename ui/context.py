"""What every window of one open book shares: the book, its formats, the names of
categories and accounts for type-ahead, and the undo stack."""

from __future__ import annotations

from dataclasses import dataclass

from app.book import Book
from ui.events import OpChanges, hub
from ui.formats import Formats
from ui.targets import Targets
from ui.undo import BookUndo


@dataclass
class BookContext:
    book: Book
    formats: Formats
    targets: Targets
    undo: BookUndo

    @classmethod
    def open(cls, book: Book, parent: object | None = None) -> BookContext:
        ctx = cls(book, Formats(book.info), Targets(book), BookUndo(book, parent))
        hub().operation_did_execute.connect(ctx._on_operation)
        return ctx

    def _on_operation(self, changes: OpChanges, _initiator: object) -> None:
        # Connected before any view: the book's settings and the names for type-ahead
        # are up to date when the views refresh.
        if changes.book:
            self.book.reload_info()
            self.formats.reset(self.book.info)
        if changes.touches("categories", "accounts"):
            self.targets.reload()

    def close(self) -> None:
        try:
            hub().operation_did_execute.disconnect(self._on_operation)
        except (RuntimeError, TypeError):
            pass

    @property
    def can_write(self) -> bool:
        return self.book.actor.can("write")
