"""Cell editors shared by the register and the split editor: a plain line edit,
right-aligned for amounts, with type-ahead where a column has names to offer.

The editors are line edits so the keyboard works the same everywhere: type, Tab to
the next cell, Enter to commit (the view decides what Enter saves), Esc to cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
NAV_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PopupKeys(QObject):
    """Tab, Shift+Tab and Enter in a type-ahead popup: take the highlighted name (or,
    with `first`, the first match when the text is not a name already), close the
    popup and hand the key to the editor, so the cell commits and the view moves on
    exactly as without a popup."""

    def __init__(self, editor: QLineEdit, completer: QCompleter, *, first: bool) -> None:
        super().__init__(editor)
        self.editor = editor
        self.completer = completer
        self.first = first
        popup = completer.popup()
        assert popup is not None
        popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in NAV_KEYS:
            return False
        popup = self.completer.popup()
        assert popup is not None
        index = popup.currentIndex()
        if index.isValid():
            self.editor.setText(str(index.data()))
        elif self.first:
            model = self.completer.completionModel()
            names = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
            typed = self.editor.text().strip().casefold()
            if names and typed not in (n.casefold() for n in names):
                self.editor.setText(names[0])
        popup.hide()
        # Posted, not sent: the popup finishes closing (and gives the focus back to the
        # editor) before the editor sees the key and the view moves on.
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        QCoreApplication.postEvent(self.editor, copy)
        return True


class LineDelegate(QStyledItemDelegate):
    """A QLineEdit editor; `completers` maps a column to a factory of QCompleter,
    `right` lists right-aligned columns, `hints` placeholder texts."""

    def __init__(self, parent: QWidget, *, right: tuple[int, ...] = (),
                 completers: dict[int, Callable[[QWidget], QCompleter | None]] | None = None,
                 hints: dict[int, str] | None = None, strict: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.right = right
        self.completers = completers or {}
        self.hints = hints or {}
        #: Columns whose type-ahead takes the first match on Tab/Enter (names, not free text).
        self.strict = strict

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        col = index.column()
        if col in self.right:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        completer = self.completers[col](editor) if col in self.completers else None
        if completer is not None:
            editor.setCompleter(completer)
            PopupKeys(editor, completer, first=col in self.strict)
        if col in self.hints:
            editor.setPlaceholderText(self.hints[col])
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and QApplication.focusWidget() is None:
            # The whole window lost the keyboard (another application came to the
            # front, a popup closed): keep the cell open rather than commit half a word.
            return False
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
