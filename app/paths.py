"""Where Cuentas keeps things on disk: the one module that asks appdirs.

Books live in `<user data>/books/`, backups in `<user data>/backups/`, logs in
`<user log>/`, local settings in `<user config>/`. `CUENTAS_HOME` puts all of them
under one folder (tests, portable installs). Folders are created on first use with
owner-only permissions.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Cuentas"
DEMO_BOOK_NAME = "Demo.cuentas"


def _home() -> Path | None:
    value = os.environ.get("CUENTAS_HOME")
    return Path(value).expanduser().resolve() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


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
