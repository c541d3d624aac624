"""Settings ▸ Monitoring: when the health view and the status bar badge warn.

One threshold per group of operations (`app.monitor.thresholds.GROUPS`: saving,
registers, reports, search, import, backup, restore, upgrade), the age a backup may
reach, and the share of operations that may fail. These are settings of this computer
(`app.admin.local_settings`), not of the book: every user may change them, and they
apply at once. The settings dialog lists it after Backups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.errors import BadInput
from app.monitor import thresholds
from ui.settings.fields import SectionPage, wrapped

if TYPE_CHECKING:
    from ui.settings.dialog import SettingsContext


def _tr(text: str) -> str:
    """Group titles and targets are app's source text: app's catalogue has them."""
    return i18n.tr(text)


class MonitoringPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Monitoring"), self.tr(
            "Cuentas measures how long its work takes and counts what fails, on this "
            "computer only; nothing is sent anywhere. Here you choose when Help ▸ Health "
            "and the status bar warn. These settings belong to this computer, not to the "
            "book, and apply at once."))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.spins: dict[str, QSpinBox] = {}
        for group in thresholds.GROUPS:
            spin = QSpinBox()
            spin.setObjectName(f"threshold_{group.key}")
            seconds = group.unit == "s"
            spin.setRange(1, 24 * 3600 if seconds else 600_000)
            spin.setSuffix(self.tr(" s") if seconds else self.tr(" ms"))
            spin.setAccelerated(True)
            spin.editingFinished.connect(lambda key=group.key: self._threshold_edited(key))
            self.spins[group.key] = spin
            hint = (self.tr("Target: {target}").format(target=_tr(group.target))
                    if group.target else "")
            form.addRow(_tr(group.title) + ":", self._row(spin, f"threshold.{group.key}", hint))
        self.backup_days = QSpinBox()
        self.backup_days.setObjectName("backupDays")
        self.backup_days.setRange(*thresholds.LIMITS["backup_days"])
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.editingFinished.connect(self._others_edited)
        form.addRow(self.tr("Newest backup older than:"),
                    self._row(self.backup_days, "backup_days",
                              self.tr("Counted from the newest verified backup of the open "
                                      "book.")))
        self.error_rate = QSpinBox()
        self.error_rate.setObjectName("errorRate")
        self.error_rate.setRange(*thresholds.LIMITS["error_rate_pct"])
        self.error_rate.setSuffix(self.tr(" %"))
        self.error_rate.editingFinished.connect(self._others_edited)
        form.addRow(self.tr("Operations failing above:"), self._row(
            self.error_rate, "error_rate_pct",
            self.tr("Over the last 7 days. Any unexpected error in the last day warns too.")))
        explain = wrapped(self.tr(
            "An operation is slow when 95% of its runs over the last 7 days take longer "
            "than its threshold (it needs at least 5 runs). The targets come from the "
            "design, measured on a book of a million transactions; the defaults leave "
            "room for a slower computer."), muted=True)
        self.body.addWidget(explain)
        self.body.addLayout(form)
        buttons = QHBoxLayout()
        self.defaults = QPushButton(self.tr("Restore the &defaults"))
        self.defaults.setObjectName("monitoringDefaults")
        self.defaults.clicked.connect(self._defaults)
        self.open_health = QPushButton(self.tr("Open &Help ▸ Health…"))
        self.open_health.clicked.connect(self._open_health)
        buttons.addWidget(self.defaults)
        buttons.addWidget(self.open_health)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        from app import paths

        self.body.addWidget(wrapped(self.tr(
            "Measurements, counted errors and feedback notes are kept for 90 days (notes "
            "until you delete them) in {path}; the log is in {logs}.").format(
                path=paths.state_db(), logs=paths.log_dir()), muted=True))

    def _row(self, widget: QWidget, field: str, hint: str) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(widget)
        line.addStretch(1)
        layout.addLayout(line)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            label.setStyleSheet("color: #5f6368;")
            layout.addWidget(label)
        layout.addWidget(self.errors.for_field(field))
        return row

    def refresh(self) -> None:
        current = thresholds.load()
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            ms = current.thresholds_ms[key]
            spin.setValue(ms // 1000 if thresholds.BY_KEY[key].unit == "s" else ms)
            spin.blockSignals(False)
        for spin, value in ((self.backup_days, current.backup_days),
                            (self.error_rate, current.error_rate_pct)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _apply(self, change: object) -> None:
        self.errors.clear()
        try:
            change()  # type: ignore[operator]
        except BadInput as exc:
            self.errors.show_error(exc)
        self.refresh()
        badge = getattr(self.ctx.dialog.parentWidget(), "health_badge", None)
        if badge is not None and hasattr(badge, "check"):
            badge.check()

    def _threshold_edited(self, key: str) -> None:
        spin = self.spins[key]
        ms = spin.value() * (1000 if thresholds.BY_KEY[key].unit == "s" else 1)
        if ms != thresholds.load().thresholds_ms[key]:
            self._apply(lambda: thresholds.set_threshold(key, ms))

    def _others_edited(self) -> None:
        from dataclasses import replace

        current = thresholds.load()
        wanted = replace(current, backup_days=self.backup_days.value(),
                         error_rate_pct=self.error_rate.value())
        if wanted != current:
            self._apply(lambda: thresholds.save(wanted))

    def _defaults(self) -> None:
        self._apply(thresholds.reset)

    def _open_health(self) -> None:
        window = self.ctx.dialog.parentWidget()
        if window is not None and hasattr(window, "open_window"):
            window.open_window("health")
        else:
            from ui.health.window import open_health

            self.health_window = open_health(None, self.book)


