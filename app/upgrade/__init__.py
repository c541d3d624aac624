"""The safe upgrade engine: a book from any older revision to HEAD, or not at all.

One engine for the wizard and `cuentas upgrade` (DESIGN.md section 4):

1. inspect (read-only, nothing changes before the decision); refuse `ahead`,
   `corrupt`, `locked`; `current` is done already;
2. take the book's lock for `upgrade` (`app.store.lock`);
3. write the crash marker (`app.store.marker`), then back up the book (`app.backup`): the
   online copy is `quick_check`ed before anything is written, so a damaged book is
   never touched;
4. migrate in ONE transaction: SQLite connections have `foreign_keys=OFF` (set
   before BEGIN — a batch rebuild with them on would cascade into child tables) and
   `legacy_alter_table=ON` (so RENAME does not rewrite other tables' foreign keys),
   and BEGIN is ours, so even DDL stays inside (SQLAlchemy's pysqlite recipe). An
   unversioned legacy book is stamped `0001` inside this same transaction;
5. validate inside the transaction (`app.upgrade.steps`): `PRAGMA foreign_key_check`,
   the fingerprint re-computed over split lines equal to the one before, every
   transaction's lines adding up to its amount. The "before" fingerprint is read from
   the backup copy — page for page the book at that moment — by the backup's proof
   (fingerprint, sha256, manifest), which runs on the second core while the revisions
   run: so one comparison proves both the copy and the upgrade, and nothing commits
   before it holds. When it fails, the rolled-back book is compared with the copy to
   say which was wrong. Any failure rolls everything back;
6. commit (the owner profile and the run record are part of it), then `quick_check`
   the upgraded file; switch it to WAL for normal work; remove the marker.

A kill -9 at any moment leaves the old book (the transaction never committed: its
journal is rolled back by the next open) or the upgraded one (committed); the marker
tells the next `status`/`upgrade`/launch which to expect, and `app.upgrade.recovery` proves it:
old book with its old fingerprint (offer the upgrade again), upgraded book with the
same fingerprint (finish the checks), or neither (offer the restore of the backup).

PostgreSQL runs the same steps with an advisory lock, a portable snapshot as backup
and the server's transactional DDL; a dead client's transaction is rolled back by
the server, so no marker is needed there.

A caller that has already taken and shown a verified pre-upgrade backup (the
wizard's Backup page, `app.upgrade.prepared.prepare_backup`) passes it as `backup=`:
when the book's files are provably untouched since, step 3 uses it instead of copying
the book again, and proves it once more (checksum, quick_check, totals) on the second
core while the revisions run; otherwise the engine backs up as usual.

Progress: `progress(step, detail, done, total)` with steps a person can read
("Backing up", "Upgrading: copying lines", "Checking totals", ...), called on the
thread that called `upgrade_book`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

import app.monitor.metrics as metrics
from app import __version__, faults
from app.backup import (
    BackupError,
    BackupInfo,
    Progress,
    check_free_space,
    default_dir,
    read_backup,
    remove_stale_temporaries,
    start_backup,
)
from app.dates import now_iso
from app.errors import BookStateError, CuentasError
from app.i18n import QT_TR_NOOP, tr
from app.money import exponent
from app.store import db
from app.store.fingerprint import Fingerprint
from app.store.lock import BookLock
from app.store.marker import clear_marker, update_marker, write_marker
from app.store.schema import HEAD, LEGACY, revision_at_least
from app.upgrade.prepared import PreparedBackup, still_a_copy
from app.upgrade.recovery import RecoveryResult, recover
from app.upgrade.steps import (
    SummaryRow,
    ValidationFailed,
    append_log,
    book_labels,
    disk_full,
    ensure_owner,
    plain_reason,
    quick_check_file,
    record_failure_in_book,
    record_run,
    summary_rows,
    switch_to_wal,
    validate,
)

#: What the wizard and the command line use, all from here.
__all__ = [
    "PreparedBackup", "RecoveryResult", "SummaryRow", "UpgradeFailed", "UpgradeResult",
    "ValidationFailed", "recover", "refusal_message", "upgrade_book",
]

#: Readable names for the steps the revisions report.
REVISION_STEPS = {
    "copy lines": "copying lines",
    "index lines": "indexing lines",
    "drop old category column": "removing the old category column",
    "index category sums": "indexing category totals",
}
#: The progress steps those make ("Upgrading: copying lines", …), for the catalogue:
#: the command line prints `tr(step)`.
UPGRADING_STEPS = (QT_TR_NOOP("Upgrading: copying lines"),
                   QT_TR_NOOP("Upgrading: indexing lines"),
                   QT_TR_NOOP("Upgrading: removing the old category column"),
                   QT_TR_NOOP("Upgrading: indexing category totals"))
#: How much the book's own disk must have free, as a multiple of the book's size:
#: inside the transaction the upgrade writes split lines and a new transactions table
#: beside the old one (a 137 MB legacy book ends at about 300 MB), and the rollback
#: journal keeps the original of every page it reuses (up to the whole book).
GROWTH = 2.5


class UpgradeFailed(CuentasError):
    """The upgrade did not happen; the book is exactly as it was (or was restored).

    `backup` is the verified backup taken before (None when none could be made),
    `stage` where it failed (source text, like "backing up": show it through
    `app.i18n.tr`), `restored` whether the book had to be put back from the backup
    (rather than rolled back).
    """

    def __init__(self, message: str, *, stage: str, backup: Path | None,
                 restored: bool = False, cause: str = "") -> None:
        self.stage = stage
        self.backup = backup
        self.restored = restored
        self.cause = cause
        super().__init__(message)


@dataclass(frozen=True)
class UpgradeResult:
    """What the upgrade did. `outcome` is `upgraded` or `current` (nothing to do)."""

    location: str
    outcome: str
    from_revision: str | None
    to_revision: str
    unversioned: bool
    before: Fingerprint | None
    after: Fingerprint | None
    rows: tuple[SummaryRow, ...]
    notes: tuple[str, ...]
    backup: BackupInfo | None
    #: (step, seconds) in the order the steps ran.
    timings: tuple[tuple[str, float], ...]
    seconds: float
    currency: str
    exp: int
    message: str


class _Clock:
    """Reports steps to the caller's progress callback and times them."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.timings: list[tuple[str, float]] = []
        self._step = ""
        self._since = time.perf_counter()

    def __call__(self, step: str, detail: str = "", done: int = 0, total: int = 0) -> None:
        if step != self._step:
            self._close()
            self._step = step
        if self.progress is not None:
            self.progress(step, detail, done, total)

    def _close(self) -> None:
        now = time.perf_counter()
        if self._step:
            self.timings.append((self._step, now - self._since))
        self._since = now

    def finish(self) -> tuple[tuple[str, float], ...]:
        self._close()
        self._step = ""
        return tuple(self.timings)




