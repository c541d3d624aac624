"""What state is a book in? Decided through a read-only connection that changes nothing.

States (DESIGN.md section 4): `new` (no book yet, or an empty file), `current`,
`behind` (a known older revision), `unversioned-legacy` (revision 0001 tables with
no `alembic_version`, recognised by its exact tables and columns), `ahead` (written
by a newer Cuentas: never opened for writing), `corrupt` (not a SQLite file, not a
Cuentas book, or `quick_check` fails), `locked` (another Cuentas holds it: its lock
file, or the PostgreSQL advisory lock of an upgrade or restore), `interrupted`
(an upgrade or restore was cut short — its crash marker is there — or a crashed
writer left a journal only a read-write open can roll back; after settling, the book
neither the old one nor the finished one: `backup` names the verified backup to
restore), and `unreachable` (a PostgreSQL server that does not answer).

`inspect_book` only looks: it never writes, never settles anything, and imports
nothing that does. Settling what a crash left (the marker's upgrade or restore, a hot
journal) is `app.upgrade.recovery.settle_then_inspect`, which the launch flow, `status`,
`verify` and the upgrade and restore engines call; `recovered` then says what it did.
`writable` says whether this user can change the book's file (a read-only file or
folder is still inspected, and read).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from app.i18n import tr
from app.store import db
from app.store.lock import LockHolder
from app.store.schema import HEAD, LEGACY, REVISIONS

#: The exact columns of the legacy (revision 0001) tables, from DESIGN.md section 3.
LEGACY_COLUMNS: dict[str, tuple[str, ...]] = {
    "accounts": ("id", "name", "kind", "currency", "opening_balance_cents", "archived"),
    "categories": ("id", "name", "parent_id", "kind"),
    "transactions": (
        "id", "account_id", "date", "payee", "memo", "amount_cents", "category_id",
        "reference", "cleared", "created_at", "updated_at",
    ),
}

SQLITE_HEADER = b"SQLite format 3\x00"

#: Everything a look at a book can find. `needs_upgrade` are behind and
#: unversioned-legacy; only `current` opens for work.
State = Literal["new", "current", "behind", "unversioned-legacy", "ahead", "corrupt",
                "locked", "interrupted", "unreachable"]


@dataclass(frozen=True)
class BookState:
    state: State
    revision: str | None
    head: str = HEAD
    counts: dict[str, int] = field(default_factory=dict)
    message: str = ""
    #: Who holds the book (state `locked`).
    holder: LockHolder | None = None
    #: The verified backup to restore (state `interrupted`).
    backup: str | None = None
    #: What was settled before looking (an interrupted upgrade or restore), or "", in
    #: words for people; `recovered_kind` says which in a word for code: "intact",
    #: "completed", "restored" (`app.upgrade.recovery.RecoveryResult.outcome`) or
    #: "rolled-back" (SQLite undid a half-written change).
    recovered: str = ""
    recovered_kind: str = ""
    #: Whether this user can change the book's file (and write beside it).
    writable: bool = True
    #: For a damaged book: what SQLite found, as it said it (the message says it in
    #: words for people around it).
    detail: str = ""

    @property
    def needs_upgrade(self) -> bool:
        return self.state in ("behind", "unversioned-legacy")


def _counts(conn: sqlite3.Connection, tables: set[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for table in ("transactions", "splits", "accounts", "categories"):
        if table in tables:
            out[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        else:
            out[table] = 0
    return out


def _is_legacy(conn: sqlite3.Connection, tables: set[str]) -> bool:
    if set(LEGACY_COLUMNS) != tables - {"sqlite_sequence"}:
        return False
    for table, columns in LEGACY_COLUMNS.items():
        found = tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
        if found != columns:
            return False
    return True


def classify(
    revision: str | None, tables: set[str], legacy: bool
) -> tuple[State, str]:
    """(state, message) from what the book holds; the message in the interface's
    language, the state a code."""
    if not tables:
        return "new", tr("the book is empty")
    if revision is None:
        if legacy:
            return "unversioned-legacy", tr(
                "the book was written by an earlier Cuentas (single categories) and can be "
                "upgraded to split transactions")
        return "corrupt", tr("this file is a database, but not a Cuentas book")
    if revision == HEAD:
        return "current", tr("the book is up to date")
    if revision in REVISIONS:
        return "behind", tr("the book is at revision {revision} and can be upgraded to "
                            "{head}").format(revision=revision, head=HEAD)
    return "ahead", tr(
        "the book was written by a newer Cuentas (revision {revision}); this version knows "
        "revisions up to {head}, so it will not change the book").format(
            revision=revision, head=HEAD)


def damaged(detail: str) -> BookState:
    """A damaged book, with what SQLite said."""
    return BookState("corrupt", None, detail=detail, message=tr(
        "the book's file is damaged: {detail}").format(detail=detail))


def inspect_sqlite(path: Path, *, quick_check: bool = True) -> BookState:
    if not path.exists() or path.stat().st_size == 0:
        return BookState("new", None, counts={}, message=tr("there is no book here yet"))
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        return BookState("corrupt", None, message=tr("this file is not a SQLite database"))
    try:
        with db.looking_at(path) as conn:
            state = _look(conn, quick_check=quick_check)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            return BookState("locked", None, message=tr(
                "another program is writing to the book; try again in a moment"))
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_CANTOPEN"):
            return BookState("corrupt", None, detail=str(exc), message=tr(
                "the file cannot be opened: {detail}").format(detail=exc))
        return damaged(str(exc))
    except sqlite3.DatabaseError as exc:
        return damaged(str(exc))
    return replace(state, writable=db.writable(str(path)))


def _look(conn: sqlite3.Connection, *, quick_check: bool) -> BookState:
    tables = {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        tables.discard("alembic_version")
    state, message = classify(revision, tables, _is_legacy(conn, tables))
    if state == "corrupt":
        return BookState(state, revision, message=message)
    if quick_check and state != "new":
        result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            return replace(damaged("; ".join(result[:3])), revision=revision)
    counts = _counts(conn, tables) if state != "ahead" else {}
    if state == "unversioned-legacy":
        revision = LEGACY
    return BookState(state, revision, counts=counts, message=message)


def inspect_postgres(location: str) -> BookState:
    from sqlalchemy import inspect as sa_inspect
    from sqlalchemy import text

    engine = db.create_book_engine(location, pool=False)
    try:
        with engine.connect() as conn:
            tables = set(sa_inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                tables.discard("alembic_version")
            legacy = set(LEGACY_COLUMNS) == tables and all(
                tuple(c["name"] for c in sa_inspect(conn).get_columns(t)) == cols
                for t, cols in LEGACY_COLUMNS.items()
            )
            state, message = classify(revision, tables, legacy)
            counts = {}
            if state not in ("ahead", "corrupt", "new"):
                for table in ("transactions", "splits", "accounts", "categories"):
                    counts[table] = (
                        int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
                        if table in tables else 0
                    )
            if state == "unversioned-legacy":
                revision = LEGACY
            return BookState(state, revision, counts=counts, message=message)
    finally:
        engine.dispose()


def inspect_book(location: str, *, quick_check: bool = True) -> BookState:
    """The state of the book at `location` (a path or a PostgreSQL URL), through
    read-only connections: nothing is written, nothing is settled (see the module
    docstring; `app.upgrade.recovery.settle_then_inspect` settles first).

    Raises BadInput when `location` is a folder.
    """
    from app.store.lock import other_holder

    db.check_not_folder(location)
    if db.is_postgres(location):
        return _inspect_server(location)
    path = Path(location).expanduser()
    busy = other_holder(location)
    if busy is not None:
        return BookState("locked", None, message=busy.describe(), holder=busy)
    from app.store.marker import read_marker

    if read_marker(location) is not None:
        return BookState("interrupted", None, message=tr(
            "an upgrade or restore of this book was interrupted; Cuentas settles it when the "
            "book is opened (cuentas status, cuentas upgrade or the desktop app)"),
                         writable=db.writable(location))
    if path.exists() and db.needs_writer(path):
        return BookState("interrupted", None, message=tr(
            "Cuentas stopped in the middle of a change the last time; SQLite rolls the "
            "unfinished change back when the book is opened (cuentas status or the desktop "
            "app)"), writable=db.writable(location))
    return inspect_sqlite(path, quick_check=quick_check)


def _inspect_server(location: str) -> BookState:
    from sqlalchemy.exc import OperationalError

    from app.store.lock import other_holder

    try:
        busy = other_holder(location, exclusive_only=True)
        if busy is not None:
            return BookState("locked", None, message=busy.describe(), holder=busy)
        return inspect_postgres(location)
    except OperationalError as exc:
        found = db.problem(exc)
        if found is None or found[0] != "unreachable":
            raise
        return BookState("unreachable", None, message=db.unreachable_message(
            str(getattr(exc, "orig", exc)), location))
