"""Preview, commit and undo of imports on both backends: duplicates, split rules,
categories created only on confirmation, all or nothing, Undo import of one batch."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import BadInput
from app.imports import commit as commit_module
from app.imports import preview_file
from app.imports.commit import commit_import, list_batches, undo_import
from app.imports.rules import SplitRule, delete_rule, list_rules, save_rule
from app.ledger.accounts import add_account, list_accounts
from app.ledger.categories import list_categories
from app.ledger.transactions import (
    LineInput,
    TransactionInput,
    get_transaction,
    save_transaction,
)
from app.safety.verify import run_checks
from app.store.book import Book
from app.store.models import AuditEntry, Category, ImportLink, Transaction


def qif(tmp_path: Path, body: str, name: str = "s.qif") -> Path:
    path = tmp_path / name
    path.write_text("!Type:Bank\n" + body, encoding="utf-8")
    return path


def record(date: str, amount: str, payee: str, category: str = "", extra: str = "") -> str:
    return (f"D{date}\nT{amount}\nP{payee}\n" + (f"L{category}\n" if category else "")
            + extra + "^\n")


def counts(book: Book) -> tuple[int, int]:
    with book.read() as session:
        return (session.scalar(select(func.count()).select_from(Transaction)) or 0,
                session.scalar(select(func.count()).select_from(Category)) or 0)


def balance(book: Book, name: str) -> int:
    return next(a.balance_cents for a in list_accounts(book) if a.name == name)


def verified(book: Book) -> None:
    with book.engine.connect() as conn:
        failing = [c for c in run_checks(conn) if not c.ok]
    assert failing == []


def test_missing_categories_are_created_only_on_confirmation(book: Book,
                                                             tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    path = qif(tmp_path, record("01/05/2026", "-100.00", "Papelera", "Gastos:Nuevos")
               + record("01/06/2026", "250.00", "Cliente", "Ventas nuevas"))
    preview = preview_file(book, path, account.id)
    assert preview.missing_categories == [("Gastos:Nuevos", "expense"),
                                          ("Ventas nuevas", "income")]
    before = counts(book)
    with pytest.raises(BadInput, match=r"Gastos:Nuevos .expense., Ventas nuevas .income."):
        commit_import(book, preview)
    assert counts(book) == before
    result = commit_import(book, preview, create_missing=True)
    assert result.imported == 2
    assert result.categories_created == ("Ventas nuevas", "Gastos:Nuevos")  # Gastos exists
    kinds = {c.full_name: c.kind for c in list_categories(book)}
    assert kinds["Gastos:Nuevos"] == "expense" and kinds["Ventas nuevas"] == "income"
    assert balance(book, "Banco") == 15000
    verified(book)


def test_a_second_import_finds_only_duplicates(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    # Two real coffees of the same price on the same day are two movements.
    path = qif(tmp_path, record("01/05/2026", "-45.00", "Café") * 2
               + record("01/06/2026", "-10.00", "Taxi"))
    first = preview_file(book, path, account.id)
    assert first.count("new") == 3
    commit_import(book, first)
    again = preview_file(book, path, account.id)
    assert (again.count("new"), again.count("duplicate")) == (0, 3)
    assert again.rows[0].reason == ("the same date, amount and payee as a transaction in "
                                    "the book")
    # A third coffee in a longer statement is new; the two imported ones are not.
    longer = qif(tmp_path, record("01/05/2026", "-45.00", "CAFÉ ") * 3, "longer.qif")
    assert [r.status for r in preview_file(book, longer, account.id).rows] == [
        "duplicate", "duplicate", "new"]


def test_fitid_decides_for_ofx(book: Book, tmp_path: Path) -> None:
    account = add_account(book, "Banco")

    def ofx(*items: tuple[str, str, str]) -> Path:
        body = "".join(f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105<TRNAMT>{amount}"
                       f"<FITID>{fitid}<NAME>{name}</STMTTRN>\n" for fitid, amount, name in items)
        path = tmp_path / "s.ofx"
        path.write_text(f"<OFX><BANKTRANLIST>\n{body}</BANKTRANLIST></OFX>\n")
        return path

    commit_import(book, preview_file(book, ofx(("A1", "-5.00", "Oxxo")), account.id))
    # Same FITID with another name: a duplicate. Same name and amount, new FITID: new.
    preview = preview_file(book, ofx(("A1", "-5.00", "OXXO TIENDA"), ("A2", "-5.00", "Oxxo"),
                                     ("A2", "-5.00", "Oxxo")), account.id)
    assert [r.status for r in preview.rows] == ["duplicate", "new", "duplicate"]
    assert "imported before" in preview.rows[0].reason
    assert preview.rows[2].reason == "the same FITID as line 3"


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
    assert undone.removed == 2  # the split movement and its transfer's mirror
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


def test_a_split_rule_turns_processor_deposits_into_four_lines(book: Book,
                                                               tmp_path: Path) -> None:
    account = add_account(book, "Banco")
    save_rule(book, SplitRule(name="Clip", pattern="CLIP", template="card-deposit",
                              params={"fee_rate": "3.6", "iva_rate": "16"}))
    # The guide's Clip deposit (help/split-templates.md): 100.00 sold, 95.82 deposited.
    path = qif(tmp_path, record("01/05/2026", "95.82", "CLIP DEPOSITO 123")
               + record("01/06/2026", "-95.82", "CLIP CARGO") + record("01/07/2026", "5.00",
                                                                       "Otro"))
    preview = preview_file(book, path, account.id)
    deposit, charge, other = preview.rows
    assert deposit.rule == "Clip"
    assert [line.amount for line in deposit.lines] == [8621, 1379, -360, -58]
    assert charge.rule == "" and "does not apply" in charge.warnings[-1]
    assert other.rule == "" and len(other.lines) == 1
    assert preview.ruled == 1
    commit_import(book, preview, create_missing=True)
    with book.read() as session:
        txn_id = session.scalar(select(Transaction.id).where(
            Transaction.payee == "CLIP DEPOSITO 123"))
    assert txn_id is not None
    lines = get_transaction(book, txn_id).lines
    assert [line.category_role for line in lines] == ["none", "iva_output", "commission",
                                                      "iva_input"]
    verified(book)


def test_rules_are_checked_kept_in_order_and_audited(book: Book) -> None:
    with pytest.raises(BadInput, match="template"):
        save_rule(book, SplitRule(name="X", pattern="x", template="nope"))
    with pytest.raises(BadInput, match="not a key"):
        save_rule(book, SplitRule(name="X", pattern="x", template="card-deposit",
                                  params={"rate": "1"}))
    with pytest.raises(BadInput, match="between 0 and 100"):
        save_rule(book, SplitRule(name="X", pattern="x", template="card-deposit",
                                  params={"fee_rate": "300"}))
    with pytest.raises(BadInput, match="pattern"):
        save_rule(book, SplitRule(name="X", pattern=" ", template="card-deposit"))
    a = save_rule(book, SplitRule(name="A", pattern="clip", template="card-deposit"))
    b = save_rule(book, SplitRule(name="B", pattern="Mercado Pago", template="card-deposit",
                                  match="payee"))
    assert [r.name for r in list_rules(book)] == ["A", "B"]
    assert b.matches("mercado  pago", "", None) and not b.matches("Mercado Pago 2", "", None)
    assert a.matches("Depósito", "ref CLIP 1", None)
    with pytest.raises(BadInput, match="already the name"):
        save_rule(book, SplitRule(name="A", pattern="y", template="card-deposit", id=b.id))
    delete_rule(book, a.id or 0)
    assert [r.name for r in list_rules(book)] == ["B"]
    with book.read() as session:
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "split_rule").order_by(AuditEntry.id)).all()
    assert actions == ["create", "create", "delete"]


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
