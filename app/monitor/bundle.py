"""The diagnostics bundle: one zip with what support needs, and no book data by default.

    cuentas-diagnostics-20261205-1430.zip
      README.txt                what is inside, and what is not
      manifest.json             when, Cuentas, Python, platform, the book's revision and
                                state (a read-only look), the options chosen
      health.json               the figures of `cuentas health --json`
      logs/                     cuentas.jsonl (and its rotated files); upgrades.jsonl
                                without the fingerprints (they hold balances)
      metrics/                  timings, counters, errors, events, feedback notes (CSV)
      settings/settings.json    this computer's settings (thresholds included)
      settings/book.json        the book's settings and feature-flag stages
      feedback/<id>.png         only when the user ticks "screenshots": a picture of a
                                window shows the book's figures
      book/<name>.cuentas       only when the user ticks "the book": a consistent copy
                                (SQLite's online backup; a PostgreSQL book's snapshot)

The logs and the monitoring tables hold no amounts, payees or memos (`app.monitor.logs`).
`health.json` names categories (the split configurations) and users, not amounts.
`cli-errors.log`, written before monitoring existed, holds raw messages and stays out.
The zip is written through `app.store.outfiles.write_file` (never over a book; atomic).
"""

from __future__ import annotations

import csv
import io
import json
import platform
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from app import __version__, paths
from app.i18n import QT_TR_NOOP, tr
from app.monitor import logs, metrics

Progress = Callable[[str, str, int, int], None]

#: The bundle's README is for whoever supports the installation: it stays in English,
#: like the logs and figures it describes.
README = """Cuentas diagnostics bundle
==========================

Made on {made} by Cuentas {version} for whoever supports this installation.

Inside:
  manifest.json          versions, platform, the book's revision and state
  health.json            the figures of the health view (`cuentas health --json`)
  logs/                  the program's log (JSON lines) and the upgrade failures log
  metrics/               timings, counters, errors, events and feedback notes (CSV)
  settings/              this computer's settings and the book's settings and flags
{extras}
Not inside: amounts, payees or memos{book_note}. Logs and measurements never hold them;
the feedback notes (metrics/feedback.csv) are as their authors wrote them.
Nothing was sent anywhere: pass this file on yourself, as you see fit.
"""


def _csv(conn: sqlite3.Connection, sql: str, header: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in conn.execute(sql):
        writer.writerow(row)
    return out.getvalue()


def _upgrades_log(path: Path) -> str:
    """`upgrades.jsonl` without the fingerprints (account balances, category totals)."""
    kept = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict):
            for key in ("fingerprint_before", "fingerprint_after"):
                if row.get(key):
                    row[key] = "(left out: it holds balances)"
            row["message"] = logs.scrub(str(row.get("message", "")))
            kept.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return "\n".join(kept) + ("\n" if kept else "")


def _book_look(health: Any, location: str | None) -> dict[str, Any]:
    """The book as the health figures saw it (or why they could not read it)."""
    if health.book is not None:
        return dict(health.book.to_json())
    from app.store import db

    return {"location": db.display_name(location) if location else None,
            "problem": health.problem}


def _book_settings(location: str) -> dict[str, Any] | None:
    from app.admin.book_settings import get_settings
    from app.admin.flags import book_stages
    from app.store.book import open_book

    try:
        book = open_book(location, pool=False)
    except Exception:
        return None
    try:
        return {"settings": get_settings(book), "flags": book_stages(book)}
    finally:
        book.close()


