"""Engines and connections for a book: SQLite files and PostgreSQL URLs.

A book is named by a path (`~/books/shop.cuentas`) or a `postgresql+psycopg://` URL.
SQLite connections for normal work use WAL, `foreign_keys=ON` and a busy timeout,
and follow SQLAlchemy's documented recipe for real transactions on pysqlite (the
driver's own implicit BEGIN/COMMIT is switched off and we emit BEGIN ourselves), so
DDL stays inside the transaction. Write units of work begin with `BEGIN IMMEDIATE`
so two writers queue on the busy timeout instead of failing half-way.

`readonly_sqlite` opens a file with `mode=ro` and touches nothing (no WAL switch,
no pragma that writes): the inspection before an upgrade decision uses it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app.errors import BadInput

BUSY_TIMEOUT_MS = 5000


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
            raise BadInput("--db", location, "is not a valid PostgreSQL URL") from None
        return location
    if "://" in location:
        raise BadInput("--db", location, "is neither a file path nor a postgresql:// URL")
    return f"sqlite:///{Path(location).expanduser().resolve()}"


def display_name(location: str) -> str:
    """A book's location without a password, for messages and logs."""
    if is_postgres(location):
        return str(make_url(sqlalchemy_url(location)).render_as_string(hide_password=True))
    return str(Path(location).expanduser())


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
    if not pool:
        pg_kwargs["poolclass"] = NullPool
    return create_engine(url, **pg_kwargs)


def write_engine(engine: Engine) -> Engine:
    """The same engine, beginning transactions as `BEGIN IMMEDIATE` on SQLite."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def readonly_sqlite(path: Path) -> sqlite3.Connection:
    """Open a book file strictly read-only; nothing about the file changes.

    `immutable` is not used: a live WAL book must still be read correctly.
    """
    uri = f"file:{path.resolve().as_posix()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn
