"""Restoring a book from a verified backup (DESIGN.md section 5).

Order of work, each step safe to die in:

1. the backup is proven first — checksum against its manifest, `quick_check`, its
   fingerprint — so a damaged backup is refused before anything is touched;
2. the book is locked for `restore` (nobody else has it open);
3. the current book, when it can be read, is backed up (`pre-restore`); one that
   cannot (corrupt) is kept aside exactly as it is, never deleted;
4. the backup is copied to a temporary file beside the book, its checksum computed
   while copying, synced;
5. the crash marker records the swap; the current book's `-wal`, `-shm` and
   `-journal` move aside together with (a hard link to) the book, so a stale WAL is
   never applied to the restored file; the copy replaces the book in one `rename`;
6. the restored book is checked against the manifest (quick_check, fingerprint).

A restored older-revision book is simply `behind` (or `unversioned-legacy`) again:
the normal upgrade takes it from there. PostgreSQL books are restored by loading the
backup's rows back in one transaction (`app.backup.snapshot.load_into_postgres`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import app.monitor.metrics as metrics
from app import faults
from app.backup import (
    BackupError,
    BackupInfo,
    Progress,
    backup_book,
    check_free_space,
    manifest_path,
    quick_check,
    read_backup,
    sha256_file,
    verify_backup,
)
from app.errors import BookStateError
from app.i18n import QT_TR_NOOP, tr
from app.store import db
from app.store.files import reason_title
from app.store.fingerprint import Fingerprint, compute
from app.store.lock import BookLock
from app.store.marker import clear_marker, update_marker, write_marker
from app.store.outfiles import (
    BINARY,
    WINDOWS,
    FileInUse,
    fsync_dir,
    remove_file,
    replace_file,
)

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, for the wizard and the command line."""

    location: str
    backup: BackupInfo
    #: The backup of the book as it was just before (None when it could not be read).
    safety_backup: BackupInfo | None
    #: Files of a damaged book moved aside as they were (never deleted).
    kept_aside: tuple[Path, ...]
    state: str
    revision: str | None
    fingerprint: Fingerprint | None
    seconds: float
    message: str


def _report(progress: Progress | None, step: str, detail: str, done: int, total: int) -> None:
    if progress is not None:
        progress(step, detail, done, total)


@metrics.timed("restore")
def restore_backup(
    location: str,
    backup: BackupInfo | Path,
    progress: Progress | None = None,
    *,
    backup_dir: Path | None = None,
) -> RestoreResult:
    """Replace the book at `location` with `backup`, keeping a backup of what was there.

    Raises BackupError (damaged or unusable backup: nothing changed), BookLocked
    (another program has the book), BookStateError.

    The desktop app closes its own connections to the book first (it may keep its
    `session` lock: this process may take the book again) and reopens the book after.
    """
    from app.store.identity import require_admin_at

    # A WAL book nobody has open has no -wal: the read-only looks below make one (and
    # its -shm), which the swap moves aside — or, when the swap is refused, which go.
    path = None if db.is_postgres(location) else Path(location).expanduser()
    fresh = path is not None and path.exists() and db.wal_missing(path)
    # only owners restore (DESIGN section 7)
    require_admin_at(location, QT_TR_NOOP("restore a backup"))
    started = time.perf_counter()
    info = verify_backup(backup, progress)
    fingerprint: Fingerprint | None
    with BookLock.acquire(location, "restore"):
        if path is None:
            safety, aside = _safety_backup_postgres(location, backup_dir, progress)
            from app.backup.snapshot import load_into_postgres

            fingerprint = load_into_postgres(location, info.path, expected=info.fingerprint,
                                             progress=progress)
        else:
            try:
                safety, aside, fingerprint = _restore_sqlite(location, info, backup_dir,
                                                             progress)
            except BookInUse:
                if fresh:
                    db.close_wal(path)
                raise
    from app.store.inspect import inspect_book

    state = inspect_book(location, quick_check=False)  # checked against the manifest above
    parts = [tr("Restored {file} ({reason}, {when}).").format(
        file=info.path.name, reason=reason_title(info.reason).lower(),
        when=info.created_local)]
    if safety is not None:
        parts.append(tr("The book as it was is kept in the backup {path}.").format(
            path=safety.path))
    if aside:
        parts.append(tr("The book could not be read, so it was not backed up: its files are "
                        "kept as they were at {paths}.").format(
                            paths=", ".join(str(p) for p in aside)))
    checked = (tr("checksum, integrity and totals verified") if info.fingerprint
               else tr("checksum and integrity verified"))
    metrics.event("restore", book=location,  # the health view and the report list restores
                  detail=f"{info.path.name} ({info.reason}, {info.created_local}); {checked}")
    if state.needs_upgrade:
        parts.append(tr("The restored book is at revision {revision}; upgrade it to use it "
                        "with this Cuentas.").format(revision=state.revision))
    message = " ".join(parts)
    return RestoreResult(location, info, safety, aside, state.state, state.revision,
                         fingerprint, time.perf_counter() - started, message)


