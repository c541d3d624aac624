"""Files that commands write: the one module that checks a target and writes it.

Every file Cuentas writes for the user (`report --out`, `handouts`, the desktop
app's PDF and CSV exports) goes through here (DESIGN.md section 8):

- `check_target` refuses, with `BadInput(field, value, reason)`, a target that is a
  folder, not a regular file (a device such as /dev/full, a pipe, a socket — also
  behind a symlink), the open book or one of its companions (`-wal`, `-shm`,
  `-journal`, `.lock`, `.write-lock`, `.pending`; compared by device and inode, so another name or
  a symlink for the book is found too), any SQLite file (any book, ours or not), or
  one in a folder that does not exist. Another existing file is replaced only when
  `force` says so (`--force`, or the desktop's save dialog, which asked).
- `write_file` checks, writes to a temporary file beside the target (owner-only,
  0600), flushes and syncs it, checks the target once more, and renames it over the
  target. On any error the temporary is removed and the target is left as it was;
  a full disk is a plain `BadInput` ("the disk is full").

A new file is owner-only (0600) whatever the umask: reports and exports hold the
book's data. A replaced file keeps its own permissions (the user chose them). (On
Windows modes mean only "read-only or not"; files in the user's profile are private.)
`public=True` (help handouts, which hold no book data) follows the umask instead.
A symlink is followed: the file it points to is replaced, the link stays.

`create_private` makes an empty owner-only file where a book is about to be
written (SQLite then gives its `-wal`/`-shm` the same mode).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from app import faults
from app.errors import BadInput
from app.i18n import tr
from app.store.redact import hide_passwords

#: Windows: see `fsync_dir`, `BINARY` and `replace_file`.
WINDOWS = os.name == "nt"
#: `os.open` takes the C runtime's flags, and on Windows a descriptor opened without
#: O_BINARY is in text mode: every line feed written becomes CR LF, and a read stops at
#: the first ^Z. So every `os.open` of a file Cuentas writes or reads adds BINARY (0 on
#: POSIX, which has no text mode); `tests/test_portability.py` checks that none is
#: left out.
BINARY: int = getattr(os, "O_BINARY", 0)
#: Windows' answers when a file cannot be moved, replaced or removed because a program
#: has it open: ERROR_ACCESS_DENIED (MoveFileEx onto an open file), ERROR_SHARING_VIOLATION,
#: ERROR_LOCK_VIOLATION. POSIX never refuses an open file (its errors carry no winerror).
IN_USE_WINERRORS = frozenset({5, 32, 33})
#: How long `replace_file` and `remove_file` try again while a file is open elsewhere
#: (an antivirus or a backup tool looking at a new file lets go within a second or so).
RETRY_SECONDS = 2.0
RETRY_PAUSE = 0.05
SQLITE_HEADER = b"SQLite format 3\x00"
#: Files beside a book that belong to it: never a target.
COMPANIONS = ("-wal", "-shm", "-journal", ".lock", ".write-lock", ".pending")

Content = bytes | str | Callable[[BinaryIO], object]


#: Names Windows keeps for devices: no file can be called `con`, `NUL.txt` or
#: `com1.cuentas` there, whatever the case and whatever follows the first dot.
WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                             *(f"LPT{n}" for n in range(1, 10))})
BOOK_SUFFIX = ".cuentas"


def is_book_name(name: str) -> bool:
    """`name` ends with `.cuentas`; on Windows whatever the case (`Shop.CUENTAS`), as its
    file system compares names. (POSIX: exactly `.cuentas`, as before.)"""
    return os.path.normcase(name).endswith(BOOK_SUFFIX)


def portable_stem(stem: str) -> str:
    """`stem` made fit to begin a file name Cuentas suggests, on every system: the dots
    and spaces Windows drops from a name's end go, and a name Windows keeps for a device
    (`CON`, `nul`, `Com1` …) gets a `_` (`CON_`). Anything else is left as it is."""
    stem = stem.rstrip(". ")
    head, dot, rest = stem.partition(".")
    if head.strip().upper() in WINDOWS_DEVICES:
        stem = f"{head}_{dot}{rest}"
    return stem


class FileInUse(PermissionError):
    """Windows would not move, replace or remove `filename` for RETRY_SECONDS: a program
    has it open. The files are as they were. A PermissionError, so code that knows only
    OSError still says "permission denied"."""


def in_use(exc: BaseException) -> bool:
    """Windows refused because the file is open somewhere (see IN_USE_WINERRORS)."""
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in IN_USE_WINERRORS


def patiently(action: Callable[..., Any], *args: Any) -> Any:
    """`action(*args)` (os.replace, os.unlink, os.link …), tried again for RETRY_SECONDS
    while Windows refuses it because a file is open (`in_use`), then FileInUse. Any
    other error, and every error on POSIX, is raised at once: there it is exactly one
    call of `action`."""
    deadline = time.monotonic() + RETRY_SECONDS
    while True:
        try:
            return action(*args)
        except PermissionError as exc:
            if not in_use(exc):
                raise
            if time.monotonic() >= deadline:
                refused = FileInUse(exc.errno, exc.strerror, exc.filename, None, exc.filename2)
                refused.winerror = getattr(exc, "winerror", None)  # type: ignore[attr-defined,misc,unused-ignore]
                raise refused from exc
            time.sleep(RETRY_PAUSE)


def replace_file(src: str | Path, dst: str | Path) -> None:
    """`os.replace(src, dst)`: the one way Cuentas moves a file into place (a book swapped
    in by a restore, a written report, a backup, a manifest, the crash marker, the
    settings). The same call on POSIX; on Windows, where a file that any program has
    open cannot be moved or replaced, it is tried again for a moment, then FileInUse."""
    patiently(os.replace, src, dst)


def remove_file(path: str | Path, *, missing_ok: bool = True) -> None:
    """`os.unlink(path)`, tried again like `replace_file` while Windows says it is open."""
    try:
        patiently(os.unlink, path)
    except FileNotFoundError:
        if not missing_ok:
            raise


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _book_files(books: Iterable[str | Path | None]) -> list[Path]:
    """The files of the open book(s): the book and its companions (SQLite only)."""
    files: list[Path] = []
    for book in books:
        if book is None or str(book).startswith(("postgresql", "postgres:")):
            continue
        base = Path(book).expanduser().resolve()
        files += [base] + [base.with_name(base.name + s) for s in COMPANIONS]
    return files


def _same_file(a: os.stat_result, path: Path) -> bool:
    """Two names for one file: same device and file number (the inode on POSIX, the
    file index on Windows, for os.stat and os.fstat alike since Python 3.5). A file
    system that numbers no files (st_ino 0, some network shares) proves nothing."""
    try:
        b = os.stat(path)
    except OSError:
        return False
    return a.st_ino != 0 and (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def check_target(path: str | Path, *, field: str = "--out", force: bool = False,
                 book: str | Path | None = None, books: Iterable[str | Path] = ()) -> Path:
    """The file to write for `path` (symlinks resolved), or BadInput naming `field`.

    `book` (and `books`) are the open book(s): never a target under any name.
    """
    value = str(path)
    if not value.strip():
        raise _bad(field, value, tr("is empty: name the file to write"))
    target = Path(value).expanduser().resolve()
    mine = _book_files([book, *books])
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _bad(field, value, tr("cannot be checked ({plain})").format(
            plain=_plain(exc))) from None
    if st is None:
        if target in mine:
            raise _bad(field, value, tr("belongs to the open book (its journal or lock); "
                      "choose another file name"))
        if not target.parent.is_dir():
            raise _bad(field, value, tr("is in a folder that does not exist"))
        return target
    if stat.S_ISDIR(st.st_mode):
        raise _bad(field, value, tr("is a folder; name a file to write"))
    if not stat.S_ISREG(st.st_mode):
        raise _bad(field, value, tr("is not a regular file (a device, a pipe or a socket); "
                  "name a file to write"))
    if target in mine or any(_same_file(st, f) for f in mine):
        raise _bad(field, value, tr("is the open book (or one of its files); Cuentas never "
                  "writes a report over a book"))
    try:
        sqlite = _is_sqlite(target)
    except OSError as exc:
        raise _bad(field, value, tr(
            "cannot be read to check that it is not a book ({why})").format(
                why=_plain(exc))) from None
    if sqlite:
        raise _bad(field, value, tr("is a book (an SQLite file); Cuentas never writes over a "
                  "book: choose another file name"))
    for suffix in COMPANIONS:
        if target.name.endswith(suffix) and len(target.name) > len(suffix):
            owner = target.with_name(target.name[: -len(suffix)])
            try:
                if owner.is_file() and _is_sqlite(owner):
                    raise _bad(field, value, tr("belongs to the book {name} (its journal "
                                                "or lock); choose another file name").format(
                                                    name=owner.name))
            except OSError:
                pass
    if not force:
        raise _bad(field, value, tr("already exists; add --force to replace it"))
    return target


def write_file(path: str | Path, content: Content, *, field: str = "--out",
               force: bool = False, book: str | Path | None = None,
               public: bool = False) -> Path:
    """Write `content` (bytes, text as UTF-8, or a function writing to a binary file)
    atomically at `path`, after `check_target`; returns the path written."""
    target = check_target(path, field=field, force=force, book=book)
    try:
        old_mode: int | None = stat.S_IMODE(os.stat(target).st_mode) & 0o777
    except FileNotFoundError:
        old_mode = None
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY
                     | getattr(os, "O_CLOEXEC", 0), 0o666 if public else 0o600)
    except OSError as exc:
        raise _bad(field, str(path), tr("cannot be written ({plain})").format(
            plain=_plain(exc))) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if old_mode is not None and not WINDOWS:
                # Modes are POSIX: Windows has no os.fchmod before Python 3.13 and its
                # os.chmod sets only the read-only flag. A file in the user's profile is
                # private there already (the profile's ACL), so no ACL is built here.
                os.fchmod(fh.fileno(), old_mode)
            if isinstance(content, str):
                fh.write(content.encode("utf-8"))
            elif isinstance(content, bytes):
                fh.write(content)
            else:
                content(fh)
            faults.point("outfile.write", path=tmp)
            fh.flush()
            os.fsync(fh.fileno())
        # The target may have changed while this was written: the same rules again.
        check_target(path, field=field, force=force or old_mode is not None, book=book)
        replace_file(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _bad(field, str(path), tr(
            "could not be written ({why}); it was left as it was").format(
                why=_plain(exc))) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return target


def create_private(path: str | Path) -> None:
    """Create `path` empty and owner-only (0600) if it does not exist; an existing file
    is left alone, mode included."""
    fd = os.open(Path(path).expanduser(), os.O_WRONLY | os.O_CREAT | BINARY
                 | getattr(os, "O_CLOEXEC", 0), 0o600)
    os.close(fd)


def append_private(path: Path, text: str) -> None:
    """Append `text` to a log file, creating it owner-only (0600); a password in a
    book's URL is written as `***` (`app.store.redact`)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | BINARY
                 | getattr(os, "O_CLOEXEC", 0), 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(hide_passwords(text))


def _bad(field: str, value: str, reason: str) -> BadInput:
    return BadInput(field, value, reason)


def _plain(exc: OSError) -> str:
    if isinstance(exc, FileInUse):
        return tr("it is open in another program; close it there and try again")
    if exc.errno == errno.ENOSPC:
        return tr("the disk is full")
    if exc.errno == errno.EDQUOT:
        return tr("the disk quota is used up")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return tr("permission denied")
    if exc.errno == errno.EROFS:
        return tr("the disk is read-only")
    return exc.strerror or str(exc)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive a power cut (POSIX: fsync the
    folder itself).

    On Windows this does nothing, on purpose: a folder cannot be opened with `os.open`
    there and there is no directory fsync to call; NTFS journals its metadata, so a
    rename that returned is kept (the files' own content is synced before the rename,
    by every caller, as on POSIX)."""
    if WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
