"""Engines and connections for a book: SQLite files and PostgreSQL URLs.

A book is named by a path (`~/books/shop.cuentas`) or a `postgresql+psycopg://` URL.
SQLite connections for normal work use WAL, `foreign_keys=ON` and a busy timeout,
and follow SQLAlchemy's documented recipe for real transactions on pysqlite (the
driver's own implicit BEGIN/COMMIT is switched off and we emit BEGIN ourselves), so
DDL stays inside the transaction. Write units of work begin with `BEGIN IMMEDIATE`
so two writers queue on the busy timeout instead of failing half-way.

`readonly_sqlite` opens a file with `mode=ro` and touches nothing (no WAL switch,
no pragma that writes): the inspection before an upgrade decision uses it, and so does
every command before it knows the book is `current` (`looking_at` also removes the
WAL side files such a look had to create). A book whose file or folder cannot be
written is opened read-only (`writable`, `create_readonly_engine`).

`problem(exc)` turns a database error into the book's state and one plain line
(`corrupt`, `read-only`, `unreachable`), for the messages of every front end.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.store.redact import hide_passwords, without_password

BUSY_TIMEOUT_MS = 5000
#: Seconds to wait for a PostgreSQL server before saying it is unreachable.
CONNECT_TIMEOUT_S = 10


def is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


def sqlalchemy_url(location: str) -> str:
    """The SQLAlchemy URL for a book path or URL (postgres URLs use psycopg 3)."""
    if is_postgres(location):
        if location.startswith("postgres://"):
            location = "postgresql+psycopg://" + location[len("postgres://") :]
        elif location.startswith("postgresql://"):
            location = "postgresql+psycopg://" + location[len("postgresql://") :]
        try:
            make_url(location)
        except Exception:
            raise BadInput("--db", hide_passwords(location),
                           tr("is not a valid PostgreSQL URL")) from None
        return location
    if "://" in location:
        raise BadInput("--db", hide_passwords(location),
                       tr("is neither a file path nor a postgresql:// URL"))
    check_not_folder(location)
    return f"sqlite:///{Path(location).expanduser().resolve()}"


def check_not_folder(location: str, field: str = "--db") -> None:
    """A folder is never a book: bad input naming the option, before anything opens it."""
    if not is_postgres(location) and Path(location).expanduser().is_dir():
        raise BadInput(field, location, tr("is a folder, not a book file (give the book's file, "
                       "like shop.cuentas)"))


def display_name(location: str) -> str:
    """A book's location without a password, for messages and logs (`***` where the
    URL had one, in its user part or its query)."""
    if is_postgres(location):
        return hide_passwords(
            make_url(sqlalchemy_url(location)).render_as_string(hide_password=True))
    return str(Path(location).expanduser())


def with_password(location: str, password: str) -> str:
    """The PostgreSQL URL with `password` in it, for connecting. Kept in memory only:
    what is remembered is `app.store.redact.without_password(location)`."""
    url = make_url(sqlalchemy_url(without_password(location)))
    if url.username is None:  # no user part to hold it: libpq reads it from the query too
        url = url.update_query_dict({"password": password})
    else:
        url = url.set(password=password)
    return str(url.render_as_string(hide_password=False))


def server_parts(location: str) -> tuple[str, str, str]:
    """(server, login, database) of a PostgreSQL book as people read them."""
    url = make_url(sqlalchemy_url(without_password(location)))
    host = url.host or str(url.query.get("host", "")) or "localhost"
    return (f"{host}:{url.port}" if url.port else host), url.username or "", url.database or ""


def needs_password(exc: BaseException) -> bool:
    """The PostgreSQL server asked for a password that was not given, or refused the
    one given (libpq's `fe_sendauth: no password supplied`, `password authentication
    failed`): the desktop app then asks for it."""
    orig = getattr(exc, "orig", None) or exc
    if not (type(orig).__module__.startswith("psycopg")
            and type(orig).__name__ == "OperationalError"):
        return False
    text = str(orig)
    return "no password supplied" in text or "password authentication failed" in text


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, *, wal: bool, for_migration: bool) -> None:
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (transactional DDL)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if wal:
        mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
    if for_migration:
        # Batch rebuilds must not cascade deletes into child tables, and renames must
        # not rewrite other tables' foreign keys (DESIGN.md section 4, SQLite traps).
        cur.execute("PRAGMA foreign_keys = OFF")
        cur.execute("PRAGMA legacy_alter_table = ON")
    else:
        cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def create_book_engine(
    location: str, *, wal: bool = True, pool: bool = True, for_migration: bool = False
) -> Engine:
    """An engine for normal work on a book (the caller has decided it is current).

    `for_migration` gives connections with foreign keys off and legacy ALTER TABLE
    semantics, set before any transaction begins (the pragmas are no-ops inside one).
    """
    url = sqlalchemy_url(location)
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
        if not pool:
            kwargs["poolclass"] = NullPool
        engine = create_engine(url, **kwargs)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            _sqlite_pragmas(dbapi_conn, wal=wal, for_migration=for_migration)

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "")
            conn.exec_driver_sql(f"BEGIN {mode}".strip())

        return engine
    # Keep any libpq options given in the URL (a search_path, say) beside ours.
    given = make_url(url).query.get("options", "")
    options = " ".join(filter(None, [given if isinstance(given, str) else " ".join(given),
                                     "-c lock_timeout=10000"]))
    pg_kwargs: dict[str, Any] = {"connect_args": {"options": options}}
    if "connect_timeout" not in make_url(url).query:
        pg_kwargs["connect_args"]["connect_timeout"] = CONNECT_TIMEOUT_S
    if not pool:
        pg_kwargs["poolclass"] = NullPool
    return create_engine(url, **pg_kwargs)


def write_engine(engine: Engine) -> Engine:
    """The same engine, beginning transactions as `BEGIN IMMEDIATE` on SQLite."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def readonly_sqlite(path: Path) -> sqlite3.Connection:
    """Open a book file strictly read-only; nothing about the book's file changes.

    `immutable` is not used on a book that may be live (a WAL book must still be read
    correctly while others write). Only a WAL book in a folder this user cannot write,
    with no `-wal` file, is opened `immutable`: SQLite could not create the `-shm`
    index it needs, and nobody can be writing it either (a writer needs the `-wal`).
    """
    path = path.expanduser().resolve()
    uri = sqlite_uri(path)
    if (is_wal_file(path) and not _side(path, "-wal").exists()
            and not os.access(path.parent, os.W_OK)):
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def sqlite_uri(path: PurePath, mode: str = "ro") -> str:
    """SQLite's URI for the file `path` (`file:/home/…/shop.cuentas?mode=ro`), its path
    percent-encoded so that a `?`, `#` or `%` in a folder's name stays a character.

    On Windows a drive path becomes `file:/C:/…` (SQLite drops the slash before a drive
    letter) and a network path (//server/share/…, in backslashes) becomes
    `file:////server/share/…` (an empty authority: SQLite accepts no other). A relative
    path is made absolute first (in the current folder, as SQLite would take it)."""
    if isinstance(path, Path):
        path = path.absolute()
    text = path.as_posix()
    if text.startswith("//"):  # a network path: keep its two slashes after the authority
        text = "//" + text
    elif not text.startswith("/"):  # a drive letter
        text = "/" + text
    return f"file:{quote(text)}?mode={mode}"


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def is_wal_file(path: Path) -> bool:
    """The file's header says WAL mode (bytes 18 and 19 are 2)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18:20] == b"\x02\x02"


@contextmanager
def looking_at(path: Path, *, tidy: bool = True) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one look at a book, closed afterwards.

    A read-only connection to a WAL book creates the `-wal` and `-shm` files when they
    are missing and cannot remove them. With `tidy`, when this look created them, they
    are removed again (`close_wal`); without it the caller does so when it must.
    """
    path = path.expanduser()
    ours = tidy and wal_missing(path)
    conn = readonly_sqlite(path)
    try:
        yield conn
    finally:
        conn.close()
        if ours:
            close_wal(path)


def wal_missing(path: Path) -> bool:
    """A WAL book whose `-wal` file is not there (nobody has it open)."""
    return is_wal_file(path) and not _side(path, "-wal").exists()


def close_wal(path: Path) -> None:
    """Remove the `-wal`/`-shm` files a read-only look created: a plain connection that
    only reads is opened and closed, and SQLite removes them as the last connection
    closes (the book's file itself is not written: the WAL holds nothing to
    checkpoint). When someone else has the book open meanwhile, they stay."""
    if not _side(path, "-wal").exists():
        return
    try:
        uri = sqlite_uri(path.resolve(), "rw")
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        pass
    finally:
        conn.close()


def writable(location: str) -> bool:
    """Whether this user may change the book's file (and the files SQLite and Cuentas
    keep beside it). A PostgreSQL book is the server's to allow or refuse."""
    if is_postgres(location):
        return True
    path = Path(location).expanduser()
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK | os.X_OK)


