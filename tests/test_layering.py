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
    """`cuentas --version` answers at once (target 80 ms): it imports no SQLAlchemy (issue
    12), and building the parser loads no guide reader (markdown-it: 25 ms)."""
    for flag in ("--version", "--help"):
        modules = loaded_modules(
            "import contextlib, io\n"
            "from ui.launch import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main([{flag!r}])"
        )
        assert not {m for m in modules
                    if m.startswith(("sqlalchemy", "PySide6", "alembic", "markdown_it"))}


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
    # psycopg may be named only in the URLs (the self-test imports it to report libpq).
    assert wanted - third_party <= ({"psycopg"} if driver_named else set()), \
        "declared but never imported"


# --- The package map (CONTRIBUTING.md): layers point one way, and no import cycles ---------

#: app's layers, lowest first. A module may import its own layer and the ones below.
#: The base modules (errors, money, splits, paths, dates, presets, faults, release) and
#: the i18n package (the language and the catalogue of app's messages) are layer 0.
APP_LAYERS = {"i18n": 0, "store": 1, "ledger": 2, "admin": 2, "backup": 3, "upgrade": 3,
              "reports": 4, "docs": 4, "monitor": 4, "imports": 4, "exports": 4, "cli": 5}
#: Leaves any layer may use: the measurement hooks import only app.paths and app.errors.
MODULE_LAYERS = {"app.monitor.metrics": 0}
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
    if module in MODULE_LAYERS:
        return MODULE_LAYERS[module]
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


def test_no_import_cycles_in_ui() -> None:
    """The launch, the application and the main window used to import each other (the
    demo book and the session locks lived in `ui.application`): issue 12."""
    assert cycles(import_graph("ui")) == []


def test_every_app_package_has_a_layer() -> None:
    packages = {p.parent.name for p in (ROOT / "app").glob("*/__init__.py")}
    assert packages == set(APP_LAYERS), "add the package to APP_LAYERS and CONTRIBUTING.md"


def test_top_levels_stay_small() -> None:
    for package in ("app", "ui"):
        modules = [p.name for p in (ROOT / package).glob("*.py") if p.name != "__init__.py"]
        assert len(modules) <= 8, (package, modules)


# --- Tests mirror the tree ---------------------------------------------------------------

#: Modules whose tests are not in their mirrored folder (tests/<package path>/), and
#: where they are. Every other module is imported by a test file of its own folder:
#: a new module comes with its tests beside its package's, or a line here.
TESTED_ELSEWHERE = {
    **{f"app.cli.{m}": "tests/app/cli/test_cli.py runs every command through app.cli.main"
       for m in ("admin_cmds", "book_cmds", "common", "help_cmds", "ledger_cmds",
                 "report_cmds", "template_cmds", "upgrade_cmds")},
    "app.store.identity": "tests/app/admin/test_users.py (profiles, who is acting)",
    "app.paths": "tests/app/test_outfiles.py checks the folders it makes, as real processes",
    "app": "the version: tests/test_packaging.py (one version everywhere)",
    "app.release": "tests/test_packaging.py and tests/ui/launch/test_self_test.py",
    "app.faults": "tests/books.py and the crash tests set fault hooks in real processes",
    "app.cli.self_test": "tests/ui/launch/test_self_test.py runs --self-test as a process",
    "ui.launch.self_test": "tests/ui/launch/test_self_test.py runs --self-test as a process",
    "app.presets": "tests/app/ledger/test_tax_rates.py and test_services.py use the mx preset",
    "app.admin.sessions": "tests/ui/launch/test_flow.py (clean and unclean closes)",
    "app.backup.snapshot": "tests/app/backup/test_backup.py backs up PostgreSQL books",
    "app.reports._sql": "tests/app/reports/test_scenarios.py (every report's SQL)",
    "app.reports.export": "tests/app/reports/test_scenarios.py (CSV and JSON of each report)",
    "app.store.fingerprint": "tests/app/upgrade/test_upgrade.py proves every total",
    "app.store.models": "every service test reads the rows",
    "app.store.verify": "tests/app/ledger/test_services.py and tests/app/upgrade",
    "ui.common.context": "tests/ui/conftest.py builds one for the window tests",
    "ui.common.delegates": "tests/ui/main/test_window.py edits cells with the keyboard",
    **{f"ui.common.operations.{m}": "the window tests that write through them "
       "(tests/ui/main, tests/ui/settings, tests/ui/backup, tests/ui/editing); "
       "tests/test_write_path.py keeps every window on them"
       for m in ("accounts", "backups", "books", "categories", "settings", "templates")},
    "ui.common.prompts": "tests/ui/reports/test_exports.py (replace or not)",
    "ui.common.style": "colours only",
    "ui.common.targets": "tests/ui/conftest.py, tests/ui/editing (type-ahead)",
    "ui.common.translate": "tests/ui/common/test_translate.py loads a real catalogue",
    "ui.docs.autopilot": "tests/ui/launch/test_flow.py runs the launch on autopilot",
    **{f"ui.docs.shots{m}": "tests/ui/docs/test_screenshots.py renders every screenshot"
       for m in (".backup", ".editing", ".help", ".launch", ".main", ".reports",
                 ".search", ".settings", ".upgrade")},
    "ui.editing.transaction_editor": "tests/ui/main/test_window.py",
    "ui.launch.dialogs": "tests/ui/launch/test_flow.py answers every launch dialog",
    "ui.launch.first_start": "tests/ui/test_application.py",
    "ui.main.accounts_view": "tests/ui/main/test_window.py",
    "ui.settings.audit_log_view": "tests/ui/editing/test_history_dialog.py",
    "ui.settings.backups": "tests/ui/settings/test_dialog.py",
    "ui.upgrade.results": "tests/ui/upgrade/test_wizard.py",
}


def _named_in(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.add(node.value.split(":")[0])  # monkeypatch targets, subprocess code
    return names


def untested_modules() -> list[str]:
    out = []
    for top in ("app", "ui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if parts[-1] == "__main__" or all(
                    isinstance(n, ast.Expr | ast.ImportFrom) for n in tree.body):
                continue  # a package's docstring, or a module that only re-exports
            module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            folder = ROOT / "tests" / Path(*parts[:-1])
            tests = folder.glob("test_*.py") if folder.is_dir() else ()
            if not any(module in _named_in(t) for t in tests):
                out.append(module)
    return out


def test_every_module_has_tests_beside_its_package_or_says_where() -> None:
    assert sorted(set(untested_modules()) - set(TESTED_ELSEWHERE)) == []
    # and the list says only what is true: no module listed that has its own tests now
    assert sorted(set(TESTED_ELSEWHERE) - set(untested_modules())) == []
