"""Settling an upgrade or restore that was cut short (kill -9, power cut, crash).

The crash marker (`app.store.marker`) says what was going on; `recover` proves which of
the possible books is there and acts:

- the old book, with the fingerprint the marker recorded: the interrupted upgrade
  left nothing behind (SQLite rolled its journal back) — `intact`, upgrade again;
- the upgraded book (HEAD) with that same fingerprint and no dangling row: the
  upgrade had committed — its last steps (WAL, marker) are done now: `completed`;
- a restore that was interrupted: it is completed from the same proven backup;
- anything else: `needs-restore`, naming the verified backup. Nothing is deleted or
  guessed; only the restore is offered.

`settle_then_inspect` calls it before looking at a book with a marker, so the next
`status`, `upgrade`, `verify` or launch settles it (`app.store.inspect.inspect_book` only
looks: it says `interrupted`). It takes the book's lock (`recovery`): while the
process doing the work is alive, the book is `locked` instead.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.backup import (
    BackupError,
    quick_check,
    read_backup,
    remove_stale_temporaries,
    sqlite_revision,
)
from app.backup.restore import BookInUse
from app.dates import now_iso
from app.i18n import QT_TR_NOOP, tr
from app.store import db
from app.store.fingerprint import Fingerprint, compute
from app.store.inspect import BookState, inspect_book
from app.store.lock import BookLock, BookLocked
from app.store.marker import clear_marker, read_marker
from app.store.schema import HEAD
from app.upgrade.steps import append_log, plain_reason, switch_to_wal

#: The crash marker's stages (`app.store.marker`) as people read them.
MARKER_STAGES = {"backing-up": QT_TR_NOOP("while backing up"),
                 "migrating": QT_TR_NOOP("while upgrading"),
                 "checking": QT_TR_NOOP("while checking"),
                 "restoring": QT_TR_NOOP("while restoring"),
                 "copying": QT_TR_NOOP("while copying"),
                 "swapping": QT_TR_NOOP("while swapping the files")}


@dataclass(frozen=True)
class RecoveryResult:
    """What `recover` found after an interrupted upgrade or restore.

    `outcome`: `intact` (the old book, unchanged: the upgrade may be run again),
    `completed` (the upgrade had committed: its checks are now done), `restored`
    (an interrupted restore was completed), `needs-restore` (neither: restore
    `backup`).
    """

    outcome: str
    message: str
    backup: Path | None


def settle_then_inspect(location: str, *, quick_check: bool = True) -> BookState:
    """Settle what a crash left, then inspect (`app.store.inspect.inspect_book`).

    Two things are settled before looking, because the user decided them already and
    leaving them would make the file unreadable: an upgrade or restore cut short (its
    crash marker, see `recover`: the old book is proven intact, or the finished upgrade
    gets its last checks, or a restore is completed), and a hot rollback journal left
    by a crashed writer (SQLite rolls it back on a read-write open; a read-only
    connection cannot). `recovered` then says what was done. Nothing is written when
    there is nothing to settle.
    """
    db.check_not_folder(location)
    if db.is_postgres(location):
        return inspect_book(location, quick_check=quick_check)
    path = Path(location).expanduser()
    recovered = kind = ""
    if read_marker(location) is not None:
        from app.store.lock import other_holder

        busy = other_holder(location)
        if busy is not None:
            return BookState("locked", None, message=busy.describe(), holder=busy)
        try:
            outcome = recover(location)
        except BookLocked as exc:
            return BookState("locked", None, message=str(exc), holder=exc.holder)
        except BookInUse as exc:  # Windows: a program has the book open; the marker stays
            return BookState("locked", None, message=str(exc))
        if outcome is not None and outcome.outcome == "needs-restore":
            return BookState("interrupted", None, message=outcome.message,
                             backup=str(outcome.backup) if outcome.backup else None)
        recovered = outcome.message if outcome is not None else ""
        kind = outcome.outcome if outcome is not None else ""
    if path.exists() and db.needs_writer(path):
        try:
            with BookLock.acquire(location, "recovery"):
                db.settle_crashed_writer(path)
        except BookLocked as exc:
            return BookState("locked", None, message=str(exc), holder=exc.holder)
        if not recovered:
            recovered, kind = tr("Cuentas had stopped in the middle of a change; SQLite "
                                 "rolled the unfinished change back."), "rolled-back"
    state = inspect_book(location, quick_check=quick_check)
    if recovered:
        state = replace(state, recovered=recovered, recovered_kind=kind,
                        message=f"{state.message}. {recovered}")
    return state


def recover(location: str) -> RecoveryResult | None:
    """Settle an upgrade or restore that was interrupted (kill -9, power cut).

    Returns None when there was nothing to settle. Raises BookLocked when the process
    doing the work is still alive, BookInUse when an interrupted restore cannot swap
    the book in yet (Windows: a program has it open; the marker stays for next time).
    Never loses data: when the book is neither the old one nor a complete upgrade, it
    only *offers* the restore (`needs-restore`).
    """
    if db.is_postgres(location):
        return None
    marker = read_marker(location)
    if marker is None:
        return None
    with BookLock.acquire(location, "recovery"):
        marker = read_marker(location)
        if marker is None:  # settled by someone else meanwhile
            return None
        if marker.get("operation") == "restore":
            from app.backup.restore import complete_restore

            try:
                message = complete_restore(location, marker)
            except (BackupError, OSError, sqlite3.Error) as exc:
                return _needs_restore(location, marker, tr(
                    "the restore could not be finished ({reason})").format(
                        reason=plain_reason(exc)))
            return RecoveryResult("restored", message, Path(str(marker.get("backup", ""))))
        return _recover_upgrade(location, marker)


def _needs_restore(location: str, marker: dict[str, Any], why: str) -> RecoveryResult:
    backup = Path(str(marker["backup"])) if marker.get("backup") else None
    if backup is not None and not read_backup(backup).verified:
        backup = None
    where = (tr("restore the backup {backup} (cuentas restore {backup})").format(backup=backup)
             if backup else
             tr("restore its latest verified backup (cuentas backups, cuentas restore)"))
    return RecoveryResult(
        "needs-restore",
        tr("An upgrade of this book was interrupted and {why}; {where}.").format(
            why=why, where=where), backup)


def _recover_upgrade(location: str, marker: dict[str, Any]) -> RecoveryResult:
    path = Path(location).expanduser().resolve()
    folder = Path(str(marker.get("backup_dir", ""))) if marker.get("backup_dir") else None
    if folder is not None:
        remove_stale_temporaries(folder)
    remove_stale_temporaries(path.parent, prefix=path.name)
    backup = Path(str(marker["backup"])) if marker.get("backup") else None
    unproven = backup is not None and not read_backup(backup).verified
    if unproven:
        backup = None  # still being proven when the process died: it never counted
    # The book's totals before the upgrade: recorded by the backup's proof. Without a
    # proven backup nothing can have been committed (COMMIT waits for the proof).
    before_raw = marker.get("fingerprint_before")
    before = Fingerprint.from_json(before_raw) if before_raw else None
    if before is None and backup is not None:
        before = read_backup(backup).fingerprint
    if not path.exists():  # never create an empty file where the book should be
        return _needs_restore(location, marker, tr("the book's file is missing"))
    # A normal read-write open rolls back the hot journal of an unfinished transaction.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {db.BUSY_TIMEOUT_MS}")
        problems = quick_check(conn)
        if problems:
            return _needs_restore(location, marker, tr("the book's file is damaged ({problems})")
                                  .format(problems="; ".join(problems[:2])))
        revision, unversioned = sqlite_revision(conn)
        fp = compute(conn)
        if revision == HEAD:
            dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
            if dangling or (before is not None and before.differences(fp)):
                return _needs_restore(location, marker, tr(
                    "the upgraded book does not hold the same totals as before"))
            has_run = conn.execute("SELECT count(*) FROM upgrade_runs WHERE outcome = "
                                   "'upgraded' AND to_revision = ?", (HEAD,)).fetchone()[0]
        else:
            has_run = 0
    finally:
        conn.close()
    if revision == HEAD:
        switch_to_wal(path)
        clear_marker(location)
        return RecoveryResult(
            "completed",
            tr("An upgrade had finished when Cuentas stopped; its final checks are now done "
               "and every total matches.") if has_run else
            tr("An upgrade had finished when Cuentas stopped; its final checks are now done "
               "and every total matches (its run record is missing)."), backup)
    same = (revision == marker.get("from_revision")
            and unversioned == bool(marker.get("unversioned")))
    if not same or (before is not None and before.differences(fp)):
        return _needs_restore(location, marker,
                              tr("the book is neither as it was nor upgraded"))
    if unproven:  # the book is as it was: an unproven copy of it is only clutter
        stray = Path(str(marker["backup"]))
        stray.unlink(missing_ok=True)
        stray.with_name(stray.name + ".json").unlink(missing_ok=True)
    append_log({"book": db.display_name(location), "outcome": "interrupted",
                "from_revision": revision, "stage": marker.get("stage"),
                "started_at": marker.get("started"), "finished_at": now_iso(),
                "backup_path": str(backup or "")})
    clear_marker(location)
    return RecoveryResult(
        "intact",
        tr("An upgrade was interrupted ({stage}) before it finished; nothing of it was kept "
           "and the book is exactly as it was.").format(
               stage=tr(MARKER_STAGES.get(str(marker.get("stage")),
                                          QT_TR_NOOP("at an unknown stage")))), backup)
