"""Automatic backups of an open book: on closing when it changed, and once a day.

The desktop app calls these at two moments (DESIGN.md section 5, the book's backup
settings in `app.admin.book_settings.backup_settings`):

- `backup_on_close(book, changed)` when a book is closed: an `on-close` backup, only
  when something was written during the session (a book that was only looked at
  is already in its previous backups);
- `run_daily_backup(book)` after the book opens and from time to time while it
  stays open: a `scheduled` backup when the schedule is `daily` and none was made
  today (this computer's date) in the book's backup folder.

Both are ordinary verified backups (`app.backup.backup_book`), written to the book's
backup folder, and apply retention right after: the newest `backup_keep_scheduled`
scheduled ones and the newest `DEFAULT_KEEP_ON_CLOSE` on-close ones are kept; every
pre-upgrade, pre-restore and manual backup stays. Each call also remembers the
folder on this computer (`app.admin.sessions`), so a book too damaged to read its own
settings still finds its backups.

No Qt here; the caller runs them off the UI thread (they read the whole book).
`progress(step, detail, done, total)` is called on the calling thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.admin.book_settings import BackupSettings, backup_settings
from app.backup import DEFAULT_KEEP_ON_CLOSE, BackupInfo, Progress, backup_book, list_backups
from app.store.book import Book


def _today(now: datetime | None) -> str:
    return (now or datetime.now()).strftime("%Y-%m-%d")


def last_scheduled(folder: Path) -> BackupInfo | None:
    """The newest verified `scheduled` backup in `folder` (manifests only: cheap)."""
    for info in list_backups(folder):
        if info.reason == "scheduled" and info.verified:
            return info
    return None


def daily_backup_due(book: Book, *, now: datetime | None = None,
                     settings: BackupSettings | None = None) -> bool:
    """The schedule is daily and no scheduled backup was made today (local date)."""
    chosen = settings or backup_settings(book)
    if chosen.schedule != "daily":
        return False
    last = last_scheduled(chosen.folder)
    return last is None or last.created_local[:10] != _today(now)


def run_daily_backup(book: Book, progress: Progress | None = None, *,
                     now: datetime | None = None) -> BackupInfo | None:
    """Make today's scheduled backup if it is due; None when it was not."""
    chosen = backup_settings(book)
    if not daily_backup_due(book, now=now, settings=chosen):
        return None
    return _backup(book, "scheduled", chosen, progress)


def backup_on_close(book: Book, changed: bool,
                    progress: Progress | None = None) -> BackupInfo | None:
    """The on-close backup of a book written during the session; None when unchanged."""
    if not changed:
        return None
    return _backup(book, "on-close", backup_settings(book), progress)


def _backup(book: Book, reason: str, chosen: BackupSettings,
            progress: Progress | None) -> BackupInfo:
    from app.admin.sessions import remember_backup_folder

    info = backup_book(book.location, reason, chosen.folder, progress,
                       keep_scheduled=chosen.keep_scheduled,
                       keep_on_close=DEFAULT_KEEP_ON_CLOSE)
    remember_backup_folder(book.location, info.path.parent)
    return info
