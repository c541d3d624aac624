"""The register of one account: quick filter, the windowed table, inline entry.

`RegisterPanel` owns a `RegisterModel` and turns what the user does in the table
into undoable commands (`ui.common.undo`): Enter in an edited row saves it, Esc drops it,
leaving an edited row saves it too (as registers do), clicking the C column marks a
movement cleared. Errors from the services are shown under the table, naming the
field, and the offending cell turns red. Opening an account scrolls to its newest
movements. Sorting or filtering a big account is taken off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput, CuentasError
from app.ledger.register import RegisterQuery, RegisterSnapshot, open_register, payees, position_of
from app.ledger.transactions import LineInput, TransactionInput, get_transaction
from app.store.book import Book
from ui.common import operations
from ui.common.delegates import LineDelegate
from ui.common.events import OpChanges, hub
from ui.common.formats import Formats
from ui.common.style import ERROR_STYLE, MUTED_STYLE
from ui.common.targets import Targets
from ui.common.translate import tr
from ui.common.undo import BookUndo, SaveTransaction, SetCleared
from ui.main.register_model import (
    BALANCE,
    CATEGORY,
    CLEARED,
    DATE,
    IN,
    MEMO,
    OUT,
    PAYEE,
    REF,
    Draft,
    RegisterModel,
)

if TYPE_CHECKING:
    from ui.common.context import Features

#: Above this many rows, the register is retaken off the UI thread after a change (the
#: account's sum takes ~100-200 ms at 400,000 rows); meanwhile it shows what it had.
BACKGROUND_REFRESH = 20_000

#: Which register column shows an error about a service field.
FIELD_COLUMNS = {"date": DATE, "reference": REF, "payee": PAYEE, "memo": MEMO,
                 "category": CATEGORY, "amount": OUT, "lines": OUT, "account": CATEGORY}


def column_for(field: str) -> int:
    if field.startswith("lines["):
        _, _, rest = field.partition(".")
        return FIELD_COLUMNS.get(rest or "lines", OUT)
    return FIELD_COLUMNS.get(field, OUT)


class RegisterView(QTableView):
    """The table: Enter saves the row being edited or opens the transaction; Esc
    drops the edits; Tab walks the cells.

    Typing starts an edit on the new-transaction row only: a saved row is edited with
    F2 (in place), Enter or a double click (in the editor), so keys meant for another
    field never replace what a saved transaction says (`typing_refused` asks the
    panel to say so)."""

    activated_row = Signal(int)  # Enter / double click on a saved row
    typing_refused = Signal()  # a key typed on a saved row, which does not edit it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.doubleClicked.connect(self._double_clicked)

    def register_model(self) -> RegisterModel:
        model = self.model()
        assert isinstance(model, RegisterModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.register_model()
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self.currentIndex().row()
            if model.draft is not None:
                model.submit()
            elif row == model.entry_row:  # a new one starts at its first field
                first = model.index(row, DATE)
                self.setCurrentIndex(first)  # Tab walks on from here: Ref., Payee, …
                self.edit(first)
            elif row >= 0:
                self.activated_row.emit(row)
            event.accept()
            return
        if not editing and key == Qt.Key.Key_Escape and model.draft is not None:
            model.revert()
            event.accept()
            return
        super().keyPressEvent(event)

    def edit(self, index: QModelIndex,  # type: ignore[override]
             trigger: QAbstractItemView.EditTrigger | None = None,
             event: QEvent | None = None) -> bool:
        if trigger is None:  # the public edit(index)
            super().edit(index)
            return True
        model = self.register_model()
        typed = trigger == QAbstractItemView.EditTrigger.AnyKeyPressed
        if (typed or trigger == QAbstractItemView.EditTrigger.SelectedClicked) \
                and index.isValid() and index.row() != model.entry_row \
                and index.column() != CLEARED:  # a click or Space still ticks C
            if typed:
                self.typing_refused.emit()
            return False
        return super().edit(index, trigger, event)  # type: ignore[arg-type]  # may be None

    def keyboardSearch(self, search: str) -> None:
        """Typing on a saved row does nothing (no jump to a row that starts so)."""

    def _double_clicked(self, index: QModelIndex) -> None:
        model = self.register_model()
        if index.row() != model.entry_row and index.column() != CLEARED:
            self.activated_row.emit(index.row())


class RegisterPanel(QWidget):
    """Filter box, account heading, the register table and its error line."""

    selection_changed = Signal()
    open_requested = Signal(int)  # txn id: open it in the transaction editor
    context_requested = Signal(object)  # global QPoint
    new_account_requested = Signal()  # the button of the empty state (a book with no account)
    message = Signal(str)  # a passing word for the status bar

    def __init__(self, book: Book, formats: Formats, undo: BookUndo, targets: Targets,
                 parent: QWidget | None = None,
                 features: Callable[[], Features] | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.formats = formats
        self.undo = undo
        self.targets = targets
        self.account_id: int | None = None
        self._payees: list[str] = []
        self._leaving = False  # the draft is being saved because the user left its row
        self._refreshing = 0  # generation of the background refresh in flight (0: none)
        self._refresh_generation = 0
        self._pending_select: int | None = None
        from PySide6.QtCore import QStringListModel

        self._payee_model = QStringListModel(self)

        self.title = QLabel()
        self.title.setObjectName("registerTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.balance = QLabel()
        self.balance.setObjectName("registerBalance")
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bfont = self.balance.font()
        bfont.setPointSizeF(bfont.pointSizeF() * 1.25)
        self.balance.setFont(bfont)
        self.filter = QLineEdit()
        self.filter.setObjectName("registerFilter")
        self.filter.setPlaceholderText(tr("Filter: payee, memo, reference, category (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(tr("Capitals and accents do not matter: nomina finds Nómina."))
        self.filter.setAccessibleName(tr("Filter the register"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter.returnPressed.connect(self._filter_return)

        self.model = RegisterModel(book, formats, self, features=features)
        self.view = RegisterView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Register"))
        self.view.setItemDelegate(LineDelegate(
            self.view, right=(OUT, IN),
            completers={CATEGORY: targets.completer, PAYEE: self._payee_completer},
            hints={DATE: formats.date_hint}, strict=(CATEGORY,)))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.context_requested.emit(self.view.viewport().mapToGlobal(pos)))
        self._set_column_widths()

        self.error = QLabel()
        self.error.setObjectName("registerError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.balance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_state(), 1)
        layout.addWidget(self.error)

        # Queued: submit() is called from inside the view's closeEditor; saving resets
        # the model, which is safer once the view has finished with the editor.
        self.model.draft_submitted.connect(self.save_draft, Qt.ConnectionType.QueuedConnection)
        self.model.cleared_toggled.connect(self._toggle_cleared)
        self.model.query_requested.connect(self.set_query)
        self.model.modelReset.connect(self._after_reset)
        self.view.activated_row.connect(self._activated)
        self.view.typing_refused.connect(lambda: self.message.emit(tr(
            "Typing does not change a saved transaction: F2 edits it here, Enter opens it")))
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        hub().operation_did_execute.connect(self._on_operation)

    # ---------------------------------------------------------------- layout
    def _set_column_widths(self) -> None:
        fm = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(24)
        widths = {DATE: fm.horizontalAdvance("00/00/00000") + 14,
                  REF: fm.horizontalAdvance("LIQ-0000000") + 10,
                  PAYEE: fm.horizontalAdvance("Importadora Núñez & Hij") + 10,
                  CATEGORY: fm.horizontalAdvance("Gastos:Servicios:Internet") + 12,
                  CLEARED: 28,
                  OUT: fm.horizontalAdvance("00,000,000.00") + 14,
                  IN: fm.horizontalAdvance("00,000,000.00") + 14,
                  BALANCE: fm.horizontalAdvance("-000,000,000.00") + 14}
        for col, width in widths.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(MEMO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CLEARED, QHeaderView.ResizeMode.Fixed)

    def _payee_completer(self, parent: QWidget) -> QCompleter | None:
        completer = self.targets.completer(parent)
        if completer is None:
            return None
        if not self._payees and self.account_id is not None:
            self._payees = payees(self.book)
            self._payee_model.setStringList(self._payees)
        completer.setModel(self._payee_model)
        return completer

    # ---------------------------------------------------------------- showing
    def empty_state(self) -> QWidget:
        """What a book with no account shows instead of an empty table: a way on."""
        self.empty = QWidget()
        self.empty.setObjectName("registerEmpty")
        text = QLabel(tr("Add the bank account, cash box or card you pay with; its "
                         "movements are entered here."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet(MUTED_STYLE)
        self.new_account_button = QPushButton(tr("New account…"))
        self.new_account_button.setObjectName("emptyNewAccount")
        self.new_account_button.setDefault(True)
        self.new_account_button.clicked.connect(self.new_account_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_account_button)
        row.addStretch(1)
        box = QVBoxLayout(self.empty)
        box.addStretch(1)
        box.addWidget(text)
        box.addSpacing(8)
        box.addLayout(row)
        box.addStretch(2)
        self.empty.hide()
        return self.empty

    def show_account(self, account_id: int | None, title: str = "") -> None:
        none = account_id is None
        self.empty.setVisible(none)
        self.view.setVisible(not none)
        self.filter.setVisible(not none)
        self.account_id = account_id
        self._refreshing = 0
        self.title.setText(title)
        self.error.hide()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._pending_scroll_end = True
        self.set_query(RegisterQuery(account_id) if account_id is not None else None)

    def set_query(self, query: RegisterQuery | None) -> None:
        """Natural order opens synchronously (fast); a sort or filter over a big
        account runs off the UI thread and shows when ready."""
        keep = self.current_txn_id()
        if query is None or query.natural or self.model.count < 5000:
            self.model.set_query(query)
            self._reselect(keep)
            return
        self.view.setEnabled(False)

        def done(snapshot: RegisterSnapshot) -> None:
            self.view.setEnabled(True)
            if self.account_id == snapshot.query.account_id:
                self.model.set_snapshot(snapshot)
                self._reselect(keep)

        def failed(exc: BaseException) -> None:
            self.view.setEnabled(True)
            operations.show_error(self, exc)

        (operations.QueryOp(self, lambda _p: open_register(self.book, query))
         .success(done).failure(failed).with_progress(tr("Sorting…")).run_in_background())

    def _after_reset(self) -> None:
        snap = self.model.snapshot
        header = self.view.horizontalHeader()
        if snap is not None:
            cols = {"date": DATE, "reference": REF, "payee": PAYEE, "category": CATEGORY,
                    "memo": MEMO, "cleared": CLEARED, "amount": OUT}
            header.blockSignals(True)
            header.setSortIndicator(cols[snap.query.sort],
                                    Qt.SortOrder.DescendingOrder if snap.query.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            self.view.setColumnHidden(BALANCE, snap.query.sort != "date")
            self.balance.setText(self.formats.money(snap.balance))
            self.balance.setStyleSheet(ERROR_STYLE if snap.balance < 0 else "")
        else:
            self.balance.setText("")
        if getattr(self, "_pending_scroll_end", False):
            self._pending_scroll_end = False
            self.scroll_to_newest()

    def scroll_to_newest(self) -> None:
        model = self.model
        if model.snapshot is None:
            return
        descending = model.snapshot.query.descending
        row = 0 if descending else max(model.count - 1, 0)
        if model.count == 0:
            row = model.entry_row
        if row < 0:
            return
        if descending:
            self.view.scrollToTop()
        else:
            self.view.scrollToBottom()
        self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, PAYEE)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _reselect(self, txn_id: int | None) -> None:
        if txn_id is None or self.model.snapshot is None:
            return
        row = position_of(self.book, self.model.snapshot, txn_id)
        if row is not None:
            self.select_row(row)

    def _apply_filter(self) -> None:
        q = self.model.query
        if q is None:
            return
        text = self.filter.text()
        if text != q.text:
            self.set_query(replace(q, text=text))

    def _filter_return(self) -> None:
        self._filter_timer.stop()
        self._apply_filter()
        self.view.setFocus()

    # ---------------------------------------------------------------- selection
    def current_txn_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_txn_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.id_at(r) for r in rows]
        found = [i for i in ids if i is not None]
        if not found:
            current = self.current_txn_id()
            return [current] if current is not None else []
        return found

    def _activated(self, row: int) -> None:
        txn_id = self.model.id_at(row)
        if txn_id is not None:
            self.open_requested.emit(txn_id)

    # ---------------------------------------------------------------- saving
    def draft_input(self, draft: Draft) -> tuple[TransactionInput, int | None]:
        """The transaction a draft row stands for; BadInput names the bad field."""
        assert self.account_id is not None
        def value(col: int) -> str:
            return self.model.value(draft, col)

        when = self.formats.parse_date(value(DATE), "date")
        current = get_transaction(self.book, draft.txn_id) if draft.txn_id else None
        payee, memo, reference = value(PAYEE).strip(), value(MEMO).strip(), value(REF).strip()
        if current is not None and current.is_split:
            return replace(current.as_input(), date=when, payee=payee, memo=memo,
                           reference=reference, cleared=draft.cleared), draft.txn_id
        out_text, in_text = value(OUT).strip(), value(IN).strip()
        if not out_text and not in_text:
            raise BadInput("amount", "", tr("is missing: type a payment or a deposit"))
        amount = (self.formats.parse_amount(in_text) if in_text else 0) - (
            self.formats.parse_amount(out_text) if out_text else 0)
        category_id, transfer_id = self.targets.resolve(value(CATEGORY), "category",
                                                        own_account=self.account_id)
        line = LineInput(amount=amount, category_id=category_id, transfer_account_id=transfer_id)
        if current is not None:
            old = current.lines[0]
            line = replace(line, memo=old.memo, tax_rate_bp=old.tax_rate_bp,
                           taxable_base=old.taxable_base, id=old.id)
        data = TransactionInput(account_id=self.account_id, date=when, amount=amount,
                                lines=(line,), payee=payee, memo=memo, reference=reference,
                                cleared=draft.cleared)
        return data, draft.txn_id

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Leaving a row with unsaved edits saves them, as registers do (an open cell
        editor already submits through the view; this covers edits already committed)."""
        draft = self.model.draft
        if draft is not None and previous.row() == draft.row and current.row() != draft.row:
            self._leaving = True
            self.model.submit()

    def save_draft(self) -> bool:
        leaving, self._leaving = self._leaving, False
        draft = self.model.draft
        if draft is None:
            return True
        try:
            data, txn_id = self.draft_input(draft)
            command = SaveTransaction(self.undo, data, txn_id)
            self.undo.push(command)
        except CuentasError as exc:
            self.show_error(exc)
            return False
        self.error.hide()
        if command.saved is not None and not leaving:  # else: stay where the user went
            if txn_id is None:  # ready for the next one
                self._pending_select = None
                QTimer.singleShot(0, lambda: self.select_row(self.model.entry_row))
            else:
                self.select_txn(command.saved.id)
        return True

    def show_error(self, exc: BaseException) -> None:
        field = getattr(exc, "field", "")
        self.model.error_column = column_for(field) if field else None
        if self.model.draft is not None and self.model.error_column is not None:
            row = self.model.draft.row
            self.view.setCurrentIndex(self.model.index(row, self.model.error_column))
            self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, BALANCE))
        self.error.setText(self._describe(exc))
        self.error.show()

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, BadInput):
            names = {DATE: tr("Date"), REF: tr("Reference"), PAYEE: tr("Payee"),
                     CATEGORY: tr("Category"), MEMO: tr("Memo"), OUT: tr("Amount")}
            name = names.get(column_for(exc.field), exc.field)
            shown = f" ({exc.value})" if exc.value not in ("", None) else ""
            return f"{name}: {exc.reason}{shown}"
        return operations.describe_error(exc)

    def _toggle_cleared(self, txn_id: int, cleared: bool) -> None:
        try:
            self.undo.push(SetCleared(self.undo, [txn_id], cleared))
        except CuentasError as exc:
            self.show_error(exc)

    def discard_draft(self) -> None:
        self.model.revert()
        self.error.hide()

    # ---------------------------------------------------------------- refresh
    def _on_operation(self, changes: OpChanges, _initiator: object) -> None:
        if self.account_id is None or not changes.touches("transactions", "accounts"):
            return
        self.refresh()

    def refresh(self) -> None:
        """Retake the snapshot after a change: at once for an ordinary account, off the
        UI thread for a big one (the newest request wins)."""
        keep = self.current_txn_id()
        bar = self.view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        self._payees = []
        query = self.model.query
        if query is None:
            return
        if self.model.count < BACKGROUND_REFRESH:
            self.model.refresh()
            self._after_refresh(keep, at_end)
            return
        self._refresh_generation += 1
        generation = self._refreshing = self._refresh_generation
        self._pending_select = keep

        def done(snapshot: RegisterSnapshot) -> None:
            if generation != self._refreshing or self.model.query != snapshot.query:
                return  # a newer refresh, or another account, took over
            self._refreshing = 0
            self.model.set_snapshot(snapshot)
            self._after_refresh(self._pending_select, at_end)

        def failed(exc: BaseException) -> None:
            if generation == self._refreshing:
                self._refreshing = 0
            operations.show_error(self, exc)

        (operations.QueryOp(self, lambda _p: open_register(self.book, query))
         .success(done).failure(failed).run_in_background())

    def _after_refresh(self, keep: int | None, at_end: bool) -> None:
        if keep is not None:
            self._reselect(keep)
        elif at_end:
            self.scroll_to_newest()

    def select_txn(self, txn_id: int) -> None:
        """Select a transaction now, or once the refresh in flight has arrived."""
        if self._refreshing:
            self._pending_select = txn_id
        else:
            self._reselect(txn_id)
