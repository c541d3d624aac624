"""The `cuentas` entry point: a command runs through `app.cli`; no command opens the app.

Qt is imported only when the desktop app is really starting, so `cuentas report ...`
never pays for it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.cli.self_test import SelfTest


def run_desktop(args: argparse.Namespace) -> int:
    from ui.launch.single_instance import hand_over, requested

    asked = requested(args)  # a Cuentas already running takes it (before loading the rest)
    if asked is not None and hand_over(asked or None):
        return 0
    from ui.application import run

    return run(args)


def render_screenshots(out_dir: Path, book_location: str, language: str = "en"
                       ) -> list[Path]:
    """Every window's pictures for the guides (`cuentas docs screenshots`), offscreen,
    with the interface in `language`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.docs.screenshots import render_all

    return render_all(out_dir, book_location, language)


def self_test_desktop(test: SelfTest) -> None:
    """The desktop steps of `cuentas --self-test` (ui/launch/self_test.py), offscreen."""
    from ui.launch.self_test import run_desktop_steps

    run_desktop_steps(test)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    if sys.stderr is None:
        sys.stderr = _console_log()
    return cli_main(argv, desktop=run_desktop, render_screenshots=render_screenshots,
                    self_test_desktop=self_test_desktop)


CONSOLE_LOG = "console.txt"


def _console_log() -> TextIO:
    """Where the error lines go when there is no console: Windows' `Cuentas.exe` (no
    console window) has no sys.stderr, and a refusal (`cuentas: error: …`) or Qt's own
    messages would fail to be written. They go to `console.txt` in the log folder
    (`%LOCALAPPDATA%\\Cuentas\\Logs`); nowhere when that cannot be opened. (Standard
    output stays empty: `--self-test` writes its report to the log folder itself.)"""
    try:
        from app import paths

        return open(paths.log_dir() / CONSOLE_LOG, "a", encoding="utf-8",
                    buffering=1)
    except OSError:
        return open(os.devnull, "w", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
