"""Passwords stay in memory: nothing Cuentas writes or shows carries one.

A PostgreSQL book is named by a URL, and a URL may hold a password
(`postgresql+psycopg://sandy:secret@host/db`, or `?password=secret`). Cuentas never
needs it on disk: libpq finds it in `~/.pgpass`, `PGPASSWORD` or a service file, and
the desktop app asks for it once per session and keeps it in memory
(DESIGN.md sections 6 and 8).

- `without_password(location)` is the location to *remember* (settings, recent
  books): the password removed, nothing in its place;
- `hide_passwords(text)` is for anything *shown or logged* (messages, logs, the
  book's own records): every URL password in the text becomes `***`.

Plain text only (no SQLAlchemy): the log writers in the base layer use it too.
"""

from __future__ import annotations

import re

#: `scheme://user:PASSWORD@`: as SQLAlchemy reads a URL, the password runs to the first
#: `@` (so it may hold `/`, `?` or `:`, never `@` or a blank); `***` (already hidden)
#: matches too, and stays `***`.
_USERINFO = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*):(?P<pw>[^\s@]*)@")
#: `?password=...` / `&password=...` in a URL's query (libpq accepts it there).
_QUERY = re.compile(r"(?P<sep>[?&])password=(?P<pw>[^&#\s]*)", re.IGNORECASE)
HIDDEN = "***"


def hide_passwords(text: str) -> str:
    """`text` with the password of every URL in it replaced by `***`."""
    if "://" not in text and "password=" not in text.lower():
        return text
    text = _USERINFO.sub(lambda m: f"{m.group('head')}:{HIDDEN}@", text)
    return _QUERY.sub(lambda m: f"{m.group('sep')}password={HIDDEN}", text)


def without_password(location: str) -> str:
    """A book's location with no password in it, for remembering it.

    A file path is returned as it is; a URL loses its password (in the user part and
    in the query), so libpq or the desktop app's prompt supplies it when it opens.
    """
    if "://" not in location:
        return location
    location = _USERINFO.sub(lambda m: f"{m.group('head')}@", location)
    base, sep, query = location.partition("?")
    if not sep:
        return location
    kept = [p for p in query.split("&") if p and not p.lower().startswith("password=")]
    return base + ("?" + "&".join(kept) if kept else "")


def has_password(location: str) -> bool:
    """Whether a book's location carries a password of its own."""
    return without_password(location) != location
