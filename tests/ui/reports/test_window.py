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
    payee = dialog.model.index(0, 2)
    assert payee.data(Qt.ItemDataRole.ToolTipRole) == payee.data()  # in full where cut
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
    assert len(paths) == 7 and all(p.stat().st_size > 10_000 for p in paths)
    assert "reports-iva-month.png" in {p.name for p in paths}  # one month, its figures


def test_all_dates_leaves_no_stray_dash(qtbot, window, tmp_path: Path) -> None:
    """With All dates the dash between the two (hidden) dates goes too; the title, the
    status bar, the PDF heading and the CSV say nothing of a range."""
    from PySide6.QtWidgets import QLabel

    def dashes() -> list[str]:
        return [label.text() for label in window.findChildren(QLabel)
                if label.isVisibleTo(window) and "–" in label.text()]

    shown(qtbot, window, report="monthly", period=MARCH)
    assert dashes()  # between the two dates, and in the status bar's period
    shown(qtbot, window, report="monthly", preset="all")
    assert dashes() == [] and "–" not in window.windowTitle()
    assert "all dates" in window.status.text()
    done: list[Path] = []
    window.export_pdf(tmp_path / "all.pdf", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    heading = PdfReader(str(done[0])).pages[0].extract_text()
    assert "all dates" in heading and "–" not in heading
    window.export_csv(tmp_path / "all.csv", done.append)
    qtbot.waitUntil(lambda: len(done) == 2)
    assert "–" not in (tmp_path / "all.csv").read_text()
    assert window._default_name("csv") == "monthly-all.csv"


def test_every_report_fits_1280_by_800_and_names_are_not_cut(qtbot, demo_book) -> None:
    """At 1280×800 each report shows all its columns without scrolling sideways (long
    headings take two lines), every payee and category name of the demo shop shows whole,
    and a name too long for any column is cut with "…" and told in full by its tooltip."""
    from PySide6.QtCore import QModelIndex

    from app.reports.tables import REPORTS

    long_name = "Importadora y Distribuidora de Papelería Fina del Bajío, S.A. de C.V."
    bank = add_account(demo_book, "Caja del mostrador", "cash").id
    sales = find_category(demo_book, "Ingresos:Ventas").id
    save_transaction(demo_book, TransactionInput(bank, "2026-03-30", 1000,
                                                 (LineInput(1000, sales),), payee=long_name))
    window = ReportsWindow(demo_book, today=date(2026, 3, 31))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.table is not None and not window.busy)
    view = window.view

    def indexes(parent: QModelIndex | None = None):
        parent = parent or QModelIndex()
        for r in range(window.model.rowCount(parent)):
            index = window.model.index(r, 0, parent)
            yield index
            yield from indexes(index)

    for report in REPORTS:
        for preset in ("this_month", "this_year"):
            shown(qtbot, window, report=report, preset=preset)
            qtbot.wait(50)  # the view lays itself out as the user would see it
            what = (report, preset)
            assert view.horizontalScrollBar().maximum() == 0, (
                what, window.splitter.sizes(), view.viewport().width(),
                [view.columnWidth(c) for c in range(window.model.columnCount())],
                window.width())
            for column in range(1, window.model.columnCount()):  # figures never cut
                assert view.columnWidth(column) >= view.sizeHintForColumn(column), what
            for index in indexes():
                text = index.data()
                room = view.visualRect(index).width()
                if text == long_name:
                    assert index.data(Qt.ItemDataRole.ToolTipRole) == long_name
                    assert view.fontMetrics().horizontalAdvance(text) > room
                else:
                    assert view.fontMetrics().horizontalAdvance(text) + 8 <= room, (what, text)


def test_one_period_charts_what_it_is_made_of(qtbot, window) -> None:
    """This month: the monthly chart shows March's categories (lying bars, the first on
    top), the IVA chart each figure of the summary — not one bar pair."""
    from PySide6.QtCharts import QHorizontalStackedBarSeries

    shown(qtbot, window, report="monthly", preset="this_month")
    chart = window.chart_view.chart()
    [series] = chart.series()
    assert isinstance(series, QHorizontalStackedBarSeries) and series.count() == 2
    names = chart.axes(Qt.Orientation.Vertical)[0].categories()
    assert len(names) >= 4 and names[-1].startswith("<span>Ingresos:")  # income on top
    shown(qtbot, window, report="iva", preset="this_month")
    names = window.chart_view.chart().axes(Qt.Orientation.Vertical)[0].categories()
    assert names[-1] == "<span>Output IVA</span>" and "<span>Net IVA</span>" in names
    assert "<span>IVA withheld<br>(credit)</span>" in names  # long names on two lines
    shown(qtbot, window, report="monthly", preset="this_year")
    assert window.chart_view.chart().series()[0].count() == 2  # a bar pair per month


