"""Timings are recorded around each instrumented operation (issue 14)."""

from __future__ import annotations

from pathlib import Path

from app.monitor import metrics


def make_legacy(path: Path, n: int = 300, seed: int = 11) -> Path:
    """A revision-0001 book as the pre-split Cuentas wrote it."""
    from datetime import date

    from app.store.demo import write_legacy

    write_legacy(path, n, seed, end=date(2026, 3, 1))
    return path


def ops() -> list[tuple[str, str]]:
    metrics.flush()
    with metrics.opened() as conn:
        return [(str(op), str(o)) for op, o in
                conn.execute("SELECT op, outcome FROM timings ORDER BY at, rowid")]


def test_saving_transactions_and_splits(book) -> None:
    from app.errors import BadInput
    from app.ledger.accounts import add_account
    from app.ledger.categories import add_category
    from app.ledger.transactions import (
        LineInput,
        TransactionInput,
        convert_to_split,
        save_transaction,
    )

    bank = add_account(book, "Banco", "bank").id
    paper = add_category(book, "Gastos:Papelería", "expense").id
    iva = add_category(book, "Impuestos:IVA acreditable", "tax", "iva_input").id
    metrics.discard()
    single = save_transaction(book, TransactionInput(bank, "2026-03-05", -116000,
                                                     (LineInput(-116000, paper),)))
    split = save_transaction(book, TransactionInput(bank, "2026-03-06", -116000, (
        LineInput(-100000, paper), LineInput(-16000, iva))))
    save_transaction(book, split.as_input(), split.id)
    convert_to_split(book, single.id, [LineInput(-16000, iva)])
    try:  # refused before anything is written: not timed at all
        save_transaction(book, TransactionInput(bank, "2026-13-01", 5))
    except BadInput:
        pass
    assert ops() == [("transaction.create", "ok"), ("split.create", "ok"),
                     ("split.modify", "ok"), ("split.modify", "ok")]


def test_registers_search_and_reports(book) -> None:
    from app.ledger.accounts import add_account
    from app.ledger.register import RegisterQuery, load_page, open_register
    from app.ledger.search import Filters, search
    from app.ledger.transactions import TransactionInput, save_transaction
    from app.reports.tables import build_table

    bank = add_account(book, "Banco", "bank").id
    save_transaction(book, TransactionInput(bank, "2026-03-05", 5000, payee="Cliente"))
    metrics.discard()
    snapshot = open_register(book, RegisterQuery(bank))
    load_page(book, snapshot, 0, 50)
    search(book, Filters(text="Cliente"))
    build_table(book, "categories")
    build_table(book, "iva")
    assert ops() == [("register.open", "ok"), ("register.page", "ok"), ("search", "ok"),
                     ("report.categories", "ok"), ("report.iva", "ok")]


def test_backup_restore_upgrade_and_the_command_line(tmp_path: Path) -> None:
    from app.backup import backup_book
    from app.backup.restore import restore_backup
    from app.cli import main
    from app.monitor.health import events
    from app.upgrade import upgrade_book

    legacy = make_legacy(tmp_path / "old.cuentas", n=60)
    metrics.discard()
    upgrade_book(str(legacy))
    info = backup_book(str(legacy), "manual")
    restore_backup(str(legacy), info)
    assert main(["--db", str(legacy), "report", "monthly", "--format", "csv"]) == 0
    assert main(["--db", str(legacy), "verify"]) == 0
    found = [op for op, outcome in ops() if outcome == "ok"]
    assert found[0] == "upgrade"
    assert {"backup", "restore", "report.monthly"} <= set(found)
    restored = events(str(legacy), "restore")
    assert len(restored) == 1 and info.path.name in restored[0].detail
    assert "verified" in restored[0].detail
    (check,) = events(str(legacy), "check")
    assert check.outcome == "ok"


def test_a_failed_operation_is_recorded_as_failed(tmp_path: Path) -> None:
    from app.backup import backup_book
    from app.errors import BookStateError

    metrics.discard()
    try:
        backup_book(str(tmp_path / "missing.cuentas"), "manual")
    except BookStateError:
        pass
    assert ops() == [("backup", "refused")]
