"""The *Backups* page: where and how often this computer backs the book up.

Its fields are built with `ui.settings.fields`; the dialog lists it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

from app.admin import book_settings
from ui.common.operations import settings as ops
from ui.settings.fields import (
    SectionPage,
    select_data,
    setting_field,
    wrapped,
)

if TYPE_CHECKING:
    from ui.settings.dialog import SettingsContext


class BackupsPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Backups"), self.tr(
            "Cuentas copies this book on a schedule, and always before an upgrade or a "
            "restore. Each copy is checked before it is kept."))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # Each field's editor, range and error line come from its declaration
        # (`book_settings.SETTINGS`); the page keeps its labels, hints and choices.
        self.folder_hint = wrapped("", muted=True)
        folder = setting_field(self.errors, "backup_dir", "backupDir", self.folder_hint)
        self.folder = cast(QLineEdit, folder.editor)
        self.folder.editingFinished.connect(self._folder_edited)
        assert folder.choose is not None
        self.choose = folder.choose
        self.choose.clicked.connect(self._choose_folder)
        form.addRow(self.tr("Folder:"), folder.row)
        schedule = setting_field(self.errors, "backup_schedule", "backupSchedule")
        self.schedule = cast(QComboBox, schedule.editor)
        self.schedule.addItem(self.tr("Every day the book is open"), "daily")
        self.schedule.addItem(self.tr("Off"), "off")
        self.schedule.activated.connect(self._schedule_chosen)
        form.addRow(self.tr("Scheduled backups:"), schedule.row)
        keep = setting_field(self.errors, "backup_keep_scheduled", "backupKeep", wrapped(
            self.tr("Backups made before an upgrade or a restore are always kept."),
            muted=True))
        self.keep = cast(QSpinBox, keep.editor)
        self.keep.setSuffix(self.tr(" newest scheduled backups"))
        self.keep.editingFinished.connect(self._keep_edited)
        form.addRow(self.tr("Keep:"), keep.row)
        self.body.addLayout(form)

    def refresh(self) -> None:
        can = self.show_locked_note_unless_admin(self.tr("the backup settings"))
        backups = book_settings.backup_settings(self.book)
        if not self.folder.hasFocus():
            self.folder.setText("" if backups.is_default_folder else str(backups.folder))
        self.folder.setPlaceholderText(str(backups.folder) if backups.is_default_folder else "")
        self.folder_hint.setText(
            self.tr("Empty: this book's folder in this computer's backups folder.")
            if can else "")
        self.folder.setEnabled(can)
        self.choose.setEnabled(can)
        select_data(self.schedule, backups.schedule)
        self.schedule.setEnabled(can)
        self.keep.blockSignals(True)
        self.keep.setValue(backups.keep_scheduled)
        self.keep.blockSignals(False)
        self.keep.setEnabled(can and backups.schedule != "off")

    def _save(self, key: str, value: str) -> None:
        if self.ctx.apply(self.errors, ops.set_setting(self.ctx.dialog, self.book, key,
                                                       value)) is None:
            self.refresh()

    def _folder_edited(self) -> None:
        current = book_settings.get_setting(self.book, "backup_dir")
        if self.folder.isEnabled() and self.folder.text().strip() != current:
            self._save("backup_dir", self.folder.text())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.folder.text()
            or self.folder.placeholderText())
        if chosen:
            self.folder.setText(chosen)
            self._save("backup_dir", chosen)

    def _schedule_chosen(self, _index: int) -> None:
        self._save("backup_schedule", self.schedule.currentData())

    def _keep_edited(self) -> None:
        if self.keep.value() != book_settings.backup_settings(self.book).keep_scheduled:
            self._save("backup_keep_scheduled", str(self.keep.value()))