# --- the engine ---------------------------------------------------------------------


@metrics.timed("upgrade")
def upgrade_book(
    location: str,
    backup_dir: Path | None = None,
    progress: Progress | None = None,
    *,
    backup: PreparedBackup | None = None,
) -> UpgradeResult:
    """Upgrade the book at `location` to HEAD, safely (see the module docstring).

    Returns an UpgradeResult (`upgraded` or `current`). Raises BookStateError for a
    book in a state that is refused (`ahead`, `corrupt`, `locked`, `new`,
    `interrupted`; nothing changed), BackupError when no verified backup could be
    made (nothing changed), UpgradeFailed when the upgrade failed (the book is as it
    was; the message says so in plain words and names the backup).

    `backup`: a verified pre-upgrade backup the caller took just before (see the
    module docstring); used only while the book's files are unchanged since.
    """
    from app.store.inspect import inspect_book
    from app.upgrade.recovery import settle_then_inspect

    started = time.perf_counter()
    clock = _Clock(progress)
    clock(QT_TR_NOOP("Checking the book"), db.display_name(location))
    state = settle_then_inspect(location, quick_check=False)
    if state.state == "current":
        return _already_current(location, state.revision, clock, started)
    if not state.needs_upgrade:
        raise BookStateError(state.state, refusal_message(state.state, state.message))
    if not state.writable:
        raise BookStateError("read-only", refusal_message("read-only", state.message))
    from app.store.identity import require_admin_at

    # only owners upgrade (DESIGN section 7)
    require_admin_at(location, QT_TR_NOOP("upgrade this book"))
    clock(QT_TR_NOOP("Locking the book"), db.display_name(location))
    with BookLock.acquire(location, "upgrade"):
        faults.point("upgrade.locked")
        # Someone may have upgraded it between our look and our lock.
        state = inspect_book(location, quick_check=False)
        if state.state == "current":
            return _already_current(location, state.revision, clock, started)
        if not state.needs_upgrade:
            raise BookStateError(state.state, refusal_message(state.state, state.message))
        unversioned = state.state == "unversioned-legacy"
        folder = Path(backup_dir).expanduser() if backup_dir is not None else default_dir(location)
        run = _Run(location, state.revision, unversioned, folder, clock, started)
        if backup is not None and still_a_copy(location, backup, state.revision, unversioned):
            run.prepared = backup.info
        if db.is_postgres(location):
            return run.postgres()
        return run.sqlite()


