"""Accounts from the desktop app: add one with its opening balance, rename it, archive it;
bad input shows under its field and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ledger.accounts import list_accounts
from ui.main.account_dialog import AccountDialog
from ui.main.window import MainWindow


def test_a_new_book_gets_its_first_account(qtbot, sqlite_book) -> None:
    win = MainWindow(sqlite_book, load_in_background=False)
    qtbot.addWidget(win)
    win.show()
    assert list_accounts(sqlite_book) == [] and win.acts["new_account"].isEnabled()
    assert not win.acts["edit_account"].isEnabled()

    dialog = AccountDialog(sqlite_book, win.ctx.formats, parent=win)
    dialog.name.setText("BBVA Empresarial")
    dialog.opening.setText("25,000.50")  # es_MX, as Sandy types it
    assert dialog.save()
    [bbva] = list_accounts(sqlite_book)
    assert (bbva.name, bbva.kind, bbva.opening_cents) == ("BBVA Empresarial", "bank", 2500050)
    qtbot.waitUntil(lambda: win.accounts.account(bbva.id) is not None)


def test_bad_input_shows_under_its_field_and_changes_nothing(qtbot, ledger) -> None:
    from ui.common.formats import Formats

    book, _bank, _cash = ledger
    before = list_accounts(book)
    dialog = AccountDialog(book, Formats(book.info))
    qtbot.addWidget(dialog)
    dialog.name.setText("Banco")  # taken
    assert not dialog.save()
    assert dialog.errors.fields["name"].isVisibleTo(dialog)
    dialog.name.setText("Otra")
    dialog.opening.setText("12.345")
    assert not dialog.save()
    assert "decimals" in dialog.errors.fields["opening"].text()
    assert list_accounts(book) == before


def test_rename_and_archive_from_the_main_window(qtbot, ledger, monkeypatch) -> None:
    book, bank, cash = ledger
    win = MainWindow(book, load_in_background=False)
    qtbot.addWidget(win)
    win.show()
    win.accounts.select_account(bank.id)

    def rename(dialog: AccountDialog) -> int:
        dialog.name.setText("BBVA")
        return int(dialog.save())

    monkeypatch.setattr(AccountDialog, "exec", rename)
    win.edit_account()
    assert win.register.title.text() == "BBVA"
    assert [a.name for a in list_accounts(book)] == ["BBVA", "Caja"]
    win.accounts.select_account(cash.id)
    win.acts["archive_account"].trigger()
    archived = {a.name: a.archived for a in list_accounts(book)}
    assert archived == {"BBVA": False, "Caja": True}
    qtbot.waitUntil(lambda: win.accounts.account(cash.id) is not None
                    and win.accounts.account(cash.id).archived)
    win.archived_box.setChecked(True)
    win.accounts.select_account(cash.id)
    win._update_actions()
    assert win.acts["archive_account"].text() == "Un&archive account"


def test_a_book_without_accounts_offers_its_first_one(qtbot, sqlite_book, monkeypatch) -> None:
    win = MainWindow(sqlite_book, load_in_background=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    panel = win.register
    assert panel.title.text() == "No account yet"
    assert panel.empty.isVisible() and not panel.view.isVisible()

    def first_account(dialog: AccountDialog) -> int:
        dialog.name.setText("BBVA Empresarial")
        return int(dialog.save())

    monkeypatch.setattr(AccountDialog, "exec", first_account)
    qtbot.mouseClick(panel.new_account_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.title.text() == "BBVA Empresarial")
    assert panel.view.isVisible() and not panel.empty.isVisible()
    assert [a.name for a in list_accounts(sqlite_book)] == ["BBVA Empresarial"]


def test_a_new_name_and_opening_balance_are_one_transaction(qtbot, ledger, monkeypatch) -> None:
    """The dialog saves both through one service call: the audit log has one entry with
    both changes, and a failure after the rename (before the opening balance) leaves
    the account exactly as it was, with the dialog open saying nothing was changed."""
    from app import faults
    from app.admin.audit import find_entries
    from ui.common.events import hub
    from ui.common.formats import Formats

    book, bank, _cash = ledger
    heard = []
    hub().operation_did_execute.connect(lambda changes, who: heard.append((changes, who)))
    audited = len(find_entries(book))
    dialog = AccountDialog(book, Formats(book.info), bank)
    qtbot.addWidget(dialog)
    dialog.show()

    faults.reset()
    monkeypatch.setenv(faults.ENV, "accounts.change:fail")
    dialog.name.setText("BBVA")
    dialog.opening.setText("2,500.00")
    assert not dialog.save()
    assert dialog.isVisible() and "Nothing was changed" in " ".join(dialog.errors.shown())
    kept = {a.name: a.opening_cents for a in list_accounts(book)}
    assert kept == {"Banco": 1_000_000, "Caja": 0}  # the rename was not kept either
    assert len(find_entries(book)) == audited and heard == []

    monkeypatch.delenv(faults.ENV)
    assert dialog.save()
    assert {a.name: a.opening_cents for a in list_accounts(book)} == {"BBVA": 250_000, "Caja": 0}
    [entry] = find_entries(book, limit=1)
    assert len(find_entries(book)) == audited + 1
    assert (entry.action, entry.entity_id) == ("update", str(bank.id))
    assert {c.field for c in entry.changes} == {"name", "opening"}
    assert len(heard) == 1 and heard[0][0].accounts and heard[0][1] is dialog
