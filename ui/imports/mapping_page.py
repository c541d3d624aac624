"""The CSV mapping page: which column is what, with the file's first rows under it.

Everything a bank's CSV can differ in is here — encoding, delimiter, rows before the
header, the columns of the date, payee, memo and amount (one signed column, a signed
column and a debit/credit type column, or separate debit and credit columns),
reference, category and account, the date order and the decimal mark. The sample
table follows every change, its headers saying which column feeds what. A saved
mapping (per account) fills the page in one choice; a name typed under *Save as* is
saved for the account when the page is left.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import CuentasError
from app.imports.csv import CsvMapping, guess_mapping, read_rows
from app.imports.mappings import SavedMapping
from app.imports.text import read_file
from ui.common.translate import tr

SAMPLE_ROWS = 8


def role_names() -> dict[str, str]:
    return {
        "date": tr("Date"), "payee": tr("Payee"), "memo": tr("Memo"), "amount": tr("Amount"),
        "debit": tr("Debit (money out)"), "credit": tr("Credit (money in)"),
        "sign": tr("Debit/credit type"), "reference": tr("Reference"),
        "category": tr("Category"), "account": tr("Account"),
        "transaction_id": tr("Transaction id (lines of one transaction)"),
        "line_amount": tr("Line amount"), "line_memo": tr("Line memo"),
        "cleared": tr("Cleared"),
    }


class MappingPage(QWizardPage):
    """The mapping of one CSV file; `mapping()` is what the widgets say."""

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPage")
        self.setTitle(tr("Columns of the CSV file"))
        self.setSubTitle(tr("Say which column holds what. The first rows of the file show "
                            "below; a saved mapping fills everything in."))
        self.path: Path | None = None
        self.text = ""
        self.saved: list[SavedMapping] = []
        self._loading = False
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedMappings")
        self.saved_combo.activated.connect(self._use_saved)
        self.encoding = QComboBox()
        for label, value in ((tr("Automatic"), "auto"), ("UTF-8", "utf-8"),
                             ("Windows-1252", "cp1252"), ("ISO-8859-1", "latin-1")):
            self.encoding.addItem(label, value)
        self.delimiter = QComboBox()
        for label, value in ((tr("Automatic"), "auto"), (tr("Comma (,)"), ","),
                             (tr("Semicolon (;)"), ";"), (tr("Tab"), "\t"), (tr("Bar (|)"), "|")):
            self.delimiter.addItem(label, value)
        self.skip = QSpinBox()
        self.skip.setRange(0, 200)
        self.header = QCheckBox(tr("The first row names the columns"))
        self.date_order = QComboBox()
        for label, value in ((tr("Automatic"), "auto"), (tr("day/month/year"), "DMY"),
                             (tr("month/day/year"), "MDY"), (tr("year/month/day"), "YMD")):
            self.date_order.addItem(label, value)
        self.decimal = QComboBox()
        for label, value in ((tr("Automatic"), "auto"), (tr("Point (1,234.56)"), "."),
                             (tr("Comma (1.234,56)"), ",")):
            self.decimal.addItem(label, value)
        self.negate = QCheckBox(tr("Charges are positive (a card statement): turn the signs"))
        self.html = QCheckBox(tr("The text has HTML entities (&&lt;, &&amp;)"))
        self.columns: dict[str, QComboBox] = {}
        self.save_as = QLineEdit()
        self.save_as.setObjectName("saveMappingAs")
        self.save_as.setPlaceholderText(tr("a name, like BBVA CSV (optional)"))
        self.sample = QTableWidget()
        self.sample.setObjectName("mappingSample")
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().setVisible(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self._layout()
        for combo in (self.encoding, self.delimiter, self.date_order, self.decimal):
            combo.currentIndexChanged.connect(self._changed)
        self.skip.valueChanged.connect(self._changed)
        for box in (self.header, self.negate, self.html):
            box.toggled.connect(self._changed)

    def _layout(self) -> None:
        reading = QGroupBox(tr("Reading the file"))
        form = QFormLayout(reading)
        form.addRow(tr("Saved &mapping:"), self.saved_combo)
        form.addRow(tr("&Encoding:"), self.encoding)
        form.addRow(tr("&Delimiter:"), self.delimiter)
        form.addRow(tr("&Rows before the header:"), self.skip)
        form.addRow("", self.header)
        form.addRow(tr("Date &order:"), self.date_order)
        form.addRow(tr("Decimal mar&k:"), self.decimal)
        form.addRow("", self.negate)
        form.addRow("", self.html)
        columns = QGroupBox(tr("Columns"))
        grid = QGridLayout(columns)
        names = role_names()
        for i, role in enumerate(("date", "payee", "memo", "amount", "debit", "credit", "sign",
                                  "reference", "category", "account")):
            combo = QComboBox()
            combo.setObjectName(f"column_{role}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(self._changed)
            self.columns[role] = combo
            label = QLabel(names[role] + (" *" if role == "date" else "") + ":")
            label.setBuddy(combo)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        hint = QLabel(tr("* needed, with an amount column or debit and credit columns."))
        hint.setStyleSheet("color: #666")
        grid.addWidget(hint, 5, 0, 1, 4)
        top = QHBoxLayout()
        top.addWidget(reading, 2)
        top.addWidget(columns, 3)
        save = QHBoxLayout()
        save.addWidget(QLabel(tr("&Save as:")))
        save.itemAt(0).widget().setBuddy(self.save_as)  # type: ignore[union-attr]
        save.addWidget(self.save_as, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(QLabel(tr("The file's first rows:")))
        column.addWidget(self.sample, 1)
        column.addWidget(self.error)
        column.addLayout(save)

    # ---------------------------------------------------------------- loading
    def load(self, path: Path, saved: list[SavedMapping], preferred: CsvMapping | None) -> None:
        """Show `path` with `preferred` (the account's saved mapping) or a guess."""
        self.path = path
        self.saved = saved
        self.saved_combo.clear()
        self.saved_combo.addItem(tr("— none —"), "")
        for item in saved:
            self.saved_combo.addItem(item.name, item.name)
        text, _enc, _data = read_file(path)
        mapping = preferred or guess_mapping(text)
        if preferred is not None:
            self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(preferred.name)))
        self.set_mapping(mapping)

    def _use_saved(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        found = next((s.mapping for s in self.saved if s.name == name), None)
        if found is not None:
            self.set_mapping(found)

    def set_mapping(self, mapping: CsvMapping) -> None:
        self._loading = True
        try:
            for combo, value in ((self.encoding, mapping.encoding),
                                 (self.delimiter, mapping.delimiter),
                                 (self.date_order, mapping.date_order),
                                 (self.decimal, mapping.decimal_mark)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.skip.setValue(mapping.skip_rows)
            self.header.setChecked(mapping.header)
            self.negate.setChecked(mapping.negate)
            self.html.setChecked(mapping.unescape_html)
            self._read()
            for role, combo in self.columns.items():
                combo.setCurrentIndex(max(0, combo.findData(getattr(mapping, role))))
            self._base = mapping
        finally:
            self._loading = False
        self._refresh_sample()

    def mapping(self) -> CsvMapping:
        base = getattr(self, "_base", CsvMapping())
        values = {role: str(combo.currentData() or "") for role, combo in self.columns.items()}
        return replace(base, encoding=str(self.encoding.currentData()),
                       delimiter=str(self.delimiter.currentData()),
                       skip_rows=self.skip.value(), header=self.header.isChecked(),
                       date_order=str(self.date_order.currentData()),
                       decimal_mark=str(self.decimal.currentData()),
                       negate=self.negate.isChecked(), unescape_html=self.html.isChecked(),
                       **values)

    # ---------------------------------------------------------------- following changes
    def _changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            kept = {role: combo.currentData() for role, combo in self.columns.items()}
            self._read()
            for role, combo in self.columns.items():
                combo.setCurrentIndex(max(0, combo.findData(kept[role])))
        finally:
            self._loading = False
        self._refresh_sample()
        self.mapping_changed.emit()
        self.completeChanged.emit()

    def _read(self) -> None:
        """Re-read the file with the reading options; fill the column choices."""
        self.error.clear()
        names: list[str] = []
        self.rows: list[list[str]] = []
        if self.path is None:
            return
        try:
            self.text, _enc, _data = read_file(self.path, str(self.encoding.currentData()))
            probe = replace(CsvMapping(), delimiter=str(self.delimiter.currentData()),
                            skip_rows=self.skip.value(), header=self.header.isChecked())
            names, rows = read_rows(self.text, probe)
            self.rows = [cells for _n, cells in rows[:SAMPLE_ROWS]]
        except CuentasError as exc:
            self.error.setText(str(exc))
        self.names = names
        for combo in self.columns.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("— not in the file —"), "")
            for name in names:
                combo.addItem(name, name)
            combo.blockSignals(False)

    def _refresh_sample(self) -> None:
        names = getattr(self, "names", [])
        roles = role_names()
        fed: dict[str, list[str]] = {}
        for role, combo in self.columns.items():
            if combo.currentData():
                fed.setdefault(str(combo.currentData()), []).append(roles[role])
        self.sample.clear()
        self.sample.setColumnCount(len(names))
        self.sample.setRowCount(len(self.rows) if hasattr(self, "rows") else 0)
        self.sample.setHorizontalHeaderLabels(
            [f"{name}\n→ {', '.join(fed[name])}" if name in fed else f"{name}\n"
             for name in names])
        for r, cells in enumerate(getattr(self, "rows", [])):
            for c, cell in enumerate(cells[:len(names)]):
                item = QTableWidgetItem(cell)
                if names[c] in fed:
                    item.setBackground(Qt.GlobalColor.transparent)
                self.sample.setItem(r, c, item)
        self.sample.resizeColumnsToContents()
        mapping = self.mapping()
        if not mapping.date:
            self.error.setText(tr("Choose the column with the date."))
        elif not (mapping.amount or mapping.debit or mapping.credit):
            self.error.setText(tr("Choose the column with the amount, or the debit and "
                                  "credit columns."))

    def isComplete(self) -> bool:
        mapping = self.mapping()
        return bool(mapping.date and (mapping.amount or mapping.debit or mapping.credit
                                      or mapping.line_amount))
