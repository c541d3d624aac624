"""Unexpected errors: counted by kind, logged with their frames, described for support.

The desktop app's exception hook (`ui.health.crash`) and the command line's last
resort call `record_error`: the error is written to the state database (kind, where,
scrubbed message, frames) and to the JSON log, and an `ErrorReport` comes back with
the plain message to show and the full details for *Copy details* — those stay in
memory, on the user's screen and clipboard, and are never written anywhere.

Errors that a window catches and shows itself are logged with their traceback by
`ui.common.operations`; `setup` (the desktop app's and the command line's start of
logging) adds a handler that stores them here too, as source `operation`.
"""

from __future__ import annotations

import logging
import platform
import time
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import __version__
from app.i18n import tr
from app.monitor import logs, metrics

log = logging.getLogger("cuentas.errors")


@dataclass(frozen=True)
class ErrorReport:
    """What the user is shown: `message` (plain words) and `details` (Copy details)."""

    id: int | None
    kind: str
    place: str
    message: str
    details: str


@dataclass(frozen=True)
class ErrorRow:
    """A counted error as the health view lists it (no values: scrubbed)."""

    id: int
    at: float
    kind: str
    place: str
    message: str
    frames: tuple[str, ...]
    source: str

    @property
    def when(self) -> str:
        return datetime.fromtimestamp(self.at).strftime("%Y-%m-%d %H:%M")


def store_error(exc: BaseException, *, source: str) -> int | None:
    """Count `exc` in the state database; its id, or None when it cannot be written."""
    tb = exc.__traceback__
    try:
        with metrics.opened() as conn, conn:
            cur = conn.execute(
                "INSERT INTO errors (at, kind, place, message, frames, source) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), type(exc).__name__, logs.own_place(tb),
                 logs.scrub(str(exc))[:500], "\n".join(logs.frames(tb)), source))
            return cur.lastrowid
    except Exception:  # counting an error must never raise another
        return None


class _CountErrors(logging.Handler):
    """Errors that any module logs with a traceback (a failed operation a window showed
    the user) are counted with the others."""

    def __init__(self, source: str) -> None:
        super().__init__(logging.ERROR)
        self.source = source

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "counted", False) or not record.exc_info:
            return
        exc = record.exc_info[1]
        if exc is not None:
            store_error(exc, source="operation" if self.source == "desktop" else self.source)


def setup(source: str) -> Path:
    """Start the JSON log (`app.monitor.logs`) and count the errors logged with a
    traceback; `source` is `desktop` or `command line`. Idempotent."""
    return logs.setup(source, also=(_CountErrors(source),))


def details_text(exc: BaseException, *, source: str) -> str:
    """Everything a supporter needs, for the clipboard (the user decides to share it)."""
    head = [
        f"Cuentas {__version__} ({source})",
        f"Python {platform.python_version()} on {platform.platform(terse=True)}",
        f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        "",
    ]
    return "\n".join(head) + "".join(traceback.format_exception(exc))


def record_error(exc: BaseException, *, source: str = "desktop") -> ErrorReport:
    """Count, log and describe an unexpected error (the exception hook's first step)."""
    error_id = store_error(exc, source=source)
    place = logs.own_place(exc.__traceback__)
    log.error("unexpected %s at %s", type(exc).__name__, place, exc_info=exc,
              extra={"counted": True, "fields": {"error_id": error_id}})
    message = tr("Cuentas ran into a problem it did not expect ({error}). What was saved "
                 "before is safe; the action that failed was not completed.").format(
                     error=type(exc).__name__)
    return ErrorReport(error_id, type(exc).__name__, place, message,
                       details_text(exc, source=source))


def recent_errors(since: float, limit: int = 50) -> list[ErrorRow]:
    """Errors counted since `since` (unix time), newest first."""
    metrics.flush()
    try:
        with metrics.opened() as conn:
            rows = conn.execute(
                "SELECT id, at, kind, place, message, frames, source FROM errors "
                "WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ?", (since, limit)).fetchall()
    except Exception:
        return []
    return [ErrorRow(r[0], r[1], r[2], r[3], r[4], tuple(r[5].splitlines()), r[6])
            for r in rows]


def count_by_kind(since: float) -> dict[str, int]:
    try:
        with metrics.opened() as conn:
            return dict(conn.execute(
                "SELECT kind, count(*) FROM errors WHERE at >= ? GROUP BY kind "
                "ORDER BY count(*) DESC, kind", (since,)).fetchall())
    except Exception:
        return {}

