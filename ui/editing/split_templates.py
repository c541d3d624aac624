"""Templates in the split editor: pick one, fill its few parameters, apply it to the
transaction amount; save the current lines as a template of one's own; and the
payee's last split offered as a suggestion.

The arithmetic is `app.ledger.templates` (which calls `app.splits`): this panel only
collects parameters, shows a `BadInput` next to the parameter it names, and hands
the lines to the lines model as one undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput, CuentasError
from app.ledger.templates import (
    GrossCheck,
    TemplateInfo,
    TemplateLine,
    UserLine,
    apply_invoices,
    apply_template,
    check_gross,
    last_split_for_payee,
    list_templates,
    scale_lines,
    template_context,
)
from app.money import format_plain
from app.monitor.metrics import count
from ui.common import operations
from ui.common.context import BookContext
from ui.common.operations import templates as ops
from ui.common.style import ERROR_STYLE, MUTED_STYLE
from ui.common.translate import tr
from ui.editing.invoices import InvoiceTable
from ui.editing.split_lines import EditLine, SplitLinesModel, new_line


def _percent_text(r: Fraction) -> str:
    """A rate (a fraction of one) as people write it: `4 %`, `3.49 %` (a space that
    does not break a line)."""
    value = Decimal(r.numerator * 100) / Decimal(r.denominator)
    return f"{value.normalize():f}\u00a0%"


def edit_lines(ctx: BookContext, lines: list[TemplateLine]) -> list[EditLine]:
    return [
        new_line(target=ctx.targets.text_of(t.category_id, None) if t.category_id else "",
                 category_id=t.category_id, memo=t.memo, amount=t.amount,
                 tax_rate_bp=t.tax_rate_bp, taxable_base=t.taxable_base)
        for t in lines
    ]


def keep_own_category(lines: list[TemplateLine], current: Sequence[EditLine]
                      ) -> list[TemplateLine]:
    """A template's main line (the purchase, the sale, the fees) keeps the category the
    movement already had when the template names none: an old single-category
    transaction split with "Purchase with IVA" stays in its expense category."""
    own = next((line.category_id for line in current if line.category_id is not None), None)
    if own is None:
        return lines
    out, used = [], False
    for line in lines:
        if not used and line.role == "none" and line.category_id is None:
            line = replace(line, category_id=own)
            used = True
        out.append(line)
    return out


class TemplatePanel(QFrame):
    """Template chooser with its parameter form, shown above the lines."""

    applied = Signal(str)  # the template's title

    def __init__(self, ctx: BookContext, model: SplitLinesModel, payee: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.payee = payee
        self.setObjectName("templatePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.templates: list[TemplateInfo] = []
        self.fields: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, QLabel] = {}
        self.invoices: InvoiceTable | None = None  # combined payment: a table of invoices

        self.combo = QComboBox()
        self.combo.setObjectName("templateCombo")
        self.combo.setMinimumContentsLength(28)
        label = QLabel(tr("&Template:"))
        label.setBuddy(self.combo)
        self.combo_label = label
        self.apply_button = QPushButton(tr("&Apply template"))
        self.apply_button.setObjectName("applyTemplate")
        self.apply_button.clicked.connect(self.apply)
        self.save_button = QPushButton(tr("Sa&ve as template…"))
        self.save_button.clicked.connect(self.save_as_template)
        self.save_button.setEnabled(ctx.can_write)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.combo, 1)
        top.addWidget(self.apply_button)
        top.addWidget(self.save_button)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")
        self.form_host = QWidget()
        self.form = QGridLayout(self.form_host)  # parameters two by two: the lines stay tall
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setColumnStretch(1, 1)
        self.form.setColumnStretch(3, 1)
        self.form.setHorizontalSpacing(8)
        self.error = QLabel()
        self.error.setObjectName("templateError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel()  # what the values will make, before applying them
        self.note.setObjectName("templateNote")
        self.note.setWordWrap(True)
        self.note.hide()

        self.suggestion = QFrame()
        self.suggestion.setObjectName("payeeSuggestion")
        self.suggestion.setStyleSheet("#payeeSuggestion { background: #eef4fb; "
                                      "border: 1px solid #c5d7ec; border-radius: 4px; }")
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        self.use_suggestion = QPushButton(tr("&Use these lines"))
        self.use_suggestion.clicked.connect(self.apply_suggestion)
        row = QHBoxLayout(self.suggestion)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.suggestion_text, 1)
        row.addWidget(self.use_suggestion)
        self.suggestion.hide()
        self._suggested: list[TemplateLine] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addWidget(self.form_host)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.suggestion)

        self.combo.currentIndexChanged.connect(self._chosen)
        self.model.state_changed.connect(self._total_may_have_changed)
        self.reload()

    # ---------------------------------------------------------------- choosing
    def show_chooser(self, shown: bool) -> None:
        """Without the templates feature only the payee's suggestion is offered."""
        for widget in (self.combo, self.apply_button, self.save_button, self.description,
                       self.form_host, self.combo_label):
            widget.setVisible(shown)

    def reload(self) -> None:
        self.templates = list_templates(self.ctx.book)
        self.context = template_context(self.ctx.book)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(tr("Choose a template…"), None)
        for info in self.templates:
            title = info.title if info.builtin else tr("{name} (mine)").format(name=info.title)
            self.combo.addItem(title, info.name)
            self.combo.setItemData(self.combo.count() - 1, info.description,
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.blockSignals(False)
        self._chosen(0)

    def choose(self, name: str) -> None:
        index = self.combo.findData(name)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    @property
    def current(self) -> TemplateInfo | None:
        name = self.combo.currentData()
        return next((t for t in self.templates if t.name == name), None)

    def _chosen(self, _index: int) -> None:
        while self.form.count():
            item = self.form.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.fields.clear()
        self.field_errors.clear()
        self.invoices = None
        self.error.hide()
        info = self.current
        self.apply_button.setEnabled(info is not None)
        self.description.setText(info.description if info else tr(
            "A template fills the lines from the total: IVA, card-processor fees, "
            "withholdings, several invoices in one payment."))
        if info is None:
            return
        params = list(info.params)
        first_row = 0
        if any(param.kind == "invoices" for param in params):  # one row per invoice
            self.invoices = InvoiceTable(self.ctx, lambda: self.model.total,
                                         self.context.general_rate)
            self.invoices.submitted.connect(self.apply)
            self.form.addWidget(self.invoices, 0, 0, 1, 4)
            params = [p for p in params if p.kind not in ("invoices", "categories")]
            first_row = 1
        for i, param in enumerate(params):
            edit = QLineEdit()
            edit.setObjectName(f"param_{param.key}")
            edit.setPlaceholderText(param.default or self._default_hint(param.kind))
            completer = self.ctx.targets.completer(edit) if param.kind == "category" else None
            if completer is not None:
                edit.setCompleter(completer)
            edit.installEventFilter(self)  # Enter applies
            edit.textChanged.connect(self.update_note)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            cell = QWidget()
            box = QHBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(edit, 1)
            box.addWidget(error)
            label = QLabel(tr("{label}:").format(label=param.label))
            label.setBuddy(edit)
            row, col = divmod(i, 2)
            row += first_row
            self.form.addWidget(label, row, col * 2)
            self.form.addWidget(cell, row, col * 2 + 1)
            self.fields[param.key] = edit
            self.field_errors[param.key] = error
        self.update_note()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a value applies the template, and goes no further: the split editor
        would take it as OK once the lines have the keyboard."""
        if (event.type() == QEvent.Type.KeyPress and watched in self.fields.values()
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.apply()
            return True
        return super().eventFilter(watched, event)

    def _default_hint(self, kind: str) -> str:
        return {"category": tr("the book's default"), "percent": tr("the current rate"),
                "amount": tr("optional")}.get(kind, "")  # invoices: a table of their own

    def params(self) -> dict[str, str]:
        """The values typed, amounts read in the book's format (`10,000.00` in es_MX,
        `10.000,00` in es_ES) and handed on plainly; BadInput names a bad one."""
        info = self.current
        kinds = {param.key: param.kind for param in info.params} if info else {}
        values = {}
        for key, edit in self.fields.items():
            text = edit.text().strip()
            if text and kinds.get(key) == "amount":
                text = format_plain(self.ctx.formats.parse_amount(text, key),
                                    self.ctx.formats.exp)
            if text:
                values[key] = text
        return values

    def first_field(self) -> QWidget | None:
        """Where typing starts once a template is chosen."""
        if self.invoices is not None:
            return self.invoices.rows[0].total
        return next(iter(self.fields.values()), None)

    def _total_may_have_changed(self) -> None:
        self.update_note()
        if self.invoices is not None:
            self.invoices.update_summary()

    # ---------------------------------------------------------------- before applying
    def update_note(self) -> None:
        """Say, as the values are typed, what applying them will do where two of them
        could disagree: a card deposit given both a gross sale and a fee rate."""
        info = self.current
        check = None
        if info is not None and info.name == "card-deposit":
            try:
                check = check_gross(self.ctx.book, self.model.total, self.params(),
                                    context=self.context)
            except BadInput:  # said next to the field on Apply
                check = None
        if check is None:
            self.note.hide()
            return
        self.note.setText(self.gross_note(check))
        agree = check.difference == 0
        self.note.setStyleSheet(MUTED_STYLE if agree else
                                "color: #8a5300; background: #fff4e0; padding: 4px;")
        self.note.show()

    def gross_note(self, check: GrossCheck) -> str:
        f = self.ctx.formats
        rate = _percent_text(check.fee_rate)
        if check.fixed_fee:
            rate = tr("{rate} + {fixed}").format(rate=rate, fixed=f.amount(check.fixed_fee))
        kept = tr("From {gross} the processor kept {deduction}: commission {fee} and IVA "
                  "{fee_iva}.").format(gross=f.amount(check.gross),
                                       deduction=f.amount(check.deduction),
                                       fee=f.amount(check.fee), fee_iva=f.amount(check.fee_iva))
        if check.difference == 0:
            return tr("The gross sale and the fee rate agree.") + " " + kept
        compared = (tr("The fee rate of {rate} would give {rate_fee} and IVA {rate_fee_iva} "
                       "({rate_deduction}): {difference} less than the processor kept.")
                    if check.difference > 0 else
                    tr("The fee rate of {rate} would give {rate_fee} and IVA {rate_fee_iva} "
                       "({rate_deduction}): {difference} more than the processor kept."))
        return " ".join((
            tr("The gross sale wins over the fee rate."), kept,
            compared.format(rate=rate, rate_fee=f.amount(check.rate_fee),
                            rate_fee_iva=f.amount(check.rate_fee_iva),
                            rate_deduction=f.amount(check.rate_deduction),
                            difference=f.amount(abs(check.difference))),
            tr("To book by the fee rate instead, leave the gross sale empty.")))

    # ---------------------------------------------------------------- applying
    def apply(self) -> bool:
        info = self.current
        if info is None:
            return False
        for label in self.field_errors.values():
            label.hide()
        self.error.hide()
        try:
            if self.invoices is not None:
                lines = apply_invoices(self.ctx.book, self.model.total,
                                       self.invoices.invoices())
            else:
                lines = apply_template(self.ctx.book, info.name, self.model.total,
                                       self.params())
        except BadInput as exc:
            if self.invoices is None or not self.invoices.show_error(exc):
                self.show_error(exc)
            return False
        lines = keep_own_category(lines, self.model.lines)
        self.model.replace_lines(edit_lines(self.ctx, lines),
                                 tr("Apply template {title}").format(title=info.title))
        self.suggestion.hide()  # answered: the lines are chosen
        count("template.applied", label=info.name)  # app.monitor: by name, never a payee
        self.applied.emit(info.title)
        return True

    def show_error(self, exc: BadInput) -> None:
        key = exc.field.lstrip("-")
        shown = f" ({exc.value})" if exc.value not in ("", None) else ""
        if key in self.field_errors:
            label = self.field_errors[key]
            label.setText(f"{exc.reason}{shown}")
            label.show()
            self.fields[key].setFocus()
        else:
            name = {"amount": tr("Total"), "invoices": tr("Invoices")}.get(key, key)
            self.error.setText(f"{name}: {exc.reason}{shown}")
            self.error.show()

    # ---------------------------------------------------------------- payee
    def look_up_payee(self, *, background: bool = True) -> None:
        payee = self.payee.strip()
        if not payee:
            return
        if not background:
            self._suggest(last_split_for_payee(self.ctx.book, payee))
            return
        (operations.QueryOp(self, lambda _p: last_split_for_payee(self.ctx.book, payee))
         .success(self._suggest).failure(lambda _e: None).run_in_background())

    def _suggest(self, lines: list[TemplateLine] | None) -> None:
        self._suggested = lines
        if not lines:
            self.suggestion.hide()
            return
        names = ", ".join(dict.fromkeys(line.category or tr("Uncategorized") for line in lines))
        self.suggestion_text.setText(tr("Last time, {payee} was split into {n} lines: {names}.")
                                     .format(payee=self.payee, n=len(lines), names=names))
        self.suggestion.show()

    def apply_suggestion(self) -> None:
        if not self._suggested:
            return
        scaled = scale_lines(self._suggested, self.model.total)
        self.model.replace_lines(edit_lines(self.ctx, scaled),
                                 tr("Use {payee}'s last split").format(payee=self.payee))
        count("template.applied", label="last-split")
        self.applied.emit(tr("{payee}'s last split").format(payee=self.payee))

    # ---------------------------------------------------------------- saving
    def save_as_template(self) -> None:
        dialog = SaveTemplateDialog(self.ctx, self.model, self)
        dialog.accepted.connect(self.reload)
        dialog.open()


class SaveTemplateDialog(QDialog):
    """Name the template and say, per line, whether it is a fixed amount, a
    percentage of the total, or the remainder (exactly one)."""

    KINDS = ("percent", "fixed", "remainder")

    def __init__(self, ctx: BookContext, model: SplitLinesModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.setWindowTitle(tr("Save lines as a template"))
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.name_error = QLabel()
        self.name_error.setStyleSheet(ERROR_STYLE)
        self.name_error.hide()
        self.table = QTableWidget(len(model.lines), 3)
        self.table.setHorizontalHeaderLabels([tr("Category"), tr("Kept as"), tr("Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.kinds: list[QComboBox] = []
        biggest = max(range(len(model.lines)), key=lambda i: abs(model.lines[i].amount),
                      default=0)
        labels = {"percent": tr("Percent of total"), "fixed": tr("Fixed amount"),
                  "remainder": tr("Remainder")}
        for row, line in enumerate(model.lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.target or tr("Uncategorized")))
            combo = QComboBox()
            for kind in self.KINDS:
                combo.addItem(labels[kind], kind)
            combo.setCurrentIndex(self.KINDS.index("remainder" if row == biggest
                                                   else "percent"))
            self.table.setCellWidget(row, 1, combo)
            self.kinds.append(combo)
            self.table.setItem(row, 2, QTableWidgetItem(self._value(line.amount, "percent")))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._kind_changed(r))
            self._kind_changed(row)
        self.table.resizeColumnsToContents()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        row_widget = QWidget()
        box = QHBoxLayout(row_widget)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.name, 1)
        box.addWidget(self.name_error)
        form.addRow(tr("&Name:"), row_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 320)

    def _value(self, amount: int, kind: str) -> str:
        if kind == "fixed":
            return format_plain(amount, self.ctx.formats.exp)
        if kind == "percent" and self.model.total:
            pct = Decimal(amount * 100) / Decimal(self.model.total)
            return f"{pct.quantize(Decimal('0.0001')).normalize():f}"
        return ""

    def _kind_changed(self, row: int) -> None:
        kind = self.kinds[row].currentData()
        item = self.table.item(row, 2)
        if item is None:
            return
        item.setText(self._value(self.model.lines[row].amount, kind))
        flags = item.flags()
        if kind == "remainder":
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEditable)
        else:
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable)

    def user_lines(self) -> list[UserLine]:
        lines = []
        for row, line in enumerate(self.model.lines):
            item = self.table.item(row, 2)
            lines.append(UserLine(category=line.target if line.category_id else "",
                                  kind=self.kinds[row].currentData(),
                                  value=item.text().strip() if item else "", memo=line.memo))
        return lines

    def save(self) -> None:
        self.name_error.hide()
        self.error.hide()
        try:
            ops.save_template(self, self.ctx.book, self.name.text(), self.user_lines()).run_now()
        except BadInput as exc:
            if exc.field == "name":
                self.name_error.setText(exc.reason)
                self.name_error.show()
            else:
                self.error.setText(f"{exc.field}: {exc.reason}")
                self.error.show()
            return
        except CuentasError as exc:
            self.error.setText(operations.describe_error(exc))
            self.error.show()
            return
        self.accept()
