"""The split-transaction editor: one movement spread over several lines.

A grid of lines (category with type-ahead over full names or `[Account]` for a
transfer, memo, amount, tax rate, and the taxable base of an IVA line, which follows
its amount and rate — the line under the grid says when it moved or was cleared),
the remaining bar (total / assigned /
`Balanced`, `0.37 unassigned`, `1.20 over`, from `app.splits.remaining_state`) and
OK disabled, with the reason beside it, until the lines balance and every cell
reads. Remainder tools: a new line holds the remainder; `=` in an amount takes it;
`16%` is 16 % of the total; Distribute remainder; Balance on this line. Templates
and the payee's last split come from `ui.editing.split_templates`.

The dialog edits lines only; whoever opened it saves (`save` callback), and a
`BadInput` from that save (`lines[2].amount`) is shown in the cell it names, the
dialog staying open. Lines of zero are dropped on OK after asking.

Keyboard: type in a cell, Tab to the next (Tab after the last cell of the last line
adds a line holding the remainder while the lines do not balance), Enter commits a
cell and, when nothing is being edited, is OK. Ctrl+Z / Ctrl+Shift+Z undo inside the
editor; F1 opens the help on the remaining bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput, CuentasError
from app.ledger.transactions import LineInput
from app.monitor.metrics import count
from ui.common import operations, prompts
from ui.common.context import BookContext
from ui.common.delegates import LineDelegate
from ui.common.style import ERROR_COLOR, ERROR_STYLE, SPLIT_BLUE_COLOR
from ui.common.translate import plural, tr
from ui.common.undo import redo_shortcuts
from ui.editing.split_lines import AMOUNT, BASE, CATEGORY, MEMO, RATE, SplitLinesModel
from ui.editing.split_templates import TemplatePanel

SaveLines = Callable[[int, tuple[LineInput, ...]], None]


class RemainingBar(QFrame):
    """Total · Assigned · state, coloured by state; under them, while the lines do
    not balance, why a line may be the cause (it goes the other way)."""

    STYLES = {"balanced": ("#e6f4ea", "#1e6b34"), "unassigned": ("#fff4e0", "#8a5300"),
              "over": ("#fce8e6", ERROR_COLOR)}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remainingBar")
        self.total = QLabel()
        self.assigned = QLabel()
        self.state = QLabel()
        self.state.setObjectName("remainingState")
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("remainingHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        figures = QHBoxLayout()
        figures.addWidget(self.total)
        figures.addSpacing(24)
        figures.addWidget(self.assigned)
        figures.addStretch(1)
        figures.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(figures)
        layout.addWidget(self.hint)

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def show_figures(self, total: str, assigned: str, state: str, text: str) -> None:
        self.total.setText(tr("Total: {amount}").format(amount=total))
        self.assigned.setText(tr("Assigned: {amount}").format(amount=assigned))
        self.state.setText(text)
        bg, fg = self.STYLES[state]
        self.setStyleSheet(f"#remainingBar {{ background: {bg}; border: 1px solid {fg}40; "
                           f"border-radius: 4px; }} #remainingBar QLabel {{ color: {fg}; }}")

    def text(self) -> str:
        return self.state.text()


class SplitGrid(QTableView):
    """The lines: Tab past the last cell adds a line holding the remainder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)

    def lines_model(self) -> SplitLinesModel:
        model = self.model()
        assert isinstance(model, SplitLinesModel)
        return model

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Shift+Tab pass over the taxable base (it is shown, not typed)."""
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or index.column() != BASE:
            return index
        model = self.lines_model()
        if action == QAbstractItemView.CursorAction.MoveNext:
            return model.index((index.row() + 1) % model.rowCount(), CATEGORY)
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return model.index(index.row(), RATE)
        return index

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        model = self.lines_model()
        index = self.currentIndex()
        at_end = index.row() == model.rowCount() - 1 and index.column() == RATE
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and at_end:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.past_the_end()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.lines_model()
        if (event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and index.row() == model.rowCount() - 1 and index.column() == RATE):
            self.past_the_end()
            return
        super().keyPressEvent(event)

    def past_the_end(self) -> None:
        model = self.lines_model()
        if model.remaining != 0:
            row = model.add_line()
            self.start_line(row)
        else:  # balanced: on to the buttons (not QAbstractItemView's Tab handling)
            self.window().focusNextChild()

    def start_line(self, row: int) -> None:
        index = self.model().index(row, CATEGORY)
        self.setCurrentIndex(index)
        self.edit(index)


class SplitEditor(QDialog):
    """Edit the lines of one transaction of `total` (minor units, signed)."""

    def __init__(self, ctx: BookContext, *, total: int, lines: Sequence[LineInput],
                 account_id: int | None = None, payee: str = "", date: str = "",
                 save: SaveLines | None = None, total_editable: bool = True,
                 template: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.save = save
        self.template_used: str | None = None
        self.result_lines: tuple[LineInput, ...] = ()
        self.result_total = total
        self.setObjectName("splitEditor")
        self.setWindowTitle(tr("Split transaction"))
        f = ctx.formats
        self.model = SplitLinesModel(f, ctx.targets, total, lines or [LineInput(amount=total)],
                                     own_account=account_id, parent=self)

        # heading: who, when, total
        who = QLabel(" · ".join(p for p in (f.date(date) if date else "", payee) if p))
        who.setObjectName("splitWho")
        wfont = who.font()
        wfont.setBold(True)
        who.setFont(wfont)
        self.total_edit = QLineEdit(f.amount(total))
        self.total_edit.setObjectName("splitTotal")
        self.total_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_edit.setMaximumWidth(160)
        self.total_edit.setReadOnly(not total_editable)
        self.total_edit.editingFinished.connect(self._total_edited)
        total_label = QLabel(tr("T&otal:"))
        total_label.setBuddy(self.total_edit)
        self.total_error = QLabel()
        self.total_error.setStyleSheet(ERROR_STYLE)
        self.total_error.hide()
        heading = QHBoxLayout()
        heading.addWidget(who, 1)
        heading.addWidget(self.total_error)
        heading.addWidget(total_label)
        heading.addWidget(self.total_edit)

        self.templates = TemplatePanel(ctx, self.model, payee, self)
        self.templates.applied.connect(self._template_applied)
        self.templates.setVisible(ctx.features.templates or ctx.features.suggestions)
        self.templates.show_chooser(ctx.features.templates)

        self.grid = SplitGrid(self)
        self.grid.setObjectName("splitGrid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(tr("Split lines"))
        self.grid.setItemDelegate(LineDelegate(self.grid, right=(AMOUNT, RATE),
                                               completers={CATEGORY: ctx.targets.completer},
                                               strict=(CATEGORY,)))
        header = self.grid.horizontalHeader()
        fm = self.grid.fontMetrics()
        header.resizeSection(CATEGORY, fm.horizontalAdvance("Impuestos:IVA retenido a favor") + 24)
        header.setSectionResizeMode(MEMO, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(AMOUNT, fm.horizontalAdvance("-000,000,000.00") + 20)
        header.resizeSection(RATE, fm.horizontalAdvance(tr("Tax rate")) + 24)
        header.resizeSection(BASE, max(fm.horizontalAdvance("-00,000,000.00"),
                                       fm.horizontalAdvance(tr("Taxable base"))) + 20)

        # tools
        self.buttons_row = QHBoxLayout()
        self.acts: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("add", tr("Add &line"), "Ctrl+Return", self.add_line),
            ("insert", tr("&Insert above"), "Ctrl+Shift+Return", self.insert_line),
            ("delete", tr("D&elete line"), "Ctrl+Delete", self.delete_line),
            ("up", tr("Move &up"), "Ctrl+Up", lambda: self.move_line(-1)),
            ("down", tr("Move do&wn"), "Ctrl+Down", lambda: self.move_line(1)),
            ("distribute", tr("&Distribute remainder"), "Ctrl+D", self.distribute),
            ("balance", tr("&Balance on this line"), "Ctrl+B", self.balance_here),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.acts[key] = action
            button = QPushButton(text)
            button.setObjectName(f"tool_{key}")
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text.replace('&', '')} ({keys})")  # Qt names the keys
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)
        for key, seq, slot in (("undo", QKeySequence.StandardKey.Undo, self.model.stack.undo),
                               ("redo", QKeySequence.StandardKey.Redo, self.model.stack.redo),
                               ("help", QKeySequence.StandardKey.HelpContents, self.show_help)):
            action = QAction(self)
            if key == "redo":  # Ctrl+Shift+Z and Ctrl+Y too, under every desktop's keys
                action.setShortcuts(redo_shortcuts(QKeySequence.keyBindings(seq)))
            else:
                action.setShortcut(QKeySequence(seq))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.acts[key] = action

        self.bar = RemainingBar(self)
        self.notice = QLabel()  # what a change did beside what was typed
        self.notice.setObjectName("splitNotice")
        self.notice.setStyleSheet(f"color: {SPLIT_BLUE_COLOR};")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.problem = QLabel()
        self.problem.setObjectName("splitProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                           | QDialogButtonBox.StandardButton.Cancel
                                           | QDialogButtonBox.StandardButton.Help)
        self.ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setAutoDefault(False)
        self.ok.setDefault(False)
        self.button_box.accepted.connect(self.try_accept)
        self.button_box.rejected.connect(self.reject)
        self.button_box.helpRequested.connect(self.show_help)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.button_box)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.templates)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.notice)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.bar)
        layout.addLayout(bottom)
        self.resize(860, 560)

        self.model.state_changed.connect(self.update_state)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self.update_state())
        self.model.modelAboutToBeReset.connect(self._remember_cell)
        self.model.modelReset.connect(self._restore_cell)
        self._cell = (0, CATEGORY)
        self.update_state()
        if template and ctx.features.templates:
            self.templates.choose(template)
        elif len(self.model.lines) <= 1 and ctx.features.suggestions:
            self.templates.look_up_payee()
        QTimer.singleShot(0, self._initial_focus)

    # ---------------------------------------------------------------- state
    def update_state(self) -> None:
        f = self.ctx.formats
        state, gap = self.model.remaining_state()
        text = {"balanced": tr("Balanced"),
                "unassigned": tr("{amount} unassigned"),
                "over": tr("{amount} over")}[state].format(amount=f.amount(gap))
        self.bar.show_figures(f.amount(self.model.total), f.amount(self.model.assigned), state,
                              text)
        self.bar.show_hint(self.sign_hint() if state != "balanced" else "")
        if not self.total_edit.hasFocus():
            self.total_edit.setText(f.amount(self.model.total))
        self.notice.setText(self.model.notice)
        self.notice.setVisible(bool(self.model.notice))
        problems = self.model.problems()
        if state != "balanced":
            problems.append(tr("The lines must add up to the total ({state}).").format(
                state=text))
        self.ok.setEnabled(not problems)
        self.problem.setText(problems[0] if problems else "")
        self.ok.setToolTip("\n".join(problems))
        row = self.grid.currentIndex().row()
        self.acts["delete"].setEnabled(len(self.model.lines) > 1 and row >= 0)
        self.acts["balance"].setEnabled(row >= 0 and state != "balanced")
        self.acts["distribute"].setEnabled(state != "balanced")

    def sign_hint(self) -> str:
        """Which lines go the other way from the movement, and how a sign is typed: the
        explanation of a bar that does not balance because of one (issue 13)."""
        rows = self.model.opposite()
        if not rows:
            return ""
        f = self.ctx.formats
        numbers = ", ".join(str(r + 1) for r in rows)
        amounts = ", ".join(f.amount(self.model.lines[r].amount) if self.model.lines[r].amount < 0
                            else "+" + f.amount(self.model.lines[r].amount) for r in rows)
        if self.model.total < 0:
            said = plural(len(rows), tr("Line {lines} is money in ({amounts}), while this "
                                        "movement is money out."),
                          tr("Lines {lines} are money in ({amounts}), while this movement is "
                             "money out."))
            rule = tr("A number typed without a sign is money out here; type + before it "
                      "for money in.")
        else:
            said = plural(len(rows), tr("Line {lines} is money out ({amounts}), while this "
                                        "movement is money in."),
                          tr("Lines {lines} are money out ({amounts}), while this movement is "
                             "money in."))
            rule = tr("A number typed without a sign is money in here; type - before it "
                      "for money out.")
        return said.format(lines=numbers, amounts=amounts) + " " + rule

    def _initial_focus(self) -> None:
        first = self.templates.first_field() if self.templates.current is not None else None
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()  # typing replaces what it holds
            return
        self.grid.setFocus()
        self.grid.setCurrentIndex(self.model.index(0, CATEGORY))

    def _remember_cell(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            self._cell = (index.row(), index.column())

    def _restore_cell(self) -> None:
        row = min(self._cell[0], self.model.rowCount() - 1)
        if row >= 0:
            self.grid.setCurrentIndex(self.model.index(row, self._cell[1]))

    def _total_edited(self) -> None:
        if self.total_edit.isReadOnly():
            return
        self.total_error.hide()
        try:
            total = self.ctx.formats.parse_amount(self.total_edit.text(), "amount")
        except BadInput as exc:
            self.total_error.setText(exc.reason)
            self.total_error.show()
            return
        if total != self.model.total:
            self.model.set_total(total)

    def _template_applied(self, title: str) -> None:
        self.template_used = title
        self.grid.setFocus()
        self.grid.setCurrentIndex(self.model.index(0, AMOUNT))

    def showEvent(self, event: object) -> None:
        if not getattr(self, "_counted", False):  # app.monitor: the editor's completion rate
            self._counted = True
            count("split_editor.opened")
        super().showEvent(event)  # type: ignore[arg-type]

    def done(self, result: int) -> None:
        if getattr(self, "_counted", False):
            count("split_editor.saved" if result == QDialog.DialogCode.Accepted
                  else "split_editor.cancelled")
            self._counted = False
        super().done(result)

    # ---------------------------------------------------------------- tools
    def current_row(self) -> int:
        index = self.grid.currentIndex()
        return index.row() if index.isValid() else len(self.model.lines) - 1

    def add_line(self) -> None:
        self.grid.start_line(self.model.add_line())

    def insert_line(self) -> None:
        self.grid.start_line(self.model.add_line(max(self.current_row(), 0)))

    def delete_line(self) -> None:
        row = self.current_row()
        if len(self.model.lines) > 1:
            self.model.remove_line(row)
            self.grid.setCurrentIndex(self.model.index(min(row, len(self.model.lines) - 1),
                                                       CATEGORY))

    def move_line(self, delta: int) -> None:
        col = max(self.grid.currentIndex().column(), 0)
        row = self.model.move_line(self.current_row(), delta)
        self.grid.setCurrentIndex(self.model.index(row, col))

    def distribute(self) -> None:
        try:
            self.model.distribute()
        except ValueError:
            self.problem.setText(tr("Nothing to distribute over: give some lines an amount "
                                    "first."))

    def balance_here(self) -> None:
        self.model.balance_on(self.current_row())

    def show_help(self) -> None:
        try:
            from ui.help.browser import show_help  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            return
        show_help(self, "split-transactions", "the-remaining-bar")

    # ---------------------------------------------------------------- closing
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            editing = self.grid.state() == QAbstractItemView.State.EditingState
            in_panel = focus is not None and (self.templates.isAncestorOf(focus)
                                              or focus is self.total_edit)
            if not editing and not in_panel:
                self.try_accept()
            event.accept()
            return
        super().keyPressEvent(event)

    def try_accept(self) -> None:
        if self.grid.state() == QAbstractItemView.State.EditingState:
            self.grid.setFocus()  # commits the open cell
        self.update_state()
        if not self.ok.isEnabled():
            return
        zero = [i + 1 for i, line in enumerate(self.model.lines) if line.amount == 0]
        if zero and len(zero) < len(self.model.lines):
            if not prompts.confirm(
                self, tr("Lines without an amount"),
                plural(len(zero), tr("Line {lines} has no amount. Remove it and save?"),
                       tr("Lines {lines} have no amount. Remove them and save?")).format(
                    lines=", ".join(map(str, zero)))):
                return
            self.model.drop_zero_lines()
        lines = self.model.input_lines()
        if self.save is not None:
            try:
                self.save(self.model.total, lines)
            except BadInput as exc:
                self.show_service_error(exc)
                return
            except CuentasError as exc:
                self.problem.setText(operations.describe_error(exc))
                return
        self.result_lines = lines
        self.result_total = self.model.total
        self.accept()

    def show_service_error(self, exc: BadInput) -> None:
        """Put a service's complaint next to the field it names (`lines[2].amount`)."""
        field = exc.field
        shown = f" ({exc.value})" if exc.value not in ("", None) else ""
        if field.startswith("lines[") and "]" in field:
            number = field[len("lines["):field.index("]")]
            part = field.partition(".")[2]
            col = {"amount": AMOUNT, "memo": MEMO, "tax_rate": RATE, "category": CATEGORY,
                   "account": CATEGORY}.get(part, AMOUNT)
            if number.isdigit():
                row = int(number) - 1
                self.model.mark_error(row, col, exc.reason)
                self.grid.setCurrentIndex(self.model.index(row, col))
                self.problem.setText(tr("Line {n}: {reason}{shown}").format(
                    n=row + 1, reason=exc.reason, shown=shown))
                return
        if field == "amount":
            self.total_error.setText(exc.reason)
            self.total_error.show()
        self.problem.setText(f"{field}: {exc.reason}{shown}")
