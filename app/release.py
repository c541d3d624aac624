"""Which Cuentas this is: the version, and for a frozen build the stamp of its build.

The version has one home, `app.__version__`; the package metadata (pyproject.toml reads
it), `cuentas --version`, the About box, backups' manifests, handouts and the installers
(packaging/) all take it from there. The frozen build carries a stamp written by
`packaging/cuentas.spec` next to this module (`app/build-info.json`: version, commit,
date, platform), so a build in Sandy's hands can be traced to its source.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

from app import __version__

STAMP = "build-info.json"


def frozen() -> bool:
    """True in the PyInstaller build (`dist/cuentas/cuentas`), False from source."""
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path | None:
    """The folder the frozen build unpacked its files into (PyInstaller's `_MEIPASS`)."""
    where = getattr(sys, "_MEIPASS", None)
    return Path(where) if frozen() and where else None


@functools.cache
def build_stamp() -> dict[str, str]:
    """The build's stamp, or {} when running from source."""
    from importlib import resources

    try:
        raw = (resources.files("app") / STAMP).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def describe() -> str:
    """`2.0.0`, or `2.0.0 (build 1a2b3c4, 2026-12-05)` for a stamped build."""
    stamp = build_stamp()
    details = [f"build {stamp['commit']}" if stamp.get("commit") else "",
               stamp.get("date", "")]
    shown = ", ".join(d for d in details if d)
    return f"{__version__} ({shown})" if shown else __version__
