"""One Cuentas per user: a second start hands its book to the running one and exits
(ui/launch/single_instance.py), with real processes and a real local socket."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtGui import QFileOpenEvent

from app.admin import local_settings
from app.store.lock import holder
from ui.launch.single_instance import FileOpenFilter, InstanceServer, hand_over, server_name

ROOT = Path(__file__).resolve().parents[3]
CLIENT = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from ui.launch.single_instance import hand_over\n"
    "app = QCoreApplication(sys.argv[:1])\n"
    "sys.exit(0 if hand_over(sys.argv[1], name=sys.argv[2]) else 1)\n"
)


def wait_until(condition: Callable[[], object], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not after {seconds} s")
        time.sleep(0.05)


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def held_by(location: str, pid: int) -> bool:
    found = holder(location)
    return found is not None and found.pid == pid and found.purpose == "session"


@pytest.mark.slow
def test_a_second_start_hands_its_book_to_the_running_cuentas_and_exits(
        tmp_path: Path, make_book) -> None:
    one, two = tmp_path / "one.cuentas", tmp_path / "books" / "two.cuentas"
    two.parent.mkdir()
    make_book(str(one)).close()
    make_book(str(two)).close()
    log = (tmp_path / "first.log").open("w")
    first = subprocess.Popen([sys.executable, "-m", "ui.launch", "--db", str(one)], cwd=ROOT,
                             env=env(), stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: held_by(str(one), first.pid), 60, "the first Cuentas opens one")
        # As a file manager does: `cuentas two.cuentas`, in the book's own folder.
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "ui.launch", "two.cuentas"],
                                cwd=two.parent, env=env(), capture_output=True, text=True,
                                timeout=60)
        assert second.returncode == 0, second.stdout + second.stderr
        assert time.monotonic() - started < 30
        wait_until(lambda: held_by(str(two), first.pid), 30, "the first Cuentas opens two")
        wait_until(lambda: holder(str(one)) is None, 30, "the first Cuentas closes one")
        assert local_settings.last_book() == str(two)
        assert first.poll() is None  # still running, now on the second book

        # `cuentas` alone only brings the running window to the front.
        again = subprocess.run([sys.executable, "-m", "ui.launch"], cwd=tmp_path, env=env(),
                               capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, again.stdout + again.stderr
        time.sleep(0.5)
        assert held_by(str(two), first.pid) and first.poll() is None
    finally:
        first.terminate()
        first.wait(30)
        log.close()


def test_without_a_running_cuentas_nothing_is_handed_over(qapp) -> None:
    started = time.monotonic()
    assert hand_over("/somewhere/book.cuentas", name=f"cuentas-test-{uuid.uuid4().hex}") is False
    assert time.monotonic() - started < 2


def test_the_server_name_is_per_data_folder(monkeypatch, tmp_path: Path) -> None:
    mine = server_name()
    monkeypatch.setenv("CUENTAS_HOME", str(tmp_path / "elsewhere"))
    assert server_name() != mine and server_name().startswith("cuentas-")


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket left behind")
def test_a_socket_left_by_a_crashed_cuentas_is_taken_over(qtbot, tmp_path: Path) -> None:
    name = f"cuentas-test-{uuid.uuid4().hex[:12]}"
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(os.path.join(QDir.tempPath(), name))  # bound, never listening: a crash
    dead.close()
    server = InstanceServer(name=name)
    try:
        assert server.listening
        book = tmp_path / "b.cuentas"
        with qtbot.waitSignal(server.open_requested, timeout=30000) as received:
            client = subprocess.Popen([sys.executable, "-c", CLIENT, "b.cuentas", name],
                                      cwd=tmp_path, env=env())
        assert received.args == [str(book)]
        assert client.wait(30) == 0
    finally:
        server.close()


def test_a_second_start_hands_over_before_loading_the_rest(qtbot, tmp_path: Path) -> None:
    """The hand-over comes first: no SQLAlchemy, no widgets, no window (so it is quick)."""
    server = InstanceServer()  # this test's CUENTAS_HOME: the name a start would use
    code = ("import sys\n"
            "from ui.launch import main\n"
            "code = main(['b.cuentas'])\n"
            "print(code)\n"
            "print('\\n'.join(sys.modules))\n")
    try:
        with qtbot.waitSignal(server.open_requested, timeout=30000) as received:
            client = subprocess.Popen([sys.executable, "-c", code], cwd=tmp_path, env=env(),
                                      stdout=subprocess.PIPE, text=True)
        out, _ = client.communicate(timeout=60)
    finally:
        server.close()
    assert received.args == [str(tmp_path / "b.cuentas")]
    first, *modules = out.split()
    assert first == "0"
    assert not [m for m in modules if m.startswith(("sqlalchemy", "PySide6.QtWidgets",
                                                    "ui.application", "alembic"))]


def test_macos_file_open_events_become_open_requests(qapp) -> None:
    files = FileOpenFilter()
    qapp.installEventFilter(files)
    asked: list[str] = []
    files.open_requested.connect(asked.append)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent("/Users/sandy/tienda.cuentas"))
    finally:
        qapp.removeEventFilter(files)
    assert asked == ["/Users/sandy/tienda.cuentas"]


def test_a_book_finder_opens_during_the_launch_opens_once_the_window_is_up(
        qtbot, make_book, tmp_path: Path) -> None:
    """macOS starts Cuentas for a double-clicked book without naming it on the command
    line: its file-open event arrives while the launch still chooses a book (the last
    one, say). The window then opens the asked book in its place."""
    from ui import application

    one, two = str(tmp_path / "one.cuentas"), str(tmp_path / "two.cuentas")
    make_book(one).close()
    make_book(two).close()
    assert application._state.get("window") is None
    application.file_opened(two)  # during the launch: nothing to open it in yet
    window = application.show_window(application.open_or_explain(one))
    application._open_pending()
    try:
        qtbot.waitUntil(lambda: application._state["window"].book.location == two,
                        timeout=20_000)
        assert "pending" not in application._state
    finally:
        last = application._state["window"]
        last.close()
        if last is not window:
            window.close()
        application.close_book()
        application._state["window"] = None


def test_a_handed_book_waits_for_an_open_dialog(qtbot, make_book, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialog

    from ui import application

    one, two = str(tmp_path / "one.cuentas"), str(tmp_path / "two.cuentas")
    make_book(one).close()
    make_book(two).close()
    window = application.show_window(application.open_or_explain(one))
    dialog = QDialog(window)
    dialog.open()  # an editor or the settings, say
    try:
        application.open_requested(two)
        assert application._state["window"] is window and window.book.location == one
        assert window.statusBar().currentMessage() == \
            "Close the open dialog, then open two.cuentas again."
        dialog.reject()
        application.open_requested(one)  # the book already open: nothing to do
        assert application._state["window"] is window
        application.open_requested(two)
        switched = application._state["window"]
        assert switched is not window and switched.book.location == two
        assert local_settings.last_book() == two
    finally:
        last = application._state["window"]
        last.close()
        application.close_book()
        application._state["window"] = None


def test_a_half_typed_row_keeps_its_book(qtbot, make_book, tmp_path: Path) -> None:
    from app.ledger.accounts import add_account
    from ui import application
    from ui.main.register_model import PAYEE

    one, two = str(tmp_path / "one.cuentas"), str(tmp_path / "two.cuentas")
    first = make_book(one)
    add_account(first, "Banco")
    first.close()
    make_book(two).close()
    window = application.show_window(application.open_or_explain(one))
    model = window.register.model
    qtbot.waitUntil(lambda: model.entry_row >= 0)
    model.setData(model.index(model.entry_row, PAYEE), "Sin monto")  # no amount yet
    assert model.draft is not None
    try:
        application.open_requested(two)
        assert application._state["window"] is window and window.book.location == one
        assert holder(two) is None  # the second book was opened, then let go
        assert holder(one) is not None and model.draft is not None
    finally:
        window.register.discard_draft()
        window.close()
        application.close_book()
        application._state["window"] = None


@pytest.mark.parametrize("home", [r"C:\Users\Sandy\AppData\Local\Cuentas", "/home/sandy/x y",
                                  "D:/portátil/Cuentas"])
def test_the_server_name_is_a_valid_pipe_name_anywhere(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, home: str) -> None:
    """On Windows QLocalServer listens on the named pipe \\\\.\\pipe\\<name>: the name
    must hold no backslash (nor, for a Unix socket, a slash) and stay short, whatever
    the user's name and data folder; it differs per data folder and per user."""
    import getpass
    import re

    from app import paths

    monkeypatch.setattr(paths, "data_dir", lambda: Path(home))
    name = server_name()
    assert re.fullmatch(r"cuentas-[0-9a-f]{16}", name), name
    monkeypatch.setattr(getpass, "getuser", lambda: "otra persona")
    assert server_name() != name
