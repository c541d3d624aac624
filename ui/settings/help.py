"""The *Help* page: the guides, the language of help, and what Cuentas sends.

Its fields are built with `ui.settings.fields`; the dialog lists it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
)

from app.admin import book_settings
from app.admin.book_settings import (
    locale_name,
)
from ui.common.operations import settings as ops
from ui.settings.fields import (
    SectionPage,
    combo,
    field_row,
    select_data,
    wrapped,
)

if TYPE_CHECKING:
    from ui.settings.dialog import SettingsContext


class HelpPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Help"), self.tr(
            "The guides open with F1 and from the Help menu. This choice is kept on this "
            "computer and does not change the book."))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.language = combo()
        self.language.setObjectName("helpLanguage")
        self.language.activated.connect(self._language_chosen)
        self.note = wrapped("", muted=True)
        form.addRow(self.tr("Language of the guides:"),
                    field_row(self.language, self.errors.for_field("help_language"), self.note))
        self.body.addLayout(form)

    def refresh(self) -> None:
        languages = book_settings.guide_languages()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("English (as the guides are written)"), "")
        for code in languages:
            self.language.addItem(f"{locale_name(code)} — {code}", code)
        self.language.blockSignals(False)
        select_data(self.language, book_settings.help_language())
        self.language.setEnabled(bool(languages))
        self.note.setText("" if languages else self.tr(
            "No translations of the guides exist yet; they are shown as written. When "
            "translations arrive, they can be chosen here."))

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        self.ctx.apply(self.errors, ops.set_help_language(self.ctx.dialog, code))
