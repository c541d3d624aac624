"""Operations on backups: a verified copy of the book made elsewhere, and a copy put back.

A backup reads the book and writes a copy in its backup folder: nothing in the book
changes, so it is a `QueryOp` and quick saves go on meanwhile. It runs on a thread of
its own (`run_in_thread`, or `wait` when the window is closing), never on the shared
worker, so the register never waits behind a backup. A backup made by hand remembers
its folder for this book (`app.admin.sessions`), where the restore dialog looks.

A restore replaces the book's file (`app.backup.restore`: the backup is proven first,
the book as it is is backed up, the file is swapped in one step): a `BookOp`, so
other writes refuse politely while it runs. The window suspends its own book first and
the restore waits for that book's last connections (Windows will not replace a file
this process has open). It tells no view (`NOTHING`): whoever
asked for it — the main window, or the launch for a damaged book — opens the book
again afterwards, through the upgrade wizard when the backup is older.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.admin import sessions
from app.admin.book_settings import backup_settings
from app.backup import BackupInfo, Progress, backup_book
from app.backup.restore import RestoreResult, restore_backup
from app.backup.schedule import backup_on_close, run_daily_backup
from app.store.book import Book
from ui.common.operations import NOTHING, BookOp, QueryOp


def backup_now(parent: QWidget | None, book: Book) -> QueryOp[BackupInfo]:
    """A verified `manual` backup into the book's backup folder."""
    location, folder = book.location, backup_settings(book).folder
    op: QueryOp[BackupInfo] = QueryOp(
        parent, lambda progress: backup_book(location, "manual", folder, progress))
    op.after_success(lambda info: sessions.remember_backup_folder(location, info.path.parent))
    return op


def daily_backup(book: Book) -> QueryOp[BackupInfo | None]:
    """Today's `scheduled` backup when the book's schedule says it is due (else None)."""
    return QueryOp(None, lambda progress: run_daily_backup(book, progress))


def closing_backup(book: Book, changed: bool) -> QueryOp[BackupInfo | None]:
    """The `on-close` backup of a book written during the session (None: unchanged)."""
    return QueryOp(None, lambda progress: backup_on_close(book, changed, progress))


def restore(parent: QWidget | None, location: str, info: BackupInfo,
            folder: Path | None = None, book: Book | None = None) -> BookOp[RestoreResult]:
    """Put `info` back in place of the book at `location` (its current state backed up
    into `folder`, else the book's default backup folder).

    `book`: the window's own book, which the window suspended (`Book.suspend`) before
    asking: the restore first waits, on its thread, for the connections other threads
    were still using (a query in flight, the search index's next step) — Windows
    refuses to replace a file this process still has open — and resumes the book
    when it is done, replaced or not."""
    def work(progress: Progress) -> RestoreResult:
        try:
            if book is not None and book.suspended:
                book.wait_suspended()
            return restore_backup(location, info, progress, backup_dir=folder)
        finally:
            if book is not None:
                book.resume()

    return BookOp(parent, work, NOTHING, parent)
