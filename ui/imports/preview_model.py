"""The preview table: one row per row of the file, with whether it will be imported.

A plain `QAbstractTableModel` over the preview's rows (a 100,000-row statement is a
100,000-row model: Qt asks only for what is on screen). The first column is a check
box: new rows start checked, duplicates unchecked (tick one to import it anyway),
invalid rows cannot be ticked. `set_filter` shows one status only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.imports.preview import DUPLICATE, INVALID, NEW, Preview, PreviewRow
from ui.common.formats import Formats
from ui.common.translate import plural, tr

Index = QModelIndex | QPersistentModelIndex
COLORS = {NEW: QColor("#1b7a3d"), DUPLICATE: QColor("#6b6b6b"), INVALID: QColor("#b3261e")}


def status_name(status: str) -> str:
    return {NEW: tr("New"), DUPLICATE: tr("Duplicate"), INVALID: tr("Invalid")}.get(status,
                                                                                    status)


class PreviewModel(QAbstractTableModel):
    COLUMNS = ("import", "status", "line", "date", "payee", "amount", "lines", "notes")

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.preview: Preview | None = None
        self.rows: list[PreviewRow] = []
        self.visible: list[int] = []
        self.included: set[int] = set()
        self.filter = ""

    # ---------------------------------------------------------------- data in
    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.rows = list(preview.rows) if preview is not None else []
        self.included = {row.index for row in self.rows if row.status == NEW}
        self._refilter()
        self.endResetModel()

    def set_filter(self, status: str) -> None:
        self.beginResetModel()
        self.filter = status
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        self.visible = [i for i, row in enumerate(self.rows)
                        if not self.filter or row.status == self.filter]

    def row_at(self, row: int) -> PreviewRow | None:
        return self.rows[self.visible[row]] if 0 <= row < len(self.visible) else None

    def include_all(self, status: str, on: bool) -> None:
        """Tick (or untick) every row of `status` (new or duplicate)."""
        for row in self.rows:
            if row.status == status:
                (self.included.add if on else self.included.discard)(row.index)
        if self.visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.visible) - 1, 0))

    @property
    def chosen(self) -> list[int]:
        return sorted(self.included)

    # ---------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Import"), tr("Status"), tr("Line"), tr("Date"), tr("Payee"), tr("Amount"),
                tr("Category or lines"), tr("Why"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(index.row())
        if index.column() == 0 and row is not None and row.status != INVALID:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "import":
            if row.status == INVALID:
                return Qt.CheckState.Unchecked
            return (Qt.CheckState.Checked if row.index in self.included
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(COLORS.get(row.status, QColor("black")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("amount", "line"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row())
        if row is None or role != Qt.ItemDataRole.CheckStateRole or row.status == INVALID:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.included.add if checked else self.included.discard)(row.index)
        self.dataChanged.emit(index, index)
        return True

    def _text(self, row: PreviewRow, column: str) -> str:
        if column == "status":
            return status_name(row.status)
        if column == "line":
            return str(row.line)
        if column == "date":
            return self.formats.date(row.date) if row.date else ""
        if column == "payee":
            if row.opening:
                return tr("Opening balance of {account}").format(account=row.account)
            return row.payee
        if column == "amount":
            return self.formats.amount(row.amount) if row.amount is not None else ""
        if column == "lines":
            return self._lines(row)
        if column == "notes":
            return row.reason or "; ".join(row.warnings)
        return ""

    def _lines(self, row: PreviewRow) -> str:
        if row.opening:
            return tr("sets the opening balance")
        if not row.lines:
            return ""
        targets = ", ".join(line.target or tr("Uncategorized") for line in row.lines)
        if row.rule:
            text = plural(len(row.lines), tr("Rule {rule}, 1 line: {targets}"),
                          tr("Rule {rule}, {n} lines: {targets}")).format(
                rule=row.rule, n=len(row.lines), targets=targets)
        elif len(row.lines) == 1:
            text = targets
        else:
            text = tr("{n} lines: {targets}").format(n=len(row.lines), targets=targets)
        if self.preview is not None and row.account != self.preview.account:
            text = tr("{lines} — in {account}").format(lines=text, account=row.account)
        return text

    def _tooltip(self, row: PreviewRow, column: str) -> str | None:
        if column == "lines" and len(row.lines) > 1:
            return "\n".join(f"{line.target or tr('Uncategorized')}: "
                             f"{self.formats.amount(line.amount)}"
                             + (f" — {line.memo}" if line.memo else "") for line in row.lines)
        if column == "notes":
            notes = [row.reason] if row.reason else []
            return "\n".join(notes + list(row.warnings)) or None
        return None