#: What a book's writes say when it is opened read-only (source text: `tr()` it).
READ_ONLY_MESSAGE = QT_TR_NOOP("the book's file or its folder is read-only for this user, so "
                               "Cuentas can show it but not change it; nothing was written")


def create_readonly_engine(location: str, *, pool: bool = True) -> Engine:
    """An engine that reads a SQLite book through `readonly_sqlite`, for a book this
    user cannot write: reads work (each transaction one consistent snapshot); a write
    transaction (`write_engine`) is refused with BookStateError `read-only` before
    anything is tried."""
    from sqlalchemy.pool import QueuePool

    from app.errors import BookStateError

    path = Path(location).expanduser().resolve()
    engine = create_engine("sqlite://", creator=lambda: readonly_sqlite(path),
                           poolclass=QueuePool if pool else NullPool)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("sqlite_begin", ""):
            raise BookStateError("read-only", tr(READ_ONLY_MESSAGE))
        conn.exec_driver_sql("BEGIN")

    return engine


def problem(exc: BaseException) -> tuple[str, str] | None:
    """(state, one plain line) for a database error that says something about the book
    (damaged, read-only, a server that does not answer), else None. Never SQL text,
    never a password."""
    orig = getattr(exc, "orig", None) or exc
    text = " ".join(str(orig).split())
    name = getattr(orig, "sqlite_errorname", "")
    if isinstance(orig, sqlite3.DatabaseError):
        if name.startswith("SQLITE_READONLY") or "readonly database" in text:
            return "read-only", tr(READ_ONLY_MESSAGE)
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text \
                or "not a database" in text:
            return "corrupt", tr("the book's file is damaged ({detail}); nothing was "
                                 "changed").format(detail=text)
        if name == "SQLITE_FULL" or "disk is full" in text:
            return "disk-full", tr("the disk is full; nothing was changed")
        if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
            return "cannot-open", tr("the book's file cannot be opened (its folder may be "
                                     "read-only or gone); nothing was changed")
        return None
    if type(orig).__module__.startswith("psycopg") and type(orig).__name__ == "OperationalError":
        return "unreachable", unreachable_message(text)
    return None