def _copy_book(location: str, folder: Path) -> Path:
    """A consistent copy of the book in `folder` (never a plain file copy)."""
    from app.store import db

    if db.is_postgres(location):
        from app.backup.snapshot import snapshot_postgres

        target = folder / "book.cuentas"
        target.touch(mode=0o600)
        snapshot_postgres(location, target)
        return target
    source = Path(location).expanduser()
    target = folder / source.name
    src = db.readonly_sqlite(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def build_bundle(zf: zipfile.ZipFile, *, location: str | None, include_book: bool = False,
                 include_screenshots: bool = False, extra: dict[str, str] | None = None,
                 progress: Progress | None = None) -> list[str]:
    """Write the bundle's members into `zf`; returns their names."""
    def step(what: str, done: int) -> None:
        if progress is not None:
            progress(QT_TR_NOOP("Making the diagnostics bundle"), what, done, 6)

    names: list[str] = []

    def put(name: str, data: str | bytes) -> None:
        zf.writestr(name, data)
        names.append(name)

    made = time.strftime("%Y-%m-%d %H:%M", time.localtime())
    step(tr("health figures"), 0)
    from app.monitor.health import gather_at

    health = gather_at(location)
    put("health.json", json.dumps(health.to_json(), ensure_ascii=False, indent=2))
    step(tr("logs"), 1)
    log_dir = paths.log_dir()
    for path in sorted(log_dir.glob(logs.LOG_NAME + "*")):
        put(f"logs/{path.name}", path.read_bytes())
    upgrades = log_dir / "upgrades.jsonl"
    if upgrades.is_file():
        put("logs/upgrades.jsonl", _upgrades_log(upgrades))
    step(tr("measurements"), 2)
    metrics.flush()
    with metrics.opened() as conn:
        for name, sql, header in (
            ("timings", "SELECT at, op, ms, outcome FROM timings ORDER BY at",
             ["at", "op", "ms", "outcome"]),
            ("counters", "SELECT day, name, label, n FROM counters ORDER BY day, name, label",
             ["day", "name", "label", "n"]),
            ("errors", "SELECT id, at, kind, place, message, source, frames FROM errors "
             "ORDER BY at", ["id", "at", "kind", "place", "message", "source", "frames"]),
            ("events", "SELECT at, kind, book, outcome, detail FROM events ORDER BY at",
             ["at", "kind", "book", "outcome", "detail"]),
            ("feedback", "SELECT id, at, text, window, app_version, screenshot IS NOT NULL "
             "FROM feedback ORDER BY at", ["id", "at", "text", "window", "app_version",
                                           "has_screenshot"]),
        ):
            put(f"metrics/{name}.csv", _csv(conn, sql, header))
        if include_screenshots:
            for note_id, png in conn.execute(
                    "SELECT id, screenshot FROM feedback WHERE screenshot IS NOT NULL"):
                put(f"feedback/{note_id}.png", bytes(png))
    step(tr("settings"), 3)
    settings_file = paths.config_dir() / "settings.json"
    if settings_file.is_file():
        put("settings/settings.json", settings_file.read_bytes())
    book_settings = _book_settings(location) if location else None
    if book_settings is not None:
        put("settings/book.json", json.dumps(book_settings, ensure_ascii=False, indent=2))
    book_name = ""
    if include_book and location:
        step(tr("a copy of the book"), 4)
        with tempfile.TemporaryDirectory(prefix="cuentas-bundle-") as tmp:
            copy = _copy_book(location, Path(tmp))
            book_name = f"book/{copy.name}"
            zf.write(copy, book_name)
            names.append(book_name)
    step(tr("manifest"), 5)
    from app.store.schema import HEAD

    manifest = {
        "made": made, "app_version": __version__, "schema_head": HEAD,
        "python": platform.python_version(), "platform": platform.platform(),
        "book": _book_look(health, location), "includes_book": bool(book_name),
        "includes_screenshots": include_screenshots, **(extra or {}),
        "files": [*names, "README.txt", "manifest.json"],
    }
    put("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    extras = ""
    if include_screenshots:
        extras += "  feedback/              the pictures attached to feedback notes\n"
    if book_name:
        extras += f"  {book_name:<22} a copy of the book, as you asked\n"
    put("README.txt", README.format(
        made=made, version=__version__, extras=extras,
        book_note=" — except in the copy of the book you chose to include" if book_name
        else (", except in the pictures of windows you chose to include"
              if include_screenshots else "")))
    step(tr("done"), 6)
    return names


def write_bundle(out: str | Path, *, location: str | None, include_book: bool = False,
                 include_screenshots: bool = False, extra: dict[str, str] | None = None,
                 force: bool = False, field: str = "--bundle",
                 progress: Progress | None = None) -> Path:
    """Write the bundle at `out` (checked first: never over a book or a folder, an
    existing file only with `force`; atomic). BadInput names `field`."""
    from app.store.outfiles import check_target, write_file

    check_target(out, field=field, force=force, book=location)

    def fill(fh: IO[bytes]) -> None:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            build_bundle(zf, location=location, include_book=include_book,
                         include_screenshots=include_screenshots, extra=extra,
                         progress=progress)

    return write_file(out, fill, field=field, force=force, book=location)


def default_name() -> str:
    return time.strftime("cuentas-diagnostics-%Y%m%d-%H%M.zip", time.localtime())

