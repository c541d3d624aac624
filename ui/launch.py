"""The `cuentas` entry point: a command runs through `app.cli`; no command opens the app.

Qt is imported only when the desktop app is really starting, so `cuentas report ...`
never pays for it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def run_desktop(args: argparse.Namespace) -> int:
    from ui.application import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(argv, desktop=run_desktop)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
