"""The register service: snapshots, pages, running balances from SQL, on both backends."""

from __future__ import annotations

import pytest

from app.errors import BadInput
from app.ledger.accounts import add_account
from app.ledger.categories import find_category
from app.ledger.register import (
    RegisterQuery,
    load_page,
    load_rows,
    open_register,
    payees,
    position_of,
)
from app.ledger.transactions import (
    LineInput,
    TransactionInput,
    delete_transaction,
    save_transaction,
)


@pytest.fixture
def filled(book):
    bank = add_account(book, "Banco", "bank", 50_000)
    cash = add_account(book, "Caja", "cash")
    compras = find_category(book, "Gastos:Compras").id
    iva = find_category(book, "Impuestos:IVA acreditable").id
    ventas = find_category(book, "Ingresos:Ventas").id
    ids = []
    # Dates out of insertion order, several on one day, a split and a transfer.
    for i, (day, amount, payee) in enumerate([
        ("2026-03-05", -11_600, "Papelería Lumen"), ("2026-01-10", 20_000, "Venta"),
        ("2026-03-05", 5_000, "Venta"), ("2026-02-01", -3_000, "Telmex"),
        ("2026-01-10", -1_000, "Taxi"), ("2026-04-01", 7_700, "Cliente 100%"),
    ]):
        lines: tuple[LineInput, ...] = (
            LineInput(amount, category_id=ventas if amount > 0 else compras),)
        if i == 0:
            lines = (LineInput(-10_000, category_id=compras, memo="hojas"),
                     LineInput(-1_600, category_id=iva))
        ids.append(save_transaction(book, TransactionInput(
            account_id=bank.id, date=day, amount=amount, payee=payee, lines=lines)).id)
    ids.append(save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-02-15", amount=-2_500, payee="Traspaso",
        lines=(LineInput(-2_500, transfer_account_id=cash.id),))).id)
    return book, bank, cash, ids


def naive(rows: list[tuple[str, int, int]], opening: int) -> dict[int, int]:
    """Running balance by summing in Python, only to check the SQL."""
    balance, out = opening, {}
    for _date, txn_id, amount in sorted(rows):
        balance += amount
        out[txn_id] = balance
    return out


def test_pages_carry_running_balances(filled) -> None:
    book, bank, _cash, _ids = filled
    snap = open_register(book, RegisterQuery(bank.id))
    assert snap.count == 7 and snap.ids is None
    assert snap.balance == 50_000 + 20_000 + 5_000 - 11_600 - 3_000 - 1_000 + 7_700 - 2_500
    rows = load_page(book, snap, 0, 100)
    assert [r.date for r in rows] == sorted(r.date for r in rows)
    expected = naive([(r.date, r.id, r.amount) for r in rows], 50_000)
    assert {r.id: r.balance for r in rows} == expected
    assert rows[-1].balance == snap.balance
    # Every page size and position gives the same balances, whichever side is summed.
    for size in (1, 2, 3):
        for offset in range(0, 7, size):
            for r in load_page(book, snap, offset, size):
                assert r.balance == expected[r.id]


def test_descending_and_positions(filled) -> None:
    book, bank, _cash, _ids = filled
    asc = open_register(book, RegisterQuery(bank.id))
    desc = open_register(book, RegisterQuery(bank.id, descending=True))
    up = load_page(book, asc, 0, 10)
    down = load_page(book, desc, 0, 10)
    assert [r.id for r in down] == [r.id for r in reversed(up)]
    assert [r.balance for r in down] == [r.balance for r in reversed(up)]
    for i, row in enumerate(up):
        assert position_of(book, asc, row.id) == i
        assert position_of(book, desc, row.id) == len(up) - 1 - i


def test_lines_categories_and_transfers(filled) -> None:
    book, bank, cash, ids = filled
    snap = open_register(book, RegisterQuery(bank.id))
    rows = {r.id: r for r in load_page(book, snap, 0, 10)}
    split = rows[ids[0]]
    assert split.is_split and split.category == ""
    assert [(line.target, line.amount) for line in split.lines] == [
        ("Gastos:Compras", -10_000), ("Impuestos:IVA acreditable", -1_600)]
    assert rows[ids[-1]].category == "[Caja]"
    assert rows[ids[1]].category == "Ingresos:Ventas"
    cash_rows = load_page(book, open_register(book, RegisterQuery(cash.id)), 0, 10)
    assert [(r.category, r.amount, r.balance) for r in cash_rows] == [("[Banco]", 2_500, 2_500)]


def test_filter_and_sort_take_ids(filled) -> None:
    book, bank, _cash, ids = filled
    venta = open_register(book, RegisterQuery(bank.id, text="venta"))
    assert venta.ids is not None and set(venta.ids) == {ids[1], ids[2], ids[5]}  # payee or category
    # Filters look at line memos, category names and transfer accounts too.
    assert open_register(book, RegisterQuery(bank.id, text="HOJAS")).ids == (ids[0],)
    assert open_register(book, RegisterQuery(bank.id, text="caja")).ids == (ids[-1],)
    assert set(open_register(book, RegisterQuery(bank.id, text="compras")).ids or ()) == {
        ids[0], ids[3], ids[4]}
    # % and _ are literal characters, not wildcards.
    assert open_register(book, RegisterQuery(bank.id, text="100%")).ids == (ids[5],)
    # A filtered page still shows the account's true running balance.
    full = {r.id: r.balance for r in load_page(book, open_register(
        book, RegisterQuery(bank.id)), 0, 10)}
    assert {r.id: r.balance for r in load_page(book, venta, 0, 10)} == {
        i: full[i] for i in venta.ids}
    by_payee = open_register(book, RegisterQuery(bank.id, sort="payee"))
    payees_in_order = [r.payee for r in load_page(book, by_payee, 0, 10)]
    assert payees_in_order == sorted(payees_in_order, key=str.lower)
    assert all(r.balance is None for r in load_page(book, by_payee, 0, 10))
    amounts = [r.amount for r in load_page(book, open_register(
        book, RegisterQuery(bank.id, sort="amount", descending=True)), 0, 10)]
    assert amounts == sorted(amounts, reverse=True)
    by_category = load_page(book, open_register(book, RegisterQuery(bank.id, sort="category")),
                            0, 10)
    assert by_category[-1].is_split  # splits sort last


