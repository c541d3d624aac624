"""Settings of this desktop (not of a book): the last book opened, recent books.

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
