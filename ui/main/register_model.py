"""The register's table model: a window over one account's rows, loaded by page.

Anki's browser table, adapted (STYLE.md): the model holds a snapshot of which rows
the account shows (`app.ledger.register.RegisterSnapshot`: a count, or the ordered ids
when sorted or filtered) and builds rows only for the pages the view asks for, in
pages of `PAGE` rows kept in a bounded cache. Opening an account of 200,000
movements therefore reads one page. After a change the snapshot is retaken and the
cache dropped; rows are fetched again as they are painted.

The last row is the entry row: typing in it (or in an existing, non-split row)
fills a *draft*; `submit()` (Enter) asks the register widget to save it, `revert()`
(Esc) drops it. The model itself never writes: it emits `draft_submitted`,
`cleared_toggled` and `query_requested` and the widget calls the services.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.admin.flags import SplitEditing
from app.ledger.register import (
    RegisterQuery,
    RegisterRow,
    RegisterSnapshot,
    load_page,
    open_register,
)
from app.store.book import Book
from ui.common.formats import Formats
from ui.common.style import DIM, ERROR, ERROR_BACKGROUND, SPLIT_BLUE
from ui.common.translate import tr

if TYPE_CHECKING:
    from ui.common.context import Features

PAGE = 64
MAX_PAGES = 48

DATE, REF, PAYEE, CATEGORY, MEMO, CLEARED, OUT, IN, BALANCE = range(9)
#: Column -> sort key of `app.ledger.register` (None: not sortable).
SORT_KEYS = {DATE: "date", REF: "reference", PAYEE: "payee", CATEGORY: "category",
             MEMO: "memo", CLEARED: "cleared", OUT: "amount", IN: "amount", BALANCE: "date"}
TEXT_COLUMNS = (DATE, REF, PAYEE, CATEGORY, MEMO, OUT, IN)

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Draft:
    """What the user typed into a row, not saved yet. `txn_id` None: a new one."""

    row: int
    txn_id: int | None
    values: dict[int, str] = field(default_factory=dict)
    cleared: bool = False


class RegisterModel(QAbstractTableModel):
    draft_submitted = Signal()
    cleared_toggled = Signal(int, bool)  # txn id, cleared
    query_requested = Signal(object)  # RegisterQuery (sorting asked by the header)

    def __init__(self, book: Book, formats: Formats, parent: object | None = None,
                 features: Callable[[], Features] | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.book = book
        self.formats = formats
        #: The acting user's split features (a split row is read-only without the editor).
        self.features = features
        self.snapshot: RegisterSnapshot | None = None
        self._pages: OrderedDict[int, list[tuple[RegisterRow, tuple[str, ...]]]] = OrderedDict()
        self.page_loads = 0
        self.loaded_pages: list[int] = []
        self.draft: Draft | None = None
        self.error_column: int | None = None
        self.editable = book.actor.can("write")
        self.today = date.today().isoformat
        self._headers = [tr("Date"), tr("Ref."), tr("Payee"), tr("Category"), tr("Memo"),
                         tr("C"), tr("Payment"), tr("Deposit"), tr("Balance")]

    # ---------------------------------------------------------------- snapshot
    @property
    def query(self) -> RegisterQuery | None:
        return self.snapshot.query if self.snapshot else None

    def set_query(self, query: RegisterQuery | None) -> None:
        """Show `query` (synchronously; the widget goes off-thread for slow ones)."""
        self.set_snapshot(open_register(self.book, query) if query is not None else None)

    def set_snapshot(self, snapshot: RegisterSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self._pages.clear()
        self.draft = None
        self.error_column = None
        self.endResetModel()

    def refresh(self) -> None:
        """Retake the snapshot after a change; rows reload as they are painted."""
        if self.snapshot is not None:
            self.set_snapshot(open_register(self.book, self.snapshot.query))

    @property
    def count(self) -> int:
        return self.snapshot.count if self.snapshot else 0

    @property
    def entry_row(self) -> int:
        """Index of the blank row for a new transaction (-1 when there is none)."""
        return self.count if self.snapshot is not None and self.editable else -1

    # ---------------------------------------------------------------- rows
    def row_at(self, row: int) -> RegisterRow | None:
        cached = self._cached(row)
        return cached[0] if cached else None

    def _cached(self, row: int) -> tuple[RegisterRow, tuple[str, ...]] | None:
        if self.snapshot is None or not 0 <= row < self.count:
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load(page)
        else:
            self._pages.move_to_end(page)
        i = row - page * PAGE
        return rows[i] if i < len(rows) else None

    def allows(self, r: RegisterRow) -> SplitEditing:
        """What the acting user may do with this row (feature flags and role)."""
        if self.features is None:
            return SplitEditing(self.editable, self.editable, "")
        return self.features().for_lines(len(r.lines))

    def _peek(self, row: int) -> RegisterRow | None:
        rows = self._pages.get(row // PAGE)
        if rows is None:
            return None
        i = row - (row // PAGE) * PAGE
        return rows[i][0] if i < len(rows) else None

    def _load(self, page: int) -> list[tuple[RegisterRow, tuple[str, ...]]]:
        assert self.snapshot is not None
        self.page_loads += 1
        self.loaded_pages.append(page)
        hints = self._neighbour_balances(page)
        rows = [(r, self._texts(r)) for r in load_page(self.book, self.snapshot, page * PAGE,
                                                       PAGE, **hints)]
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _neighbour_balances(self, page: int) -> dict[str, int]:
        """The balance next to `page` read off a cached neighbouring page, so scrolling
        needs no SUM over the rest of the account (natural order only: there pages
        are contiguous runs of the account's movements)."""
        assert self.snapshot is not None
        query = self.snapshot.query
        if not query.natural:
            return {}
        earlier, later = page - 1, page + 1  # in date order
        if query.descending:
            earlier, later = later, earlier
        before = self._pages.get(earlier)
        if before and len(before) == PAGE:
            edge = before[0 if query.descending else -1][0]
            if edge.balance is not None:
                return {"before": edge.balance}
        after = self._pages.get(later)
        if after and len(after) == PAGE:
            edge = after[-1 if query.descending else 0][0]
            if edge.balance is not None:
                return {"after": edge.balance - edge.amount}
        return {}

    def _texts(self, r: RegisterRow) -> tuple[str, ...]:
        f = self.formats
        category = tr("Split ({n})").format(n=len(r.lines)) if r.is_split else r.category
        return (f.date(r.date), r.reference, r.payee, category, r.memo,
                "", f.amount(-r.amount) if r.amount < 0 else "",
                f.amount(r.amount) if r.amount > 0 else "",
                f.amount(r.balance) if r.balance is not None else "")

    def id_at(self, row: int) -> int | None:
        r = self.row_at(row)
        return r.id if r else None

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.snapshot is None:
            return 0
        return self.count + (1 if self.editable else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (OUT, IN, BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {CLEARED: tr("Cleared: the bank statement shows it"),
                    BALANCE: tr("Balance after this movement (shown when sorted by date)")}
            return tips.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        col, row = index.column(), index.row()
        if col == BALANCE:
            return base
        r = self._peek(row)  # never loads a page: views ask flags of rows they never show
        if r is not None and not self.allows(r).editable:
            return base
        if col == CLEARED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if r is not None and r.is_split and col in (CATEGORY, OUT, IN):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row == self.entry_row:
            return self._entry_data(row, col, role)
        cached = self._cached(row)
        if cached is None:
            return None
        r, texts = cached
        draft = self.draft if self.draft is not None and self.draft.row == row else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if draft is not None and col in draft.values:
                return draft.values[col]
            if col == CATEGORY and role == Qt.ItemDataRole.DisplayRole and not texts[col]:
                return tr("Uncategorized")
            return texts[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == CLEARED:
            cleared = draft.cleared if draft is not None else r.cleared
            return Qt.CheckState.Checked if cleared else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (OUT, IN, BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(r, col, draft)
        if role == Qt.ItemDataRole.FontRole and draft is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and draft is not None:
            if col == self.error_column:
                return QBrush(ERROR_BACKGROUND)
            return QBrush(QColor("#fff8e1"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        return None

    def _foreground(self, r: RegisterRow, col: int, draft: Draft | None) -> object:
        if col == BALANCE and r.balance is not None and r.balance < 0:
            return QBrush(ERROR)
        if col == OUT:
            return QBrush(ERROR)
        if col == CATEGORY and draft is None:
            if r.is_split:
                return QBrush(SPLIT_BLUE)
            if not r.category:
                return QBrush(DIM)
        return None

    def _tooltip(self, r: RegisterRow, col: int) -> str | None:
        if col == CATEGORY and r.is_split:
            f = self.formats
            reason = self.allows(r).reason
            cells = "".join(
                f"<tr><td>{html.escape(line.target or tr('Uncategorized'))}</td>"
                f"<td align='right' style='padding-left:12px'>{f.amount(line.amount)}</td>"
                f"<td style='padding-left:12px'>{html.escape(line.memo)}</td></tr>"
                for line in r.lines)
            note = f"<p><i>{html.escape(reason)}</i></p>" if reason else ""
            return f"<table>{cells}</table>{note}"
        if col == BALANCE and r.balance is None:
            return tr("Sort by date to see the running balance")
        if col in (PAYEE, MEMO) and len(getattr(r, "payee" if col == PAYEE else "memo")) > 30:
            return r.payee if col == PAYEE else r.memo
        return None

    def _entry_data(self, row: int, col: int, role: int) -> object:
        draft = self.draft if self.draft is not None and self.draft.row == row else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if draft is not None and col in draft.values:
                return draft.values[col]
            if role == Qt.ItemDataRole.EditRole:
                return self.formats.date(self.today()) if col == DATE else ""
            if col == DATE:
                return self.formats.date(self.today())
            if col == PAYEE:
                return tr("New transaction…")
            return ""
        if role == Qt.ItemDataRole.CheckStateRole and col == CLEARED:
            cleared = draft.cleared if draft is not None else False
            return Qt.CheckState.Checked if cleared else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if draft is None or col not in draft.values:
                return QBrush(DIM)
            return QBrush(ERROR) if col == OUT else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (OUT, IN, BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if draft is not None and col == self.error_column:
                return QBrush(ERROR_BACKGROUND)
            return QBrush(QColor("#f4f7fb"))
        if role == Qt.ItemDataRole.FontRole and draft is None and col == PAYEE:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == CLEARED:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if row == self.entry_row or (self.draft is not None and self.draft.row == row):
                self._draft_for(row).cleared = checked
                self.dataChanged.emit(index, index)
                return True
            r = self.row_at(row)
            if r is None or not self.allows(r).editable:
                return False
            self.cleared_toggled.emit(r.id, checked)
            return True
        if role != Qt.ItemDataRole.EditRole or col not in TEXT_COLUMNS:
            return False
        text = str(value)
        current = self.data(index, Qt.ItemDataRole.EditRole)
        if self.draft is None and text == current:
            return False  # opened and closed an editor without typing
        draft = self._draft_for(row)
        draft.values[col] = text
        if col == OUT and text.strip():
            draft.values[IN] = ""
        elif col == IN and text.strip():
            draft.values[OUT] = ""
        self.dataChanged.emit(self.index(row, 0), self.index(row, BALANCE))
        return True

    def _draft_for(self, row: int) -> Draft:
        if self.draft is None or self.draft.row != row:
            if self.draft is not None:
                self._drop_draft()
            r = None if row == self.entry_row else self.row_at(row)
            self.draft = Draft(row, r.id if r else None, cleared=r.cleared if r else False)
        return self.draft

    def _drop_draft(self) -> None:
        if self.draft is not None:
            row = self.draft.row
            self.draft = None
            self.error_column = None
            self.dataChanged.emit(self.index(row, 0), self.index(row, BALANCE))

    def value(self, draft: Draft, col: int) -> str:
        """What the draft row says in `col`: typed text, else the saved row's."""
        if col in draft.values:
            return draft.values[col]
        text = self.data(self.index(draft.row, col), Qt.ItemDataRole.EditRole)
        return str(text or "")

    # QAbstractItemView calls these when an editor closes with Enter / Esc.
    def submit(self) -> bool:
        if self.draft is not None:
            self.draft_submitted.emit()
        return True

    def revert(self) -> None:
        self._drop_draft()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.snapshot is None or column not in SORT_KEYS:
            return
        q = self.snapshot.query
        wanted = RegisterQuery(q.account_id, q.text, SORT_KEYS[column],
                               order == Qt.SortOrder.DescendingOrder)
        if wanted != q:
            self.query_requested.emit(wanted)
