"""What this computer remembers about the sessions of each book it opened.

Kept in the local settings (`app.admin.local_settings`, never in the book: a book may be
opened on several computers, and a damaged one cannot be read at all):

- an *open session* entry while the desktop app has a book open, removed when it
  closes the book normally. An entry found at the next launch means the last
  session ended without closing (a crash, a kill, a power cut): the launch then
  runs SQLite's `quick_check` before opening, which it otherwise leaves to the
  background after the window shows (start-up must stay within 1.5 s);
- the backup folders the book's backups were written to, so that a book too
  damaged to read its own settings still finds its newest verified backup
  (`app.backup.catalog.known_backups`, `newest_verified_backup`).

Books are keyed by their resolved path (a PostgreSQL URL without its password).
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.admin import local_settings
from app.store import db

OPEN_KEY = "open_sessions"
FOLDERS_KEY = "backup_folders"
#: Folders remembered per book (the newest first).
MAX_FOLDERS = 4


def book_key(location: str) -> str:
    if db.is_postgres(location):
        return db.display_name(location)
    return str(Path(location).expanduser().resolve())


def _entries(key: str) -> dict[str, Any]:
    value = local_settings.get(key, {})
    return dict(value) if isinstance(value, dict) else {}


def closed_cleanly(location: str) -> bool:
    """False when the last session of this book on this computer never closed."""
    return book_key(location) not in _entries(OPEN_KEY)


def _mine(entry: object) -> bool:
    return (isinstance(entry, dict) and entry.get("pid") == os.getpid()
            and entry.get("host") == socket.gethostname())


def mark_open(location: str) -> None:
    """Note that this process has the book open (until `mark_closed`).

    Counted: a window reopening the same book (after a restore) opens it again before
    the old window closes it; an entry of a process that died is simply replaced."""
    entries = _entries(OPEN_KEY)
    key = book_key(location)
    entry = entries.get(key)
    opened = int(entry.get("count", 1)) + 1 if _mine(entry) else 1  # type: ignore[union-attr]
    entries[key] = {
        "pid": os.getpid(), "host": socket.gethostname(), "count": opened,
        "since": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    local_settings.put(OPEN_KEY, entries)


def mark_closed(location: str) -> None:
    """The book was closed normally: the next launch may skip the quick_check."""
    entries = _entries(OPEN_KEY)
    key = book_key(location)
    entry = entries.get(key)
    if entry is None:
        return
    left = int(entry.get("count", 1)) - 1 if _mine(entry) else 0
    if left > 0:
        entries[key] = {**entry, "count": left}
    else:
        del entries[key]
    local_settings.put(OPEN_KEY, entries)


def remember_backup_folder(location: str, folder: Path) -> None:
    """Note a folder the book's backups went to (its default folder needs no note)."""
    from app.store.files import default_dir

    if Path(folder) == default_dir(location):
        return
    folders = _entries(FOLDERS_KEY)
    key = book_key(location)
    known = [f for f in folders.get(key, []) if isinstance(f, str) and f != str(folder)]
    folders[key] = [str(folder), *known][:MAX_FOLDERS]
    local_settings.put(FOLDERS_KEY, folders)


def backup_folders(location: str) -> list[Path]:
    """Folders this computer wrote the book's backups to (the newest first)."""
    known = _entries(FOLDERS_KEY).get(book_key(location), [])
    return [Path(f) for f in known if isinstance(f, str)] if isinstance(known, list) else []
