"""What backups exist, and whether each can be trusted: manifests, listing, proof.

`read_backup` and `list_backups` only read manifests and file sizes (cheap: the settings
panel and `cuentas backups` list many backups); `verify_backup` proves one completely
(sha256, size, quick_check, fingerprint) before a restore trusts it, and
`check_backup` does the same without raising. A backup that fails any of it is
*damaged*, and `BackupInfo.problem` says why in a few plain words: the file is empty
or truncated, its manifest is missing or garbled, its checksum differs, ... A damaged
backup is still listed (so people see it), never restored.

`choose_latest` is `restore --latest`: the newest backup (of a reason, when asked),
proven, together with every newer backup it had to pass over because it is damaged —
the caller says so and decides; nothing here falls back silently.

Retention lives here too: `prune_backups` keeps every `pre-upgrade`, `pre-restore` and
`manual` backup and the newest N `scheduled` and `on-close` ones.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.store import db
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
    file still has the recorded size; `verify_backup` re-proves it completely. A backup
    that is not is *damaged*: `problem` says why ("its manifest is missing").
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
    def damaged(self) -> bool:
        return bool(self.problem)

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


#: `shop-20261205-100000-manual.cuentas` (or `...-manual-2.cuentas`): the name says the
#: local time and the reason, which is all a backup without a manifest still tells.
_NAME = re.compile(r"-(\d{8}-\d{6})-(" + "|".join(map(re.escape, REASONS))
                   + r")(?:-\d+)?" + re.escape(SUFFIX) + "$")


def _size_text(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB" if n >= 1_000_000 else f"{n / 1000:,.1f} kB"


def _size_problem(actual: int, recorded: int) -> str:
    if actual < 0:
        return tr("the file is missing")
    if actual == 0:
        return tr("the file is empty")
    if actual < recorded:
        return tr("the file is truncated ({actual} of {recorded})").format(
            actual=_size_text(actual), recorded=_size_text(recorded))
    return tr("the file is larger than its manifest says ({actual}, not {recorded})").format(
        actual=_size_text(actual), recorded=_size_text(recorded))


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def info_from_manifest(path: Path, data: dict[str, Any]) -> BackupInfo:
    """What the manifest `data` says about the backup at `path`, checked against the
    file's size; a manifest with fields of the wrong kind is *garbled*."""
    actual = _file_size(path)
    try:
        size = int(data["size"])
        sha256 = data["sha256"]
        if not isinstance(sha256, str) or not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("no checksum")
        fp_raw = data.get("fingerprint")
        fingerprint = Fingerprint.from_json(fp_raw) if fp_raw else None
        revision = data.get("revision")
        if revision is not None and not isinstance(revision, str):
            raise ValueError("revision")
    except (KeyError, TypeError, ValueError, AttributeError):
        return _without_manifest(path, tr("its manifest is garbled"))
    problem = ""
    if actual != size:
        problem = _size_problem(actual, size)
    elif not data.get("verified"):
        problem = tr("its manifest does not say the backup was verified")
    return BackupInfo(
        path=path,
        reason=str(data.get("reason", "unknown")),
        created=str(data.get("created", "")),
        revision=revision,
        unversioned=bool(data.get("unversioned", False)),
        size=actual if actual >= 0 else size,
        sha256=sha256,
        app_version=str(data.get("app_version", "")),
        source=str(data.get("source", "")),
        source_kind=str(data.get("source_kind", "sqlite")),
        fingerprint=fingerprint,
        verified=not problem,
        problem=problem,
    )


def _without_manifest(path: Path, problem: str) -> BackupInfo:
    """A backup whose manifest cannot tell anything: its name still says when and why
    it was taken (the time, else the file's own); always damaged."""
    size = _file_size(path)
    match = _NAME.search(path.name)
    reason = match.group(2) if match else "unknown"
    try:
        modified: datetime | None = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        modified = None
    when = modified
    if match is not None:
        named = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").astimezone().astimezone(UTC)
        # The name says the second the backup began; the file's own time, when it is
        # soon after (not a later copy), says when it was finished, to the microsecond.
        if modified is None or not 0 <= (modified - named).total_seconds() < 3600:
            when = named
    created = when.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if when is not None else ""
    if size == 0:
        problem = tr("the file is empty")
    elif size < 0:
        problem = tr("the file is missing")
    return BackupInfo(path, reason, created, None, False, max(size, 0), "", "", "", "sqlite",
                      None, False, problem)


