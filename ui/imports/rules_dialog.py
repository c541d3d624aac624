"""Split rules: which imported movements a template splits, listed and edited.

`RulesDialog` lists the book's rules in the order they are tried, with Add, Edit and
Remove; `RuleEditor` edits one: its name, what it matches (the payee or memo
contains a text, or the payee is exactly it), the template and the template's keys
(the built-in templates' own fields, their defaults shown), and optionally one
account. Saving goes through `app.imports.rules`, whose errors show under the field
they name. The import preview reads the rules again when this dialog closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput, CuentasError
from app.imports.rules import SplitRule, list_rules
from app.ledger.accounts import list_accounts
from app.ledger.templates import BUILTINS, list_templates
from ui.common import operations, prompts
from ui.common.context import BookContext
from ui.common.operations import imports as ops
from ui.common.translate import tr
from ui.settings.fields import ErrorLines


def _field(widget: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return box


class RuleEditor(QDialog):
    """A new rule (`rule` None) or a change to one."""

    def __init__(self, ctx: BookContext, rule: SplitRule | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rule = rule
        self.saved: SplitRule | None = None
        self.setObjectName("ruleEditor")
        self.setWindowTitle(tr("Split rule") if rule else tr("New split rule"))
        self.errors = ErrorLines()
        self.name = QLineEdit(rule.name if rule else "")
        self.name.setPlaceholderText(tr("like Clip deposits"))
        self.match = QComboBox()
        self.match.addItem(tr("the payee or memo contains"), "contains")
        self.match.addItem(tr("the payee is exactly"), "payee")
        if rule is not None:
            self.match.setCurrentIndex(max(0, self.match.findData(rule.match)))
        self.pattern = QLineEdit(rule.pattern if rule else "")
        self.pattern.setPlaceholderText(tr("like CLIP"))
        self.template = QComboBox()
        self.template.setObjectName("ruleTemplate")
        #: The templates as app names them, in the interface's language.
        self.infos = {info.name: info for info in list_templates(ctx.book)}
        for info in self.infos.values():
            self.template.addItem(info.title, info.name)
        self.template.setCurrentIndex(max(0, self.template.findData(
            rule.template if rule else "card-deposit")))
        self.template.currentIndexChanged.connect(self._build_params)
        self.account = QComboBox()
        self.account.addItem(tr("Any account"), None)
        for view in list_accounts(ctx.book, include_archived=False):
            self.account.addItem(view.name, view.id)
        if rule is not None and rule.account_id is not None:
            self.account.setCurrentIndex(max(0, self.account.findData(rule.account_id)))
        self.enabled = QCheckBox(tr("Apply this rule"))
        self.enabled.setChecked(rule.enabled if rule else True)
        self.params: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        self.form = form
        form.addRow(tr("&Name:"), _field(self.name, self.errors.for_field("name")))
        when = QHBoxLayout()
        when.addWidget(self.match)
        when.addWidget(self.pattern, 1)
        when_box = QWidget()
        when_box.setLayout(when)
        when.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("&When:"), _field(when_box, self.errors.for_field("pattern")))
        form.addRow(tr("&Template:"), _field(self.template, self.errors.for_field("template")))
        self._params_at = form.rowCount()
        form.addRow(tr("&Account:"), self.account)
        form.addRow("", self.enabled)
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._build_params()
        self.resize(520, self.sizeHint().height())

    def _build_params(self) -> None:
        """The template's own keys as rows of the form, under the template."""
        for _key in list(self.params):
            self.form.removeRow(self._params_at)
        self.params = {}
        name = str(self.template.currentData())
        if name not in BUILTINS:
            return
        given = self.rule.params if self.rule and self.rule.template == name else {}
        hints = {"percent": tr("the book's rate"), "amount": tr("none"),
                 "category": tr("the book's category for it")}
        for i, param in enumerate(self.infos[name].params):
            edit = QLineEdit(given.get(param.key, ""))
            edit.setObjectName(f"param_{param.key}")
            edit.setPlaceholderText(param.default or hints.get(param.kind, ""))
            self.params[param.key] = edit
            self.form.insertRow(self._params_at + i, tr("{label}:").format(label=param.label),
                                _field(edit, self.errors.for_field(param.key)))

    def save(self) -> bool:
        self.errors.clear()
        params = {key: edit.text().strip() for key, edit in self.params.items()
                  if edit.text().strip()}
        rule = SplitRule(name=self.name.text(), pattern=self.pattern.text(),
                         template=str(self.template.currentData()),
                         match=str(self.match.currentData()), params=params,
                         account_id=self.account.currentData(),
                         enabled=self.enabled.isChecked(),
                         id=self.rule.id if self.rule else None,
                         position=self.rule.position if self.rule else 0)
        try:
            self.saved = ops.save_rule(self, self.ctx.book, rule).run_now()
        except BadInput as exc:
            self.errors.show_error(exc)
            return False
        except CuentasError as exc:
            self.errors.show_message(str(exc))
            return False
        self.accept()
        return True


class RulesDialog(QDialog):
    def __init__(self, ctx: BookContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rulesDialog")
        self.setWindowTitle(tr("Split rules"))
        intro = QLabel(tr("Imported movements whose payee matches a rule get the rule's "
                          "template lines in the preview — every Clip deposit, say, becomes "
                          "the sale, its IVA, the commission and the IVA on the commission. "
                          "The first rule that matches wins."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels([tr("Rule"), tr("What it does"), tr("On")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(tr("&Add…"))
        add.setObjectName("addRule")
        add.clicked.connect(lambda: self.edit(new=True))
        self.edit_button = QPushButton(tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (add, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(close)
        self.rules: list[SplitRule] = []
        self.load()
        self.resize(720, 380)

    def load(self) -> None:
        self.rules = list_rules(self.ctx.book)
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            for column, text in enumerate((rule.name, rule.describe,
                                           tr("yes") if rule.enabled else tr("no"))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        has = bool(self.rules)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def selected(self) -> SplitRule | None:
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def edit(self, new: bool = False) -> None:
        rule = None if new else self.selected()
        if not new and rule is None:
            return
        editor = RuleEditor(self.ctx, rule, self)
        if editor.exec():
            self.load()

    def remove(self) -> None:
        rule = self.selected()
        if rule is None or rule.id is None:
            return
        if not prompts.confirm(self, tr("Remove the rule"),
                               tr("Remove the split rule {name}?").format(name=rule.name),
                               destructive=True):
            return
        (ops.delete_rule(self, self.ctx.book, rule.id)
         .failure(lambda exc: operations.show_error(self, exc)).run_now())
        self.load()
