"""Screenshots of the upgrade windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

import errno
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.upgrade import UpgradeFailed
from app.upgrade.steps import plain_reason
from ui.docs import autopilot
from ui.docs.screenshots import grab
from ui.upgrade.wizard import UpgradeWizard


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_wizard(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.upgrade.wizard


def _settle(condition: Any = None, timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while True:
        QApplication.processEvents()
        if condition is None or condition() or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    QApplication.processEvents()


def _grab(wizard: UpgradeWizard, path: Path) -> Path:
    _settle()
    return grab(wizard, path)


def shots_wizard(book: object, out_dir: Path) -> list[Path]:
    """Every page of the wizard, upgrading a legacy demo book for real; the page in
    progress and the restored page replay the real run's steps (for the guides)."""
    with autopilot.scratch_home("cuentas-upgrade-shots-") as folder:
        return _shots_wizard(folder, Path(out_dir))


def _shots_wizard(folder: Path, out_dir: Path) -> list[Path]:
    from datetime import date

    from app.store.demo import write_legacy

    legacy = folder / "Tienda.cuentas"
    write_legacy(legacy, 1200, 2026, end=date(2026, 3, 31))
    shots: list[Path] = []
    wizard = UpgradeWizard(str(legacy), backup_dir=folder / "respaldos")
    wizard.show()
    shots.append(_grab(wizard, out_dir / "upgrade-whats-new.png"))
    wizard.next()
    wizard.backup_page.back_up()
    _settle(lambda: wizard.prepared is not None and wizard.backup_task is None)
    shots.append(_grab(wizard, out_dir / "upgrade-backup.png"))
    wizard.next()
    _settle(lambda: wizard.currentId() == wizard.CHECK)
    shots.append(_grab(wizard, out_dir / "upgrade-check.png"))
    wizard.next()
    shots.append(_grab(wizard, out_dir / "upgrade-done.png"))

    # Right after File › Restore brought back the pre-upgrade backup: said first.
    restored = UpgradeWizard(str(legacy), wizard.state, backup_dir=wizard.folder,
                             restored=wizard.prepared.info if wizard.prepared else None)
    restored.show()
    shots.append(_grab(restored, out_dir / "upgrade-restored.png"))
    restored.hide()
    restored.deleteLater()

    for name in ("upgrade-in-progress.png", "upgrade-failed.png"):
        replay = UpgradeWizard(str(legacy), wizard.state, backup_dir=wizard.folder)
        replay.start_upgrade = lambda: None  # type: ignore[method-assign]
        replay.prepared = wizard.prepared
        replay.backup_page.folder.setText(str(wizard.folder))
        replay.show()
        replay.next()
        replay.backup_page.show_verified()
        replay.next()
        replay._upgrade_started = time.monotonic()
        seen = wizard.steps_seen
        half = next((i for i, s in enumerate(seen) if "indexing lines" in s[1]),
                    len(seen) // 2)
        for _seconds, step, detail, done, total in seen[:half + 1]:
            replay._upgrade_progressed(step, detail, done, total)
        if name == "upgrade-failed.png":
            assert wizard.prepared is not None
            backup = wizard.prepared.info.path
            # the engine's own words for a full disk, in the interface's language
            cause = plain_reason(OSError(errno.ENOSPC, "No space left on device"))
            replay._upgrade_failed(UpgradeFailed(cause, stage="upgrading", backup=backup,
                                                 cause=cause))
            _settle(lambda r=replay: r.currentId() == r.FAILED)
        shots.append(_grab(replay, out_dir / name))
        replay.upgrade_page._clock.stop()
        replay.hide()
        replay.deleteLater()
    wizard.hide()
    wizard.deleteLater()
    _settle()
    return shots
