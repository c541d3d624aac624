"""Work off the UI thread: one worker, results and errors back on the UI thread, the
hub told after a write, a progress window only for slow work."""

from __future__ import annotations

import threading
import time

from app.errors import BadInput
from ui.common import operations
from ui.common.events import OpChanges, hub


def test_a_query_runs_on_the_worker_and_answers_on_the_ui_thread(qtbot) -> None:
    seen = {}

    def work(_progress):
        seen["worker"] = threading.current_thread().name
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["ui"] = threading.current_thread() is threading.main_thread()

    operations.QueryOp(None, work).success(done).run_in_background()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["worker"].startswith("cuentas-op") and seen["ui"] and seen["value"] == 42


def test_a_write_tells_every_view_and_holds_the_write_lock(qtbot) -> None:
    heard = []
    hub().operation_did_execute.connect(lambda changes, who: heard.append((changes, who)))
    owner = object()
    states = []

    def work(_progress):
        states.append(operations.busy())
        got = operations.write_lock.acquire(blocking=False)  # re-entrant: same thread
        operations.write_lock.release()
        return got

    op = operations.BookOp(None, work, OpChanges(accounts=True), initiator=owner)
    op.run_in_background()
    qtbot.waitUntil(lambda: bool(heard))
    assert states == [True] and not operations.busy()
    assert heard[0][0].accounts and heard[0][1] is owner


def test_errors_go_to_the_failure_callback(qtbot) -> None:
    errors = []

    def work(_progress):
        raise BadInput("name", "", "is empty")

    operations.BookOp(None, work).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], BadInput)
    assert operations.describe_error(errors[0]) == "Name: is empty"  # the field in words
    assert "Nothing was changed" in operations.describe_error(ValueError("boom"))


def test_operations_run_one_at_a_time_in_order(qtbot) -> None:
    order = []
    for i in range(5):
        operations.QueryOp(None, lambda _p, i=i: (time.sleep(0.005), order.append(i))[1]) \
            .run_in_background()
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]


def test_the_progress_window_waits_600_ms(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 50)
    release = threading.Event()
    done = []

    def slow(progress):
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


def test_a_closed_window_hears_nothing_but_views_still_do(qtbot) -> None:
    """A window closed while its work runs is not called back (its widgets are gone);
    a write it asked for still tells every other view."""
    from PySide6.QtWidgets import QWidget

    heard, called = [], []
    hub().operation_did_execute.connect(lambda changes, who: heard.append(changes))
    release = threading.Event()
    asker = QWidget()

    def work(_progress):
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


def test_a_quick_write_runs_now_and_refuses_while_a_background_write_runs(qtbot) -> None:
    import pytest

    heard = []
    hub().operation_did_execute.connect(lambda changes, who: heard.append((changes, who)))
    owner = object()
    seen = []
    op = operations.BookOp(None, lambda _p: seen.append(threading.current_thread()) or 7,
                           OpChanges(accounts=True), initiator=owner)
    assert op.run_now() == 7
    assert seen == [threading.main_thread()] and heard[0][0].accounts and heard[0][1] is owner

    release = threading.Event()
    slow = operations.BookOp(None, lambda _p: release.wait(5))
    slow.run_in_background()
    assert operations.busy()
    with pytest.raises(BadInput, match="busy with another task"):
        operations.BookOp(None, lambda _p: seen.append("again")).run_now()
    errors = []
    refused = operations.BookOp(None, lambda _p: seen.append("again")).failure(errors.append)
    assert refused.run_now() is None and isinstance(errors[0], BadInput)
    assert seen == [threading.main_thread()]  # neither ran
    release.set()
    qtbot.waitUntil(operations.idle)
    assert not operations.busy()


def test_a_write_that_changes_nothing_a_view_reads_tells_nobody(qtbot) -> None:
    heard = []
    hub().operation_did_execute.connect(lambda changes, who: heard.append(changes))
    assert operations.BookOp(None, lambda _p: 1, operations.NOTHING).run_now() == 1
    operations.BookOp(None, lambda _p: 2, OpChanges(categories=True)).run_now()
    assert [c.categories for c in heard] == [True]


def test_long_work_runs_on_a_thread_of_its_own_and_can_be_stopped(qtbot) -> None:
    from ui.common.background import Stopped

    names, steps, errors = [], [], []
    go_on = threading.Event()

    def work(progress):
        names.append(threading.current_thread().name)
        progress("copying", "", 1, 3)
        go_on.wait(5)
        progress("copying", "", 2, 3)  # a stop asked meanwhile raises here
        return "done"

    op = operations.BookOp(None, work, operations.NOTHING)
    task = op.on_progress(lambda *report: steps.append(report)).failure(errors.append) \
        .run_in_thread("cuentas-test-thread")
    qtbot.waitUntil(lambda: bool(steps))
    assert operations.busy() and names == ["cuentas-test-thread"]
    task.request_stop()
    go_on.set()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Stopped) and not operations.busy() and operations.idle()


def test_wait_returns_the_result_or_raises_and_after_success_always_runs(qtbot) -> None:
    import pytest
    from PySide6.QtWidgets import QWidget

    asker = QWidget()
    after, success = [], []
    op = operations.QueryOp(asker, lambda _p: 41 + 1).after_success(after.append)
    assert op.success(success.append).wait() == 42 and after == [42] and success == [42]
    with pytest.raises(BadInput, match="is empty"):
        operations.QueryOp(None, lambda _p: (_ for _ in ()).throw(
            BadInput("name", "", "is empty"))).wait()

    release = threading.Event()
    gone = operations.BookOp(asker, lambda _p: release.wait(5) and 3, operations.NOTHING)
    gone.after_success(after.append).success(success.append).run_in_background()
    asker.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(asker))
    release.set()
    qtbot.waitUntil(operations.idle)
    assert after == [42, 3] and success == [42]  # the window had gone: no callback
