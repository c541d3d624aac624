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
        "import app, app.store.book, app.ledger.transactions, app.ledger.search, app.store.demo, "
        "app.cli, app.safety.verify, app.safety.inspect, app.store.create"
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


def test_version_and_help_load_no_database_library() -> None:
    """`cuentas --version` answers at once: it imports no SQLAlchemy (issue 12)."""
    for flag in ("--version", "--help"):
        modules = loaded_modules(
            "import contextlib, io\n"
            "from ui.launch import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main([{flag!r}])"
        )
        assert not {m for m in modules if m.startswith(("sqlalchemy", "PySide6", "alembic"))}


def test_no_module_in_app_imports_qt_or_ui() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|ui)\b"
                         r"|import_module\(\s*[\"'](PySide6|ui)\b", re.M)
    offenders = [p for p in (ROOT / "app").rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []


SQL_IN_UI = re.compile(r"(\bsession\.execute|(?<![.\w])text\(\s*[rf]?[\"']|\bsa\.text\(|"
                       r"\bsqlite3\.connect|\bexec_driver_sql|\bfrom sqlalchemy|"
                       r"\bimport sqlalchemy)")


def test_the_sql_pattern_tells_sql_from_widgets() -> None:
    for sql in ('conn.execute(text("SELECT 1"))', "sa.text(q)", "import sqlalchemy as sa",
                "session.execute(q)", "sqlite3.connect(p)"):
        assert SQL_IN_UI.search(sql), sql
    for widget in ("self.edit.text()", "def text(self) -> str:", "label.setText(x)"):
        assert not SQL_IN_UI.search(widget), widget


def test_ui_never_talks_sql() -> None:
    offenders = [p for p in (ROOT / "ui").rglob("*.py") if SQL_IN_UI.search(p.read_text())]
    assert offenders == []


#: What each declared distribution is imported as (psycopg is SQLAlchemy's driver, named
#: in the `postgresql+psycopg://` URLs; shiboken6 comes with PySide6).
IMPORT_NAME = {"PySide6-Essentials": "PySide6", "PySide6-Addons": "PySide6",
               "SQLAlchemy": "sqlalchemy", "alembic": "alembic", "reportlab": "reportlab",
               "appdirs": "appdirs", "psycopg": "psycopg", "Babel": "babel",
               "markdown-it-py": "markdown_it", "Pillow": "PIL",
               "ofxtools": "ofxtools"}


def test_declared_dependencies_match_what_the_code_imports() -> None:
    import ast
    import tomllib

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    declared_names = {re.split(r"[<>=\[ ;]", d, maxsplit=1)[0] for d in declared}
    assert declared_names <= set(IMPORT_NAME), declared_names - set(IMPORT_NAME)
    used: set[str] = set()
    for package in ("app", "ui", "migrations", "help"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    used |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    used.add(node.module.split(".")[0])
    third_party = used - set(sys.stdlib_module_names) - {"app", "ui", "migrations", "help",
                                                          "shiboken6"}
    wanted = {IMPORT_NAME[d] for d in declared_names}
    assert third_party - wanted == set(), "imported but not declared"
    driver_named = "postgresql+psycopg" in (ROOT / "app/store/db.py").read_text()
    assert wanted - third_party == ({"psycopg"} if driver_named else set()), \
        "declared but never imported"