def refusal_message(state: str, message: str) -> str:
    """Why an upgrade is refused in this state, in the interface's language."""
    if state == "ahead":
        return tr("{message}. Nothing was changed.").format(message=message)
    if state == "corrupt":
        return tr("{message}. It will not be upgraded; restore a backup instead (cuentas "
                  "backups, cuentas restore). Nothing was changed.").format(message=message)
    if state == "locked":
        return tr("{message}. Nothing was changed; try again when it is closed.").format(
            message=message)
    if state == "read-only":
        return tr("the book's file or its folder is read-only for this user, so it cannot be "
                  "upgraded here; the book itself is fine and was not changed. Make the file "
                  "and its folder writable (or copy the book to a folder of yours) and "
                  "upgrade it there")
    if state == "new":
        return tr("there is no book here to upgrade")
    return message


def _already_current(location: str, revision: str | None, clock: _Clock,
                     started: float) -> UpgradeResult:
    return UpgradeResult(
        location=location, outcome="current", from_revision=revision, to_revision=HEAD,
        unversioned=False, before=None, after=None, rows=(), notes=(), backup=None,
        timings=clock.finish(), seconds=time.perf_counter() - started, currency="",
        exp=2, message=tr("The book is already at revision {head}; nothing to do.").format(
            head=HEAD))


class _Background:
    """Runs the backup's proof (`prove`) on another thread while the revisions run."""

    def __init__(self, prove: Callable[[], BackupInfo]) -> None:
        self.prove = prove
        self.info: BackupInfo | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="cuentas-backup-verify",
                                       daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.info = self.prove()
        except BaseException as exc:  # handed to the waiting thread
            self.error = exc

    def result(self) -> BackupInfo:
        self.thread.join()
        if self.error is not None:
            raise self.error
        assert self.info is not None
        return self.info


