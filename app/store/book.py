"""Opening and creating books, and the unit of work every write goes through.

`open_book` gives a `Book`: the engine, the book's settings (currency, locale), and
the acting user. Reads use `book.read()`; writes use `book.write(permission)`, a
unit of work that checks the actor's role first, runs in one transaction, and
writes the audit entries in that same transaction — so a change and its audit row
are committed together or not at all.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from app.dates import now_iso
from app.errors import BookStateError
from app.i18n import QT_TR_NOOP, tr
from app.money import exponent
from app.store import db
from app.store.identity import Actor, resolve_actor
from app.store.models import AuditEntry, BookSetting
from app.store.schema import HEAD


@dataclass(frozen=True)
class BookInfo:
    name: str
    currency: str
    locale: str
    tax_preset: str

    @property
    def exp(self) -> int:
        return exponent(self.currency)


@dataclass
class UnitOfWork:
    """One write: a session in a transaction plus the audit entries it produces."""

    session: Session
    actor: Actor
    _audit: list[dict[str, Any]] = field(default_factory=list)

    def record(
        self, action: str, entity: str, entity_id: object, changes: dict[str, Any]
    ) -> None:
        """Queue an audit entry: `changes` maps field -> [before, after]."""
        self._audit.append(
            {
                "at": now_iso(),
                "user_name": self.actor.name,
                "action": action,
                "entity": entity,
                "entity_id": str(entity_id),
                "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str),
            }
        )

    def flush_audit(self) -> None:
        if self._audit:
            self.session.execute(insert(AuditEntry), self._audit)
            self._audit.clear()


class Book:
    """An open book. Cheap to pass around; sessions are made per action."""

    #: Opened read-only (a read-only file or folder): writes raise BookStateError.
    read_only: bool = False
    #: A SQLite book's file as it was when it was opened (device, inode): a write never
    #: goes into a file that a restore has replaced since (None: not checked). Windows
    #: fills both too (the volume's serial number and the file's index, since Python
    #: 3.5, for os.stat and os.fstat), and a replaced file has a new index there as well;
    #: a file system that numbers no files (st_ino 0: some network shares) is not checked.
    file_id: tuple[int, int] | None = None
    #: `suspend()`ed: no connection is opened until `resume()`.
    suspended: bool = False

    def __init__(self, location: str, engine: Engine, info: BookInfo, actor: Actor) -> None:
        self._old_pools: list[Pool] = []
        #: Connections some thread is using now (`wait_suspended` waits for them).
        self._in_use = 0
        self._counting = threading.Lock()
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "checkin", self._checked_in)
        event.listen(engine, "connect", self._refuse_connection)
        self.location = location
        self.engine = engine
        self._write_engine = db.write_engine(engine)
        self.info = info
        self.actor = actor

    @property
    def is_shared(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def display_name(self) -> str:
        """The book's name, else its file's name without the folder and extension."""
        if self.info.name:
            return self.info.name
        if db.is_postgres(self.location):
            return db.display_name(self.location)
        return Path(self.location).stem

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self, permission: str = "write", action: str = QT_TR_NOOP("change this book")
              ) -> Iterator[UnitOfWork]:
        """One unit of work as the acting user, holding the book's write lock (shared: see
        app.store.lock) so that no restore or upgrade runs across it. When one is running
        this waits (`lock.WRITE_WAIT`), then writes into the finished book or raises
        BookLocked naming who holds it; a SQLite book whose file was replaced since it was
        opened raises BookStateError `replaced` — nothing is ever written into the old
        file. `action` (source text, marked with `QT_TR_NOOP`) names the work in the
        refusal when the user's role does not allow it."""
        from app.store import lock

        gate: AbstractContextManager[object] = nullcontext()
        if not self.read_only and not self.is_shared:
            gate = lock.BookLock.acquire(self.location, "write", wait=lock.WRITE_WAIT)
        with gate:
            self._check_same_file()
            with Session(self._write_engine) as session, session.begin():
                if self.is_shared:
                    lock.hold_for_write(session.connection(), self.location)
                # Re-read who is acting inside the transaction: on a shared book another
                # owner may have changed this user's role since the book was opened.
                self.actor = resolve_actor(session.connection(), shared=self.is_shared)
                self.actor.require(permission, action)
                uow = UnitOfWork(session, self.actor)
                yield uow
                session.flush()
                uow.flush_audit()

    def _check_same_file(self) -> None:
        if self.file_id is None:
            return
        try:
            found: tuple[int, int] | None = file_id(self.location)
        except FileNotFoundError:
            found = None
        if found != self.file_id:
            raise BookStateError(
                "replaced", tr("the book {name} was replaced (a backup restored, or another "
                               "program) since Cuentas opened it; nothing was written — open "
                               "the book again").format(name=db.display_name(self.location)))

    def reload_info(self) -> None:
        with self.engine.connect() as conn:
            self.info = _read_info(conn)

    def close(self) -> None:
        self.engine.dispose()

    def suspend(self) -> None:
        """Let go of every connection to the book and open none until `resume`: reads and
        writes meanwhile raise BookStateError `suspended`. Idle connections close now;
        one a thread is still using closes when it comes back (`wait_suspended`). The
        desktop suspends its book while a restore replaces the file: Windows refuses to
        replace a file this process still has open."""
        if not self.suspended:
            self.suspended = True
            self._old_pools.append(self.engine.pool)
        self.engine.dispose()

    def wait_suspended(self, timeout: float = 5.0) -> bool:
        """After `suspend`: wait until every connection some thread still had is back and
        closed (True), or `timeout` seconds (False). Long work on the book (the search
        index) stops at its next step once the book is suspended."""
        deadline = time.monotonic() + timeout
        while self._in_use and time.monotonic() < deadline:
            time.sleep(0.01)
        for pool in self._old_pools:  # what came back went to the pool of before
            pool.dispose()
        return not self._in_use

    def resume(self) -> None:
        """Undo `suspend`: connections open again on demand (to the restored file)."""
        self.suspended = False
        self._old_pools.clear()

    def _refuse_connection(self, dbapi_connection: Any, _record: object) -> None:
        if not self.suspended:
            return
        dbapi_connection.close()
        raise BookStateError("suspended", tr(
            "the book {name} is being restored from a backup; try again when the restore "
            "has finished").format(name=self.display_name))

    def _checked_out(self, *_args: object) -> None:
        with self._counting:
            self._in_use += 1

    def _checked_in(self, *_args: object) -> None:
        with self._counting:
            self._in_use -= 1


