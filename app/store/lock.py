"""Who has a book: one lock per book, so two programs never upgrade, restore or
edit the same book behind each other's back.

A SQLite book `shop.cuentas` is locked by `shop.cuentas.lock`. The exclusion itself is
an `flock` on that file, which the kernel drops when the holding process dies — so
a lock left by a killed or crashed Cuentas on this computer is stale by construction
and the next program simply takes it over. The file's JSON content (pid, host, user,
purpose, start time) only tells others *who* holds it, for the `locked` message.
A lock written on another computer (a book on a shared folder) cannot be checked
from here and is respected until that computer lets it go (or the file is deleted).

Purposes: `session` (the desktop app while a book is open), `upgrade`, `restore`,
`recovery`. All are exclusive on a SQLite book. A process that already holds a book
may take it again for another purpose (the desktop app holds a `session` lock and
its upgrade wizard takes `upgrade`); releasing the inner lock gives the outer back.

A PostgreSQL book uses advisory locks on a dedicated connection instead of a file:
sessions share the lock (several people work on a shared book at once), upgrade and
restore take it exclusively. The server drops them when the connection dies.

Threading: a `BookLock` belongs to the thread that took it; the registry of locks
held by this process is guarded by a mutex.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from app.errors import BookStateError
from app.i18n import tr
from app.store import db

PURPOSES = ("session", "upgrade", "restore", "recovery")
#: How long `acquire` keeps trying before it reports the book as locked: long enough
#: to ride over another process merely peeking at the lock file, short enough for a UI.
DEFAULT_WAIT = 1.0

try:  # POSIX; Cuentas runs on Linux and macOS (README.md)
    import fcntl
except ImportError:  # pragma: no cover - Windows builds would need msvcrt.locking here
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True)
class LockHolder:
    """Who holds a book (as written in its lock), for messages and the UI."""

    pid: int
    host: str
    user: str
    purpose: str
    started: str

    @property
    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def describe(self) -> str:
        """Who holds the book and doing what, in the interface's language."""
        doing = {
            "session": tr("has it open"),
            "upgrade": tr("is upgrading it"),
            "restore": tr("is restoring it"),
            "recovery": tr("is checking it after an interruption"),
        }.get(self.purpose) or tr("holds it ({purpose})").format(purpose=self.purpose)
        who = (tr("{user} on {host}").format(user=self.user, host=self.host) if self.user
               else self.host)
        text = tr("another Cuentas ({who}, process {pid}) {doing}").format(
            who=who, pid=self.pid, doing=doing)
        if self.started:
            text += " " + tr("since {time} UTC").format(
                time=self.started[:19].replace("T", " "))
        return text


class BookLocked(BookStateError):
    """The book is held by another program; nothing was changed."""

    def __init__(self, location: str, holder: LockHolder | None) -> None:
        self.holder = holder
        what = holder.describe() if holder else tr("another program holds it")
        super().__init__("locked", tr("the book {book} is in use: {what}").format(
            book=db.display_name(location), what=what))


def lock_path(location: str) -> Path:
    """The lock file of a SQLite book (beside it, so every program finds the same one)."""
    path = Path(location).expanduser().resolve()
    return path.with_name(path.name + ".lock")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _me(purpose: str) -> dict[str, Any]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "purpose": purpose, "started": _now()}


def _parse(raw: str) -> LockHolder | None:
    try:
        data = json.loads(raw)
        return LockHolder(int(data["pid"]), str(data["host"]), str(data.get("user", "")),
                          str(data.get("purpose", "")), str(data.get("started", "")))
    except (ValueError, KeyError, TypeError):
        return None


def _key(location: str) -> str:
    if db.is_postgres(location):
        return db.display_name(location)
    return str(Path(location).expanduser().resolve())


class _Held:
    """What this process holds on one book: the file descriptor or the PG connection."""

    def __init__(self, fd: int | None, conn: Any, engine: Any, purposes: list[str]) -> None:
        self.fd = fd
        self.conn = conn
        self.engine = engine
        self.purposes = purposes


