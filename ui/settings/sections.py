"""The built-in sections of the settings panel: General, Features, Users, Backups, Help.

Each page reads through `app` services and writes through `SettingsContext.apply`
(one service call; the service checks the role). Controls an owner alone may use
are disabled for everyone else, with a line saying why. `refresh()` runs deferred
(the dialog's timer), never inside the handler of the widget that made the change,
so rebuilding a table's cell widgets there is safe.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.admin import book_settings, flags, users
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
from app.store.book import Book
from app.store.identity import GROUPS, ROLES
from ui.settings.dialog import (
    MUTED_STYLE,
    ErrorLines,
    SectionPage,
    SettingsContext,
    group_name,
    role_name,
    wrapped,
)

ON_STYLE = "color: #1b7f3b; font-weight: bold;"
OFF_STYLE = "color: #5f6368; font-weight: bold;"
LOCAL_FRAME_STYLE = ("QFrame#localPreview { background: #fff8e1; border: 1px solid #e8c66a;"
                     " border-radius: 4px; }")


def field_row(widget: QWidget, error: QLabel, hint: QLabel | None = None) -> QWidget:
    """A form field with its hint and its error line under it."""
    box = QWidget()
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if hint is not None:
        column.addWidget(hint)
    column.addWidget(error)
    return box


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _fit_rows(table: QTableWidget, minimum: int = 3) -> None:
    """Tall enough for its rows (the page scrolls, not the table)."""
    rows = max(table.rowCount(), minimum)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    height += max(0, rows - table.rowCount()) * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2)


# ---------------------------------------------------------------- General


class GeneralPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("General"),
                         self.tr("The book's name, its currency, how amounts and dates are "
                                 "written, and the tax rates it uses."))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.name = QLineEdit()
        self.name.setObjectName("bookName")
        self.name.setPlaceholderText(self.tr("Your business's name"))
        self.name.editingFinished.connect(self._name_edited)
        form.addRow(self.tr("Book name:"), field_row(self.name, self.errors.for_field("name")))

        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setMaxVisibleItems(15)
        self.currency.activated.connect(self._currency_chosen)
        self.currency_note = wrapped("", muted=True)
        form.addRow(self.tr("Currency:"), field_row(
            self.currency, self.errors.for_field("currency"), self.currency_note))

        self.locale_box = QComboBox()
        self.locale_box.setObjectName("locale")
        self.locale_box.activated.connect(self._locale_chosen)
        self.sample = wrapped("", muted=True)
        self.sample.setObjectName("localeSample")
        form.addRow(self.tr("Numbers and dates:"),
                    field_row(self.locale_box, self.errors.for_field("locale"), self.sample))

        self.preset = QComboBox()
        self.preset.setObjectName("taxPreset")
        for key, preset in PRESETS.items():
            self.preset.addItem(preset.title, key)
        self.preset.activated.connect(self._preset_chosen)
        form.addRow(self.tr("Tax preset:"), field_row(
            self.preset, self.errors.for_field("tax_preset"),
            wrapped(self.tr("Choosing a preset adds its missing tax categories and rates; "
                            "nothing is removed."), muted=True)))
        self.body.addLayout(form)

        rates_box = QGroupBox(self.tr("Tax rates"))
        rates_layout = QVBoxLayout(rates_box)
        rates_layout.addWidget(wrapped(self.tr(
            "Rates change by decree, so each has the day it starts and, when known, the day "
            "it ends. Split lines use the rate in effect on the transaction's date."),
            muted=True))
        self.rates = _table([self.tr("Rate"), self.tr("%"), self.tr("From"), self.tr("Until"),
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

    def refresh(self) -> None:
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
        _fit_rows(self.rates)
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
            self.errors, lambda: book_settings.set_setting(self.book, key, value)) is not None

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
        self.code = QComboBox()
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
        book = self.ctx.book
        rate = self.rate

        def change() -> tax_rates.TaxRateView:
            if rate is None:
                return tax_rates.add_tax_rate(book, self.code.currentText(), self.name.text(),
                                              self.percent.text(), start, end)
            return tax_rates.update_tax_rate(book, rate.id, name=self.name.text(),
                                             percent=self.percent.text(), valid_from=start,
                                             valid_to=end, clear_end=end is None)

        if self.ctx.apply(self.errors, change) is not None:
            self.accept()


# ---------------------------------------------------------------- Features


class FlagCard(QGroupBox):
    """One flag: what it does, its stage in the book, whether it is on for you and
    why, and this computer's preview override (marked as local)."""

    def __init__(self, page: FeaturesPage, flag: flags.Flag) -> None:
        super().__init__(flag.title)
        self.page, self.flag = page, flag
        self.setObjectName(f"flag_{flag.key}")
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(wrapped(flag.description))

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Stage in this book:")))
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        for stage, label in zip(flags.STAGES, (self.tr("Off"), self.tr("Internal (testers)"),
                                               self.tr("Primary users"), self.tr("Everyone")),
                                strict=True):
            self.stage.addItem(label, stage)
        self.stage.activated.connect(self._stage_chosen)
        row.addWidget(self.stage)
        self.default_mark = QLabel()
        self.default_mark.setStyleSheet(MUTED_STYLE)
        row.addWidget(self.default_mark)
        row.addStretch(1)
        layout.addLayout(row)

        status_row = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("state")
        status_row.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        self.reason = wrapped("", muted=True)
        self.reason.setObjectName("reason")
        status_row.addWidget(self.reason, 1)
        layout.addLayout(status_row)

        local = QFrame()
        local.setObjectName("localPreview")
        local.setStyleSheet(LOCAL_FRAME_STYLE)
        local_row = QHBoxLayout(local)
        local_row.setContentsMargins(8, 6, 8, 6)
        badge = QLabel(self.tr("This computer only"))
        badge.setStyleSheet("color: #7a5900; font-weight: bold; background: transparent;")
        local_row.addWidget(badge)
        local_row.addWidget(QLabel(self.tr("Preview:")))
        self.preview = QComboBox()
        self.preview.setObjectName("preview")
        self.preview.addItem(self.tr("Follow the book"), None)
        self.preview.addItem(self.tr("On here"), True)
        self.preview.addItem(self.tr("Off here"), False)
        self.preview.activated.connect(self._preview_chosen)
        local_row.addWidget(self.preview)
        self.env_note = QLabel()
        self.env_note.setStyleSheet("color: #7a5900; background: transparent;")
        local_row.addWidget(self.env_note, 1)
        layout.addWidget(local)

        self.retire = wrapped("", muted=True)
        layout.addWidget(self.retire)

    def show_status(self, status: flags.FlagStatus, can_admin: bool) -> None:
        select_data(self.stage, status.stage)
        self.stage.setEnabled(can_admin)
        self.default_mark.setText(self.tr("(the default)") if status.stage_is_default else "")
        self.state.setText(self.tr("● On for you") if status.enabled
                           else self.tr("○ Off for you"))
        self.state.setStyleSheet(ON_STYLE if status.enabled else OFF_STYLE)
        self.reason.setText(status.reason)
        previews = flags.preview_overrides()
        select_data(self.preview, previews.get(self.flag.key))
        env = status.override == "env"
        self.preview.setEnabled(not env)
        self.env_note.setText(self.tr("Set to {state} by CUENTAS_FLAGS on this computer.").format(
            state=self.tr("on") if status.enabled else self.tr("off")) if env else "")
        overdue = self.flag in flags.overdue()
        self.retire.setText(self.tr("Past its retire date ({day}): this flag and its old "
                                    "behaviour are due to be removed from Cuentas.").format(
            day=self.page.ctx.formats.date(self.flag.retire_after)) if overdue else "")
        self.retire.setVisible(overdue)

    def _stage_chosen(self, _index: int) -> None:
        stage = self.stage.currentData()
        book = self.page.book
        if self.page.ctx.apply(self.page.errors, lambda: flags.set_stage(book, self.flag.key,
                                                                  stage)) is None:
            self.page.refresh()

    def _preview_chosen(self, _index: int) -> None:
        value = self.preview.currentData()
        # Local only: nothing in the book changes, but views must re-read the flag.
        self.page.ctx.apply(self.page.errors, lambda: flags.set_preview(self.flag.key, value))


class FeaturesPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Features"), self.tr(
            "New features reach people in stages: internal testers first, then the owner "
            "and primary users, then everyone. The stage is kept in the book, so everyone "
            "who uses it gets a feature at the same time. Each person's rollout group is "
            "set under Users."))
        self.you = wrapped("")
        self.you.setObjectName("youAre")
        self.body.addWidget(self.you)
        self.cards = {flag.key: FlagCard(self, flag) for flag in flags.FLAGS}
        for card in self.cards.values():
            self.body.addWidget(card)

    def refresh(self) -> None:
        can = self.show_locked_note_unless_admin(self.tr("the stage of a feature"))
        statuses = flags.statuses(self.book)
        if statuses:
            self.you.setText(self.tr("You are {name}, in the {group} group.").format(
                name=statuses[0].user, group=group_name(statuses[0].group)))
        for status in statuses:
            self.cards[status.key].show_status(status, can)


# ---------------------------------------------------------------- Users


class UsersPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Users"), self.tr(
            "Who uses this book, what they may do (their role) and when new features reach "
            "them (their rollout group)."))
        self.who = wrapped("")
        self.who.setObjectName("whoIsActing")
        self.body.addWidget(self.who)
        self.table = _table([self.tr("Name"), self.tr("Login"), self.tr("Role"),
                             self.tr("Rollout group")])
        self.table.setObjectName("profiles")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 140)
        header.resizeSection(3, 150)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.body.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Add profile…"))
        self.add.clicked.connect(lambda: self._open(None))
        self.edit = QPushButton(self.tr("Name and login…"))
        self.edit.clicked.connect(self._edit)
        buttons.addWidget(self.add)
        buttons.addWidget(self.edit)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addWidget(wrapped(self.tr(
            "Owner: everything, including settings, users, upgrades and restores. "
            "Bookkeeper: enters and changes transactions. Viewer: reads only. "
            "A book always keeps at least one owner."), muted=True))
        self._profiles: list[users.Profile] = []

    def refresh(self) -> None:
        can = self.show_locked_note_unless_admin(self.tr("profiles"))
        actor = self.book.actor
        if self.book.is_shared:
            self.who.setText(self.tr("This shared book knows you by your database login, "
                                     "{login}: you act as {name} ({role}).").format(
                login=actor.login, name=actor.name, role=role_name(actor.role)))
        else:
            self.who.setText(self.tr("This computer's login, {login}, acts as {name} "
                                     "({role}).").format(
                login=actor.login, name=actor.name, role=role_name(actor.role)))
        self._profiles = users.list_users(self.book)
        self.table.setRowCount(len(self._profiles))
        for row, profile in enumerate(self._profiles):
            name = QTableWidgetItem(profile.name + (self.tr(" (you)") if profile.is_you else ""))
            if profile.is_you:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(profile.login or "—"))
            self.table.setCellWidget(row, 2, self._combo(
                [(role_name(r).capitalize(), r) for r in ROLES], profile.role,
                profile.id, users.set_role, can))
            self.table.setCellWidget(row, 3, self._combo(
                [(group_name(g).capitalize(), g) for g in GROUPS], profile.group,
                profile.id, users.set_group, can))
        self.table.resizeRowsToContents()
        _fit_rows(self.table)
        self.add.setEnabled(can)
        self._update_buttons()

    def _combo(self, items: list[tuple[str, str]], current: str, profile_id: int,
               change: Callable[[Book, int, str], object], enabled: bool) -> QComboBox:
        combo = QComboBox()
        for label, value in items:
            combo.addItem(label, value)
        select_data(combo, current)
        combo.setEnabled(enabled)

        def chosen(_index: int) -> None:
            value = combo.currentData()
            if value != current and self.ctx.apply(
                    self.errors, lambda: change(self.book, profile_id, value)) is None:
                select_data(combo, current)

        combo.activated.connect(chosen)
        return combo

    def _update_buttons(self) -> None:
        self.edit.setEnabled(self.ctx.can_admin and self._selected() is not None)

    def _selected(self) -> users.Profile | None:
        row = self.table.currentRow()
        return self._profiles[row] if 0 <= row < len(self._profiles) else None

    def _edit(self) -> None:
        profile = self._selected()
        if profile is not None and self.ctx.can_admin:
            self._open(profile)

    def _open(self, profile: users.Profile | None) -> None:
        dialog = ProfileDialog(self, profile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


class ProfileDialog(QDialog):
    """Add a profile, or change one's name and login."""

    def __init__(self, page: UsersPage, profile: users.Profile | None) -> None:
        super().__init__(page)
        self.page, self.profile = page, profile
        self.setWindowTitle(self.tr("Add a profile") if profile is None
                            else self.tr("Name and login of {name}").format(name=profile.name))
        self.errors = ErrorLines()
        self.name = QLineEdit(profile.name if profile else "")
        self.login = QLineEdit(profile.login if profile else "")
        self.login.setPlaceholderText(self.tr("database login on a shared book")
                                      if page.book.is_shared
                                      else self.tr("desktop login, like maria"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role).capitalize(), role)
        select_data(self.role, "bookkeeper")
        self.group = QComboBox()
        for group in GROUPS:
            self.group.addItem(group_name(group).capitalize(), group)
        select_data(self.group, "standard")
        form = QFormLayout(self)
        rows: list[tuple[str, QWidget, str]] = [(self.tr("Name:"), self.name, "name"),
                                                (self.tr("Login:"), self.login, "login")]
        if profile is None:
            rows += [(self.tr("Role:"), self.role, "role"),
                     (self.tr("Rollout group:"), self.group, "group")]
        for label, widget, field in rows:
            form.addRow(label, field_row(widget, self.errors.for_field(field)))
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(420, self.sizeHint().height())

    def _save(self) -> None:
        book, profile = self.page.book, self.profile
        name, login = self.name.text(), self.login.text()

        def change() -> users.Profile:
            if profile is None:
                return users.add_user(book, name, self.role.currentData(),
                                      self.group.currentData(), login or None)
            if name.strip() != profile.name:
                users.rename_user(book, profile.id, name)
            return users.map_login(book, profile.id, login or None)

        if self.page.ctx.apply(self.errors, change) is not None:
            self.accept()


# ---------------------------------------------------------------- Backups


class BackupsPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Backups"), self.tr(
            "Cuentas copies this book on a schedule, and always before an upgrade or a "
            "restore. Each copy is checked before it is kept."))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit()
        self.folder.setObjectName("backupDir")
        self.folder.editingFinished.connect(self._folder_edited)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.folder_hint = wrapped("", muted=True)
        form.addRow(self.tr("Folder:"), field_row(folder_row, self.errors.for_field("backup_dir"),
                                                  self.folder_hint))
        self.schedule = QComboBox()
        self.schedule.setObjectName("backupSchedule")
        self.schedule.addItem(self.tr("Every day the book is open"), "daily")
        self.schedule.addItem(self.tr("Off"), "off")
        self.schedule.activated.connect(self._schedule_chosen)
        form.addRow(self.tr("Scheduled backups:"),
                    field_row(self.schedule, self.errors.for_field("backup_schedule")))
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        spec = book_settings.REGISTRY["backup_keep_scheduled"]
        self.keep.setRange(spec.minimum or 1, spec.maximum or 1000)
        self.keep.setSuffix(self.tr(" newest scheduled backups"))
        self.keep.editingFinished.connect(self._keep_edited)
        form.addRow(self.tr("Keep:"), field_row(self.keep, self.errors.for_field(
            "backup_keep_scheduled"), wrapped(self.tr(
                "Backups made before an upgrade or a restore are always kept."), muted=True)))
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
        if self.ctx.apply(self.errors, lambda: book_settings.set_setting(self.book, key,
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


# ---------------------------------------------------------------- Help


class HelpPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Help"), self.tr(
            "The guides open with F1 and from the Help menu. This choice is kept on this "
            "computer and does not change the book."))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.language = QComboBox()
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
        self.ctx.apply(self.errors, lambda: book_settings.set_help_language(code))
