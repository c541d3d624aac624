"""The house rules that keep layers apart (DESIGN.md section 1, STYLE.md)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def loaded_modules(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout
    return set(out.split())


def test_app_never_loads_qt() -> None:
    modules = loaded_modules(
        "import app, app.book, app.transactions, app.search, app.demo, app.cli, app.verify, "
        "app.inspect, app.create"
    )
    assert not {m for m in modules if m.startswith(("PySide6", "ui"))}


def test_the_report_path_loads_neither_qt_nor_alembic(tmp_path: Path) -> None:
    book = tmp_path / "r.cuentas"
    subprocess.run([sys.executable, "-m", "app.cli", "--db", str(book), "demo",
                    "--transactions", "30"], check=True, cwd=ROOT, capture_output=True)
    modules = loaded_modules(
        "from app.cli import main\n"
        f"main(['--db', {str(book)!r}, 'report', 'categories', '--format', 'csv'])"
    )
    assert not {m for m in modules if m.startswith(("PySide6", "alembic", "reportlab"))}


def test_no_module_in_app_imports_qt_or_ui() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|ui)\b", re.M)
    offenders = [p for p in (ROOT / "app").rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []


def test_ui_never_talks_sql() -> None:
    pattern = re.compile(r"\b(session\.execute|text\(|sqlite3\.connect|exec_driver_sql|"
                         r"from sqlalchemy|import sqlalchemy)")
    offenders = [p for p in (ROOT / "ui").rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []
