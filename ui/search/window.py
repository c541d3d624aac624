"""The search window: find transactions by text, category, amount, dates, account,
split or not, cleared or not — and see what the filter really adds up to.

A category filter matches transactions with a line in that category (or below it);
the "In category" column and the total are the sums of the *matching lines* only,
never of whole transactions. Results come from `app.ledger.search` a page at a time (newest
first), off the UI thread; the count and total follow in a second query. While the
book's full-text index is being prepared (first use on a big book), a background
thread builds it in short steps and the search keeps working without it. Text is
matched without case and accents (`app.ledger.textfold`).

`transaction_activated(int)` fires on double-click or Enter: the main window connects
it to open or select that transaction in the register.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput
from app.ledger.search import Filters, Hit, SearchPage, SearchSummary
from app.reports.tables import format_cell
from app.store.book import Book
from ui.common.formats import Formats
from ui.common.translate import plural, tr
from ui.reports.window import run_query

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROOT = QModelIndex()


class HitsModel(QAbstractTableModel):
    """The hits shown, a page at a time; the last column (matching lines) only with a
    category filter."""

    def __init__(self, book: Book, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.hits: list[Hit] = []
        self.by_category = False

    def headers(self) -> list[str]:
        names = [tr("Date"), tr("Account"), tr("Payee"), tr("Memo"), tr("Category"),
                 tr("Amount")]
        return [*names, tr("In category")] if self.by_category else names

    def set_hits(self, hits: list[Hit], by_category: bool, *, append: bool = False) -> None:
        self.beginResetModel()
        self.by_category = by_category
        self.hits = [*self.hits, *hits] if append else list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        info = self.book.info
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return Formats(info).date(hit.date)
            if column in (5, 6):
                value = hit.amount if column == 5 else hit.matched
                return format_cell(value, "amount", info.exp, info.locale)
            category = hit.category
            if category.startswith("Split ("):
                category = tr("Split ({n})").format(n=hit.lines)
            return (None, hit.account, hit.payee, hit.memo, category)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (5, 6):
            value = hit.amount if column == 5 else hit.matched
            return QBrush(QColor("#A3262A")) if value < 0 else None
        if role == ID_ROLE:
            return hit.transaction_id
        if role == Qt.ItemDataRole.ToolTipRole and not hit.cleared:
            return tr("Not cleared")
        return None


class _IndexRelay(QObject):
    progressed = Signal(int, int)
    finished = Signal(bool)


class SearchWindow(QMainWindow):
    """Search over one book. `synchronous=True` runs queries on the UI thread (for
    screenshots); `build_index=False` leaves the full-text index alone."""

    transaction_activated = Signal(int)
    results_shown = Signal()

    def __init__(self, book: Book, parent: QWidget | None = None, *,
                 synchronous: bool = False, build_index: bool = True) -> None:
        super().__init__(parent)
        self.book = book
        self.synchronous = synchronous
        self.busy = False
        self.summary: SearchSummary | None = None
        self.page: SearchPage | None = None
        self.filters = Filters()
        self._generation = 0
        self._offset = 0
        self._stop_index = threading.Event()
        self._index_thread: threading.Thread | None = None
        self.setWindowTitle(tr("Find transactions — {book}").format(book=book.display_name))
        self.resize(1180, 680)
        self._build()
        from ui.common.events import hub

        self._hub = hub()
        self._hub.book_changed.connect(self._book_changed)
        if build_index:
            self._start_index()
        if synchronous:
            self.search()
        else:
            QTimer.singleShot(0, self.search)

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        info = self.book.info
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Payee, memo, reference or line memo"))
        self.text.setToolTip(tr("Capitals and accents do not matter: nomina finds Nómina."))
        self.text.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.addItem(tr("Any category"), None)
        from app.ledger.accounts import list_accounts
        from app.ledger.categories import list_categories

        for cat in list_categories(self.book, with_counts=False):
            self.category.addItem(cat.full_name + (tr(" (archived)") if cat.archived else ""),
                                  cat.id)
        self.subcategories = QCheckBox(tr("and below"))
        self.subcategories.setChecked(True)
        self.subcategories.setToolTip(tr("Also lines in the categories below this one"))
        self.account = QComboBox()
        self.account.addItem(tr("Any account"), None)
        for acc in list_accounts(self.book):
            self.account.addItem(acc.name, acc.id)
        self.use_from = QCheckBox(tr("From"))
        self.use_to = QCheckBox(tr("To"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        today = QDate.currentDate()
        self.date_from.setDate(today.addYears(-1))
        self.date_to.setDate(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setLocale(QLocale(info.locale))
            edit.setDisplayFormat(Formats(info).qt_date_format)
            edit.setEnabled(False)
        self.amount_min = QLineEdit()
        self.amount_max = QLineEdit()
        sample = format_cell(-123456, "amount", info.exp, info.locale)
        self.amount_min.setPlaceholderText(tr("e.g. {amount}").format(amount=sample))
        self.amount_max.setPlaceholderText(tr("e.g. {amount}").format(amount=sample))
        self.splits = QComboBox()
        for title, value in ((tr("Any lines"), None), (tr("Split"), True),
                             (tr("Single category"), False)):
            self.splits.addItem(title, value)
        self.cleared = QComboBox()
        for title, value in ((tr("Cleared or not"), None), (tr("Cleared"), True),
                             (tr("Not cleared"), False)):
            self.cleared.addItem(title, value)
        clear = QPushButton(tr("Clear filters"))
        clear.clicked.connect(self.clear_filters)

        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Text")), 0, 0)
        grid.addWidget(self.text, 0, 1, 1, 3)
        grid.addWidget(QLabel(tr("Category")), 0, 4)
        grid.addWidget(self.category, 0, 5)
        grid.addWidget(self.subcategories, 0, 6)
        grid.addWidget(QLabel(tr("Account")), 0, 7)
        grid.addWidget(self.account, 0, 8)
        grid.addWidget(self.use_from, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(self.use_to, 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        grid.addWidget(QLabel(tr("Amount")), 1, 4)
        amounts = QHBoxLayout()
        amounts.addWidget(self.amount_min)
        amounts.addWidget(QLabel("–"))
        amounts.addWidget(self.amount_max)
        grid.addLayout(amounts, 1, 5, 1, 2)
        grid.addWidget(self.splits, 1, 7)
        grid.addWidget(self.cleared, 1, 8)
        grid.addWidget(clear, 1, 9)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(5, 2)
        self.error = QLabel()
        self.error.setStyleSheet("color: #A3262A")
        self.error.hide()

        self.model = HitsModel(self.book, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.view.setToolTip(tr("Double-click (or Enter) to open the transaction"))

        self.total = QLabel()
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QPushButton(tr("Show more"))
        self.more.clicked.connect(self.show_more)
        self.more.hide()
        self.index_note = QLabel()
        self.index_note.setStyleSheet("color: #555")
        self.index_note.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.total, 1)
        footer.addWidget(self.index_note)
        footer.addWidget(self.more)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.setCentralWidget(central)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        self.text.textChanged.connect(self._timer.start)
        self.amount_min.textChanged.connect(self._timer.start)
        self.amount_max.textChanged.connect(self._timer.start)
        for combo in (self.category, self.account, self.splits, self.cleared):
            combo.currentIndexChanged.connect(self.search)
        self.subcategories.toggled.connect(self.search)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        for check in (self.use_from, self.use_to):
            check.toggled.connect(self.search)
        self.date_from.dateChanged.connect(self._timer.start)
        self.date_to.dateChanged.connect(self._timer.start)

    # ---------------------------------------------------------------- filters

    def read_filters(self) -> Filters:
        """The filters as typed; raises BadInput naming the field that is wrong."""
        from app.money import parse_amount

        info = self.book.info
        low = self.amount_min.text().strip()
        high = self.amount_max.text().strip()
        amount_min = parse_amount(low, info.exp, info.locale, tr("Amount from")) if low \
            else None
        amount_max = parse_amount(high, info.exp, info.locale, tr("Amount to")) if high \
            else None
        if amount_min is not None and amount_max is not None and amount_min > amount_max:
            amount_min, amount_max = amount_max, amount_min
        start = self.date_from.date().toString("yyyy-MM-dd") if self.use_from.isChecked() \
            else None
        end = self.date_to.date().toString("yyyy-MM-dd") if self.use_to.isChecked() else None
        if start and end and start > end:
            start, end = end, start
        return Filters(
            account_id=self.account.currentData(), date_from=start, date_to=end,
            text=self.text.text().strip() or None, category_id=self.category.currentData(),
            amount_min=amount_min, amount_max=amount_max,
            has_splits=self.splits.currentData(), cleared=self.cleared.currentData(),
            include_subcategories=self.subcategories.isChecked(),
        )

    def set_filters(self, *, text: str | None = None, category_id: int | None = None,
                    account_id: int | None = None, amount_min: str | None = None,
                    amount_max: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, has_splits: bool | None = None,
                    cleared: bool | None = None) -> None:
        """Fill the filter fields from code (tests, "find in category" from a report) and
        search once."""
        widgets: list[QWidget] = [self.text, self.category, self.account, self.amount_min,
                                  self.amount_max, self.use_from, self.use_to,
                                  self.date_from, self.date_to, self.splits, self.cleared]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.text.setText(text or "")
            self.category.setCurrentIndex(max(self.category.findData(category_id), 0))
            self.account.setCurrentIndex(max(self.account.findData(account_id), 0))
            self.amount_min.setText(amount_min or "")
            self.amount_max.setText(amount_max or "")
            for check, edit, value in ((self.use_from, self.date_from, date_from),
                                       (self.use_to, self.date_to, date_to)):
                check.setChecked(value is not None)
                edit.setEnabled(value is not None)
                if value:
                    edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))
            self.splits.setCurrentIndex(max(self.splits.findData(has_splits), 0))
            self.cleared.setCurrentIndex(max(self.cleared.findData(cleared), 0))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.search()

    def clear_filters(self) -> None:
        self.set_filters()

    # ---------------------------------------------------------------- searching

    def search(self) -> None:
        from app.ledger.search import search, summarize

        self._timer.stop()
        try:
            filters = self.read_filters()
        except BadInput as exc:
            self.error.setText(f"{exc.field}: {exc.reason}")
            self.error.show()
            return
        self.error.hide()
        self.filters = filters
        self._generation += 1
        generation = self._generation
        self._offset = 0
        self.busy = True
        self.summary = None
        self.total.setText(tr("Searching…"))
        book = self.book
        run_query(self, lambda: search(book, filters, limit=PAGE),
                  lambda page: self._show(generation, page, append=False),
                  lambda exc: self._failed(generation, exc), self.synchronous)
        run_query(self, lambda: summarize(book, filters),
                  lambda summary: self._summarized(generation, summary),
                  lambda exc: self._failed(generation, exc), self.synchronous)

    def show_more(self) -> None:
        from app.ledger.search import search

        if self.page is None or not self.page.more:
            return
        generation = self._generation
        self._offset += PAGE
        filters, offset, book = self.filters, self._offset, self.book
        run_query(self, lambda: search(book, filters, limit=PAGE, offset=offset),
                  lambda page: self._show(generation, page, append=True),
                  lambda exc: self._failed(generation, exc), self.synchronous)

    def _show(self, generation: int, page: SearchPage, *, append: bool) -> None:
        if generation != self._generation:
            return
        self.page = page
        self.model.set_hits(list(page.hits), self.filters.category_id is not None,
                            append=append)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.more.setVisible(page.more)
        self._update_total()
        self.results_shown.emit()

    def _summarized(self, generation: int, summary: SearchSummary) -> None:
        if generation != self._generation:
            return
        self.summary = summary
        self.busy = False
        self._update_total()

    def _update_total(self) -> None:
        info = self.book.info
        shown = len(self.model.hits)
        if self.summary is None:
            self.total.setText(plural(shown, tr("1 shown · counting…"),
                                      tr("{shown} shown · counting…")).format(
                shown=format_cell(shown, "count", 0, info.locale)))
            return
        n = self.summary.count
        count = format_cell(n, "count", 0, info.locale)
        total = format_cell(self.summary.total, "amount", info.exp, info.locale)
        if self.filters.category_id is not None:
            text = plural(n, tr("1 transaction · total of the matching lines: {total}"),
                          tr("{count} transactions · total of the matching lines: {total}"))
        else:
            text = plural(n, tr("1 transaction · total: {total}"),
                          tr("{count} transactions · total: {total}"))
        text = text.format(count=count, total=total)
        if shown < self.summary.count:
            text += " · " + tr("showing the newest {shown}").format(
                shown=format_cell(shown, "count", 0, info.locale))
        self.total.setText(text)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from ui.common.operations import describe_error

        self.busy = False
        self.error.setText(describe_error(exc))
        self.error.show()

    def _book_changed(self, changes: Any) -> None:
        if changes.touches("transactions", "categories", "accounts"):
            self._timer.start()

    def _activated(self, index: QModelIndex) -> None:
        txn = self.model.index(index.row(), 0).data(ID_ROLE)
        if txn is not None:
            self.transaction_activated.emit(int(txn))

    # ---------------------------------------------------------------- the text index

    def _start_index(self) -> None:
        from app.ledger import search_index

        if search_index.index_state(self.book) in ("ready", "unavailable"):
            return
        relay = _IndexRelay(self)
        relay.progressed.connect(self._index_progress, Qt.ConnectionType.QueuedConnection)
        relay.finished.connect(self._index_done, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        self.index_note.setText(tr("Preparing fast text search…"))
        self.index_note.show()
        stop = self._stop_index
        book = self.book

        def work() -> None:
            ok = search_index.build(
                book, lambda _s, _d, done, total: relay.progressed.emit(done, total),
                stop.is_set)
            if not stop.is_set():
                relay.finished.emit(ok)

        self._index_thread = threading.Thread(target=work, name="cuentas-search-index",
                                              daemon=True)
        self._index_thread.start()

    def _index_progress(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        self.index_note.setText(tr("Preparing fast text search… {percent} %").format(
            percent=percent))

    def _index_done(self, ok: bool) -> None:
        self.index_note.setVisible(not ok)
        if not ok:
            self.index_note.setText(tr("Text search works without its index for now"))

    def wait_for_index(self, timeout: float = 60) -> None:
        if self._index_thread is not None:
            self._index_thread.join(timeout)

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self._hub.book_changed.disconnect(self._book_changed)
        except (RuntimeError, TypeError):
            pass
        self._stop_index.set()
        if self._index_thread is not None:
            self._index_thread.join(5)
        super().closeEvent(event)


def open_search(parent: QWidget | None, book: Book) -> SearchWindow:
    """Open (and show) the search window; the caller connects `transaction_activated`."""
    window = SearchWindow(book, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