def unreachable_message(text: str, location: str | None = None) -> str:
    """One line for a PostgreSQL connection that failed, naming host:port, no password."""
    first = text.split("Is the server running")[0].strip()
    reason = first.rsplit("failed: ", 1)[-1].strip() if "failed: " in first else first
    where = ""
    if location is not None:
        url = make_url(sqlalchemy_url(location))
        host = url.host or url.query.get("host") or "localhost"
        where = f"{host}:{url.port or 5432}"
        if url.password:
            reason = reason.replace(str(url.password), "***")
    elif first.startswith("connection failed: connection to server at "):
        # 'connection to server at "127.0.0.1", port 1 failed: ...'
        at = first.removeprefix("connection failed: connection to server at ").split(" failed")[0]
        host, _, port = at.partition(", port ")
        where = f"{host.strip(chr(34))}:{port}" if port else ""
    reason = reason or tr("no answer")
    if where:
        return tr("no connection to the PostgreSQL server at {where}: {reason}").format(
            where=where, reason=reason)
    return tr("no connection to the PostgreSQL server: {reason}").format(reason=reason)


#: SQLite's answers when a read-only connection meets a crashed writer's leftovers.
NEEDS_WRITER = {"SQLITE_READONLY_ROLLBACK", "SQLITE_READONLY_RECOVERY",
                "SQLITE_READONLY_CANTINIT", "SQLITE_READONLY_CANTLOCK"}


def needs_writer(path: Path) -> bool:
    """A crashed writer left a hot journal (or a WAL to recover) that only a read-write
    connection can settle: a read-only look cannot read the book until then."""
    try:
        with looking_at(path) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:  # "not a database" is for the inspection to say
        return getattr(exc, "sqlite_errorname", "") in NEEDS_WRITER
    return False


def settle_crashed_writer(path: Path) -> None:
    """Let SQLite roll back a crashed writer's journal (or recover its WAL), as any
    read-write open does; it puts back the last committed state and changes nothing
    else. The caller holds the book's lock."""
    conn = sqlite3.connect(path.expanduser(), isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
