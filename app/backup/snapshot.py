"""Portable snapshots: a PostgreSQL book's rows in a SQLite file of the same schema.

A shared book's backup must be restorable by Sandy on her own computer, with no
`pg_dump`/`pg_restore` of the right version at hand. So its backup is an ordinary
Cuentas SQLite book at the same revision (built by the same revision chain), filled
with the rows read in one REPEATABLE READ, READ ONLY transaction — one consistent
moment — and proven with the same fingerprint as any other backup.

Loading a snapshot (or any SQLite backup) back into PostgreSQL happens in one
transaction: the book's tables are dropped, the schema is rebuilt at the snapshot's
revision, the rows are copied, id sequences moved past them, and the fingerprint
checked before COMMIT — DDL is transactional there, so a failure changes nothing.

Rows stream in batches; nothing is loaded whole into memory.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from app.i18n import QT_TR_NOOP, tr
from app.store import db
from app.store.files import BackupError, Progress
from app.store.fingerprint import Fingerprint, compute
from app.store.schema import REVISIONS

BATCH = 5000


class SnapshotError(BackupError):
    """A snapshot could not be made or loaded; the transaction was rolled back."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def postgres_size(location: str) -> int:
    """Bytes the book's tables take on the server (an estimate of the snapshot's size)."""
    engine = db.create_book_engine(location, pool=False)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r'")).scalar_one())
    finally:
        engine.dispose()


def _pg_revision(conn: Connection) -> tuple[str | None, bool]:
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return "0001", True
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return (str(value) if value is not None else None), False


def build_sqlite_schema(target: Path, revision: str, unversioned: bool) -> None:
    """An empty SQLite book at `revision` (no `alembic_version` when unversioned)."""
    from app.store.schema import upgrade_schema

    engine = db.create_book_engine(str(target), for_migration=True, wal=False, pool=False)
    try:
        with engine.connect() as conn, conn.begin():
            upgrade_schema(conn, revision)
            if unversioned:
                conn.execute(text("DROP TABLE alembic_version"))
    finally:
        engine.dispose()


def _sqlite_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'alembic_version' ORDER BY name")]


def _sqlite_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({_q(table)})")]


def snapshot_postgres(
    location: str, target: Path, progress: Progress | None = None
) -> tuple[str | None, bool, Fingerprint]:
    """Copy the PostgreSQL book into the (empty, existing) SQLite file `target`.

    Returns (revision, unversioned, fingerprint of the book at that moment).
    """
    engine = db.create_book_engine(location, pool=False)
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as pg:
            with pg.begin():
                pg.execute(text("SET TRANSACTION READ ONLY"))
                revision, unversioned = _pg_revision(pg)
                if revision not in REVISIONS:
                    raise SnapshotError(
                        tr("the book is at revision {revision}, unknown to this Cuentas; "
                           "it cannot be copied into a snapshot").format(revision=revision))
                fingerprint = compute(pg)
                build_sqlite_schema(target, revision, unversioned)
                _copy_pg_to_sqlite(pg, target, progress)
    finally:
        engine.dispose()
    return revision, unversioned, fingerprint


def _copy_pg_to_sqlite(pg: Connection, target: Path, progress: Progress | None) -> None:
    from sqlalchemy import inspect

    lite = sqlite3.connect(target, isolation_level=None)
    try:
        lite.execute("PRAGMA foreign_keys = OFF")
        lite.execute("BEGIN")
        tables = _sqlite_tables(lite)
        pg_columns = {t: {c["name"] for c in inspect(pg).get_columns(t)} for t in tables}
        for n, table in enumerate(tables):
            if progress:
                progress(QT_TR_NOOP("Backing up"), table, n, len(tables))
            # The revisions seed some tables (book settings): the book's rows replace them.
            lite.execute(f"DELETE FROM {_q(table)}")
            cols = [c for c in _sqlite_columns(lite, table) if c in pg_columns[table]]
            if not cols:
                continue
            listed = ", ".join(_q(c) for c in cols)
            insert = (f"INSERT INTO {_q(table)} ({listed}) "
                      f"VALUES ({', '.join('?' for _ in cols)})")
            result = pg.execution_options(stream_results=True, max_row_buffer=BATCH).execute(
                text(f"SELECT {listed} FROM {_q(table)}"))
            for rows in result.partitions(BATCH):
                lite.executemany(insert, [tuple(r) for r in rows])
        lite.execute("COMMIT")
        if progress:
            progress(QT_TR_NOOP("Backing up"), "", len(tables), len(tables))
    except BaseException:
        if lite.in_transaction:
            lite.execute("ROLLBACK")
        raise
    finally:
        lite.close()


