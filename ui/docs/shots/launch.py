"""Screenshots of the launch windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.store.inspect import BookState
from app.store.lock import LockHolder
from ui.docs import autopilot
from ui.docs.screenshots import grab
from ui.docs.screenshots import grab as save_picture
from ui.docs.tidy import tidy_text
from ui.launch import flow
from ui.launch.dialogs import LaunchDialog, not_upgraded_dialog
from ui.launch.first_start import FirstStartDialog, NewBookDialog
from ui.launch.flow import _ahead, _locked, open_book_interactively


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_first_start(book, out_dir)
    QCoreApplication.processEvents()
    shots += shots_flow(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.launch.first_start


def shots_first_start(book: object, out_dir: Path) -> list[Path]:
    del book
    shots = []
    for name, dialog in (("first-start.png", FirstStartDialog()),
                         ("new-book.png", NewBookDialog())):
        dialog.show()
        if isinstance(dialog, NewBookDialog):  # as wide for the picture's path as for
            _fit_shown_path(dialog)            # the real one (NewBookDialog sizes to it)
        path = grab(dialog, out_dir / name)
        dialog.close()
        dialog.deleteLater()
        shots.append(path)
    return shots


def _fit_shown_path(dialog: NewBookDialog) -> None:
    """Widen the dialog by what the picture's path (`/home/sandy/.local/share/…`) needs
    more than the scratch one it stands for, so that it shows whole as it would."""
    metrics = dialog.file.fontMetrics()
    real = dialog.file.text()
    more = metrics.horizontalAdvance(tidy_text(real)) - metrics.horizontalAdvance(real)
    if more > 0:
        dialog.resize(dialog.width() + more, dialog.height())
        QCoreApplication.processEvents()


# ---------------------------------------------------------------- ui.launch.flow


def shots_flow(book: object, out_dir: Path) -> list[Path]:
    """Each launch dialog on real books in a scratch home: a legacy demo book whose
    upgrade was cut short (told, then intact), one left neither old nor new (its backup
    offered), a damaged copy (its newest verified backup offered), a book a newer
    Cuentas wrote, and a book another computer holds."""
    with autopilot.scratch_home("cuentas-launch-shots-") as folder:
        return _shots_flow(folder, Path(out_dir))


def _shots_flow(folder: Path, out_dir: Path) -> list[Path]:
    import json
    from datetime import date

    from app.backup import backup_book
    from app.store.demo import write_legacy
    from app.store.marker import write_marker

    shots: list[Path] = []
    names = {"recovered": "launch-recovered.png", "interrupted": "launch-interrupted.png",
             "corrupt": "launch-corrupt.png", "ahead": "launch-ahead.png",
             "locked": "launch-locked.png", "restored": "launch-restored.png",
             "not-upgraded": "launch-not-upgraded.png"}

    def grab(dialog: LaunchDialog) -> str:
        dialog.show()
        for _ in range(3):
            QCoreApplication.processEvents()
        if dialog.kind in names and not any(p.name == names[dialog.kind] for p in shots):
            shots.append(save_picture(dialog, out_dir / names[dialog.kind]))
        dialog.close()
        dialog.deleteLater()
        return "close" if dialog.kind != "interrupted" else "restore"

    def legacy(name: str) -> str:
        where = folder / name
        write_legacy(where, 1200, 2026, end=date(2026, 3, 31))
        return str(where)

    real_exec = flow._exec  # the launch flow's test hook: each dialog is drawn, then closed
    flow._exec = grab
    try:
        intact = legacy("Tienda.cuentas")
        info = backup_book(intact, "pre-upgrade")
        write_marker(intact, "upgrade", "migrating", from_revision="0001", unversioned=True,
                     backup=str(info.path))
        open_book_interactively(intact)  # recovered, then the wizard: closed here

        neither = legacy("Papeleria.cuentas")
        info = backup_book(neither, "pre-upgrade")
        wrong = json.loads(info.fingerprint.to_json()) if info.fingerprint else {}
        wrong["transactions"] = int(wrong.get("transactions", 0)) + 1
        write_marker(neither, "upgrade", "migrating", from_revision="0001", unversioned=True,
                     backup=str(info.path), fingerprint_before=wrong)
        open_book_interactively(neither)  # interrupted, its backup restored: restored

        damaged = legacy("Taller.cuentas")
        backup_book(damaged, "scheduled")
        raw = Path(damaged).read_bytes()
        Path(damaged).write_bytes(raw[:8192] + b"\x5a" * (len(raw) - 8192))
        open_book_interactively(damaged)

        # What `app.store.inspect` says of a book at a revision this Cuentas does not know.
        _ahead(str(folder / "Sucursal.cuentas"), BookState("ahead", "0009"), None)

        _locked(intact, LockHolder(4242, "caja-pc", "ana", "session", "2026-03-31T15:04:00Z"),
                None)

        # What the upgrade wizard's Cancel leads to: the book as it is, and the ways on.
        grab(not_upgraded_dialog(intact, None))
    finally:
        flow._exec = real_exec
    QCoreApplication.processEvents()
    return shots