def test_the_filter_ignores_case_and_accents(filled) -> None:
    """Issue 13, defect 7, in the register's filter box: payee, memo, reference, a line's
    memo, a category and a transfer account, on both backends; on SQLite the same
    with the search index ready (it answers for the words) as without it."""
    from app.ledger import search_index
    from app.ledger.categories import add_category

    book, bank, cash, ids = filled
    from app.ledger.accounts import rename_account

    rename_account(book, cash.id, "Caja Chica Núñez")
    nomina = add_category(book, "Gastos:Nómina", "expense").id
    more = [save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-04-02", amount=-500, payee=payee, memo=memo,
        reference=reference, lines=(LineInput(-500, category_id=category, memo=line),))).id
        for payee, memo, reference, category, line in (
            ("Sueldos", "", "", nomina, ""),
            ("Clip", "LIQUIDACIÓN de marzo", "", None, ""),
            ("Café ÑANDÚ", "", "", None, ""),
            ("Banco", "", "COMISIÓN-7", None, "Depósito en garantía"))]
    expected = {
        "nomina": {more[0]}, "NÓMINA": {more[0]}, "liquidacion": {more[1]},
        "Liquidación": {more[1]}, "ñandú": {more[2]}, "NANDU": {more[2]},
        "comision": {more[3]}, "deposito": {more[3]}, "papeleria": {ids[0]},
        "nunez": {ids[-1]}, "CAJA CHICA NÚÑEZ": {ids[-1]}, "zzz": set(),
    }

    def check() -> None:
        for term, wanted in expected.items():
            got = open_register(book, RegisterQuery(bank.id, text=term)).ids
            assert set(got or ()) == wanted, term

    check()
    if book.engine.dialect.name == "sqlite":
        assert search_index.build(book)
        check()


def test_rows_and_changes(filled) -> None:
    book, bank, _cash, ids = filled
    snap = open_register(book, RegisterQuery(bank.id))
    delete_transaction(book, ids[2])
    rows = load_page(book, snap, 0, 10)  # a stale snapshot leaves the deleted row out
    assert ids[2] not in {r.id for r in rows}
    picked = load_rows(book, open_register(book, RegisterQuery(bank.id)), [ids[3], ids[0]])
    assert [r.id for r in picked] == [ids[3], ids[0]]
    assert position_of(book, snap, 999_999) is None
    assert payees(book)[0] == "Traspaso" and "Venta" in payees(book, bank.id)


def test_bad_queries(filled) -> None:
    book, bank, _cash, _ids = filled
    with pytest.raises(BadInput, match="sort"):
        open_register(book, RegisterQuery(bank.id, sort="colour"))
    with pytest.raises(BadInput, match="account"):
        open_register(book, RegisterQuery(424242))
    empty = open_register(book, RegisterQuery(add_account(book, "Vacía").id))
    assert (empty.count, empty.balance, load_page(book, empty, 0, 10)) == (0, 0, [])


def test_a_neighbouring_page_gives_the_balance(filled) -> None:
    book, bank, _cash, _ids = filled
    for descending in (False, True):
        snap = open_register(book, RegisterQuery(bank.id, descending=descending))
        whole = {r.id: r.balance for r in load_page(book, snap, 0, 10)}
        for offset in range(0, 6, 2):
            page = load_page(book, snap, offset, 2)
            earliest = min(page, key=lambda r: (r.date, r.id))
            latest = max(page, key=lambda r: (r.date, r.id))
            before = earliest.balance - earliest.amount
            assert {r.id: r.balance for r in load_page(book, snap, offset, 2, before=before)} \
                == {r.id: whole[r.id] for r in page}
            assert {r.id: r.balance for r in load_page(
                book, snap, offset, 2, after=latest.balance)} == {r.id: whole[r.id] for r in page}
    with pytest.raises(ValueError):
        load_page(book, open_register(book, RegisterQuery(bank.id, text="x")), 0, 2, before=0)


def test_pages_read_from_either_end_agree(filled) -> None:
    book, bank, _cash, _ids = filled
    for descending in (False, True):
        snap = open_register(book, RegisterQuery(bank.id, descending=descending))
        by_ids = open_register(book, RegisterQuery(bank.id, text=" ", descending=descending))
        for size in (1, 2, 3, 5):
            pages = [r.id for offset in range(0, snap.count, size)
                     for r in load_page(book, snap, offset, size)]
            assert len(pages) == snap.count
            assert pages == [r.id for r in load_page(book, snap, 0, 100)]
        assert load_page(book, snap, snap.count + 3, 5) == []
        assert by_ids.ids is None  # a blank filter is no filter
