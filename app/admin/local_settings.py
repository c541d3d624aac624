"""Settings of this desktop (not of a book): the last book opened, recent books, and
the language of the interface and the guides.

Kept as JSON in `<user config>/settings.json`, written atomically (temporary file,
fsync, rename) so a crash never leaves half a file.

No password is ever kept here: a PostgreSQL book is remembered by its URL without the
password (`app.store.redact.without_password`; libpq's `~/.pgpass`, `PGPASSWORD` or a
service file supplies it, or the desktop app asks once per session and keeps it in
memory), and any other text written here shows a URL's password as `***`. A file
written by an older Cuentas that still holds one is read without it and cleaned at once.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from app import paths
from app.store.outfiles import replace_file
from app.store.redact import hide_passwords, without_password

MAX_RECENT = 8
#: The keys that hold book locations to open again (the password removed).
BOOK_KEYS = ("last_book",)
BOOK_LISTS = ("recent_books",)


def _file() -> Path:
    return paths.config_dir() / "settings.json"


def _clean(value: Any) -> Any:
    """Every text in `value` with a URL's password shown as `***`."""
    if isinstance(value, str):
        return hide_passwords(value)
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def without_secrets(data: dict[str, Any]) -> dict[str, Any]:
    """The settings as they may be written: books without passwords, nothing else
    holding one either."""
    clean: dict[str, Any] = {}
    for key, value in data.items():
        if key in BOOK_KEYS and isinstance(value, str):
            clean[key] = without_password(value)
        elif key in BOOK_LISTS and isinstance(value, list):
            books = [without_password(v) for v in value if isinstance(v, str)]
            clean[key] = list(dict.fromkeys(books))
        else:
            clean[key] = _clean(value)
    return clean


def load() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError, OSError, UnicodeDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    clean = without_secrets(data)
    if clean != data:  # an older Cuentas wrote a password here: it goes now
        try:
            save(clean)
        except OSError:
            pass
    return clean


def save(data: dict[str, Any]) -> None:
    target = _file()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(without_secrets(data), fh, indent=2, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        replace_file(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    data = load()
    data[key] = value
    save(data)


def remember_book(location: str) -> None:
    """Note the book opened last (and among the recent ones), without its password."""
    location = without_password(location)
    data = load()
    data["last_book"] = location
    recent = [b for b in data.get("recent_books", []) if b != location]
    data["recent_books"] = [location, *recent][:MAX_RECENT]
    save(data)


def last_book() -> str | None:
    value = load().get("last_book")
    return value if isinstance(value, str) and value else None


# ---------------------------------------------------------------- the interface language

#: The language of the interface and of the guides on this computer: "" follows the
#: system, else a code of `app.i18n.LANGUAGES`.
LANGUAGE_KEY = "language"


def language_choice() -> str:
    """What was chosen in Settings ▸ General: '' (the system's) or a language code."""
    from app import i18n

    value = get(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in i18n.LANGUAGES else ""


def set_language_choice(code: str) -> str:
    """Choose the language of the interface and guides ('' follows the system); it
    applies the next time Cuentas starts."""
    from app import i18n
    from app.errors import BadInput

    code = code.strip()
    if code and code not in i18n.LANGUAGES:
        raise BadInput("language", code,
                       i18n.tr("is not a language of Cuentas (one of: {codes})").format(
                           codes=", ".join(i18n.LANGUAGES)))
    put(LANGUAGE_KEY, code)
    return code


def interface_language(system: str | None = None) -> str:
    """The language to start in: `CUENTAS_LANG` when set, else the choice made in
    Settings ▸ General, else the system's (`system`, a locale name the desktop reads
    from Qt; by default the environment's)."""
    from app import i18n

    forced = os.environ.get("CUENTAS_LANG", "").strip()
    if forced:
        return i18n.language_of(forced)
    return language_choice() or (i18n.language_of(system) if system
                                 else i18n.system_language())
