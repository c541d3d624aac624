"""Driving the launch and upgrade windows without a person: for tests and screenshots.

`CUENTAS_UI_AUTOPILOT=1` (tests only, like `CUENTAS_TEST_FAULT`): the crash test starts
the real desktop app in a subprocess on a legacy book, lets the wizard run on its own
and kills the process in the middle of the upgrade; the next start must tell what
happened and end with an intact book. With the variable set, each launch dialog takes
its first safe way on (continue, restore the offered backup; close for a book that
cannot open), the wizard makes the backup and goes on page by page to *Done*, the
main window closes itself once its background checks have run, and each of these
moments is printed on stdout as `autopilot: <what> <details>` so the test can follow.
Never set it otherwise.

`scratch_home()`: the screenshots of the launch dialogs, the wizard and the restore
dialog make real books, backups and crash markers; they do it under a temporary
`CUENTAS_HOME`, so drawing the pictures never touches the person's own settings or
backups; the pictures show that folder as ~/Documents (`ui.docs.tidy`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV = "CUENTAS_UI_AUTOPILOT"


def active() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def announce(what: str, details: str = "") -> None:
    if active():
        print(f"autopilot: {what} {' '.join(details.split())}".rstrip(), flush=True)


@contextmanager
def scratch_home(prefix: str = "cuentas-shots-") -> Iterator[Path]:
    """A temporary CUENTAS_HOME (and folder for books) for the duration of the block;
    removed afterwards with everything made in it."""
    from ui.docs.tidy import shown_as

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    before = os.environ.get("CUENTAS_HOME")
    os.environ["CUENTAS_HOME"] = str(folder / "home")
    try:
        with shown_as(folder, folder / "home"):  # the pictures: ~/Documents and so on
            yield folder
    finally:
        if before is None:
            os.environ.pop("CUENTAS_HOME", None)
        else:
            os.environ["CUENTAS_HOME"] = before
        shutil.rmtree(folder, ignore_errors=True)
