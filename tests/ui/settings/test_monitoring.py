"""Settings ▸ Monitoring: the thresholds of this computer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.monitor import thresholds


def test_settings_monitoring_changes_the_thresholds_of_this_computer(
        sqlite_book, qtbot) -> None:
    from app.admin import local_settings
    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(sqlite_book, section="monitoring")
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page("monitoring")
    from ui.settings.monitoring import MonitoringPage

    assert isinstance(page, MonitoringPage)
    assert dialog.stack.currentWidget().widget() is page  # type: ignore[attr-defined]
    assert page.spins["save"].value() == 100 and page.spins["backup"].value() == 120
    page.spins["save"].setValue(40)
    page.spins["save"].editingFinished.emit()
    page.spins["backup"].setValue(30)
    page.spins["backup"].editingFinished.emit()
    page.backup_days.setValue(3)
    page.backup_days.editingFinished.emit()
    stored = local_settings.get("monitoring")
    assert stored["thresholds_ms"]["save"] == 40
    assert stored["thresholds_ms"]["backup"] == 30_000
    assert stored["backup_days"] == 3
    qtbot.mouseClick(page.defaults, Qt.MouseButton.LeftButton)
    assert thresholds.load() == thresholds.MonitorSettings()
    assert page.spins["save"].value() == 100
    texts = [w.text() for w in page.findChildren(QLabel)]
    assert any("monitor.sqlite3" in t for t in texts)
