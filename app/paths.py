"""Where Cuentas keeps things on disk: the one module that asks appdirs.

Books live in `<user data>/books/`, backups in `<user data>/backups/`, logs in
`<user log>/`, local settings in `<user config>/`. `CUENTAS_HOME` puts all of them
under one folder (tests, portable installs). Folders are created on first use with
owner-only permissions (0700, whatever the umask).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Cuentas"
DEMO_BOOK_NAME = "Demo.cuentas"


def _home() -> Path | None:
    value = os.environ.get("CUENTAS_HOME")
    return Path(value).expanduser().resolve() if value else None


def private_folder(path: Path) -> Path:
    """Create `path` (and missing parents) as owner-only folders (0700), whatever the
    umask; a folder that exists already keeps its mode."""
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made by another process meanwhile: theirs
        os.chmod(folder, 0o700)  # mkdir's mode is cut by the umask
    return path


def _ensure(path: Path) -> Path:
    """Create `path` and any missing parent (CUENTAS_HOME itself) owner-only (0700),
    whatever the umask; a folder that exists keeps its mode."""
    if path.is_dir():
        return path
    return private_folder(path)


def data_dir() -> Path:
    home = _home()
    if home:
        return _ensure(home / "data")
    import appdirs

    return _ensure(Path(appdirs.user_data_dir(APP_NAME, False)))


def books_dir() -> Path:
    return _ensure(data_dir() / "books")


def backups_dir() -> Path:
    return _ensure(data_dir() / "backups")


def log_dir() -> Path:
    home = _home()
    if home:
        return _ensure(home / "logs")
    import appdirs

    return _ensure(Path(appdirs.user_log_dir(APP_NAME, False)))


def config_dir() -> Path:
    home = _home()
    if home:
        return _ensure(home / "config")
    import appdirs

    return _ensure(Path(appdirs.user_config_dir(APP_NAME, False)))


def demo_book_path() -> Path:
    return books_dir() / DEMO_BOOK_NAME


def state_db() -> Path:
    """This computer's monitoring database: timings, counters, errors, feedback
    (`app.monitor`). Never part of a book; safe to delete (measurements restart)."""
    return data_dir() / "monitor.sqlite3"
