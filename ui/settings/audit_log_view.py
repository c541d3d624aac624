"""The audit log: every recorded change of the book, newest first, filterable.

A windowed table model over `app.admin.audit.find_entries`: it loads a page of entries at
a time as the view scrolls (`canFetchMore` / `fetchMore`), so a long trail opens as
fast as a short one. Filters: a period (typed in the book's date format), who, and
what kind of thing changed. A double click on a transaction opens its History.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.admin.audit import (
    AuditFilter,
    AuditRecord,
    Names,
    audit_entities,
    audit_users,
    count_entries,
    find_entries,
)
from app.errors import CuentasError
from app.store.book import Book
from ui.common import operations
from ui.common.events import hub
from ui.common.formats import Formats
from ui.common.style import ERROR_STYLE, MUTED_STYLE
from ui.common.translate import plural, tr
from ui.editing.history_dialog import HistoryDialog, action_title, field_title, readable, when

Index = QModelIndex | QPersistentModelIndex
WHEN, USER, ACTION, WHAT, CHANGES = range(5)
PAGE = 200


def entity_title(entity: str) -> str:
    return {"transaction": tr("Transaction"), "account": tr("Account"),
            "category": tr("Category"), "line": tr("Split line"), "user": tr("Profile"),
            "feature_flag": tr("Feature"), "setting": tr("Setting"),
            "tax_rate": tr("Tax rate"), "template": tr("Template")}.get(
        entity, entity.replace("_", " ").capitalize())


class AuditLogModel(QAbstractTableModel):
    """Entries matching a filter, fetched a page at a time."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.formats = Formats(book.info)
        self.filter = AuditFilter()
        self.records: list[AuditRecord] = []
        self.total = 0
        self._names: Names | None = None
        self._texts: dict[int, tuple[str, str]] = {}

    def set_filter(self, f: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = f
        self.formats = Formats(self.book.info)
        self._names = None
        self._texts.clear()
        self.total = count_entries(self.book, f)
        self.records = find_entries(self.book, f, limit=PAGE)
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.records) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = find_entries(self.book, self.filter, limit=PAGE, offset=len(self.records))
        if not more:
            self.total = len(self.records)
            return
        self.beginInsertRows(QModelIndex(), len(self.records), len(self.records) + len(more) - 1)
        self.records.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("When"), tr("Who"), tr("Action"), tr("What"), tr("Changes"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return record
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == WHEN:
                return when(record, self.formats)
            if col == USER:
                return record.user
            if col == ACTION:
                return action_title(record.action)
            if col == WHAT:
                name = self._name_map().entity(record.entity, record.entity_id)
                return (f"{entity_title(record.entity)}: {name}" if name
                        else f"{entity_title(record.entity)} {record.entity_id}")
            return self._changes(record)[0]
        if role == Qt.ItemDataRole.ToolTipRole and col == CHANGES:
            return self._changes(record)[1]
        return None

    def _name_map(self) -> Names:
        if self._names is None:
            self._names = Names.of(self.book)
        return self._names

    def _changes(self, record: AuditRecord) -> tuple[str, str]:
        """(one line, the full text) of a record's changes, made once per record."""
        if record.id not in self._texts:
            names, fmt = self._name_map(), self.formats
            parts = []
            for c in record.changes:
                before = readable(c.field, c.before, names, fmt)
                after = readable(c.field, c.after, names, fmt)
                if record.action == "create":
                    parts.append(f"{field_title(c.field)}: {after}")
                elif record.action == "delete":
                    parts.append(f"{field_title(c.field)}: {before}")
                else:
                    parts.append(f"{field_title(c.field)}: {before} → {after}")
            self._texts[record.id] = ("; ".join(p.replace("\n", ", ") for p in parts),
                                      "\n".join(parts))
        return self._texts[record.id]


class AuditLogView(QWidget):
    """Filters above, the log below, and how many entries match."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setObjectName("auditLogView")
        fmt = Formats(book.info)
        self.since = QLineEdit()
        self.since.setObjectName("auditSince")
        self.until = QLineEdit()
        self.until.setObjectName("auditUntil")
        for edit in (self.since, self.until):
            edit.setPlaceholderText(fmt.date_hint)
            edit.setClearButtonEnabled(True)
            edit.setMaximumWidth(140)
            edit.editingFinished.connect(self.apply_filters)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        for combo in (self.user, self.entity):
            combo.setMinimumWidth(150)
            combo.activated.connect(lambda _i: self.apply_filters())
        self.clear = QPushButton(self.tr("Show all"))
        self.clear.clicked.connect(self.clear_filters)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From:")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("Until:")))
        bar.addWidget(self.until)
        bar.addWidget(QLabel(self.tr("Who:")))
        bar.addWidget(self.user)
        bar.addWidget(QLabel(self.tr("What:")))
        bar.addWidget(self.entity)
        bar.addWidget(self.clear)
        bar.addStretch(1)

        self.error = QLabel()
        self.error.setObjectName("auditError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.model = AuditLogModel(book, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for col, sample in ((WHEN, "00/00/0000 00:00"), (USER, "Sandy Martínez"),
                            (ACTION, "Changed"), (WHAT, "Setting: Scheduled backups to keep")):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_history)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.count.setStyleSheet(MUTED_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        # A bound method, not a lambda: Qt drops the connection when the view is gone.
        hub().book_changed.connect(self._book_changed)
        self.reload()
        self.table.setFocus()

    def _fill_choices(self) -> None:
        for combo, everyone, values, title in (
            (self.user, self.tr("Everyone"), audit_users(self.book), str),
            (self.entity, self.tr("Everything"), audit_entities(self.book), entity_title),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(title(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _book_changed(self, _changes: object) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the log again (after a change anywhere), keeping the filters."""
        self._fill_choices()
        self.apply_filters()

    def current_filter(self) -> AuditFilter:
        """The filter as typed; BadInput names the field (`since`, `until`)."""
        fmt = Formats(self.book.info)
        since = fmt.parse_date(self.since.text(), "since") if self.since.text().strip() else None
        until = fmt.parse_date(self.until.text(), "until") if self.until.text().strip() else None
        return AuditFilter.checked(since=since, until=until, user=self.user.currentData(),
                                   entity=self.entity.currentData())

    def apply_filters(self) -> None:
        try:
            f = self.current_filter()
        except CuentasError as exc:
            self.error.setText(operations.describe_error(exc))
            self.error.show()
            return
        self.error.hide()
        self.model.set_filter(f)
        n = self.model.total
        self.count.setText(plural(n, self.tr("1 change"), self.tr("{n} changes")).format(
            n=self.model.formats.count(n)))

    def clear_filters(self) -> None:
        self.since.clear()
        self.until.clear()
        self.user.setCurrentIndex(0)
        self.entity.setCurrentIndex(0)
        self.apply_filters()

    def open_history(self, index: QModelIndex) -> None:
        record: AuditRecord = self.model.data(index, Qt.ItemDataRole.UserRole)
        if record is None or record.entity != "transaction" or not record.entity_id.isdigit():
            return
        dialog = HistoryDialog(self.book, int(record.entity_id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


class AuditLogDialog(QDialog):
    """The audit log in a window of its own (Tools › Audit log)."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log — {book}").format(book=book.display_name))
        self.resize(1000, 600)
        self.view = AuditLogView(book, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
