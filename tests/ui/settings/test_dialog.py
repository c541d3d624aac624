"""The settings panel: sections as data, changes that apply at once, owners only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from app.admin import book_settings, flags, users
from app.admin.audit import AuditFilter, find_entries
from app.ledger.accounts import add_account
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.store.book import Book, open_book
from tests.ui.conftest import hub_listeners
from ui.common.events import hub
from ui.settings.dialog import SECTIONS, Section, SectionPage, SettingsDialog, register_section
from ui.settings.features import FlagCard
from ui.settings.users import ProfileDialog


def choose(combo: QComboBox, value: object) -> None:
    """Pick an entry as a person would (the `activated` signal fires)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.fixture
def dialog(sqlite_book, qtbot):
    d = SettingsDialog(sqlite_book)
    qtbot.addWidget(d)
    d.show()
    assert [d.sections.item(i).text() for i in range(d.sections.count())] == [
        "General", "Features", "Users", "Backups", "Monitoring"]
    assert d.stack.currentIndex() == 0
    assert not d.page("general").locked.isVisibleTo(d)
    return d


class Register:
    """Stands in for the open register: it asks the flag again when told."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.split_editable = flags.split_editing(book, 2).editable
        self.refreshes = 0
        hub().book_changed.connect(self.on_changed)

    def on_changed(self, _changes: object) -> None:
        self.refreshes += 1
        self.split_editable = flags.split_editing(self.book, 2).editable


# ---------------------------------------------------------------- Features


def test_a_stage_change_reaches_an_open_view_at_once(dialog, qtbot, monkeypatch) -> None:
    import ui.settings.features

    asked: list[str] = []  # internal takes it from Sandy (primary): asked first, yes
    monkeypatch.setattr(ui.settings.features, "confirm_turn_off",
                        lambda parent, title: asked.append(title) or True)
    book = dialog.book
    register = Register(book)
    assert register.split_editable  # Sandy is primary; the default stage is primary
    card: FlagCard = dialog.page("features").cards["split_editor"]
    assert "On for you" in card.state.text() and card.stage.isEnabled()

    with qtbot.waitSignal(hub().book_changed, timeout=2000):
        choose(card.stage, "internal")
    assert not register.split_editable and register.refreshes == 1
    assert flags.book_stages(book)["split_editor"] == "internal" and asked == ["Split editor"]
    qtbot.waitUntil(lambda: "Off for you" in card.state.text())
    assert "reaches only the internal group; yours is primary" in card.reason.text()
    assert card.default_mark.text() == ""
    [entry] = find_entries(book, AuditFilter(entity="feature_flag"))
    assert [(c.before, c.after) for c in entry.changes] == [("primary", "internal")]


def test_local_preview_is_marked_and_changes_only_this_computer(dialog, qtbot) -> None:
    book = dialog.book
    flags.set_stage(book, "auto_split_suggestions", "off")
    dialog.refresh()
    card: FlagCard = dialog.page("features").cards["auto_split_suggestions"]
    assert "Off for you" in card.state.text()
    local = card.findChild(type(card.preview.parentWidget()), "localPreview")
    assert local is not None and "This computer only" in " ".join(
        w.text() for w in local.findChildren(type(card.state)))
    register = Register(book)
    with qtbot.waitSignal(hub().book_changed, timeout=2000):
        choose(card.preview, True)
    assert register.refreshes == 1
    qtbot.waitUntil(lambda: "On for you" in card.state.text())
    assert "local preview override" in card.reason.text()
    assert flags.book_stages(book)["auto_split_suggestions"] == "off"  # the book: untouched
    assert find_entries(book, AuditFilter(entity="feature_flag", entity_id=(
        "auto_split_suggestions")))[0].changes[0].after == "off"


def test_env_override_disables_the_preview(sqlite_book, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("CUENTAS_FLAGS", "split_reports=off")
    d = SettingsDialog(sqlite_book, section="features")
    qtbot.addWidget(d)
    card = d.page("features").cards["split_reports"]
    assert not card.preview.isEnabled() and "CUENTAS_FLAGS" in card.env_note.text()
    assert "Off for you" in card.state.text()


def test_non_owners_see_but_cannot_change(sqlite_book, sqlite_location, qtbot,
                                          monkeypatch) -> None:
    users.add_user(sqlite_book, "Berta", "bookkeeper", "internal", login="berta")
    monkeypatch.setenv("LOGNAME", "berta")
    berta = open_book(sqlite_location)
    try:
        d = SettingsDialog(berta, section="features")
        qtbot.addWidget(d)
        d.show()
        features = d.page("features")
        assert features.locked.isVisible() and "Berta (bookkeeper)" in features.locked.text()
        assert all(not card.stage.isEnabled() for card in features.cards.values())
        assert all(card.preview.isEnabled() for card in features.cards.values())
        assert features.you.text() == "You are Berta, in the internal group."
        general = d.page("general")
        assert not general.name.isEnabled() and not general.locale_box.isEnabled()
        assert not general.add_rate.isEnabled()
        users_page = d.page("users")
        assert not users_page.add.isEnabled()
        assert not users_page.table.cellWidget(0, 2).isEnabled()
        assert not d.page("backups").schedule.isEnabled()
    finally:
        berta.close()


# ---------------------------------------------------------------- General


def test_locale_change_applies_at_once(dialog, qtbot) -> None:
    general = dialog.page("general")
    assert "1,234.56" in general.sample.text() and "31/12/2026" in general.sample.text()
    with qtbot.waitSignal(hub().book_changed, timeout=2000):
        choose(general.locale_box, "en_US")
    assert dialog.book.info.locale == "en_US"
    qtbot.waitUntil(lambda: "12/31/2026" in general.sample.text())
    rates = general.rates
    assert rates.item(0, 2).text().count("/") == 2


def test_book_name_and_errors_next_to_the_field(dialog, qtbot) -> None:
    general = dialog.page("general")
    general.name.setText("Papelería Sandy")
    general.name.editingFinished.emit()
    assert dialog.book.info.name == "Papelería Sandy"
    general.name.setText("x" * 300)
    general.name.editingFinished.emit()
    error = general.errors.fields["name"]
    assert not error.isHidden() and "200 characters" in error.text()
    assert dialog.book.info.name == "Papelería Sandy"


def test_currency_is_read_only_once_there_are_transactions(dialog, qtbot) -> None:
    general = dialog.page("general")
    assert general.currency.isEnabled()
    bank = add_account(dialog.book, "Banco")
    save_transaction(dialog.book, TransactionInput(account_id=bank.id, date="2026-01-05",
                                                   amount=1000))
    dialog.refresh()
    assert not general.currency.isEnabled()
    assert "transactions" in general.currency_note.text()
    assert general.currency.currentData() == "MXN"


def test_tax_rate_added_and_ended_from_the_panel(dialog, qtbot) -> None:
    from ui.settings.general import RateDialog

    general = dialog.page("general")
    before = general.rates.rowCount()
    general.add_rate.click()
    rate_dialog = general.findChild(RateDialog)
    rate_dialog.code.setCurrentText("iva_luxury")
    rate_dialog.name.setText("IVA lujo 25 %")
    rate_dialog.percent.setText("25")
    rate_dialog.start.setText("31/02/2026")  # no such day: the error sits by the field
    rate_dialog._save()
    assert not rate_dialog.errors.fields["valid_from"].isHidden()
    rate_dialog.start.setText("01/01/2026")
    with qtbot.waitSignal(rate_dialog.finished, timeout=2000):
        rate_dialog._save()
    qtbot.waitUntil(lambda: general.rates.rowCount() == before + 1)
    names = [general.rates.item(r, 0).text() for r in range(general.rates.rowCount())]
    assert "IVA lujo 25 %" in names


# ---------------------------------------------------------------- Users, Backups, Help


def test_profiles_managed_from_the_panel(dialog, qtbot) -> None:
    page = dialog.page("users")
    assert page.table.rowCount() == 1 and "(you)" in page.table.item(0, 0).text()
    page.add.click()
    profile_dialog = page.findChild(ProfileDialog)
    profile_dialog.name.setText("Ana")
    profile_dialog.login.setText("ana")
    with qtbot.waitSignal(profile_dialog.finished, timeout=2000):
        profile_dialog._save()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert users.get_user(dialog.book, "Ana").role == "bookkeeper"

    # The last owner cannot stop being one: the message says so, the choice goes back.
    choose(page.table.cellWidget(0, 2), "viewer")
    assert any("without an owner" in t for t in page.errors.shown())
    assert page.table.cellWidget(0, 2).currentData() == "owner"
    choose(page.table.cellWidget(1, 3), "internal")
    assert users.get_user(dialog.book, "Ana").group == "internal"


def test_backup_settings_saved_in_the_book(dialog, qtbot, tmp_path) -> None:
    page = dialog.page("backups")
    assert page.folder.text() == "" and page.folder.placeholderText()
    page.folder.setText(str(tmp_path / "copias"))
    page.folder.editingFinished.emit()
    choose(page.schedule, "off")
    page.keep.setValue(20)
    page.keep.editingFinished.emit()
    page.folder.setText("not/absolute")
    page.folder.editingFinished.emit()
    assert "full folder path" in page.errors.fields["backup_dir"].text()
    values = book_settings.get_settings(dialog.book)
    assert (values["backup_dir"], values["backup_schedule"], values["backup_keep_scheduled"]) == (
        str(tmp_path / "copias"), "off", "20")


def test_the_language_is_chosen_on_the_general_page(dialog, monkeypatch) -> None:
    """Interface and guides share one language setting of this computer, open to every
    profile; it applies at the next start and the page says so (issue 13)."""
    from app.admin import local_settings

    monkeypatch.delenv("CUENTAS_LANG", raising=False)
    page = dialog.page("general")
    assert [page.language.itemData(i) for i in range(page.language.count())] == [
        "", "en", "es"]
    assert page.language.currentData() == "" and page.language.isEnabled()
    choose(page.language, "es")
    assert local_settings.language_choice() == "es"
    assert "the next time it starts" in page.language_note.text()
    assert "Español" in page.language_note.text()
    choose(page.language, "")
    assert local_settings.language_choice() == ""


def test_later_features_add_their_own_section(sqlite_book, qtbot) -> None:
    class ImportsPage(SectionPage):
        def __init__(self, ctx) -> None:
            super().__init__(ctx, "Imports")

        def refresh(self) -> None:
            self.refreshed = True

    saved = list(SECTIONS)
    try:
        SettingsDialog(sqlite_book).deleteLater()  # the built-in ones are registered
        register_section(Section("imports", "Imports", ImportsPage, order=25))
        d = SettingsDialog(sqlite_book, section="imports")
        qtbot.addWidget(d)
        keys = [d.sections.item(i).data(256) for i in range(d.sections.count())]
        assert keys == ["general", "features", "users", "imports", "backups", "monitoring"]
        assert d.stack.currentIndex() == 3 and d.page("imports").refreshed
    finally:
        SECTIONS[:] = saved


def test_screenshots_of_every_section(sqlite_book, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from ui.docs.shots.settings import shots_dialog as screenshots

    shots = screenshots(sqlite_book, tmp_path / "shots")
    expected = [f"settings-{s.key}.png" for s in SECTIONS]
    expected.insert(expected.index("settings-features.png") + 1,
                    "settings-features-administrator.png")  # its Administrator part opened
    assert [p.name for p in shots] == expected
    for shot in shots:
        image = QImage(str(shot))
        assert image.width() >= 900 and image.height() >= 600


# ---------------------------------------------------------------- done when


def test_rollout_of_the_split_editor_to_three_profiles(sqlite_book, sqlite_location, qtbot,
                                                       monkeypatch) -> None:
    """Moving split_editor internal -> primary -> everyone from the panel changes what
    each profile can do, each move is in the audit log, and the panel shows it."""
    book = sqlite_book
    for name, group in (("Irene", "internal"), ("Pablo", "primary"), ("Sara", "standard")):
        users.add_user(book, name, "bookkeeper", group, login=name.lower())
    bank = add_account(book, "Banco")
    from app.ledger.categories import find_category

    split = save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-10", amount=-116000, payee="Proveedor",
        lines=(LineInput(-100000, category_id=find_category(book, "Gastos:Compras").id),
               LineInput(-16000, category_id=find_category(book, "Impuestos:IVA acreditable")
                         .id))))
    import ui.settings.features

    monkeypatch.setattr(ui.settings.features, "confirm_turn_off", lambda parent, title: True)
    d = SettingsDialog(book, section="features")
    qtbot.addWidget(d)
    d.show()
    card = d.page("features").cards["split_editor"]

    expected = {"internal": {"irene"}, "primary": {"irene", "pablo"},
                "everyone": {"irene", "pablo", "sara"}}
    for stage, can in expected.items():
        with qtbot.waitSignal(hub().book_changed, timeout=2000):
            choose(card.stage, stage)
        for login in ("irene", "pablo", "sara"):
            monkeypatch.setenv("LOGNAME", login)
            as_them = open_book(sqlite_location)
            try:
                decision = flags.split_editing(as_them, len(split.lines))
                assert decision.editable is (login in can), (stage, login, decision.reason)
                if not decision.editable:
                    assert "read-only" in decision.reason and "Nothing is lost" in decision.reason
                # The panel, opened by that person, shows the stage and their own state.
                panel = SettingsDialog(as_them, section="features")
                qtbot.addWidget(panel)
                theirs = panel.page("features").cards["split_editor"]
                assert theirs.stage.currentData() == stage and not theirs.stage.isEnabled()
                assert ("On for you" if login in can else "Off for you") in theirs.state.text()
                panel.close()
            finally:
                as_them.close()
        monkeypatch.setenv("LOGNAME", "sandy")

    moves = find_entries(book, AuditFilter(entity="feature_flag", entity_id="split_editor"),
                         newest_first=False)
    assert [(e.user, e.changes[0].before, e.changes[0].after) for e in moves] == [
        ("Sandy", "primary", "internal"), ("Sandy", "internal", "primary"),
        ("Sandy", "primary", "everyone")]
    # The line lost nothing along the way.
    from app.ledger.transactions import get_transaction

    assert get_transaction(book, split.id).lines == split.lines


def test_a_closed_panel_no_longer_listens(sqlite_book, qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.common.events import OpChanges

    before = hub_listeners()
    d = SettingsDialog(sqlite_book)
    assert hub_listeners() > before
    d.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert hub_listeners() == before
    hub().notify(OpChanges(book=True))  # would call into a deleted widget if still connected
    qtbot.wait(10)


def test_the_wheel_scrolls_the_page_not_an_unfocused_combo(dialog, qtbot) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    locale = dialog.page("general").locale_box
    before = locale.currentIndex()

    def wheel() -> None:
        centre = QPointF(locale.rect().center())
        event = QWheelEvent(centre, QPointF(locale.mapToGlobal(centre.toPoint())), QPoint(),
                            QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(locale, event)

    dialog.sections.setFocus()
    assert not locale.hasFocus()
    wheel()
    assert locale.currentIndex() == before
    locale.setFocus()
    qtbot.waitUntil(locale.hasFocus)
    wheel()
    assert locale.currentIndex() != before