def _safety_backup_postgres(
    location: str, backup_dir: Path | None, progress: Progress | None
) -> tuple[BackupInfo | None, tuple[Path, ...]]:
    from app.store.inspect import inspect_book

    state = inspect_book(location, quick_check=False)
    if state.state in ("new", "ahead", "corrupt"):
        if state.state == "ahead":
            raise BookStateError("ahead", state.message)
        return None, ()
    return backup_book(location, "pre-restore", backup_dir, progress), ()


def _restore_sqlite(
    location: str, info: BackupInfo, backup_dir: Path | None, progress: Progress | None
) -> tuple[BackupInfo | None, tuple[Path, ...], Fingerprint | None]:
    from app.store.inspect import inspect_sqlite

    path = Path(location).expanduser().resolve()
    if not path.parent.is_dir():
        raise BackupError(tr("the folder {parent} does not exist").format(
            parent=path.parent), path=path.parent)
    safety: BackupInfo | None = None
    readable = False
    if path.exists():
        state = inspect_sqlite(path, quick_check=True)
        readable = state.state not in ("corrupt", "new")
        if readable:
            safety = backup_book(location, "pre-restore", backup_dir, progress)
    check_free_space(path.parent, info.size + 1_000_000, tr("the restored book"))
    marker = write_marker(location, "restore", "copying", backup=str(info.path),
                          keep_aside=not readable)
    try:
        kept = swap_in(location, info, marker, keep_aside=not readable, progress=progress)
    except BookInUse:
        clear_marker(location)  # the book is as it was: nothing is left to finish
        if safety is not None:
            # ... and its safety backup, a copy of it, goes too: it would be the newest
            # backup, which the next `restore --latest` would take instead of the one
            # asked for. (One a scanner still holds stays: a spare copy, no harm.)
            with contextlib.suppress(OSError):
                remove_file(safety.path)
                remove_file(manifest_path(safety.path))
        raise
    fingerprint = check_restored(location, info)
    clear_marker(location)
    return safety, kept, fingerprint


def _aside_base(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.replaced-{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.replaced-{stamp}-{n}")
        n += 1
    return candidate


def swap_in(
    location: str,
    info: BackupInfo,
    marker: dict[str, Any],
    *,
    keep_aside: bool,
    progress: Progress | None = None,
) -> tuple[Path, ...]:
    """Put the backup's bytes at the book's place; returns the files kept aside.

    Idempotent, so recovery after a crash can simply run it again.
    """
    path = Path(location).expanduser().resolve()
    tmp = path.with_name(f".{path.name}.restore.{os.getpid()}.tmp")
    aside = Path(marker["aside"]) if marker.get("aside") else _aside_base(path)
    update_marker(location, marker, "copying", tmp=str(tmp), aside=str(aside))
    _report(progress, QT_TR_NOOP("Restoring"), info.path.name, 0, 3)
    digest = hashlib.sha256()
    try:
        with open(info.path, "rb") as src, open(
            os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | BINARY, 0o600), "wb",
            closefd=True
        ) as dst:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if digest.hexdigest() != info.sha256:
            raise BackupError(tr("the backup {path} changed while it was being copied").format(
                path=info.path),
                              path=info.path)
        faults.point("restore.copied", path=tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _report(progress, QT_TR_NOOP("Restoring"), info.path.name, 1, 3)
    update_marker(location, marker, "swapping")
    moved: list[tuple[Path, Path]] = []
    made: list[Path] = []
    try:
        kept = _swap(path, tmp, aside, moved, made)
    except FileInUse as exc:
        # Windows: a program has the book (or its -wal) open. What had moved goes back,
        # so the book is exactly as it was; the caller decides about the marker.
        _put_back(moved, made, tmp)
        raise BookInUse(location, exc) from None
    faults.point("restore.swapped")
    os.chmod(path, _mode(aside))
    _report(progress, QT_TR_NOOP("Restoring"), info.path.name, 2, 3)
    update_marker(location, marker, "checking")
    if not keep_aside:
        _remove_quietly(kept)
        kept = []
    return tuple(kept)


class BookInUse(BookStateError):
    """The book's file could not be replaced: another program has it open (Windows
    refuses to move or replace an open file: an antivirus, a backup tool, a second
    Cuentas). Nothing was changed."""

    def __init__(self, location: str, exc: OSError) -> None:
        self.cause = exc.strerror or str(exc)
        super().__init__("in-use", tr(
            "the book {book} is open in another program ({why}); close it and try "
            "again").format(book=db.display_name(location), why=self.cause))


def _mode(aside: Path) -> int:
    """The restored book keeps the book's own permissions (owner-only when there was
    none). On Windows a mode is only the read-only flag (`app.store.outfiles`)."""
    return stat.S_IMODE(aside.stat().st_mode) & 0o777 if aside.exists() else 0o600


def _swap(path: Path, tmp: Path, aside: Path, moved: list[tuple[Path, Path]],
          made: list[Path]) -> list[Path]:
    """The book's files aside (the book as `aside`, its -wal, -shm, -journal moved
    beside it), then the copy in its place in one rename. Every move is `replace_file`:
    on Windows a file another program has open refuses it (FileInUse) — `moved` and
    `made` then say what to put back.

    POSIX keeps the book's name on a complete book throughout: `aside` is a hard link
    to it. On Windows the book itself moves aside first: a file open elsewhere refuses
    that at once, before anything has changed (a hard link could be made, but never
    removed again while the other program holds the file). Until the copy takes its
    place there is no file at the book's name; the crash marker covers that moment,
    as it covers the whole swap.
    """
    kept: list[Path] = []
    if path.exists() and not aside.exists():
        if WINDOWS:
            replace_file(path, aside)
            moved.append((path, aside))
        else:
            _link_or_copy(path, aside)
            made.append(aside)
    if aside.exists():
        kept.append(aside)
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.exists():
            target = Path(str(aside) + suffix)
            replace_file(side, target)
            moved.append((side, target))
            kept.append(target)
    fsync_dir(path.parent)
    os.chmod(tmp, _mode(aside))
    replace_file(tmp, path)
    fsync_dir(path.parent)
    return kept


def _link_or_copy(path: Path, aside: Path) -> None:
    """`aside` becomes the book as it is (POSIX): a hard link, or, on a disk without hard
    links (a FAT or exFAT memory stick, some network shares), a synced copy."""
    try:
        os.link(path, aside)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK, errno.ENOSYS):
            raise
    try:
        with open(path, "rb") as src, open(
                os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY, 0o600), "wb",
                closefd=True) as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except BaseException:
        aside.unlink(missing_ok=True)
        raise


