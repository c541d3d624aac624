"""The status bar badge: "2 alerts" when a threshold is crossed, a backup is too old,
a check or an upgrade failed; hidden when all is well. A click opens the health view.

The alerts are worked out off the UI thread (`app.monitor.health.alerts_for`, which
skips the book's counts and the adoption figures): a few seconds after the window
shows (after the launch's background checks), then every `EVERY_MS`, and whenever
`check()` is called (the health view does after it refreshes).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QStyle, QToolButton

from ui.common.translate import plural, tr

FIRST_MS = 5000
EVERY_MS = 10 * 60 * 1000


class HealthBadge(QToolButton):
    def __init__(self, window: QMainWindow, *, start: bool = True) -> None:
        super().__init__(window)
        self.main = window
        self.alerts: list[Any] = []
        self.setObjectName("healthBadge")
        self.setAutoRaise(True)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(self._open)
        self.hide()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        if start:
            QTimer.singleShot(FIRST_MS, self, self.check)
            self.timer.start(EVERY_MS)

    def check(self, *, synchronous: bool = False) -> None:
        from app.monitor.health import alerts_for

        book = self.main.book  # type: ignore[attr-defined]
        if synchronous:
            self.show_alerts(alerts_for(book))
            return
        from ui.common.operations import QueryOp

        (QueryOp(self, lambda _p: alerts_for(book)).success(self.show_alerts)
         .failure(lambda _e: None).run_in_background())

    def show_alerts(self, alerts: list[Any]) -> None:
        from ui.health.window import alert_text

        self.alerts = list(alerts)
        if not alerts:
            self.hide()
            return
        problem = any(a.level == "problem" for a in alerts)
        self.setText(plural(len(alerts), tr("1 alert"), tr("{n} alerts")).format(
            n=len(alerts)))
        self.setToolTip("\n".join(alert_text(a) for a in alerts)
                        + "\n\n" + tr("Click for Help ▸ Health"))
        self.setStyleSheet(f"QToolButton#healthBadge {{ color: "
                           f"{'#b3261e' if problem else '#8a5300'}; font-weight: bold; }}")
        self.show()

    def _open(self) -> None:
        self.main.open_window("health")  # type: ignore[attr-defined]


def install_badge(window: QMainWindow, *, start: bool = True) -> HealthBadge:
    """Add the badge to `window`'s status bar (left of the permanent labels)."""
    badge = HealthBadge(window, start=start)
    window.statusBar().insertPermanentWidget(0, badge)
    return badge
