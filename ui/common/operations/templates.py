"""Operations on split templates: saving one of the user's own.

A quick single-row write run at once (`run_now`): a name already taken comes back to
the name field. Every view hears `OpChanges(templates=True)` (the *Apply template*
menus and the split editor's list read the templates again).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.ledger.templates import TemplateInfo, UserLine, save_user_template
from app.store.book import Book
from ui.common.events import OpChanges
from ui.common.operations import BookOp

CHANGES = OpChanges(templates=True)


def save_template(parent: QWidget | None, book: Book, name: str,
                  lines: Sequence[UserLine]) -> BookOp[TemplateInfo]:
    return BookOp(parent, lambda _p: save_user_template(book, name, lines), CHANGES, parent)
