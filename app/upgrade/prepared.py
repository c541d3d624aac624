"""A pre-upgrade backup taken *before* the upgrade starts, for the wizard's Backup page.

The engine (`app.upgrade.upgrade_book`) normally takes its own backup and proves it
while the revisions run. The upgrade wizard shows the backup on a page of its own,
made and verified before anything about the schema is touched, so that the person
sees where it is and that it passed. Taking a second copy inside the engine would
double the wait; so the wizard hands its backup to the engine (`backup=`), which
uses it only when it can prove it is still a copy of the book:

- `prepare_backup` notes the book's file *signature* (inode, size and modification
  time of the book and of its `-wal`), then takes a normal verified backup
  (`app.backup.backup_book`, reason `pre-upgrade`: checksum, quick_check, totals
  equal to the book's read in the same transaction);
- under the upgrade lock the engine compares the signature again: any write since
  (another program, even an old Cuentas that knows nothing of our lock) changes it,
  and then the engine takes a fresh backup of its own as usual;
- the backup is proven once more (checksum, quick_check, totals) on the second core
  while the revisions run, and nothing is committed before that proof holds — the
  same rule as the engine's own backup.

A PostgreSQL book has no file signature: the engine always takes its own snapshot.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.backup import BackupInfo, Progress, backup_book
from app.store import db

#: The book's files as they are: (inode, size, mtime_ns) of the book and of its -wal.
Signature = tuple[int, ...]


@dataclass(frozen=True)
class PreparedBackup:
    """A verified `pre-upgrade` backup, and the book's signature when it was taken.

    `signature` is None when it cannot prove the book unchanged (PostgreSQL, or the
    book was written while it was being copied): the engine then backs up again.
    """

    info: BackupInfo
    signature: Signature | None


def book_signature(location: str) -> Signature | None:
    """What changes whenever anything writes the book's file (None on PostgreSQL)."""
    if db.is_postgres(location):
        return None
    path = Path(location).expanduser().resolve()
    out: list[int] = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(file)
        except FileNotFoundError:
            out.extend((0, -1, 0))
            continue
        out.extend((st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(out)


def prepare_backup(location: str, dest_dir: Path | None = None,
                   progress: Progress | None = None) -> PreparedBackup:
    """Take the verified pre-upgrade backup now (raises BackupError, BookStateError)."""
    before = book_signature(location)
    info = backup_book(location, "pre-upgrade", dest_dir, progress)
    after = book_signature(location)
    return PreparedBackup(info, before if before is not None and before == after else None)


def still_a_copy(location: str, prepared: PreparedBackup, revision: str | None,
                 unversioned: bool) -> bool:
    """May the engine use `prepared` instead of taking its own backup? (Under its lock.)"""
    info = prepared.info
    return (prepared.signature is not None
            and book_signature(location) == prepared.signature
            and info.verified and info.reason == "pre-upgrade"
            and info.fingerprint is not None
            and info.revision == revision and info.unversioned == unversioned
            and info.path.is_file())
