"""The file craft backups rely on: folders, free space, syncing, checksums, cleanup.

Split from `app.backup` so that taking a backup, listing backups and restoring one
share one careful implementation of each: owner-only folders (0700) proven writable
before anything is written, a free-space check, atomic JSON writes (temporary file,
fsync, rename, fsync of the folder), streaming sha256, and the removal of temporary
files left by a process that died. `BackupError` is the plain-words failure of all
of them: the book and the backups already there are never touched.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import faults, paths
from app.errors import BadInput, CuentasError
from app.i18n import QT_TR_NOOP, tr
from app.store import db
from app.store.outfiles import BINARY, WINDOWS, FileInUse, replace_file
from app.store.outfiles import fsync_dir as fsync_dir  # its home: the light module

REASONS = ("pre-upgrade", "pre-restore", "manual", "scheduled", "on-close")
#: The reasons as people read them (source text: `reason_title` translates).
REASON_TITLES = {"pre-upgrade": QT_TR_NOOP("Before an upgrade"),
                 "pre-restore": QT_TR_NOOP("Before a restore"),
                 "manual": QT_TR_NOOP("Backup now"), "scheduled": QT_TR_NOOP("Daily"),
                 "on-close": QT_TR_NOOP("On closing")}


def reason_title(reason: str) -> str:
    """A backup's reason in words, in the interface's language (`pre-upgrade` ->
    "Before an upgrade" / "Antes de actualizar")."""
    return tr(REASON_TITLES[reason]) if reason in REASON_TITLES else reason
#: Automatic backups kept per book; the settings panel may pass other numbers.
DEFAULT_KEEP_SCHEDULED = 14
DEFAULT_KEEP_ON_CLOSE = 7
SUFFIX = ".cuentas"
MANIFEST_SUFFIX = ".json"

#: The one progress callback of long work, in app/ and ui/: progress(step, detail, done,
#: total) — `step` a person can read, `detail` what it is at, `done` of `total` units.
Progress = Callable[[str, str, int, int], None]


class BackupError(CuentasError):
    """A backup could not be made, verified or used; nothing else was changed."""

    def __init__(self, message: str, *, path: Path | None = None, short: str = "",
                 damaged: bool = False) -> None:
        self.path = path
        #: The reason alone ("cannot be written (permission denied)"), for BadInput.
        self.short = short or message
        #: The backup at `path` is damaged (`short` says why): it can never be restored.
        self.damaged = damaged
        super().__init__(message)


def report(progress: Progress | None, step: str, detail: str, done: int, total: int) -> None:
    if progress is not None:
        progress(step, detail, done, total)


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("._")[:40] or "book"


def book_label(location: str) -> str:
    """A short file-name-safe name for the book (its file stem or database name)."""
    if db.is_postgres(location):
        from sqlalchemy.engine import make_url

        return _safe(make_url(db.sqlalchemy_url(location)).database or "book")
    return _safe(Path(location).expanduser().stem)


def default_dir(location: str) -> Path:
    """The book's own folder under the user's backups folder (one per book)."""
    key = (db.display_name(location) if db.is_postgres(location)
           else str(Path(location).expanduser().resolve()))
    digest = hashlib.sha256(key.encode()).hexdigest()[:8]
    return paths.backups_dir() / f"{book_label(location)}-{digest}"


def fsync_file(path: Path) -> None:
    """Make `path`'s content survive a power cut. POSIX syncs through a read-only
    descriptor; Windows flushes (FlushFileBuffers) only through a handle that may
    write, so the file is opened read-write there (nothing is written)."""
    fd = os.open(path, (os.O_RDWR if WINDOWS else os.O_RDONLY) | BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Temporary file, fsync, rename, fsync the folder: never half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | BINARY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:  # the same bytes
            json.dump(data, fh, indent=2, ensure_ascii=False, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        replace_file(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def prepare_folder(folder: Path) -> Path:
    """Create the backup folder (0700) if needed and prove it can be written.

    Raises BackupError in plain words otherwise. Tests run as root, where permissions
    cannot be simulated with chmod: the `backup.folder` fault point stands in.
    """
    folder = folder.expanduser()
    if folder.exists() and not folder.is_dir():
        raise BackupError(tr("the backup folder {folder} is a file, not a folder").format(
            folder=folder), path=folder,
                          short="is a file, not a folder")
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
            os.chmod(folder, 0o700)
        faults.point("backup.folder")
        probe = folder / f".probe-{os.getpid()}-{threading.get_ident()}.tmp"
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY, 0o600)
        os.close(fd)
        probe.unlink()
    except OSError as exc:
        why = tr("cannot be written ({why})").format(why=plain_os_error(exc))
        raise BackupError(
            tr("the backup folder {folder} {why}; choose another folder or fix its "
               "permissions").format(folder=folder, why=why), path=folder, short=why) from None
    return folder


def check_folder_argument(field: str, value: str) -> Path:
    """A folder named on the command line, checked before anything is done (BadInput)."""
    try:
        return prepare_folder(Path(value))
    except BackupError as exc:
        raise BadInput(field, value, exc.short) from None


def plain_os_error(exc: OSError) -> str:
    if isinstance(exc, FileInUse):
        return tr("it is open in another program; close it there and try again")
    if exc.errno == errno.ENOSPC:
        return tr("the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("permission denied")
    return exc.strerror or str(exc)


def check_free_space(folder: Path, needed: int, what: str) -> None:
    """Refuse before writing when `folder`'s disk cannot hold `needed` bytes."""
    try:
        faults.point("backup.space")
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            free = 0
        else:
            raise BackupError(tr("cannot tell the free space in {folder}: {why}").format(
                folder=folder, why=plain_os_error(exc)), path=folder) from None
    if free < needed:
        raise BackupError(
            tr("not enough free space in {folder} for {what}: it needs {needed}, the disk "
               "has {free} free").format(
                   folder=folder, what=what, needed=_mb(needed), free=_mb(free)), path=folder)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB" if n >= 100_000 else f"{n / 1000:,.1f} kB"


