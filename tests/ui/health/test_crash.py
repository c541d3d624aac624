"""The exception hook: counted, logged without values, told with Copy details."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def test_the_exception_hook_logs_counts_and_offers_the_details(qtbot) -> None:
    from app.monitor import logs
    from app.monitor.errors import count_by_kind
    from ui.health import crash

    hook = crash.install()
    assert sys.excepthook is hook
    try:
        raise ZeroDivisionError("payee 'Papelería Lumen' owes 1160.00")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible(), timeout=5000)
    dialog = hook.dialog
    assert "ZeroDivisionError" in dialog.message.text()
    assert "1160" not in dialog.message.text()  # plain words, not the message
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "test_crash.py" in copied and "Cuentas" in copied
    assert dialog.copy_button.text() == "Copied"
    try:
        raise KeyError("again")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: dialog.more == 1, timeout=5000)
    assert "1 more problem" in dialog.others.text()
    assert [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "crashDialog" and w.isVisible()] == [dialog]
    dialog.close()
    assert count_by_kind(0) == {"ZeroDivisionError": 1, "KeyError": 1}
    entries = [json.loads(line) for line in logs.log_file().read_text().splitlines()]
    kinds = [e["error"]["kind"] for e in entries if "error" in e]
    assert kinds == ["ZeroDivisionError", "KeyError"]
    assert "Lumen" not in logs.log_file().read_text()
    crash.uninstall()
    assert sys.excepthook is not hook


def test_an_error_on_a_worker_thread_reaches_the_window(qtbot) -> None:
    import threading

    from ui.health import crash

    hook = crash.install()

    def work() -> None:
        raise RuntimeError("in a thread")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hook.dialog is not None, timeout=5000)
    assert "RuntimeError" in hook.dialog.message.text()
    hook.dialog.close()


MORE = {"en": ("1 more problem since; its details are copied too.",
               "2 more problems since; their details are copied too."),
        "es": ("1 problema más desde entonces; sus detalles también se copian.",
               "2 problemas más desde entonces; sus detalles también se copian.")}


def test_later_problems_are_counted_one_and_two(language, qtbot) -> None:
    from app.monitor.errors import ErrorReport
    from ui.health.crash import CrashDialog

    report = ErrorReport(None, "KeyError", "here", "Something went wrong", "details")
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    dialog.another(report)
    assert dialog.others.text() == MORE[language][0]
    dialog.another(report)
    assert dialog.others.text() == MORE[language][1]
