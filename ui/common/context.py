"""What every window of one open book shares: the book, its formats, the names of
categories and accounts for type-ahead, the undo stack, and which split features the
acting user has (feature flags, DESIGN.md section 7)."""

from __future__ import annotations

from dataclasses import dataclass

from app.admin.flags import SplitEditing, is_enabled, split_editing
from app.store.book import Book
from ui.common.events import OpChanges, hub
from ui.common.formats import Formats
from ui.common.targets import Targets
from ui.common.undo import BookUndo


@dataclass(frozen=True)
class Features:
    """The split features of the acting user, read once per change of the book.

    `single`: what a one-line transaction allows (`can_split`: the split editor);
    `split`: what a transaction of several lines allows (read-only when the split
    editor is off: visible, nothing lost)."""

    single: SplitEditing
    split: SplitEditing
    templates: bool
    suggestions: bool

    @classmethod
    def of(cls, book: Book) -> Features:
        return cls(split_editing(book, 1), split_editing(book, 2),
                   is_enabled(book, "split_templates"),
                   is_enabled(book, "auto_split_suggestions"))

    def for_lines(self, line_count: int) -> SplitEditing:
        return self.split if line_count > 1 else self.single


@dataclass
class BookContext:
    book: Book
    formats: Formats
    targets: Targets
    undo: BookUndo
    features: Features

    @classmethod
    def open(cls, book: Book, parent: object | None = None) -> BookContext:
        ctx = cls(book, Formats(book.info), Targets(book), BookUndo(book, parent),
                  Features.of(book))
        hub().operation_did_execute.connect(ctx._on_operation)
        return ctx

    def _on_operation(self, changes: OpChanges, _initiator: object) -> None:
        # Connected before any view: the book's settings, the user's features and the
        # names for type-ahead are up to date when the views refresh.
        if changes.book:
            self.book.reload_info()
            self.formats.reset(self.book.info)
            self.features = Features.of(self.book)
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
