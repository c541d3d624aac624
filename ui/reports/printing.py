"""Printing a report: the Reports window's Print… button.

The printout is the report as the PDF export lays it out — title, book, period and
account, the chart, the table (sections and totals in bold, the category tree
indented, the heading row again on every page), any sub-table — on the book's paper
(`app.reports.tables.page_of`: Letter for es_MX and en_US, A4 elsewhere, landscape for
wide tables), with "Page n of m" at the foot of every page. It is a `QTextDocument`
laid out at the printer's resolution (text stays text: a PDF printer keeps it
searchable); the chart is drawn into the page as a picture at print resolution.

`ask_printer` shows the print dialog on a printer set to the book's paper
(`new_printer`); `print_report` prints on any `QPrinter` (a real printer, or a PDF file
in the tests). The report's words come translated from `app.reports.tables`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCharts import QChart
from PySide6.QtCore import QMargins, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QGraphicsScene, QWidget

from app.reports.tables import Column, ReportTable, Row, format_cell, page_of
from ui.common.translate import tr

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
#: Margins in millimetres: left, top, right, bottom (the PDF export's).
MARGINS = QMarginsF(18, 16, 18, 14)
#: The chart on paper: the full width of the page, this high (lying bars: more, a line
#: per name); drawn as on a screen of this many pixels per millimetre, then scaled.
CHART_HEIGHT_MM = 62
SCREEN_PX_PER_MM = 3.9
CHART_URL = QUrl("report:chart")
#: The resolution rich text assumes for picture sizes (Qt's default logical DPI).
SCREEN_DPI = 96
HEADER_BG = "#E8EEF6"
SECTION_BG = "#F3F3F3"
STRIPE_BG = "#FAFBFD"
NEGATIVE = "#A3262A"


def new_printer(table: ReportTable, locale: str) -> QPrinter:
    """A printer set to the book's paper, turned for wide tables, with the PDF's
    margins; the print dialog starts from it (and the person may change it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    paper, wide = page_of(table, locale)
    orientation = (QPageLayout.Orientation.Landscape if wide
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(QPageSize(PAPER[paper]), orientation, MARGINS,
                                      QPageLayout.Unit.Millimeter))
    printer.setDocName(table.title)
    return printer


def ask_printer(parent: QWidget, table: ReportTable, locale: str) -> QPrinter | None:
    """The print dialog, starting on the book's paper; the printer chosen, or None."""
    printer = new_printer(table, locale)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_report(printer: QPrinter, table: ReportTable, *, heading: str, footer: str,
                 exp: int, locale: str, chart: QChart | None = None) -> int:
    """Print `table` (with `chart`, drawn by the window) on `printer`; `heading` is the
    line under the title (book, period, account), `footer` the left of each page's
    foot. Returns the number of pages printed (0 when the printer could not start)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        dots_per_mm = printer.resolution() / 25.4
        foot = int(9 * dots_per_mm)
        document = QTextDocument()
        document.documentLayout().setPaintDevice(printer)
        document.setDocumentMargin(0)
        base = QFont()
        base.setPointSizeF(9)
        document.setDefaultFont(base)
        document.setPageSize(QSizeF(page.width(), page.height() - foot))
        if chart is not None:
            size = QSizeF(page.width() / dots_per_mm, chart_height_mm(table))
            document.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL,
                                 chart_picture(chart, size, dots_per_mm))
        # rich text measures pictures in screen pixels (scaled up to the printer's dots)
        screen = page.width() * SCREEN_DPI / printer.resolution()
        document.setHtml(report_html(table, heading, exp, locale,
                                     chart_width=screen if chart else 0))
        pages = document.pageCount()
        height = document.pageSize().height()
        for number in range(1, pages + 1):
            if number > 1:
                printer.newPage()
            painter.save()
            painter.translate(0, -(number - 1) * height)
            document.drawContents(painter, QRectF(0, (number - 1) * height, page.width(),
                                                  height))
            painter.restore()
            _foot(painter, page.width(), page.height(), footer,
                  tr("Page {page} of {pages}").format(page=number, pages=pages))
        return pages
    finally:
        painter.end()


def _foot(painter: QPainter, width: float, height: float, left: str, right: str) -> None:
    font = QFont()
    font.setPointSizeF(7.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    line = painter.fontMetrics().height()
    box = QRectF(0, height - line, width, line)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     left)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                     right)
    painter.restore()


def chart_height_mm(table: ReportTable) -> float:
    """The chart's height on paper: lying bars get room for each name, a donut for
    each line of its legend."""
    per_name = {"hbar": 9.0, "pie": 7.5}.get(table.chart.kind if table.chart else "", 0.0)
    names = len(table.chart.labels) if table.chart else 0
    return float(min(max(CHART_HEIGHT_MM, 16 + per_name * names), 120))


def chart_picture(chart: QChart, size: QSizeF, dots_per_mm: float) -> QImage:
    """`chart` drawn as on a screen of `SCREEN_PX_PER_MM`, then scaled to `size` (in
    millimetres) at the printer's dots, on white: its words print at the same size
    whatever the paper or the chart's height."""
    screen = QRectF(0, 0, size.width() * SCREEN_PX_PER_MM, size.height() * SCREEN_PX_PER_MM)
    size = QSizeF(size.width() * dots_per_mm, size.height() * dots_per_mm)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(screen)
    chart.setBackgroundVisible(False)
    chart.setDropShadowEnabled(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    image = QImage(int(size.width()), int(size.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), screen)
    painter.end()
    scene.removeItem(chart)
    return image


def report_html(table: ReportTable, heading: str, exp: int, locale: str,
                chart_width: float = 0) -> str:
    """The printout as rich text (what `QTextDocument` lays out on the pages)."""
    parts = [f'<p style="font-size:16pt; font-weight:bold; margin-bottom:2px">'
             f"{html.escape(table.title)}</p>",
             f'<p style="color:#333333; margin-bottom:10px">{html.escape(heading)}</p>']
    if chart_width:
        parts.append(f'<p><img src="{CHART_URL.toString()}" width="{int(chart_width)}"></p>')
    parts.append(_table_html(table.columns, table.rows, exp, locale))
    for sub in table.extra:
        parts.append(f'<p style="font-size:11pt; font-weight:bold; margin-top:12px">'
                     f"{html.escape(sub.title)}</p>")
        parts.append(_table_html(sub.columns, sub.rows, exp, locale))
    return "".join(parts)


def _table_html(columns: Sequence[Column], rows: Sequence[Row], exp: int,
                locale: str) -> str:
    def cell(text: str, column: Column, *, bold: bool, colour: str = "",
             indent: int = 0, head: bool = False) -> str:
        align = "left" if column.kind == "text" else "right"
        style = "padding: 2px 5px;"
        if colour:
            style += f" color:{colour};"
        content = "&nbsp;" * 4 * indent + html.escape(text)
        if bold:
            content = f"<b>{content}</b>"
        tag = "th" if head else "td"
        return f'<{tag} align="{align}" style="{style}">{content}</{tag}>'

    out = ['<table width="100%" cellspacing="0" cellpadding="2" '
           'style="border-collapse: collapse;">',
           f'<thead><tr bgcolor="{HEADER_BG}">']
    out += [cell(c.title, c, bold=True, head=True) for c in columns]
    out.append("</tr></thead><tbody>")
    for i, row in enumerate(rows):
        bold = row.style in ("section", "total", "subtotal")
        background = (SECTION_BG if row.style == "section"
                      else STRIPE_BG if i % 2 and row.style != "total" else "")
        out.append(f'<tr bgcolor="{background}">' if background else "<tr>")
        for j, (column, value) in enumerate(zip(columns, row.cells, strict=False)):
            text = format_cell(value, column.kind, exp, locale)
            negative = isinstance(value, int) and column.kind == "amount" and value < 0
            out.append(cell(text, column, bold=bold, colour=NEGATIVE if negative else "",
                            indent=row.depth if j == 0 else 0))
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)
