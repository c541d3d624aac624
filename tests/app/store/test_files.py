"""The file craft of app/store/files.py that must behave the same on every system:
whether a temporary file's writer still runs, syncing a file."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.store import files
from app.store.files import process_alive, remove_stale_temporaries


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: the pid names no process now
    return child.pid


def test_a_running_process_is_alive_and_survives_the_question() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert process_alive(child.pid)
        assert process_alive(child.pid)
        assert child.poll() is None  # asking never stops it
    finally:
        child.kill()
        child.wait()
    assert process_alive(os.getpid())


def test_a_finished_process_and_a_zombie_are_dead() -> None:
    assert not process_alive(_dead_pid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    if not sys.platform.startswith("linux"):  # no zombie to look for in /proc
        child.wait()  # Windows: its handle still open here, the process object stays
        assert not process_alive(child.pid)
        return
    try:
        deadline = time.monotonic() + 10
        while Path(f"/proc/{child.pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert not process_alive(child.pid)  # exited, not yet reaped
    finally:
        child.wait()
    assert not process_alive(0) and not process_alive(-1)


def test_stale_temporaries_of_dead_writers_go_and_live_ones_stay(tmp_path: Path) -> None:
    dead = tmp_path / f".shop.cuentas.{_dead_pid()}.tmp"
    mine = tmp_path / f".shop.cuentas.{os.getpid()}.tmp"
    other = tmp_path / "shop.cuentas"
    for path in (dead, mine, other):
        path.write_bytes(b"x")
    assert remove_stale_temporaries(tmp_path) == [dead]
    assert not dead.exists() and mine.exists() and other.exists()


class _Kernel32:
    """kernel32 as `_alive_windows` calls it, answering as a test says."""

    def __init__(self, *, handle: int, code: int = 259, error: int = 0) -> None:
        self.handle, self.code, self.error = handle, code, error
        self.calls: list[tuple[str, Any]] = []

        def open_process(access: int, inherit: bool, pid: int) -> int:
            self.calls.append(("OpenProcess", (access, inherit, pid)))
            return self.handle

        def exit_code(handle: int, ref: Any) -> bool:
            self.calls.append(("GetExitCodeProcess", handle))
            ref._obj.value = self.code
            return True

        def close(handle: int) -> bool:
            self.calls.append(("CloseHandle", handle))
            return True

        self.OpenProcess = _Function(open_process)
        self.GetExitCodeProcess = _Function(exit_code)
        self.CloseHandle = _Function(close)


class _Function:
    """A foreign function's stand-in: callable, with settable argtypes/restype."""

    def __init__(self, body: Any) -> None:
        self.body = body
        self.argtypes: Any = None
        self.restype: Any = None

    def __call__(self, *args: Any) -> Any:
        return self.body(*args)


def _as_windows(monkeypatch: pytest.MonkeyPatch, kernel32: _Kernel32) -> None:
    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, **_: kernel32, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: kernel32.error, raising=False)

    def no_kill(*_args: object) -> None:
        raise AssertionError("os.kill on Windows terminates the process")

    monkeypatch.setattr(os, "kill", no_kill)


@pytest.mark.parametrize(("kernel32", "alive"), [
    (_Kernel32(handle=7, code=259), True),  # STILL_ACTIVE
    (_Kernel32(handle=7, code=0), False),  # exited
    (_Kernel32(handle=0, error=5), True),  # exists, not ours to open
    (_Kernel32(handle=0, error=87), False),  # ERROR_INVALID_PARAMETER: no such process
])
def test_on_windows_the_exit_code_is_asked_never_os_kill(
        monkeypatch: pytest.MonkeyPatch, kernel32: _Kernel32, alive: bool) -> None:
    _as_windows(monkeypatch, kernel32)
    assert process_alive(4242) is alive
    assert kernel32.calls[0] == ("OpenProcess", (files.PROCESS_QUERY_LIMITED_INFORMATION,
                                                 False, 4242))
    if kernel32.handle:  # every handle opened is closed
        assert kernel32.calls[-1] == ("CloseHandle", 7)


def _record_opens(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    opened: list[tuple[str, int]] = []
    real = os.open

    def spy(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        opened.append((str(path), flags))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    return opened


@pytest.mark.parametrize("windows", [False, True])
def test_fsync_file_opens_for_writing_only_on_windows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows: bool) -> None:
    """Windows flushes only through a handle that may write (FlushFileBuffers): the file
    is opened read-write there, read-only on POSIX; nothing is written either way."""
    if os.name == "nt" and not windows:
        pytest.skip("POSIX's read-only flush: Windows refuses it, as the test says")
    path = tmp_path / "copy.cuentas"
    path.write_bytes(b"line\nline\n")
    monkeypatch.setattr(files, "WINDOWS", windows)
    opened = _record_opens(monkeypatch)
    files.fsync_file(path)
    assert opened == [(str(path), (os.O_RDWR if windows else os.O_RDONLY) | files.BINARY)]
    assert path.read_bytes() == b"line\nline\n"


@pytest.mark.parametrize("windows", [False, True])
def test_fsync_dir_is_a_no_op_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         windows: bool) -> None:
    """There is no directory fsync on Windows (a folder cannot even be opened with
    os.open there; NTFS journals its metadata): nothing is tried."""
    from app.store import outfiles

    monkeypatch.setattr(outfiles, "WINDOWS", windows)
    opened = _record_opens(monkeypatch)
    files.fsync_dir(tmp_path)
    assert opened == ([] if windows else [(str(tmp_path), os.O_RDONLY)])


def test_json_written_atomically_is_the_same_bytes_everywhere(tmp_path: Path) -> None:
    target = tmp_path / "manifest.json"
    files.write_json_atomic(target, {"a": "b\nc"})
    assert target.read_bytes().count(b"\r") == 0 and json.loads(target.read_text()) == {
        "a": "b\nc"}
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]
