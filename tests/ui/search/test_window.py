"""The search window: every filter, the total of the matching lines, double-click to the
transaction, amounts typed in the book's locale, the index built in the background."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ledger import search_index
from app.ledger.accounts import add_account
from app.ledger.categories import find_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from ui.docs.shots.search import screenshots
from ui.search.window import SearchWindow


@pytest.fixture
def shop(sqlite_book):
    book = sqlite_book
    bank = add_account(book, "Banco", "bank", 100_000).id
    cash = add_account(book, "Caja", "cash").id
    cat = {n: find_category(book, n).id for n in (
        "Gastos:Compras", "Impuestos:IVA acreditable", "Gastos:Renta", "Ingresos:Ventas",
        "Impuestos:IVA trasladado")}
    ids = {}
    ids["invoice"] = save_transaction(book, TransactionInput(
        bank, "2026-03-10", -116000, payee="Papelería Lumen", memo="Factura F-12",
        lines=(LineInput(-100000, cat["Gastos:Compras"], memo="Hojas y tóner"),
               LineInput(-16000, cat["Impuestos:IVA acreditable"])))).id
    ids["two"] = save_transaction(book, TransactionInput(
        bank, "2026-03-12", -232000, payee="Pago a proveedores", cleared=True,
        lines=(LineInput(-100000, cat["Gastos:Compras"]),
               LineInput(-16000, cat["Impuestos:IVA acreditable"]),
               LineInput(-100000, cat["Gastos:Renta"]),
               LineInput(-16000, cat["Impuestos:IVA acreditable"])))).id
    ids["sale"] = save_transaction(book, TransactionInput(
        cash, "2026-04-02", 11600, payee="Venta mostrador",
        lines=(LineInput(10000, cat["Ingresos:Ventas"]),
               LineInput(1600, cat["Impuestos:IVA trasladado"])))).id
    ids["rent"] = save_transaction(book, TransactionInput(
        bank, "2026-04-05", -500000, payee="Inmobiliaria",
        lines=(LineInput(-500000, cat["Gastos:Renta"]),))).id
    return book, cat, ids


@pytest.fixture
def window(qtbot, shop):
    w = SearchWindow(shop[0], build_index=False)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.summary is not None)
    return w


def run(qtbot, window, **filters) -> list[int]:
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.set_filters(**filters)
    qtbot.waitUntil(lambda: window.summary is not None)
    return [h.transaction_id for h in window.model.hits]


def test_everything_newest_first_with_the_total(window, shop) -> None:
    _book, _cat, ids = shop
    assert [h.transaction_id for h in window.model.hits] == [
        ids["rent"], ids["sale"], ids["two"], ids["invoice"]]
    assert window.total.text() == "4 transactions · total: -8,364.00"
    assert window.model.columnCount() == 6


def test_a_category_shows_and_adds_up_only_its_lines(qtbot, window, shop) -> None:
    _book, cat, ids = shop
    assert run(qtbot, window, category_id=cat["Impuestos:IVA acreditable"]) == [
        ids["two"], ids["invoice"]]
    assert window.model.columnCount() == 7
    model = window.model
    in_category = {model.hits[r].transaction_id: model.index(r, 6).data()
                   for r in range(model.rowCount())}
    assert in_category == {ids["two"]: "-320.00", ids["invoice"]: "-160.00"}
    assert model.index(0, 5).data() == "-2,320.00"  # the whole transaction, for reference
    assert model.index(0, 4).data() == "Impuestos:IVA acreditable (×2)"
    assert window.total.text() == "2 transactions · total of the matching lines: -480.00"


def test_text_amount_dates_account_lines_and_cleared(qtbot, window, shop) -> None:
    _book, _cat, ids = shop
    assert run(qtbot, window, text="tóner") == [ids["invoice"]]  # a line memo
    assert run(qtbot, window, text="f-12") == [ids["invoice"]]
    assert run(qtbot, window, amount_min="-2,400.00", amount_max="-1,000") == [
        ids["two"], ids["invoice"]]
    assert run(qtbot, window, date_from="2026-03-11", date_to="2026-04-04") == [
        ids["sale"], ids["two"]]
    caja = next(i for i in range(window.account.count()) if window.account.itemText(i) == "Caja")
    assert run(qtbot, window, account_id=window.account.itemData(caja)) == [ids["sale"]]
    assert run(qtbot, window, has_splits=False) == [ids["rent"]]
    assert run(qtbot, window, cleared=True) == [ids["two"]]
    assert run(qtbot, window, cleared=False, has_splits=True) == [ids["sale"], ids["invoice"]]


def test_text_typed_without_accents_or_capitals_finds(qtbot, window, shop) -> None:
    """Issue 13, defect 7, as Sandy types it into the Text box."""
    _book, _cat, ids = shop
    for typed, found in (("papeleria", [ids["invoice"]]), ("TONER", [ids["invoice"]]),
                         ("hojas y toner", [ids["invoice"]]), ("VENTA", [ids["sale"]])):
        window.text.clear()
        with qtbot.waitSignal(window.results_shown, timeout=10000):
            qtbot.keyClicks(window.text, typed)
        qtbot.waitUntil(lambda: window.summary is not None)
        assert [h.transaction_id for h in window.model.hits] == found, typed
    assert "accents" in window.text.toolTip()


def test_a_mistyped_amount_is_named_and_nothing_runs(qtbot, window) -> None:
    before = list(window.model.hits)
    window.amount_min.setText("12,34,5x")
    window.search()
    assert window.error.isVisibleTo(window) and "Amount from" in window.error.text()
    assert window.model.hits == before
    window.amount_min.setText("")
    window.search()
    assert not window.error.isVisibleTo(window)


def test_double_click_and_enter_open_the_transaction(qtbot, window, shop) -> None:
    _book, _cat, ids = shop
    with qtbot.waitSignal(window.transaction_activated) as got:
        window.view.doubleClicked.emit(window.model.index(1, 3))
    assert got.args == [ids["sale"]]
    with qtbot.waitSignal(window.transaction_activated) as got:
        window.view.activated.emit(window.model.index(3, 0))
    assert got.args == [ids["invoice"]]


def test_show_more_pages_through_the_hits(qtbot, shop, monkeypatch) -> None:
    import ui.search.window as module

    monkeypatch.setattr(module, "PAGE", 3)
    w = SearchWindow(shop[0], build_index=False)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.summary is not None)
    assert len(w.model.hits) == 3 and w.more.isVisibleTo(w)
    assert "showing the newest 3" in w.total.text()
    with qtbot.waitSignal(w.results_shown):
        w.show_more()
    assert len(w.model.hits) == 4 and not w.more.isVisibleTo(w)


def test_the_index_is_built_in_the_background(qtbot, shop) -> None:
    book, _cat, ids = shop
    assert search_index.index_state(book) == "missing"
    w = SearchWindow(book)
    qtbot.addWidget(w)
    w.wait_for_index()
    qtbot.waitUntil(lambda: not w.index_note.isVisibleTo(w))
    assert search_index.index_state(book) == "ready"
    assert run(qtbot, w, text="tóner") == [ids["invoice"]]
    assert run(qtbot, w, text="PAPELERIA") == [ids["invoice"]]  # through the index too
    assert w.page is not None and w.page.indexed
    w.close()


def test_screenshots(qtbot, shop, tmp_path: Path) -> None:
    paths = screenshots(shop[0], tmp_path)
    assert len(paths) == 2 and all(p.stat().st_size > 5_000 for p in paths)


def test_follows_changes_to_the_book(qtbot, window, shop) -> None:
    from ui.common.events import OpChanges, hub

    book, _cat, _ids = shop
    new = save_transaction(book, TransactionInput(1, "2026-05-01", -100, payee="Nuevo")).id
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        hub().notify(OpChanges.of_transactions(new))
    assert window.model.hits[0].transaction_id == new


COUNTED = {"en": ("1 transaction · total: -1,160.00", "2 transactions · total: -3,480.00",
                  "2 transactions · total of the matching lines: -480.00"),
           "es": ("1 movimiento · total: -1,160.00", "2 movimientos · total: -3,480.00",
                  "2 movimientos · total de las líneas que coinciden: -480.00")}


def test_the_count_says_one_transaction_and_two_transactions(language, qtbot, shop) -> None:
    _book, cat, _ids = shop
    window = SearchWindow(shop[0], build_index=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.summary is not None)
    one, two, lines = COUNTED[language]
    run(qtbot, window, text="tóner")
    assert window.total.text() == one
    run(qtbot, window, text="", date_to="2026-03-31")
    assert window.total.text() == two
    run(qtbot, window, date_to="", category_id=cat["Impuestos:IVA acreditable"])
    assert window.total.text() == lines
