"""Start-up of every command: wall time of a fresh `cuentas ...` process and what it imports.

`cuentas --version` must take under 80 ms and import no SQLAlchemy (issue 12); every other
command should load only what it needs: no Qt outside the desktop app and `docs
screenshots`, no Alembic outside upgrades, no reportlab outside PDFs. Each command runs
as a fresh process on a small demo book (1,000 transactions); the figure is the median of
7 runs after 2 warm-up runs, and the modules are counted with `-X importtime`.

Not part of the suite: `make bench`, or `.venv/bin/python tests/benchmarks/bench_commands.py`.

Figures of 2026-12-05 (2 cores, other work running): `--version` 56 ms, no SQLAlchemy.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from timing import median_ms

ROOT = Path(__file__).resolve().parents[2]
CUENTAS = [sys.executable, "-c", "import sys; from ui.launch import main; "
           "sys.exit(main(sys.argv[1:]))"]

#: (command, what it must not import)
COMMANDS: list[tuple[list[str], tuple[str, ...]]] = [
    (["--version"], ("sqlalchemy", "PySide6", "alembic", "reportlab")),
    (["--help"], ("sqlalchemy", "PySide6", "alembic", "reportlab")),
    (["status"], ("PySide6", "alembic", "reportlab")),
    (["verify"], ("PySide6", "alembic", "reportlab")),
    (["accounts", "list"], ("PySide6", "alembic", "reportlab")),
    (["categories", "list"], ("PySide6", "alembic", "reportlab")),
    (["list", "--limit", "50"], ("PySide6", "alembic", "reportlab")),
    (["report", "categories", "--format", "csv"], ("PySide6", "alembic", "reportlab")),
    (["report", "iva", "--format", "csv"], ("PySide6", "alembic", "reportlab")),
    (["flags", "list"], ("PySide6", "alembic", "reportlab")),
    (["templates", "list"], ("PySide6", "alembic", "reportlab")),
    (["backups"], ("PySide6", "alembic", "reportlab")),
]


def _env(home: Path, book: Path) -> dict[str, str]:
    env = dict(os.environ, CUENTAS_HOME=str(home), CUENTAS_DB=str(book),
               PYTHONDONTWRITEBYTECODE="1")
    env.pop("CUENTAS_TEST_FAULT", None)
    return env


def imported(args: list[str], env: dict[str, str]) -> set[str]:
    result = subprocess.run([*CUENTAS, *args], cwd=ROOT,
                            env={**env, "PYTHONPROFILEIMPORTTIME": "1"},
                            capture_output=True, text=True, check=False)
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


def main() -> int:
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        home, book = Path(tmp) / "home", Path(tmp) / "bench.cuentas"
        env = _env(home, book)
        subprocess.run([*CUENTAS, "--db", str(book), "demo", "--transactions", "1000"],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        print(f"{'command':<40} {'median':>9} {'modules':>8}  loads")
        for args, forbidden in COMMANDS:
            ms = median_ms(lambda a=args: subprocess.run(  # type: ignore[misc]
                [*CUENTAS, *a], cwd=ROOT, env=env, capture_output=True, check=False),
                runs=7, warmup=2)
            names = imported(args, env)
            heavy = sorted({n.split(".")[0] for n in names}
                           & {"sqlalchemy", "PySide6", "alembic", "reportlab"})
            bad = [h for h in heavy if h in forbidden]
            target = 80.0 if args == ["--version"] else None
            slow = target is not None and ms > target
            failures += bool(bad) + slow
            problems = bad + (["over 80 ms"] if slow else [])
            flag = "  <-- " + ", ".join(problems) if problems else ""
            print(f"cuentas {' '.join(args):<32} {ms:7.1f} ms {len(names):8d}  "
                  f"{', '.join(heavy) or '-'}{flag}")
    return 1 if failures else 0


def test_command_startup() -> None:
    assert main() == 0


if __name__ == "__main__":
    raise SystemExit(main())
