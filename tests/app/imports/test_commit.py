"""Commit and undo on both backends: all or nothing, a preview left open imports
nothing twice, chosen duplicates, one audit entry, Undo import of exactly one batch,
memorized transactions saved as templates only when asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import BadInput
from app.imports import commit as commit_module
from app.imports import preview_file
from app.imports.commit import commit_import, list_batches, undo_import
from app.ledger.accounts import add_account
from app.ledger.categories import list_categories
from app.ledger.transactions import (
    LineInput,
    TransactionInput,
    get_transaction,
    save_transaction,
)
from app.store.book import Book
from app.store.models import AuditEntry, ImportLink
from tests.app.imports.helpers import balance, counts, qif, record, verified


def test_undo_import_removes_exactly_that_batch(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    save_transaction(book, TransactionInput(account.id, "2026-01-01", 100000, payee="Mine"))
    first = commit_import(book, preview_file(book, qif(tmp_path, record(
        "01/05/2026", "-100.00", "A", "Uno")), account.id), create_missing=True)
    second = commit_import(book, preview_file(book, qif(tmp_path, "\n".join([
        "D01/06/2026", "T-300.00", "PB", "SDos", "$-200.00", "S[Ahorro]", "$-100.00", "^",
        "D01/07/2026", "T500.00", "POpening Balance", "L[Banco]", "^", ""]), "b.qif"),
        account.id), create_missing=True)
    assert second.accounts_created == ("Ahorro",) and second.openings_set == 1
    assert balance(book, "Ahorro") == 10000
    undone = undo_import(book, second.batch_id)
    # The split movement, one transaction of the file; its transfer line's other side in
    # Ahorro goes with it (counted as the import counted it: 1, of them 1 transfer).
    assert second.imported == 1 and second.transfers == 1
    assert (undone.removed, undone.transfers) == (1, 1)
    assert undone.categories_removed == ("Dos",) and undone.accounts_removed == ("Ahorro",)
    assert undone.opening_restored
    assert balance(book, "Banco") == 100000 - 10000  # Mine and the first batch stay
    assert {c.full_name for c in list_categories(book)} >= {"Uno"}
    assert "Dos" not in {c.full_name for c in list_categories(book)}
    with pytest.raises(BadInput, match="was undone already"):
        undo_import(book, second.batch_id)
    batches = {b.id: b for b in list_batches(book)}
    assert batches[second.batch_id].undone and not batches[first.batch_id].undone
    verified(book)
    # Undone, the file is new again.
    assert preview_file(book, tmp_path / "b.qif", account.id).count("new") == 2


def test_undo_keeps_what_was_built_on_the_batch(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    result = commit_import(book, preview_file(book, qif(tmp_path, record(
        "01/05/2026", "-100.00", "A", "Nueva")), account.id), create_missing=True)
    with book.read() as session:
        txn_id = session.scalar(select(ImportLink.transaction_id))
    assert txn_id is not None
    view = get_transaction(book, txn_id)
    save_transaction(book, TransactionInput(account.id, "2026-01-09", -5000, payee="Hand", lines=(
        LineInput(amount=-5000, category_id=view.lines[0].category_id),)))
    assert list_batches(book)[0].changed == 0
    undone = undo_import(book, result.batch_id)
    assert undone.removed == 1
    assert undone.categories_removed == ()  # still used by the hand-made transaction
    verified(book)


def test_commit_is_all_or_nothing(book: Book, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    account = add_account(book, "Banco")
    body = "".join(record(f"01/{d:02d}/2026", f"-{d}.00", f"P{d}", "Nueva") for d in range(1, 29))
    preview = preview_file(book, qif(tmp_path, body), account.id)
    before = counts(book)
    real = commit_module._flush
    calls = []

    def failing(*args: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(commit_module, "CHUNK", 10)
    monkeypatch.setattr(commit_module, "_flush", failing)
    with pytest.raises(RuntimeError, match="disk gone"):
        commit_import(book, preview, create_missing=True)
    assert counts(book) == before
    assert list_batches(book) == []


def test_a_preview_left_open_does_not_import_twice(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    path = qif(tmp_path, record("01/05/2026", "-45.00", "Café"))
    one, two = (preview_file(book, path, account.id) for _ in range(2))
    commit_import(book, one)
    result = commit_import(book, two)
    assert (result.imported, result.now_duplicates) == (0, 1)


def test_forcing_a_duplicate_and_leaving_a_new_row_out(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    path = qif(tmp_path, record("01/05/2026", "-45.00", "Café"))
    commit_import(book, preview_file(book, path, account.id))
    more = qif(tmp_path, record("01/05/2026", "-45.00", "Café")
               + record("01/06/2026", "-9.00", "Pan") + record("99/99/2026", "1", "X"), "m.qif")
    preview = preview_file(book, more, account.id)
    assert [r.status for r in preview.rows] == ["duplicate", "new", "invalid"]
    result = commit_import(book, preview, include=[0])
    assert result.imported == 1 and balance(book, "Banco") == -9000
    with pytest.raises(BadInput, match="is invalid"):
        commit_import(book, preview, include=[2])


def test_an_import_is_one_audit_entry(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    result = commit_import(book, preview_file(book, qif(tmp_path, record(
        "01/05/2026", "-1.00", "A") * 3), account.id))
    with book.read() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "import_batch")).all()
    assert [(e.action, e.entity_id) for e in entries] == [("import", str(result.batch_id))]


def test_memorized_transactions_become_templates_only_when_asked(book: Book,
                                                                 tmp_path: Path) -> None:
    from app.ledger.templates import apply_template, list_templates

    account = add_account(book, "Banco")
    path = tmp_path / "m.qif"
    path.write_text("!Type:Memorized\nKP\nT-1,160.00\nPPapelera\nSGastos\n$-1,000.00\n"
                    "SImpuestos:IVA acreditable\n$-160.00\n^\n"
                    "!Type:Bank\nD01/05/2026\nT-10.00\nPTaxi\n^\n")
    preview = preview_file(book, path, account.id)
    assert [m.payee for m in preview.memorized] == ["Papelera"]
    assert preview.count("new") == 1  # the memorized one is never a movement
    commit_import(book, preview)
    assert "Papelera (QIF)" not in {t.name for t in list_templates(book)}
    result = commit_import(book, preview_file(book, path, account.id), include=[],
                           save_templates=True)
    assert result.templates_saved == ("Papelera (QIF)",) and result.imported == 0
    lines = apply_template(book, "Papelera (QIF)", -232000)
    assert [(line.category, line.amount) for line in lines] == [
        ("Gastos", -216000), ("Impuestos:IVA acreditable", -16000)]


def test_the_search_index_follows_an_import_and_its_undo(sqlite_book: Book, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """The index's triggers are set aside for the batch: the imported rows are left to
    the background build (searches use LIKE meanwhile), which then holds exactly what a
    fresh build makes; the undo takes them out in one statement."""
    from sqlalchemy import text

    from app.ledger import search_index

    book = sqlite_book
    account = add_account(book, "Banco")
    save_transaction(book, TransactionInput(account.id, "2026-01-02", -500, payee="Antes",
                                            memo="ya estaba"))
    assert search_index.build(book)
    calls: list[str] = []
    for name in ("defer", "unindex"):
        real = getattr(search_index, name)
        monkeypatch.setattr(search_index, name, lambda *a, _r=real, _n=name: (
            calls.append(_n), _r(*a))[1])

    def documents() -> set[tuple[int, str]]:
        with book.read() as session:
            return {(r[0], r[1]) for r in session.execute(text(
                "SELECT rowid, doc FROM search_fts"))}

    path = qif(tmp_path, record("01/05/2026", "-300.00", "Papelería Lumen", extra=(
        "SGastos\nEhojas tamaño carta\n$-200.00\nS[Caja]\nEcambio\n$-100.00\n"))
        + record("01/06/2026", "-9.00", "Panadería", "Gastos", "MConchas\n"))
    result = commit_import(book, preview_file(book, path, account.id), create_missing=True)
    assert search_index.index_state(book) == "building"
    with book.read() as session:
        assert not search_index.usable(session, "hojas")  # LIKE answers meanwhile
    assert [doc for _k, doc in documents()] == ["antes\nya estaba\n"]  # stored folded
    assert search_index.build(book)  # the desktop app's background build catches up
    imported = documents()
    assert len(imported) == 4  # Antes, the two movements, the transfer's other side
    assert any("hojas tamano carta" in doc for _k, doc in imported)  # folded
    search_index.drop(book)
    assert search_index.build(book)
    assert documents() == imported  # the same as a fresh build
    undo_import(book, result.batch_id)
    assert calls == ["defer", "unindex"]  # set-wise, not a trigger per row
    assert search_index.index_state(book) == "ready"
    assert [doc for _k, doc in documents()] == ["antes\nya estaba\n"]  # stored folded
    # and the triggers are back: a transaction saved by hand is indexed at once
    save_transaction(book, TransactionInput(account.id, "2026-01-09", -100, payee="Después"))
    assert any(doc.startswith("despues") for _k, doc in documents())


def test_an_import_during_a_build_extends_it(sqlite_book: Book, tmp_path: Path) -> None:
    """A build under way (stopped half-way here) goes on to the imported rows too."""
    from app.ledger import search_index

    book = sqlite_book
    account = add_account(book, "Banco")
    for day in range(1, 11):
        save_transaction(book, TransactionInput(account.id, f"2026-01-{day:02d}", -100,
                                                payee=f"Previo {day}"))
    steps = iter([False, True])
    assert not search_index.build(book, should_stop=lambda: next(steps), chunk=3)
    assert search_index.index_state(book) == "building"
    commit_import(book, preview_file(book, qif(tmp_path, record(
        "02/05/2026", "-7.00", "Importado")), account.id))
    assert search_index.build(book)
    with book.read() as session:
        assert search_index.usable(session, "Importado")
        from sqlalchemy import text

        docs = session.scalars(text("SELECT doc FROM search_fts")).all()
    assert sorted(d.split("\n")[0] for d in docs) == sorted(
        [f"previo {d}" for d in range(1, 11)] + ["importado"])  # stored folded


def test_a_big_batch_gives_the_page_cache_back(sqlite_book: Book, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The bigger page cache of a big import lasts for the import only (the connection
    goes back to the pool with its own size)."""
    from sqlalchemy import event

    book = sqlite_book
    seen: list[str] = []
    engine = book._write_engine
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_a: seen.append(sql) if "cache_size" in sql else None)
    monkeypatch.setattr(commit_module, "BIG_BATCH", 2)
    account = add_account(book, "Banco")
    with engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    commit_import(book, preview_file(book, qif(tmp_path, record("01/05/2026", "-1.00", "A")
                                               + record("01/06/2026", "-2.00", "B")),
                                     account.id))
    assert "PRAGMA cache_size = -65536" in seen
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == before
    assert balance(book, "Banco") == -300


