"""The lines of the split editor as a table model, with the editor's own undo stack.

A line is an `EditLine` (what goes where, for how much). Every change — a typed
cell, a new or deleted line, a template applied, a remainder tool — replaces the
whole state through `change()`, which pushes a `LinesChange` on the editor's
`QUndoStack`, so Ctrl+Z inside the editor takes back exactly one step. Nothing here
touches the book: the dialog returns the lines and its caller saves them.

Typing in an amount cell understands three forms: an amount in the book's locale
(`-1.234,56` in es_ES), `=` for whatever the line needs to balance the transaction,
and `16%` for a percentage of the transaction total. An amount or percentage typed
without a sign goes the movement's way (500 on a line of a payment is money out,
−500.00); a leading `+` or `-` says which way the line goes, as typed (`-4.17`: a fee
taken from a deposit; `+50` a refund within a payment). A number without a sign that
turns a line round is said under the grid (`notice`). A cell that does not parse
keeps what was typed, turns red, and says why (OK stays disabled meanwhile).

An IVA line's taxable base (its own column, shown, not typed) follows a change of
its amount or rate made by hand (`app.splits.follow_base`: −64.00 at 16 % is on
−400.00) or is cleared; `notice` says which, under the grid.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QUndoCommand, QUndoStack

from app.errors import BadInput
from app.ledger.transactions import LineInput
from app.money import parse_percent
from app.splits import (
    balance_line,
    base_of_tax,
    distribute_remainder,
    follow_base,
    opposite_lines,
    percent_of,
    rate,
    remaining,
    remaining_state,
    typed_amount,
)
from ui.common.formats import Formats
from ui.common.style import DIM, ERROR, ERROR_BACKGROUND
from ui.common.targets import Targets
from ui.common.translate import tr

CATEGORY, MEMO, AMOUNT, RATE, BASE = range(5)
#: The roles of the IVA lines, whose taxable base the IVA summary adds up per rate.
TAX_ROLES = ("iva_input", "iva_output")
_keys = itertools.count(1)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class EditLine:
    target: str = ""
    category_id: int | None = None
    transfer_id: int | None = None
    memo: str = ""
    amount: int = 0
    tax_rate_bp: int | None = None
    taxable_base: int | None = None
    id: int | None = None
    key: int = 0

    def as_input(self) -> LineInput:
        return LineInput(amount=self.amount, category_id=self.category_id,
                         transfer_account_id=self.transfer_id, memo=self.memo,
                         tax_rate_bp=self.tax_rate_bp, taxable_base=self.taxable_base, id=self.id)


def new_line(**values: object) -> EditLine:
    return EditLine(**values, key=next(_keys))  # type: ignore[arg-type]


@dataclass(frozen=True)
class State:
    total: int
    lines: tuple[EditLine, ...]
    #: (line key, column) -> (typed text, reason)
    errors: tuple[tuple[tuple[int, int], tuple[str, str]], ...] = ()
    #: What the last change did beside what was typed (a taxable base that followed)
    notice: str = ""


class LinesChange(QUndoCommand):
    def __init__(self, model: SplitLinesModel, before: State, after: State, text: str) -> None:
        super().__init__(text)
        self.model, self.before, self.after = model, before, after

    def redo(self) -> None:
        self.model.restore(self.after)

    def undo(self) -> None:
        self.model.restore(self.before)


class SplitLinesModel(QAbstractTableModel):
    state_changed = Signal()

    def __init__(self, formats: Formats, targets: Targets, total: int,
                 lines: Sequence[LineInput], own_account: int | None = None,
                 parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.formats = formats
        self.targets = targets
        self.own_account = own_account
        self.stack = QUndoStack(self)
        self.total = total
        self.lines: list[EditLine] = [
            new_line(target=targets.text_of(li.category_id, li.transfer_account_id),
                     category_id=li.category_id, transfer_id=li.transfer_account_id,
                     memo=li.memo, amount=li.amount, tax_rate_bp=li.tax_rate_bp,
                     taxable_base=li.taxable_base, id=li.id)
            for li in lines
        ]
        self.errors: dict[tuple[int, int], tuple[str, str]] = {}
        self.notice = ""
        #: The ids of the lines the transaction had when the editor opened.
        self.original_ids = [li.id for li in lines if li.id is not None]
        self._headers = [tr("Category"), tr("Memo"), tr("Amount"), tr("Tax rate"),
                         tr("Taxable base")]

    # ---------------------------------------------------------------- state
    def state(self) -> State:
        return State(self.total, tuple(self.lines), tuple(self.errors.items()), self.notice)

    def restore(self, state: State) -> None:
        """Show `state`; the same number of lines is a plain data change (the view
        keeps its current cell while the user types), otherwise a reset."""
        if len(state.lines) == len(self.lines):
            self.total = state.total
            self.lines = list(state.lines)
            self.errors = dict(state.errors)
            self.notice = state.notice
            if self.lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, BASE))
        else:
            self.beginResetModel()
            self.total = state.total
            self.lines = list(state.lines)
            self.errors = dict(state.errors)
            self.notice = state.notice
            self.endResetModel()
        self.state_changed.emit()

    def change(self, text: str, lines: Sequence[EditLine] | None = None, *,
               total: int | None = None,
               errors: dict[tuple[int, int], tuple[str, str]] | None = None,
               notice: str = "") -> None:
        """Replace the state as one undoable step."""
        before = self.state()
        keys = {line.key for line in (lines if lines is not None else self.lines)}
        kept = {k: v for k, v in (errors if errors is not None else self.errors).items()
                if k[0] in keys}
        after = State(self.total if total is None else total,
                      tuple(lines if lines is not None else self.lines), tuple(kept.items()),
                      notice)
        if after != before:
            self.stack.push(LinesChange(self, before, after, text))

    # ---------------------------------------------------------------- figures
    @property
    def amounts(self) -> list[int]:
        return [line.amount for line in self.lines]

    @property
    def assigned(self) -> int:
        return sum(self.amounts)

    @property
    def remaining(self) -> int:
        return remaining(self.total, self.amounts)

    def remaining_state(self) -> tuple[str, int]:
        return remaining_state(self.total, self.amounts)

    def problems(self) -> list[str]:
        """Why the lines cannot be saved as they are (empty: they can)."""
        found = []
        order = {line.key: i for i, line in enumerate(self.lines)}
        for (key, col), (typed, reason) in sorted(self.errors.items(),
                                                  key=lambda e: (order.get(e[0][0], 0), e[0][1])):
            found.append(tr("Line {n}, {column}: {reason} ({typed})").format(
                n=order.get(key, 0) + 1, column=self._headers[col].lower(), reason=reason,
                typed=typed))
        if not self.lines:
            found.append(tr("Add at least one line"))
        return found

    def input_lines(self) -> tuple[LineInput, ...]:
        """The lines to save. New lines take over the ids of removed ones, in order, so
        the service updates rows in place instead of deleting and inserting them (a
        deleted line costs a foreign-key check over every line of the book)."""
        kept = {line.id for line in self.lines if line.id is not None}
        spare = iter([i for i in self.original_ids if i not in kept])
        result = []
        for line in self.lines:
            if line.id is None:
                line = replace(line, id=next(spare, None))
            result.append(line.as_input())
        return tuple(result)

    # ---------------------------------------------------------------- tools
    def add_line(self, row: int | None = None, amount: int | None = None) -> int:
        """Insert a line (at the end by default) holding the remainder; its row."""
        row = len(self.lines) if row is None else row
        lines = list(self.lines)
        lines.insert(row, new_line(amount=self.remaining if amount is None else amount))
        self.change(tr("Add line"), lines)
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            lines = list(self.lines)
            del lines[row]
            self.change(tr("Delete line"), lines)

    def move_line(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.lines) and 0 <= target < len(self.lines)):
            return row
        lines = list(self.lines)
        lines[row], lines[target] = lines[target], lines[row]
        self.change(tr("Move line"), lines)
        return target

    def set_amounts(self, amounts: Sequence[int], text: str) -> None:
        lines, notices = [], []
        for row, (line, amount) in enumerate(zip(self.lines, amounts, strict=True)):
            updated, notice = self.follow(row, line, replace(line, amount=amount))
            lines.append(updated)
            notices += [notice] if notice else []
        errors = {k: v for k, v in self.errors.items() if k[1] != AMOUNT}
        self.change(text, lines, errors=errors, notice=" ".join(notices))

    def is_tax_line(self, line: EditLine) -> bool:
        target = self.targets.by_category.get(line.category_id) \
            if line.category_id is not None else None
        return target is not None and target.role in TAX_ROLES

    def follow(self, row: int, before: EditLine, after: EditLine) -> tuple[EditLine, str]:
        """`after` (a line whose amount or rate was changed by hand) with its taxable
        base following the change (`app.splits.follow_base`), or cleared, and the
        sentence that says so (empty when the base did not change). An IVA line given
        a rate without a base gets the base its amount is the tax of."""
        if (after.amount, after.tax_rate_bp) == (before.amount, before.tax_rate_bp):
            return after, ""
        if before.taxable_base is not None:
            was = before.amount if after.amount != before.amount else None
            base = follow_base(before.taxable_base, after.amount, after.tax_rate_bp, was=was)
        elif self.is_tax_line(after):
            base = base_of_tax(after.amount, after.tax_rate_bp)
        else:
            return after, ""
        if base == before.taxable_base:
            return after, ""
        n = row + 1
        if base is None:
            notice = (tr("Line {n}: taxable base cleared, as the line has no amount.")
                      if after.amount == 0 else
                      tr("Line {n}: taxable base cleared: without a tax rate it cannot "
                         "follow the amount.")).format(n=n)
        elif after.tax_rate_bp:
            notice = tr("Line {n}: taxable base {base}, worked out from the amount at "
                        "{rate}.").format(n=n, base=self.formats.amount(base),
                                          rate=self.formats.rate(after.tax_rate_bp))
        else:
            notice = tr("Line {n}: taxable base {base}, in proportion to the amount.").format(
                n=n, base=self.formats.amount(base))
        return replace(after, taxable_base=base), notice

    def balance_on(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.set_amounts(balance_line(self.total, self.amounts, row),
                             tr("Balance on line {n}").format(n=row + 1))

    def distribute(self) -> None:
        """Spread the remainder over the lines in proportion; ValueError when there
        is nothing to spread over."""
        self.set_amounts(distribute_remainder(self.total, self.amounts),
                         tr("Distribute remainder"))

    def set_total(self, total: int) -> None:
        self.change(tr("Change total"), total=total)

    def replace_lines(self, lines: Sequence[EditLine], text: str) -> None:
        self.change(text, list(lines), errors={})

    def drop_zero_lines(self) -> int:
        kept = [line for line in self.lines if line.amount != 0]
        dropped = len(self.lines) - len(kept)
        if dropped and kept:
            self.change(tr("Remove empty lines"), kept)
        return dropped

    # ---------------------------------------------------------------- parsing
    def parse_amount(self, text: str, row: int) -> int:
        raw = text.strip().replace("\u2212", "-")
        if raw == "=":
            current = self.lines[row].amount if row < len(self.lines) else 0
            return current + self.remaining
        sign = raw[0] if raw[:1] in ("+", "-") else ""
        if raw.endswith("%"):
            magnitude = percent_of(self.total, rate(abs(parse_percent(raw.lstrip("+-"),
                                                                     "amount"))))
        else:
            magnitude = self.formats.parse_amount(raw, "amount")
        return typed_amount(magnitude, self.total, sign)

    def opposite(self) -> list[int]:
        """The rows on the other side of the movement (money in on a payment)."""
        return opposite_lines(self.total, self.amounts)

    def _turned(self, row: int, before: EditLine, after: EditLine, text: str) -> str:
        """What to say when a number typed without a sign turned a line round (a fee
        of −3.60 on a deposit retyped as 3.70 is money in now)."""
        raw = text.strip()
        if (raw[:1] in ("+", "-", "\u2212") or raw == "=" or not before.amount
                or not after.amount or (before.amount > 0) == (after.amount > 0)):
            return ""
        way = (tr("Line {n} is money in now: a number without a sign goes this movement's "
                  "way. Type {example} for money out.") if after.amount > 0 else
               tr("Line {n} is money out now: a number without a sign goes this movement's "
                  "way. Type {example} for money in."))
        example = self.formats.amount(-after.amount)
        return way.format(n=row + 1, example=example if after.amount > 0 else f"+{example}")

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self._headers[section]
            return str(section + 1)
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section == AMOUNT):
            return tr("An amount without a sign goes the movement's way: money out on a "
                      "payment, money in on a deposit. Type - or + before it to say "
                      "otherwise (-4.17: a fee taken from a deposit).")
        if (role == Qt.ItemDataRole.TextAlignmentRole
                and orientation == Qt.Orientation.Horizontal and section in (AMOUNT, RATE, BASE)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == BASE:  # follows the amount: shown, not typed
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line = self.lines[index.row()]
        col = index.column()
        error = self.errors.get((line.key, col))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if error is not None:
                return error[0]
            if col == CATEGORY:
                if role == Qt.ItemDataRole.DisplayRole and not line.target:
                    return tr("Uncategorized")
                return line.target
            if col == MEMO:
                return line.memo
            if col == AMOUNT:
                return self.formats.amount(line.amount)
            if col == BASE:
                return self.formats.amount(line.taxable_base)
            return self.formats.rate(line.tax_rate_bp)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (AMOUNT, RATE, BASE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and error is not None:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if error is not None:
                return error[1]
            if col == AMOUNT and line.amount and self.total and (
                    (line.amount > 0) != (self.total > 0)):
                return (tr("Money in, while this movement is money out") if line.amount > 0
                        else tr("Money out, while this movement is money in"))
            if col in (RATE, BASE) and line.taxable_base is not None:
                return tr("Taxable base {base}").format(base=self.formats.amount(line.taxable_base))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == BASE:
                return QBrush(DIM)
            if col == AMOUNT and line.amount < 0 and error is None:
                return QBrush(ERROR)
            if col == CATEGORY and not line.target and error is None:
                return QBrush(DIM)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col = index.row(), index.column()
        line = self.lines[row]
        text = str(value)
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        errors = dict(self.errors)
        errors.pop((line.key, col), None)
        try:
            if col == CATEGORY:
                category_id, transfer_id = self.targets.resolve(
                    text, f"lines[{row + 1}].category", own_account=self.own_account)
                updated = replace(line, target=self.targets.text_of(category_id, transfer_id),
                                  category_id=category_id, transfer_id=transfer_id)
                what = tr("Category")
            elif col == MEMO:
                updated, what = replace(line, memo=text.strip()), tr("Memo")
            elif col == AMOUNT:
                updated, what = replace(line, amount=self.parse_amount(text, row)), tr("Amount")
            elif col == RATE:
                updated = replace(line, tax_rate_bp=Formats.parse_rate(text, "tax_rate"))
                what = tr("Tax rate")
            else:
                return False
        except BadInput as exc:
            errors[(line.key, col)] = (text, exc.reason)
            self.change(tr("Edit line {n}").format(n=row + 1), errors=errors)
            return True
        updated, notice = self.follow(row, line, updated)
        if col == AMOUNT:
            notice = " ".join(n for n in (self._turned(row, line, updated, text), notice) if n)
        lines = list(self.lines)
        lines[row] = updated
        self.change(tr("{what} of line {n}").format(what=what, n=row + 1), lines, errors=errors,
                    notice=notice)
        return True

    def mark_error(self, row: int, col: int, reason: str) -> None:
        """Show a service's complaint about a line's field in its cell."""
        if 0 <= row < len(self.lines):
            index = self.index(row, col)
            typed = str(self.data(index, Qt.ItemDataRole.EditRole) or "")
            self.errors[(self.lines[row].key, col)] = (typed, reason)
            self.dataChanged.emit(index, index)
            self.state_changed.emit()
