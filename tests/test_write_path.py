"""One write path in the desktop app (issue 12): no ui module calls a service that writes,
except the operations modules (`ui/common/operations/`) and the undo commands
(`ui/common/undo.py`).

Which `app` functions write is worked out from the code, not listed by hand: a function
that opens a unit of work (`with book.write(...)`) writes, and so does every function
that calls one that writes (followed through imports, to a fixed point). The engines
that replace or copy a whole book without a unit of work — a backup, a restore, an
upgrade, a new book, the demo books — are named below; the closure adds everything
that calls them (the daily backup, the pre-upgrade backup, the settling of an
interrupted upgrade). Then every ui module is scanned for a reference to one of
those functions — a call, or a function handed on as a callback — through any import
(`from app.x import f`, `from app.x import module`, `import app.x as m`), at module
level or inside a function.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Engines that write a whole book (or a copy of it) without a unit of work.
ENGINES = {
    ("app.backup", "backup_book"),  # a verified copy (its restore brings it back)
    ("app.backup.restore", "restore_backup"),
    ("app.backup.restore", "complete_restore"),  # settling a restore a crash cut short
    ("app.upgrade", "upgrade_book"),
    ("app.store.create", "create_book"),
    ("app.store.demo", "write_current"),
    ("app.store.demo", "write_legacy"),
}
#: Where a ui module may call them: the write path itself.
WRITE_PATH = ("ui/common/operations/", "ui/common/undo.py")
#: ui/docs draws the guides' screenshots and walkthroughs on scratch books of its own
#: (`cuentas docs screenshots`), setting each scene up with the services directly; no
#: window of it is shown to anyone working in a book.
STAGING = ("ui/docs/",)
#: The entry point hands the command line to app.cli (it is no window), and the
#: self-test works on a throw-away folder of its own.
ENTRY = ("ui.launch", "ui.launch.self_test")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@dataclass
class Module:
    name: str
    tree: ast.Module
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = field(default_factory=dict)
    #: local name -> ("module", "app.x") or ("function", "app.x", "f")
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _bind_imports(module: Module, modules: set[str]) -> None:
    """Every import anywhere in the module (module or function level), by local name."""
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("app"):
                    local = alias.asname or alias.name.split(".")[0]
                    module.names[local] = ("module", alias.name if alias.asname else
                                           alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.startswith("app"):
            for alias in node.names:
                local = alias.asname or alias.name
                full = f"{node.module}.{alias.name}"
                module.names[local] = (("module", full) if full in modules
                                       else ("function", node.module, alias.name))


def _target(module: Module, node: ast.AST) -> tuple[str, str] | None:
    """The app function `node` names, if it does: `f`, `mod.f`, `app.x.f`."""
    if isinstance(node, ast.Name):
        bound = module.names.get(node.id)
        if bound is not None and bound[0] == "function":
            return bound[1], bound[2]
        if node.id in module.functions and module.name.startswith("app"):
            return module.name, node.id
        return None
    if isinstance(node, ast.Attribute):
        chain = []
        value: ast.AST = node
        while isinstance(value, ast.Attribute):
            chain.append(value.attr)
            value = value.value
        if not isinstance(value, ast.Name):
            return None
        bound = module.names.get(value.id)
        if bound is None or bound[0] != "module":
            return None
        dotted = ".".join([bound[1], *reversed(chain)])
        owner, _, name = dotted.rpartition(".")
        return owner, name
    return None


def load(package: str) -> dict[str, Module]:
    paths = {module_name(p): p for p in (ROOT / package).rglob("*.py")}
    app_modules = {module_name(p) for p in (ROOT / "app").rglob("*.py")}
    found = {}
    for name, path in paths.items():
        module = Module(name, ast.parse(path.read_text(encoding="utf-8")))
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                module.functions[node.name] = node
        _bind_imports(module, app_modules)
        found[name] = module
    return found


def _opens_a_unit_of_work(fn: ast.AST) -> bool:
    return any(isinstance(node, ast.With) and any(
        isinstance(item.context_expr, ast.Call) and isinstance(item.context_expr.func,
                                                               ast.Attribute)
        and item.context_expr.func.attr == "write" for item in node.items)
        for node in ast.walk(fn))


def writing_services() -> set[tuple[str, str]]:
    """(module, function) of every app function that writes a book, directly or not."""
    modules = load("app")
    writers = set(ENGINES)
    writers |= {(m.name, f) for m in modules.values() for f, fn in m.functions.items()
                if _opens_a_unit_of_work(fn)}
    calls = {(m.name, f): {t for node in ast.walk(fn) if (t := _target(m, node)) is not None}
             for m in modules.values() for f, fn in m.functions.items()}
    # `from app.backup import restore` binds a package's re-export: resolve through it
    reexports = {(m.name, local): (bound[1], bound[2]) for m in modules.values()
                 for local, bound in m.names.items() if bound[0] == "function"}
    changed = True
    while changed:
        changed = False
        for fn, targets in calls.items():
            if fn in writers:
                continue
            if any(reexports.get(t, t) in writers for t in targets):
                writers.add(fn)
                changed = True
    return writers | {alias for alias, real in reexports.items() if real in writers}


def offenders(modules: dict[str, Module], writers: set[tuple[str, str]]) -> list[str]:
    found = []
    for module in modules.values():
        path = module.name.replace(".", "/")
        if module.name in ENTRY or any(path.startswith(p.rstrip("/").removesuffix(".py"))
                                       for p in WRITE_PATH + STAGING):
            continue
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Name | ast.Attribute) and isinstance(
                    getattr(node, "ctx", None), ast.Load):
                target = _target(module, node)
                if target in writers:
                    found.append(f"{module.name}:{node.lineno} uses {target[0]}.{target[1]}")
    return sorted(set(found))


def test_the_writers_are_found_from_the_code() -> None:
    writers = writing_services()
    for known in [("app.ledger.transactions", "save_transaction"),
                  ("app.ledger.accounts", "change_account"),
                  ("app.ledger.categories", "merge_categories"),
                  ("app.admin.book_settings", "set_setting"),
                  ("app.admin.users", "claim_profile"),
                  ("app.ledger.templates", "save_user_template"),
                  ("app.backup.schedule", "run_daily_backup"),  # calls backup_book
                  ("app.upgrade.prepared", "prepare_backup"),
                  ("app.backup.restore", "restore_backup")]:
        assert known in writers, known
    for read in [("app.ledger.accounts", "list_accounts"),
                 ("app.ledger.transactions", "get_transaction"),
                 ("app.store.inspect", "inspect_book"),
                 ("app.admin.audit", "find_entries")]:
        assert read not in writers, read


def test_the_scan_finds_a_window_that_writes_by_itself(tmp_path: Path) -> None:
    """Each way a window could reach a writing service is seen."""
    writers = writing_services()
    source = (
        "from app.ledger.accounts import list_accounts, rename_account as rename\n"
        "from app.admin import flags\n"
        "import app.ledger.categories\n"
        "def save(book):\n"
        "    from app.ledger.transactions import save_transaction\n"
        "    list_accounts(book)\n"
        "    rename(book, 1, 'x')\n"
        "    save_transaction(book, None)\n"
        "    apply(lambda: flags.set_stage(book, 'k', 'off'))\n"
        "    app.ledger.categories.merge_categories(book, 1, 2)\n"
        "    return flags.set_stage\n")
    module = Module("ui.main.sketch", ast.parse(source))
    _bind_imports(module, {module_name(p) for p in (ROOT / "app").rglob("*.py")})
    assert offenders({"ui.main.sketch": module}, writers) == [
        "ui.main.sketch:10 uses app.ledger.categories.merge_categories",
        "ui.main.sketch:11 uses app.admin.flags.set_stage",
        "ui.main.sketch:7 uses app.ledger.accounts.rename_account",
        "ui.main.sketch:8 uses app.ledger.transactions.save_transaction",
        "ui.main.sketch:9 uses app.admin.flags.set_stage",
    ]


def test_windows_write_only_through_the_operations() -> None:
    assert offenders(load("ui"), writing_services()) == []