def file_id(location: str) -> tuple[int, int]:
    """(device, inode) of a SQLite book's file: which file the name means right now."""
    st = Path(location).expanduser().stat()
    return st.st_dev, st.st_ino


def _read_info(conn: Any) -> BookInfo:
    values = dict(conn.execute(select(BookSetting.key, BookSetting.value)).all())
    return BookInfo(
        name=values.get("name", ""),
        currency=values.get("currency", "MXN"),
        locale=values.get("locale", "es_MX"),
        tax_preset=values.get("tax_preset", "none"),
    )


def open_book(location: str, *, pool: bool = True) -> Book:
    """Open a book that is at the head revision for normal work.

    Raises BookStateError when the book is missing or not current; the caller (the
    launch flow, `cuentas upgrade`) decides what to do about it. Nothing touches the
    book's file before it is known to be `current`: the revision is read through a
    read-only connection first (a refused book keeps every byte), and only then is
    the normal engine made (whose connections switch a book to WAL). A book this user
    cannot write (a read-only file or folder) opens read-only: reads work and a write
    raises BookStateError `read-only`. Raises BadInput when `location` is a folder.
    """
    read_only = False
    opened: tuple[int, int] | None = None
    if not db.is_postgres(location):
        path = Path(location).expanduser()
        db.check_not_folder(location)
        if not path.exists():
            raise BookStateError("missing", tr("there is no book at {location}").format(
                location=location))
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise BookStateError("corrupt", tr("this file is not a Cuentas book (not SQLite)"))
        fresh = db.wal_missing(path)  # nobody has it open: a refusal leaves no -wal
        if _sqlite_revision(path) != HEAD:
            if fresh:
                db.close_wal(path)
            _refuse(location)
        read_only = not db.writable(location)
        opened = file_id(location)  # before the engine: never newer than its connections
        if opened[1] == 0:  # a file system without file numbers: nothing to compare
            opened = None
    engine = (db.create_readonly_engine(location, pool=pool) if read_only
              else db.create_book_engine(location, pool=pool))
    try:
        try:
            with engine.connect() as conn:
                revision = _revision(conn)
                if revision == HEAD:
                    info = _read_info(conn)
                    actor = resolve_actor(conn, shared=engine.dialect.name == "postgresql")
        except DBAPIError as exc:
            found = db.problem(exc)
            if found is not None and found[0] == "corrupt":
                raise BookStateError(*found) from None
            revision = None  # damaged, locked or unreachable: the inspection says which
        if revision != HEAD:
            _refuse(location)
    except BaseException:
        engine.dispose()
        raise
    book = Book(location, engine, info, actor)
    book.read_only = read_only
    book.file_id = opened
    return book


def _sqlite_revision(path: Path) -> str | None:
    """The revision of a SQLite book, read through a read-only connection (None when it
    has none or cannot be read). A crashed writer's leftovers, which a read-only
    connection cannot read past, are settled first under the book's lock, as any
    read-write open of SQLite would do (it puts back the last committed state)."""
    import sqlite3

    for attempt in (1, 2):
        try:
            with db.looking_at(path, tidy=False) as conn:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(row[0]) if row else None
        except sqlite3.DatabaseError as exc:
            if attempt == 2 or getattr(exc, "sqlite_errorname", "") not in db.NEEDS_WRITER:
                return None
        from app.store.lock import BookLock, BookLocked

        try:
            with BookLock.acquire(str(path), "recovery"):
                db.settle_crashed_writer(path)
        except BookLocked:
            return None  # the inspection says who holds it
    return None


def _refuse(location: str) -> None:
    """Raise BookStateError with the state the read-only inspection finds."""
    from app.store.inspect import inspect_book

    state = inspect_book(location)
    if state.state == "current":  # the engine failed where the look did not
        raise BookStateError("unreadable", tr("the book could not be read just now; nothing "
                             "was changed (try again)"))
    raise BookStateError(state.state, state.message)


def _revision(conn: Any) -> str | None:
    try:
        return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar())
    except Exception:
        conn.rollback()
        return None
