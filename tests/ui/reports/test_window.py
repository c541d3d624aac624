"""The Reports window shows the scenario figures, drills down to lines, exports PDF and
CSV, and sends the user to a transaction (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.ledger.accounts import add_account
from app.ledger.categories import add_category, find_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.money import parse_cli_amount
from app.reports import Period
from ui.docs.shots.reports import screenshots
from ui.reports.window import ReportsWindow

MARCH = Period("2026-03-01", "2026-03-31")


@pytest.fixture
def shop(sqlite_book, scenarios):
    """The scenarios file's period booked in March 2026 (and S6 in February)."""
    book = sqlite_book
    for cat in scenarios["categories"]:
        add_category(book, cat["name"], cat["kind"], cat["role"])
    bank = add_account(book, "Banco", "bank", 1_000_000).id
    by_id = {sc["id"]: sc for sc in scenarios["scenarios"]}
    booked = [(sid, f"2026-03-{n:02d}") for n, sid in
              enumerate(scenarios["periods"][0]["scenarios"], start=2)]
    for sid, day in [*booked, ("S6", "2026-02-10")]:
        sc = by_id[sid]
        lines = tuple(LineInput(parse_cli_amount(x["amount"], 2),
                                find_category(book, x["category"]).id) for x in sc["lines"])
        save_transaction(book, TransactionInput(bank, day, parse_cli_amount(sc["amount"], 2),
                                                lines, payee=sid))
    return book


@pytest.fixture
def window(qtbot, shop):
    w = ReportsWindow(shop, today=date(2026, 3, 31))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.table is not None and not w.busy)
    return w


def shown(qtbot, window, **choices) -> list[list[str]]:
    with qtbot.waitSignal(window.report_shown, timeout=10000):
        window.select(**choices)
    return window.row_texts()


def test_opens_on_this_year_with_the_category_tree(window) -> None:
    assert window.preset.currentData() == "this_year"
    assert window.period() == Period("2026-01-01", "2026-12-31")
    rows = window.row_texts()
    names = [r[0] for r in rows]
    assert names[:1] == ["Income"] and "IVA acreditable" in names and names[-1] == "Total"
    assert window.view.rootIsDecorated()
    assert window.chart_view.chart().series()[0].count() > 0  # the donut


def test_iva_figures_of_the_scenarios(qtbot, window, scenarios) -> None:
    rows = shown(qtbot, window, report="iva", period=MARCH, by="month")
    expected = scenarios["periods"][0]["expected_iva"]
    header = [window.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(window.model.columnCount())]
    march = dict(zip(header, rows[0], strict=True))
    assert march["Period"] == "2026-03"
    assert march["Output IVA"] == "4,093.79" == f"{float(expected['output_iva']):,.2f}"
    assert march["Input IVA"] == "1,318.73"
    assert march["IVA withheld (credit)"] == "2,613.34"
    assert march["Net IVA"] == "161.72"
    assert march["Income tax withheld (credit)"] == "2,450.00"
    assert rows[-1][0] == "Total"
    rows = shown(qtbot, window, report="iva", preset="this_quarter", by="quarter")
    assert [r[0] for r in rows] == ["2026-Q1", "Total"]
    # February's S6 joins March in the quarter: 160.00 + 16.00 output IVA...
    assert rows[0][1] == "4,109.79"


def test_commissions_and_monthly(qtbot, window) -> None:
    rows = shown(qtbot, window, report="commissions", preset="this_year")
    by_payee = {r[0]: r for r in rows}
    assert by_payee["S4"][2:7] == ["100.00", "3.60", "0.58", "95.82", "3.60 %"]
    assert by_payee["S6"][2:5] == ["116.00", "4.17", "0.67"]
    rows = shown(qtbot, window, report="monthly", preset="this_year")
    assert [r[0] for r in rows] == ["2026-02", "2026-03", "Total"]
    assert window.chart_view.chart().series()[0].count() == 2  # income and expenses bars


def test_account_filter_and_balances_chart(qtbot, window, shop) -> None:
    other = add_account(shop, "Otra", "bank", 5000).id
    window.account.addItem("Otra", other)
    rows = shown(qtbot, window, report="iva", period=MARCH, account_id=other)
    assert [r[0] for r in rows] == ["Total"]  # nothing booked there
    rows = shown(qtbot, window, report="accounts", preset="this_year", account_id=None)
    assert [r[0] for r in rows] == ["Banco", "Otra", "Total"]
    assert rows[0][-1] == "25,167.05"  # 10,000.00 + every scenario amount booked
    assert len(window.chart_view.chart().series()) == 2  # a line per account


def test_double_click_drills_into_lines_and_on_to_the_transaction(qtbot, window) -> None:
    shown(qtbot, window, report="categories", period=MARCH)
    model = window.model
    taxes = next(model.index(r, 0) for r in range(model.rowCount())
                 if model.index(r, 0).data() == "Taxes")
    impuestos = model.index(0, 0, taxes)
    iva_in = next(model.index(r, 0, impuestos) for r in range(model.rowCount(impuestos))
                  if model.index(r, 0, impuestos).data() == "IVA acreditable")
    window.view.doubleClicked.emit(iva_in)
    dialog = window._dialogs[-1]
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.model.rowCount() == 6  # S9's three invoices, S4, S5 and S11a
    assert "total -1,318.73" in dialog.total.text()
    with qtbot.waitSignal(window.transaction_activated) as activated:
        dialog.view.doubleClicked.emit(dialog.model.index(0, 2))
    assert activated.args[0] == dialog.lines[0].transaction_id
    dialog.close()


def test_exports_pdf_and_csv(qtbot, window, tmp_path: Path) -> None:
    shown(qtbot, window, report="iva", period=MARCH)
    done: list[Path] = []
    window.export_pdf(tmp_path / "iva.pdf", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    text = PdfReader(str(done[0])).pages[0].extract_text()
    assert "4,093.79" in text and "161.72" in text and "Page 1 of 1" in text
    window.export_csv(tmp_path / "iva.csv", done.append)
    qtbot.waitUntil(lambda: len(done) == 2)
    assert (tmp_path / "iva.csv").read_text().splitlines()[1] == (
        "2026-03,4093.79,1318.73,2613.34,161.72,0.00,2450.00,0.00")


def test_editing_the_book_refreshes_the_report(qtbot, window, shop) -> None:
    from ui.common.events import OpChanges, hub

    shown(qtbot, window, report="monthly", preset="this_year")
    bank = find_category(shop, "Ingresos:Ventas").id
    save_transaction(shop, TransactionInput(1, "2026-04-01", 1000, (LineInput(1000, bank),)))
    with qtbot.waitSignal(window.report_shown, timeout=10000):
        hub().notify(OpChanges.of_transactions(99))
    assert [r[0] for r in window.row_texts()] == ["2026-02", "2026-03", "2026-04", "Total"]


def test_screenshots(qtbot, shop, tmp_path: Path) -> None:
    paths = screenshots(shop, tmp_path)
    assert len(paths) == 6 and all(p.stat().st_size > 10_000 for p in paths)
