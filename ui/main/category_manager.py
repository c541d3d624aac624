"""The category manager: the tree of categories with kind, tax role and how many
split lines each holds; add, rename, move, merge (after saying how many lines move),
change kind and role, archive.

Every change but the merge is an undoable command (`ui.common.operations.categories`)
on the book's undo stack, the same stack as the transactions': Undo and Redo here (and
Edit › Undo in the main window) take back the last step, whichever window made it.
A merge cannot be taken back line by line: it asks first, runs in the background, and
the undo history ends there. Every open view hears about each change through the hub
(the register shows category names, so it follows renames).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QFont, QKeySequence
from PySide6.QtWidgets import (
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput, CuentasError
from app.ledger.categories import CategoryView, list_categories
from app.store.models import CATEGORY_KINDS, CATEGORY_ROLES
from ui.common import operations, prompts
from ui.common.context import BookContext
from ui.common.events import OpChanges, hub
from ui.common.operations import categories as ops
from ui.common.style import DIM, ERROR_STYLE
from ui.common.translate import plural, tr
from ui.common.undo import BookCommand, redo_shortcuts

NAME, KIND, ROLE, LINES = range(4)
CATEGORY_ID = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    return {"income": tr("Income"), "expense": tr("Expense"), "tax": tr("Tax")}.get(kind, kind)


def role_label(role: str) -> str:
    return {
        "none": "—",
        "iva_output": tr("IVA charged (output)"),
        "iva_input": tr("IVA paid (input)"),
        "iva_withheld_credit": tr("IVA withheld from you (credit)"),
        "iva_withheld_payable": tr("IVA you withheld (payable)"),
        "income_tax_withheld_credit": tr("Income tax withheld from you (credit)"),
        "income_tax_withheld_payable": tr("Income tax you withheld (payable)"),
        "commission": tr("Commission"),
    }.get(role, role)


class CategoryForm(QDialog):
    """Name (or target category), kind and role, with errors under their field."""

    def __init__(self, ctx: BookContext, title: str, *, name: str = "", kind: str = "expense",
                 role: str = "none", ask_name: bool = True, ask_kind: bool = True,
                 choose_category: bool = False, allow_top: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.name = QLineEdit(name)
        self.name.setObjectName("name")
        completer = ctx.targets.completer(self.name) if choose_category else None
        if completer is not None:
            self.name.setCompleter(completer)
        if choose_category:
            self.name.setPlaceholderText(tr("(top level)") if allow_top else "")
        self.kind = QComboBox()
        for k in CATEGORY_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(CATEGORY_KINDS.index(kind))
        self.role = QComboBox()
        for r in CATEGORY_ROLES:
            self.role.addItem(role_label(r), r)
        self.role.setCurrentIndex(CATEGORY_ROLES.index(role))
        self.errors = {key: QLabel() for key in ("name", "kind", "role")}
        form = QFormLayout()
        for key, label, widget, shown in (("name", tr("&Name:") if not choose_category
                                           else tr("&Category:"), self.name, ask_name),
                                          ("kind", tr("&Kind:"), self.kind, ask_kind),
                                          ("role", tr("Tax &role:"), self.role, ask_kind)):
            if not shown:
                widget.hide()
                continue
            error = self.errors[key]
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            host = QWidget()
            box = QVBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            box.addWidget(error)
            label_widget = QLabel(label)
            label_widget.setBuddy(widget)
            form.addRow(label_widget, host)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def show_error(self, exc: BadInput) -> None:
        key = exc.field.lstrip("-")
        key = {"category": "name", "parent": "name", "target": "name"}.get(key, key)
        label = self.errors.get(key, self.errors["name"])
        shown = f" ({exc.value})" if exc.value not in ("", None) else ""
        label.setText(f"{exc.reason}{shown}")
        label.show()


class CategoryManager(QDialog):
    def __init__(self, ctx: BookContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories: list[CategoryView] = []
        self.setObjectName("categoryManager")
        self.setWindowTitle(tr("Categories"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("categoryTree")
        self.tree.setHeaderLabels([tr("Category"), tr("Kind"), tr("Tax role"), tr("Lines")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LINES, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.headerItem().setTextAlignment(LINES, Qt.AlignmentFlag.AlignRight)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.rename())
        self.show_archived = QCheckBox(tr("Show &archived"))
        self.show_archived.toggled.connect(lambda _c: self._fill())

        self.buttons: dict[str, QPushButton] = {}
        self.undo_buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for key, text, shortcut, slot in (
            ("add", tr("&Add…"), "Ins", self.add),
            ("rename", tr("&Rename…"), "F2", self.rename),
            ("move", tr("&Move…"), "", self.move_to),
            ("merge", tr("Mer&ge into…"), "", self.merge),
            ("role", tr("Kind and &tax role…"), "", self.change_role),
            ("archive", tr("Arc&hive"), "", self.toggle_archived),
        ):
            button = QPushButton(text)
            button.setObjectName(f"category_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            if shortcut:
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(slot)
                self.addAction(action)
                button.setToolTip(shortcut)
            column.addWidget(button)
            self.buttons[key] = button
        column.addSpacing(12)
        undo_row = QHBoxLayout()
        stack = ctx.undo.stack
        for key, text, action in (("undo", tr("&Undo"), stack.createUndoAction(self)),
                                  ("redo", tr("Re&do"), stack.createRedoAction(self))):
            action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)] if key == "undo"
                                else redo_shortcuts(QKeySequence.keyBindings(
                                    QKeySequence.StandardKey.Redo)))
            self.addAction(action)
            button = QPushButton(text)
            button.setObjectName(f"category_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: self._follow(b, a))
            self._follow(button, action)
            undo_row.addWidget(button)
            self.undo_buttons[key] = button
        column.addLayout(undo_row)
        column.addStretch(1)
        column.addWidget(self.show_archived)
        help_action = QAction(self)
        help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_action.triggered.connect(self.show_help)
        self.addAction(help_action)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                                 | QDialogButtonBox.StandardButton.Help)
        close.rejected.connect(self.reject)
        close.helpRequested.connect(self.show_help)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(820, 560)
        hub().operation_did_execute.connect(self._on_operation)
        self.reload()

    # ---------------------------------------------------------------- tree
    def reload(self) -> None:
        self.categories = list_categories(self.ctx.book)
        self._fill()

    def _fill(self) -> None:
        keep = self.selected()
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        show_archived = self.show_archived.isChecked()
        grey = QBrush(DIM)
        for cat in self.categories:  # ordered by full name: parents come first
            if cat.archived and not show_archived:
                continue
            parent = items.get(cat.parent_id) if cat.parent_id else None
            item = QTreeWidgetItem([cat.name, kind_label(cat.kind), role_label(cat.role),
                                    f"{cat.line_count:,}"])
            item.setData(NAME, CATEGORY_ID, cat.id)
            item.setTextAlignment(LINES, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(NAME, cat.full_name)
            if cat.archived:
                font = QFont()
                font.setItalic(True)
                for col in range(4):
                    item.setForeground(col, grey)
                    item.setFont(col, font)
                item.setText(NAME, tr("{name} (archived)").format(name=cat.name))
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[cat.id] = item
        self.tree.expandAll()
        if keep is not None and keep.id in items:
            self.tree.setCurrentItem(items[keep.id])
        elif (top := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(top)
        active = sum(1 for c in self.categories if not c.archived)
        archived = len(self.categories) - active
        count = self.ctx.formats.count
        archived_text = plural(archived,
                               #: Translators: of categories: “12 categories, 1 archived”.
                               tr("1 archived"),
                               #: Translators: of categories: “12 categories, 3 archived”.
                               tr("{n} archived"))
        self.status.setText(", ".join((
            plural(active, tr("1 category"), tr("{n} categories")).format(n=count(active)),
            archived_text.format(n=count(archived)))))
        self._selection_changed()

    def selected(self) -> CategoryView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        cat_id = item.data(NAME, CATEGORY_ID)
        return next((c for c in self.categories if c.id == cat_id), None)

    def select(self, full_name: str) -> None:
        cat = next((c for c in self.categories if c.full_name == full_name), None)
        if cat is None:
            return
        found = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        for item in found:
            if item.data(NAME, CATEGORY_ID) == cat.id:
                self.tree.setCurrentItem(item)

    def _selection_changed(self) -> None:
        cat = self.selected()
        writable = self.ctx.can_write
        for key, button in self.buttons.items():
            button.setEnabled(writable and (key == "add" or cat is not None))
        self.buttons["archive"].setText(tr("Unarc&hive") if cat is not None and cat.archived
                                        else tr("Arc&hive"))

    def _on_operation(self, changes: OpChanges, _initiator: object) -> None:
        if changes.touches("categories", "transactions"):
            self.reload()

    def _follow(self, button: QPushButton, action: QAction) -> None:
        """An Undo/Redo button says what it takes back (*Undo Rename category …*)."""
        button.setEnabled(action.isEnabled() and self.ctx.can_write)
        button.setToolTip(action.text().replace("&", ""))

    # ---------------------------------------------------------------- running
    def _push(self, form: CategoryForm | None, command: BookCommand,
              done_text: str = "") -> None:
        """Run `command` and put it on the undo stack; bad input shows in `form`."""
        try:
            self.ctx.undo.push(command)
        except BadInput as exc:
            if form is not None:
                form.show_error(exc)
            else:
                operations.show_error(self, exc)
            return
        except CuentasError as exc:
            operations.show_error(self, exc)
            return
        if form is not None:
            form.accept()
        self.status.setText(done_text or tr("{what} — Ctrl+Z to undo").format(
            what=command.text()))

    def _resolve(self, form: CategoryForm, allow_top: bool) -> int | None:
        text = form.name.text().strip()
        if not text and allow_top:
            return None
        category_id, _account = self.ctx.targets.resolve(text, "category")
        if category_id is None:
            raise BadInput("category", text, tr("is not a category"))
        return category_id

    # ---------------------------------------------------------------- actions
    def add(self) -> None:
        cat = self.selected()
        prefix = f"{cat.full_name}:" if cat is not None else ""
        form = CategoryForm(self.ctx, tr("Add a category"), name=prefix,
                            kind=cat.kind if cat else "expense", parent=self)
        form.name.setPlaceholderText("Parent:Child")

        def ok() -> None:
            self._push(form, ops.AddCategory(self.ctx.undo, form.name.text(),
                                             form.kind.currentData(), form.role.currentData()))

        form.buttons.accepted.connect(ok)
        form.open()
        self.form = form

    def rename(self) -> None:
        cat = self.selected()
        if cat is None:
            return
        form = CategoryForm(self.ctx, tr("Rename {name}").format(name=cat.full_name),
                            name=cat.name, ask_kind=False, parent=self)

        def ok() -> None:
            self._push(form, ops.RenameCategory(self.ctx.undo, cat, form.name.text()))

        form.buttons.accepted.connect(ok)
        form.open()
        self.form = form

    def move_to(self) -> None:
        cat = self.selected()
        if cat is None:
            return
        form = CategoryForm(self.ctx, tr("Move {name} under…").format(name=cat.full_name),
                            ask_kind=False, choose_category=True, allow_top=True, parent=self)

        def ok() -> None:
            try:
                parent_id = self._resolve(form, allow_top=True)
            except BadInput as exc:
                form.show_error(exc)
                return
            self._push(form, ops.MoveCategory(self.ctx.undo, cat, parent_id))

        form.buttons.accepted.connect(ok)
        form.open()
        self.form = form

    def merge(self) -> None:
        cat = self.selected()
        if cat is None:
            return
        form = CategoryForm(self.ctx, tr("Merge {name} into…").format(name=cat.full_name),
                            ask_kind=False, choose_category=True, parent=self)

        def ok() -> None:
            try:
                target_id = self._resolve(form, allow_top=False)
            except BadInput as exc:
                form.show_error(exc)
                return
            target = next((c for c in self.categories if c.id == target_id), None)
            if target is None or target_id is None:
                return
            children = sum(1 for c in self.categories if c.parent_id == cat.id)
            text = plural(cat.line_count,
                          tr("Merge “{source}” into “{target}”?\n\n1 split line will move to "
                             "“{target}”{children}, and “{source}” will be removed. This "
                             "cannot be undone."),
                          tr("Merge “{source}” into “{target}”?\n\n{n} split lines will move "
                             "to “{target}”{children}, and “{source}” will be removed. This "
                             "cannot be undone.")).format(
                source=cat.full_name, target=target.full_name,
                n=self.ctx.formats.count(cat.line_count),
                children=plural(children, tr(" with its subcategory"),
                                tr(" with its {c} subcategories")).format(c=children)
                if children else "")
            if self.ctx.undo.stack.count():
                text += " " + tr("Changes made before it can no longer be undone either.")
            if not prompts.confirm(self, tr("Merge categories"), text, destructive=True):
                return
            self._merge(form, cat.id, target_id)

        form.buttons.accepted.connect(ok)
        form.open()
        self.form = form

    def change_role(self) -> None:
        cat = self.selected()
        if cat is None:
            return
        form = CategoryForm(self.ctx, tr("Kind and tax role of {name}").format(
            name=cat.full_name), kind=cat.kind, role=cat.role, ask_name=False, parent=self)

        def ok() -> None:
            self._push(form, ops.SetKindAndRole(self.ctx.undo, cat, form.kind.currentData(),
                                                form.role.currentData()))

        form.buttons.accepted.connect(ok)
        form.open()
        self.form = form

    def toggle_archived(self) -> None:
        cat = self.selected()
        if cat is None:
            return
        self._push(None, ops.SetArchived(self.ctx.undo, cat, not cat.archived))

    def _merge(self, form: CategoryForm, source_id: int, target_id: int) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, BadInput):
                form.show_error(exc)
            else:
                operations.show_error(self, exc)

        def merged(moved: int) -> None:
            form.accept()
            self.status.setText(plural(moved, tr("1 line moved."), tr("{result} lines moved."))
                                .format(result=self.ctx.formats.count(moved)))

        (ops.merge(self, self.ctx.undo, source_id, target_id)
         .success(merged).failure(failed).run_in_background())

    def show_help(self) -> None:
        try:
            from ui.help.browser import show_help  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            return
        show_help(self, "categories", None)
