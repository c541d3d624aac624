"""Helpers for the upgrade, backup, restore and lock tests (imported explicitly).

Real files and real subprocesses: `cuentas` is run as `python -m app.cli` with the
test's environment (its own CUENTAS_HOME), and `CUENTAS_TEST_FAULT` (app/faults.py)
makes a chosen moment fail, fill the disk or kill the process.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "app.cli"]


def make_legacy(path: Path, n: int = 300, seed: int = 11) -> Path:
    """A revision-0001 book as the pre-split Cuentas wrote it."""
    from app.store.demo import write_legacy

    write_legacy(path, n, seed, end=date(2026, 3, 1))
    return path


def make_legacy_with_duplicates(path: Path) -> Path:
    """A small legacy book with two top-level categories of the same name."""
    from app.store.demo import LEGACY_DDL

    conn = sqlite3.connect(path)
    conn.executescript(LEGACY_DDL)
    conn.executemany("INSERT INTO accounts (id, name, kind, opening_balance_cents) "
                     "VALUES (?, ?, 'bank', ?)", [(1, "Banco", 100_000), (2, "Caja", 0)])
    conn.executemany("INSERT INTO categories (id, name, parent_id, kind) VALUES (?, ?, ?, ?)",
                     [(1, "Ventas", None, "income"), (2, "Ventas", None, "income"),
                      (3, "Mostrador", 2, "income"), (4, "Gastos", None, "expense")])
    conn.executemany(
        "INSERT INTO transactions (account_id, date, payee, memo, amount_cents, category_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'x', 'x')",
        [(1, "2026-01-01", "a", "ñ", 10_000, 1), (1, "2026-01-02", "b", "", 25_050, 3),
         (2, "2026-01-03", "c", "", -1_234, 4), (2, "2026-01-04", "d", "", -99, None)])
    conn.commit()
    conn.close()
    return path


def content(path: Path | str) -> dict[str, object]:
    """Everything a book holds: its schema and every row of every table, sorted."""
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        schema = sorted(tuple(r) for r in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        tables = [r[1] for r in schema if r[0] == "table"]
        rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()
    return {"schema": schema, "rows": rows}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    """The files Cuentas and SQLite keep beside a book (journal, WAL, lock, marker)."""
    return sorted(p.name for p in path.parent.iterdir()
                  if p.name.startswith(path.name) and p.name != path.name)


def fingerprint_of(location: str):
    from app.store import db
    from app.store.fingerprint import compute

    engine = db.create_book_engine(location, pool=False, wal=False)
    try:
        with engine.connect() as conn:
            return compute(conn)
    finally:
        engine.dispose()


def damage(path: Path) -> None:
    """Overwrite one page in the middle of the file: quick_check must notice."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek((size // 2 // 4096) * 4096)
        fh.write(b"\x5a" * 4096)


def cuentas(*args: str, fault: str | None = None, timeout: float = 120,
            stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    """Run the command line in a subprocess (the test's CUENTAS_HOME is inherited)."""
    env = dict(os.environ)
    env.pop("CUENTAS_TEST_FAULT", None)
    if fault:
        env["CUENTAS_TEST_FAULT"] = fault
    return subprocess.run([*CLI, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=stdin, check=False)


HOLD = """
import sys, time
from app.store.lock import BookLock
lock = BookLock.acquire(sys.argv[1], sys.argv[2])
print("held", flush=True)
time.sleep(900)  # killed by the test
"""


@contextmanager
def held_by_another_process(location: str, purpose: str = "session") -> Iterator[int]:
    """Another (live) process holding the book's lock; yields its pid."""
    with subprocess.Popen([sys.executable, "-c", HOLD, location, purpose], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stderr is not None
            line = proc.stdout.readline()
            if line.strip() != "held":
                proc.kill()
                raise AssertionError(proc.stderr.read())
            yield proc.pid
        finally:
            proc.kill()
            proc.wait()


def wait_until(predicate, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)
