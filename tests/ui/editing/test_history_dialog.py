"""The History of a transaction and the filterable audit log view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.admin import users
from app.ledger.categories import find_category
from app.ledger.transactions import (
    LineInput,
    TransactionInput,
    delete_transaction,
    get_transaction,
    save_transaction,
)
from app.store.book import open_book
from tests.ui.conftest import hub_listeners
from ui.common.events import OpChanges, hub
from ui.editing.history_dialog import HistoryDialog
from ui.settings.audit_log_view import PAGE, AuditLogDialog, AuditLogModel, AuditLogView


@pytest.fixture
def edited(ledger):
    """A transaction created, then split by Sandy, then cleared by Ana."""
    book, bank, _cash = ledger
    compras = find_category(book, "Gastos:Compras").id
    iva = find_category(book, "Impuestos:IVA acreditable").id
    txn = save_transaction(book, TransactionInput(account_id=bank.id, date="2026-03-10",
                                                  amount=-116000, payee="Proveedor"))
    save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-11", amount=-116000, payee="Proveedor",
        lines=(LineInput(-100000, category_id=compras, memo="papel"),
               LineInput(-16000, category_id=iva))), txn.id)
    return book, txn.id


def top_texts(dialog: HistoryDialog) -> list[str]:
    return [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]


def children(dialog: HistoryDialog, i: int) -> dict[str, tuple[str, str]]:
    top = dialog.tree.topLevelItem(i)
    return {top.child(j).text(0): (top.child(j).text(1), top.child(j).text(2))
            for j in range(top.childCount())}


def test_history_shows_each_change_readably(edited, qtbot) -> None:
    book, txn_id = edited
    dialog = HistoryDialog(book, txn_id)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "11/03/2026 · Proveedor · -1,160.00 in Banco"
    tops = top_texts(dialog)
    assert len(tops) == 2 and "Sandy: Created" in tops[0] and "Sandy: Changed" in tops[1]
    created = children(dialog, 0)
    assert created["Amount"] == ("", "-1,160.00") and created["Date"] == ("", "10/03/2026")
    assert created["Account"] == ("", "Banco")
    changed = children(dialog, 1)
    assert changed["Date"] == ("10/03/2026", "11/03/2026")
    assert changed["Lines"] == ("(uncategorized) -1,160.00",
                                "Gastos:Compras -1,000.00 (papel)\n"
                                "Impuestos:IVA acreditable -160.00")
    assert dialog.empty.isHidden()


def test_history_of_a_deleted_transaction_is_kept(edited, qtbot) -> None:
    book, txn_id = edited
    delete_transaction(book, txn_id)
    dialog = HistoryDialog(book, txn_id)
    qtbot.addWidget(dialog)
    assert "was deleted" in dialog.heading.text()
    assert "Deleted" in top_texts(dialog)[-1]
    assert children(dialog, 2)["Payee"] == ("Proveedor", "")


def test_history_names_another_user(edited, sqlite_location, qtbot, monkeypatch) -> None:
    book, txn_id = edited
    users.add_user(book, "Ana", "bookkeeper", login="ana")
    monkeypatch.setenv("LOGNAME", "ana")
    ana = open_book(sqlite_location)
    try:
        current = get_transaction(ana, txn_id)
        from dataclasses import replace

        save_transaction(ana, replace(current.as_input(), cleared=True), txn_id)
    finally:
        ana.close()
    dialog = HistoryDialog(book, txn_id)
    qtbot.addWidget(dialog)
    assert "Ana: Changed" in top_texts(dialog)[-1]
    assert children(dialog, 2) == {"Cleared": ("no", "yes")}


def test_empty_history(ledger, qtbot) -> None:
    book, *_ = ledger
    dialog = HistoryDialog(book, 12345)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.empty.isHidden()


# ---------------------------------------------------------------- the audit log


def test_audit_model_passes_the_model_tester(edited, qtmodeltester) -> None:
    book, _ = edited
    model = AuditLogModel(book)
    model.reload()
    qtmodeltester.check(model)


def test_audit_log_pages_through_a_long_trail(ledger, qtbot) -> None:
    book, *_ = ledger
    with book.write() as uow:
        for i in range(PAGE + 50):
            uow.record("update", "note", i, {"n": [i, i + 1]})
    model = AuditLogModel(book)
    model.reload()
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    assert model.total == PAGE + 50 + 2  # and the two accounts of the fixture
    model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total and not model.canFetchMore(QModelIndex())


def test_audit_log_filters(edited, qtbot) -> None:
    book, _txn_id = edited
    users.add_user(book, "Ana", "viewer")
    view = AuditLogView(book)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 5 and view.count.text() == "5 changes"
    texts = [view.model.index(r, 3).data() for r in range(view.model.rowCount())]
    assert texts[0] == "Profile: Ana" and "Account: Banco" in texts

    view.entity.setCurrentIndex(view.entity.findData("transaction"))
    view.entity.activated.emit(view.entity.currentIndex())
    assert view.model.rowCount() == 2
    assert view.model.index(0, 4).data().startswith("Date: 10/03/2026 → 11/03/2026")

    view.since.setText("01/01/2999")
    view.since.editingFinished.emit()
    assert view.model.rowCount() == 0 and view.count.text() == "0 changes"
    view.since.setText("31/02/2026")
    view.since.editingFinished.emit()
    assert not view.error.isHidden() and "since" in view.error.text()
    view.clear_filters()
    assert view.error.isHidden() and view.model.rowCount() == 5

    assert [view.user.itemText(i) for i in range(view.user.count())] == ["Everyone", "Sandy"]
    view.user.setCurrentIndex(1)
    view.user.activated.emit(1)
    assert view.model.rowCount() == 5
    assert {view.model.index(r, 1).data() for r in range(5)} == {"Sandy"}


def test_audit_log_follows_changes_and_opens_history(edited, qtbot) -> None:
    book, txn_id = edited
    view = AuditLogView(book)
    qtbot.addWidget(view)
    before = view.model.rowCount()
    users.add_user(book, "Luis", "viewer")
    hub().notify(OpChanges(book=True))
    assert view.model.rowCount() == before + 1
    row = next(r for r in range(view.model.rowCount())
               if view.model.index(r, 3).data() == f"Transaction {txn_id}")
    view.open_history(view.model.index(row, 0))
    dialog = view.findChild(HistoryDialog)
    assert dialog is not None and dialog.txn_id == txn_id
    dialog.close()


def test_screenshots(edited, tmp_path: Path) -> None:
    from ui.docs.shots.editing import shots_history_dialog
    from ui.docs.shots.settings import shots_audit_log_view

    book, _ = edited
    shots = shots_history_dialog(book, tmp_path) + shots_audit_log_view(book, tmp_path)
    assert [p.name for p in shots] == ["history.png", "audit-log.png"]
    assert all(p.stat().st_size > 5000 for p in shots)
    dialog = AuditLogDialog(book)
    assert dialog.view.table.model().rowCount() > 0
    record = dialog.view.model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    assert record.entity == "transaction"
    dialog.deleteLater()


def test_a_closed_log_no_longer_listens(edited, qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    book, _ = edited
    before = hub_listeners()
    view = AuditLogView(book)
    assert hub_listeners() > before
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert hub_listeners() == before
    hub().notify(OpChanges(book=True))  # would call into a deleted widget if still connected


CHANGES = {"en": ("1 change", "2 changes"), "es": ("1 cambio", "2 cambios")}


def test_audit_log_counts_one_change_and_two_changes(language, edited, qtbot) -> None:
    book, _txn_id = edited
    users.add_user(book, "Ana", "viewer")
    view = AuditLogView(book)
    qtbot.addWidget(view)
    view.entity.setCurrentIndex(view.entity.findData("user"))
    view.entity.activated.emit(view.entity.currentIndex())
    assert view.count.text() == CHANGES[language][0]
    view.entity.setCurrentIndex(view.entity.findData("transaction"))
    view.entity.activated.emit(view.entity.currentIndex())
    assert view.count.text() == CHANGES[language][1]