class _Run:
    """One upgrade under the lock: state shared by its steps."""

    def __init__(self, location: str, revision: str | None, unversioned: bool, folder: Path,
                 clock: _Clock, started: float) -> None:
        self.location = location
        self.from_revision = revision
        self.unversioned = unversioned
        self.folder = folder
        self.clock = clock
        self.started = started
        self.started_at = now_iso()
        self.notes: list[str] = []
        self.backup_path: Path | None = None
        self.before: Fingerprint | None = None
        self.stage = QT_TR_NOOP("preparing")
        #: A verified backup the caller took just before, proven to be of this book.
        self.prepared: BackupInfo | None = None
        #: What the upgrade needs free (bytes) and where, said when the disk fills up.
        self.space: tuple[int, Path] = (0, folder)

    # -- SQLite ----------------------------------------------------------------------

    def sqlite(self) -> UpgradeResult:
        path = Path(self.location).expanduser().resolve()
        size = path.stat().st_size
        self.clock(QT_TR_NOOP("Checking free space"), str(path.parent))
        needed = int(size * GROWTH)
        self.space = (needed, path.parent)
        try:
            same_disk = self.folder.exists() and (
                self.folder.stat().st_dev == path.parent.stat().st_dev)
        except OSError:
            same_disk = False
        if self.prepared is not None:
            return self._sqlite_with(self.prepared, path, needed)
        check_free_space(path.parent, needed + (size if same_disk else 0),
                         tr("the upgrade and its backup") if same_disk else tr("the upgrade"))
        try:
            marker = write_marker(self.location, "upgrade", "backing-up",
                                  from_revision=self.from_revision,
                                  unversioned=self.unversioned, backup_dir=str(self.folder),
                                  app_version=__version__)
        except OSError as exc:
            raise self._not_started(exc) from None
        self.stage = QT_TR_NOOP("backing up")
        try:
            pending = start_backup(self.location, "pre-upgrade", self.folder, self.clock,
                                   prove_later=True)
        except BaseException:
            clear_marker(self.location)
            raise
        self.backup_path = pending.final
        # The book's "before" fingerprint comes with the backup's proof (its manifest);
        # recovery reads it there if this process dies.
        try:
            update_marker(self.location, marker, "migrating", backup=str(pending.final))
            faults.point("upgrade.backed-up")
        except OSError as exc:
            pending.discard()
            clear_marker(self.location)
            raise self._not_started(exc) from None
        return self._upgrade_sqlite(path, marker, _Background(pending.finish),
                                    pending.final.name)

    def _sqlite_with(self, info: BackupInfo, path: Path, needed: int) -> UpgradeResult:
        """The upgrade with the caller's verified backup, re-proven meanwhile."""
        check_free_space(path.parent, needed, tr("the upgrade"))
        try:
            marker = write_marker(self.location, "upgrade", "migrating",
                                  from_revision=self.from_revision,
                                  unversioned=self.unversioned,
                                  backup_dir=str(info.path.parent), app_version=__version__,
                                  backup=str(info.path))
            self.backup_path = info.path
            faults.point("upgrade.backed-up")
        except OSError as exc:
            clear_marker(self.location)
            raise self._not_started(exc) from None
        from app.backup import verify_backup

        return self._upgrade_sqlite(path, marker, _Background(lambda: verify_backup(info.path)),
                                    info.path.name)

    def _upgrade_sqlite(self, path: Path, marker: dict[str, Any],
                        proof: _Background, backup_name: str) -> UpgradeResult:
        try:
            # Inside the try: a progress callback that stops here (the wizard's Stop, a
            # Ctrl+C) is a failure before the migration, which leaves no marker.
            self.clock(QT_TR_NOOP("Verifying the backup"), backup_name, 0, 1)
            result = self._migrate_sqlite(proof)
        except BaseException as exc:
            proof.thread.join()
            self._failed_sqlite(exc, proof)
            raise AssertionError("unreachable") from exc  # _failed_sqlite always raises
        faults.point("upgrade.committed")
        update_marker(self.location, marker, "checking")
        self.stage = QT_TR_NOOP("checking the upgraded file")
        self.clock(QT_TR_NOOP("Checking the upgraded file"), path.name)
        problems = quick_check_file(path)
        if problems:
            self._restore_after_commit(marker, proof.info, problems)
        faults.point("upgrade.checked")
        self.clock(QT_TR_NOOP("Finishing"), path.name)
        switch_to_wal(path)
        clear_marker(self.location)
        remove_stale_temporaries(self.folder)
        return self._result(result, proof.info)

    def _migrate_sqlite(self, proof: _Background) -> dict[str, Any]:
        engine = db.create_book_engine(self.location, for_migration=True, wal=False, pool=False)
        try:
            with engine.connect() as conn:
                _prepare_sqlite_connection(conn)
                conn.execution_options(sqlite_begin="EXCLUSIVE")
                return self._chain_and_commit(conn, proof)
        finally:
            engine.dispose()

    def _chain_and_commit(self, conn: Connection, proof: _Background | None) -> dict[str, Any]:
        """The whole chain in one transaction: committed only when it all held."""
        trans = conn.begin()
        try:
            out = self._chain(conn, proof)
            faults.point("upgrade.commit")
            self.stage = QT_TR_NOOP("saving")
            self.clock(QT_TR_NOOP("Saving the upgraded book"), "")
            trans.commit()
        except BaseException:
            trans.rollback()
            raise
        return out

    def _chain(self, conn: Connection, proof: _Background | None) -> dict[str, Any]:
        """Stamp, migrate, validate, record: everything inside the caller's transaction."""
        from app.store.schema import stamp, upgrade_schema

        self.stage = QT_TR_NOOP("upgrading")
        if self.unversioned:
            stamp(conn, LEGACY)
        upgrade_schema(conn, "head", progress=self._revision_progress, notes=self.notes)
        if proof is not None:
            self.stage = QT_TR_NOOP("verifying the backup")
            info = proof.result()
            self.before = info.fingerprint
            self.clock(QT_TR_NOOP("Backup verified"), str(info.path), 1, 1)
        faults.point("upgrade.validate")
        self.stage = QT_TR_NOOP("checking the upgraded book")
        if self.before is None:
            raise ValidationFailed(
                tr("the totals of the book before the upgrade could not be read"))
        after = validate(conn, self.before, self.clock)
        names = book_labels(conn)
        currency = str(conn.execute(text(
            "SELECT value FROM book_settings WHERE key = 'currency'")).scalar() or "MXN")
        self.notes.extend(ensure_owner(conn))
        record_run(conn, self._run_row("upgraded", after, "; ".join(self.notes)))
        return {"after": after, "labels": names, "currency": currency}

    def _revision_progress(self, step: str, revision: str, done: int, total: int) -> None:
        if step == "revision applied":
            faults.point(f"upgrade.applied.{revision}")
            self.clock(f"Upgrading: revision {revision} applied", f"revision {revision}", 1, 1)
            return
        faults.point(f"upgrade.migrate.{revision}.{step.replace(' ', '-')}")
        readable = REVISION_STEPS.get(step, step)
        self.clock(f"Upgrading: {readable}", f"revision {revision}", done, total)

    def _run_row(self, outcome: str, after: Fingerprint | None, message: str) -> dict[str, Any]:
        return {
            "from_revision": self.from_revision or "",
            "to_revision": HEAD if outcome == "upgraded" else (self.from_revision or ""),
            "started_at": self.started_at,
            "finished_at": now_iso(),
            "outcome": outcome,
            "backup_path": str(self.backup_path or ""),
            "app_version": __version__,
            "fingerprint_before": self.before.to_json() if self.before else "",
            "fingerprint_after": after.to_json() if after else "",
            "message": message[:2000],
        }

    def _failed_sqlite(self, exc: BaseException, proof: _Background | None) -> None:
        """The transaction was rolled back: prove the book is as it was, say so, raise.

        The marker stays when the book cannot be proven unchanged, so the next launch
        settles it (see `recover`)."""
        backup = proof.info.path if proof is not None and proof.info is not None else None
        intact = _book_unchanged(self.location, self.from_revision, self.unversioned)
        if intact:
            clear_marker(self.location)
        reason = self._disk_full() if disk_full(exc) else plain_reason(exc)
        self._log_failure(reason)
        if isinstance(exc, KeyboardInterrupt):
            raise exc
        if not intact:  # pragma: no cover - a rollback that did not roll back
            raise UpgradeFailed(
                tr("The upgrade failed while {stage} ({reason}), and the book could not be "
                   "proven unchanged: restore it from {backup} (cuentas restore).").format(
                       stage=tr(self.stage), reason=reason,
                       backup=backup or tr("the latest backup")),
                stage=self.stage, backup=backup, cause=reason) from exc
        # The upgraded book disagreed with the backup: which one is wrong?
        if (isinstance(exc, ValidationFailed) and exc.totals and backup is not None
                and not _backup_matches_book(self.location, backup)):
            _drop_backup(backup)
            raise BackupError(
                tr("The upgrade was stopped because its backup copy does not hold the same "
                   "totals as the book ({reason}); the copy was removed. Your book was not "
                   "changed.").format(reason=reason), path=backup) from exc
        if isinstance(exc, BackupError):
            raise BackupError(
                tr("The upgrade was stopped because its backup could not be verified "
                   "({reason}). Your book was not changed.").format(
                       reason=reason), path=exc.path) from exc
        where = (tr("A verified backup taken just before is at {path}.").format(path=backup)
                 if backup else tr("No backup was kept."))
        raise UpgradeFailed(
            tr("The upgrade failed while {stage}: {reason}. Everything was rolled back: "
               "your book is exactly as it was.").format(stage=tr(self.stage), reason=reason)
            + " " + where,
            stage=self.stage, backup=backup, cause=reason) from exc

    def _disk_full(self) -> str:
        needed, where = self.space
        return tr("the disk is full (about {size} MB needed in {where})").format(
            size=f"{max(needed / 1e6, 0.1):,.1f}", where=where)

    def _not_started(self, exc: OSError) -> UpgradeFailed:
        """The marker beside the book could not be written: nothing was done."""
        reason = self._disk_full() if disk_full(exc) else plain_reason(exc)
        self._log_failure(reason)
        return UpgradeFailed(
            tr("The upgrade could not start: {reason}. Nothing was changed: your book is "
               "exactly as it was.").format(
                   reason=reason), stage=self.stage, backup=None, cause=reason)

    def _restore_after_commit(self, marker: dict[str, Any], info: BackupInfo | None,
                              problems: list[str]) -> None:
        """The committed book fails quick_check: put the verified backup back."""
        from app.backup.restore import BookInUse, check_restored, swap_in

        assert info is not None
        update_marker(self.location, marker, "restoring", keep_aside=True)
        marker["operation"] = "restore"
        reason = tr("the upgraded file failed its integrity check: {problems}").format(
            problems="; ".join(problems[:2]))
        try:
            swap_in(self.location, info, marker, keep_aside=True)
        except BookInUse as exc:
            # Windows: a program opened the book meanwhile. The marker stays (a restore
            # of the verified backup, not yet done): the next start finishes it.
            self._log_failure(reason)
            raise UpgradeFailed(
                tr("The upgrade was saved but {reason}, and the verified backup {path} "
                   "could not be put back because {why}. Close that program: the next "
                   "time Cuentas opens the book it puts the backup back.").format(
                       reason=reason, path=info.path, why=str(exc)),
                stage=QT_TR_NOOP("checking the upgraded file"), backup=info.path,
                cause=reason) from None
        check_restored(self.location, info)
        clear_marker(self.location)
        self._log_failure(reason)
        raise UpgradeFailed(
            tr("The upgrade was saved but {reason}. The book was restored from the "
               "verified backup {path}, so it is exactly as it was before the upgrade.").format(
                   reason=reason, path=info.path),
            stage=QT_TR_NOOP("checking the upgraded file"), backup=info.path, restored=True,
            cause=reason)

    def _log_failure(self, reason: str) -> None:
        row = self._run_row("failed", None, reason)
        row["book"] = db.display_name(self.location)
        append_log(row)
        if revision_at_least(self.from_revision, "0003"):  # the book has upgrade_runs
            record_failure_in_book(self.location, row)

    def _result(self, out: dict[str, Any], info: BackupInfo | None) -> UpgradeResult:
        after: Fingerprint = out["after"]
        assert self.before is not None
        timings = self.clock.finish()
        return UpgradeResult(
            location=self.location, outcome="upgraded", from_revision=self.from_revision,
            to_revision=HEAD, unversioned=self.unversioned, before=self.before, after=after,
            rows=tuple(summary_rows(self.before, after, out["labels"])),
            notes=tuple(self.notes), backup=info, timings=timings,
            seconds=time.perf_counter() - self.started, currency=out["currency"],
            exp=exponent(out["currency"]),
            message=tr("The book was upgraded from revision {old} to {new}; every total is "
                       "the same as before.").format(old=self.from_revision, new=HEAD))

    # -- PostgreSQL ------------------------------------------------------------------

    def postgres(self) -> UpgradeResult:
        self.stage = QT_TR_NOOP("backing up")
        pending = start_backup(self.location, "pre-upgrade", self.folder, self.clock)
        info = pending.finish(self.clock)
        self.backup_path = info.path
        self.before = info.fingerprint
        engine = db.create_book_engine(self.location, for_migration=True, pool=False)
        try:
            with engine.connect() as conn:
                out = self._chain_and_commit(conn, None)
        except BaseException as exc:
            reason = plain_reason(exc)
            self._log_failure(reason)
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise UpgradeFailed(
                tr("The upgrade failed while {stage}: {reason}. Everything was rolled "
                   "back: your book is exactly as it was.").format(
                       stage=tr(self.stage), reason=reason) + " " + tr(
                    "A verified backup taken just before is at {path}.").format(
                        path=info.path),
                stage=self.stage, backup=info.path, cause=reason) from exc
        finally:
            engine.dispose()
        return self._result(out, info)


