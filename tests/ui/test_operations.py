"""Work off the UI thread: one worker, results and errors back on the UI thread, the
hub told after a write, a progress window only for slow work."""

from __future__ import annotations

import threading
import time

from app.errors import BadInput
from ui.common import operations
from ui.common.events import OpChanges, hub


def test_a_query_runs_on_the_worker_and_answers_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen = {}

    def work(_progress):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread().name
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["ui"] = threading.current_thread() is threading.main_thread()

    operations.QueryOp(None, work).success(done).run_in_background()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["worker"].startswith("cuentas-op") and seen["ui"] and seen["value"] == 42


def test_a_write_tells_every_view_and_holds_the_write_lock(qtbot) -> None:  # type: ignore[no-untyped-def]
    heard = []
    hub().operation_did_execute.connect(lambda changes, who: heard.append((changes, who)))
    owner = object()
    states = []

    def work(_progress):  # type: ignore[no-untyped-def]
        states.append(operations.busy())
        got = operations.write_lock.acquire(blocking=False)  # re-entrant: same thread
        operations.write_lock.release()
        return got

    op = operations.BookOp(None, work, OpChanges(accounts=True), initiator=owner)
    op.run_in_background()
    qtbot.waitUntil(lambda: bool(heard))
    assert states == [True] and not operations.busy()
    assert heard[0][0].accounts and heard[0][1] is owner


def test_errors_go_to_the_failure_callback(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors = []

    def work(_progress):  # type: ignore[no-untyped-def]
        raise BadInput("name", "", "is empty")

    operations.BookOp(None, work).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], BadInput)
    assert operations.describe_error(errors[0]) == "Name: is empty"  # the field in words
    assert "Nothing was changed" in operations.describe_error(ValueError("boom"))


def test_operations_run_one_at_a_time_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    order = []
    for i in range(5):
        operations.QueryOp(None, lambda _p, i=i: (time.sleep(0.005), order.append(i))[1]) \
            .run_in_background()
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]


def test_the_progress_window_waits_600_ms(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 50)
    release = threading.Event()
    done = []

    def slow(progress):  # type: ignore[no-untyped-def]
        progress("step", "copying", 1, 4)
        release.wait(5)
        return "ok"

    quick = operations.QueryOp(None, lambda _p: "fast").with_progress("Quick…")
    quick.success(done.append).run_in_background()
    qtbot.waitUntil(lambda: done == ["fast"])
    assert quick._dialog is None  # finished before the delay: no window

    op = operations.QueryOp(None, slow).with_progress("Copying…")
    op.success(done.append).run_in_background()
    qtbot.waitUntil(lambda: op._dialog is not None and op._dialog.isVisible())
    qtbot.waitUntil(lambda: "copying" in op._dialog.labelText())
    release.set()
    qtbot.waitUntil(lambda: done == ["fast", "ok"])
    assert op._dialog is None


def test_a_closed_window_hears_nothing_but_views_still_do(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window closed while its work runs is not called back (its widgets are gone);
    a write it asked for still tells every other view."""
    from PySide6.QtWidgets import QWidget

    heard, called = [], []
    hub().operation_did_execute.connect(lambda changes, who: heard.append(changes))
    release = threading.Event()
    asker = QWidget()

    def work(_progress):  # type: ignore[no-untyped-def]
        release.wait(5)
        return 1

    operations.BookOp(asker, work, OpChanges(accounts=True)).success(
        called.append).failure(called.append).run_in_background()
    asker.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(asker))
    release.set()
    qtbot.waitUntil(lambda: bool(heard))
    qtbot.wait(20)
    assert called == [] and heard[0].accounts
