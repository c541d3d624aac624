"""Screenshots of the backup windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.backup.restore_dialog import RestoreDialog, _folder_of
from ui.docs import autopilot
from ui.docs.screenshots import grab


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_restore_dialog(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.backup.restore_dialog


def shots_restore_dialog(book: object, out_dir: Path) -> list[Path]:
    """The restore dialog on a demo shop that was upgraded from a legacy book and has
    since made its automatic backups (all in a scratch home, for the guides)."""
    with autopilot.scratch_home("cuentas-backup-shots-") as folder:
        return _shots_restore_dialog(folder, Path(out_dir))


def _shots_restore_dialog(folder: Path, out_dir: Path) -> list[Path]:
    from datetime import date

    from app.backup import backup_book
    from app.backup.schedule import backup_on_close, run_daily_backup
    from app.store.book import open_book
    from app.store.demo import write_legacy
    from app.upgrade import upgrade_book
    from app.upgrade.prepared import prepare_backup

    location = str(folder / "Tienda.cuentas")
    write_legacy(Path(location), 1200, 2026, end=date(2026, 3, 31))
    upgrade_book(location, backup=prepare_backup(location, _default_folder(location)))
    shop = open_book(location)
    try:
        run_daily_backup(shop)
        backup_on_close(shop, True)
        backup_book(location, "manual", _folder_of(shop))
        dialog = RestoreDialog(shop)
        dialog.show()
        for _ in range(3):
            path = grab(dialog, out_dir / "restore-dialog.png")
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.processEvents()
    finally:
        shop.close()
    return [path]


def _default_folder(location: str) -> Path:
    from app.backup import default_dir

    return default_dir(location)
