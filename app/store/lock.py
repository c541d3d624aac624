"""Who has a book: its locks, so two programs never upgrade, restore or edit the same
book behind each other's back, and no acknowledged write is ever discarded.

A SQLite book `shop.cuentas` is locked by `shop.cuentas.lock`. The exclusion itself is
the operating system's lock on that file (`app/store/oslock.py`: `flock` on Linux and
macOS, `LockFileEx` on Windows), which the system drops when the holding process dies —
so a lock left by a killed or crashed Cuentas on this computer is stale by construction
and the next program simply takes it over. The file's JSON content (pid, host, user,
purpose, start time) only tells others *who* holds it, for the `locked` message.
A lock written on another computer (a book on a shared folder) cannot be checked
from here and is respected until that computer lets it go (or the file is deleted).

Purposes: `session` (the desktop app while a book is open), `write`, `upgrade`,
`restore`, `recovery`. On a SQLite book `session`, `upgrade`, `restore` and
`recovery` are exclusive on the `.lock` file. A process that already holds a book
may take it again for another purpose (the desktop app holds a `session` lock and
its upgrade wizard takes `upgrade`); releasing the inner lock gives the outer back.

The write gate. Every write holds the book's lock for `write`, which is *shared*:
each unit of work (`Book.write`) and each command-line command that writes, for
the whole command (taken before the book's engine opens its file). `upgrade`,
`restore` and `recovery` take the gate *exclusively* for their whole run, after
the `.lock`. So a write never lands between the restore's safety backup and its
swap (where it would be acknowledged and then discarded): a writer that finds a
restore or an upgrade in progress waits (`WRITE_WAIT`) and then writes into the
finished book, or is refused naming who holds the book; a restore or an upgrade
that finds writes in progress waits for them just as long, or is refused. On a
SQLite book the gate is a second locked file beside it, `shop.cuentas.write-lock`
(shared for writers, exclusive for the others), so a command-line `add` keeps
working while the desktop app has the book open (its `session` holds only the
`.lock`). The file is removed by whoever lets go of it last. Within one process the
gate is re-entrant per thread: a thread that restores or upgrades may write, and
a thread that holds it for writing may take it exclusively (its shared hold is
given up meanwhile: `Book.write` still refuses a file that was replaced).

Windows (run under Wine, not yet on Windows itself: see `oslock.py`). The rules are the same;
three things differ and the code is written for the stricter side everywhere. A lock
is never converted in place (Windows cannot): the code unlocks and locks again, and
after every lock re-checks that the file is still the one beside the book (its last
holder may have removed it in between). Windows locks are mandatory, so the lock is
one byte far past the JSON, which stays readable to whoever wants to say who holds
the book. And Windows deletes no open file: a lock file is closed before it is
removed, and when another process has it open by then it is left to that process (a
leftover `.lock` nobody holds is taken over like a stale one; a leftover
`.write-lock` is simply used again).

A PostgreSQL book uses advisory locks instead of files, on one key per book:
sessions and command-line writers share it (on a dedicated connection), upgrade and
restore take it exclusively, and every write transaction takes it shared for the
transaction (`hold_for_write`). The server drops them when the connection dies.

Threading: a `BookLock` belongs to the thread that took it; the registries of locks
held by this process are guarded by a mutex.
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
from app.store import db, oslock

PURPOSES = ("session", "write", "upgrade", "restore", "recovery")
#: The purposes that exclude every other program and every write.
EXCLUSIVE = ("upgrade", "restore", "recovery")
#: How long `acquire` keeps trying before it reports the book as locked: long enough
#: to ride over another process merely peeking at the lock file, short enough for a UI.
DEFAULT_WAIT = 1.0


def _seconds(name: str, default: float) -> float:
    """A number of seconds from the environment (`default` when unset or not a number
    from 0 to 3600)."""
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if 0 <= value <= 3600 else default


#: How long a write waits for a restore or an upgrade to finish, and a restore or an
#: upgrade for the writes in progress, before either is refused; `CUENTAS_WRITE_WAIT`
#: (seconds) sets it, e.g. for a shared book whose backups take longer.
WRITE_WAIT = _seconds("CUENTAS_WRITE_WAIT", 30.0)

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
            "write": tr("is writing to it"),
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

    def __init__(self, location: str, holder: LockHolder | None, after: str = "") -> None:
        self.holder = holder
        what = holder.describe() if holder else tr("another program holds it")
        super().__init__("locked", tr("the book {book} is in use: {what}").format(
            book=db.display_name(location), what=what) + (f"; {after}" if after else ""))


def lock_path(location: str) -> Path:
    """The lock file of a SQLite book (beside it, so every program finds the same one)."""
    path = Path(location).expanduser().resolve()
    return path.with_name(path.name + ".lock")


#: The suffix of a SQLite book's write gate (`shop.cuentas.write-lock`).
GATE_SUFFIX = ".write-lock"


def gate_path(location: str) -> Path:
    """The write gate of a SQLite book: shared by writers, exclusive for restore/upgrade."""
    path = Path(location).expanduser().resolve()
    return path.with_name(path.name + GATE_SUFFIX)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _me(purpose: str) -> dict[str, Any]:
    try:
        user = getpass.getuser()
    except (KeyError, OSError, ImportError):  # Windows before 3.13: ImportError (no pwd)
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
        #: The thread that took each purpose, in the same order.
        self.threads = [threading.get_ident()] * len(purposes)


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
                wait: float = DEFAULT_WAIT, write_wait: float | None = None) -> BookLock:
        """Take the book for `purpose`, or raise `BookLocked` naming who has it.

        `wait`: how long to wait for another program holding the book (for `write`:
        for a restore, upgrade or recovery to finish). `write_wait` (default
        `WRITE_WAIT`): how long `upgrade`, `restore` and `recovery` wait for the
        writes in progress.
        """
        if purpose not in PURPOSES:
            raise ValueError(f"unknown lock purpose {purpose!r}")
        key = _key(location)
        postgres = db.is_postgres(location)
        if purpose == "write" and not postgres:
            _gate_shared(location, key, wait)
            return cls(location, purpose, key)
        with _registry_mutex:
            held = _registry.get(key)
            if held is not None:
                _reenter(location, held, purpose, wait, write_wait)
            else:
                if postgres:
                    held = _acquire_pg(location, purpose, wait, write_wait)
                else:
                    held = _acquire_file(location, purpose, wait)
                _registry[key] = held
        lock = cls(location, purpose, key)
        if purpose in EXCLUSIVE and not postgres:
            try:
                _gate_exclusive(location, key, WRITE_WAIT if write_wait is None else write_wait)
            except BaseException:
                lock._release_registry()
                raise
        return lock

    @property
    def held(self) -> bool:
        return not self._released

    def release(self) -> None:
        """Give the book back (the outer purpose, if this process held it before)."""
        if self._released:
            return
        self._released = True
        postgres = db.is_postgres(self.location)
        if self.purpose == "write" and not postgres:
            _gate_release_shared(self._key)
            return
        if self.purpose in EXCLUSIVE and not postgres:
            try:
                _gate_release_exclusive(self._key)
            finally:
                self._release_registry()
            return
        self._release_registry()

    def _release_registry(self) -> None:
        with _registry_mutex:
            held = _registry.get(self._key)
            if held is None:
                return
            if self.purpose in held.purposes:
                # remove the innermost occurrence of this purpose
                idx = len(held.purposes) - 1 - held.purposes[::-1].index(self.purpose)
                held.purposes.pop(idx)
                held.threads.pop(idx)
            if held.purposes:
                if held.conn is not None and self.purpose in EXCLUSIVE:
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


def _reenter(location: str, held: _Held, purpose: str, wait: float,
             write_wait: float | None) -> None:
    # On PostgreSQL our own shared session lock does not conflict with our exclusive
    # request: the server grants it unless another session has the book (or is writing:
    # then we wait for the writes, as `_acquire_pg` does).
    if held.conn is not None and purpose in EXCLUSIVE:
        _pg_take(held.conn, location, "pg_try_advisory_lock", wait, write_wait)
    held.purposes.append(purpose)
    held.threads.append(threading.get_ident())
    if held.fd is not None and purpose != "write":
        _write_content(held.fd, _me(purpose))


def holds_exclusively(location: str) -> bool:
    """Whether this very thread holds the book for `upgrade`, `restore` or `recovery`
    (its own writes then need no write lock: they would wait for itself)."""
    me = threading.get_ident()
    with _registry_mutex:
        held = _registry.get(_key(location))
        return held is not None and any(
            p in EXCLUSIVE and t == me for p, t in zip(held.purposes, held.threads, strict=True))


# --- SQLite: a lock file ------------------------------------------------------------
# What the operating system does (flock on POSIX, LockFileEx on Windows) is in
# app/store/oslock.py; nothing here calls it any other way.


def _write_content(fd: int, content: dict[str, Any]) -> None:
    data = json.dumps(content).encode()
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    while data:
        data = data[os.write(fd, data):]
    os.fsync(fd)


def _read_content(fd: int) -> LockHolder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    return _parse(os.read(fd, 4096).decode("utf-8", "replace"))


def _same_file(fd: int, path: Path) -> bool:
    """Whether `path` still names the file open as `fd`. The previous holder may have
    removed it between our open and our lock (or during a conversion): then we hold a
    lock on a file nobody else will open, and must start again."""
    try:
        here, mine = os.stat(path), os.fstat(fd)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)


def _close(fd: int) -> None:
    """Let go of the lock, then close (Windows drops a closed handle's locks only
    "when resources allow")."""
    try:
        oslock.unlock(fd)
    except OSError:
        pass  # closing drops it anyway
    finally:
        os.close(fd)


def _cannot_write(path: Path, exc: OSError, what: str) -> BookStateError:
    reason = tr("permission denied") if exc.errno in (errno.EACCES, errno.EPERM) else (
        exc.strerror or str(exc))
    return BookStateError("locked", what.format(path=path, reason=reason))


def _open_lock_file(path: Path) -> int:
    try:
        return oslock.open_file(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise _cannot_write(path, exc, tr(
            "Cuentas cannot write its lock file {path} beside the book ({reason}); the "
            "book's folder must be writable to upgrade or restore it")) from None


def _acquire_file(location: str, purpose: str, wait: float) -> _Held:
    path = lock_path(location)
    deadline = time.monotonic() + wait
    while True:
        fd = _open_lock_file(path)
        try:
            oslock.lock_exclusive(fd)
        except oslock.Held:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise BookLocked(location, _read_holder(path)) from None
            time.sleep(0.05)
            continue
        except BaseException:
            os.close(fd)
            raise
        try:
            same = _same_file(fd, path)
            previous = _read_content(fd) if same else None
            if same and (previous is None or previous.host == socket.gethostname()):
                _write_content(fd, _me(purpose))
                return _Held(fd, None, None, [purpose])
        except BaseException:
            _close(fd)
            raise
        _close(fd)
        if previous is not None:
            # Written on another computer: we cannot tell whether it is alive.
            raise BookLocked(location, previous)
        # else removed by its last holder between our open and our lock: start again


def _read_holder(path: Path) -> LockHolder | None:
    try:
        return _parse(path.read_text(encoding="utf-8"))
    except OSError:
        return None


def _drop(location: str, held: _Held) -> None:
    if held.fd is not None:
        oslock.remove_and_close(lock_path(location), held.fd)
    if held.conn is not None:
        try:
            held.conn.close()
        finally:
            held.engine.dispose()


# --- SQLite: the write gate ----------------------------------------------------------


class _Gate:
    """This process's hold on one SQLite book's write gate."""

    def __init__(self) -> None:
        self.fd: int | None = None  # the gate file, locked in `mode`
        self.mode: str | None = None  # "sh", "ex"; None while not held
        self.readers: dict[int, int] = {}  # thread -> how many shared holds
        self.owner: int | None = None  # the thread holding it exclusively
        self.depth = 0  # how many exclusive holds the owner has
        self.busy = False  # a thread is changing the lock (outside the mutex)


_gates: dict[str, _Gate] = {}
_gates_changed = threading.Condition()


def _gate_shared(location: str, key: str, wait: float) -> None:
    me = threading.get_ident()
    deadline = time.monotonic() + wait
    with _gates_changed:
        while True:
            gate = _gates.setdefault(key, _Gate())
            if gate.owner == me or (gate.mode == "sh" and gate.owner is None
                                    and not gate.busy):
                gate.readers[me] = gate.readers.get(me, 0) + 1
                return
            if gate.mode is None and not gate.busy:
                gate.busy = True
                break
            # another thread of this process restores or upgrades the book
            if not _gates_changed.wait(max(deadline - time.monotonic(), 0)) and \
                    time.monotonic() >= deadline:
                raise BookLocked(location, holder(location),
                                 tr("nothing was written (try again when it has finished)"))
    try:
        # None: a book this user cannot write (or that is not there) has no gate file;
        # its engine refuses every write anyway, so the writer goes ahead "ungated".
        fd = _lock_gate(location, False, deadline)
    except BaseException:
        with _gates_changed:
            gate.busy = False
            if not gate.readers and gate.owner is None:
                _gates.pop(key, None)
            _gates_changed.notify_all()
        raise
    with _gates_changed:
        gate.fd, gate.mode, gate.busy = fd, "sh", False
        gate.readers[me] = 1
        _gates_changed.notify_all()


def _gate_release_shared(key: str) -> None:
    me = threading.get_ident()
    with _gates_changed:
        gate = _gates.get(key)
        if gate is None or me not in gate.readers:
            return
        gate.readers[me] -= 1
        if not gate.readers[me]:
            del gate.readers[me]
        if not gate.readers and gate.owner is None and not gate.busy:
            del _gates[key]
            if gate.fd is not None:
                _let_go_of_gate(key, gate.fd)
        _gates_changed.notify_all()


def _gate_exclusive(location: str, key: str, wait: float) -> None:
    me = threading.get_ident()
    deadline = time.monotonic() + wait
    with _gates_changed:
        while True:
            gate = _gates.setdefault(key, _Gate())
            if gate.owner == me:
                gate.depth += 1
                return
            others = [t for t in gate.readers if t != me]
            if gate.owner is None and not gate.busy and not others:
                gate.busy = True
                break
            # other threads of this process are writing: wait for them
            if not _gates_changed.wait(max(deadline - time.monotonic(), 0)) and \
                    time.monotonic() >= deadline:
                raise BookLocked(location, _writer(location, os.getpid()),
                                 tr("waited {seconds} s for the writes in progress, nothing "
                                    "was changed").format(seconds=f"{wait:.0f}"))
    # This thread may hold it for writing (`gate.fd`, shared): that hold is given up
    # meanwhile (unlock, then lock: no system converts a lock atomically everywhere).
    shared = gate.fd
    try:
        if shared is not None:
            oslock.unlock(shared)
        fd = _lock_gate(location, True, deadline, create=True, reuse=shared)
    except BaseException:
        with _gates_changed:
            gate.busy = False
            if shared is not None:
                gate.fd = _take_back_shared(key, shared)
            elif not gate.readers:
                _gates.pop(key, None)
            _gates_changed.notify_all()
        raise
    if shared is not None and fd != shared:
        os.close(shared)  # the gate was removed and made anew in the gap: this is the new one
    with _gates_changed:
        gate.fd, gate.mode, gate.owner, gate.depth, gate.busy = fd, "ex", me, 1, False
        _gates_changed.notify_all()


def _gate_release_exclusive(key: str) -> None:
    me = threading.get_ident()
    with _gates_changed:
        gate = _gates.get(key)
        if gate is None or gate.owner != me:
            return
        gate.depth -= 1
        if gate.depth:
            return
        gate.owner = None
        if gate.readers and gate.fd is not None:
            # This thread was writing before it took the book exclusively: back to shared.
            gate.mode = "sh"
            gate.fd = _take_back_shared(key, gate.fd)
        elif not gate.readers:
            del _gates[key]
            if gate.fd is not None:
                oslock.remove_and_close(gate_path(key), gate.fd)
        _gates_changed.notify_all()


def _open_gate(path: Path) -> int:
    try:
        return oslock.open_file(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        pass
    try:
        return oslock.open_file(path, os.O_RDONLY)  # another user's gate: locks need no write
    except OSError as exc:
        raise _cannot_write(path, exc, tr(
            "Cuentas cannot write its lock file {path} beside the book ({reason}); "
            "the book's folder must be writable to change the book")) from None


def _lock_gate(location: str, exclusive: bool, deadline: float, *, create: bool = False,
               reuse: int | None = None) -> int | None:
    """Open the gate file and lock it (shared, or `exclusive`), waiting until `deadline`.
    `reuse`: this thread's own descriptor of the gate (unlocked), tried first. None,
    without a file, for a writer on a book this user cannot write (or that is not
    there): its engine refuses every write anyway. An upgrade or a restore (`create`)
    must have it."""
    if reuse is None and not create and not db.writable(location):
        return None
    path = gate_path(location)
    fd = reuse
    while True:
        if fd is None:
            fd = _open_gate(path)
        try:
            _lock_fd(location, fd, exclusive, deadline)
        except BaseException:
            if fd != reuse:
                os.close(fd)
            raise
        if _same_file(fd, path):
            return fd
        # Removed by its last holder between our open and our lock: open the new one.
        if fd == reuse:
            oslock.unlock(fd)
        else:
            _close(fd)
        fd = None


def _lock_fd(location: str, fd: int, exclusive: bool, deadline: float) -> None:
    started = time.monotonic()
    while True:
        try:
            (oslock.lock_exclusive if exclusive else oslock.lock_shared)(fd)
            return
        except oslock.Held:
            pass
        if time.monotonic() >= deadline:
            waited = time.monotonic() - started
            if not exclusive:  # a restore, an upgrade or a recovery is running
                raise BookLocked(location, _read_holder(lock_path(location)),
                                 tr("waited {seconds} s for it to finish, nothing was written "
                                    "(try again when it has finished)").format(
                                        seconds=f"{waited:.0f}"))
            raise BookLocked(location, _writer(location, None),
                             tr("waited {seconds} s for the writes in progress, nothing was "
                                "changed (try again when they have finished)").format(
                                    seconds=f"{waited:.0f}"))
        time.sleep(0.02)


def _take_back_shared(key: str, fd: int) -> int | None:
    """Take back the shared hold this thread gave up for an exclusive one (`fd` holds
    it exclusively, or not at all): on the same file if it is still the gate, else on
    the gate there now. Never raises: when it cannot be had within `WRITE_WAIT` the
    thread writes on without it (`Book.write` still refuses a file that was replaced
    meanwhile)."""
    path = gate_path(key)
    deadline = time.monotonic() + WRITE_WAIT
    current: int | None = fd
    try:
        oslock.unlock(fd)
        while True:
            try:
                oslock.lock_shared(fd)
            except oslock.Held:
                if time.monotonic() >= deadline:
                    return fd
                time.sleep(0.02)
                continue
            if _same_file(fd, path):
                return fd
            # Another process took it in the gap and, the last one out, removed it.
            current = None
            _close(fd)
            fd = current = _open_gate(path)
    except (OSError, BookStateError):
        return current


def _let_go_of_gate(key: str, fd: int) -> None:
    """Give up a shared hold; the last one out (who then gets it exclusively) removes
    the file."""
    try:
        oslock.unlock(fd)
        oslock.lock_exclusive(fd)
    except BaseException as exc:
        os.close(fd)
        if isinstance(exc, oslock.Held):
            return  # others still write: the last of them removes it
        raise
    oslock.remove_and_close(gate_path(key), fd)


def _writer(location: str, pid: int | None) -> LockHolder | None:
    """Who holds the gate for writing (found only where the system says: Linux), for
    the refusal."""
    if pid is None:
        pid = oslock.shared_holder_pid(gate_path(location))
    if pid is None:
        return None
    user = _me("")["user"] if pid == os.getpid() else oslock.process_user(pid)
    return LockHolder(pid, socket.gethostname(), user, "write", "")


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
        fd = oslock.open_file(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        content = _read_content(fd)
        try:
            oslock.lock_shared(fd)
        except oslock.Held:
            return content or LockHolder(0, "?", "", "", "")
        oslock.unlock(fd)
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


def _acquire_pg(location: str, purpose: str, wait: float,
                write_wait: float | None = None) -> _Held:
    engine = db.create_book_engine(location, pool=False)
    conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        me = _me(purpose)
        name = f"cuentas:{purpose}:{me['host']}:{me['pid']}:{me['user']}"[:63]
        conn.exec_driver_sql("SELECT set_config('application_name', %(n)s, false)", {"n": name})
        fn = "pg_try_advisory_lock" if purpose in EXCLUSIVE else "pg_try_advisory_lock_shared"
        _pg_take(conn, location, fn, wait, write_wait, writer=purpose == "write")
    except BaseException:
        conn.close()
        engine.dispose()
        raise
    return _Held(None, conn, engine, [purpose])


def _pg_take(conn: Any, location: str, fn: str, wait: float,
             write_wait: float | None, *, writer: bool = False) -> None:
    """Take the book's advisory lock with `fn`, trying for `wait` seconds; an exclusive
    request held up only by writes in progress waits for them up to `write_wait`.
    `writer`: a command that writes, refused after waiting for a restore or upgrade."""
    started = time.monotonic()
    patience = WRITE_WAIT if write_wait is None else write_wait
    while not conn.exec_driver_sql(f"SELECT {fn}({_pg_key_sql()})").scalar():
        waited = time.monotonic() - started
        if waited >= wait:
            holders = _pg_holders(conn)
            writes_only = fn == "pg_try_advisory_lock" and bool(holders) and all(
                h.purpose == "write" for h in holders)
            if not (writes_only and waited < patience):
                found = holders[0] if holders else None
                after = (tr("waited {seconds} s for the writes in progress, nothing was "
                            "changed").format(seconds=f"{waited:.0f}") if writes_only else "")
                if writer:
                    after = tr("waited {seconds} s for it to finish, nothing was written "
                               "(try again when it has finished)").format(
                                   seconds=f"{waited:.0f}")
                raise BookLocked(location, found, after)
        time.sleep(0.05)


def hold_for_write(conn: Any, location: str, wait: float | None = None) -> None:
    """Inside a write transaction on a PostgreSQL book: hold the book's lock shared until
    the transaction ends, so an upgrade or restore (exclusive) never runs across this
    write. Waits `wait` (default `WRITE_WAIT`) for one in progress, then raises
    `BookLocked` naming it. Nothing to do for the thread that holds the book
    exclusively itself."""
    if holds_exclusively(location):
        return
    deadline = time.monotonic() + (WRITE_WAIT if wait is None else wait)
    while not conn.exec_driver_sql(
            f"SELECT pg_try_advisory_xact_lock_shared({_pg_key_sql()})").scalar():
        if time.monotonic() >= deadline:
            holders = [h for h in _pg_holders(conn, exclusive_only=True)]
            raise BookLocked(location, holders[0] if holders else None,
                             tr("nothing was written (try again when it has finished)"))
        time.sleep(0.05)


def _pg_holders(conn: Any, *, exclusive_only: bool = False) -> list[LockHolder]:
    """Everyone else holding the book's advisory lock, exclusive holders first."""
    rows = conn.exec_driver_sql(
        "SELECT a.application_name, a.pid, a.backend_start, l.mode FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        "AND l.pid <> pg_backend_pid() "
        + ("AND l.mode = 'ExclusiveLock' " if exclusive_only else "")
        + f"AND ((l.classid::bigint << 32) | l.objid::bigint) = {_pg_key_sql()} "
        "ORDER BY (l.mode = 'ExclusiveLock') DESC, a.pid"
    ).all()
    found = []
    for row in rows:
        parts = str(row[0] or "").split(":")
        if len(parts) >= 4 and parts[0] == "cuentas":
            found.append(LockHolder(int(parts[3]) if parts[3].isdigit() else 0, parts[2],
                                    parts[4] if len(parts) > 4 else "", parts[1],
                                    str(row[2])[:19].replace(" ", "T")))
        else:
            # A connection of a book's engine: a write transaction in progress (its
            # transaction-level lock), or another program using the same key.
            purpose = "write" if row[3] == "ShareLock" else "session"
            found.append(LockHolder(int(row[1]), tr("the database server"), "", purpose, ""))
    return found


def _pg_holder(conn: Any, *, exclusive_only: bool = False) -> LockHolder | None:
    found = _pg_holders(conn, exclusive_only=exclusive_only)
    return found[0] if found else None


def _pg_probe(location: str, *, exclusive_only: bool = False) -> LockHolder | None:
    engine = db.create_book_engine(location, pool=False)
    try:
        with engine.connect() as conn:
            return _pg_holder(conn, exclusive_only=exclusive_only)
    finally:
        engine.dispose()
