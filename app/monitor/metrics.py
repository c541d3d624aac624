"""Timings and counters, cheap enough to leave on, kept on this computer.

    with timed("split.create"):          # or, on a function: @timed("backup")
        ...
    count("split_editor.opened")
    count("template.applied", label="iva-16")

A measurement is a `perf_counter_ns` pair and an append to an in-memory buffer under a
lock (about 1 µs; `tests/benchmarks/bench_monitor.py`). The buffer goes to the state
database (`app.paths.state_db()`, SQLite in WAL mode, shared by every Cuentas process of
this user) in one transaction when it holds `BATCH` rows, when `INTERVAL` seconds have
passed since its first row, when `flush()` is called (the health view and
`cuentas health` do), and at exit. Rows older than `RETENTION_DAYS` are deleted as the
batches are written. Monitoring never breaks the work it measures: a state database that
cannot be written costs the measurements, nothing else.

Each timing has an outcome: `ok`; `refused` (the service said no on purpose: bad input,
a role that may not, a book in a state that is refused); `failed` (anything else).

Operation names, dotted, lowest level first — `split.create`, `split.modify`,
`transaction.create`, `transaction.modify`, `register.open`, `register.page`,
`search`, `report.<report>`, `backup`, `restore`, `upgrade`, and, for the importers,
`import.<format>` (`import.csv`, `import.qif`, `import.ofx`): an importer wraps its
service in `timed(f"import.{fmt}")` and the health view and thresholds pick it up.

This module is a leaf: it imports the standard library, `app.paths` and `app.errors`
only, so that the services of every layer may call it (CONTRIBUTING.md). It also owns
the state database's schema; the other modules of `app.monitor` use `connect()`.
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import ParamSpec, TypeVar

from app import paths
from app.errors import BadInput, BookStateError, NotAllowed

P = ParamSpec("P")
R = TypeVar("R")

#: Rows kept in memory before they are written in one transaction.
BATCH = 200
#: Seconds after which a batch is written even when not full.
INTERVAL = 30.0
#: Timings, counters, errors and events older than this are deleted.
RETENTION_DAYS = 90
#: The schema version in `PRAGMA user_version`.
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 2000

log = logging.getLogger("cuentas.monitor")
log.addHandler(logging.NullHandler())

SCHEMA = """
CREATE TABLE IF NOT EXISTS timings (
  at REAL NOT NULL,              -- unix time, seconds
  op TEXT NOT NULL,              -- split.create, register.page, report.iva, ...
  ms REAL NOT NULL,
  outcome TEXT NOT NULL          -- ok | refused | failed
);
CREATE INDEX IF NOT EXISTS ix_timings_op_at ON timings (op, at);
CREATE INDEX IF NOT EXISTS ix_timings_at ON timings (at);
CREATE TABLE IF NOT EXISTS counters (
  day TEXT NOT NULL,             -- YYYY-MM-DD (UTC)
  name TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  n INTEGER NOT NULL,
  PRIMARY KEY (day, name, label)
);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  at REAL NOT NULL,
  kind TEXT NOT NULL,            -- check | restore | ...
  book TEXT NOT NULL DEFAULT '', -- resolved path or URL without password
  outcome TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ix_events_kind_at ON events (kind, at);
