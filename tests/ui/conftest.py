"""Fixtures of the desktop app's tests: books with a little in them, the shared
context of a window, and a clean signal hub and worker for every test.

The offscreen platform warns "This plugin does not support propagateSizeHints()"
whenever a top-level window is shown (and "raise()", "grabbing the keyboard" for
popups); those lines are ignored, every other Qt warning fails the test (pyproject:
qt_log_level_fail = WARNING).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

#: What the offscreen platform cannot do (size hints, raising or grabbing for popups).
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def no_type_ahead_popups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen, a type-ahead popup becomes the focus window and leaves none focused
    when it closes (a desktop gives the focus back to the dialog), so tests type
    without popups; names typed in part are resolved as the popup would have
    offered them (`ui.common.targets.Targets.resolve`)."""
    import ui.common.targets

    monkeypatch.setattr(ui.common.targets, "TYPE_AHEAD", False)


@pytest.fixture(autouse=True)
def clean_hub(qapp) -> Iterator[None]:
    """A fresh signal hub per test, and no operation left running after it."""
    import ui.common.events
    from ui.common import operations

    ui.common.events._hub = None
    yield
    deadline = 200
    while not operations.idle() and deadline:
        qapp.processEvents()
        import time

        time.sleep(0.01)
        deadline -= 1
    qapp.processEvents()
    operations.shutdown()
    ui.common.events._hub = None


def hub_listeners() -> int:
    """How many slots listen to the hub's news (a closed window must leave none behind)."""
    from PySide6.QtCore import SIGNAL

    from ui.common.events import hub

    return sum(hub().receivers(SIGNAL(signature)) for signature in (
        "operation_did_execute(PyObject,PyObject)", "book_changed(PyObject)",
        "book_did_open(PyObject)"))


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    """The interface in English, then in Spanish with the real catalogues (as `cuentas`
    starts with the system or the setting in Spanish): the language's code."""
    from PySide6.QtCore import QLocale

    from app import i18n
    from ui import application

    installed = application.install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_language("en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def demo_location(tmp_path: Path) -> str:
    """A small demo book (a year of a shop) on SQLite."""
    from app.store.demo import write_current

    location = str(tmp_path / "demo.cuentas")
    write_current(location, 300, 2026, end=date(2026, 3, 31))
    return location


@pytest.fixture
def demo_book(demo_location: str) -> Iterator[object]:
    from app.store.book import open_book

    book = open_book(demo_location)
    yield book
    book.close()


@pytest.fixture
def ledger(sqlite_book):
    """A new MXN book (Mexican preset) with a bank and a cash account."""
    from app.ledger.accounts import add_account

    bank = add_account(sqlite_book, "Banco", "bank", 1_000_000)
    cash = add_account(sqlite_book, "Caja", "cash")
    return sqlite_book, bank, cash


@pytest.fixture
def ctx(ledger):
    from ui.common.context import BookContext

    book, _bank, _cash = ledger
    context = BookContext.open(book)
    yield context
    # Commands go while the stack and their Python side are alive (left to the garbage
    # collector, a stack and the commands that hold it may go in the order that crashes).
    context.undo.stack.clear()
    context.close()


@pytest.fixture
def cat(ledger):
    """Category id by full name."""
    from app.ledger.categories import find_category

    book = ledger[0]
    return lambda name: find_category(book, name).id


@pytest.fixture(autouse=True)
def no_monitoring_hooks_left() -> Iterator[None]:
    """A test that starts the app (`ui.application.run`) installs the exception hook and
    the JSON log (`ui.health.crash`); they are taken down after it, so later tests log
    nowhere stale and keep Python's own hook."""
    yield
    import sys

    if "ui.health.crash" in sys.modules:
        sys.modules["ui.health.crash"].uninstall()
    if "app.monitor.logs" in sys.modules:
        sys.modules["app.monitor.logs"].teardown()
