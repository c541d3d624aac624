"""The *General* page: the book's name, locale, currency and tax rates, and the
language of this computer's interface and guides.

Its fields are built with `ui.settings.fields`; the dialog lists it. The language is a
setting of this computer (`app.admin.local_settings`), not of the book: anyone may
change it, and it applies the next time Cuentas starts.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import i18n
from app.admin import local_settings
from app.admin.book_settings import (
    COMMON_LOCALES,
    currency_locked,
    currency_names,
    locale_name,
    sample_amount,
)
from app.errors import BadInput
from app.ledger import tax_rates
from app.presets import PRESETS
from ui.common.operations import settings as ops
from ui.common.translate import system_language
from ui.settings.fields import (
    ErrorLines,
    SectionPage,
    combo,
    field_row,
    fit_rows,
    select_data,
    setting_field,
    table,
    wrapped,
)

if TYPE_CHECKING:
    from ui.settings.dialog import SettingsContext


class GeneralPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("General"),
                         self.tr("The book's name, its currency, how amounts and dates are "
                                 "written, the tax rates it uses, and the language of "
                                 "Cuentas on this computer."))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        # Each field's editor and error line come from its declaration
        # (`book_settings.SETTINGS`); the page keeps its labels, hints and choices.
        name = setting_field(self.errors, "name", "bookName")
        self.name = cast(QLineEdit, name.editor)
        self.name.setPlaceholderText(self.tr("Your business's name"))
        self.name.editingFinished.connect(self._name_edited)
        form.addRow(self.tr("Book name:"), name.row)

        self.currency_note = wrapped("", muted=True)
        currency = setting_field(self.errors, "currency", "currency", self.currency_note)
        self.currency = cast(QComboBox, currency.editor)
        self.currency.setMaxVisibleItems(15)
        self.currency.activated.connect(self._currency_chosen)
        form.addRow(self.tr("Currency:"), currency.row)

        self.sample = wrapped("", muted=True)
        self.sample.setObjectName("localeSample")
        locale = setting_field(self.errors, "locale", "locale", self.sample)
        self.locale_box = cast(QComboBox, locale.editor)
        self.locale_box.activated.connect(self._locale_chosen)
        form.addRow(self.tr("Numbers and dates:"), locale.row)

        preset = setting_field(self.errors, "tax_preset", "taxPreset", wrapped(self.tr(
            "Choosing a preset adds its missing tax categories and rates; nothing is "
            "removed."), muted=True))
        self.preset = cast(QComboBox, preset.editor)
        for key, spec in PRESETS.items():
            self.preset.addItem(i18n.tr(spec.title), key)
        self.preset.activated.connect(self._preset_chosen)
        form.addRow(self.tr("Tax preset:"), preset.row)
        self.body.addLayout(form)
        self.body.addWidget(self._language_box())

        rates_box = QGroupBox(self.tr("Tax rates"))
        rates_layout = QVBoxLayout(rates_box)
        rates_layout.addWidget(wrapped(self.tr(
            "Rates change by decree, so each has the day it starts and, when known, the day "
            "it ends. Split lines use the rate in effect on the transaction's date."),
            muted=True))
        self.rates = table([self.tr("Rate"), self.tr("%"), self.tr("From"), self.tr("Until"),
                             self.tr("Status")])
        self.rates.setObjectName("taxRates")
        header = self.rates.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.rates.itemSelectionChanged.connect(self._update_buttons)
        self.rates.doubleClicked.connect(lambda _i: self._edit_rate())
        rates_layout.addWidget(self.rates)
        buttons = QHBoxLayout()
        self.add_rate = QPushButton(self.tr("Add rate…"))
        self.add_rate.clicked.connect(lambda: self._open_rate_dialog(None))
        self.edit_rate = QPushButton(self.tr("Change or end…"))
        self.edit_rate.clicked.connect(self._edit_rate)
        buttons.addWidget(self.add_rate)
        buttons.addWidget(self.edit_rate)
        buttons.addStretch(1)
        rates_layout.addLayout(buttons)
        self.body.addWidget(rates_box)
        self._rates: list[tax_rates.TaxRateView] = []

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language = combo()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the system ({language})").format(
            language=i18n.LANGUAGES[system_language()]), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(self._language_chosen)
        self.language_note = wrapped("", muted=True)
        self.language_note.setObjectName("languageNote")
        form.addRow(self.tr("Language:"), field_row(
            self.language, self.errors.for_field("language"), self.language_note))
        return box

    def _language_chosen(self, _index: int) -> None:
        self.ctx.apply(self.errors, ops.set_language(self.ctx.dialog,
                                                     self.language.currentData()))
        self._show_language()

    def _show_language(self) -> None:
        select_data(self.language, local_settings.language_choice())
        wanted = local_settings.interface_language(system_language())
        text = self.tr("Menus, windows, messages, reports and the guides, on this computer "
                       "only (the book does not change).")
        if wanted != i18n.language():
            text += " " + self.tr("Cuentas will be in {language} the next time it starts.") \
                .format(language=i18n.LANGUAGES[wanted])
        else:
            text += " " + self.tr("A change applies the next time Cuentas starts.")
        self.language_note.setText(text)

    def refresh(self) -> None:
        self._show_language()
        can = self.show_locked_note_unless_admin(self.tr("the book's settings"))
        info = self.book.info
        if not self.name.hasFocus():
            self.name.setText(info.name)
        self.name.setEnabled(can)

        if self.currency.count() == 0 or self.currency.property("locale") != info.locale:
            self.currency.blockSignals(True)
            self.currency.clear()
            for code, name in currency_names(info.locale):
                self.currency.addItem(f"{code} — {name}", code)
            self.currency.setProperty("locale", info.locale)
            self.currency.blockSignals(False)
        select_data(self.currency, info.currency)
        why = currency_locked(self.book)
        self.currency.setEnabled(can and not why)
        self.currency_note.setText(
            self.tr("Read-only: {why}.").format(why=why) if why
            else self.tr("Can change while the book has no transactions."))

        self.locale_box.blockSignals(True)
        self.locale_box.clear()
        codes = list(COMMON_LOCALES)
        if info.locale not in codes:
            codes.insert(0, info.locale)
        for code in codes:
            self.locale_box.addItem(f"{locale_name(code)} — {code}", code)
        self.locale_box.blockSignals(False)
        select_data(self.locale_box, info.locale)
        self.locale_box.setEnabled(can)
        self.sample.setText(self.tr("Amounts look like {amount}, dates like {date}.").format(
            amount=sample_amount(info.locale, info.currency),
            date=self.ctx.formats.date("2026-12-31")))

        select_data(self.preset, info.tax_preset)
        self.preset.setEnabled(can)

        today = date.today().isoformat()
        order = {"in effect": 0, "future": 1, "ended": 2}
        self._rates = sorted(tax_rates.list_tax_rates(self.book),
                             key=lambda r: order[r.status(today)])
        status_text = {"in effect": self.tr("in effect"), "ended": self.tr("ended"),
                       "future": self.tr("starts later")}
        self.rates.setRowCount(len(self._rates))
        for row, rate in enumerate(self._rates):
            status = rate.status(today)
            cells = (rate.name, self.ctx.formats.rate(rate.rate_bp),
                     self.ctx.formats.date(rate.valid_from),
                     self.ctx.formats.date(rate.valid_to) if rate.valid_to else "—",
                     status_text[status])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{rate.code}")
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if status != "in effect":
                    item.setForeground(Qt.GlobalColor.gray)
                self.rates.setItem(row, col, item)
        self.rates.resizeRowsToContents()
        fit_rows(self.rates)
        self.add_rate.setEnabled(can)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_rate.setEnabled(self.ctx.can_admin and self._selected_rate() is not None)

    def _selected_rate(self) -> tax_rates.TaxRateView | None:
        rows = {i.row() for i in self.rates.selectedItems()}
        return self._rates[rows.pop()] if len(rows) == 1 else None

    def _edit_rate(self) -> None:
        rate = self._selected_rate()
        if rate is not None and self.ctx.can_admin:
            self._open_rate_dialog(rate)

    def _open_rate_dialog(self, rate: tax_rates.TaxRateView | None) -> None:
        dialog = RateDialog(self.ctx, self._rates, rate, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _name_edited(self) -> None:
        if self.name.text().strip() != self.book.info.name and self.name.isEnabled():
            self._set("name", self.name.text())

    def _set(self, key: str, value: str) -> bool:
        return self.ctx.apply(
            self.errors, ops.set_setting(self.ctx.dialog, self.book, key, value)) is not None

    def _currency_chosen(self, _index: int) -> None:
        code = self.currency.currentData()
        if code != self.book.info.currency and not self._set("currency", code):
            select_data(self.currency, self.book.info.currency)

    def _locale_chosen(self, _index: int) -> None:
        code = self.locale_box.currentData()
        if code != self.book.info.locale:
            self._set("locale", code)

    def _preset_chosen(self, _index: int) -> None:
        key = self.preset.currentData()
        if key != self.book.info.tax_preset:
            self._set("tax_preset", key)


class RateDialog(QDialog):
    """Add a tax rate period, or change / end one."""

    def __init__(self, ctx: SettingsContext, rates: list[tax_rates.TaxRateView],
                 rate: tax_rates.TaxRateView | None, page: SectionPage) -> None:
        super().__init__(page)
        self.ctx, self.rate, self.page = ctx, rate, page
        self.setWindowTitle(self.tr("Add a tax rate") if rate is None
                            else self.tr("Change a tax rate"))
        self.errors = ErrorLines()
        fmt = ctx.formats
        self.code = combo()
        self.code.setEditable(True)
        for code in dict.fromkeys(r.code for r in rates):
            self.code.addItem(code)
        self.name = QLineEdit()
        self.percent = QLineEdit()
        self.percent.setPlaceholderText("16")
        self.start = QLineEdit()
        self.start.setPlaceholderText(fmt.date_hint)
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("{hint} (empty: no end yet)").format(
            hint=fmt.date_hint))
        if rate is not None:
            self.code.setCurrentText(rate.code)
            self.code.setEnabled(False)
            self.name.setText(rate.name)
            self.percent.setText(rate.percent)
            self.start.setText(fmt.date(rate.valid_from))
            self.end.setText(fmt.date(rate.valid_to) if rate.valid_to else "")
        else:
            self.code.setCurrentText("iva_general")
        form = QFormLayout(self)
        for label, widget, field in (
            (self.tr("Code:"), self.code, "code"), (self.tr("Name:"), self.name, "name"),
            (self.tr("Rate (%):"), self.percent, "rate"),
            (self.tr("From:"), self.start, "valid_from"),
            (self.tr("Until:"), self.end, "valid_to"),
        ):
            form.addRow(label, field_row(widget, self.errors.for_field(field)))
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def _save(self) -> None:
        self.errors.clear()
        fmt = self.ctx.formats
        try:
            start = fmt.parse_date(self.start.text(), "valid_from")
            end = fmt.parse_date(self.end.text(), "valid_to") if self.end.text().strip() else None
        except BadInput as exc:
            self.errors.show_error(exc)
            return
        book, rate, dialog = self.ctx.book, self.rate, self.ctx.dialog
        op = (ops.add_tax_rate(dialog, book, self.code.currentText(), self.name.text(),
                               self.percent.text(), start, end) if rate is None
              else ops.change_tax_rate(dialog, book, rate.id, self.name.text(),
                                       self.percent.text(), start, end))
        if self.ctx.apply(self.errors, op) is not None:
            self.accept()
