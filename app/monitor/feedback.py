"""Help ▸ Send feedback: a note, and optionally a picture of the window, kept here.

Nothing is sent: notes are stored in this computer's state database
(`app.paths.state_db()`) and listed in the health view and the post-deployment
report; a diagnostics bundle carries their text, and their screenshots only when the
user ticks it (a screenshot shows the book's figures). Notes are not deleted by the
90-day retention of measurements.
"""

from __future__ import annotations

import time

from app import __version__
from app.errors import BadInput
from app.i18n import tr
from app.monitor import metrics

MAX_TEXT = 10_000
#: A window's picture larger than this is refused (a full-screen PNG is ~1 MB).
MAX_SCREENSHOT = 20_000_000
PNG = b"\x89PNG\r\n\x1a\n"


def save_feedback(text: str, screenshot: bytes | None = None, *, window: str = "",
                  book: str = "") -> int:
    """Keep a note; returns its id. BadInput for an empty note or a bad picture."""
    note = text.strip() if isinstance(text, str) else ""
    if not note:
        raise BadInput("feedback", "", tr("is empty: write what you want to tell"))
    if len(note) > MAX_TEXT:
        raise BadInput("feedback", note[:40] + "…", tr("is longer than {MAX_TEXT} characters")
                       .format(MAX_TEXT=MAX_TEXT))
    if screenshot is not None and (not screenshot.startswith(PNG)
                                   or len(screenshot) > MAX_SCREENSHOT):
        raise BadInput("screenshot", f"{len(screenshot)} bytes", tr("is not a PNG picture"))
    with metrics.opened() as conn, conn:
        cur = conn.execute(
            "INSERT INTO feedback (at, text, screenshot, window, app_version, book) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (time.time(), note, screenshot, window[:200], __version__,
             metrics.book_key(book) if book else ""))
    return int(cur.lastrowid or 0)


def screenshot_of(note_id: int) -> bytes | None:
    with metrics.opened() as conn:
        row = conn.execute("SELECT screenshot FROM feedback WHERE id = ?", (note_id,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def delete_feedback(note_id: int) -> bool:
    """Remove a note (the health view's Delete); True when there was one."""
    with metrics.opened() as conn, conn:
        return conn.execute("DELETE FROM feedback WHERE id = ?", (note_id,)).rowcount > 0