def test_a_file_with_a_transfer_is_imported_and_undone_with_the_same_count(
        book: Book, tmp_path: Path) -> None:
    """Issue 15's closing note: "Imported 7 transactions" was undone as "8 removed" (the
    transfer's other side counted). Both count the file's transactions now, and say which
    were transfers, recorded in (and removed from) both accounts."""
    account = add_account(book, "Banco")
    add_account(book, "Ahorro")
    body = "".join(record(f"01/{d:02d}/2026", f"-{d}.00", f"P{d}", "Gastos:Compras")
                   for d in range(1, 7))
    body += record("01/07/2026", "-700.00", "Traspaso", "[Ahorro]")
    before = counts(book)[0]
    result = commit_import(book, preview_file(book, qif(tmp_path, body), account.id))
    assert (result.imported, result.transfers) == (7, 1)
    assert counts(book)[0] == before + 8  # the transfer is in both accounts
    assert list_batches(book)[0].transactions == 7
    assert balance(book, "Ahorro") == 70000
    undone = undo_import(book, result.batch_id)
    assert (undone.removed, undone.transfers) == (7, 1)
    assert counts(book)[0] == before and balance(book, "Ahorro") == 0
    with book.read() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "import_batch")
                                .order_by(AuditEntry.id)).all()
    assert [json_of(a)["transactions"] for a in audit] == [[None, 7], [7, 0]]
    verified(book)


def json_of(entry: AuditEntry) -> dict:  # type: ignore[type-arg]
    import json

    return json.loads(entry.changes)  # type: ignore[no-any-return]
