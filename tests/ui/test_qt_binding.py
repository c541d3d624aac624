"""The Qt binding itself: a PySide6 release that corrupts Python's reference counts
aborts the desktop app mid-session ("Fatal Python error: none_dealloc"), so the
version pyproject.toml allows must pass this before Sandy gets it."""

from __future__ import annotations

import sys


def test_calls_that_return_nothing_keep_none_alive(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to None on each such call: on Python 3.11
    the process died after a few thousand (a long session, or a big report)."""
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QLabel

    item, label = QStandardItem("x"), QLabel()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        item.setEditable(True)
        label.setText("y")
    assert sys.getrefcount(None) >= before - 100, "the Qt binding leaks references to None"
