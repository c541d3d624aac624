"""The crash marker: what an upgrade or restore of a SQLite book was doing, on disk.

`shop.cuentas.pending` is written (atomically, synced) before an upgrade or restore
touches anything and updated at each stage; it is removed when the work is complete.
If the process dies — kill -9, a power cut — the marker survives and tells the next
`status`, `upgrade` or launch what to finish: the stage, the revision the book came
from, its fingerprint before, and the verified backup to fall back on. Recovery
itself is `app.upgrade.recover`.

A PostgreSQL book needs no marker: the server rolls an unfinished transaction back.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.store.files import fsync_dir, write_json_atomic

SUFFIX = ".pending"


def marker_path(location: str) -> Path:
    path = Path(location).expanduser().resolve()
    return path.with_name(path.name + SUFFIX)


def read_marker(location: str) -> dict[str, Any] | None:
    """The marker's content, or None when no work was left unfinished."""
    try:
        data = json.loads(marker_path(location).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        # Written atomically, so a damaged marker is a damaged disk: still unfinished.
        return {"operation": "unknown", "stage": "unknown"}
    return data if isinstance(data, dict) else {"operation": "unknown", "stage": "unknown"}


def write_marker(location: str, operation: str, stage: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "operation": operation,
        "stage": stage,
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        **fields,
    }
    write_json_atomic(marker_path(location), data)
    return data


def update_marker(location: str, data: dict[str, Any], stage: str, **fields: Any) -> None:
    """Move the marker to the next stage (the caller keeps `data` as the current content)."""
    data.update(fields)
    data["stage"] = stage
    write_json_atomic(marker_path(location), data)


def clear_marker(location: str) -> None:
    path = marker_path(location)
    try:
        path.unlink()
    except FileNotFoundError:
        return
    fsync_dir(path.parent)
