"""Long work of the launch, the upgrade wizard and the backups, off the UI thread.

`ui.common.operations` runs the book's everyday work on one shared worker, in order. The
work here is different: a backup or a verification of the whole book must not queue
the register's refreshes behind it for seconds, and the upgrade and the launch
happen before any book is open. So each `Task` gets a thread of its own, reports
`progress(step, detail, done, total)` through a queued signal, and delivers its
result or exception on the UI thread (`succeeded`, `failed`).

A task may be asked to stop (`request_stop`): the next progress report from the work
then raises `Stopped` inside it, which the engines treat like any failure (the
upgrade rolls back, a half-made backup copy is removed). `stop_allowed(step)` lets
the caller refuse a stop past the point of no return (an upgrade being saved).

`wait_for(parent, label, work)` runs a task while a local event loop keeps the
windows painted (user input is held back), and shows a progress dialog only when the
work takes longer than 600 ms, so quick work never flashes a window. Threads are not
daemons: quitting waits for a backup or an upgrade to end properly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app import i18n
from app.store.files import Progress
from ui.common.translate import tr

T = TypeVar("T")

PROGRESS_DELAY_MS = 600


class Stopped(Exception):
    """The person asked the work to stop; raised inside it at its next progress report."""

    def __init__(self) -> None:
        super().__init__("you stopped it")


class Task(QObject):
    """One piece of work on a thread of its own; results come back on the UI thread."""

    progressed = Signal(str, str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    _done = Signal(object, object)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None, *,
                 name: str = "cuentas-task") -> None:
        super().__init__(parent)
        self._work = work
        self._name = name
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.running = False
        self.finished = False
        #: May the work still be stopped at this step? (The caller decides.)
        self.stop_allowed: Callable[[str], bool] = lambda _step: True
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        _live.add(self)

    def start(self) -> Task:
        self.running = True
        self._thread = threading.Thread(target=self._run, name=self._name)
        self._thread.start()
        return self

    def request_stop(self) -> None:
        self._stop.set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread (tests, and quitting); True when it has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _report(self, step: str, detail: str, done: int, total: int) -> None:
        if self._stop.is_set() and self.stop_allowed(step):
            raise Stopped()
        self.progressed.emit(step, detail, done, total)

    def _run(self) -> None:
        try:
            result = self._work(self._report)
        except BaseException as exc:  # delivered to the UI thread
            self._done.emit(None, exc)
        else:
            self._done.emit(result, None)

    def _deliver(self, result: object, error: object) -> None:
        self.running = False
        self.finished = True
        _live.discard(self)
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


#: Tasks started and not yet delivered, kept alive until their signals ran.
_live: set[Task] = set()


def idle() -> bool:
    """No task of this module is running (tests wait for this)."""
    return not _live


class DelayedProgress(QObject):
    """A progress dialog that shows itself only when the work lasts over 600 ms."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label
        self._dialog: QProgressDialog | None = None
        self._last: tuple[str, str, int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(PROGRESS_DELAY_MS)

    @property
    def shown(self) -> bool:
        return self._dialog is not None

    def _show(self) -> None:
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setObjectName("delayedProgress")
        dialog.setWindowTitle(tr("Cuentas"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self._dialog = dialog
        if self._last is not None:
            self.update(*self._last)

    def update(self, step: str, detail: str, done: int, total: int) -> None:
        self._last = (step, detail, done, total)
        if self._dialog is None:
            return
        line = i18n.tr(step) + (f" — {detail}" if detail else "")  # app marks its steps
        self._dialog.setLabelText(f"{self._label}\n{line}")
        self._dialog.setRange(0, max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)

    def close(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


def wait_for(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    """Run `work` off the UI thread and return its result (or raise its exception),
    painting the windows meanwhile; the progress dialog appears after 600 ms."""
    task = Task(work)
    progress = DelayedProgress(parent, label)
    task.progressed.connect(progress.update)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    task.succeeded.connect(lambda result: finish("result", result))
    task.failed.connect(lambda error: finish("error", error))
    task.start()
    while not outcome:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    progress.close()
    progress.deleteLater()
    task.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]