CREATE TABLE IF NOT EXISTS errors (
  id INTEGER PRIMARY KEY,
  at REAL NOT NULL,
  kind TEXT NOT NULL,            -- the exception's class
  place TEXT NOT NULL,           -- file:line in function, the last frame of Cuentas
  message TEXT NOT NULL,         -- scrubbed: no amounts, payees or memos
  frames TEXT NOT NULL,          -- the traceback's frames, one a line (no values)
  source TEXT NOT NULL           -- desktop | command line | operation
);
CREATE INDEX IF NOT EXISTS ix_errors_at ON errors (at);
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY,
  at REAL NOT NULL,
  text TEXT NOT NULL,
  screenshot BLOB,               -- PNG of the window, when the user ticked it
  window TEXT NOT NULL DEFAULT '',
  app_version TEXT NOT NULL DEFAULT '',
  book TEXT NOT NULL DEFAULT ''
);
"""


def connect(path: Path | None = None) -> sqlite3.Connection:
    """A connection to the state database, its schema in place (autocommit mode:
    use `with conn:` for a transaction). The caller closes it."""
    target = path or paths.state_db()
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript("BEGIN;" + SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};"
                               "COMMIT;")
            os.chmod(target, 0o600)
        conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def opened(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """`connect()` for a `with` block; the connection is closed after."""
    conn = connect(path)
    try:
        yield conn
    finally:
        conn.close()


def outcome_of(exc: BaseException | None) -> str:
    if exc is None:
        return "ok"
    if isinstance(exc, BadInput | NotAllowed | BookStateError):
        return "refused"
    return "failed"


def _day(at: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(at))


class _Recorder:
    """The process's buffer. A batch belongs to the data folder it was started in
    (`CUENTAS_HOME` may change between tests): a change of folder writes the old
    batch to its own folder first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._timings: list[tuple[float, str, float, str]] = []
        self._counts: dict[tuple[str, str, str], int] = {}
        self._home: str | None = None
        self._path: Path | None = None
        self._since = 0.0
        self._exit_hook = False
        # One connection kept open for the batches: closing the last connection of a
        # WAL database checkpoints and removes its -wal file (~4 ms with a sync).
        self._conn: sqlite3.Connection | None = None
        self._conn_path: Path | None = None
        self.written = 0  # rows written since start (for the benchmark and tests)

    def _start_batch(self, home: str | None) -> None:
        if self._path is not None and home != self._home:
            self._write_locked()
        if self._path is None:
            self._home = home
            try:
                self._path = paths.state_db()
            except OSError:
                self._path = None
            self._since = time.monotonic()
            if not self._exit_hook:
                atexit.register(_at_exit)
                self._exit_hook = True

    def add_timing(self, op: str, ms: float, outcome: str) -> None:
        home = os.environ.get("CUENTAS_HOME")
        with self._lock:
            if self._path is None or home != self._home:
                self._start_batch(home)
            self._timings.append((time.time(), op, ms, outcome))
            if len(self._timings) >= BATCH or time.monotonic() - self._since > INTERVAL:
                self._write_locked()

    def add_count(self, name: str, label: str, n: int) -> None:
        home = os.environ.get("CUENTAS_HOME")
        key = (_day(time.time()), name, label)
        with self._lock:
            if self._path is None or home != self._home:
                self._start_batch(home)
            self._counts[key] = self._counts.get(key, 0) + n
            if time.monotonic() - self._since > INTERVAL:
                self._write_locked()

    def flush(self) -> None:
        with self._lock:
            self._write_locked()

    def discard(self) -> None:
        """Forget what is buffered (tests)."""
        with self._lock:
            self._timings.clear()
            self._counts.clear()
            self._path = None

    def _write_locked(self) -> None:
        timings, counts, path = self._timings, self._counts, self._path
        self._timings, self._counts, self._path = [], {}, None
        if path is None or not (timings or counts):
            return
        try:
            conn = self._connection(path)
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO timings (at, op, ms, outcome) VALUES (?, ?, ?, ?)",
                                 timings)
                conn.executemany(
                    "INSERT INTO counters (day, name, label, n) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (day, name, label) DO UPDATE SET n = n + excluded.n",
                    [(*key, n) for key, n in counts.items()])
                prune(conn)
            self.written += len(timings) + len(counts)
        except (sqlite3.Error, OSError) as exc:  # measurements are lost, the work is not
            self.close()
            log.warning("monitoring data could not be written: %s", type(exc).__name__)

    def _connection(self, path: Path) -> sqlite3.Connection:
        if self._conn is None or self._conn_path != path:
            self.close()
            self._conn, self._conn_path = connect(path), path
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
        self._conn = self._conn_path = None


def prune(conn: sqlite3.Connection, now: float | None = None) -> None:
    """Delete what is older than `RETENTION_DAYS` (feedback notes are kept)."""
    cutoff = (now or time.time()) - RETENTION_DAYS * 86400
    for table in ("timings", "events", "errors"):
        conn.execute(f"DELETE FROM {table} WHERE at < ?", (cutoff,))
    conn.execute("DELETE FROM counters WHERE day < ?", (_day(cutoff),))


_recorder = _Recorder()


class timed:  # lower case: it reads as a function, `with timed("x"):`, `@timed("x")`
    """Measure a block (`with timed("split.create"):`) or every call of a function
    (`@timed("backup")`). An exception is recorded with its outcome and re-raised."""

    __slots__ = ("_start", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._start = 0

    def __enter__(self) -> timed:
        self._start = time.perf_counter_ns()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        _recorder.add_timing(self.name, (time.perf_counter_ns() - self._start) / 1e6,
                             outcome_of(exc))

    def __call__(self, func: Callable[P, R]) -> Callable[P, R]:
        name = self.name

        @functools.wraps(func)
        def measured(*args: P.args, **kwargs: P.kwargs) -> R:
            start = time.perf_counter_ns()
            exc: BaseException | None = None
            try:
                return func(*args, **kwargs)
            except BaseException as error:
                exc = error
                raise
            finally:
                _recorder.add_timing(name, (time.perf_counter_ns() - start) / 1e6,
                                     outcome_of(exc))

        return measured


def count(name: str, n: int = 1, *, label: str = "") -> None:
    """Add `n` to today's counter `name` (`label` tells apart, e.g., templates)."""
    _recorder.add_count(name, label, n)


def record(op: str, ms: float, outcome: str = "ok") -> None:
    """A timing measured elsewhere (the upgrade engine's own clock, a test)."""
    _recorder.add_timing(op, ms, outcome)


def flush() -> None:
    """Write what is buffered now (before reading the figures)."""
    _recorder.flush()


def _at_exit() -> None:
    _recorder.flush()
    with _recorder._lock:
        _recorder.close()


def discard() -> None:
    """Drop what is buffered, unwritten (tests start clean)."""
    _recorder.discard()


_PASSWORD = re.compile(r"^([a-z0-9+]+://[^:/@]*):[^@]*@", re.I)


def book_key(location: str) -> str:
    """How a book is named in the state database: its resolved path, or its URL
    without a password (the same as `app.admin.sessions.book_key`)."""
    if location.startswith(("postgresql", "postgres:")):
        return _PASSWORD.sub(r"\1:***@", location)
    return str(Path(location).expanduser().resolve())


def event(kind: str, *, book: str = "", outcome: str = "ok", detail: str = "") -> None:
    """Note something that happened once (a check of a book, a restore), written now.
    `detail` must hold no financial value (counts and names of checks are fine)."""
    try:
        with opened() as conn, conn:
            conn.execute("INSERT INTO events (at, kind, book, outcome, detail) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (time.time(), kind, book_key(book) if book else "", outcome,
                          detail[:2000]))
    except (sqlite3.Error, OSError) as exc:
        log.warning("a monitoring event could not be written: %s", type(exc).__name__)
