"""The accounts list: balances grouped by kind, archived accounts hidden unless asked.

Balances come from `app.ledger.accounts.list_accounts` (one aggregate query), loaded off
the UI thread after every change that touches accounts, so a book of a million
movements never freezes the window while it sums.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from app.ledger.accounts import AccountView, list_accounts
from app.store.book import Book
from ui.common import operations
from ui.common.events import OpChanges, hub
from ui.common.formats import Formats
from ui.common.style import DIM, ERROR
from ui.common.translate import plural, tr

ACCOUNT_ID = Qt.ItemDataRole.UserRole + 1
KIND_ORDER = ("bank", "cash", "credit_card", "other")


def kind_title(kind: str) -> str:
    return {"bank": tr("Bank accounts"), "cash": tr("Cash"), "credit_card": tr("Credit cards"),
            "other": tr("Other accounts")}.get(kind, kind)


class AccountsView(QTreeView):
    account_selected = Signal(object)  # AccountView | None
    accounts_loaded = Signal()

    def __init__(self, book: Book, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.formats = formats
        self.show_archived = False
        self.accounts: list[AccountView] = []
        self._model = QStandardItemModel(self)
        self._model.setHorizontalHeaderLabels([tr("Account"), tr("Balance")])
        self.setModel(self._model)
        self.setAccessibleName(tr("Accounts"))
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        hub().operation_did_execute.connect(self._on_operation)
        self._selected_id: int | None = None
        self._pending_select: int | None = None

    # ---------------------------------------------------------------- loading
    def load(self, *, background: bool = True) -> None:
        if not background:
            self._fill(list_accounts(self.book))
            return
        (operations.QueryOp(self, lambda _p: list_accounts(self.book))
         .success(self._fill).run_in_background())

    def set_show_archived(self, show: bool) -> None:
        self.show_archived = show
        self._fill(self.accounts)

    def _fill(self, accounts: list[AccountView]) -> None:
        self.accounts = accounts
        keep = self._pending_select if self._pending_select is not None else self._selected_id
        self._pending_select = None
        self.selectionModel().blockSignals(True)
        self._model.removeRows(0, self._model.rowCount())
        bold = QFont()
        bold.setBold(True)
        first: QModelIndex | None = None
        chosen: QModelIndex | None = None
        for kind in KIND_ORDER + tuple(sorted({a.kind for a in accounts} - set(KIND_ORDER))):
            shown = [a for a in accounts if a.kind == kind and (self.show_archived
                                                               or not a.archived)]
            if not shown:
                continue
            total = sum(a.balance_cents for a in shown if not a.archived)
            group = QStandardItem(kind_title(kind))
            group.setFont(bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group_total = self._amount_item(total)
            group_total.setFont(bold)
            group_total.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._model.appendRow([group, group_total])
            for a in shown:
                name = QStandardItem(a.name)
                name.setData(a.id, ACCOUNT_ID)
                name.setToolTip(plural(a.transactions, tr("1 movement"),
                                       tr("{n} movements")).format(
                    n=self.formats.count(a.transactions)))
                balance = self._amount_item(a.balance_cents)
                balance.setData(a.id, ACCOUNT_ID)
                if a.archived:
                    italic = QFont()
                    italic.setItalic(True)
                    for item in (name, balance):
                        item.setFont(italic)
                        item.setForeground(QBrush(DIM))
                    name.setText(tr("{name} (archived)").format(name=a.name))
                name.setText("    " + name.text())
                self._model.appendRow([name, balance])
                index = name.index()
                first = first or index
                if a.id == keep:
                    chosen = index
        self.selectionModel().blockSignals(False)
        self.accounts_loaded.emit()
        target = chosen or first
        if target is not None:
            self.setCurrentIndex(target)
            if chosen is None:
                self._current_changed(target, QModelIndex())
        else:
            self._selected_id = None
            self.account_selected.emit(None)

    def _amount_item(self, cents: int) -> QStandardItem:
        item = QStandardItem(self.formats.amount(cents))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if cents < 0:
            item.setForeground(QBrush(ERROR))
        return item

    # ---------------------------------------------------------------- selection
    def account(self, account_id: int | None) -> AccountView | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def select_account(self, account_id: int) -> None:
        for row in range(self._model.rowCount()):
            item = self._model.item(row, 0)
            if item.data(ACCOUNT_ID) == account_id:
                self.setCurrentIndex(item.index())
                return

    def select_account_when_loaded(self, account_id: int) -> None:
        """Select `account_id` once the list has reloaded (a new account, say)."""
        self._pending_select = account_id
        self.select_account(account_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account_id = current.siblingAtColumn(0).data(ACCOUNT_ID) if current.isValid() else None
        if account_id is None:
            return
        if account_id != self._selected_id:
            self._selected_id = account_id
            self.account_selected.emit(self.account(account_id))

    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    def _on_operation(self, changes: OpChanges, _initiator: object) -> None:
        if changes.touches("accounts", "transactions"):
            self.load()
