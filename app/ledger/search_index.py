"""The full-text index behind text search on SQLite books (FTS5, trigram tokenizer).

Why: a substring search (`LIKE '%pena%'`) cannot use a b-tree index, so on a
million-transaction book a rare word means reading every transaction and every line
memo (about half a second). The trigram index answers in milliseconds.

Shape: one document per transaction — payee, memo, reference and its line memos,
one per text line — in `search_fts`, whose rowid is `(julian day of the date << 32) |
transaction id`. Ordering by rowid is therefore ordering by (date, id), so "the
newest 200 hits" is a walk down the index that stops after 200, however common the
word; a date range is a rowid range. `detail=none` keeps the index small; LIKE on
the stored text checks every candidate.

Case and accents: the document is stored *folded* (`app.ledger.textfold`: `Nómina`
is kept as `nomina`) and searched for with the folded term, so results are exactly
those of the scan without the index (`textfold.contains`). SQLite cannot fold in
one expression (its parser nests some 30 calls), so the triggers pass each document
through `search_fts_fold`, an always-empty table whose generated columns fold it step
by step: plain SQL, which any SQLite connection runs — no function of Cuentas is
needed to write a transaction, whoever writes it.

Lifecycle: it is *not* part of the schema revisions (DESIGN.md section 9: indexes
that only serve search are built after the upgrade, in the background). `build`
creates the table and the triggers that keep it in step in one short transaction,
then fills it in chunks of transactions, each its own short write, so the person
using the book never waits on it; progress survives a restart (`search_fts_state`).
Until the fill is complete, and whenever anything about it looks wrong (a trigger
missing after some table rebuild, an old version), searches scan without it and the
next `build` starts over. PostgreSQL books always scan (`textfold.contains`) and have
no index here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

import sqlalchemy as sa
from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from app.i18n import QT_TR_NOOP
from app.ledger import textfold
from app.store.book import Book
from app.store.files import Progress

# 2: documents are stored folded (`app.ledger.textfold`), so case and accents do not
# count; a book indexed by version 1 is indexed again.
VERSION = 2
MASK = 0xFFFFFFFF
TABLE = sa.table("search_fts", sa.column("rowid", sa.Integer), sa.column("doc", sa.Text))
KEY_COLUMN = TABLE.c.rowid
STATE = "search_fts_state"
FOLDING = "search_fts_fold"
TRIGGERS = (
    "search_fts_txn_insert", "search_fts_txn_update", "search_fts_txn_delete",
    "search_fts_line_insert", "search_fts_line_update", "search_fts_line_delete",
)
CHUNK = 25_000



def _key(t: str) -> str:
    return f"((coalesce(CAST(julianday({t}.date) AS INTEGER), 0) << 32) | {t}.id)"


def _doc(t: str) -> str:
    return (
        f"{t}.payee || char(10) || {t}.memo || char(10) || {t}.reference || coalesce("
        f"char(10) || (SELECT group_concat(l.memo, char(10)) FROM splits l "
        f"WHERE l.transaction_id = {t}.id AND l.memo <> ''), '')"
    )


def _fold_table() -> str:
    """The folding table: a document written to `raw` reads back folded from `doc`
    (generated columns, one per step of `textfold.sql_fold_steps`: SQLite's parser
    takes only so many nested calls in one expression). It is empty between
    statements: a document goes in, its folded text on into the index, and out."""
    steps = textfold.sql_fold_steps("raw")
    columns = [f"f{i} TEXT AS ({step.replace('{prev}', f'f{i - 1}')})"
               for i, step in enumerate(steps, 1)]
    return (f"CREATE TABLE {FOLDING} (key INTEGER PRIMARY KEY, raw TEXT NOT NULL, "
            f"{', '.join(columns)}, doc TEXT AS (coalesce(f{len(steps)}, lower(raw))))")


# The folded documents waiting in the folding table go into the index.
_FLUSH = (f"INSERT OR REPLACE INTO search_fts(rowid, doc) SELECT key, doc FROM {FOLDING};\n"
          f"  DELETE FROM {FOLDING};")


def _write(t: str) -> str:
    """Statements that index the document of transaction row `t` (`new`, or `t` of a
    `FROM transactions t` clause)."""
    return (f"INSERT OR REPLACE INTO {FOLDING}(key, raw) VALUES ({_key(t)}, {_doc(t)});\n"
            f"  {_FLUSH}")


def _refresh(txn_id: str) -> str:
    """Statements that rewrite one transaction's document from the current rows."""
    return (
        f"DELETE FROM search_fts WHERE rowid = (SELECT {_key('t')} FROM transactions t "
        f"WHERE t.id = {txn_id});\n"
        f"  INSERT OR REPLACE INTO {FOLDING}(key, raw) SELECT {_key('t')}, {_doc('t')} "
        f"FROM transactions t WHERE t.id = {txn_id};\n"
        f"  {_FLUSH}"
    )


DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(doc, tokenize='trigram', detail='none')",
    f"CREATE TABLE {STATE} (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, "
    "next_id INTEGER NOT NULL, max_id INTEGER NOT NULL)",
    _fold_table(),
    f"""CREATE TRIGGER search_fts_txn_insert AFTER INSERT ON transactions BEGIN
  {_write('new')}
END""",
    f"""CREATE TRIGGER search_fts_txn_update AFTER UPDATE OF date, payee, memo, reference
ON transactions BEGIN
  DELETE FROM search_fts WHERE rowid = {_key('old')};
  {_write('new')}
END""",
    f"""CREATE TRIGGER search_fts_txn_delete AFTER DELETE ON transactions BEGIN
  DELETE FROM search_fts WHERE rowid = {_key('old')};
END""",
    f"""CREATE TRIGGER search_fts_line_insert AFTER INSERT ON splits WHEN new.memo <> '' BEGIN
  {_refresh('new.transaction_id')}
END""",
    f"""CREATE TRIGGER search_fts_line_update AFTER UPDATE OF memo, transaction_id ON splits
WHEN old.memo IS NOT new.memo OR old.transaction_id IS NOT new.transaction_id BEGIN
  {_refresh('old.transaction_id')}
  {_refresh('new.transaction_id')}
END""",
    f"""CREATE TRIGGER search_fts_line_delete AFTER DELETE ON splits WHEN old.memo <> '' BEGIN
  {_refresh('old.transaction_id')}
END""",
)


# ---------------------------------------------------------------- querying


def julian_day(iso: str) -> int:
    """SQLite's `CAST(julianday(iso) AS INTEGER)`, computed in Python."""
    return date.fromisoformat(iso).toordinal() + 1721424


def transaction_id_of(key: ColumnElement[int]) -> ColumnElement[int]:
    return key.op("&")(MASK)


def key_range(date_from: str | None, date_to: str | None) -> list[ColumnElement[bool]]:
    """Rowid bounds for a date range: the index itself skips the other dates."""
    where: list[ColumnElement[bool]] = []
    key = TABLE.c.rowid
    if date_from:
        where.append(key >= julian_day(date_from) << 32)
    if date_to:
        where.append(key <= (julian_day(date_to) << 32) | MASK)
    return where


def matches(term: str) -> ColumnElement[bool]:
    """The index's LIKE of the folded term (trigram candidates, then LIKE on the stored,
    folded text). With `%`, `_` or `\\` in the term the LIKE needs an ESCAPE, which the
    index cannot answer: it reads every document then (still exact)."""
    folded = textfold.fold(term)
    if any(ch in folded for ch in "%_\\"):
        return TABLE.c.doc.like(textfold.like_pattern(term), escape="\\")
    return TABLE.c.doc.like(f"%{folded}%")


def state(session: Session) -> str:
    """`unavailable` (not SQLite), `missing`, `building` or `ready`."""
    if session.get_bind().dialect.name != "sqlite":
        return "unavailable"
    names = set(session.scalars(sa.text(
        "SELECT name FROM sqlite_master WHERE name IN ('search_fts', :state, :folding) "
        "OR (type = 'trigger' AND name LIKE 'search\\_fts\\_%' ESCAPE '\\')"
    ), {"state": STATE, "folding": FOLDING}).all())
    if not {"search_fts", STATE, FOLDING, *TRIGGERS} <= names:
        return "missing"
    row = session.execute(sa.text(
        f"SELECT version, next_id > max_id FROM {STATE} WHERE id = 1")).first()
    if row is None or row[0] != VERSION:
        return "missing"
    return "ready" if row[1] else "building"


def usable(session: Session, term: str) -> bool:
    """The index can answer a search for `term` (SQLite, complete, current)."""
    return bool(term) and state(session) == "ready"


def index_state(book: Book) -> str:
    with book.read() as session:
        return state(session)


# ---------------------------------------------------------------- building


