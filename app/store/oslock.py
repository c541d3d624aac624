"""The operating system's file locks, for the book's locks (`app/store/lock.py`).

Everything `lock.py` needs from the operating system, and nothing else:

- `lock_shared(fd)` / `lock_exclusive(fd)`: take the lock on an open lock file at once,
  or raise `Held` when another open file (another process, or another descriptor of
  this one) holds it in a conflicting mode. Never waits; callers retry.
- `unlock(fd)`: let go; harmless when `fd` holds nothing. A conversion (shared to
  exclusive or back) is `unlock` then a lock, on every platform: it is not atomic,
  someone else may get in between (the callers re-check).
- `remove_and_close(path, fd)`: remove the lock file `fd` holds exclusively, and let go.
- `open_file(path, flags)`: open a lock file (not inherited by child processes, binary).
- `shared_holder_pid(path)`, `process_user(pid)`: who holds a shared lock, where the
  system can say (Linux), for the message that refuses a restore.

The operating system drops a lock when the process holding it dies, however it dies.

Two backends, chosen by `os.name` when this module is imported (`BACKEND`):

POSIX (Linux, macOS): `flock(2)` on the whole file. Advisory: the file's content stays
readable and writable by everyone. A lock file is removed while it is still locked
(unlinked, then closed), so no other process can have locked it; one that had opened
it before finds, once it gets the lock, that the name now points elsewhere (or
nowhere) and starts again (`lock.py` compares `fstat` with `stat`).

Windows: `LockFileEx` / `UnlockFileEx` (kernel32, through `ctypes`) on the handle of
the descriptor (`msvcrt.get_osfhandle`), on ONE byte at `LOCK_OFFSET` (1 GiB), far
beyond the file's content, as SQLite does with its lock bytes. Windows byte-range locks
are mandatory: a lock on the bytes of the holder's JSON would make it unreadable to
the program that wants to say who holds the book. `LOCKFILE_FAIL_IMMEDIATELY` always;
`ERROR_LOCK_VIOLATION` (or `ERROR_IO_PENDING`) means held; unlocking what is not
locked is harmless (Windows answers `ERROR_NOT_LOCKED`, Wine `ERROR_LOCK_VIOLATION`).
Windows refuses to delete a file that is open without `FILE_SHARE_DELETE` (every
`os.open` handle), so `remove_and_close` closes first and then tries: a
`PermissionError` means another process has the file open (it holds the lock, or is
about to try), and the file is left to it; whoever holds a lock on it has it open, so
no lock file anybody holds is ever deleted.
Written from Microsoft's documentation; checked on Linux against a stand-in for
kernel32 that records the calls (`tests/app/store/test_oslock.py`), and run for real
on the official Windows CPython 3.13 under Wine 8.0 (`scripts/wine-windows-tests`:
the lock tests with real processes pass there). Wine is not Windows: one run of the
lock tests on a real Windows machine is still on the checklist (`packaging/README.md`).
"""

from __future__ import annotations

import ctypes
import importlib
import os
import time
from pathlib import Path
from typing import Any

#: Where the Windows lock byte sits: 1 GiB, like SQLite's lock bytes; a lock file holds
#: a few hundred bytes of JSON, never this many.
LOCK_OFFSET = 0x40000000
LOCK_LENGTH = 1

# kernel32's constants (fileapi.h, winerror.h).
LOCKFILE_FAIL_IMMEDIATELY = 0x00000001
LOCKFILE_EXCLUSIVE_LOCK = 0x00000002
ERROR_LOCK_VIOLATION = 33
ERROR_NOT_LOCKED = 158
ERROR_IO_PENDING = 997

#: How long `open_file` keeps trying on Windows while a lock file's deletion is pending
#: (the system refuses to open a file being deleted, with "access denied").
DELETE_PENDING_WAIT = 0.5


class Held(Exception):
    """Another open file holds the lock in a conflicting mode."""


# Windows' types by their fixed sizes (ctypes.wintypes.DWORD is 64 bits on Linux).
_DWORD = ctypes.c_uint32
_BOOL = ctypes.c_int32
_HANDLE = ctypes.c_void_p
_ULONG_PTR = ctypes.c_size_t  # pointer-sized: 8 bytes on 64-bit Windows


class _Offsets(ctypes.Structure):
    _fields_ = [("Offset", _DWORD), ("OffsetHigh", _DWORD)]


class _OffsetsOrPointer(ctypes.Union):
    _anonymous_ = ("offsets",)
    _fields_ = [("offsets", _Offsets), ("Pointer", ctypes.c_void_p)]


class OVERLAPPED(ctypes.Structure):
    """minwinbase.h's OVERLAPPED: 32 bytes on 64-bit Windows (Offset at 16, hEvent at 24)."""

    _anonymous_ = ("u",)
    _fields_ = [
        ("Internal", _ULONG_PTR),
        ("InternalHigh", _ULONG_PTR),
        ("u", _OffsetsOrPointer),
        ("hEvent", _HANDLE),
    ]


def _lock_byte() -> OVERLAPPED:
    """An OVERLAPPED naming the lock byte (no event: the handle is synchronous)."""
    overlapped = OVERLAPPED()
    overlapped.Offset = LOCK_OFFSET & 0xFFFFFFFF
    overlapped.OffsetHigh = LOCK_OFFSET >> 32
    overlapped.hEvent = None
    return overlapped


