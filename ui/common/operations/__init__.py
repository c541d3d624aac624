"""The one way a window writes to the book (Anki's CollectionOp / QueryOp).

    BookOp(parent, lambda progress: save_thing(book, ...), changes=OpChanges(...))
        .success(on_done).failure(on_error).with_progress(tr("Saving…"))
        .run_in_background()

A window never calls a service that writes: it asks the operations of its domain,
the modules beside this one (`accounts`, `categories`, `settings`, `templates`,
`backups`, `books`), or pushes an undoable command (`ui.common.undo`; the category
commands live in `categories`). Each of those says what it changes (`OpChanges`), and
every view hears it through `ui.common.events.hub()`. `tests/test_write_path.py`
fails when a ui module calls a writing service anywhere else.

How an operation runs, by how long its work takes:

- `run_in_background()`: on the one shared worker thread, in order, so the book is
  never written from two threads at once (the category merge, reads of reports);
- `run_now()`: synchronously on the UI thread, for quick single-row writes (settings,
  an account, every undoable command: a split save measures ~1–3 ms at the service,
  tests/benchmarks/bench_save.py, far under a 16 ms frame, and an undo command must
  have done its work when `QUndoStack.push` returns). Bad input raises to the dialog
  that asked, so it shows next to its field;
- `run_in_thread(name)`: on a thread of its own (`ui.common.background.Task`) for the
  long work of backups, restores and upgrades, which must not queue the register's
  refreshes behind it; `wait()` does the same while a local event loop keeps the
  windows painted, and returns the result (closing, the launch).

A `BookOp` (a write) holds `write_lock` while it runs, counts as `busy()` from the
moment it is started, and on success tells every view through the hub. Quick writes
refuse politely while a background write is running (`write_now`), so two writers
never overlap. A `QueryOp` is a read (or a copy of the book written elsewhere, a
backup) and changes nothing in the book. Callbacks run on the UI thread. The
progress dialog appears only when the work takes longer than `PROGRESS_DELAY_MS`
(600 ms), so quick work never flashes a window.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from app.errors import BadInput
from app.store.files import Progress
from ui.common.events import OpChanges, hub
from ui.common.translate import tr

if TYPE_CHECKING:
    from ui.common.background import DelayedProgress, Task

T = TypeVar("T")
#: progress(step, detail, done, total), as app/ services report it.


PROGRESS_DELAY_MS = 600
log = logging.getLogger(__name__)

_executor: ThreadPoolExecutor | None = None
write_lock = threading.RLock()
_running_writes = 0


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cuentas-op")
    return _executor


def busy() -> bool:
    """A background write is queued or running."""
    return _running_writes > 0


def write_now(work: Callable[[], T]) -> T:
    """Run a quick write on the UI thread under `write_lock`; while a background write
    is running it refuses (`BadInput` naming the book) instead of waiting for it."""
    if busy():
        raise BadInput("book", "", tr("is busy with another task; try again when it ends"))
    with write_lock:
        return work()


def shutdown() -> None:
    """Wait for queued work (on quit) so nothing is cut off half-way."""
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=True)
        _executor = None


#: The fields services name (`BadInput.field`) as people read them.
FIELD_WORDS = {
    "amount": QT_TRANSLATE_NOOP("", "Amount"), "date": QT_TRANSLATE_NOOP("", "Date"),
    "payee": QT_TRANSLATE_NOOP("", "Payee"), "memo": QT_TRANSLATE_NOOP("", "Memo"),
    "reference": QT_TRANSLATE_NOOP("", "Reference"), "lines": QT_TRANSLATE_NOOP("", "Lines"),
    "name": QT_TRANSLATE_NOOP("", "Name"), "category": QT_TRANSLATE_NOOP("", "Category"),
    "account": QT_TRANSLATE_NOOP("", "Account"), "kind": QT_TRANSLATE_NOOP("", "Kind"),
    "role": QT_TRANSLATE_NOOP("", "Tax role"), "currency": QT_TRANSLATE_NOOP("", "Currency"),
    "locale": QT_TRANSLATE_NOOP("", "Numbers and dates"),
    "tax_rate": QT_TRANSLATE_NOOP("", "Tax rate"),
    "taxable_base": QT_TRANSLATE_NOOP("", "Taxable base"),
    "opening": QT_TRANSLATE_NOOP("", "Opening balance"),
    "login": QT_TRANSLATE_NOOP("", "Login"), "group": QT_TRANSLATE_NOOP("", "Rollout group"),
    "template": QT_TRANSLATE_NOOP("", "Template"), "File": QT_TRANSLATE_NOOP("", "File"),
}
_LINE_FIELD = re.compile(r"^lines\[(\d+)\](?:\.(\w+))?$")


def field_words(field: str) -> str:
    """`amount` -> "Amount", `lines[2].tax_rate` -> "Line 2, tax rate"; a field this
    does not know is shown as it is named."""
    line = _LINE_FIELD.match(field)
    if line:
        where = tr("Line {n}").format(n=line.group(1))
        part = line.group(2)
        return where if not part else tr("{line}, {field}").format(
            line=where, field=tr(FIELD_WORDS[part]).lower() if part in FIELD_WORDS else part)
    return tr(FIELD_WORDS[field]) if field in FIELD_WORDS else field


def describe_error(exc: BaseException) -> str:
    """Plain words for an error from a service: the field in words, what is wrong with
    it (in the interface's language, from `app.i18n`), and the value as typed."""
    from app.errors import BadInput, BookStateError, NotAllowed

    if isinstance(exc, BadInput):
        text = tr("{field}: {reason}").format(field=field_words(exc.field), reason=exc.reason)
        return text + (f" ({exc.value})" if exc.value != "" else "")
    if isinstance(exc, NotAllowed | BookStateError):
        return str(exc)
    return tr("Something went wrong: {error}. Nothing was changed.").format(
        error=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    from app.errors import CuentasError

    if not isinstance(exc, CuentasError):
        log.error("operation failed", exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Cuentas"), describe_error(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class _Relay(QObject):
    """Carries a finished future back to the UI thread (queued signal)."""

    finished = Signal(object)
    progressed = Signal(str, str, int, int)


class _Op(Generic[T]):
    _write = False

    def __init__(self, parent: QWidget | None, op: Callable[[Progress], T]) -> None:
        self._parent = parent
        self._op = op
        self._on_success: Callable[[T], Any] | None = None
        self._on_failure: Callable[[BaseException], Any] | None = None
        self._label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._relay = _Relay()
        self._timer: QTimer | None = None
        self._last: tuple[str, str, int, int] | None = None
        self._after: list[Callable[[T], Any]] = []
        self._task: Task | None = None
        self._delayed: DelayedProgress | None = None
        self._waiting: tuple[Any, dict[str, Any]] | None = None

    def success(self, callback: Callable[[T], Any]) -> _Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> _Op[T]:
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> _Op[T]:
        self._label = label
        return self

    def on_progress(self, callback: Callable[[str, str, int, int], Any]) -> _Op[T]:
        """Also hear every progress report (on the UI thread), as a wizard page does."""
        self._relay.progressed.connect(callback, Qt.ConnectionType.QueuedConnection)
        return self

    def after_success(self, callback: Callable[[T], Any]) -> _Op[T]:
        """Run `callback` after a success even when the window that asked has closed
        (the domain's own follow-up, such as forgetting the undo history)."""
        self._after.append(callback)
        return self

    def _start(self, own_thread: bool = False) -> None:
        global _running_writes
        relay = self._relay
        relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        if self._label is not None and own_thread:  # as the launch and the backups show it
            from ui.common.background import DelayedProgress

            self._delayed = DelayedProgress(self._parent, self._label)
            relay.progressed.connect(self._delayed.update, Qt.ConnectionType.QueuedConnection)
        elif self._label is not None:
            self._timer = QTimer(relay)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_progress)
            self._timer.start(PROGRESS_DELAY_MS)
        if self._write:
            _running_writes += 1
        _live.add(self)

    def run_in_background(self) -> Future[T]:
        """On the shared worker, after the operations queued before it."""
        self._start()
        future = _pool().submit(self._run)
        future.add_done_callback(lambda f: self._relay.finished.emit(f))
        return future

    def run_in_thread(self, name: str = "cuentas-op-thread") -> Task:
        """On a thread of its own (long work: backups, restores, upgrades). The `Task`
        is returned so its owner can wait for it on quitting or ask it to stop."""
        from ui.common.background import Task

        self._start(own_thread=True)
        task = Task(lambda progress: self._run(progress), name=name)

        def deliver(result: object = None, error: BaseException | None = None) -> None:
            future: Future[T] = Future()
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)  # type: ignore[arg-type]
            self._finished(future)

        task.succeeded.connect(lambda result: deliver(result))
        task.failed.connect(lambda error: deliver(error=error))
        self._task = task
        return task.start()

    def wait(self, name: str = "cuentas-op-wait") -> T:
        """`run_in_thread`, keeping the windows painted (user input held back) until it
        ends; returns the result or raises the error (the callbacks run first)."""
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        outcome: dict[str, Any] = {}
        self._waiting = (loop, outcome)
        self.run_in_thread(name)
        while "done" not in outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]  # type: ignore[no-any-return]

    def run_now(self) -> T | None:
        """Synchronously on the UI thread (a quick write of a row or two), under
        `write_lock`; refuses while a background write runs (`write_now`). On success the
        hub hears the changes, the success callback runs and the result is returned.
        An error goes to the failure callback (and None is returned) or, without one,
        is raised to the caller."""
        try:
            if self._write:
                result = write_now(lambda: self._op(_no_progress))
            else:
                result = self._op(_no_progress)
        except Exception as exc:
            if self._on_failure is None:
                raise
            self._on_failure(exc)
            return None
        self._after_success(result)
        for callback in self._after:
            callback(result)
        if self._on_success is not None:
            self._on_success(result)
        return result

    def _run(self, report: Progress | None = None) -> T:
        def relay(step: str, detail: str, done: int, total: int) -> None:
            self._relay.progressed.emit(step, detail, done, total)
            if report is not None:  # a thread of its own: a stop is asked here
                report(step, detail, done, total)

        if self._write:
            with write_lock:
                return self._op(relay)
        return self._op(relay)

    def _show_progress(self) -> None:
        dialog = QProgressDialog(self._label or "", "", 0, 0, self._parent)
        dialog.setWindowTitle(tr("Cuentas"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog
        if self._last is not None:
            self._progressed(*self._last)

    def _progressed(self, step: str, detail: str, done: int, total: int) -> None:
        self._last = (step, detail, done, total)
        if self._dialog is not None:
            self._dialog.setLabelText(f"{self._label}\n{detail or step}")
            self._dialog.setRange(0, max(total, 0))
            self._dialog.setValue(min(done, total))

    def _finished(self, future: Future[T]) -> None:
        global _running_writes
        _live.discard(self)
        if self._write:
            _running_writes -= 1
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if self._delayed is not None:
            self._delayed.close()
            self._delayed.deleteLater()
            self._delayed = None
        # The window that asked may have closed meanwhile: a write still tells every
        # view (the hub), but nobody is left to hear the callbacks.
        asker_gone = self._parent is not None and not isValid(self._parent)
        exc = future.exception()
        try:
            if exc is not None:
                if asker_gone:
                    log.warning("a background operation failed after its window closed: %s",
                                exc)
                elif self._on_failure is not None:
                    self._on_failure(exc)
                elif self._waiting is None:  # wait() raises it to its caller instead
                    show_error(self._parent, exc)
                return
            result = future.result()
            self._after_success(result)
            for callback in self._after:
                callback(result)
            if self._on_success is not None and not asker_gone:
                self._on_success(result)
        finally:
            if self._waiting is not None:
                loop, outcome = self._waiting
                if exc is not None:
                    outcome["error"] = exc
                else:
                    outcome["result"] = future.result()
                outcome["done"] = True
                loop.quit()

    def _after_success(self, result: T) -> None:
        pass


def _no_progress(_step: str, _detail: str, _done: int, _total: int) -> None:
    pass


EVERYTHING = OpChanges(book=True)
#: A write no open view reads (a restore: the window that asked reopens the book).
NOTHING = OpChanges()

#: Operations in flight, kept alive until their callbacks ran.
_live: set[_Op[Any]] = set()


class QueryOp(_Op[T]):
    """A read off the UI thread: nothing changes, nobody is told."""


class BookOp(_Op[T]):
    """A write; on success every view hears `changes` (or what `changes(result)`
    returns) through the hub, with `initiator` as the sender (`NOTHING`: nobody)."""

    _write = True

    def __init__(self, parent: QWidget | None, op: Callable[[Progress], T],
                 changes: OpChanges | Callable[[T], OpChanges] = EVERYTHING,
                 initiator: object | None = None) -> None:
        super().__init__(parent, op)
        self._changes = changes
        self._initiator = initiator

    def _after_success(self, result: T) -> None:
        changes = self._changes(result) if callable(self._changes) else self._changes
        if changes != NOTHING:
            hub().notify(changes, self._initiator)


def idle() -> bool:
    """No operation queued or running (tests wait for this)."""
    return not _live
