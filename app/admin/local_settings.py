"""Settings of this desktop (not of a book): the last book opened, recent books, and
the language of the interface and the guides.

Kept as JSON in `<user config>/settings.json`, written atomically (temporary file,
fsync, rename) so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from app import paths

MAX_RECENT = 8


def _file() -> Path:
    return paths.config_dir() / "settings.json"


def load() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError, OSError):
        return {}
    return data if isinstance(data, dict) else {}


def save(data: dict[str, Any]) -> None:
    target = _file()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
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
