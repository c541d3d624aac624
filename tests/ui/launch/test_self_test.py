"""`cuentas --self-test` from source, as a real process started in another folder: every
step passes, nothing is written to the user's folders or the current folder, and a
failing step stops the run with exit 1 and keeps its files."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.cli import self_test

ROOT = Path(__file__).resolve().parents[3]
STEPS = ["migrations", "guides", "database drivers", "legacy demo book",
         "upgrade through the engine", "verify the upgraded book", "statement readers",
         "Qt and its plugins",
         "icon and translations", "main window", "split editor", "reports window",
         "handout PDF"]


def run_cuentas(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CUENTAS_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    return subprocess.run([sys.executable, "-m", "ui.launch", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=240)


def step_lines(out: str) -> dict[str, str]:
    """{step name: "ok" or "FAIL"} from the report's step lines."""
    found = re.findall(r"^  (ok  |FAIL) +[\d.]+ s  (.{26}) ", out, re.M)
    return {name.strip(): status.strip() for status, name in found}


@pytest.mark.slow
def test_the_self_test_passes_from_source_in_another_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    home = tmp_path / "home"
    before = set(Path(tempfile.gettempdir()).glob("cuentas-self-test-*"))
    result = run_cuentas("--self-test", cwd=elsewhere, home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert out.startswith("Cuentas ") and f"from source in {ROOT}" in out.splitlines()[0]
    assert step_lines(out) == dict.fromkeys(STEPS, "ok")
    assert re.search(r"^Self-test passed: 13 steps in [\d.]+ s\.$", out, re.M)
    assert "in <source>/migrations" in out and "in <source>/help" in out
    assert result.stderr == ""  # the offscreen platform's complaints are not shown
    # Nothing of the user's, nothing in the current folder, no temporary folder left.
    assert list(elsewhere.iterdir()) == []
    assert not home.exists()
    assert set(Path(tempfile.gettempdir()).glob("cuentas-self-test-*")) <= before


def test_the_command_line_alone_runs_the_steps_without_windows(tmp_path: Path) -> None:
    env = {**os.environ, "CUENTAS_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "app.cli", "--self-test"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(step_lines(result.stdout)) == STEPS[:7]
    assert "the desktop steps run only through the `cuentas` command" in result.stdout


def test_a_failing_step_stops_the_run_and_keeps_its_files(monkeypatch) -> None:
    def broken() -> str:
        raise RuntimeError("the migrations are not in the bundle")

    monkeypatch.setattr(self_test, "check_guides", broken)
    ran = []
    home_before = os.environ.get("CUENTAS_HOME")
    cwd_before = os.getcwd()
    out = io.StringIO()
    code = self_test.run(lambda test: ran.append(test.step("window", lambda: "shown")), out)
    text = out.getvalue()
    assert code == 1
    assert "  FAIL" in text and "guides" in text
    assert "RuntimeError: the migrations are not in the bundle" in text
    assert ran == [False]  # later steps are not run
    assert "legacy demo book" not in text
    kept = re.search(r"its files are kept in (\S+)$", text.strip())
    assert kept is not None and Path(kept.group(1)).is_dir()
    assert os.environ.get("CUENTAS_HOME") == home_before and os.getcwd() == cwd_before
    import shutil

    shutil.rmtree(kept.group(1))


def test_a_build_whose_ofx_reader_falls_back_fails_the_self_test(monkeypatch) -> None:
    """Without ofxtools' parser the import would still read OFX (the tolerant reader),
    so only the self-test tells a build that lost it."""
    import app.imports.ofx

    monkeypatch.setattr(app.imports.ofx, "_with_ofxtools", lambda data: None)
    out = io.StringIO()
    assert self_test.run(None, out) == 1
    assert step_lines(out.getvalue())["statement readers"] == "FAIL"
    assert "read with the tolerant reader" in out.getvalue()
    kept = re.search(r"its files are kept in (\S+)$", out.getvalue().strip())
    assert kept is not None
    import shutil

    shutil.rmtree(kept.group(1))


def test_files_of_the_program_outside_it_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="outside the program"):
        self_test._inside_program(tmp_path, "the guides")
    self_test._inside_program(ROOT / "help", "the guides")


def test_without_a_console_the_report_goes_to_the_log_folder(monkeypatch, cuentas_home) -> None:
    monkeypatch.setattr(sys, "stdout", None)  # Windows' Cuentas.exe has no console
    assert self_test.run(None) == 0
    report = (cuentas_home / "logs" / "self-test.txt").read_text(encoding="utf-8")
    assert "Self-test passed: 7 steps" in report
