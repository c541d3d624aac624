"""The History of one transaction: every change, who made it, when, before and after.

Reads `app.admin.audit.transaction_history` (the audit rows written with each change)
and shows values as people read them: amounts and dates in the book's locale,
categories and accounts by name, one split line per text line. A deleted
transaction keeps its history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.admin.audit import AuditRecord, Names, show_lines, show_value, transaction_history
from app.errors import BadInput
from app.ledger.transactions import get_transaction
from app.store.book import Book
from ui.common.formats import Formats
from ui.common.style import MUTED_STYLE
from ui.common.translate import tr

DATE_FIELDS = frozenset({"date", "valid_from", "valid_to"})


def field_title(field: str) -> str:
    titles = {
        "date": tr("Date"), "payee": tr("Payee"), "memo": tr("Memo"),
        "reference": tr("Reference"), "amount": tr("Amount"), "cleared": tr("Cleared"),
        "account_id": tr("Account"), "lines": tr("Lines"), "transfer_of": tr("Transfer of"),
        "reason": tr("Why"), "name": tr("Name"), "kind": tr("Kind"), "role": tr("Role"),
        "group": tr("Rollout group"), "login": tr("Login"), "stage": tr("Stage"),
        "value": tr("Value"), "opening": tr("Opening balance"), "archived": tr("Archived"),
        "transfer_account_id": tr("Transfer account"), "currency": tr("Currency"),
    }
    return titles.get(field, field.replace("_", " ").capitalize())


def action_title(action: str) -> str:
    return {"create": tr("Created"), "update": tr("Changed"),
            "delete": tr("Deleted")}.get(action, action.capitalize())


def readable(field: str, value: Any, names: Names, formats: Formats) -> str:
    """A value of the trail for a person: dates and amounts in the book's locale."""
    if field in DATE_FIELDS and isinstance(value, str) and value:
        return formats.date(value)
    if field == "lines" and isinstance(value, list):
        return "\n".join(show_lines(value, names)) or "—"
    return show_value(field, value, names)


def when(record: AuditRecord, formats: Formats) -> str:
    local = record.local_time()
    return f"{formats.date(local.date().isoformat())} {local.strftime('%H:%M')}"


class HistoryDialog(QDialog):
    """Every recorded change of one transaction, oldest first."""

    def __init__(self, book: Book, txn_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book, self.txn_id = book, txn_id
        self.formats = Formats(book.info)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of transaction {id}").format(id=txn_id))
        self.resize(760, 520)

        self.heading = QLabel()
        self.heading.setObjectName("historyHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Before"), self.tr("After")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 2px 0; }")
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 180)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No changes have been recorded for this transaction."))
        self.empty.setStyleSheet(MUTED_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            txn = get_transaction(self.book, self.txn_id)
        except BadInput:
            self.heading.setText(self.tr("Transaction {id} was deleted; its history is kept.")
                                 .format(id=self.txn_id))
        else:
            self.heading.setText(self.tr("{date} · {payee} · {amount} in {account}").format(
                date=self.formats.date(txn.date), payee=txn.payee or self.tr("(no payee)"),
                amount=self.formats.amount(txn.amount), account=txn.account))
        self.records = transaction_history(self.book, self.txn_id)
        self.show_records(self.records)

    def show_records(self, records: Sequence[AuditRecord]) -> None:
        names = Names.of(self.book)
        self.tree.clear()
        for record in records:
            what = action_title(record.action)
            if record.entity != "transaction":
                what = self.tr("{action} (a line changed from its transfer)").format(action=what)
            top = QTreeWidgetItem([self.tr("{when} — {user}: {what}").format(
                when=when(record, self.formats), user=record.user, what=what)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            for change in record.changes:
                child = QTreeWidgetItem([
                    field_title(change.field),
                    "" if record.action == "create" else readable(
                        change.field, change.before, names, self.formats),
                    "" if record.action == "delete" else readable(
                        change.field, change.after, names, self.formats),
                ])
                for col in (0, 1, 2):
                    child.setToolTip(col, child.text(col))
                    child.setTextAlignment(col, Qt.AlignmentFlag.AlignLeft
                                           | Qt.AlignmentFlag.AlignTop)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.tree.setCurrentIndex(QModelIndex())
        self.empty.setVisible(not records)


def busiest_transaction(book: Book) -> int | None:
    """The existing transaction with the most recorded changes (for screenshots)."""
    from app.admin.audit import AuditFilter, find_entries

    counts: dict[str, int] = {}
    for record in find_entries(book, AuditFilter(entity="transaction"), limit=5000):
        counts[record.entity_id] = counts.get(record.entity_id, 0) + 1
    for entity_id, _n in sorted(counts.items(), key=lambda kv: -kv[1]):
        try:
            return get_transaction(book, int(entity_id)).id
        except (BadInput, ValueError):
            continue
    return None
