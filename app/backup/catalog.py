"""What backups exist, and whether each can be trusted: manifests, listing, proof.

`read_backup` and `list_backups` only read manifests (cheap: the settings panel and
`cuentas backups` list many backups); `verify_backup` proves one completely (sha256,
size, quick_check, fingerprint) before a restore trusts it. Retention lives here too:
`prune_backups` keeps every `pre-upgrade`, `pre-restore` and `manual` backup and the
newest N `scheduled` and `on-close` ones.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.store.files import (
    DEFAULT_KEEP_ON_CLOSE,
    DEFAULT_KEEP_SCHEDULED,
    MANIFEST_SUFFIX,
    REASONS,
    SUFFIX,
    BackupError,
    Progress,
    default_dir,
    quick_check,
    remove_stale_temporaries,
    report,
    sha256_file,
)
from app.store.fingerprint import Fingerprint, compute


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


def info_from_manifest(path: Path, data: dict[str, Any]) -> BackupInfo:
    fp_raw = data.get("fingerprint")
    size = int(data.get("size", -1))
    try:
        actual = path.stat().st_size
    except OSError:
        actual = -1
    problem = ""
    if not data.get("verified"):
        problem = tr("the manifest does not say the backup was verified")
    elif actual != size:
        problem = (tr("the file's size differs from its manifest") if actual >= 0
                   else tr("the file is missing"))
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
                          None, False, tr("it has no manifest beside it"))
    return info_from_manifest(path, data)


def verify_backup(backup: BackupInfo | Path, progress: Progress | None = None) -> BackupInfo:
    """Prove a backup completely: checksum, size, quick_check, fingerprint.

    Returns the (re-read) BackupInfo, or raises BackupError saying what is wrong.
    """
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup).expanduser()
    if not path.is_file():
        raise BackupError(tr("the backup {path} does not exist").format(path=path), path=path)
    info = read_backup(path)
    if info.problem:
        raise BackupError(tr("the backup {path} cannot be trusted: {problem}").format(
            path=path, problem=info.problem), path=path)
    report(progress, QT_TR_NOOP("Checking the backup"), path.name, 0, 3)
    if sha256_file(path) != info.sha256:
        raise BackupError(tr("the backup {path} is damaged: its checksum differs from its "
                             "manifest").format(path=path), path=path)
    report(progress, QT_TR_NOOP("Checking the backup"), path.name, 1, 3)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        problems = quick_check(conn)
        if problems:
            raise BackupError(tr("the backup {path} is damaged: {problems}").format(
                path=path, problems="; ".join(problems[:3])), path=path)
        report(progress, QT_TR_NOOP("Checking the backup"), path.name, 2, 3)
        if info.fingerprint is not None:
            try:
                found = compute(conn)
            except sqlite3.DatabaseError as exc:
                raise BackupError(tr("the backup {path} is damaged: {exc}").format(
                    path=path, exc=exc), path=path) from None
            diffs = info.fingerprint.differences(found)
            if diffs:
                raise BackupError(tr("the backup {path} does not hold the totals its "
                                     "manifest records: {differences}").format(
                    path=path, differences="; ".join(diffs[:3])), path=path)
    finally:
        conn.close()
    report(progress, QT_TR_NOOP("Checking the backup"), path.name, 3, 3)
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
        raise BadInput("--reason", reason, tr("is not one of {items}").format(
            items=', '.join(REASONS)))
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


def known_backups(location: str, extra_folders: tuple[Path, ...] = ()) -> list[BackupInfo]:
    """Every backup of this book this computer knows of, newest first.

    Looks in `extra_folders` (the book's own backup folder, when it can be read), the
    folders remembered for it, and its default folder; a folder shared by several
    books (a USB disk) only contributes this book's backups (by the manifest's source).
    """
    from app.admin.sessions import backup_folders, book_key

    here = book_key(location)
    own_folder = default_dir(location)
    folders: list[Path] = []
    for folder in (*extra_folders, *backup_folders(location), own_folder):
        if folder not in folders:
            folders.append(folder)
    found: dict[Path, BackupInfo] = {}
    for folder in folders:
        own = folder == own_folder
        for info in list_backups(folder):
            if own or not info.source or book_key(info.source) == here:
                found.setdefault(info.path, info)
    return sorted(found.values(), key=lambda b: (b.created, b.path.name), reverse=True)


def newest_verified_backup(location: str,
                           extra_folders: tuple[Path, ...] = ()) -> BackupInfo | None:
    return next((b for b in known_backups(location, extra_folders) if b.verified), None)