def read_backup(path: Path) -> BackupInfo:
    """What a backup file's manifest says (cheap: no checksum is computed)."""
    path = Path(path).expanduser()
    try:
        text = manifest_path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return _without_manifest(path, tr("its manifest is missing"))
    except (OSError, UnicodeDecodeError):
        return _without_manifest(path, tr("its manifest cannot be read"))
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return _without_manifest(path, tr("its manifest is garbled"))
    return info_from_manifest(path, data)


def _damaged(path: Path, why: str) -> BackupError:
    return BackupError(tr("the backup {path} is damaged: {why}").format(path=path, why=why),
                       path=path, short=why, damaged=True)


def verify_backup(backup: BackupInfo | Path, progress: Progress | None = None) -> BackupInfo:
    """Prove a backup completely: checksum, size, quick_check, fingerprint.

    Returns the (re-read) BackupInfo, or raises BackupError saying what is wrong (its
    `short` is the reason alone, as `BackupInfo.problem` says it).
    """
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup).expanduser()
    if not path.is_file():
        raise BackupError(tr("the backup {path} does not exist").format(path=path), path=path,
                          short=tr("the file is missing"), damaged=True)
    info = read_backup(path)
    if info.problem:
        raise _damaged(path, info.problem)
    report(progress, QT_TR_NOOP("Checking the backup"), path.name, 0, 3)
    try:
        digest = sha256_file(path)
    except OSError as exc:
        why = tr("it cannot be read ({error})").format(error=exc.strerror or exc)
        raise BackupError(tr("the backup {path} {why}").format(path=path, why=why), path=path,
                          short=why, damaged=True) from None
    if digest != info.sha256:
        raise _damaged(path, tr("its checksum differs from its manifest"))
    report(progress, QT_TR_NOOP("Checking the backup"), path.name, 1, 3)
    conn = sqlite3.connect(db.sqlite_uri(path), uri=True, isolation_level=None)
    try:
        problems = quick_check(conn)
        if problems:
            raise _damaged(path, tr("it fails its integrity check ({problems})").format(
                problems="; ".join(problems[:3])))
        report(progress, QT_TR_NOOP("Checking the backup"), path.name, 2, 3)
        if info.fingerprint is not None:
            try:
                found = compute(conn)
            except sqlite3.DatabaseError as exc:
                raise _damaged(path, tr("its totals cannot be read ({error})").format(
                    error=exc)) from None
            diffs = info.fingerprint.differences(found)
            if diffs:
                raise _damaged(path, tr("it does not hold the totals its manifest records "
                                        "({differences})").format(
                    differences="; ".join(diffs[:3])))
    finally:
        conn.close()
    report(progress, QT_TR_NOOP("Checking the backup"), path.name, 3, 3)
    return info


def check_backup(info: BackupInfo, progress: Progress | None = None) -> BackupInfo:
    """`verify_backup` without raising: the same info, `problem` set when damaged."""
    if info.problem:
        return info
    try:
        return verify_backup(info, progress)
    except BackupError as exc:
        return replace(info, verified=False, problem=exc.short)


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


@dataclass(frozen=True)
class LatestChoice:
    """What `restore --latest` found: the newest good backup, and the damaged ones
    newer than it that it passed over (newest first, each with its `problem`)."""

    chosen: BackupInfo | None
    skipped: tuple[BackupInfo, ...]

    @property
    def newest(self) -> BackupInfo | None:
        """The newest backup looked at, good or damaged."""
        return self.skipped[0] if self.skipped else self.chosen


def choose_latest(location: str, reason: str | None = None, dest_dir: Path | None = None,
                  progress: Progress | None = None) -> LatestChoice:
    """The newest backup of the book (of `reason`, when given) that proves good, and
    every newer one that did not. Backups are proven newest first, and only until a
    good one is found (`verify_backup`: checksum, integrity, totals)."""
    if reason is not None and reason not in REASONS:
        raise BadInput("--reason", reason, tr("is not one of {items}").format(
            items=', '.join(REASONS)))
    skipped: list[BackupInfo] = []
    for info in list_backups(dest_dir if dest_dir is not None else default_dir(location)):
        if reason is not None and info.reason != reason:
            continue
        info = check_backup(info, progress)
        if not info.problem:
            return LatestChoice(info, tuple(skipped))
        skipped.append(info)
    return LatestChoice(None, tuple(skipped))


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
