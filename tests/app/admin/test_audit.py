"""The audit trail: written with its change or not at all; read with filters."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.admin import audit, flags, users
from app.admin.audit import AuditFilter, Names, find_entries, show_value, transaction_history
from app.cli import main
from app.errors import BadInput
from app.ledger.accounts import add_account, rename_account
from app.ledger.categories import find_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.store.models import Account, AuditEntry, Category


def rows(book, model) -> int:
    with book.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


# ---------------------------------------------------------------- never without its change


def test_a_change_that_fails_after_record_leaves_no_audit_row(book) -> None:
    before = (rows(book, Account), rows(book, AuditEntry))
    with pytest.raises(RuntimeError), book.write() as uow:
        uow.session.add(Account(name="Fantasma", kind="bank", currency="MXN"))
        uow.session.flush()
        uow.record("create", "account", 99, {"name": [None, "Fantasma"]})
        raise RuntimeError("the change fails after it was recorded")
    assert (rows(book, Account), rows(book, AuditEntry)) == before


def test_a_database_error_after_record_leaves_no_audit_row(book) -> None:
    add_account(book, "Banco")
    before = (rows(book, Account), rows(book, AuditEntry))
    with pytest.raises(IntegrityError), book.write() as uow:
        uow.record("create", "account", 0, {"name": [None, "Banco"]})
        uow.session.add(Account(name="Banco", kind="bank", currency="MXN"))  # duplicate
    assert (rows(book, Account), rows(book, AuditEntry)) == before


def test_audit_rows_commit_with_their_change(book) -> None:
    bank = add_account(book, "Banco")
    before = rows(book, AuditEntry)
    rename_account(book, bank.id, "Banco Norte")
    with book.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert rows(book, AuditEntry) == before + 1
    assert (last.entity, last.entity_id, json.loads(last.changes)) == (
        "account", str(bank.id), {"name": ["Banco", "Banco Norte"]})


def test_every_admin_service_is_audited(sqlite_book) -> None:
    from app.admin import book_settings
    from app.ledger import tax_rates

    before = rows(sqlite_book, AuditEntry)
    flags.set_stage(sqlite_book, "split_reports", "everyone")
    users.add_user(sqlite_book, "Ana", "viewer")
    book_settings.set_setting(sqlite_book, "locale", "es_ES")
    tax_rates.add_tax_rate(sqlite_book, "iva_luxury", "IVA 30 %", "30", "2026-01-01")
    entities = [r.entity for r in find_entries(sqlite_book, newest_first=False)][before:]
    assert entities == ["feature_flag", "user", "setting", "tax_rate"]


# ---------------------------------------------------------------- reading


@pytest.fixture
def trail(book):
    bank = add_account(book, "Banco", "bank", 100000)
    cash = add_account(book, "Caja", "cash")
    compras = find_category(book, "Gastos:Compras")
    iva = find_category(book, "Impuestos:IVA acreditable")
    users.add_user(book, "Ana", "owner", login="ana")
    txn = save_transaction(book, TransactionInput(account_id=bank.id, date="2026-03-10",
                                                  amount=-116000, payee="Proveedor"))
    save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-10", amount=-116000, payee="Proveedor SA",
        lines=(LineInput(-100000, category_id=compras.id, memo="papel"),
               LineInput(-16000, category_id=iva.id))), txn.id)
    return book, txn.id, bank, cash


def test_filters(trail) -> None:
    book, txn_id, bank, _cash = trail
    everything = find_entries(book)
    assert [r.id for r in everything] == sorted((r.id for r in everything), reverse=True)
    assert audit.count_entries(book) == len(everything)
    me = book.actor.name
    assert {r.user for r in find_entries(book, AuditFilter(user=me.upper()))} == {me}
    assert find_entries(book, AuditFilter(user="nobody")) == []
    mine = find_entries(book, AuditFilter(entity="transaction", entity_id=str(txn_id)),
                        newest_first=False)
    assert [r.action for r in mine] == ["create", "update"]
    assert find_entries(book, AuditFilter(entity="account", action="create"),
                        newest_first=False)[0].entity_id == str(bank.id)
    today = everything[0].local_time().date().isoformat()
    assert len(find_entries(book, AuditFilter.checked(since=today, until=today))) == len(
        everything)
    assert find_entries(book, AuditFilter.checked(since="2999-01-01")) == []
    assert find_entries(book, AuditFilter.checked(until="2000-01-01")) == []
    page = find_entries(book, limit=2, offset=1)
    assert [r.id for r in page] == [r.id for r in everything[1:3]]
    assert me in audit.audit_users(book) and "transaction" in audit.audit_entities(book)


@pytest.mark.parametrize(("since", "until", "field"), [
    ("2026-13-01", None, "since"), ("yesterday", None, "since"),
    (None, "2026-02-30", "until"), ("2026-03-02", "2026-03-01", "until"),
])
def test_bad_filter_dates(since, until, field) -> None:
    with pytest.raises(BadInput) as err:
        AuditFilter.checked(since=since, until=until)
    assert err.value.field == field


def test_history_of_a_transaction_is_readable(trail) -> None:
    book, txn_id, _bank, _ = trail
    history = transaction_history(book, txn_id)
    assert [r.action for r in history] == ["create", "update"]
    update = {c.field: c for c in history[1].changes}
    assert set(update) == {"payee", "lines"}
    names = Names.of(book)
    assert show_value("payee", update["payee"].before, names) == "Proveedor"
    assert show_value("lines", update["lines"].after, names) == (
        "Gastos:Compras -1,000.00 (papel); Impuestos:IVA acreditable -160.00")
    assert show_value("lines", update["lines"].before, names) == "(uncategorized) -1,160.00"
    created = {c.field: c for c in history[0].changes}
    assert show_value("amount", created["amount"].after, names) == "-1,160.00"
    assert show_value("account_id", created["account_id"].after, names) == "Banco"
    assert show_value("cleared", created["cleared"].after, names) == "no"
    assert show_value("memo", None, names) == "—"


def test_history_includes_transfer_lines_changed_from_the_other_side(trail) -> None:
    book, _txn_id, bank, cash = trail
    compras = find_category(book, "Gastos:Compras")
    a = save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-11", amount=-3000, payee="Retiro",
        lines=(LineInput(-1000, category_id=compras.id),
               LineInput(-2000, transfer_account_id=cash.id))))
    mirror_id = next(line.counterpart_id for line in a.lines if line.counterpart_id)
    with book.read() as s:
        from app.store.models import Split

        mirror_txn = s.get(Split, mirror_id).transaction_id
    history = transaction_history(book, mirror_txn)
    assert history and history[0].changes[0].field in {"amount", "transfer_of"}
    names = Names.of(book)
    assert show_value("lines", [[f"[{cash.id}]", -5, ""]], names) == "[Caja] -0.05"


def test_names_of_deleted_things_stay_readable(sqlite_book) -> None:
    names = Names.of(sqlite_book)
    assert show_value("category_id", 999, names) == "category #999"
    assert show_value("lines", [[999, 100, ""]], names).startswith("category #999 (deleted)")
    with sqlite_book.read() as s:
        assert s.scalar(select(func.count()).select_from(Category)) > 0


# ---------------------------------------------------------------- command line


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_audit(sqlite_location, capsys, monkeypatch) -> None:
    db = ["--db", sqlite_location]
    assert cli(capsys, *db, "new", "--currency", "MXN")[0] == 0
    assert cli(capsys, *db, "accounts", "add", "Banco")[0] == 0
    assert cli(capsys, *db, "users", "add", "Ana", "--role", "bookkeeper", "--login", "ana")[0] == 0
    monkeypatch.setenv("LOGNAME", "ana")
    assert cli(capsys, *db, "accounts", "add", "Caja", "--kind", "cash")[0] == 0

    code, out, _ = cli(capsys, *db, "audit", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and out.splitlines()[0] == "id,at,user,action,entity,entity_id,changes"
    assert [(r["user"], r["entity"]) for r in table] == [
        ("Sandy", "account"), ("Sandy", "user"), ("Ana", "account")]
    assert json.loads(table[2]["changes"])["name"] == [None, "Caja"]

    code, out, _ = cli(capsys, *db, "audit", "--user", "ana", "--format", "csv")
    assert len(out.splitlines()) == 2
    code, out, _ = cli(capsys, *db, "audit", "--since", "2999-01-01", "--format", "json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = cli(capsys, *db, "audit", "--entity", "account", "--format", "json")
    assert [e["changes"]["name"][1] for e in json.loads(out)] == ["Banco", "Caja"]
    code, out, _ = cli(capsys, *db, "audit")
    assert code == 0 and "name: — -> Caja" in out

    code, out, err = cli(capsys, *db, "audit", "--since", "01/03/2026")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "--since" in err and "01/03/2026" in err
