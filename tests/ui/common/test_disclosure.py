"""The disclosure: closed at first, opened and closed by a click or the keyboard, its
body keeps its place; DetailsText shows lines of plain text, and nothing when empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.common.disclosure import DetailsText, Disclosure


def test_closed_at_first_then_opened_by_click_and_space(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    box = Disclosure("Administrator")
    inside = box.add_widget(QLabel("Stage in this book"))
    layout.addWidget(box)
    page.show()
    assert not box.is_open() and not inside.isVisibleTo(page)
    assert box.toggle.arrowType() == Qt.ArrowType.RightArrow
    seen: list[bool] = []
    box.expanded.connect(seen.append)
    qtbot.mouseClick(box.toggle, Qt.MouseButton.LeftButton)
    assert box.is_open() and inside.isVisibleTo(page) and seen == [True]
    assert box.toggle.arrowType() == Qt.ArrowType.DownArrow and box.toggle.isChecked()
    box.toggle.setFocus()
    qtbot.keyClick(box.toggle, Qt.Key.Key_Space)
    assert not box.is_open() and seen == [True, False]
    box.set_open(True)
    assert box.toggle.isChecked() and inside.isVisibleTo(page)


def test_details_text_lines(qtbot) -> None:
    details = DetailsText("Details")
    qtbot.addWidget(details)
    details.show()
    details.set_lines(["Copied with SQLite's online backup: 1.2 MB", "sha256 1234…"])
    assert details.lines() == ["Copied with SQLite's online backup: 1.2 MB", "sha256 1234…"]
    assert details.isVisible() and not details.is_open()
    details.set_lines([])
    assert details.lines() == [] and not details.isVisible()
