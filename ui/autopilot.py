"""`CUENTAS_UI_AUTOPILOT=1`: the launch dialogs and the upgrade wizard drive themselves.

For tests only, like `CUENTAS_TEST_FAULT`: the crash test starts the real desktop app
in a subprocess on a legacy book, lets the wizard run on its own and kills the
process in the middle of the upgrade; the next start must tell what happened and end
with an intact book. With the variable set, each launch dialog takes its first safe
way on (continue, restore the offered backup; close for a book that cannot open),
the wizard makes the backup and goes on page by page to *Done*, the main window
closes itself once it has shown, and each of these moments is printed on stdout as
`autopilot: <what> <details>` so the test can follow. Never set it otherwise.
"""

from __future__ import annotations

import os

ENV = "CUENTAS_UI_AUTOPILOT"


def active() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def announce(what: str, details: str = "") -> None:
    if active():
        print(f"autopilot: {what} {' '.join(details.split())}".rstrip(), flush=True)
