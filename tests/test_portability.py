"""Cuentas runs on Linux, Windows and macOS: a standing guard against POSIX-only code.

Nothing here can run on Windows, so what would break there is found by reading:

- an AST scan of app/ and ui/ fails on a call or module that Windows lacks or where it
  means something else — `os.kill` (TerminateProcess there, not a probe), `os.fchmod`,
  `os.getuid`, `os.pwrite`, `signal.SIGKILL`, imports of `fcntl`, `pwd`, `grp`,
  `termios`, `resource`…, a "/proc/" path — outside `ALLOWED`, the places that are
  guarded, each with its reason (app/store/oslock.py, the locks' two sides, aside);
- every file move goes through `app.store.outfiles.replace_file` (Windows refuses to
  replace a file another program has open: it retries, then says so), never
  `os.rename` (which refuses an existing target there) nor a bare `os.replace`;
- every `os.open` adds `BINARY` (O_BINARY): without it Windows opens a descriptor in
  text mode and rewrites each "\\n" written as "\\r\\n";
- a time format that makes a file name holds no ":" (not allowed in Windows names);
- every module of app/ and ui/ imports with `fcntl`, `pwd`, `grp`, `termios` and
  `resource` missing, as on Windows.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Modules Windows does not have.
POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "resource", "tty", "pty", "posix",
                 "syslog", "crypt", "spwd", "nis", "curses"}
#: Functions and constants of `os` that Windows lacks (Python 3.11), or `os.kill`, which
#: exists there but terminates the process instead of probing it.
POSIX_OS = {"kill", "killpg", "fchmod", "fchown", "chown", "lchown", "getuid", "geteuid",
            "getgid", "getegid", "getgroups", "getpgid", "setpgid", "setsid", "fork",
            "forkpty", "pwrite", "pread", "sync", "statvfs", "fstatvfs", "mkfifo", "mknod",
            "nice", "getloadavg", "uname", "wait3", "wait4", "ttyname", "openpty",
            "sysconf", "pathconf", "fpathconf", "confstr", "posix_fallocate",
            "posix_fadvise", "O_NOFOLLOW", "O_CLOEXEC", "O_DIRECTORY", "O_NONBLOCK",
            "WNOHANG", "getpriority", "setpriority", "sched_getaffinity"}
#: Moves that must go through app.store.outfiles.replace_file.
MOVES = {"rename", "renames", "replace"}
#: Signals and signal functions Windows lacks.
POSIX_SIGNAL = {"SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE",
                "SIGQUIT", "SIGSTOP", "SIGCONT", "SIGTSTP", "alarm", "pause", "setitimer",
                "siginterrupt", "pthread_kill", "pthread_sigmask"}
#: Keyword arguments of subprocess that only POSIX takes.
POSIX_KEYWORDS = {"preexec_fn", "start_new_session", "pass_fds", "process_group"}
#: The one module that is platform-specific by design: the book's locks reach the
#: operating system there, `flock` on POSIX and `LockFileEx` on Windows, each side
#: imported only on its own system (`if os.name == "nt"`); tests/app/store/test_oslock.py
#: checks the Windows side against a stand-in for kernel32.
PLATFORM_MODULES = {"app/store/oslock.py": "POSIX and Windows sides, chosen by os.name"}

#: (file, function, finding) -> why it is safe there.
ALLOWED = {
    ("app/store/files.py", "process_alive", "os.kill"):
        "POSIX only: Windows returns before it (_alive_windows asks the exit code)",
    ("app/store/files.py", "process_alive", "/proc/"):
        "POSIX only (after the Windows return); without /proc (macOS) the zombie check "
        "is skipped (OSError suppressed)",
    ("app/faults.py", "_act", "os.kill"):
        "test fault 'kill' only: on Windows os.kill is TerminateProcess, the abrupt end the "
        "crash tests want (getattr falls back from SIGKILL to SIGTERM there)",
    ("ui/i18n/__init__.py", "_private_cache", "os.getuid"):
        "guarded by hasattr(os, 'getuid'); on Windows the temp folder is the user's own",
    ("ui/i18n/__init__.py", "qm_file", "os.replace"):
        "a cache file: when another Cuentas made it meanwhile and holds it (Windows), "
        "that one is used",
    ("app/store/outfiles.py", "replace_file", "os.replace"):
        "the one place: retried while Windows says the file is open",
    ("app/store/outfiles.py", "write_file", "os.fchmod"):
        "guarded by `not WINDOWS` (no os.fchmod there before Python 3.13)",
    ("app/store/outfiles.py", "fsync_dir", "os.open without BINARY"):
        "a folder, opened on POSIX only (Windows returns before it)",
}


@dataclass(frozen=True)
class Finding:
    file: str
    function: str
    what: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line} in {self.function}: {self.what}"


def _modules() -> Iterator[Path]:
    for top in ("app", "ui"):
        yield from sorted((ROOT / top).rglob("*.py"))


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                      | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _mentions_binary(node: ast.AST, names: frozenset[str] | set[str] = frozenset()) -> bool:
    """`node` names BINARY / O_BINARY (`os.O_BINARY`, `getattr(os, "O_BINARY", 0)`), or a
    name in `names` (module-level flags made with it)."""
    return any((isinstance(n, ast.Name) and n.id in ("BINARY", "O_BINARY", *names))
               or (isinstance(n, ast.Attribute) and n.attr in ("BINARY", "O_BINARY"))
               or (isinstance(n, ast.Constant) and n.value == "O_BINARY")
               for n in ast.walk(node))


FILE_NAME_CALLS = {"with_name", "with_suffix", "with_stem", "joinpath", "open", "Path",
                   "mkdir", "touch", "write_file", "replace_file"}
EXTENSION = re.compile(r"\.[A-Za-z]{2,8}$")


class _Scan(ast.NodeVisitor):
    def __init__(self, rel: str, tree: ast.Module) -> None:
        self.rel = rel
        self.stack: list[str] = []
        self.found: list[Finding] = []
        self.docstrings = _docstrings(tree)
        #: strftime formats that make a file name: (format, line)
        self.file_formats: list[tuple[str, int]] = []
        self.formats: list[tuple[str, int, ast.Call]] = []
        #: module-level flags that include O_BINARY (`_FLAGS = ... | BINARY`)
        self.binary_names = {t.id for n in tree.body if isinstance(n, ast.Assign)
                             and _mentions_binary(n.value)
                             for t in n.targets if isinstance(t, ast.Name)}
        self.visit(tree)
        self._settle_formats(tree)

    def add(self, node: ast.AST, what: str) -> None:
        where = ".".join(self.stack) or "<module>"
        self.found.append(Finding(self.rel, where, what, getattr(node, "lineno", 0)))

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        self.stack.append(node.name)
        self.generic_visit(node)
        self.stack.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] in POSIX_MODULES:
                self.add(node, f"import {alias.name}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module and node.module.split(".")[0] in POSIX_MODULES and node.level == 0:
            self.add(node, f"import {node.module}")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        owner = _dotted(node.value)
        if owner == "os" and node.attr in POSIX_OS | MOVES:
            self.add(node, f"os.{node.attr}")
        elif owner == "signal" and node.attr in POSIX_SIGNAL:
            self.add(node, f"signal.{node.attr}")
        elif owner == "time" and node.attr == "tzset":
            self.add(node, "time.tzset")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if (isinstance(node.value, str) and "/proc/" in node.value
                and id(node) not in self.docstrings):
            self.add(node, "/proc/")

    def visit_Call(self, node: ast.Call) -> None:
        name = _dotted(node.func)
        if name == "os.open" and not (len(node.args) > 1
                                      and _mentions_binary(node.args[1], self.binary_names)):
            self.add(node, "os.open without BINARY")
        for keyword in node.keywords:
            if keyword.arg in POSIX_KEYWORDS:
                self.add(node, f"{keyword.arg}=")
        if isinstance(node.func, ast.Attribute) and node.func.attr == "strftime" \
                and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            self.formats.append((node.args[0].value, node.lineno, node))
        self.generic_visit(node)

    def _settle_formats(self, tree: ast.Module) -> None:
        """Which strftime formats make a file name: one with a file extension, one used
        (directly, or through the name it is kept in) in a path — `/`, `with_name(…)`,
        `open(…)` and the like."""
        stamps: dict[str, list[ast.Call]] = {}
        assigns = [n for n in ast.walk(tree) if isinstance(n, ast.Assign)]
        for node in assigns:
            if isinstance(node.value, ast.Call) and any(node.value is f[2]
                                                       for f in self.formats):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        stamps.setdefault(target.id, []).append(node.value)
        changed = True
        while changed:  # a name made from a stamp (`base = f"{label}-{stamp}"`) is one too
            changed = False
            for node in assigns:
                calls = [c for n in ast.walk(node.value) if isinstance(n, ast.Name)
                         for c in stamps.get(n.id, [])]
                for target in node.targets:
                    if isinstance(target, ast.Name) and calls:
                        known = stamps.setdefault(target.id, [])
                        new = [c for c in calls if c not in known]
                        if new:
                            known.extend(new)
                            changed = True
        in_paths: set[int] = set()
        for node in ast.walk(tree):
            sink: list[ast.AST] = []
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
                sink = [node.right]
            elif isinstance(node, ast.Call) and (
                    _dotted(node.func).split(".")[-1] in FILE_NAME_CALLS):
                sink = [*node.args]
            for part in sink:
                for inner in ast.walk(part):
                    in_paths.add(id(inner))
                    if isinstance(inner, ast.Name) and inner.id in stamps:
                        in_paths.update(id(call) for call in stamps[inner.id])
        for fmt, line, call in self.formats:
            if EXTENSION.search(fmt) or id(call) in in_paths:
                self.file_formats.append((fmt, line))


def scan(rel: str, source: str) -> _Scan:
    return _Scan(rel, ast.parse(source))


def findings() -> tuple[list[Finding], list[tuple[str, str, int]]]:
    found: list[Finding] = []
    names: list[tuple[str, str, int]] = []
    for path in _modules():
        rel = path.relative_to(ROOT).as_posix()
        result = scan(rel, path.read_text(encoding="utf-8"))
        found += result.found
        names += [(rel, fmt, line) for fmt, line in result.file_formats]
    return found, names


def test_no_posix_only_call_outside_the_guarded_places() -> None:
    found, _ = findings()
    unexplained = [str(f) for f in found if f.file not in PLATFORM_MODULES
                   and (f.file, f.function, f.what) not in ALLOWED]
    assert unexplained == [], "\n".join(unexplained)
    # and the list holds only what is still there (each place keeps its reason honest)
    seen = {(f.file, f.function, f.what) for f in found}
    assert sorted(set(ALLOWED) - seen) == []


def test_file_names_made_from_times_hold_no_colon() -> None:
    _, names = findings()
    with_colon = [f"{rel}:{line}: {fmt!r}" for rel, fmt, line in names if ":" in fmt]
    assert with_colon == []
    # the scan sees the names Cuentas makes from times (it is not looking elsewhere)
    assert {rel for rel, _fmt, _line in names} >= {
        "app/backup/__init__.py", "app/backup/restore.py", "app/monitor/bundle.py"}


@pytest.mark.parametrize(("source", "what"), [
    ("import os\nos.kill(1, 0)\n", "os.kill"),
    ("import fcntl\n", "import fcntl"),
    ("def f():\n    from pwd import getpwuid\n", "import pwd"),
    ("import os\nos.fchmod(3, 0o600)\n", "os.fchmod"),
    ("import os\nuid = os.getuid()\n", "os.getuid"),
    ("import os\nos.rename('a', 'b')\n", "os.rename"),
    ("import os\nos.replace('a', 'b')\n", "os.replace"),
    ("import signal\nsignal.SIGKILL\n", "signal.SIGKILL"),
    ("p = f'/proc/{pid}/stat'\n", "/proc/"),
    ("import os\nos.open('x', os.O_WRONLY | os.O_CREAT)\n", "os.open without BINARY"),
    ("import subprocess\nsubprocess.Popen(['x'], start_new_session=True)\n",
     "start_new_session="),
])
def test_the_scan_finds_what_windows_lacks(source: str, what: str) -> None:
    assert [f.what for f in scan("x.py", source).found] == [what]


@pytest.mark.parametrize("source", [
    '"""Reads /proc/self/stat on Linux."""\n',
    "import os\nos.open('x', os.O_WRONLY | BINARY)\n",
    "import os\n_FLAGS = getattr(os, 'O_BINARY', 0)\nos.open('x', os.O_RDWR | _FLAGS)\n",
    "import os\nflags = getattr(os, 'O_CLOEXEC', 0)\n",
    "import signal\nsig = getattr(signal, 'SIGKILL', signal.SIGTERM)\n",
])
def test_the_scan_lets_portable_code_be(source: str) -> None:
    assert scan("x.py", source).found == []


def test_the_scan_tells_file_names_from_shown_times() -> None:
    source = (
        "from pathlib import Path\n"
        "def name(folder, now):\n"
        "    stamp = now.strftime('%Y%m%d-%H:%M')\n"
        "    return folder / f'book-{stamp}.cuentas'\n"
        "def zipped(now):\n"
        "    return now.strftime('report-%H:%M.zip')\n"
        "def shown(now):\n"
        "    return now.strftime('%Y-%m-%d %H:%M')\n"
    )
    assert [fmt for fmt, _ in scan("x.py", source).file_formats] == [
        "%Y%m%d-%H:%M", "report-%H:%M.zip"]


#: What the import test takes away (the rest of POSIX_MODULES the standard library itself
#: imports on Linux, e.g. shutil's `posix`).
MISSING_ON_WINDOWS = ("fcntl", "pwd", "grp", "termios", "resource")

IMPORT_ALL = """
import importlib, json, os, sys, traceback
import app.store.oslock  # platform-specific by design: its POSIX side loads here, as it
                         # would not on Windows (test_oslock.py checks that side)
for name in {modules}:
    sys.modules[name] = None  # as on Windows: "import fcntl" raises ImportError
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
failed = {{}}
for module in json.loads(sys.argv[1]):
    try:
        importlib.import_module(module)
    except BaseException:
        failed[module] = traceback.format_exc(limit=-3)
print(json.dumps(failed))
"""


def _module_names() -> list[str]:
    names = []
    for path in _modules():
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_imports_without_posix_only_modules() -> None:
    modules = _module_names()
    assert "app.store.lock" in modules and "ui.main.window" in modules
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL.format(modules=list(MISSING_ON_WINDOWS)),
         json.dumps(modules)], cwd=ROOT, capture_output=True, text=True, timeout=300,
        check=False)
    assert done.returncode == 0, done.stderr
    failed = json.loads(done.stdout.strip().splitlines()[-1])
    assert failed == {}, "\n".join(f"{m}:\n{t}" for m, t in failed.items())
