"""A disclosure: a small ▸ button with a title that shows or hides what is under it.

Plain words come first on a page; what only an administrator or support needs (how a
backup was copied, its checksum, the schema revisions, a feature's rollout stage) goes
under a `Disclosure`, closed until asked for (issue 13). Space or a click on the title
opens and closes it; the body keeps its place in the layout, so nothing jumps around.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.style import MUTED_STYLE


class Disclosure(QWidget):
    """A title with an arrow (`toggle`) and the `body` it opens; closed at first."""

    expanded = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 open_: bool = False) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName("disclosureToggle")
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setStyleSheet("QToolButton { border: none; padding: 2px 0px; }")
        self.toggle.toggled.connect(self.set_open)
        self.body = QWidget()
        self.body.setObjectName("disclosureBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(18, 2, 0, 2)
        self.body_layout.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_open(open_)

    def is_open(self) -> bool:
        return not self.body.isHidden()

    def set_open(self, open_: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(open_)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)
        self.expanded.emit(open_)

    def add_widget(self, widget: QWidget) -> QWidget:
        self.body_layout.addWidget(widget)
        return widget


class DetailsText(Disclosure):
    """A disclosure of plain text lines (selectable, grey): the technical details."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.text = QLabel()
        self.text.setObjectName("detailsText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setStyleSheet(MUTED_STYLE)
        self.add_widget(self.text)

    def set_lines(self, lines: list[str]) -> None:
        self.text.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def lines(self) -> list[str]:
        text = self.text.text()
        return text.split("\n") if text else []