def _load_order(
    lite: sqlite3.Connection, tables: list[str]
) -> tuple[list[str], dict[str, list[str]]]:
    """Tables parents-first, and each table's self-referencing columns (loaded later)."""
    deps: dict[str, set[str]] = {}
    self_refs: dict[str, list[str]] = {}
    for table in tables:
        deps[table] = set()
        for row in lite.execute(f"PRAGMA foreign_key_list({_q(table)})"):
            parent, column = row[2], row[3]
            if parent == table:
                self_refs.setdefault(table, []).append(column)
            elif parent in tables:
                deps[table].add(parent)
    ordered: list[str] = []
    while deps:
        ready = sorted(t for t, d in deps.items() if not d - set(ordered))
        if not ready:  # a cycle between tables: keep going, PostgreSQL will say if it matters
            ready = sorted(deps)
        for t in ready:
            ordered.append(t)
            del deps[t]
    return ordered, self_refs


def load_into_postgres(
    location: str,
    source: Path,
    *,
    expected: Fingerprint | None,
    progress: Progress | None = None,
) -> Fingerprint:
    """Replace the PostgreSQL book's tables with the SQLite book `source`, in one transaction."""
    from sqlalchemy import inspect

    from app.store.models import Base
    from app.store.schema import upgrade_schema

    lite = sqlite3.connect(db.sqlite_uri(Path(source)), uri=True, isolation_level=None)
    engine = db.create_book_engine(location, for_migration=True, pool=False)
    try:
        from app.store.files import sqlite_revision

        revision, unversioned = sqlite_revision(lite)
        if revision not in REVISIONS:
            raise SnapshotError(tr("the backup is at revision {revision}, unknown to this "
                                   "Cuentas").format(revision=revision))
        tables = _sqlite_tables(lite)
        ordered, self_refs = _load_order(lite, tables)
        known = set(tables) | set(Base.metadata.tables) | {"alembic_version"}
        with engine.connect() as pg, pg.begin():
            for table in sorted(set(inspect(pg).get_table_names()) & known):
                pg.execute(text(f"DROP TABLE IF EXISTS {_q(table)} CASCADE"))
            upgrade_schema(pg, revision)
            if unversioned:
                pg.execute(text("DROP TABLE alembic_version"))
            for table in reversed(ordered):  # rows the revisions seeded
                pg.execute(text(f"DELETE FROM {_q(table)}"))
            for n, table in enumerate(ordered):
                if progress:
                    progress(QT_TR_NOOP("Restoring"), table, n, len(ordered))
                _copy_table_to_pg(lite, pg, table, self_refs.get(table, []))
            for table in ordered:
                if "id" in _sqlite_columns(lite, table):
                    pg.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"COALESCE((SELECT max(id) FROM {_q(table)}), 1), "
                        f"(SELECT max(id) IS NOT NULL FROM {_q(table)}))"))
            found = compute(pg)
            if expected is not None:
                diffs = expected.differences(found)
                if diffs:
                    raise SnapshotError(tr("the restored rows do not add up to the backup's "
                                           "totals: {differences}").format(
                                               differences="; ".join(diffs[:3])))
            if progress:
                progress(QT_TR_NOOP("Restoring"), "", len(ordered), len(ordered))
        return found
    finally:
        lite.close()
        engine.dispose()


def _copy_table_to_pg(lite: sqlite3.Connection, pg: Connection, table: str,
                      self_refs: list[str]) -> None:
    cols = _sqlite_columns(lite, table)
    later = [c for c in self_refs if c in cols]
    names = ", ".join(_q(c) for c in cols)
    insert = text(f"INSERT INTO {_q(table)} ({names}) VALUES "
                  f"({', '.join(':' + _param(c) for c in cols)})")
    cursor = lite.execute(f"SELECT {names} FROM {_q(table)} ORDER BY rowid")
    while rows := cursor.fetchmany(BATCH):
        batch: list[dict[str, Any]] = []
        for row in rows:
            record = {_param(c): v for c, v in zip(cols, row, strict=True)}
            for c in later:  # a row may point at one not inserted yet: set it afterwards
                record[_param(c)] = None
            batch.append(record)
        pg.execute(insert, batch)
    for column in later:
        update = text(f"UPDATE {_q(table)} SET {_q(column)} = :v WHERE id = :k")
        cursor = lite.execute(
            f"SELECT id, {_q(column)} FROM {_q(table)} WHERE {_q(column)} IS NOT NULL")
        while rows := cursor.fetchmany(BATCH):
            pg.execute(update, [{"k": k, "v": v} for k, v in rows])


def _param(column: str) -> str:
    return "p_" + "".join(ch if ch.isalnum() else "_" for ch in column)
