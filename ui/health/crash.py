"""The exception hook: an unexpected error is counted, logged and told in plain words.

`install(app)` replaces `sys.excepthook` (errors in slots and on the UI thread) and
`threading.excepthook` (worker threads), and starts the JSON log (`app.monitor.errors.setup`).
An error then goes through `app.monitor.errors.record_error` — counted by kind in the
state database, logged with its frames and without values — and the user gets a
small window: what happened in plain words, that what was saved is safe, and *Copy
details* (the full traceback and versions, to paste into a message to whoever supports
them; it is never written anywhere by Cuentas). Errors from other threads reach the
window through a queued signal. While one such window is open, later errors add a
line to it instead of stacking windows.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.monitor.errors import ErrorReport
from ui.common.translate import plural, tr


class CrashDialog(QDialog):
    """Plain words and *Copy details*."""

    def __init__(self, report: ErrorReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.more = 0
        self.setObjectName("crashDialog")
        self.setWindowTitle(tr("Cuentas ran into a problem"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(tr("Something went wrong"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.message = QLabel(tr(
            "Cuentas ran into a problem it did not expect ({kind}). What you saved before "
            "is safe; the action you were doing may not have been completed — please check "
            "it.\n\nIf it happens again, press Copy details and send them to whoever "
            "supports you. The problem was noted in the log and in Help ▸ Health."
        ).format(kind=report.kind))
        self.message.setObjectName("crashMessage")
        self.message.setWordWrap(True)
        self.others = QLabel()
        self.others.setStyleSheet("color: #5f6368;")
        self.others.hide()
        self.copy_button = QPushButton(tr("&Copy details"))
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.message)
        text.addWidget(self.others)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, 220)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.report.details)
        self.copy_button.setText(tr("Copied"))

    def another(self, report: ErrorReport) -> None:
        """A later error while this window is open: say so, keep its details too."""
        self.more += 1
        self.report = ErrorReport(self.report.id, self.report.kind, self.report.place,
                                  self.report.message,
                                  self.report.details + "\n\n---\n\n" + report.details)
        self.others.setText(plural(self.more,
                                   tr("1 more problem since; its details are copied too."),
                                   tr("{n} more problems since; their details are copied "
                                      "too.")).format(n=self.more))
        self.others.show()


class _Relay(QObject):
    """Carries a report from any thread to the UI thread."""

    reported = Signal(object)


class Hook:
    """The installed hook (one per application)."""

    def __init__(self) -> None:
        self.relay = _Relay()
        self.relay.reported.connect(self.show, Qt.ConnectionType.QueuedConnection)
        self.dialog: CrashDialog | None = None
        self.previous: Any = None
        self.previous_thread: Any = None

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        from app.monitor.errors import record_error

        try:
            report = record_error(exc, source="desktop")
        except Exception:  # pragma: no cover - never let the hook itself fail
            sys.__excepthook__(kind, exc, tb)
            return
        self.relay.reported.emit(report)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def show(self, report: ErrorReport) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.another(report)
            return
        parent = QApplication.activeWindow()
        dialog = CrashDialog(report, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.show()
        self.dialog = dialog


_hook: Hook | None = None


def install(app: QApplication | None = None) -> Hook:
    """Count, log and show unexpected errors of this process (idempotent)."""
    global _hook
    from app.monitor import errors

    errors.setup("desktop")
    if _hook is None:
        _hook = Hook()
        _hook.previous, _hook.previous_thread = sys.excepthook, threading.excepthook
        sys.excepthook = _hook
        threading.excepthook = _hook.thread_hook
    return _hook


def uninstall() -> None:
    """Put the previous hooks back (tests)."""
    global _hook
    if _hook is not None:
        sys.excepthook = _hook.previous or sys.__excepthook__
        threading.excepthook = _hook.previous_thread or threading.__excepthook__
        _hook = None