_registry: dict[str, _Held] = {}
_registry_mutex = threading.Lock()


class BookLock:
    """An acquired lock on a book. Use `BookLock.acquire(...)`, ideally as a context manager."""

    def __init__(self, location: str, purpose: str, key: str) -> None:
        self.location = location
        self.purpose = purpose
        self._key = key
        self._released = False

    @classmethod
    def acquire(cls, location: str, purpose: str = "session", *,
                wait: float = DEFAULT_WAIT) -> BookLock:
        """Take the book for `purpose`, or raise `BookLocked` naming who has it."""
        if purpose not in PURPOSES:
            raise ValueError(f"unknown lock purpose {purpose!r}")
        key = _key(location)
        with _registry_mutex:
            held = _registry.get(key)
            if held is not None:
                _reenter(location, held, purpose)
                return cls(location, purpose, key)
            if db.is_postgres(location):
                held = _acquire_pg(location, purpose, wait)
            else:
                held = _acquire_file(location, purpose, wait)
            _registry[key] = held
        return cls(location, purpose, key)

    @property
    def held(self) -> bool:
        return not self._released

    def release(self) -> None:
        """Give the book back (the outer purpose, if this process held it before)."""
        if self._released:
            return
        self._released = True
        with _registry_mutex:
            held = _registry.get(self._key)
            if held is None:
                return
            if self.purpose in held.purposes:
                # remove the innermost occurrence of this purpose
                idx = len(held.purposes) - 1 - held.purposes[::-1].index(self.purpose)
                held.purposes.pop(idx)
            if held.purposes:
                if held.conn is not None and self.purpose != "session":
                    held.conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_pg_key_sql()})")
                if held.fd is not None:
                    _write_content(held.fd, _me(held.purposes[-1]))
                return
            del _registry[self._key]
            _drop(self.location, held)

    def __enter__(self) -> BookLock:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def _reenter(location: str, held: _Held, purpose: str) -> None:
    # On PostgreSQL our own shared session lock does not conflict with our exclusive
    # request: the server grants it unless another session has the book.
    if held.conn is not None and purpose != "session" and not held.conn.exec_driver_sql(
            f"SELECT pg_try_advisory_lock({_pg_key_sql()})").scalar():
        raise BookLocked(location, _pg_holder(held.conn))
    held.purposes.append(purpose)
    if held.fd is not None:
        _write_content(held.fd, _me(purpose))


# --- SQLite: a lock file ------------------------------------------------------------


def _write_content(fd: int, content: dict[str, Any]) -> None:
    data = json.dumps(content).encode()
    os.ftruncate(fd, 0)
    os.pwrite(fd, data, 0)
    os.fsync(fd)


