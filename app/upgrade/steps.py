"""The checks and records of an upgrade: what makes it provably the same book.

Inside the upgrade's transaction (`validate`): the revision is HEAD, no row points
at a missing row (`PRAGMA foreign_key_check`), the fingerprint re-computed over split
lines equals the one taken with the backup, and every transaction has lines that add
up to its amount. Then the owner profile of a book that has none, and the run record
(`upgrade_runs`) — both in the same transaction, so they commit with the upgrade or
not at all. Failed and interrupted runs also go to `<logs>/upgrades.jsonl`, since a
legacy book has no table to hold them. Shared by `app.upgrade` and `app.upgrade.recovery`.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from app import paths
from app.backup import quick_check
from app.dates import now_iso
from app.errors import CuentasError
from app.i18n import QT_TR_NOOP, tr
from app.store import db
from app.store.fingerprint import Fingerprint, compute
from app.store.redact import hide_passwords
from app.store.schema import HEAD

#: step(name, detail, done, total): how the checks report themselves.
Step = Callable[[str, str, int, int], None]


class ValidationFailed(CuentasError):
    """The upgraded book, inside its transaction, is not the same book.

    `totals` is True when the fingerprints differ: then either the upgrade or the
    backup it was compared with is wrong, and the engine finds out which.
    """

    def __init__(self, message: str, *, totals: bool = False) -> None:
        self.totals = totals
        super().__init__(message)


@dataclass(frozen=True)
class SummaryRow:
    """One line of the before/after table: a count, a balance or a category total."""

    kind: str  # "transactions" | "account" | "category" | "transfers"
    label: str
    before: int
    after: int

    @property
    def matches(self) -> bool:
        return self.before == self.after


def disk_full(exc: BaseException | None) -> bool:
    """Whether `exc`, or an error it came from, says the disk is full (ENOSPC, or
    SQLite's SQLITE_FULL): a later error can hide it (SQLite rolls the transaction
    back on a full disk, and the next statement then fails on a table that is gone)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        for err in (exc, getattr(exc, "orig", None)):
            if isinstance(err, OSError) and err.errno == errno.ENOSPC:
                return True
            if isinstance(err, sqlite3.Error) and (
                    getattr(err, "sqlite_errorname", "") == "SQLITE_FULL"
                    or "disk is full" in str(err)):
                return True
        exc = exc.__cause__ or exc.__context__
    return False


def plain_reason(exc: BaseException) -> str:
    """The cause of a failure in one plain line: no SQL text, no traceback."""
    if disk_full(exc):
        return tr("the disk is full")
    orig = getattr(exc, "orig", None)  # a SQLAlchemy error: the driver's own words
    text_ = " ".join(str(orig if orig is not None else exc).split()) or type(exc).__name__
    return text_[:300]


def validate(conn: Connection, before: Fingerprint | None, clock: Step) -> Fingerprint:
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision != HEAD:
        raise ValidationFailed(tr("the book ended at revision {revision}, not {HEAD}").format(
            revision=revision, HEAD=HEAD))
    if conn.dialect.name == "sqlite":
        clock(QT_TR_NOOP("Checking references"), "", 0, 1)
        dangling = conn.execute(text("PRAGMA foreign_key_check")).all()
        if dangling:
            tables = sorted({str(r[0]) for r in dangling})
            raise ValidationFailed(tr("{n} rows point at missing rows (in {tables})").format(
                n=len(dangling), tables=", ".join(tables)))
        clock(QT_TR_NOOP("Checking references"), "", 1, 1)
    clock(QT_TR_NOOP("Checking totals"), "", 0, 1)
    after = compute(conn)
    if before is not None:
        diffs = before.differences(after)
        if diffs:
            raise ValidationFailed(tr("the totals changed: {differences}").format(
                differences="; ".join(diffs[:5])), totals=True)
    clock(QT_TR_NOOP("Checking totals"), "", 1, 1)
    clock(QT_TR_NOOP("Checking every transaction's lines"), "", 0, 1)
    # Lines summed per transaction in index order, each sum compared with its
    # transaction (one primary-key lookup): exact, and twice as fast as a correlated
    # sum per transaction. Transactions reached = transactions with lines.
    # (CROSS JOIN is SQLite's way to keep that loop order.)
    join = "CROSS JOIN" if conn.dialect.name == "sqlite" else "JOIN"
    with_lines, unbalanced = conn.execute(text(
        "SELECT count(*), COALESCE(sum(CASE WHEN x.total <> t.amount_cents THEN 1 ELSE 0 "
        "END), 0) FROM (SELECT transaction_id AS tid, sum(amount_cents) AS total FROM splits "
        f"GROUP BY transaction_id) x {join} transactions t ON t.id = x.tid"
    )).one()
    if with_lines != after.transactions:
        raise ValidationFailed(tr("{value} transactions have no lines").format(
            value=after.transactions - with_lines))
    if unbalanced:
        raise ValidationFailed(tr("{unbalanced} transactions have lines that do not add up "
                                  "to their amount").format(unbalanced=unbalanced))
    clock(QT_TR_NOOP("Checking every transaction's lines"), "", 1, 1)
    return after


def book_labels(conn: Connection) -> dict[str, dict[str, str]]:
    accounts = {str(i): str(n) for i, n in conn.execute(text("SELECT id, name FROM accounts"))}
    categories = {str(i): str(n) for i, n in conn.execute(
        text("SELECT id, full_name FROM categories"))}
    return {"accounts": accounts, "categories": categories}


def summary_rows(before: Fingerprint, after: Fingerprint,
                 labels: dict[str, dict[str, str]]) -> list[SummaryRow]:
    """The before/after table: count, each account's balance, each category's total
    (labels in the interface's language; `kind` says which row is which)."""
    rows = [SummaryRow("transactions", tr("Transactions"), before.transactions,
                       after.transactions)]
    accounts = labels.get("accounts", {})
    for key in sorted(set(before.balances) | set(after.balances),
                      key=lambda k: accounts.get(k, k)):
        rows.append(SummaryRow("account", accounts.get(key) or tr("account {key}").format(
            key=key),
                               before.balances.get(key, 0), after.balances.get(key, 0)))
    categories = labels.get("categories", {})
    for key in sorted(set(before.categories) | set(after.categories),
                      key=lambda k: (k == "none", categories.get(k, k))):
        label = (tr("(uncategorized)") if key == "none" else
                 categories.get(key) or tr("category {key}").format(key=key))
        rows.append(SummaryRow("category", label, before.categories.get(key, 0),
                               after.categories.get(key, 0)))
    if before.transfers or after.transfers:
        rows.append(SummaryRow("transfers", tr("Transfer lines"), before.transfers,
                               after.transfers))
    return rows


def ensure_owner(conn: Connection) -> list[str]:
    """A book with no profile gets its owner (the desktop login, or the database login)."""
    if conn.execute(text("SELECT count(*) FROM users")).scalar_one():
        return []
    from app.store.identity import desktop_login

    if conn.dialect.name == "postgresql":
        login = str(conn.execute(text("SELECT current_user")).scalar_one())
    else:
        login = desktop_login()
    name = login.capitalize() or "Owner"
    conn.execute(text(
        "INSERT INTO users (name, login, role, rollout_group, created_at) "
        "VALUES (:name, :login, 'owner', 'primary', :at)"),
        {"name": name, "login": login, "at": now_iso()})
    return [tr("{name} (login {login}) is the book's owner.").format(name=name, login=login)]


def record_run(conn: Connection, row: dict[str, Any]) -> None:
    conn.execute(text(
        "INSERT INTO upgrade_runs (from_revision, to_revision, started_at, finished_at, "
        "outcome, backup_path, app_version, fingerprint_before, fingerprint_after, message) "
        "VALUES (:from_revision, :to_revision, :started_at, :finished_at, :outcome, "
        ":backup_path, :app_version, :fingerprint_before, :fingerprint_after, :message)"),
        {k: hide_passwords(row[k]) if isinstance(row[k], str) else row[k]
         for k in ("from_revision", "to_revision", "started_at", "finished_at",
                   "outcome", "backup_path", "app_version", "fingerprint_before",
                   "fingerprint_after", "message")})


def record_failure_in_book(location: str, row: dict[str, Any]) -> None:
    """A failed run of a book that already has `upgrade_runs` is noted there too."""
    try:
        engine = db.create_book_engine(location, for_migration=True, wal=False, pool=False)
        try:
            with engine.connect() as conn, conn.begin():
                record_run(conn, row)
        finally:
            engine.dispose()
    except Exception:  # the log file has it; the book's history is a courtesy
        pass


def append_log(row: dict[str, Any]) -> None:
    """One JSON line per failed or interrupted run in `<logs>/upgrades.jsonl`."""
    try:
        from app.store.outfiles import append_private

        append_private(paths.log_dir() / "upgrades.jsonl",  # owner-only (0600)
                       json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    except OSError:
        pass


def quick_check_file(path: Path) -> list[str]:
    try:
        conn = db.readonly_sqlite(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return quick_check(conn)
    finally:
        conn.close()


def switch_to_wal(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {db.BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
