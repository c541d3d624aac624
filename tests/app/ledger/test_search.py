"""Search and filters: a category filter sums only the matching lines; text (case and
accents ignored, on both backends), amount, dates, account, has-splits and cleared;
the full-text index gives exactly the scan's results and stays in step with every
write (SQLite); PostgreSQL scans."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli import main
from app.ledger import search_index
from app.ledger.accounts import add_account
from app.ledger.categories import add_category, find_category
from app.ledger.search import Filters, search, search_ids, summarize
from app.ledger.transactions import (
    LineInput,
    TransactionInput,
    delete_transaction,
    get_transaction,
    save_transaction,
)


@pytest.fixture
def shop(book):
    """Three movements: S9's one transfer paying three invoices with IVA, a card
    deposit with a commission, and a single-category rent payment."""
    for name, kind in (("Gastos:Papelería", "expense"), ("Gastos:Internet", "expense"),
                       ("Gastos:Empaque", "expense")):
        add_category(book, name, kind)
    add_category(book, "Gastos:Servicios:Luz", "expense")
    cat = {name: find_category(book, name).id for name in (
        "Gastos:Papelería", "Gastos:Internet", "Gastos:Empaque", "Impuestos:IVA acreditable",
        "Impuestos:IVA trasladado", "Ingresos:Ventas", "Gastos:Comisiones", "Gastos:Renta",
        "Gastos:Servicios", "Gastos:Servicios:Luz")}
    bank = add_account(book, "Banco", "bank", 100_000).id
    cash = add_account(book, "Caja", "cash").id
    s9 = save_transaction(book, TransactionInput(
        bank, "2026-03-10", -450499, payee="Pago a proveedores", memo="Tres facturas",
        lines=(LineInput(-123456, cat["Gastos:Papelería"], memo="Factura A-77"),
               LineInput(-19753, cat["Impuestos:IVA acreditable"]),
               LineInput(-49903, cat["Gastos:Internet"], memo="Factura Telmex"),
               LineInput(-7984, cat["Impuestos:IVA acreditable"]),
               LineInput(-215003, cat["Gastos:Empaque"]),
               LineInput(-34400, cat["Impuestos:IVA acreditable"]))))
    card = save_transaction(book, TransactionInput(
        bank, "2026-03-12", 9582, payee="Clip", memo="Depósito", reference="LIQ-0042",
        cleared=True,
        lines=(LineInput(8621, cat["Ingresos:Ventas"]),
               LineInput(1379, cat["Impuestos:IVA trasladado"]),
               LineInput(-360, cat["Gastos:Comisiones"], memo="Comisión Clip"),
               LineInput(-58, cat["Impuestos:IVA acreditable"]))))
    rent = save_transaction(book, TransactionInput(
        cash, "2026-04-01", -500000, payee="Inmobiliaria Peña",
        lines=(LineInput(-500000, cat["Gastos:Renta"]),)))
    light = save_transaction(book, TransactionInput(
        bank, "2026-04-02", -116000, payee="CFE",
        lines=(LineInput(-100000, cat["Gastos:Servicios:Luz"]),
               LineInput(-16000, cat["Impuestos:IVA acreditable"]))))
    return book, cat, {"s9": s9.id, "card": card.id, "rent": rent.id, "light": light.id,
                       "bank": bank, "cash": cash}


def test_a_category_filter_sums_only_the_matching_lines(shop) -> None:
    book, cat, ids = shop
    f = Filters(category_id=cat["Impuestos:IVA acreditable"])
    assert search_ids(book, f) == [ids["s9"], ids["card"], ids["light"]]
    summary = summarize(book, f)
    assert summary.count == 3
    assert summary.total == -(19753 + 7984 + 34400) - 58 - 16000  # not -450,499 - ...
    page = search(book, f)
    by_id = {h.transaction_id: h for h in page.hits}
    assert by_id[ids["s9"]].matched == -62137 and by_id[ids["s9"]].amount == -450499
    assert by_id[ids["s9"]].category.startswith("Impuestos:IVA acreditable")
    assert by_id[ids["card"]].matched == -58
    march = Filters(category_id=cat["Impuestos:IVA acreditable"], date_to="2026-03-31")
    assert summarize(book, march).total == -62137 - 58


def test_subcategories_and_amount_ranges_apply_to_lines(shop) -> None:
    book, cat, ids = shop
    services = Filters(category_id=cat["Gastos:Servicios"])
    assert search_ids(book, services) == [ids["light"]]
    assert summarize(book, services).total == -100000
    only = Filters(category_id=cat["Gastos:Servicios"], include_subcategories=False)
    assert search_ids(book, only) == [] and summarize(book, only).total == 0
    big_iva = Filters(category_id=cat["Impuestos:IVA acreditable"], amount_max=-10000)
    assert search_ids(book, big_iva) == [ids["s9"], ids["light"]]
    assert summarize(book, big_iva).total == -19753 - 34400 - 16000
    # without a category, the range applies to the transaction's amount
    assert search_ids(book, Filters(amount_min=-200000, amount_max=10000)) == [
        ids["card"], ids["light"]]


def test_text_dates_account_splits_and_cleared(shop) -> None:
    book, _cat, ids = shop
    assert search_ids(book, Filters(text="telmex")) == [ids["s9"]]  # a line memo
    assert search_ids(book, Filters(text="PEÑA")) == [ids["rent"]]  # case and accents
    assert search_ids(book, Filters(text="pena")) == [ids["rent"]]  # do not count
    assert search_ids(book, Filters(text="PEña")) == [ids["rent"]]
    assert search_ids(book, Filters(text="Peña")) == [ids["rent"]]
    assert search_ids(book, Filters(text="liq-00")) == [ids["card"]]  # the reference
    assert search_ids(book, Filters(text="100%")) == []  # % is text, not a wildcard
    assert search_ids(book, Filters(text="a", account_id=ids["cash"])) == [ids["rent"]]
    assert search_ids(book, Filters(date_from="2026-03-11", date_to="2026-04-01")) == [
        ids["card"], ids["rent"]]
    assert search_ids(book, Filters(has_splits=False)) == [ids["rent"]]
    assert search_ids(book, Filters(has_splits=True, cleared=True)) == [ids["card"]]
    newest = search(book, Filters(), limit=2)
    assert [h.transaction_id for h in newest.hits] == [ids["light"], ids["rent"]]
    assert newest.more and not search(book, Filters(), limit=4).more
    assert [h.transaction_id for h in search(book, Filters(), limit=2, offset=2).hits] == [
        ids["card"], ids["s9"]]


def test_list_command_with_a_category_shows_and_sums_the_matching_lines(shop, capsys) -> None:
    book, _cat, ids = shop
    code = main(["--db", book.location, "list", "--category", "Impuestos:IVA acreditable",
                 "--format", "csv", "--to", "2026-03-31"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and len(out) == 1 + 4  # S9's three IVA lines and the card's one
    assert all(",Impuestos:IVA acreditable," in row for row in out[1:])
    code = main(["--db", book.location, "list", "--category", "Impuestos:IVA acreditable"])
    table = capsys.readouterr().out
    assert code == 0 and "total of matching lines: -781.95" in table
    code = main(["--db", book.location, "list", "--category", "Impuestos:IVA acreditable",
                 "--to", "2026-03-10"])  # S9 alone
    last = capsys.readouterr().out.splitlines()[-1]
    assert code == 0 and last.startswith("1 transaction; total of matching lines: ")
    code = main(["--db", book.location, "list", "--search", "clip", "--format", "json",
                 "--cleared", "--split", "--min", "90", "--max", "96"])
    rows = __import__("json").loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [ids["card"]] and "matched_amount" not in rows[0]
    assert main(["--db", book.location, "list", "--min", "12.345"]) == 2
    assert "--min" in capsys.readouterr().err


# ---------------------------------------------------------------- the full-text index


def like_ids(book, filters: Filters) -> list[int]:
    """The same search with the index out of the way (LIKE)."""
    from app.ledger.search import _ordered_ids, resolve

    with book.read() as session:
        original = search_index.usable
        search_index.usable = lambda _s, _t: False  # type: ignore[assignment]
        try:
            return _ordered_ids(session, resolve(book, filters), limit=None, offset=0,
                                newest_first=True)[0]
        finally:
            search_index.usable = original  # type: ignore[assignment]


TERMS = ("factura", "telmex", "a-7", "peña", "Peña", "liq", "clip", "Comisión", "xyz",
         "e", "Tres facturas", "100%", "_", "PENA", "comision", "ÑA", "COMISIÓN 100")


def check_same(book) -> None:
    for term in TERMS:
        for extra in ({}, {"date_from": "2026-03-11"}, {"has_splits": True}):
            f = Filters(text=term, **extra)
            page = search(book, f, limit=50)
            assert page.indexed
            assert [h.transaction_id for h in page.hits] == like_ids(book, f), (term, extra)
            assert summarize(book, f) == summarize_like(book, f)
    conn = sqlite3.connect(book.location)
    conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 0)")
    conn.close()


def summarize_like(book, filters: Filters):
    original = search_index.usable
    search_index.usable = lambda _s, _t: False  # type: ignore[assignment]
    try:
        return summarize(book, filters)
    finally:
        search_index.usable = original  # type: ignore[assignment]


def test_index_gives_likes_results_and_follows_every_write(sqlite_book) -> None:
    book = sqlite_book
    bank = add_account(book, "Banco", "bank").id
    other = add_account(book, "Caja", "cash").id
    rent = find_category(book, "Gastos:Renta").id
    for i in range(30):
        save_transaction(book, TransactionInput(
            bank, f"2026-03-{1 + i % 28:02d}", -1000 - i, payee=f"Proveedor {i}",
            memo="Factura" if i % 3 else "", lines=(
                LineInput(-600, rent, memo="Telmex" if i % 5 == 0 else ""),
                LineInput(-400 - i, memo="a-7" if i % 7 == 0 else ""))))
    assert search_index.index_state(book) == "missing"
    assert not search(book, Filters(text="telmex")).indexed
    assert search_index.build(book, chunk=7)
    assert search_index.index_state(book) == "ready"
    check_same(book)

    # every kind of write keeps it in step: new, edited (date, payee, a line's memo,
    # a line removed), deleted, transfers (their counterpart is written by the service)
    view = save_transaction(book, TransactionInput(
        bank, "2026-02-01", -5000, payee="Peña y Asociados", lines=(
            LineInput(-3000, rent, memo="Comisión 100% clara"), LineInput(-2000))))
    check_same(book)
    data = view.as_input()
    changed = get_transaction(book, save_transaction(book, TransactionInput(
        data.account_id, "2026-04-30", data.amount, payee="Clip", memo="Tres facturas",
        lines=(data.lines[0].__class__(amount=-5000, category_id=rent, memo="xyz",
                                       id=data.lines[0].id),)), view.id).id)
    assert changed.date == "2026-04-30"
    check_same(book)
    save_transaction(book, TransactionInput(bank, "2026-03-05", -700, payee="Traspaso",
                                            lines=(LineInput(-700, transfer_account_id=other,
                                                             memo="a caja"),)))
    check_same(book)
    delete_transaction(book, view.id)
    check_same(book)
    assert search_ids(book, Filters(text="xyz")) == []


def test_index_build_resumes_and_heals(sqlite_book) -> None:
    book = sqlite_book
    bank = add_account(book, "Banco", "bank").id
    for i in range(25):
        save_transaction(book, TransactionInput(bank, "2026-01-02", -100, payee=f"P{i}"))
    calls = []
    assert not search_index.build(book, chunk=5, should_stop=lambda: len(calls) > 1,
                                  progress=lambda *a: calls.append(a))
    assert search_index.index_state(book) == "building"
    assert not search(book, Filters(text="P1")).indexed  # LIKE meanwhile, same answers
    save_transaction(book, TransactionInput(bank, "2026-01-03", -100, payee="Nuevo P1"))
    assert search_index.build(book, chunk=5)
    assert search(book, Filters(text="p1")).indexed
    assert len(search_ids(book, Filters(text="P1"))) == 12  # P1, P10..P19, Nuevo P1
    # a trigger lost (a table rebuilt by some later revision, say): rebuilt from scratch
    conn = sqlite3.connect(book.location)
    conn.execute("DROP TRIGGER search_fts_line_update")
    conn.commit()
    conn.close()
    assert search_index.index_state(book) == "missing"
    assert not search(book, Filters(text="P1")).indexed
    assert search_index.build(book)
    assert len(search_ids(book, Filters(text="P1"))) == 12
    search_index.drop(book)
    assert search_index.index_state(book) == "missing"
    save_transaction(book, TransactionInput(bank, "2026-01-04", -100, payee="after drop"))


def test_postgres_has_no_index(book) -> None:
    bank = add_account(book, "Banco", "bank").id
    txn = save_transaction(book, TransactionInput(bank, "2026-01-02", -100,
                                                  payee="Café Ñandú")).id
    if book.engine.dialect.name == "postgresql":
        assert search_index.index_state(book) == "unavailable"
        assert search_index.build(book) is False
    assert search_ids(book, Filters(text="ñandú")) == [txn]


@pytest.fixture
def spanish(book):
    """Sandy's words, with their accents and capitals, in every field search reads."""
    bank = add_account(book, "Banco", "bank").id
    nomina = add_category(book, "Gastos:Nómina", "expense").id
    ids = {}
    for key, payee, memo, reference, line_memo in (
        ("payroll", "Nómina quincenal", "", "", ""),
        ("card", "Clip", "LIQUIDACIÓN de marzo", "LIQ-0042", ""),
        ("cafe", "Café ÑANDÚ", "", "", ""),
        ("lines", "Pago a proveedores", "", "FACTURA-ÉXITO", "Comisión por depósito"),
        ("plain", "Telmex", "Internet", "", ""),
    ):
        ids[key] = save_transaction(book, TransactionInput(
            bank, "2026-03-02", -1000, payee=payee, memo=memo, reference=reference,
            lines=(LineInput(-1000, nomina if key == "payroll" else None,
                             memo=line_memo),))).id
    return book, ids


