"""Windows' rule for open files, enforced on Linux: what any process has open cannot be
moved, replaced or removed.

On Windows `os.replace`, `os.rename` and `os.unlink` fail with a sharing violation
(PermissionError, winerror 32) or "access denied" (winerror 5, a replace onto an open
file) while any process holds a handle on the file without FILE_SHARE_DELETE — and
SQLite and Python open every file that way. Linux allows all three. `windows_sharing`
makes them refuse here exactly when Windows would: it looks through every process's
open files and memory maps (`/proc/*/fd`, `/proc/*/maps`) for the file's (device,
inode). Installed around a restore or an upgrade, it proves that this process let go
of every handle on the book before the swap, and, with a second real process holding
the book, what the refusal looks like.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.books import ROOT

SHARING_VIOLATION = 32
ACCESS_DENIED = 5
TEXT = {SHARING_VIOLATION: "The process cannot access the file because it is being used "
                           "by another process",
        ACCESS_DENIED: "Access is denied",
        33: "The process cannot access the file because another process has locked a "
            "portion of the file"}


def _identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def holders(path: str | os.PathLike[str]) -> list[int]:
    """The pids of every process that has `path` open or mapped (this one included)."""
    wanted = _identity(path)
    if wanted is None:
        return []
    dev, ino = wanted
    found: list[int] = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        pid = int(entry.name)
        if _holds(pid, wanted) or _maps(pid, dev, ino):
            found.append(pid)
    return found


def _holds(pid: int, wanted: tuple[int, int]) -> bool:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    return any(_identity(f"/proc/{pid}/fd/{fd}") == wanted for fd in fds)


def _maps(pid: int, dev: int, ino: int) -> bool:
    try:
        with open(f"/proc/{pid}/maps", encoding="ascii", errors="replace") as fh:
            lines = fh.readlines()
    except OSError:
        return False
    want = f"{os.major(dev):02x}:{os.minor(dev):02x}"
    for line in lines:
        parts = line.split()
        if len(parts) >= 5 and parts[4] == str(ino) and parts[3] == want:
            return True
    return False


def refusal(winerror: int, *paths: str | os.PathLike[str]) -> PermissionError:
    exc = PermissionError(13, TEXT[winerror], os.fspath(paths[0]),
                          None, *(os.fspath(p) for p in paths[1:]))
    exc.winerror = winerror  # type: ignore[attr-defined]
    return exc


class Sharing:
    """What the emulation refused (for the assertions), while installed."""

    def __init__(self) -> None:
        self.refused: list[tuple[str, str, list[int]]] = []


#: The book's lock files: app/store/oslock.py handles them on each system its own way
#: (POSIX removes a lock file it still holds; the Windows side closes it first and
#: leaves one another process has open), and here its POSIX side runs: the rule is not
#: applied to them (tests/app/store/test_oslock.py checks the Windows side).
LOCK_FILES = (".lock", ".write-lock")


def install(monkeypatch: pytest.MonkeyPatch, *, skip: tuple[str, ...] = LOCK_FILES) -> Sharing:
    """Make os.replace, os.rename, os.unlink and os.remove follow Windows' rule (for
    every file but those whose name ends with one of `skip`)."""
    seen = Sharing()
    real_replace, real_rename, real_unlink = os.replace, os.rename, os.unlink

    def holders_of(path: str | os.PathLike[str]) -> list[int]:
        return [] if os.fspath(path).endswith(skip) else holders(path)

    def check_move(what: str, src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        held = holders_of(src)
        if held:
            seen.refused.append((what, os.fspath(src), held))
            raise refusal(SHARING_VIOLATION, src, dst)
        held = holders_of(dst)
        if held:
            seen.refused.append((what, os.fspath(dst), held))
            raise refusal(ACCESS_DENIED, src, dst)

    def replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        check_move("replace", src, dst)
        return real_replace(src, dst, *args, **kwargs)

    def rename(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        check_move("rename", src, dst)
        return real_rename(src, dst, *args, **kwargs)

    def unlink(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        held = holders_of(path)
        if held:
            seen.refused.append(("unlink", os.fspath(path), held))
            raise refusal(SHARING_VIOLATION, path)
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", unlink)
    return seen


HOLD = """\
import sqlite3, sys, time
how, path = sys.argv[1], sys.argv[2]
if how == "sqlite":  # a program reading the book through SQLite (its -wal, -shm too)
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
else:  # a virus scanner or a backup tool: the file alone, read
    held = open(path, "rb")
    held.read(100)
print("held", flush=True)
time.sleep(120)
"""


@contextlib.contextmanager
def held_open(path: str | os.PathLike[str], how: str = "file") -> Iterator[int]:
    """Another real process with `path` open ("file": the file alone; "sqlite": through
    SQLite, so a WAL book's -wal and -shm too); yields its pid."""
    with subprocess.Popen([sys.executable, "-c", HOLD, how, os.fspath(path)], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stderr is not None
            if proc.stdout.readline().strip() != "held":
                proc.kill()
                raise AssertionError(proc.stderr.read())
            assert proc.pid in holders(path)
            yield proc.pid
        finally:
            proc.kill()
            proc.wait()


def book_files(book: Path) -> dict[str, bytes]:
    """Every file in the book's folder and its bytes (hidden temporaries included)."""
    return {p.name: p.read_bytes() for p in sorted(book.parent.iterdir()) if p.is_file()}
