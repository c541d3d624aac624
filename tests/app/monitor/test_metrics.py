"""app.monitor.metrics: timings and counters, buffered, written in batches, kept 90 days."""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import paths
from app.errors import BadInput
from app.monitor import metrics

ROOT = Path(__file__).resolve().parents[3]


def rows(sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    metrics.flush()
    with metrics.opened() as conn:
        return conn.execute(sql, params).fetchall()


def timings(op: str | None = None) -> list[tuple[object, ...]]:
    if op is None:
        return rows("SELECT op, outcome FROM timings ORDER BY at")
    return rows("SELECT op, ms, outcome FROM timings WHERE op = ? ORDER BY at", (op,))


def test_a_block_is_timed_with_its_outcome() -> None:
    with metrics.timed("demo.ok"):
        time.sleep(0.002)
    with pytest.raises(ZeroDivisionError), metrics.timed("demo.failed"):
        1 / 0  # noqa: B018
    with pytest.raises(BadInput), metrics.timed("demo.refused"):
        raise BadInput("amount", "x", "is not a number")
    (_op, ms, outcome), = timings("demo.ok")
    assert outcome == "ok" and 2 <= float(ms) < 2000  # type: ignore[arg-type]
    assert timings("demo.failed")[0][2] == "failed"
    assert timings("demo.refused")[0][2] == "refused"


def test_a_decorated_function_keeps_its_name_result_and_errors() -> None:
    @metrics.timed("demo.call")
    def add(a: int, b: int = 1) -> int:
        """Adds."""
        if a < 0:
            raise ValueError("negative")
        return a + b

    assert add(2, b=3) == 5
    with pytest.raises(ValueError):
        add(-1)
    assert add.__name__ == "add" and add.__doc__ == "Adds."
    assert [o for _op, _ms, o in timings("demo.call")] == ["ok", "failed"]


def test_counters_add_up_per_day_and_label() -> None:
    metrics.count("split_editor.opened")
    metrics.count("split_editor.opened", 2)
    metrics.count("template.applied", label="iva-16")
    metrics.count("template.applied", label="card-deposit")
    metrics.count("template.applied", label="iva-16")
    found = {(n, label): total for _d, n, label, total in
             rows("SELECT day, name, label, n FROM counters")}
    assert found == {("split_editor.opened", ""): 3, ("template.applied", "iva-16"): 2,
                     ("template.applied", "card-deposit"): 1}


def test_nothing_is_written_until_a_batch_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metrics, "BATCH", 5)
    metrics.discard()
    before = metrics._recorder.written
    for _ in range(4):
        metrics.record("demo.batch", 1.0)
    assert metrics._recorder.written == before  # still in memory
    metrics.record("demo.batch", 1.0)
    assert metrics._recorder.written == before + 5  # one transaction of five rows
    with metrics.opened() as conn:  # read without flushing
        assert conn.execute("SELECT count(*) FROM timings").fetchone()[0] == 5


def test_a_batch_goes_to_the_data_folder_it_was_started_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = paths.state_db()
    metrics.record("demo.first", 1.0)
    monkeypatch.setenv("CUENTAS_HOME", str(tmp_path / "other"))
    metrics.record("demo.second", 1.0)
    metrics.flush()
    second = paths.state_db()
    assert second != first
    with metrics.opened(first) as conn:
        assert [r[0] for r in conn.execute("SELECT op FROM timings")] == ["demo.first"]
    with metrics.opened(second) as conn:
        assert [r[0] for r in conn.execute("SELECT op FROM timings")] == ["demo.second"]