def test_the_donut_legend_shows_every_name_whole(qtbot, demo_book) -> None:
    """At the guides' size the category donut's legend is as wide as its longest name
    asks (Qt gave it 38% of the chart and cut "Gastos:Servicios:Internet (0.9…"); in a
    narrow chart it takes at most half, and the donut keeps the rest."""
    from ui.reports.window import PIE_LEGEND_SHARE

    window = ReportsWindow(demo_book, today=date(2026, 3, 31))
    qtbot.addWidget(window)
    window.resize(1320, 760)
    window.show()
    qtbot.waitUntil(lambda: window.table is not None and not window.busy)
    shown(qtbot, window, report="categories", preset="this_year")
    chart = window.chart_view.chart()
    legend = chart.legend()
    qtbot.waitUntil(lambda: chart.size().width() > 0)
    wanted = legend.effectiveSizeHint(Qt.SizeHint.PreferredSize).width()
    assert "Gastos:Servicios:Internet" in " ".join(m.label() for m in legend.markers())
    assert legend.geometry().width() >= wanted
    window.splitter.setSizes([window.width() - 360, 360])
    qtbot.waitUntil(lambda: chart.size().width() <= 400)
    qtbot.waitUntil(lambda: legend.geometry().width()
                    <= chart.size().width() * PIE_LEGEND_SHARE + 1)
    assert chart.plotArea().width() >= chart.size().width() * 0.3


def test_the_status_bar_counts_one_row_as_one(qtbot, window) -> None:
    """One month of the IVA summary is '1 row.', not '1 rows.'; a quarter of months is
    counted in rows."""
    shown(qtbot, window, report="iva", preset="this_month")
    assert ", 1 row." in window.status.text() and "rows" not in window.status.text()
    shown(qtbot, window, report="iva", preset="this_year")
    assert ", 2 rows." in window.status.text()


def test_in_spanish_the_window_still_fits_1280(qapp, qtbot, demo_book) -> None:
    """Spanish words are longer (Ingresos y gastos por categoría, Exportar PDF…), and an
    account's name may be long: the window still fits a 1280-pixel screen with Print…
    beside the exports, every button whole, every report's columns without scrolling
    sideways."""
    from PySide6.QtCore import QLocale

    from app import i18n
    from app.reports.tables import REPORTS
    from ui import application

    add_account(demo_book, "BBVA Empresarial cuenta de cheques 0123456789", "bank")
    before = i18n.language()
    installed = application.install_translators(qapp, "es")
    try:
        window = ReportsWindow(demo_book, today=date(2026, 3, 31))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: window.table is not None and not window.busy)
        assert window.print_button.text() == "Imprimir…"
        assert window.minimumSizeHint().width() <= 1280 and window.width() == 1280
        for button in (window.print_button, window.export_pdf_button,
                       window.export_csv_button):
            assert button.width() >= button.sizeHint().width(), button.text()
        for report in REPORTS:
            shown(qtbot, window, report=report, preset="this_month")
            qtbot.wait(50)
            assert window.view.horizontalScrollBar().maximum() == 0, report
        shown(qtbot, window, report="iva", preset="this_month")
        assert ", 1 fila." in window.status.text()  # not '1 filas'
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.set_language(before)
        QLocale.setDefault(QLocale.system())


LINES_COUNTED = {"en": ("1 line · total -500.00", "2 lines · total -300.00"),
                 "es": ("1 línea · total -500.00", "2 líneas · total -300.00")}


def test_the_lines_behind_a_figure_are_counted_one_line_two_lines(
        language, qtbot, sqlite_book) -> None:
    from app.reports.lines import LineQuery
    from ui.reports.window import LinesDialog

    book = sqlite_book
    bank = add_account(book, "Banco", "bank").id
    rent, supplies = (find_category(book, n).id for n in ("Gastos:Renta", "Gastos:Compras"))
    save_transaction(book, TransactionInput(bank, "2026-03-02", -50000,
                                            (LineInput(-50000, rent),)))
    for day in ("2026-03-03", "2026-03-04"):
        save_transaction(book, TransactionInput(bank, day, -15000,
                                                (LineInput(-15000, supplies),)))
    for category, expected in zip((rent, supplies), LINES_COUNTED[language], strict=True):
        dialog = LinesDialog(book, LineQuery(category_ids=(category,)), "x", synchronous=True)
        qtbot.addWidget(dialog)
        assert dialog.total.text() == expected