SPANISH = {  # what Sandy types: what she finds
    "nomina": ["payroll"], "NÓMINA": ["payroll"], "Nómina": ["payroll"],
    "liquidacion": ["card"], "Liquidación": ["card"], "LIQUIDACION DE": ["card"],
    "ÑANDÚ": ["cafe"], "ñandú": ["cafe"], "nandu": ["cafe"], "café ñ": ["cafe"],
    "comision": ["lines"], "DEPOSITO": ["lines"], "factura-exito": ["lines"],
    "exito": ["lines"], "telmex": ["plain"], "internet": ["plain"], "zz": [],
    "liq-": ["card"], "o": ["payroll", "card", "lines"],
}


def test_text_ignores_case_and_accents_on_both_backends(spanish, capsys) -> None:
    """Issue 13, defect 7: "nomina" finds "Nómina", "liquidacion" finds "liquidación",
    "ÑANDÚ" finds "Ñandú" — on SQLite (with the index and without) as on PostgreSQL,
    in the search, its count and total, and `cuentas list --search`."""
    book, ids = spanish
    order = list(ids)

    def found(term: str) -> list[str]:
        hits = search_ids(book, Filters(text=term))
        return sorted((k for k, v in ids.items() if v in hits), key=order.index)

    for term, keys in SPANISH.items():
        assert found(term) == keys, term
        assert summarize(book, Filters(text=term)).count == len(keys)
    if book.engine.dialect.name == "sqlite":
        assert search_index.build(book)
        for term, keys in SPANISH.items():
            assert search(book, Filters(text=term)).indexed
            assert found(term) == keys, term
            assert like_ids(book, Filters(text=term)) == [
                h.transaction_id for h in search(book, Filters(text=term)).hits]
    assert main(["--db", book.location, "list", "--search", "nomina", "--format", "json"]) == 0
    rows = __import__("json").loads(capsys.readouterr().out)
    assert [r["payee"] for r in rows] == ["Nómina quincenal"]
