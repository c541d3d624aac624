"""The `cuentas` entry point: a command runs through `app.cli`; no command opens the app.

Qt is imported only when the desktop app is really starting, so `cuentas report ...`
never pays for it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path


def run_desktop(args: argparse.Namespace) -> int:
    from ui.application import run

    return run(args)


def render_screenshots(out_dir: Path, book_location: str, language: str = "en"
                       ) -> list[Path]:
    """Every window's pictures for the guides (`cuentas docs screenshots`), offscreen,
    with the interface in `language`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.docs.screenshots import render_all

    return render_all(out_dir, book_location, language)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(argv, desktop=run_desktop, render_screenshots=render_screenshots)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
