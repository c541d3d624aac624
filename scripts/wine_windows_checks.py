"""The Windows-only paths of Cuentas, run as a person would, on Windows CPython.

Run by `scripts/wine-windows-tests` with the Windows Python under Wine (it works on a
real Windows machine too: `python scripts\\wine_windows_checks.py` from the checkout).
Each check prints PASS or FAIL and one line of what it saw; the last line counts them.

- `app.store.files.process_alive` (OpenProcess + GetExitCodeProcess): live, killed,
  exited and unknown processes, and that asking never ends a process.
- `app.store.outfiles.replace_file` / `remove_file` onto a file another process holds
  open: retried for RETRY_SECONDS, then FileInUse, both files as they were; the same
  replace goes through when the other process closes the file during the retries.
- The command line on a SQLite book: new, accounts add, add, backup, then
  `restore --latest` while another process has the book open through SQLite (refused
  in one line, the book's bytes unchanged, no backup left by the refusal), while another
  Cuentas holds it (refused, naming it), and once it is closed (restored); a payee
  that the output's code page cannot show.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.store import files, outfiles  # noqa: E402

RESULTS: list[bool] = []


def check(name: str, ok: bool, seen: object = "") -> None:
    RESULTS.append(ok)
    print(f"{'PASS' if ok else 'FAIL'} {name}" + (f"  [{seen}]" if seen != "" else ""),
          flush=True)


def python(code: str, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, text=True,
                            **kwargs)  # type: ignore[call-overload]


def processes() -> None:
    child = python("import time; time.sleep(120)")
    time.sleep(0.5)
    check("process_alive: a live process", files.process_alive(child.pid), child.pid)
    for _ in range(20):
        files.process_alive(child.pid)
    check("process_alive: asking 20 times ended nothing", child.poll() is None)
    asked = subprocess.run([sys.executable, "-c", "import sys; from app.store import files; "
                            "print(files.process_alive(int(sys.argv[1])))", str(child.pid)],
                           cwd=ROOT, capture_output=True, text=True, check=False)
    check("process_alive: asked from another process, still running",
          asked.stdout.strip() == "True" and child.poll() is None, asked.stdout.strip())
    check("process_alive: this process", files.process_alive(os.getpid()))
    child.kill()
    child.wait()
    check("process_alive: a killed process (its handle still held)",
          not files.process_alive(child.pid), f"exit code {child.returncode}")
    done = python("raise SystemExit(3)")
    done.wait()
    check("process_alive: a process that exited", not files.process_alive(done.pid),
          f"exit code {done.returncode}")
    check("process_alive: a pid nobody has (4000000)", not files.process_alive(4_000_000))
    check("process_alive: 0 and -1", not files.process_alive(0)
          and not files.process_alive(-1))


HOLD_FILE = "import sys\nf = open(sys.argv[1], 'rb')\nprint('open', flush=True)\n" \
            "sys.stdin.readline()\n"


def replacing(folder: Path) -> None:
    dst, src = folder / "report.pdf", folder / "report.pdf.tmp"
    dst.write_bytes(b"old")
    src.write_bytes(b"new")
    holder = python(HOLD_FILE, str(dst), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdin is not None and holder.stdout is not None
    assert holder.stdout.readline().strip() == "open"
    for name, action in (("replace_file", lambda: outfiles.replace_file(src, dst)),
                         ("remove_file", lambda: outfiles.remove_file(dst))):
        started = time.monotonic()
        try:
            action()
        except outfiles.FileInUse as exc:
            waited = time.monotonic() - started
            check(f"{name} onto a file another process has open: FileInUse after retrying",
                  waited >= outfiles.RETRY_SECONDS * 0.9 and isinstance(exc, PermissionError),
                  f"{waited:.2f} s, winerror {getattr(exc, 'winerror', None)}")
        except OSError as exc:
            check(f"{name} onto a file another process has open: FileInUse after retrying",
                  False, repr(exc))
        else:
            check(f"{name} onto a file another process has open: FileInUse after retrying",
                  False, "it went through")
        check(f"{name} refused: both files as they were",
              dst.read_bytes() == b"old" and src.read_bytes() == b"new")

    def let_go() -> None:
        assert holder.stdin is not None
        holder.stdin.write("bye\n")
        holder.stdin.flush()

    threading.Timer(0.5, let_go).start()
    started = time.monotonic()
    try:
        outfiles.replace_file(src, dst)
        check("replace_file while the other closes the file during the retries: replaced",
              dst.read_bytes() == b"new" and not src.exists(),
              f"{time.monotonic() - started:.2f} s")
    except OSError as exc:
        check("replace_file while the other closes the file during the retries: replaced",
              False, repr(exc))
    holder.wait(30)


def cuentas(book: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", str(book), *args],
                          cwd=ROOT, capture_output=True, text=True, check=False,
                          encoding=None, errors="replace")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


HOLD_SQLITE = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
               "c.execute('SELECT count(*) FROM transactions').fetchall()\n"
               "print('open', flush=True)\nsys.stdin.readline()\n")
HOLD_LOCK = ("import sys\nfrom app.store.lock import BookLock\n"
             "lock = BookLock.acquire(sys.argv[1], 'session')\n"
             "print('open', flush=True)\nsys.stdin.readline()\n")


def command_line(folder: Path) -> None:
    os.environ["CUENTAS_HOME"] = str(folder / "home")
    os.environ["CUENTAS_LANG"] = "en"
    book = folder / "tienda.cuentas"
    steps = [("new", "--currency", "MXN", "--tax-preset", "mx", "--name", "Tienda"),
             ("accounts", "add", "Banco"),
             ("add", "--account", "Banco", "--date", "2026-01-05", "--payee", "Venta",
              "--amount", "150.00"),
             ("backup",),
             ("add", "--account", "Banco", "--date", "2026-01-06", "--payee", "Despues",
              "--amount", "-20.00")]
    for step in steps:
        done = cuentas(book, *step)
        check(f"cuentas {' '.join(step[:2])}", done.returncode == 0,
              (done.stdout or done.stderr).strip().splitlines()[0] if
              (done.stdout or done.stderr).strip() else "")
    backups = sorted(p.name for p in (folder / "home").rglob("*.cuentas"))
    for what, code, expected in (("SQLite", HOLD_SQLITE, "open in another program"),
                                 ("another Cuentas", HOLD_LOCK, "another Cuentas")):
        holder = python(code, str(book), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert holder.stdin is not None and holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        before = digest(book)
        refused = cuentas(book, "restore", "--latest", "--yes")
        lines = refused.stderr.strip().splitlines()
        check(f"restore --latest while {what} has the book open: refused in one line",
              refused.returncode == 1 and len(lines) == 1 and expected in lines[0],
              lines[-1] if lines else refused.stdout.strip()[-200:])
        check(f"refused restore ({what}): the book unchanged, no new backup",
              digest(book) == before
              and sorted(p.name for p in (folder / "home").rglob("*.cuentas")) == backups)
        holder.stdin.write("bye\n")
        holder.stdin.flush()
        holder.wait(30)
    restored = cuentas(book, "restore", "--latest", "--yes")
    listed = cuentas(book, "list", "--format", "csv")
    check("restore --latest once closed: the manual backup is back",
          restored.returncode == 0 and "manual" in restored.stdout and "Venta" in listed.stdout
          and "Despues" not in listed.stdout, restored.stdout.strip()[-120:])
    odd = cuentas(book, "add", "--account", "Banco", "--date", "2026-01-07", "--payee",
                  "Łódź → ñandú", "--amount", "1.00")
    shown = cuentas(book, "list")
    check("a payee the output's code page cannot show: added and listed (with '?')",
          odd.returncode == 0 and shown.returncode == 0 and "ñandú" in shown.stdout,
          (odd.stderr or odd.stdout).strip())
    verified = cuentas(book, "verify")
    check("cuentas verify", verified.returncode == 0, verified.stdout.strip()[-40:])


def main() -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # read on Linux, through a pipe
    print(f"Python {sys.version.split()[0]} on {sys.platform}", flush=True)
    processes()
    with tempfile.TemporaryDirectory(dir=os.environ.get("CHECK_DIR")) as folder:
        replacing(Path(folder))
    with tempfile.TemporaryDirectory(dir=os.environ.get("CHECK_DIR")) as folder:
        command_line(Path(folder))
    passed = sum(RESULTS)
    print(f"{passed} passed, {len(RESULTS) - passed} failed", flush=True)
    return 0 if all(RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