def build(
    book: Book,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    chunk: int = CHUNK,
) -> bool:
    """Create the index if needed and fill it; True once it is ready.

    Safe to call at any time and from a background thread: every step is a short
    write of its own, and writes made meanwhile are indexed by the triggers. Stops
    early (returns False) when `should_stop()` says so, when the book is suspended (a
    restore waits for its connection: `Book.wait_suspended`), busy or cannot be written;
    the next call carries on where this one stopped.
    """
    if book.engine.dialect.name != "sqlite" or book.suspended:
        return False
    from app.store import db

    engine = db.write_engine(book.engine)
    try:
        current = index_state(book)
        if current == "ready":
            return True
        with engine.connect() as conn:
            if current == "missing":
                with conn.begin():
                    _drop(conn)
                    for statement in DDL:
                        conn.exec_driver_sql(statement)
                    lo, hi = conn.execute(sa.text(
                        "SELECT coalesce((SELECT min(id) FROM transactions), 1), "
                        "coalesce((SELECT max(id) FROM transactions), 0)"
                    )).one()
                    conn.execute(sa.text(
                        f"INSERT INTO {STATE} (id, version, next_id, max_id) "
                        "VALUES (1, :v, :lo, :hi)"), {"v": VERSION, "lo": lo, "hi": hi})
            while True:
                if book.suspended or (should_stop is not None and should_stop()):
                    return False  # suspended: a restore waits for this connection
                with conn.begin():
                    nxt, hi = conn.execute(sa.text(
                        f"SELECT next_id, max_id FROM {STATE} WHERE id = 1")).one()
                    if nxt > hi:
                        return True
                    stop = nxt + chunk
                    # Folded here, not by the folding table: the same text (see
                    # `textfold.fold_stored`), ten times faster over many documents.
                    docs = conn.exec_driver_sql(
                        f"SELECT {_key('t')}, {_doc('t')} FROM transactions t "
                        "WHERE t.id >= ? AND t.id < ?", (nxt, stop)).all()
                    if docs:
                        conn.exec_driver_sql(
                            "INSERT OR REPLACE INTO search_fts(rowid, doc) VALUES (?, ?)",
                            [(key, textfold.fold_stored(doc)) for key, doc in docs])
                    conn.execute(sa.text(f"UPDATE {STATE} SET next_id = :n WHERE id = 1"),
                                 {"n": stop})
                if progress is not None:
                    progress(QT_TR_NOOP("index text for search"), "",
                             min(stop, hi + 1) - 1, hi)
    except sa.exc.OperationalError:
        return False  # busy, read-only, or no FTS5 in this SQLite: LIKE keeps working


# ---------------------------------------------------------------- bulk writers


@contextmanager
def set_aside(conn: sa.Connection) -> Iterator[bool]:
    """For a writer that adds or removes many transactions in one transaction (an
    import, its undo): the index's triggers are dropped for the duration and put back
    at the end, in the same transaction, so a failure anywhere rolls both back. Yields
    whether the index is there; if so, the writer keeps it in step set-wise: `defer`
    after adding (`build` indexes them, in the background), `unindex` before removing —
    one statement for what the triggers would do a row at a time. (A split line's
    trigger rewrites its transaction's whole document: 100,000 imported movements with
    split memos took 10 s of trigram indexing.)"""
    if conn.dialect.name != "sqlite":
        yield False
        return
    present = set(conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
        "'search\\_fts\\_%' ESCAPE '\\'").scalars())
    if not set(TRIGGERS) <= present:  # no index, or one the next build starts over
        yield False
        return
    for trigger in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    yield True
    for statement in DDL:  # the triggers, as `build` made them (the tables stay)
        if statement.startswith("CREATE TRIGGER"):
            conn.exec_driver_sql(statement)


def defer(conn: sa.Connection, first_id: int, last_id: int) -> None:
    """Leave the transactions from `first_id` to `last_id` to `build`: the index reads as
    `building` (searches use LIKE, exact as ever) until a build catches up — the desktop
    app starts one after an import, and when a book opens. A build already under way
    goes on to `last_id` (the ids in between, indexed by the triggers, are indexed
    again, which changes nothing)."""
    conn.exec_driver_sql(
        f"UPDATE {STATE} SET next_id = CASE WHEN next_id > max_id THEN ? ELSE next_id END, "
        "max_id = max(max_id, ?) WHERE id = 1", (first_id, last_id))


def unindex(conn: sa.Connection, txn_ids: Sequence[int]) -> None:
    """Take the transactions `txn_ids` (still in the book) out of the index."""
    for start in range(0, len(txn_ids), 500):
        chunk = list(txn_ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        conn.exec_driver_sql(
            f"DELETE FROM search_fts WHERE rowid IN (SELECT {_key('t')} FROM transactions t "
            f"WHERE t.id IN ({marks}))", tuple(chunk))


def _drop(conn: sa.Connection) -> None:
    for trigger in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {STATE}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FOLDING}")


def drop(book: Book) -> None:
    """Remove the index, its triggers and its state (searches fall back to LIKE)."""
    if book.engine.dialect.name != "sqlite":
        return
    from app.store import db

    with db.write_engine(book.engine).connect() as conn, conn.begin():
        _drop(conn)
