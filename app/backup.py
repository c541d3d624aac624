"""Verified backups of a book: taking, proving, listing and pruning them.

A backup is only worth something if it can be restored, so every backup is proven
before it is kept (DESIGN.md section 5):

1. the folder is checked (writable, enough free space) before anything is written;
2. a SQLite book is copied with SQLite's online backup API inside one read
   transaction — never a plain file copy, which misses what a WAL book still holds in
   its `-wal` file — into a temporary name in the backup folder, owner-only (0600);
   a PostgreSQL book becomes a *portable snapshot*: its rows copied into a SQLite file
   with the same schema (`app.snapshot`), so restoring needs no server tools;
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

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__, db, faults, paths
from app.errors import BadInput, BookStateError, CuentasError
from app.fingerprint import Fingerprint, compute

REASONS = ("pre-upgrade", "pre-restore", "manual", "scheduled", "on-close")
#: Automatic backups kept per book; the settings panel may pass other numbers.
DEFAULT_KEEP_SCHEDULED = 14
DEFAULT_KEEP_ON_CLOSE = 7
SUFFIX = ".cuentas"
MANIFEST_SUFFIX = ".json"
MANIFEST_FORMAT = 1
#: Pages copied per online-backup step (16 MB at 4 KiB pages): progress granularity.
STEP_PAGES = 4096

#: progress(step, detail, done, total)
Progress = Callable[[str, str, int, int], None]


class BackupError(CuentasError):
    """A backup could not be made, verified or used; nothing else was changed."""

    def __init__(self, message: str, *, path: Path | None = None, short: str = "") -> None:
        self.path = path
        #: The reason alone ("cannot be written (permission denied)"), for BadInput.
        self.short = short or message
        super().__init__(message)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what its manifest says about it.

    `verified` is True when the manifest says the copy was proven at creation and the
    file still has the recorded size; `verify_backup` re-proves it completely.
    """

    path: Path
    reason: str
    created: str
    revision: str | None
    unversioned: bool
    size: int
    sha256: str
    app_version: str
    source: str
    source_kind: str
    fingerprint: Fingerprint | None
    verified: bool
    problem: str = ""

    @property
    def manifest_path(self) -> Path:
        return manifest_path(self.path)

    @property
    def created_local(self) -> str:
        """Creation time in this computer's time zone, for people."""
        try:
            when = datetime.strptime(self.created[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
        except ValueError:
            return self.created
        return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _report(progress: Progress | None, step: str, detail: str, done: int, total: int) -> None:
    if progress is not None:
        progress(step, detail, done, total)


# --- folders ------------------------------------------------------------------------


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("._")[:40] or "book"


def book_label(location: str) -> str:
    """A short file-name-safe name for the book (its file stem or database name)."""
    if db.is_postgres(location):
        from sqlalchemy.engine import make_url

        return _safe(make_url(db.sqlalchemy_url(location)).database or "book")
    return _safe(Path(location).expanduser().stem)


def default_dir(location: str) -> Path:
    """The book's own folder under the user's backups folder (one per book)."""
    key = (db.display_name(location) if db.is_postgres(location)
           else str(Path(location).expanduser().resolve()))
    digest = hashlib.sha256(key.encode()).hexdigest()[:8]
    return paths.backups_dir() / f"{book_label(location)}-{digest}"


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive a power cut."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Temporary file, fsync, rename, fsync the folder: never half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def prepare_folder(folder: Path) -> Path:
    """Create the backup folder (0700) if needed and prove it can be written.

    Raises BackupError in plain words otherwise. Tests run as root, where permissions
    cannot be simulated with chmod: the `backup.folder` fault point stands in.
    """
    folder = folder.expanduser()
    if folder.exists() and not folder.is_dir():
        raise BackupError(f"the backup folder {folder} is a file, not a folder", path=folder,
                          short="is a file, not a folder")
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
            os.chmod(folder, 0o700)
        faults.point("backup.folder")
        probe = folder / f".probe-{os.getpid()}-{threading.get_ident()}.tmp"
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        probe.unlink()
    except OSError as exc:
        why = f"cannot be written ({_plain_os_error(exc)})"
        raise BackupError(
            f"the backup folder {folder} {why}; choose another folder or fix its "
            "permissions", path=folder, short=why) from None
    return folder


def check_folder_argument(field: str, value: str) -> Path:
    """A folder named on the command line, checked before anything is done (BadInput)."""
    try:
        return prepare_folder(Path(value))
    except BackupError as exc:
        raise BadInput(field, value, exc.short) from None


def _plain_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    return exc.strerror or str(exc)


def _book_size(location: str) -> int:
    if db.is_postgres(location):
        from app.snapshot import postgres_size

        return postgres_size(location)
    path = Path(location).expanduser()
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    return size + (wal.stat().st_size if wal.exists() else 0)


def check_free_space(folder: Path, needed: int, what: str) -> None:
    """Refuse before writing when `folder`'s disk cannot hold `needed` bytes."""
    try:
        faults.point("backup.space")
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            free = 0
        else:
            raise BackupError(f"cannot tell the free space in {folder}: "
                              f"{_plain_os_error(exc)}", path=folder) from None
    if free < needed:
        raise BackupError(
            f"not enough free space in {folder} for {what}: it needs {_mb(needed)}, "
            f"the disk has {_mb(free)} free", path=folder)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB" if n >= 100_000 else f"{n / 1000:,.1f} kB"


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


# --- reading books ------------------------------------------------------------------


def sqlite_revision(conn: sqlite3.Connection) -> tuple[str | None, bool]:
    """(revision, unversioned): a legacy book without `alembic_version` is (0001, True)."""
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if has is None:
        return "0001", True
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return (str(row[0]) if row else None), False


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """The problems `PRAGMA quick_check` finds (empty when the file is sound)."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _fingerprint_or_none(conn: sqlite3.Connection) -> Fingerprint | None:
    """The fingerprint, or None for a file whose schema this Cuentas does not know."""
    try:
        return compute(conn)
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise
        return None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- taking a backup ----------------------------------------------------------------


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
        """Prove the copy (fingerprint, checksum), sync it and move it into place."""
        try:
            _report(progress, "Verifying the backup", self.final.name, 0, 2)
            conn = sqlite3.connect(f"file:{self.tmp}?mode=ro", uri=True, isolation_level=None)
            try:
                copy_fp = _fingerprint_or_none(conn)
            finally:
                conn.close()
            if self.source_fingerprint is not None:
                diffs = self.source_fingerprint.differences(copy_fp) if copy_fp else [
                    "the copy has no readable totals"]
                if diffs:
                    raise BackupError(
                        "the backup copy does not hold the same totals as the book ("
                        + "; ".join(diffs[:3]) + "); it was not kept", path=self.tmp)
            _report(progress, "Verifying the backup", self.final.name, 1, 2)
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
                "fingerprint": (json.loads(self.source_fingerprint.to_json())
                                if self.source_fingerprint else None),
                "reason": self.reason,
                "created": _now_iso(),
                "source": db.display_name(self.location),
                "source_kind": self.source_kind,
                "verified": True,
                "checks": ["quick_check", "fingerprint", "sha256"],
            }
            os.rename(self.tmp, self.final)
            faults.point("backup.renamed")
            write_json_atomic(manifest_path(self.final), manifest)
            _report(progress, "Verifying the backup", self.final.name, 2, 2)
            return _info_from_manifest(self.final, manifest)
        except BackupError:
            self.discard()
            raise
        except OSError as exc:
            self.discard()
            raise BackupError(
                f"the backup could not be written to {self.final.parent} "
                f"({_plain_os_error(exc)}); nothing was changed", path=self.final) from None
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
    exclusive: bool = False,
) -> PendingBackup:
    """Copy the book into a temporary file of the backup folder and quick_check it.

    `exclusive` says the caller holds the book's lock, so nobody writes meanwhile: the
    book's fingerprint is then read on a second connection at the same time as the
    copy is made (two cores, half the wait). Without it both come from one read
    transaction, so they describe the same moment even while the app keeps writing.
    Raises BackupError (folder, space, disk) or BookStateError (`corrupt`).
    """
    if reason not in REASONS:
        raise BadInput("reason", reason, f"is not one of {', '.join(REASONS)}")
    folder = prepare_folder(dest_dir if dest_dir is not None else default_dir(location))
    if not db.is_postgres(location) and not Path(location).expanduser().exists():
        raise BookStateError("new", f"there is no book at {location} to back up")
    check_free_space(folder, int(_book_size(location) * 1.05) + 1_000_000, "the backup")
    final = _backup_name(folder, location, reason)
    tmp = _temp_name(final)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        fp: Fingerprint | None
        if db.is_postgres(location):
            from app.snapshot import snapshot_postgres

            revision, unversioned, fp = snapshot_postgres(location, tmp, progress)
            kind = "postgresql"
            faults.point("backup.copied", path=tmp)
            problems = _quick_check_path(tmp)
        else:
            source = Path(location).expanduser()
            # With the lock held nobody writes: a second connection reads the book's
            # totals while this one copies and checks the copy.
            worker = _FingerprintWorker(source) if exclusive else None
            try:
                revision, unversioned, fp = _copy_sqlite(source, tmp, progress,
                                                         fingerprint=worker is None)
                faults.point("backup.copied", path=tmp)
                problems = _quick_check_path(tmp)
            finally:
                if worker is not None:
                    worker.thread.join()
            if worker is not None and not problems:
                fp = worker.result()
            kind = "sqlite"
        if problems:
            _damaged(location, folder, problems)
    except BookStateError:
        _remove_sqlite(tmp)
        raise
    except sqlite3.DatabaseError as exc:
        _remove_sqlite(tmp)
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise BookStateError("corrupt", f"the book's file is damaged ({exc}); "
                                 "nothing was changed") from None
        raise BackupError(f"the backup could not be made: {exc}; nothing was changed",
                          path=tmp) from None
    except OSError as exc:
        _remove_sqlite(tmp)
        raise BackupError(
            f"the backup could not be written to {folder} ({_plain_os_error(exc)}); "
            "the book and the older backups are untouched", path=folder) from None
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
                f"the backup copy failed its integrity check although the book passes it "
                f"({'; '.join(problems[:2])}): the disk of {folder} may be failing. The copy "
                "was not kept; the book and the older backups are untouched", path=folder)
        problems = source_problems
    raise BookStateError(
        "corrupt", "the book's file is damaged (" + "; ".join(problems[:3]) + "), so its "
        "backup fails its integrity check; it was not kept and nothing was changed")


def _quick_check_path(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
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
        _report(progress, "Backing up", label, 0, total)

        def step(_status: int, remaining: int, pages: int) -> None:
            faults.point("backup.copy")
            _report(progress, "Backing up", label, pages - remaining, pages)

        fp = _fingerprint_or_none(src) if fingerprint else None
        src.backup(dst, pages=STEP_PAGES, progress=step)
        src.execute("COMMIT")
        # One self-contained file, whatever mode the book was in.
        dst.execute("PRAGMA journal_mode = DELETE")
        _report(progress, "Backing up", label, total, total)
        return revision, unversioned, fp
    finally:
        dst.close()
        src.close()


class _FingerprintWorker:
    """The book's fingerprint, read on another thread (and core) meanwhile."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.fingerprint: Fingerprint | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="cuentas-backup-fingerprint",
                                       daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            conn = db.readonly_sqlite(self.source)
            try:
                conn.execute("BEGIN")
                self.fingerprint = _fingerprint_or_none(conn)
                conn.execute("COMMIT")
            finally:
                conn.close()
        except BaseException as exc:  # handed to the thread that waits for it
            self.error = exc

    def result(self) -> Fingerprint | None:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.fingerprint


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


# --- reading, listing, proving ------------------------------------------------------


def _info_from_manifest(path: Path, data: dict[str, Any]) -> BackupInfo:
    fp_raw = data.get("fingerprint")
    size = int(data.get("size", -1))
    try:
        actual = path.stat().st_size
    except OSError:
        actual = -1
    problem = ""
    if not data.get("verified"):
        problem = "the manifest does not say the backup was verified"
    elif actual != size:
        problem = "the file's size differs from its manifest" if actual >= 0 else "missing"
    return BackupInfo(
        path=path,
        reason=str(data.get("reason", "unknown")),
        created=str(data.get("created", "")),
        revision=data.get("revision"),
        unversioned=bool(data.get("unversioned", False)),
        size=actual if actual >= 0 else size,
        sha256=str(data.get("sha256", "")),
        app_version=str(data.get("app_version", "")),
        source=str(data.get("source", "")),
        source_kind=str(data.get("source_kind", "sqlite")),
        fingerprint=Fingerprint.from_json(fp_raw) if fp_raw else None,
        verified=not problem,
        problem=problem,
    )


def read_backup(path: Path) -> BackupInfo:
    """What a backup file's manifest says (cheap: no checksum is computed)."""
    path = Path(path).expanduser()
    try:
        data = json.loads(manifest_path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except (OSError, ValueError):
        stat_size = path.stat().st_size if path.exists() else 0
        when = (datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime(
            "%Y-%m-%dT%H:%M:%S.%fZ") if path.exists() else "")
        return BackupInfo(path, "unknown", when, None, False, stat_size, "", "", "", "sqlite",
                          None, False, "it has no manifest beside it")
    return _info_from_manifest(path, data)


def verify_backup(backup: BackupInfo | Path, progress: Progress | None = None) -> BackupInfo:
    """Prove a backup completely: checksum, size, quick_check, fingerprint.

    Returns the (re-read) BackupInfo, or raises BackupError saying what is wrong.
    """
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup).expanduser()
    if not path.is_file():
        raise BackupError(f"the backup {path} does not exist", path=path)
    info = read_backup(path)
    if info.problem:
        raise BackupError(f"the backup {path} cannot be trusted: {info.problem}", path=path)
    _report(progress, "Checking the backup", path.name, 0, 3)
    if sha256_file(path) != info.sha256:
        raise BackupError(f"the backup {path} is damaged: its checksum differs from its "
                          "manifest", path=path)
    _report(progress, "Checking the backup", path.name, 1, 3)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        problems = quick_check(conn)
        if problems:
            raise BackupError(f"the backup {path} is damaged: " + "; ".join(problems[:3]),
                              path=path)
        _report(progress, "Checking the backup", path.name, 2, 3)
        if info.fingerprint is not None:
            try:
                found = compute(conn)
            except sqlite3.DatabaseError as exc:
                raise BackupError(f"the backup {path} is damaged: {exc}", path=path) from None
            diffs = info.fingerprint.differences(found)
            if diffs:
                raise BackupError(f"the backup {path} does not hold the totals its manifest "
                                  "records: " + "; ".join(diffs[:3]), path=path)
    finally:
        conn.close()
    _report(progress, "Checking the backup", path.name, 3, 3)
    return info


def _folder_of(location_or_dir: str | Path) -> Path:
    candidate = Path(str(location_or_dir)).expanduser()
    if isinstance(location_or_dir, Path) or candidate.is_dir():
        return candidate
    return default_dir(str(location_or_dir))


def _backup_files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.name.startswith(".") or not path.name.endswith(SUFFIX) or not path.is_file():
            continue
        yield path


def list_backups(location_or_dir: str | Path) -> list[BackupInfo]:
    """The backups of a book (given its location) or in a folder, newest first."""
    folder = _folder_of(location_or_dir)
    found = [read_backup(p) for p in _backup_files(folder)]
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def latest_backup(location: str, reason: str | None = None,
                  dest_dir: Path | None = None) -> BackupInfo | None:
    """The newest verified backup of the book (of that reason, when given)."""
    if reason is not None and reason not in REASONS:
        raise BadInput("--reason", reason, f"is not one of {', '.join(REASONS)}")
    for info in list_backups(dest_dir if dest_dir is not None else default_dir(location)):
        if info.verified and (reason is None or info.reason == reason):
            return info
    return None


def prune_backups(
    location_or_dir: str | Path,
    *,
    keep_scheduled: int = DEFAULT_KEEP_SCHEDULED,
    keep_on_close: int = DEFAULT_KEEP_ON_CLOSE,
) -> list[Path]:
    """Apply retention; returns the files removed.

    Every `pre-upgrade`, `pre-restore` and `manual` backup is kept (they are what an
    administrator restores from); of `scheduled` and `on-close` only the newest N.
    Temporary files left by a backup whose process died are removed too.
    """
    folder = _folder_of(location_or_dir)
    removed: list[Path] = []
    keep = {"scheduled": max(keep_scheduled, 0), "on-close": max(keep_on_close, 0)}
    seen: dict[str, int] = {}
    for info in list_backups(folder):
        if info.reason not in keep:
            continue
        seen[info.reason] = seen.get(info.reason, 0) + 1
        if seen[info.reason] > keep[info.reason]:
            info.path.unlink(missing_ok=True)
            manifest_path(info.path).unlink(missing_ok=True)
            removed.append(info.path)
    removed.extend(remove_stale_temporaries(folder))
    return removed


def remove_stale_temporaries(folder: Path, prefix: str = "") -> list[Path]:
    """Delete `.NAME.PID.tmp` files whose process is gone (a backup killed half-way);
    only those whose NAME starts with `prefix`, when given."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        if not path.name.startswith("." + prefix):
            continue
        match = re.fullmatch(r"\..+\.(\d+)\.tmp(-journal)?", path.name)
        if match and not _alive(int(match.group(1))):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rpartition(")")[2].split()[0] == "Z":  # a zombie is dead
            return False
    return True