def _put_back(moved: list[tuple[Path, Path]], made: list[Path], tmp: Path) -> None:
    """Undo a swap refused half-way: the book and its side files back in their places
    (files that were just moved, so nobody else has them open: should even this fail,
    the crash marker stays and the next start finishes the restore), then the aside
    copy and the temporary copy removed — or left, when a program holds them, for the
    next restore's cleanup (`remove_stale_temporaries`): clutter, never the book."""
    for side, target in reversed(moved):
        replace_file(target, side)
    fsync_dir(tmp.parent)
    _remove_quietly([*made, tmp])


def _remove_quietly(files: list[Path]) -> None:
    """Remove what was kept aside during the swap; one that Windows will not remove yet
    (a program looking at it) is left behind, harmless: the restore itself is done."""
    for file in files:
        try:
            remove_file(file)
        except FileInUse:
            pass


def check_restored(location: str, info: BackupInfo) -> Fingerprint | None:
    """The restored book must be the backup: sound file, same totals."""
    conn = db.readonly_sqlite(Path(location).expanduser())
    try:
        problems = quick_check(conn)
        if problems:
            raise BackupError(tr("the restored book fails its integrity check: {problems}")
                              .format(problems="; ".join(problems[:3])), path=info.path)
        if info.fingerprint is None:
            return None
        found = compute(conn)
    finally:
        conn.close()
    diffs = info.fingerprint.differences(found)
    if diffs:
        raise BackupError(tr("the restored book does not hold the backup's totals: "
                             "{differences}").format(differences="; ".join(diffs[:3])),
                          path=info.path)
    return found


def complete_restore(location: str, marker: dict[str, Any]) -> str:
    """Finish a restore that was interrupted (crash marker `restore`); returns a message."""
    backup = Path(str(marker.get("backup", "")))
    info = read_backup(backup)
    path = Path(location).expanduser().resolve()
    tmp = Path(str(marker.get("tmp", ""))) if marker.get("tmp") else None
    if tmp is not None:
        tmp.unlink(missing_ok=True)
    if path.exists() and info.sha256 and sha256_file(path) == info.sha256:
        check_restored(location, info)
    else:
        verify_backup(info)
        swap_in(location, info, marker, keep_aside=bool(marker.get("keep_aside", True)))
        check_restored(location, info)
    if not marker.get("keep_aside", True) and marker.get("aside"):
        aside = Path(str(marker["aside"]))
        _remove_quietly([Path(str(aside) + suffix) for suffix in ("", *SIDE_FILES)])
    clear_marker(location)
    return tr("A restore of {file} had been interrupted; it is now complete and the book "
              "matches the backup.").format(file=backup.name)
