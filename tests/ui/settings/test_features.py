"""Feature flags in the desktop app (DESIGN.md section 7): without the split editor a
split transaction stays visible and read-only, nothing lost; templates and the payee
suggestion appear only for users who have them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.admin.flags import set_preview
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from ui.common.context import BookContext
from ui.editing.split_editor import SplitEditor
from ui.editing.transaction_editor import TransactionEditor
from ui.main.register_model import CATEGORY, CLEARED, MEMO
from ui.main.window import MainWindow


@pytest.fixture
def two(ledger, cat):
    """A single-category purchase and a split one, by the same payee."""
    book, bank, _cash = ledger
    single = save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-01", amount=-5000, payee="Lumen",
        lines=(LineInput(-5000, category_id=cat("Gastos:Compras")),)))
    split = save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-02", amount=-11600, payee="Lumen",
        lines=(LineInput(-10000, category_id=cat("Gastos:Compras")),
               LineInput(-1600, category_id=cat("Impuestos:IVA acreditable")))))
    return book, single, split


def window_on(qtbot, book):
    win = MainWindow(book, load_in_background=False)
    qtbot.addWidget(win)
    return win


def test_without_the_split_editor_splits_are_read_only(qtbot, two) -> None:
    set_preview("split_editor", False)
    book, single, split = two
    win = window_on(qtbot, book)
    model = win.register.model
    assert model.flags(model.index(1, MEMO)) & Qt.ItemFlag.ItemIsEditable == \
        Qt.ItemFlag.NoItemFlags
    assert not model.flags(model.index(1, CLEARED)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(0, MEMO)) & Qt.ItemFlag.ItemIsEditable
    assert "read-only" in model.data(model.index(1, CATEGORY), Qt.ItemDataRole.ToolTipRole)
    win.register.select_row(1)
    assert not win.acts["split"].isEnabled() and not win.acts["delete_txn"].isEnabled()
    assert win.acts["edit_txn"].isEnabled()
    win.register.select_row(0)
    assert not win.acts["split"].isEnabled() and win.acts["delete_txn"].isEnabled()
    assert "split editor" in win.acts["split"].toolTip()
    ctx = win.ctx
    shown = TransactionEditor(ctx, split.account_id, split.id)
    qtbot.addWidget(shown)
    assert shown.read_only and shown.ok.isHidden() and shown.memo.isReadOnly()
    assert "Nothing is lost" in shown.problem.text()
    editable = TransactionEditor(ctx, single.account_id, single.id)
    qtbot.addWidget(editable)
    assert not editable.read_only and not editable.split_button.isEnabled()


def test_templates_and_suggestions_follow_their_flags(qtbot, two) -> None:
    book, _single, _split = two

    def editor() -> SplitEditor:
        ctx = BookContext.open(book)
        made = SplitEditor(ctx, total=-23200, lines=[LineInput(-23200)], payee="Lumen")
        qtbot.addWidget(made)
        made.show()
        return made

    plain = editor()  # suggestions are still for internal testers only
    assert plain.templates.combo.isVisibleTo(plain)
    assert plain.templates.suggestion.isHidden()
    set_preview("auto_split_suggestions", True)
    suggested = editor()
    qtbot.waitUntil(lambda: suggested.templates.suggestion.isVisibleTo(suggested))
    set_preview("split_templates", False)
    no_templates = editor()
    assert not no_templates.templates.combo.isVisibleTo(no_templates)
    qtbot.waitUntil(lambda: no_templates.templates.suggestion.isVisibleTo(no_templates))
    no_templates.templates.use_suggestion.click()
    assert [line.amount for line in no_templates.model.lines] == [-20000, -3200]


# ---------------------------------------------------------------- Settings ▸ Features


@pytest.fixture
def features(sqlite_book, qtbot, monkeypatch):
    """Settings ▸ Features of a shop with Sandy (owner, primary), Ana (primary) and
    Pablo (standard); `asked` records the confirmations, `answer` gives them."""
    import ui.settings.features
    from app.admin.users import add_user
    from ui.settings.dialog import SettingsDialog

    add_user(sqlite_book, "Ana", "bookkeeper", "primary", login="ana")
    add_user(sqlite_book, "Pablo", "bookkeeper", "standard", login="pablo")
    asked: list[str] = []
    answer = {"yes": False}
    monkeypatch.setattr(ui.settings.features, "confirm_turn_off",
                        lambda parent, title: asked.append(title) or answer["yes"])
    dialog = SettingsDialog(sqlite_book, section="features")
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page("features")
    page.asked, page.answer = asked, answer  # type: ignore[attr-defined]
    return page


def visible_words(page) -> str:
    """What the owner reads on the page (labels, buttons, combos she can see)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel

    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
    texts += [w.currentText() for w in page.findChildren(QComboBox) if w.isVisibleTo(page)]
    texts += [w.title() for w in page.findChildren(QGroupBox) if w.isVisibleTo(page)]
    return "\n".join(texts)