def test_ninety_days_are_kept_and_feedback_stays() -> None:
    old = time.time() - 91 * 86400
    with metrics.opened() as conn, conn:
        conn.execute("INSERT INTO timings VALUES (?, 'demo.old', 1, 'ok')", (old,))
        conn.execute("INSERT INTO timings VALUES (?, 'demo.new', 1, 'ok')",
                     (time.time() - 89 * 86400,))
        conn.execute("INSERT INTO counters VALUES (?, 'demo', '', 1)",
                     (time.strftime("%Y-%m-%d", time.gmtime(old)),))
        conn.execute("INSERT INTO errors (at, kind, place, message, frames, source) "
                     "VALUES (?, 'E', '', '', '', 'desktop')", (old,))
        conn.execute("INSERT INTO feedback (at, text) VALUES (?, 'old note')", (old,))
    metrics.record("demo.trigger", 1.0)  # a batch write prunes
    metrics.flush()
    assert {r[0] for r in rows("SELECT op FROM timings")} == {"demo.new", "demo.trigger"}
    assert rows("SELECT count(*) FROM counters WHERE name = 'demo'") == [(0,)]
    assert rows("SELECT count(*) FROM errors") == [(0,)]
    assert rows("SELECT text FROM feedback") == [("old note",)]


def test_a_state_database_that_cannot_be_written_costs_only_the_measurements(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setattr(paths, "state_db", lambda: blocked / "monitor.sqlite3")
    metrics.discard()

    @metrics.timed("demo.work")
    def work() -> str:
        return "done"

    assert work() == "done"
    metrics.flush()  # logged as a warning, never raised
    metrics.event("check", book=str(tmp_path / "b.cuentas"))


def test_the_database_file_is_owner_only() -> None:
    metrics.record("demo.mode", 1.0)
    metrics.flush()
    assert paths.state_db().stat().st_mode & 0o777 == 0o600


def test_book_keys_match_the_sessions_keys(tmp_path: Path) -> None:
    from app.admin.sessions import book_key

    for location in (str(tmp_path / "a.cuentas"), "~/b.cuentas",
                     "postgresql+psycopg://sandy:secret@db.local/cuentas",
                     "postgresql+psycopg://sandy@db.local/cuentas"):
        assert metrics.book_key(location) == book_key(location)
    assert "secret" not in metrics.book_key("postgresql+psycopg://sandy:secret@h/db")


def test_metrics_is_a_leaf_the_services_may_import() -> None:
    """Stores, ledgers, backups and upgrades call it: it imports nothing of theirs."""
    source = (ROOT / "app/monitor/metrics.py").read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
    ours = {m for m in imported if m.split(".")[0] == "app"}
    assert ours <= {"app", "app.errors"}, ours
    package = ast.parse((ROOT / "app/monitor/__init__.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(package) if isinstance(n, ast.Import | ast.ImportFrom)]
    out = subprocess.run(
        [sys.executable, "-c", "import app.monitor.metrics, sys; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    assert not [m for m in out if m.startswith(("sqlalchemy", "PySide6", "reportlab"))]


def test_below_the_monitor_layer_only_metrics_is_imported() -> None:
    """store, ledger, admin, safety, backup, upgrade and reports reach app.monitor only
    through the leaf (CONTRIBUTING.md: the layer order)."""
    offenders = []
    for package in ("store", "ledger", "admin", "safety", "backup", "upgrade", "reports"):
        for path in (ROOT / "app" / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([node.module] if isinstance(node, ast.ImportFrom) and node.module
                         else [a.name for a in node.names] if isinstance(node, ast.Import)
                         else [])
                offenders += [f"{path.relative_to(ROOT)}: {name}" for name in names
                              if name.startswith("app.monitor")
                              and name != "app.monitor.metrics"]
    assert offenders == []


def test_measuring_is_cheap() -> None:
    """A sanity bound for the suite (the benchmark quotes the real figure)."""
    metrics.discard()
    start = time.perf_counter()
    for _ in range(2000):
        with metrics.timed("demo.cheap"):
            pass
    per = (time.perf_counter() - start) / 2000 * 1000
    assert per < 1.0  # ms; bench_monitor.py measures ~0.002 ms


def test_a_concurrent_reader_does_not_block_a_batch() -> None:
    metrics.record("demo.wal", 1.0)
    metrics.flush()
    reader = sqlite3.connect(paths.state_db())
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM timings").fetchone()
    metrics.record("demo.wal", 2.0)
    metrics.flush()
    reader.rollback()
    reader.close()
    assert len(timings("demo.wal")) == 2