_OPEN_FLAGS = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


if os.name == "nt":
    BACKEND = "LockFileEx"

    # Through `Any`: these names exist only on Windows (mypy runs on Linux).
    _ctypes: Any = ctypes
    _msvcrt: Any = importlib.import_module("msvcrt")
    _kernel32: Any = _ctypes.WinDLL("kernel32", use_last_error=True)

    _LockFileEx = _kernel32.LockFileEx
    _LockFileEx.argtypes = [_HANDLE, _DWORD, _DWORD, _DWORD, _DWORD, ctypes.POINTER(OVERLAPPED)]
    _LockFileEx.restype = _BOOL
    _UnlockFileEx = _kernel32.UnlockFileEx
    _UnlockFileEx.argtypes = [_HANDLE, _DWORD, _DWORD, _DWORD, ctypes.POINTER(OVERLAPPED)]
    _UnlockFileEx.restype = _BOOL

    def _failed(call: str, code: int) -> OSError:
        # With `winerror` set, Windows' OSError derives the errno (and the subclass).
        return OSError(None, f"{call} failed (Windows error {code})", None, code)

    def _lock(fd: int, flags: int) -> None:
        overlapped = _lock_byte()
        if _LockFileEx(_msvcrt.get_osfhandle(fd), flags | LOCKFILE_FAIL_IMMEDIATELY, 0,
                       LOCK_LENGTH, 0, ctypes.byref(overlapped)):
            return
        code = _ctypes.get_last_error()
        if code in (ERROR_LOCK_VIOLATION, ERROR_IO_PENDING):
            raise Held(code)
        raise _failed("LockFileEx", code)

    def lock_shared(fd: int) -> None:
        _lock(fd, 0)

    def lock_exclusive(fd: int) -> None:
        _lock(fd, LOCKFILE_EXCLUSIVE_LOCK)

    def unlock(fd: int) -> None:
        overlapped = _lock_byte()
        if _UnlockFileEx(_msvcrt.get_osfhandle(fd), 0, LOCK_LENGTH, 0,
                         ctypes.byref(overlapped)):
            return
        code = _ctypes.get_last_error()
        # Not locked by this handle: Windows says ERROR_NOT_LOCKED, Wine
        # ERROR_LOCK_VIOLATION. Unlocking never conflicts with anybody else's lock
        # (it only lets go of this handle's own), so either means "nothing to let go".
        if code not in (ERROR_NOT_LOCKED, ERROR_LOCK_VIOLATION):
            raise _failed("UnlockFileEx", code)

    def remove_and_close(path: Path, fd: int) -> None:
        # Windows deletes no file that is open: let go first, then try.
        try:
            unlock(fd)
        finally:
            os.close(fd)
        try:
            os.remove(path)
        except (PermissionError, FileNotFoundError):
            pass  # another process has it open (holds it now, or is about to try)

    def open_file(path: Path, flags: int, mode: int = 0o600) -> int:
        deadline = time.monotonic() + DELETE_PENDING_WAIT
        while True:
            try:
                return os.open(path, flags | _OPEN_FLAGS, mode)
            except PermissionError:
                # a deletion pending, or truly not allowed: the latter after a moment
                if time.monotonic() >= deadline:
                    raise
            time.sleep(0.02)

else:
    BACKEND = "flock"

    import fcntl

    def _lock(fd: int, flags: int) -> None:
        try:
            fcntl.flock(fd, flags | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Held() from None

    def lock_shared(fd: int) -> None:
        _lock(fd, fcntl.LOCK_SH)

    def lock_exclusive(fd: int) -> None:
        _lock(fd, fcntl.LOCK_EX)

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def remove_and_close(path: Path, fd: int) -> None:
        # Removed while still locked: nobody else can have locked this file.
        try:
            here, mine = os.stat(path), os.fstat(fd)
            if (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino):
                os.unlink(path)
        except FileNotFoundError:
            pass
        finally:
            os.close(fd)  # closing drops the lock

    def open_file(path: Path, flags: int, mode: int = 0o600) -> int:
        return os.open(path, flags | _OPEN_FLAGS, mode)


def shared_holder_pid(path: Path) -> int | None:
    """A process holding a shared lock on `path`, from /proc/locks (Linux only: other
    systems do not say; then None)."""
    try:
        inode = os.stat(path).st_ino
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            for line in fh:
                fields = line.split()
                # "1: FLOCK  ADVISORY  READ  1234 08:01:5678 0 EOF"
                if len(fields) >= 6 and fields[1] == "FLOCK" and fields[3] == "READ" \
                        and fields[5].rsplit(":", 1)[-1] == str(inode):
                    return int(fields[4])
    except (OSError, ValueError):
        pass
    return None


def process_user(pid: int) -> str:
    """The login name of the user running process `pid`, where the system says
    (Linux's /proc), else ""."""
    try:
        import pwd

        return pwd.getpwuid(os.stat(f"/proc/{pid}").st_uid).pw_name
    except (OSError, KeyError, ImportError):
        return ""
