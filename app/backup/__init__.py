"""Verified backups of a book: taking, proving, listing and pruning them.

A backup is only worth something if it can be restored, so every backup is proven
before it is kept (DESIGN.md section 5):

1. the folder is checked (writable, enough free space) before anything is written;
2. a SQLite book is copied with SQLite's online backup API inside one read
   transaction — never a plain file copy, which misses what a WAL book still holds in
   its `-wal` file — into a temporary name in the backup folder, owner-only (0600);
   a PostgreSQL book becomes a *portable snapshot*: its rows copied into a SQLite file
   with the same schema (`app.backup.snapshot`), so restoring needs no server tools;
3. the copy is set to `journal_mode=DELETE` (a single self-contained file), synced,
   `quick_check`ed, and its fingerprint (transaction count, account balances,
   category totals) must equal the book's, taken in the same read transaction;
4. only then is it renamed into place (atomic) beside a JSON manifest: sha256, size,
   revision, application version, fingerprint, reason, time, source book.

If anything fails the temporary file is removed and `BackupError` says why in plain
words; the book and the backups already there are never touched.

Backups live in one folder per book under `app.paths.backups_dir()` unless the caller
names another. Retention (`prune_backups`) keeps every `pre-upgrade`, `pre-restore`
and `manual` backup and the newest N `scheduled` and `on-close` ones.

Threading: every function opens its own connections and may run on a worker thread;
`progress(step, detail, done, total)` is called on the calling thread.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import __version__, faults
from app.backup.catalog import (
    BackupInfo,
    LatestChoice,
    check_backup,
    choose_latest,
    info_from_manifest,
    list_backups,
    manifest_path,
    prune_backups,
    read_backup,
    verify_backup,
)
from app.dates import now_iso
from app.errors import BadInput, BookStateError
from app.i18n import QT_TR_NOOP, tr
from app.monitor.metrics import timed
from app.store import db
from app.store.files import (
    DEFAULT_KEEP_ON_CLOSE,
    DEFAULT_KEEP_SCHEDULED,
    REASONS,
    SUFFIX,
    BackupError,
    Progress,
    book_label,
    check_folder_argument,
    check_free_space,
    default_dir,
    fsync_dir,
    fsync_file,
    plain_os_error,
    prepare_folder,
    quick_check,
    remove_stale_temporaries,
    report,
    sha256_file,
    sqlite_revision,
    write_json_atomic,
)
from app.store.fingerprint import Fingerprint, compute
from app.store.outfiles import BINARY, replace_file

#: The public face of backups; the desktop app and the command line import from here.
__all__ = [
    "DEFAULT_KEEP_ON_CLOSE", "DEFAULT_KEEP_SCHEDULED", "REASONS", "BackupError", "BackupInfo",
    "LatestChoice", "PendingBackup", "Progress", "backup_book", "check_backup",
    "check_folder_argument", "check_free_space", "choose_latest", "default_dir", "fsync_dir",
    "fsync_file", "list_backups", "manifest_path",
    "prune_backups", "quick_check", "read_backup", "remove_stale_temporaries", "sha256_file",
    "sqlite_revision", "start_backup", "verify_backup", "write_json_atomic",
]

MANIFEST_FORMAT = 1
#: Pages copied per online-backup step (16 MB at 4 KiB pages): progress granularity.
STEP_PAGES = 4096


def _book_size(location: str) -> int:
    if db.is_postgres(location):
        from app.backup.snapshot import postgres_size

        return postgres_size(location)
    path = Path(location).expanduser()
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    return size + (wal.stat().st_size if wal.exists() else 0)


def _backup_name(folder: Path, location: str, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"{book_label(location)}-{stamp}-{reason}"
    candidate = folder / f"{base}{SUFFIX}"
    n = 2
    while candidate.exists() or manifest_path(candidate).exists():
        candidate = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return candidate


def _temp_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}.tmp")


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _fingerprint_or_none(conn: sqlite3.Connection) -> Fingerprint | None:
    """The fingerprint, or None for a file whose schema this Cuentas does not know."""
    try:
        return compute(conn)
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise
        return None


@dataclass
class PendingBackup:
    """A copy written and quick-checked, not yet proven equal to the book nor kept.

    The upgrade engine calls `finish()` on a worker thread while the upgrade runs:
    the upgrade is only committed once `finish()` has succeeded, so "no verified
    backup, no upgrade" still holds, without making the user wait for it twice.
    """

    location: str
    reason: str
    tmp: Path
    final: Path
    revision: str | None
    unversioned: bool
    source_fingerprint: Fingerprint | None
    source_kind: str

    def finish(self, progress: Progress | None = None) -> BackupInfo:
        """Prove the copy (fingerprint, checksum), sync it and move it into place.

        The manifest records the copy's own fingerprint (equal to the book's when the
        book's was read with it; otherwise the caller compares it, see `prove_later`).
        """
        try:
            report(progress, QT_TR_NOOP("Verifying the backup"), self.final.name, 0, 2)
            conn = sqlite3.connect(db.sqlite_uri(self.tmp), uri=True, isolation_level=None)
            try:
                copy_fp = _fingerprint_or_none(conn)
            finally:
                conn.close()
            if self.source_fingerprint is not None:
                diffs = self.source_fingerprint.differences(copy_fp) if copy_fp else [
                    tr("the copy has no readable totals")]
                if diffs:
                    raise BackupError(tr(
                        "the backup copy does not hold the same totals as the book "
                        "({differences}); it was not kept").format(
                            differences="; ".join(diffs[:3])), path=self.tmp)
            report(progress, QT_TR_NOOP("Verifying the backup"), self.final.name, 1, 2)
            fsync_file(self.tmp)
            digest = sha256_file(self.tmp)
            size = self.tmp.stat().st_size
            manifest = {
                "format": MANIFEST_FORMAT,
                "file": self.final.name,
                "sha256": digest,
                "size": size,
                "revision": self.revision,
                "unversioned": self.unversioned,
                "app_version": __version__,
                "fingerprint": json.loads(copy_fp.to_json()) if copy_fp else None,
                "reason": self.reason,
                "created": now_iso(),
                "source": db.display_name(self.location),
                "source_kind": self.source_kind,
                "verified": True,
                "checks": ["quick_check", "fingerprint", "sha256"],
            }
            replace_file(self.tmp, self.final)  # os.rename refuses an existing target on Windows
            faults.point("backup.renamed")
            write_json_atomic(manifest_path(self.final), manifest)
            report(progress, QT_TR_NOOP("Verifying the backup"), self.final.name, 2, 2)
            return info_from_manifest(self.final, manifest)
        except BackupError:
            self.discard()
            raise
        except OSError as exc:
            self.discard()
            raise BackupError(
                tr("the backup could not be written to {folder} ({why}); nothing was "
                   "changed").format(folder=self.final.parent, why=plain_os_error(exc)),
                path=self.final) from None
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        _remove_sqlite(self.tmp)
        if self.final.exists() and not manifest_path(self.final).exists():
            self.final.unlink(missing_ok=True)


def start_backup(
    location: str,
    reason: str,
    dest_dir: Path | None = None,
    progress: Progress | None = None,
    *,
    prove_later: bool = False,
) -> PendingBackup:
    """Copy the book into a temporary file of the backup folder and quick_check it.

    Normally the book's fingerprint is read in the same read transaction as the copy,
    so both describe one moment even while the app keeps writing, and `finish()`
    compares them. `prove_later` is for the upgrade engine, which holds the book's
    lock (nobody writes) and proves the copy against the book itself: the copy's
    fingerprint must equal the upgraded book's before anything is committed, which
    proves the copy and the upgrade at once and spares a whole read of the book.
    Raises BackupError (folder, space, disk) or BookStateError (`corrupt`).
    """
    if reason not in REASONS:
        raise BadInput("reason", reason, tr("is not one of {items}").format(
            items=', '.join(REASONS)))
    folder = prepare_folder(dest_dir if dest_dir is not None else default_dir(location))
    if not db.is_postgres(location) and not Path(location).expanduser().exists():
        raise BookStateError("new", tr("there is no book at {location} to back up").format(
            location=location))
    check_free_space(folder, int(_book_size(location) * 1.05) + 1_000_000, tr("the backup"))
    final = _backup_name(folder, location, reason)
    tmp = _temp_name(final)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY, 0o600)
        os.close(fd)
        fp: Fingerprint | None
        if db.is_postgres(location):
            from app.backup.snapshot import snapshot_postgres

            revision, unversioned, fp = snapshot_postgres(location, tmp, progress)
            kind = "postgresql"
            faults.point("backup.copied", path=tmp)
            problems = _quick_check_path(tmp)
        else:
            revision, unversioned, fp = _copy_sqlite(Path(location).expanduser(), tmp, progress,
                                                     fingerprint=not prove_later)
            kind = "sqlite"
            faults.point("backup.copied", path=tmp)
            problems = _quick_check_path(tmp)
        if problems:
            _damaged(location, folder, problems)
    except BookStateError:
        _remove_sqlite(tmp)
        raise
    except sqlite3.DatabaseError as exc:
        _remove_sqlite(tmp)
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise BookStateError("corrupt", tr("the book's file is damaged ({exc}); "
                                               "nothing was changed").format(exc=exc)) from None
        raise BackupError(tr("the backup could not be made: {exc}; nothing was changed").format(
            exc=exc),
                          path=tmp) from None
    except OSError as exc:
        _remove_sqlite(tmp)
        if exc.errno == errno.ENOSPC:
            text = tr("the backup could not be written to {folder}: the disk is full (about "
                      "{size} MB needed); the book and the older backups are untouched")
        else:
            text = tr("the backup could not be written to {folder} ({why}); the book and the "
                      "older backups are untouched")
        raise BackupError(text.format(
            folder=folder, why=plain_os_error(exc),
            size=f"{max(_book_size(location) / 1e6, 0.1):,.1f}"), path=folder) from None
    except BaseException:
        _remove_sqlite(tmp)
        raise
    return PendingBackup(location, reason, tmp, final, revision, unversioned, fp, kind)


def _damaged(location: str, folder: Path, problems: list[str]) -> None:
    """The copy fails quick_check: is the book damaged, or was the copy written badly?"""
    if not db.is_postgres(location):
        conn = db.readonly_sqlite(Path(location).expanduser())
        try:
            source_problems = quick_check(conn)
        finally:
            conn.close()
        if not source_problems:
            raise BackupError(
                tr("the backup copy failed its integrity check although the book passes it "
                   "({items}): the disk of {folder} may be failing. The copy was not kept; "
                   "the book and the older backups are untouched").format(
                       items='; '.join(problems[:2]), folder=folder), path=folder)
        problems = source_problems
    raise BookStateError("corrupt", tr(
        "the book's file is damaged ({problems}), so its backup fails its integrity check; "
        "it was not kept and nothing was changed").format(problems="; ".join(problems[:3])))


def _quick_check_path(path: Path) -> list[str]:
    conn = sqlite3.connect(db.sqlite_uri(path), uri=True, isolation_level=None)
    try:
        return quick_check(conn)
    finally:
        conn.close()


def _copy_sqlite(
    source: Path, tmp: Path, progress: Progress | None, *, fingerprint: bool
) -> tuple[str | None, bool, Fingerprint | None]:
    """Online backup of `source` into `tmp`, and (`fingerprint`) its totals, in one
    read transaction: both describe the same moment even if the app keeps writing."""
    label = source.name
    src = db.readonly_sqlite(source)
    dst = sqlite3.connect(tmp, isolation_level=None)
    try:
        src.execute("BEGIN")
        revision, unversioned = sqlite_revision(src)
        total = int(src.execute("PRAGMA page_count").fetchone()[0])
        report(progress, QT_TR_NOOP("Backing up"), label, 0, total)

        def step(_status: int, remaining: int, pages: int) -> None:
            faults.point("backup.copy")
            report(progress, QT_TR_NOOP("Backing up"), label, pages - remaining, pages)

        fp = _fingerprint_or_none(src) if fingerprint else None
        src.backup(dst, pages=STEP_PAGES, progress=step)
        src.execute("COMMIT")
        # One self-contained file, whatever mode the book was in.
        dst.execute("PRAGMA journal_mode = DELETE")
        report(progress, QT_TR_NOOP("Backing up"), label, total, total)
        return revision, unversioned, fp
    finally:
        dst.close()
        src.close()


@timed("backup")
def backup_book(
    location: str,
    reason: str,
    dest_dir: Path | None = None,
    progress: Progress | None = None,
    *,
    keep_scheduled: int = DEFAULT_KEEP_SCHEDULED,
    keep_on_close: int = DEFAULT_KEEP_ON_CLOSE,
) -> BackupInfo:
    """Take a verified backup of the book now; prune old automatic ones afterwards.

    Safe while the desktop app has the book open (the copy is one consistent moment).
    """
    pending = start_backup(location, reason, dest_dir, progress)
    info = pending.finish(progress)
    if reason in ("scheduled", "on-close"):
        prune_backups(info.path.parent, keep_scheduled=keep_scheduled,
                      keep_on_close=keep_on_close)
    return info
