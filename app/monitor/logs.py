"""The log: JSON lines in `<user log>/cuentas.jsonl`, rotating, with no financial values.

`setup(source)` — called once by the desktop app and by the command line, through
`app.monitor.errors.setup`, which adds the counting of logged errors — sends
Python's logging (warnings and errors of every module, `cuentas.*` from INFO up) to
`cuentas.jsonl`, rotated at `MAX_BYTES` with `KEEP` older files (`cuentas.jsonl.1`,
…), owner-only. Each line is one object: `at` (UTC), `level`, `logger`, `source`
(desktop | command line), `pid`, `message`, the `fields` a caller passed with
`extra={"fields": {...}}`, and for an exception `error`: its `kind`, its scrubbed
`message` and its `frames` (file:line in function — where, never what).

No financial values: amounts, payees and memos never reach the log. Callers log
names of operations, counts and durations; and every free text that could carry a
value the user typed (a message, an exception's text, a string field) is scrubbed
first: quoted text becomes '…', and numbers with a decimal mark or of three digits
or more become '#'. Tracebacks keep their frames, not the values of variables.
"""

from __future__ import annotations

import json
import logging
import os
import re
import traceback
from datetime import UTC, datetime
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from app import paths
from app.store.outfiles import BINARY

LOG_NAME = "cuentas.jsonl"
MAX_BYTES = 1_000_000
KEEP = 4

_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|«[^»\n]*»|“[^”\n]*”")
_NUMBER = re.compile(r"[-+−]?(?:\d[\d\s.,’']*[.,]\d+|\d{3,})")
_installed: dict[str, logging.Handler] = {}


def scrub(text: str) -> str:
    """`text` without what could be a value the user typed (quoted text, amounts)."""
    return _NUMBER.sub("#", _QUOTED.sub("'…'", text))


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


#: The folder that holds the `app` package (the checkout, or site-packages).
_ROOT = Path(__file__).resolve().parents[2]


def _where(filename: str) -> str:
    """A frame's file from the package down (`app/ledger/transactions.py`), so a log
    names no user's folders."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(_ROOT).as_posix()
    except ValueError:
        return "/".join(path.parts[-3:])


def frames(tb: TracebackType | None) -> list[str]:
    """`file:line in function` for each frame of a traceback, outermost first."""
    return [f"{_where(f.filename)}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]


def own_place(tb: TracebackType | None) -> str:
    """The innermost frame in Cuentas' own code (where to look first)."""
    found = frames(tb)
    ours = [f for f in found if f.startswith(("app/", "ui/"))]
    return (ours or found or ["?"])[-1]


def describe(exc: BaseException) -> dict[str, Any]:
    """An exception as the log keeps it: kind, scrubbed message, frames."""
    out: dict[str, Any] = {"kind": type(exc).__name__, "message": scrub(str(exc))[:500],
                           "frames": frames(exc.__traceback__)}
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        out["cause"] = type(cause).__name__
    return out


def _clean(value: object) -> object:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return scrub(str(value))[:500]


class JsonLines(logging.Formatter):
    """One JSON object a line (see the module docstring)."""

    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, UTC).strftime(
                "%Y-%m-%dT%H:%M:%S.%fZ"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "source": self.source,
            "pid": record.process,
            "message": scrub(record.getMessage())[:1000],
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry["fields"] = {str(k): _clean(v) for k, v in fields.items()}
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = describe(record.exc_info[1])
        return json.dumps(entry, ensure_ascii=False, sort_keys=True)


class _PrivateRotatingFile(RotatingFileHandler):
    """A rotating file created owner-only (0600), whatever the umask."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND | BINARY, 0o600)
        return open(fd, "a", encoding=self.encoding or "utf-8")


def setup(source: str, *, also: tuple[logging.Handler, ...] = ()) -> Path:
    """Send the process's logging to the JSON log (idempotent), with the handlers in
    `also` beside it (`app.monitor.errors.setup` counts errors that way). Returns the
    file."""
    target = log_file()
    if source in _installed:
        return target
    handler = _PrivateRotatingFile(target, maxBytes=MAX_BYTES, backupCount=KEEP,
                                   encoding="utf-8", delay=True)
    handler.setFormatter(JsonLines(source))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    for i, added in enumerate((handler, *also)):
        root.addHandler(added)
        _installed[source if i == 0 else f"{source}:{i}"] = added
    logging.getLogger("cuentas").setLevel(logging.INFO)
    return target


def teardown() -> None:
    """Remove what `setup` installed (tests)."""
    root = logging.getLogger()
    for handler in _installed.values():
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
