"""The invoices of a combined payment, as a small table in the template panel.

One row per invoice: its total as printed on it (IVA included), its IVA rate and its
category. The base and the IVA each row gives are worked out as they are typed
(`app.ledger.templates.invoice_parts`: half-up, per invoice, so the lines add up to
the invoice exactly), and the line under the table says how the invoices compare
with the movement. A row's error is written under that row. The rows scroll inside a
fixed height: the split editor keeps its size however many invoices there are.

Keyboard: Tab goes through a row (total, rate, category) and on to the next row; Up
and Down move to the same column of the row above or below; Enter applies the
template; Alt+N adds an invoice (holding what the others leave of the movement) and
Alt+M removes the invoice being typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput
from app.ledger.templates import Invoice, invoice_parts
from app.money import parse_percent
from app.splits import rate
from ui.common.context import BookContext
from ui.common.style import ERROR_STYLE, MUTED_STYLE, OK_COLOR
from ui.common.translate import tr

#: The columns: what is typed (total, rate, category), then what they give.
NUMBER, TOTAL, RATE, CATEGORY, BASE, IVA = range(6)
#: How many invoices show before the rows scroll.
VISIBLE_ROWS = 3
WARNING_STYLE = "color: #8a5300;"


@dataclass
class InvoiceRow:
    number: QLabel
    total: QLineEdit
    rate: QLineEdit
    category: QLineEdit
    base: QLabel
    iva: QLabel
    error: QLabel

    def edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.total, self.rate, self.category

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.number, *self.edits(), self.base, self.iva)


def _columns(grid: QGridLayout, widths: dict[int, int]) -> None:
    """The same column widths for the heading and the rows, so they line up."""
    grid.setContentsMargins(2, 2, 2, 2)
    grid.setHorizontalSpacing(6)
    for col, width in widths.items():
        grid.setColumnMinimumWidth(col, width)
        grid.setColumnStretch(col, 1 if col == CATEGORY else 0)


class _Rows(QScrollArea):
    """The rows scroll under a heading that stays put (placed over the viewport's top
    margin, as a table view places its header), so the two line up with or without a
    scroll bar."""

    def __init__(self, heading: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        heading.setParent(self)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportMargins(0, heading.sizeHint().height(), 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.heading.setGeometry(viewport.x(), self.frameWidth(), viewport.width(),
                                 self.heading.sizeHint().height())


class InvoiceTable(QWidget):
    """The invoices of one combined payment; `total()` is the movement's amount."""

    changed = Signal()
    submitted = Signal()  # Enter in a field: apply the template

    def __init__(self, ctx: BookContext, total: Callable[[], int], general_rate: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceTable")
        self.ctx = ctx
        self.total = total
        self.general_rate = general_rate
        self.rows: list[InvoiceRow] = []
        self._current = 0  # the row last typed in: Remove invoice takes it away
        fm = self.fontMetrics()
        bold = self.font()
        bold.setBold(True)
        heading = QFontMetrics(bold)  # a column is as wide as its heading in any language

        def width(text: str, sample: str = "") -> int:
            return max(heading.horizontalAdvance(text), fm.horizontalAdvance(sample)) + 16

        self.widths = {NUMBER: fm.horizontalAdvance("00"),
                       TOTAL: width(tr("Invoice total"), "000,000,000.00"),
                       RATE: width(tr("IVA rate"), "100.00 %"), CATEGORY: 140,
                       BASE: width(tr("Base"), "000,000,000.00"),
                       IVA: width(tr("IVA"), "00,000,000.00")}

        heading = QWidget()
        head = QGridLayout(heading)
        _columns(head, self.widths)
        for col, text in ((NUMBER, "#"), (TOTAL, tr("Invoice total")), (RATE, tr("IVA rate")),
                          (CATEGORY, tr("Category")), (BASE, tr("Base")), (IVA, tr("IVA"))):
            label = QLabel(text)
            label.setStyleSheet("font-weight: bold;")
            if col in (TOTAL, RATE, BASE, IVA):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._fit(label, col)
            head.addWidget(label, 0, col)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        _columns(self.grid, self.widths)
        self.grid.setVerticalSpacing(3)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # scroll, not squeeze
        self.rows_area = _Rows(heading, self)
        self.rows_area.setObjectName("invoiceRows")
        self.rows_area.setWidget(self.body)
        row_height = QLineEdit().sizeHint().height() + self.grid.verticalSpacing()
        error_height = fm.height() + self.grid.verticalSpacing()  # room for one error
        self.rows_area.setFixedHeight(heading.sizeHint().height() + VISIBLE_ROWS * row_height
                                      + error_height + 2 * self.rows_area.frameWidth() + 4)
        self.rows_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.add_button = QPushButton(tr("Add i&nvoice"))
        self.add_button.setObjectName("addInvoice")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(tr("Re&move invoice"))
        self.remove_button.setObjectName("removeInvoice")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_row)
        self.summary = QLabel()
        self.summary.setObjectName("invoiceSummary")
        self.summary.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.add_button)
        foot.addWidget(self.remove_button)
        foot.addWidget(self.summary, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows_area)
        layout.addLayout(foot)
        first = abs(total())
        self.add_row(self.ctx.formats.amount(first) if first else "", focus=False)

    # ---------------------------------------------------------------- rows
    def add_row(self, text: str | None = None, *, focus: bool = True) -> InvoiceRow:
        """A new invoice at the end, holding what the others leave of the movement."""
        if text is None or isinstance(text, bool):  # clicked(bool) passes a flag
            left = abs(self.total()) - sum(abs(t) for t in self.totals() if t is not None)
            text = self.ctx.formats.amount(left) if left > 0 else ""
        total = QLineEdit(text)
        total.setAlignment(Qt.AlignmentFlag.AlignRight)
        rate_edit = QLineEdit()
        rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        rate_edit.setPlaceholderText(f"{self.general_rate} %")
        category = QLineEdit()
        category.setPlaceholderText(tr("the book's default"))
        completer = self.ctx.targets.completer(category)
        if completer is not None:
            category.setCompleter(completer)
        base, iva = QLabel(), QLabel()
        for label in (base, iva):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setStyleSheet(MUTED_STYLE)
        error = QLabel()  # one line: a wrapping label would keep the scroll bar away
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        row = InvoiceRow(QLabel(), total, rate_edit, category, base, iva, error)
        for col, widget in enumerate(row.widgets()):
            self._fit(widget, col)
        for edit in row.edits():
            edit.textChanged.connect(lambda _t, r=row: self._edited(r))
            edit.installEventFilter(self)
        self.rows.append(row)
        self._lay_out()
        if self.isVisible():  # shown now, not at the next turn: the keyboard goes there
            for widget in row.widgets():
                widget.show()
        self._edited(row)
        if focus:
            total.setFocus()
            total.selectAll()
            QTimer.singleShot(0, lambda: self.rows_area.ensureWidgetVisible(total))
        return row

    def _fit(self, widget: QWidget, col: int) -> None:
        """The column's width for every cell but the category's (which stretches), and
        a line edit's own height: the heading lines up, the rows scroll, never squeeze."""
        if col != CATEGORY:
            widget.setFixedWidth(self.widths[col])
        if isinstance(widget, QLineEdit):
            widget.setFixedHeight(widget.sizeHint().height())

    def remove_row(self) -> None:
        """Take away the invoice being typed in (the last one typed in)."""
        if len(self.rows) <= 1:
            return
        index = min(self._current, len(self.rows) - 1)
        row = self.rows.pop(index)
        for widget in (*row.widgets(), row.error):
            widget.hide()
            widget.deleteLater()
        self._lay_out()
        self._current = min(index, len(self.rows) - 1)
        total = self.rows[self._current].total
        total.setFocus()
        QTimer.singleShot(0, lambda: self.rows_area.ensureWidgetVisible(total))
        self.update_summary()
        self.changed.emit()

    def _lay_out(self) -> None:
        """Every row at its place (a row of fields, its error under it), numbered, in
        the keyboard's order, and the buttons' state."""
        while self.grid.count():
            self.grid.takeAt(0)
        for i, row in enumerate(self.rows):
            row.number.setText(str(i + 1))
            for col, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, 2 * i, col)
            self.grid.addWidget(row.error, 2 * i + 1, TOTAL, 1, IVA - TOTAL + 1)
            row.total.setAccessibleName(tr("Invoice {n}, total").format(n=i + 1))
            row.rate.setAccessibleName(tr("Invoice {n}, IVA rate").format(n=i + 1))
            row.category.setAccessibleName(tr("Invoice {n}, category").format(n=i + 1))
        self.grid.setRowStretch(2 * len(self.rows), 1)
        chain: list[QWidget] = [edit for row in self.rows for edit in row.edits()]
        chain += [self.add_button, self.remove_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.remove_button.setEnabled(len(self.rows) > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._current = next((i for i, row in enumerate(self.rows)
                                  if watched in row.edits()), self._current)
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submitted.emit()  # and no further: the dialog must not take it as OK
                return True
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                for i, row in enumerate(self.rows):
                    if watched in row.edits() and 0 <= i + step < len(self.rows):
                        col = [*row.edits()].index(watched)
                        target = self.rows[i + step].edits()[col]
                        target.setFocus()
                        self.rows_area.ensureWidgetVisible(target)
                        return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- figures
    def _rate(self, row: InvoiceRow, n: int) -> str:
        text = row.rate.text().strip() or self.general_rate
        parse_percent(text, f"invoices[{n}].rate")  # BadInput names the row
        return text

    def _total(self, row: InvoiceRow, n: int) -> int | None:
        text = row.total.text().strip()
        if not text:
            return None
        return abs(self.ctx.formats.parse_amount(text, f"invoices[{n}].total"))

    def totals(self) -> list[int | None]:
        """Each row's total as typed (None: empty or not an amount yet)."""
        found: list[int | None] = []
        for n, row in enumerate(self.rows, start=1):
            try:
                found.append(self._total(row, n))
            except BadInput:
                found.append(None)
        return found

    def _edited(self, row: InvoiceRow) -> None:
        row.error.hide()
        n = self.rows.index(row) + 1
        f = self.ctx.formats
        try:
            total = self._total(row, n)
            r = rate(parse_percent(self._rate(row, n)))
        except BadInput:  # said under the row on Apply
            total, r = None, rate(0)
        if total is not None and 0 <= r <= 1:
            base, iva = invoice_parts(total, r)
            row.base.setText(f.amount(base))
            row.iva.setText(f.amount(iva))
        else:
            row.base.setText("")
            row.iva.setText("")
        self.update_summary()
        self.changed.emit()

    def update_summary(self) -> None:
        f = self.ctx.formats
        movement = abs(self.total())
        typed = sum(t for t in self.totals() if t is not None)
        left = movement - typed
        if left == 0:
            text = tr("The invoices add up to the movement: {amount}.").format(
                amount=f.amount(typed))
            style = f"color: {OK_COLOR};"
        elif left > 0:
            text = tr("The invoices add up to {typed} of {movement}: {left} not covered "
                      "yet.").format(typed=f.amount(typed), movement=f.amount(movement),
                                     left=f.amount(left))
            style = WARNING_STYLE
        else:
            text = tr("The invoices add up to {typed}, {over} more than the movement "
                      "({movement}).").format(typed=f.amount(typed), over=f.amount(-left),
                                              movement=f.amount(movement))
            style = WARNING_STYLE
        self.summary.setText(text)
        self.summary.setStyleSheet(style)

    # ---------------------------------------------------------------- reading
    def invoices(self) -> list[Invoice]:
        """The invoices typed (empty rows left out). Every row that does not read gets
        its error under it; BadInput (the first of them) when any does not."""
        found: list[Invoice] = []
        first: BadInput | None = None
        for row in self.rows:
            row.error.hide()
        for n, row in enumerate(self.rows, start=1):
            try:
                total = self._total(row, n)
                if total is None:
                    if row.rate.text().strip() or row.category.text().strip():
                        raise BadInput(f"invoices[{n}].total", "", tr("is missing"))
                    continue
                found.append(Invoice(total, self._rate(row, n), self._category(row, n)))
            except BadInput as exc:
                self.show_error(exc, focus=first is None)
                first = first or exc
        if first is not None:
            raise first
        return found

    def _category(self, row: InvoiceRow, n: int) -> str:
        text = row.category.text().strip()
        if not text:
            return ""
        field = f"invoices[{n}].category"
        category_id, account_id = self.ctx.targets.resolve(text, field)
        if account_id is not None:
            raise BadInput(field, text, tr("is an account; an invoice goes to a category"))
        return self.ctx.targets.text_of(category_id, None)

    def show_error(self, exc: BadInput, *, focus: bool = True) -> bool:
        """Put `exc` under the row it names (`invoices[2].rate`), and the keyboard in
        the field with `focus`; False when it names no row."""
        field = exc.field
        if not field.startswith("invoices[") or "]" not in field:
            return False
        number = field[len("invoices["):field.index("]")]
        if not number.isdigit() or not 1 <= int(number) <= len(self.rows):
            return False
        row = self.rows[int(number) - 1]
        column = {"total": tr("Invoice total"), "rate": tr("IVA rate"),
                  "category": tr("Category")}.get(field.partition(".")[2], "")
        shown = f" ({exc.value})" if exc.value not in ("", None) else ""
        row.error.setText(tr("{column}: {reason}{shown}").format(
            column=column, reason=exc.reason, shown=shown) if column else
            f"{exc.reason}{shown}")
        row.error.show()
        if focus:
            edit = {"rate": row.rate, "category": row.category}.get(field.partition(".")[2],
                                                                    row.total)
            edit.setFocus()
            QTimer.singleShot(0, lambda: self.rows_area.ensureWidgetVisible(row.error))
        return True

