"""The frozen build (`make package`): its size, and how fast it starts compared with
running from source. The figures go into packaging/README.md.

Not part of the suite: needs dist/cuentas/ (`make package`), then
`python tests/benchmarks/bench_frozen.py` (or through `make bench`, which skips it
without a build).

- `--version`: a fresh process answering, median of 9;
- start to a responsive main window on the demo book (1,200 transactions), offscreen,
  median of 5: the clock starts before the process is launched and stops when the
  program answers a second start (ui/launch/single_instance.py) — it answers from its
  event loop, which runs once the main window is shown. Each run gets a fresh copy of
  the book and a fresh CUENTAS_HOME (a run is ended with SIGTERM, which would leave an
  unclean-end check for the next one);
- a second start while Cuentas runs (`cuentas BOOK`): hand-over and exit, median of 5;
- `--self-test`: the whole run, once.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
FROZEN = ROOT / "dist" / "cuentas" / "cuentas"
TARBALLS = sorted((ROOT / "dist").glob("cuentas-*-linux-*.tar.gz"))
SOURCE = [sys.executable, "-m", "ui.launch"]
RESULTS: list[str] = []


def report(name: str, value: str) -> None:
    line = f"{name:<58} {value}"
    RESULTS.append(line)
    print(line)


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 2**20


def env_for(home: Path) -> dict[str, str]:
    return {**os.environ, "CUENTAS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT)}


def version_ms(command: list[str], runs: int = 9) -> float:
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run([*command, "--version"], capture_output=True, check=True, cwd=ROOT)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])


def window_ms(command: list[str], book: Path, scratch: Path) -> float:
    """Launch to a responsive main window, one run."""
    from ui.launch.single_instance import hand_over, server_name

    home = scratch / "home"
    shutil.rmtree(home, ignore_errors=True)
    copy = scratch / "book.cuentas"
    for stale in scratch.glob("book.cuentas*"):
        stale.unlink()
    shutil.copy2(book, copy)
    os.environ["CUENTAS_HOME"] = str(home)
    name = server_name()
    start = time.perf_counter()
    child = subprocess.Popen([*command, "--db", str(copy)], env=env_for(home), cwd=scratch,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not hand_over(None, name=name):
            if child.poll() is not None:
                raise AssertionError(f"{command[0]} ended with {child.returncode}")
            if time.perf_counter() - start > 60:
                raise AssertionError("no main window after 60 s")
            time.sleep(0.005)
        return (time.perf_counter() - start) * 1000
    finally:
        child.terminate()
        child.wait(30)


def second_start_ms(command: list[str], book: Path, scratch: Path, runs: int = 5) -> float:
    """With Cuentas running on `book`, `cuentas book` again: the new process hands the
    book over and exits (what a double-click in the file manager costs)."""
    window_ms(command, book, scratch)  # leaves nothing running; the copy is fresh again
    home = scratch / "home"
    copy = scratch / "book.cuentas"
    shutil.rmtree(home, ignore_errors=True)
    from ui.launch.single_instance import hand_over, server_name

    os.environ["CUENTAS_HOME"] = str(home)
    first = subprocess.Popen([*command, "--db", str(copy)], env=env_for(home), cwd=scratch,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        name = server_name()
        while not hand_over(None, name=name):
            time.sleep(0.01)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([*command, str(copy)], env=env_for(home), cwd=scratch, check=True,
                           capture_output=True, timeout=60)
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times)
    finally:
        first.terminate()
        first.wait(30)


def test_frozen_build() -> None:
    if not FROZEN.is_file():
        pytest.skip("no dist/cuentas/cuentas: run `make package` first")
    from PySide6.QtCore import QCoreApplication

    from app.store.demo import write_current

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    saved_home = os.environ.get("CUENTAS_HOME")
    scratch = Path(tempfile.mkdtemp(prefix="cuentas-bench-frozen-"))
    try:
        book = scratch / "demo" / "Demo.cuentas"
        book.parent.mkdir()
        write_current(str(book), 1200, 2026, end=date(2026, 6, 30))
        report("bundle dist/cuentas/", f"{folder_mb(FROZEN.parent):8.0f} MB")
        for tarball in TARBALLS:
            report(f"tarball {tarball.name}", f"{tarball.stat().st_size / 2**20:8.0f} MB")
        for label, command in (("frozen", [str(FROZEN)]), ("source", SOURCE)):
            report(f"{label}: cuentas --version", f"{version_ms(command):8.0f} ms")
        for label, command in (("frozen", [str(FROZEN)]), ("source", SOURCE)):
            window_ms(command, book, scratch)  # warm the disk cache
            runs = [window_ms(command, book, scratch) for _ in range(5)]
            report(f"{label}: start to responsive main window, demo book",
                   f"{statistics.median(runs):8.0f} ms   (runs {min(runs):.0f}-"
                   f"{max(runs):.0f}; target 1500 ms)")
        for label, command in (("frozen", [str(FROZEN)]), ("source", SOURCE)):
            report(f"{label}: a second start hands its book over and exits",
                   f"{second_start_ms(command, book, scratch):8.0f} ms")
        start = time.perf_counter()
        subprocess.run([str(FROZEN), "--self-test"], capture_output=True, check=True,
                       env=env_for(scratch / "home"), cwd=scratch)
        report("frozen: cuentas --self-test, whole run",
               f"{(time.perf_counter() - start) * 1000:8.0f} ms")
    finally:
        if saved_home is None:
            os.environ.pop("CUENTAS_HOME", None)
        else:
            os.environ["CUENTAS_HOME"] = saved_home
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    test_frozen_build()
    print("\n".join(RESULTS), file=sys.stderr)
