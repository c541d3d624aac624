"""The transaction editor: one movement's date, payee, reference, amount, category
(or its split lines), memo and cleared flag.

`Split…` (Ctrl+S) opens the split editor on what the dialog holds; coming back
with one line returns the transaction to a single category. OK saves through an
undoable command; a `BadInput` from the service is shown under the field it names
and nothing is saved. Which command saves it (a conversion to split, which keeps the
first line's category, or a plain save) is `ui.common.undo.edit_command`'s decision.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput, CuentasError
from app.ledger.register import payees
from app.ledger.transactions import LineInput, TransactionInput, TransactionView, get_transaction
from app.splits import follow_base
from ui.common import operations
from ui.common.context import BookContext
from ui.common.style import ERROR, ERROR_STYLE, SPLIT_BLUE_COLOR
from ui.common.translate import tr
from ui.common.undo import BookCommand, edit_command
from ui.editing.split_editor import SplitEditor


class TransactionEditor(QDialog):
    def __init__(self, ctx: BookContext, account_id: int, txn_id: int | None = None,
                 parent: QWidget | None = None, *, account_name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.txn_id = txn_id
        self.view: TransactionView | None = get_transaction(ctx.book, txn_id) if txn_id else None
        self.split_lines: tuple[LineInput, ...] | None = None
        self.template_used: str | None = None
        self.command: BookCommand | None = None
        self.setObjectName("transactionEditor")
        self.setWindowTitle(tr("Edit transaction") if txn_id else tr("New transaction"))
        f = ctx.formats

        self.date = QLineEdit()
        self.date.setObjectName("date")
        self.date.setPlaceholderText(f.date_hint)
        self.payee = QLineEdit()
        self.payee.setObjectName("payee")
        from PySide6.QtCore import QStringListModel

        completer = ctx.targets.completer(self.payee)
        if completer is not None:
            completer.setModel(QStringListModel(payees(ctx.book), completer))
            self.payee.setCompleter(completer)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText(tr("negative for money out"))
        self.direction = QLabel()
        self.direction.setStyleSheet("color: #555;")
        self.amount.textChanged.connect(self._amount_changed)
        self.category = QLineEdit()
        self.category.setObjectName("category")
        category_completer = ctx.targets.completer(self.category)
        if category_completer is not None:
            self.category.setCompleter(category_completer)
        self.category.setPlaceholderText(tr("Uncategorized"))
        self.split_summary = QLabel()
        self.split_summary.setObjectName("splitSummary")
        self.split_summary.setStyleSheet(f"color: {SPLIT_BLUE_COLOR};")
        self.split_button = QPushButton(tr("&Split…"))
        self.split_button.setObjectName("splitButton")
        self.split_button.setAutoDefault(False)
        self.split_button.setToolTip(tr("Spread this movement over several categories (Ctrl+S)"))
        self.split_button.clicked.connect(self.open_split)
        self.split_action = QAction(self)
        self.split_action.setShortcut(QKeySequence("Ctrl+S"))
        self.split_action.triggered.connect(self.open_split)
        self.addAction(self.split_action)
        self.lines_view = QTreeWidget()
        self.lines_view.setObjectName("splitLines")
        self.lines_view.setHeaderLabels([tr("Category"), tr("Memo"), tr("Amount")])
        self.lines_view.setRootIsDecorated(False)
        self.lines_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_view.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        header = self.lines_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_view.hide()
        self.memo = QLineEdit()
        self.memo.setObjectName("memo")
        self.cleared = QCheckBox(tr("C&leared (on the bank statement)"))

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if account_name:
            form.addRow(tr("Account:"), QLabel(f"<b>{account_name}</b>"))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.direction)
        category_row = QHBoxLayout()
        category_row.addWidget(self.category, 1)
        category_row.addWidget(self.split_summary, 1)
        category_row.addWidget(self.split_button)
        for key, label, field in (("date", tr("&Date:"), self.date),
                                  ("payee", tr("&Payee:"), self.payee),
                                  ("reference", tr("&Reference:"), self.reference),
                                  ("amount", tr("&Amount:"), amount_row),
                                  ("category", tr("&Category:"), category_row),
                                  ("memo", tr("&Memo:"), self.memo)):
            label_widget = QLabel(label)
            host = QWidget()
            box = QVBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if isinstance(field, QWidget):
                box.addWidget(field)
                label_widget.setBuddy(field)
            else:
                box.addLayout(field)
                label_widget.setBuddy(self.amount if key == "amount" else self.category)
            if key == "category":
                box.addWidget(self.lines_view)
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            form.addRow(label_widget, host)
        form.addRow("", self.cleared)

        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(ctx.can_write)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._load()
        self._apply_features(buttons)
        self.resize(640, self.sizeHint().height())

    def _apply_features(self, buttons: QDialogButtonBox) -> None:
        """Without the split editor: no Split…, and a split transaction is shown
        read-only (nothing of it is lost); a viewer sees everything read-only."""
        allows = self.ctx.features.for_lines(len(self.view.lines) if self.view else 1)
        self.read_only = not allows.editable
        if not allows.can_split:
            self.split_button.setEnabled(False)
            self.split_action.setEnabled(False)
            self.split_button.setToolTip(allows.reason)
        if self.read_only:
            for edit in (self.date, self.payee, self.reference, self.amount, self.category,
                         self.memo):
                edit.setReadOnly(True)
            self.cleared.setEnabled(False)
            self.ok.hide()
            cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(tr("Close"))
            self.problem.setText(allows.reason)
            self.problem.setStyleSheet("color: #555;")
            self.problem.show()

    # ---------------------------------------------------------------- loading
    def _load(self) -> None:
        f = self.ctx.formats
        v = self.view
        if v is None:
            from datetime import date

            self.date.setText(f.date(date.today().isoformat()))
            self._show_single("")
            return
        self.date.setText(f.date(v.date))
        self.payee.setText(v.payee)
        self.reference.setText(v.reference)
        self.amount.setText(f.amount(v.amount))
        self.memo.setText(v.memo)
        self.cleared.setChecked(v.cleared)
        if v.is_split:
            self._show_split(tuple(line.as_input() for line in v.lines))
        else:
            line = v.lines[0] if v.lines else None
            self._show_single(self.ctx.targets.text_of(line.category_id,
                                                       line.transfer_account_id) if line else "")

    def _show_single(self, text: str) -> None:
        self.split_lines = None
        self.category.setText(text)
        self.category.show()
        self.split_summary.hide()
        self.lines_view.hide()

    def _show_split(self, lines: tuple[LineInput, ...]) -> None:
        self.split_lines = lines
        self.category.hide()
        names = [self.ctx.targets.text_of(li.category_id, li.transfer_account_id)
                 or tr("Uncategorized") for li in lines]
        self.split_summary.setText(tr("Split into {n} lines").format(n=len(lines)))
        self.split_summary.show()
        self.lines_view.clear()
        for name, li in zip(names, lines, strict=True):
            item = QTreeWidgetItem([name, li.memo, self.ctx.formats.amount(li.amount)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if li.amount < 0:
                item.setForeground(2, QBrush(ERROR))
            self.lines_view.addTopLevelItem(item)
        rows = max(len(lines), 1)
        height = self.lines_view.header().sizeHint().height() + rows * (
            self.lines_view.sizeHintForRow(0) or 20) + 6
        self.lines_view.setFixedHeight(min(height, 220))
        self.lines_view.show()

    def _amount_changed(self, text: str) -> None:
        try:
            value = self.ctx.formats.parse_amount(text) if text.strip() else 0
        except BadInput:
            self.direction.setText("")
            return
        self.direction.setText(tr("money in") if value > 0 else tr("money out") if value < 0
                               else "")

    # ---------------------------------------------------------------- values
    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.problem.hide()

    def _single_line(self, amount: int) -> LineInput:
        category_id, transfer_id = self.ctx.targets.resolve(
            self.category.text(), "category", own_account=self.account_id)
        line = LineInput(amount=amount, category_id=category_id,
                         transfer_account_id=transfer_id)
        if self.view is not None and len(self.view.lines) == 1:
            old = self.view.lines[0]  # a base follows a new amount (app.splits.follow_base)
            base = old.taxable_base if amount == old.amount else follow_base(
                old.taxable_base, amount, old.tax_rate_bp, was=old.amount)
            line = replace(line, memo=old.memo, id=old.id, tax_rate_bp=old.tax_rate_bp,
                           taxable_base=base)
        return line

    def data(self) -> TransactionInput:
        """What the dialog says, as a service input; BadInput names the bad field."""
        f = self.ctx.formats
        when = f.parse_date(self.date.text(), "date")
        if not self.amount.text().strip():
            raise BadInput("amount", "", tr("is missing"))
        amount = f.parse_amount(self.amount.text(), "amount")
        lines = self.split_lines if self.split_lines is not None else (
            self._single_line(amount),)
        return TransactionInput(account_id=self.account_id, date=when, amount=amount,
                                lines=lines, payee=self.payee.text().strip(),
                                memo=self.memo.text().strip(),
                                reference=self.reference.text().strip(),
                                cleared=self.cleared.isChecked())

    # ---------------------------------------------------------------- split
    def open_split(self) -> None:
        if not self.split_button.isEnabled():
            return
        self._clear_errors()
        f = self.ctx.formats
        try:
            total = f.parse_amount(self.amount.text(), "amount") if self.amount.text().strip() \
                else 0
            lines = self.split_lines or (self._single_line(total),)
        except BadInput as exc:
            self.show_error(exc)
            return
        editor = SplitEditor(self.ctx, total=total, lines=lines, account_id=self.account_id,
                             payee=self.payee.text().strip(),
                             date=self._date_or_empty(), parent=self)
        editor.accepted.connect(lambda: self._split_done(editor))
        editor.open()
        self.split_editor = editor

    def _date_or_empty(self) -> str:
        try:
            return self.ctx.formats.parse_date(self.date.text())
        except BadInput:
            return ""

    def _split_done(self, editor: SplitEditor) -> None:
        self.amount.setText(self.ctx.formats.amount(editor.result_total))
        if editor.template_used:
            self.template_used = editor.template_used
        lines = editor.result_lines
        if len(lines) == 1:
            line = lines[0]
            self._show_single(self.ctx.targets.text_of(line.category_id,
                                                       line.transfer_account_id))
        else:
            self._show_split(lines)

    # ---------------------------------------------------------------- saving
    def save(self) -> None:
        self._clear_errors()
        try:
            data = self.data()
            command = self._command(data)
            self.ctx.undo.push(command)
        except BadInput as exc:
            self.show_error(exc)
            return
        except CuentasError as exc:
            self.problem.setText(operations.describe_error(exc))
            self.problem.show()
            return
        self.command = command
        self.accept()

    def _command(self, data: TransactionInput) -> BookCommand:
        return edit_command(self.ctx.undo, self.view, data, template=self.template_used)

    def show_error(self, exc: BadInput) -> None:
        field = exc.field
        key = field
        if field.startswith("lines") or field == "account":
            key = "category"
        shown = f" ({exc.value})" if exc.value not in ("", None) else ""
        if field.startswith("lines["):
            message = tr("Split line {line}: {reason}{shown}").format(
                line=field[len("lines["):].split("]")[0], reason=exc.reason, shown=shown)
        else:
            message = f"{exc.reason}{shown}"
        label = self.errors.get(key)
        if label is None:
            self.problem.setText(f"{field}: {message}")
            self.problem.show()
            return
        label.setText(message)
        label.show()
        target = {"date": self.date, "payee": self.payee, "reference": self.reference,
                  "amount": self.amount, "memo": self.memo}.get(key, self.category)
        if target.isVisible():
            target.setFocus()