def _open_lock_file(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        reason = tr("permission denied") if exc.errno in (errno.EACCES, errno.EPERM) else (
            exc.strerror or str(exc))
        raise BookStateError(
            "locked",
            tr("Cuentas cannot write its lock file {path} beside the book ({reason}); the "
               "book's folder must be writable to upgrade or restore it").format(
                   path=path, reason=reason),
        ) from None


def _acquire_file(location: str, purpose: str, wait: float) -> _Held:
    path = lock_path(location)
    deadline = time.monotonic() + wait
    while True:
        fd = _open_lock_file(path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise BookLocked(location, _read_holder(path)) from None
            time.sleep(0.05)
            continue
        # The previous holder may have removed the file between our open and flock:
        # then we hold a lock on a name nobody else will open. Start again.
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            os.close(fd)
            continue
        previous = _parse(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
        if previous is not None and previous.host != socket.gethostname():
            # Written on another computer: we cannot tell whether it is alive.
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
            raise BookLocked(location, previous)
        _write_content(fd, _me(purpose))
        return _Held(fd, None, None, [purpose])


def _read_holder(path: Path) -> LockHolder | None:
    try:
        return _parse(path.read_text(encoding="utf-8"))
    except OSError:
        return None


def _drop(location: str, held: _Held) -> None:
    if held.fd is not None:
        try:
            lock_path(location).unlink()
        except FileNotFoundError:
            pass
        os.close(held.fd)  # closing drops the flock
    if held.conn is not None:
        try:
            held.conn.close()
        finally:
            held.engine.dispose()


def holder(location: str, *, exclusive_only: bool = False) -> LockHolder | None:
    """Who holds the book now (this process included), or None when nobody does.

    On PostgreSQL `exclusive_only` ignores the shared session locks of the people
    working on the book (a shared book is meant to be open in several places).
    """
    key = _key(location)
    with _registry_mutex:
        held = _registry.get(key)
        if held is not None:
            return LockHolder(os.getpid(), socket.gethostname(), _me("")["user"],
                              held.purposes[-1], "")
    if db.is_postgres(location):
        return _pg_probe(location, exclusive_only=exclusive_only)
    path = lock_path(location)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        content = _parse(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return content or LockHolder(0, "?", "", "", "")
        fcntl.flock(fd, fcntl.LOCK_UN)
        if content is not None and content.host != socket.gethostname():
            return content
        return None  # a stale lock left by a process that died
    finally:
        os.close(fd)


def other_holder(location: str, *, exclusive_only: bool = False) -> LockHolder | None:
    """Like `holder`, but None when the holder is this very process."""
    found = holder(location, exclusive_only=exclusive_only)
    if found is None or found.is_this_process:
        return None
    return found


# --- PostgreSQL: advisory locks ------------------------------------------------------


def _pg_key_sql() -> str:
    # One key per book: the database and the schema the book's tables live in.
    return ("('x' || substr(md5('cuentas:' || current_database() || ':' || "
            "current_schema()), 1, 16))::bit(64)::bigint")


def _acquire_pg(location: str, purpose: str, wait: float) -> _Held:
    engine = db.create_book_engine(location, pool=False)
    conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        me = _me(purpose)
        name = f"cuentas:{purpose}:{me['host']}:{me['pid']}:{me['user']}"[:63]
        conn.exec_driver_sql("SELECT set_config('application_name', %(n)s, false)", {"n": name})
        fn = "pg_try_advisory_lock_shared" if purpose == "session" else "pg_try_advisory_lock"
        deadline = time.monotonic() + wait
        while not conn.exec_driver_sql(f"SELECT {fn}({_pg_key_sql()})").scalar():
            if time.monotonic() >= deadline:
                raise BookLocked(location, _pg_holder(conn))
            time.sleep(0.1)
    except BaseException:
        conn.close()
        engine.dispose()
        raise
    return _Held(None, conn, engine, [purpose])


def _pg_holder(conn: Any, *, exclusive_only: bool = False) -> LockHolder | None:
    row = conn.exec_driver_sql(
        "SELECT a.application_name, a.pid, a.backend_start FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        "AND l.pid <> pg_backend_pid() "
        + ("AND l.mode = 'ExclusiveLock' " if exclusive_only else "")
        + f"AND ((l.classid::bigint << 32) | l.objid::bigint) = {_pg_key_sql()} "
        "ORDER BY l.mode DESC LIMIT 1"
    ).first()
    if row is None:
        return None
    parts = str(row[0] or "").split(":")
    if len(parts) >= 4 and parts[0] == "cuentas":
        return LockHolder(int(parts[3]) if parts[3].isdigit() else 0, parts[2],
                          parts[4] if len(parts) > 4 else "", parts[1],
                          str(row[2])[:19].replace(" ", "T"))
    return LockHolder(int(row[1]), tr("the database server"), "", "session", "")


def _pg_probe(location: str, *, exclusive_only: bool = False) -> LockHolder | None:
    engine = db.create_book_engine(location, pool=False)
    try:
        with engine.connect() as conn:
            return _pg_holder(conn, exclusive_only=exclusive_only)
    finally:
        engine.dispose()
