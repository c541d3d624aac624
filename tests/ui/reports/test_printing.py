"""Printing a report (the Reports window's Print… button): the print dialog starts on
the book's paper, and the printout — here a QPrinter writing a PDF, offscreen — has the
title, the heading, the chart, every figure and "Page n of m"."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from app.ledger.accounts import add_account
from app.ledger.categories import find_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.reports import Period
from tests.ui.reports.test_window import MARCH, shop  # noqa: F401  (the scenario shop)
from ui.reports import printing
from ui.reports.window import ReportsWindow


def pdf_printer(window: ReportsWindow, path: Path) -> QPrinter:
    """A printer as the print dialog starts (the book's paper), writing a PDF file."""
    assert window.table is not None
    printer = printing.new_printer(window.table, window.book.info.locale)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def words_of(page: Any) -> str:
    """A PDF page's text with one space between words (Qt's PDF keeps words apart)."""
    return " ".join(page.extract_text().split())


def page_sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(str(path)).pages]


@pytest.fixture
def window(qtbot, shop):  # noqa: F811
    w = ReportsWindow(shop, today=date(2026, 3, 31))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.table is not None and not w.busy)
    return w


def shown(qtbot, window: ReportsWindow, **choices: Any) -> None:
    with qtbot.waitSignal(window.report_shown, timeout=10_000):
        window.select(**choices)


class PrintDialog:
    """QPrintDialog answering OK after sending the printer to a PDF file; it keeps the
    page layout it was opened on."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self.layouts: list[QPageLayout] = []

    def __call__(self, printer: QPrinter, parent: Any = None) -> PrintDialog:
        self.printer = printer
        return self

    def exec(self) -> int:
        self.layouts.append(self.printer.pageLayout())
        if self.target is None:
            return QDialog.DialogCode.Rejected
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return QDialog.DialogCode.Accepted


def test_the_print_button_prints_on_the_book_paper(qtbot, window, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Beside the exports; the dialog opens on Letter (es_MX), turned for the eight
    columns of the IVA summary; Cancel prints nothing; OK prints the report."""
    shown(qtbot, window, report="iva", period=MARCH)
    buttons = [window.print_button, window.export_pdf_button, window.export_csv_button]
    assert [b.isEnabled() for b in buttons] == [True] * 3
    left, right = window.print_button.geometry(), window.export_pdf_button.geometry()
    assert left.center().y() == right.center().y() and 0 < right.left() - left.right() < 16
    dialog = PrintDialog(None)
    monkeypatch.setattr(printing, "QPrintDialog", dialog)
    window.print_button.click()
    layout = dialog.layouts[0]
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    dialog.target = tmp_path / "printed.pdf"
    window.print_button.click()
    assert page_sizes(dialog.target) == [(792, 612)]  # Letter, landscape
    assert "printed.pdf" in window.status.text()


def test_the_printout_has_the_report_and_its_figures(qtbot, window, tmp_path: Path) -> None:
    shown(qtbot, window, report="iva", period=MARCH)
    target = tmp_path / "iva.pdf"
    assert window.print_to(pdf_printer(window, target)) == 1
    text = words_of(PdfReader(str(target)).pages[0])
    for words in ("IVA summary", "Taxable base per rate", "Output IVA", "4,093.79",
                  "1,318.73", "161.72", "2,450.00", "Page 1 of 1", "All accounts"):
        assert words in text, words
    assert len(PdfReader(str(target)).pages[0].images) == 1  # the chart


def test_a_long_report_goes_on_over_pages_with_their_number(qtbot, shop, tmp_path: Path  # noqa: F811
                                                            ) -> None:
    """Hundreds of payees: several pages, each numbered "Page n of m", the heading row
    on each; a Spanish (es_ES) book prints on A4."""
    from app.admin.book_settings import set_setting

    bank = add_account(shop, "Caja", "cash").id
    sales = find_category(shop, "Ingresos:Ventas").id
    for n in range(160):
        save_transaction(shop, TransactionInput(bank, "2026-03-20", 100 + n,
                                                (LineInput(100 + n, sales),),
                                                payee=f"Cliente {n:03d}"))
    set_setting(shop, "locale", "es_ES")
    assert shop.info.locale == "es_ES"
    window = ReportsWindow(shop, today=date(2026, 3, 31))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.table is not None and not window.busy)
    shown(qtbot, window, report="payees", period=Period("2026-01-01", "2026-12-31"))
    target = tmp_path / "payees.pdf"
    pages = window.print_to(pdf_printer(window, target))
    assert pages >= 3 and page_sizes(target) == [(842, 595)] * pages  # A4, landscape
    reader = PdfReader(str(target))
    for number, page in enumerate(reader.pages, start=1):
        text = words_of(page)
        assert f"Page {number} of {pages}" in text and "Payee" in text
    everything = " ".join(words_of(p) for p in reader.pages)
    assert all(f"Cliente {n:03d}" in everything for n in range(160))