def sqlite_revision(conn: sqlite3.Connection) -> tuple[str | None, bool]:
    """(revision, unversioned): a legacy book without `alembic_version` is (0001, True)."""
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if has is None:
        return "0001", True
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return (str(row[0]) if row else None), False


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """The problems `PRAGMA quick_check` finds (empty when the file is sound)."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def remove_stale_temporaries(folder: Path, prefix: str = "") -> list[Path]:
    """Delete `.NAME.PID.tmp` files whose process is gone (a backup killed half-way);
    only those whose NAME starts with `prefix`, when given."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        if not path.name.startswith("." + prefix):
            continue
        match = re.fullmatch(r"\..+\.(\d+)\.tmp(-journal)?", path.name)
        if match and not process_alive(int(match.group(1))):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def process_alive(pid: int) -> bool:
    """Whether the process `pid` is still running (the writer of a temporary file).

    When in doubt it answers True: the caller then keeps the file. POSIX: signal 0
    only probes (and a zombie counts as dead). Windows: `os.kill` would not probe
    there, it calls TerminateProcess, so the process is asked for its exit code instead.
    """
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if WINDOWS:
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OverflowError:  # not a pid at all: nobody's file
        return False
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rpartition(")")[2].split()[0] == "Z":  # a zombie is dead
            return False
    return True


#: Windows: OpenProcess's right to ask a process its exit code; the code of one that
#: still runs; OpenProcess's answer for a process that exists but is not ours to open.
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5


def _alive_windows(pid: int) -> bool:
    """OpenProcess + GetExitCodeProcess (kernel32, through ctypes): a process whose exit
    code is still STILL_ACTIVE runs (one that exited with code 259 would look alive:
    its file is kept, the safe side)."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    kernel32.CloseHandle.restype = wintypes.BOOL
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # Access denied: it exists (another user's, or a protected one). Otherwise
        # (ERROR_INVALID_PARAMETER) there is no such process.
        return bool(ctypes.get_last_error() == ERROR_ACCESS_DENIED)  # type: ignore[attr-defined]
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
