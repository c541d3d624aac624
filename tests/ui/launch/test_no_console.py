"""Windows' `Cuentas.exe` has no console: sys.stdout and sys.stderr are None there. A
refusal, an error or Qt's messages must not fail for want of one: they go to
`console.txt` in the log folder (and `--self-test` writes its report beside it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import __version__
from tests.books import ROOT

WINDOWED = """
import sys
sys.stdout = sys.stderr = None  # as PyInstaller's console=False build starts on Windows
from ui.launch import main
code = main(sys.argv[1:])
open(sys.argv[0] + ".code", "w").write(str(code))
"""


def run_windowed(tmp_path: Path, *args: str) -> tuple[int, str]:
    script = tmp_path / "windowed.py"
    script.write_text(WINDOWED)
    env = {**os.environ, "CUENTAS_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(script), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and done.stdout == "" and done.stderr == "", done.stderr
    log = tmp_path / "home" / "logs" / "console.txt"
    return int((tmp_path / "windowed.py.code").read_text()), (
        log.read_text(encoding="utf-8") if log.exists() else "")


def test_a_refusal_without_a_console_goes_to_the_log_folder(tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    code, said = run_windowed(tmp_path, "--db", str(folder), "status")
    assert code == 2
    assert said.startswith("cuentas: ") and "is a folder" in said and said.endswith("\n")


def test_the_version_without_a_console_does_not_fail(tmp_path: Path) -> None:
    code, said = run_windowed(tmp_path, "--version")
    assert code == 0 and said in ("", f"cuentas {__version__}\n")
