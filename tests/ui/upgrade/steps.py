"""Driving the upgrade wizard from a test that meets it on the way (a restore of an
older backup, the launch flow)."""

from __future__ import annotations

from ui.upgrade.wizard import UpgradeWizard


def upgrade_to_the_end(qtbot, w: UpgradeWizard) -> int:
    """From *What's new*: back up, upgrade, check, finish; the wizard's exec result."""
    w.next()
    w.backup_page.back_up()
    qtbot.waitUntil(lambda: w.prepared is not None and w.backup_task is None,
                    timeout=20_000)
    w.next()
    qtbot.waitUntil(lambda: w.currentId() == UpgradeWizard.CHECK, timeout=30_000)
    w.next()
    w.accept()
    return 1
