"""Where a line can go, by name: categories (`Parent:Child`), other accounts
(`[Account]`) and nothing (uncategorized). Feeds the type-ahead of the register, the
transaction editor and the split editor, and turns what was typed back into ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from app.errors import BadInput
from app.ledger.categories import list_categories
from app.ledger.register import transfer_targets
from app.store.book import Book
from ui.common.translate import tr

#: Type-ahead offers a popup list of every name containing what was typed. (Keyboard
#: tests on the offscreen platform switch it off: there a popup takes the focus window
#: away and never gives it back, which a desktop does not do; names typed in part are
#: still understood, see `resolve`.)
TYPE_AHEAD = True


@dataclass(frozen=True)
class Target:
    text: str
    category_id: int | None = None
    account_id: int | None = None
    archived: bool = False
    role: str = "none"


class Targets:
    """The book's categories and accounts as typed names (reload after a change)."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.by_text: dict[str, Target] = {}
        self.by_category: dict[int, Target] = {}
        self.by_account: dict[int, Target] = {}
        self.model = QStringListModel()
        self.reload()

    def reload(self) -> None:
        self.by_text.clear()
        self.by_category.clear()
        self.by_account.clear()
        for c in list_categories(self.book, with_counts=False):
            t = Target(c.full_name, category_id=c.id, archived=c.archived, role=c.role)
            self.by_text[c.full_name] = t
            self.by_category[c.id] = t
        for account_id, name, archived in transfer_targets(self.book):
            t = Target(f"[{name}]", account_id=account_id, archived=archived)
            self.by_text[t.text] = t
            self.by_account[account_id] = t
        self.model.setStringList(sorted(
            (t.text for t in self.by_text.values() if not t.archived),
            key=lambda s: (s.startswith("["), s.casefold())))

    def completer(self, parent: QWidget) -> QCompleter | None:
        """Type-ahead over full names: any part matches (`iva` finds `Impuestos:IVA…`)."""
        if not TYPE_AHEAD:
            return None
        completer = QCompleter(self.model, parent)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        return completer

    def text_of(self, category_id: int | None, account_id: int | None) -> str:
        if account_id is not None:
            t = self.by_account.get(account_id)
            return t.text if t else ""
        if category_id is not None:
            t = self.by_category.get(category_id)
            return t.text if t else ""
        return ""

    def resolve(self, text: str, field: str = "category", *, own_account: int | None = None
                ) -> tuple[int | None, int | None]:
        """(category id, transfer account id) for what was typed; ('', None) is
        uncategorized. Unknown names are bad input for `field`."""
        raw = text.strip()
        if not raw:
            return None, None
        found = self.by_text.get(raw)
        if found is None:
            folded = raw.casefold()
            matches = [t for t in self.by_text.values() if t.text.casefold() == folded]
            if len(matches) == 1:
                found = matches[0]
        if found is None and not raw.startswith("["):
            # A leaf name alone (`Renta`) when exactly one category ends so; else the one
            # active name containing every word typed (`iva acred`), as the type-ahead
            # list showed it.
            folded = raw.casefold()
            leaves = [t for t in self.by_text.values()
                      if t.category_id is not None
                      and t.text.rpartition(":")[2].casefold() == folded]
            words = folded.split()
            containing = [t for t in self.by_text.values()
                          if not t.archived and all(w in t.text.casefold() for w in words)]
            if len(leaves) == 1:
                found = leaves[0]
            elif len(containing) == 1:
                found = containing[0]
            elif len(containing) > 1:
                names = ", ".join(sorted(t.text for t in containing)[:4])
                raise BadInput(field, text, tr("matches several names ({names}…); type more of "
                                               "one").format(names=names))
        if found is None:
            if raw.startswith("["):
                raise BadInput(field, text, tr("is not an account of this book"))
            raise BadInput(field, text, tr("is not a category of this book "
                                           "(add it in Tools › Categories)"))
        if found.account_id is not None and found.account_id == own_account:
            raise BadInput(field, text, tr("is this account itself; a transfer needs another"))
        return found.category_id, found.account_id
