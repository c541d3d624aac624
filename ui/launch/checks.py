"""The fuller checks of a book that just opened, once its main window has shown.

The launch (`ui.launch.flow`) looks at a book cheaply so that start-up stays within
its 1.5 s; SQLite's quick_check, every transaction's lines, transfers and references
(`app.store.verify.verify_book`) are checked here instead, on a thread of their own, a
moment after the main window has shown (`BACKGROUND_CHECK_MS`). A problem is told
without blocking, with a way to restore a backup; nothing is told when all is well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.store.book import Book
from ui.common.background import Task
from ui.common.translate import tr
from ui.docs import autopilot

#: When the fuller checks start after the main window has shown.
BACKGROUND_CHECK_MS = 2000


class _WhenShown(QObject):
    """Starts the fuller checks once the main window of `book` has shown."""

    def __init__(self, book: Book) -> None:
        super().__init__()
        self.book = book

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow)
                and getattr(watched, "book", None) is self.book):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            autopilot.announce("main window shown", self.book.location)
            QTimer.singleShot(BACKGROUND_CHECK_MS, watched,
                              lambda: start_background_checks(watched))
        return False


_watcher: _WhenShown | None = None


def watch_for_window(book: Book) -> None:
    """Run the fuller checks of `book` once its main window has shown."""
    global _watcher
    app = QApplication.instance()
    if app is None:
        return
    if _watcher is not None:
        app.removeEventFilter(_watcher)
    _watcher = _WhenShown(book)
    app.installEventFilter(_watcher)


def start_background_checks(window: QMainWindow) -> Task:
    """`app.store.verify` on the open book, on a thread of its own; problems are told."""
    from app.store.verify import verify_book

    book: Book = window.book  # type: ignore[attr-defined]
    location = book.location
    task = Task(lambda _p: verify_book(location), window, name="cuentas-background-checks")

    def checked(checks: object) -> None:
        problems = [f"{c.name}: {c.detail}" for c in checks  # type: ignore[attr-defined]
                    if not c.ok]
        autopilot.announce("background checks", "; ".join(problems) or "all passed")
        if problems:
            report_problems(window, problems)
        if autopilot.active():
            QTimer.singleShot(300, window.close)

    def failed(error: BaseException) -> None:
        autopilot.announce("background checks failed", str(error))
        report_problems(window, [str(error)])

    task.succeeded.connect(checked)
    task.failed.connect(failed)
    return task.start()


def report_problems(window: QMainWindow, problems: list[str]) -> QMessageBox:
    """Tell, without blocking, that the fuller checks found something, and offer a restore."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Cuentas found a problem in this book"), tr(
        "The checks Cuentas runs after opening a book found a problem. What you have entered "
        "is still there; restoring a recent backup is the safe way back."), parent=window)
    box.setInformativeText("\n".join(problems[:6]))
    restore = box.addButton(tr("Restore from backup…"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setObjectName("backgroundProblems")

    def clicked(button: object) -> None:
        if button is restore:
            from ui.backup.dialogs import restore_from_backup

            restore_from_backup(window)

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
