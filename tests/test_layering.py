"""The house rules that keep layers apart (DESIGN.md section 1, STYLE.md)."""

from __future__ import annotations

import ast
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
        "app.cli, app.store.verify, app.store.inspect, app.store.create"
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
               "markdown-it-py": "markdown_it", "Pillow": "PIL"}


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


# --- The package map (CONTRIBUTING.md): layers point one way, and no import cycles ---------

#: app's layers, lowest first. A module may import its own layer and the ones below.
#: The base modules (errors, money, splits, paths, presets, faults, outfiles) and the
#: i18n package (the catalogue of app's messages) are layer 0.
APP_LAYERS = {"i18n": 0, "store": 1, "ledger": 2, "admin": 2, "backup": 3, "upgrade": 3,
              "reports": 4, "docs": 4, "cli": 5}
#: ui's shared modules import no window package; everything else sits over them.
UI_LAYERS = {"common": 0}


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and (
        (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
        or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING"))


def import_graph(package: str) -> dict[str, set[str]]:
    """module -> the modules of `package` it imports, at module level or inside a
    function (imports under `if TYPE_CHECKING:` only name types and are left out)."""
    modules: dict[str, Path] = {}
    for path in (ROOT / package).rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        stack: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"))]
        while stack:
            node = stack.pop()
            if _is_type_checking(node):
                continue
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets = [f"{node.module}.{a.name}" for a in node.names]
            else:
                targets = []
            for target in targets:
                found = owner(target)
                if found and found != name:
                    deps.add(found)
            stack.extend(ast.iter_child_nodes(node))
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _layer(module: str, layers: dict[str, int]) -> int:
    parts = module.split(".")
    return layers.get(parts[1], 0) if len(parts) > 1 else 0


def against_the_order(graph: dict[str, set[str]], layers: dict[str, int]) -> list[str]:
    return sorted(f"{m} -> {d}" for m, deps in graph.items() for d in deps
                  if _layer(d, layers) > _layer(m, layers))


def test_the_graph_sees_function_level_imports_and_cycles() -> None:
    graph = {"a.x": {"a.y"}, "a.y": {"a.z"}, "a.z": {"a.x"}, "a.w": set()}
    assert cycles(graph) == [["a.x", "a.y", "a.z"]]
    app_graph = import_graph("app")
    # a function-level import: the search module reads category trees inside a function
    assert "app.ledger.categories" in app_graph["app.ledger.search"]
    assert against_the_order({"app.store.book": {"app.cli.common"}}, APP_LAYERS) == [
        "app.store.book -> app.cli.common"]


def test_app_imports_follow_the_layers() -> None:
    assert against_the_order(import_graph("app"), APP_LAYERS) == []


def test_ui_common_imports_no_window() -> None:
    graph = import_graph("ui")
    assert [f"{m} -> {d}" for m, deps in sorted(graph.items()) if m.startswith("ui.common.")
            for d in sorted(deps) if not d.startswith(("ui.common", "ui.__init__"))
            and d != "ui"] == []


def test_no_import_cycles_in_app() -> None:
    assert cycles(import_graph("app")) == []


def test_every_app_package_has_a_layer() -> None:
    packages = {p.parent.name for p in (ROOT / "app").glob("*/__init__.py")}
    assert packages == set(APP_LAYERS), "add the package to APP_LAYERS and CONTRIBUTING.md"


def test_top_levels_stay_small() -> None:
    for package in ("app", "ui"):
        modules = [p.name for p in (ROOT / package).glob("*.py") if p.name != "__init__.py"]
        assert len(modules) <= 8, (package, modules)