def test_features_speak_to_the_owner_of_a_shop(features) -> None:
    """Issue 13, defect 8: what each feature does for her, who has it now; no stages,
    groups or "Preview: Follow the book" until she opens Administrator."""
    from app.admin import flags

    page = features
    editor = page.cards["split_editor"]
    assert editor.helps.text() == flags.REGISTRY["split_editor"].helps
    assert editor.who.text() == "You and Ana have it. Not yet: Pablo."
    assert page.cards["auto_split_suggestions"].who.text() == "Nobody in this book has it yet."
    shown = visible_words(page)
    for word in ("stage", "Stage", "group", "Preview", "Follow the book", "Internal",
                 "Primary users", "testers"):
        assert word not in shown.replace("Administrator: rollout stages and previews", ""), word
    assert "Administrator: rollout stages and previews" in shown
    assert not editor.stage.isVisibleTo(page) and not editor.preview.isVisibleTo(page)

    page.admin.toggle.click()  # the administrator's controls, all still there
    assert editor.stage.isVisibleTo(page) and editor.preview.isVisibleTo(page)
    assert "Follow the book" in visible_words(page)
    assert page.you.isVisibleTo(page) and "in the primary group" in page.you.text()
    page.admin.toggle.click()
    assert not editor.stage.isVisibleTo(page)


def test_turning_on_and_off_and_who_has_it_then(features, qtbot) -> None:
    from app.admin import flags
    from ui.common.events import hub

    page = features
    book = page.book
    reports = page.cards["split_reports"]
    assert reports.turn_on.text() == "Turn on for everyone"
    with qtbot.waitSignal(hub().book_changed, timeout=2000):
        reports.turn_on.click()
    qtbot.waitUntil(lambda: reports.who.text() == "Everyone who uses this book has it.")
    assert flags.book_stages(book)["split_reports"] == "everyone"
    assert reports.turn_on.isHidden() and not reports.turn_off.isHidden()
    assert page.asked == []  # turning on asks nothing

    # Off, while she uses it herself: asked first; Cancel changes nothing.
    reports.turn_off.click()
    assert page.asked == ["IVA and commission reports"]
    assert flags.book_stages(book)["split_reports"] == "everyone"
    assert "On for you" in reports.state.text()
    page.answer["yes"] = True
    with qtbot.waitSignal(hub().book_changed, timeout=2000):
        reports.turn_off.click()
    qtbot.waitUntil(lambda: reports.who.text() == "Nobody has it: it is turned off.")
    assert flags.book_stages(book)["split_reports"] == "off"
    assert "Off for you" in reports.state.text()
    assert reports.turn_on.text() == "Turn on" and reports.turn_off.isHidden()

    # A feature she does not have (testers only): turned off without a question.
    suggestions = page.cards["auto_split_suggestions"]
    with qtbot.waitSignal(hub().book_changed, timeout=2000):
        suggestions.turn_off.click()
    assert page.asked == ["IVA and commission reports"] * 2
    assert flags.book_stages(book)["auto_split_suggestions"] == "off"

    # The administrator's stage combo asks the same before taking it from her.
    page.admin.toggle.click()
    editor = page.cards["split_editor"]
    page.answer["yes"] = False
    index = editor.stage.findData("internal")
    editor.stage.setCurrentIndex(index)
    editor.stage.activated.emit(index)
    assert page.asked[-1] == "Split editor"
    assert editor.stage.currentData() == "primary"  # put back: nothing changed
    assert flags.book_stages(book)["split_editor"] == "primary"


def test_a_preview_on_this_computer_is_said_on_the_card(features, qtbot) -> None:
    from ui.common.events import hub

    page = features
    suggestions = page.cards["auto_split_suggestions"]
    page.admin.toggle.click()
    index = suggestions.preview.findData(True)
    suggestions.preview.setCurrentIndex(index)
    with qtbot.waitSignal(hub().book_changed, timeout=2000):
        suggestions.preview.activated.emit(index)
    qtbot.waitUntil(lambda: "On for you" in suggestions.state.text())
    assert suggestions.local_note.text() == (
        "On for you on this computer only: a preview (see Administrator).")
    assert suggestions.who.text() == "Nobody in this book has it yet."  # the book's view


def test_non_owners_see_who_has_it_but_cannot_turn_it(sqlite_book, sqlite_location, qtbot,
                                                      monkeypatch) -> None:
    from app.admin.users import add_user
    from app.store.book import open_book
    from ui.settings.dialog import SettingsDialog

    add_user(sqlite_book, "Berta", "bookkeeper", "standard", login="berta")
    monkeypatch.setenv("LOGNAME", "berta")
    berta = open_book(sqlite_location)
    try:
        dialog = SettingsDialog(berta, section="features")
        qtbot.addWidget(dialog)
        page = dialog.page("features")
        editor = page.cards["split_editor"]
        assert editor.who.text() == f"{sqlite_book.actor.name} has it; you do not yet."
        assert "Off for you" in editor.state.text()
        assert not editor.turn_on.isEnabled() and not editor.turn_off.isEnabled()
        assert "Only an owner of this book can change the features" in page.locked.text()
    finally:
        berta.close()


def test_names_are_joined_and_counted() -> None:
    from ui.settings.features import join_names

    assert join_names(["Ana"]) == "Ana"
    assert join_names(["Ana", "Irene"]) == "Ana and Irene"
    assert join_names(["Ana", "Irene", "Pablo"]) == "Ana, Irene and Pablo"
    assert join_names(["A", "B", "C", "D", "E", "F"]) == "A, B, C, D and 2 others"
    assert join_names(["A", "B", "C", "D", "E"]) == "A, B, C, D and 1 other"