def _prepare_sqlite_connection(conn: Connection) -> None:
    """Pragmas that must be set outside a transaction, and the guard for the traps.

    The guard refuses to migrate with foreign keys on: a batch rebuild would then
    delete (or cascade-delete) the rows that point at the rebuilt table.
    """
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    mode = str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if mode == "wal":
        # One rollback journal for the whole upgrade: the new pages are written once,
        # not to the WAL and again at the checkpoint.
        raw.execute("PRAGMA journal_mode = DELETE")
    fk = raw.execute("PRAGMA foreign_keys").fetchone()[0]
    legacy = raw.execute("PRAGMA legacy_alter_table").fetchone()[0]
    if fk != 0 or legacy != 1:
        raise RuntimeError("the upgrade connection must have foreign_keys=OFF and "
                           "legacy_alter_table=ON before BEGIN (DESIGN.md section 4)")


def _backup_matches_book(location: str, backup: Path) -> bool:
    """After a rollback: does the book (as it was) hold the backup's totals?"""
    from app.store.fingerprint import compute

    recorded = read_backup(backup).fingerprint
    conn = db.readonly_sqlite(Path(location).expanduser())
    try:
        return recorded is not None and not recorded.differences(compute(conn))
    finally:
        conn.close()


def _drop_backup(backup: Path) -> None:
    backup.unlink(missing_ok=True)
    backup.with_name(backup.name + ".json").unlink(missing_ok=True)


def _book_unchanged(location: str, revision: str | None, unversioned: bool) -> bool:
    """After a rollback: the book still reads as the revision it was."""
    from app.store.inspect import inspect_postgres, inspect_sqlite

    if db.is_postgres(location):
        return inspect_postgres(location).revision == revision
    state = inspect_sqlite(Path(location).expanduser(), quick_check=False)
    expected = "unversioned-legacy" if unversioned else "behind"
    return state.state == expected and state.revision == revision
