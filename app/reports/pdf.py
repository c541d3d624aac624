"""A report as a PDF an accountant can file: reportlab platypus, no Qt.

Title, book name, period and account; the report's table with thousands separators
in the book's locale (section and total rows in bold, tree rows indented); its chart
drawn with reportlab.graphics; any sub-table (the IVA summary's taxable bases); and
"Page n of m" on every page. The paper is the book's (`app.presets.paper_size`:
Letter for es_MX and en_US, A4 elsewhere, as the handouts); wide tables turn it to
landscape.

Chart values stay `int` minor units; only the axis labels are formatted, through
the same locale formatting as the table. Words are in the interface's language
(`app.i18n`): the table's titles come translated from `app.reports.tables`, and the
few this module adds go through `tr()`; dates are written as the book writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.i18n import short_date, tr
from app.presets import PAPER_POINTS
from app.reports.tables import Chart, Column, ReportTable, Row, format_cell, page_of

PALETTE = (
    colors.HexColor("#2F6DB5"), colors.HexColor("#E07B39"), colors.HexColor("#3A9D5D"),
    colors.HexColor("#C8453C"), colors.HexColor("#7E5BA6"), colors.HexColor("#8C6D46"),
    colors.HexColor("#D16BA5"), colors.HexColor("#7F7F7F"), colors.HexColor("#B5B02F"),
    colors.HexColor("#2FA8B5"),
)
HEADER_BG = colors.HexColor("#E8EEF6")
SECTION_BG = colors.HexColor("#F3F3F3")
RULE = colors.HexColor("#9AA7B8")

def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas that knows the page count, so each page says "Page n of m"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(18 * mm, 10 * mm, footer)
            self.drawRightString(width - 18 * mm, 10 * mm,
                                 tr("Page {page} of {pages}").format(
                                     page=self._pageNumber, pages=total))
            self.restoreState()

    return NumberedCanvas


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    cell = ParagraphStyle("cell", parent=base["BodyText"], fontSize=8.5, leading=10)
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontSize=17, spaceAfter=2,
                                alignment=0),
        "meta": ParagraphStyle("meta", parent=base["BodyText"], fontSize=9.5, leading=13,
                               textColor=colors.HexColor("#333333")),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontSize=11.5, spaceBefore=8,
                             spaceAfter=4),
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName="Helvetica-Bold"),
        "num": ParagraphStyle("num", parent=cell, alignment=TA_RIGHT),
        "num_bold": ParagraphStyle("num_bold", parent=cell, alignment=TA_RIGHT,
                                   fontName="Helvetica-Bold"),
        "head": ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold"),
        "head_num": ParagraphStyle("head_num", parent=cell, fontName="Helvetica-Bold",
                                   alignment=TA_RIGHT),
    }


def _table(columns: Sequence[Column], rows: Sequence[Row], width: float, exp: int,
           locale: str, st: dict[str, ParagraphStyle]) -> Table:
    header = [Paragraph(_escape(c.title), st["head" if c.kind == "text" else "head_num"])
              for c in columns]
    data: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    for i, row in enumerate(rows, start=1):
        bold = row.style in ("section", "total", "subtotal")
        cells: list[Any] = []
        for column, value in zip(columns, row.cells, strict=False):
            text = format_cell(value, column.kind, exp, locale)
            if column.kind == "text":
                style = ParagraphStyle(f"c{i}", parent=st["cell_bold" if bold else "cell"],
                                       leftIndent=10 * row.depth) if row.depth else \
                    st["cell_bold" if bold else "cell"]
                cells.append(Paragraph(_escape(text), style))
            else:
                cells.append(Paragraph(_escape(text), st["num_bold" if bold else "num"]))
        data.append(cells)
        if row.style == "section":
            commands.append(("BACKGROUND", (0, i), (-1, i), SECTION_BG))
        elif row.style == "total":
            commands.append(("LINEABOVE", (0, i), (-1, i), 0.8, RULE))
        elif i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#FAFBFD")))
    first = 0.34 if len(columns) <= 4 else 0.2
    rest = (1 - first) / max(len(columns) - 1, 1)
    table = Table(data, colWidths=[width * first] + [width * rest] * (len(columns) - 1),
                  repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _axis_label(exp: int, locale: str) -> Callable[[float], str]:
    """Axis ticks (positions in minor units) labelled in whole currency units."""
    def label(value: float) -> str:
        minor = int(value)
        units = abs(minor) // 10**exp * (1 if minor >= 0 else -1)
        return format_cell(units, "count", 0, locale)

    return label


def _chart(chart: Chart, width: float, exp: int, locale: str) -> Drawing | None:
    values = [v for _name, series in chart.series for v in series]
    if not chart.labels or not values:
        return None
    height = 62 * mm
    drawing = Drawing(width, height + 8 * mm)
    drawing.add(String(0, height + 3 * mm, chart.title, fontName="Helvetica-Bold",
                       fontSize=10))
    if chart.kind == "pie":
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 10 * mm, 4 * mm, height - 10 * mm, height - 10 * mm
        pie.data = list(chart.series[0][1])
        pie.labels = None
        pie.innerRadiusFraction = 0.5
        pie.strokeColor = colors.white
        pie.strokeWidth = 1
        for i in range(len(pie.data)):
            pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
        drawing.add(pie)
        total = sum(pie.data) or 1
        legend = Legend()
        legend.x, legend.y = height + 6 * mm, height - 6 * mm
        legend.fontSize = 8
        legend.alignment = "right"
        legend.columnMaximum = 9
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)],
             f"{name} — {format_cell(v, 'amount', exp, locale)} "
             f"({format_cell(_percent(v, total), 'percent', exp, locale)})")
            for i, (name, v) in enumerate(zip(chart.labels, pie.data, strict=False))
        ]
        drawing.add(legend)
        return drawing
    if chart.kind == "hbar":
        return _hbar(chart, drawing, width, height, exp, locale)
    plot: VerticalBarChart | HorizontalLineChart
    plot = VerticalBarChart() if chart.kind == "bar" else HorizontalLineChart()
    plot.x, plot.y = 22 * mm, 14 * mm
    plot.width, plot.height = width - 26 * mm - 52 * mm, height - 18 * mm
    plot.data = [list(series) for _name, series in chart.series]
    plot.categoryAxis.categoryNames = [_short(label) for label in chart.labels]
    plot.categoryAxis.labels.fontSize = 7
    if len(chart.labels) > 8:
        plot.categoryAxis.labels.angle = 45
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.labelTextFormat = _axis_label(exp, locale)
    plot.valueAxis.valueMin = min(0, *values)
    if isinstance(plot, VerticalBarChart):
        plot.barSpacing = 1
        plot.groupSpacing = 6
        for i in range(len(plot.data)):
            plot.bars[i].fillColor = PALETTE[i % len(PALETTE)]
            plot.bars[i].strokeColor = None
    else:
        for i in range(len(plot.data)):
            plot.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
            plot.lines[i].strokeWidth = 1.6
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y = width - 46 * mm, height - 8 * mm
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 12
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], _short(name, 24))
                             for i, (name, _s) in enumerate(chart.series)]
    drawing.add(legend)
    return drawing


def _hbar(chart: Chart, drawing: Drawing, width: float, height: float, exp: int,
          locale: str) -> Drawing:
    """Horizontal bars, a bar (or a group) per label, the first on top: the categories
    of one period, the figures of its IVA, each account's opening and closing balance."""
    plot = HorizontalBarChart()
    plot.x, plot.y = 58 * mm, 8 * mm
    legend_room = 46 * mm if len(chart.series) > 1 else 0
    plot.width = min(width - plot.x - 4 * mm - legend_room, 140 * mm)
    plot.height = height - 10 * mm
    order = list(range(len(chart.series)))
    if not chart.stacked:
        order.reverse()  # a group's first bar is drawn lowest: the first series on top
    plot.data = [list(reversed(chart.series[i][1])) for i in order]
    plot.categoryAxis.style = "stacked" if chart.stacked else "parallel"
    plot.categoryAxis.categoryNames = [_short(label, 34) for label in reversed(chart.labels)]
    plot.categoryAxis.labels.fontSize = 7
    plot.categoryAxis.labels.boxAnchor = "e"
    plot.categoryAxis.labels.dx = -3
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.labelTextFormat = _axis_label(exp, locale)
    values = [v for _name, series in chart.series for v in series]
    plot.valueAxis.valueMin = min(0, *values)
    plot.barSpacing = 2
    plot.groupSpacing = 4
    for j, i in enumerate(order):
        plot.bars[j].fillColor = PALETTE[i % len(PALETTE)]
        plot.bars[j].strokeColor = None
    drawing.add(plot)
    if legend_room:
        legend = Legend()
        legend.x, legend.y = width - 40 * mm, height - 8 * mm
        legend.fontSize = 8
        legend.alignment = "right"
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], _short(name, 24))
                                 for i, (name, _s) in enumerate(chart.series)]
        drawing.add(legend)
    return drawing


def _short(label: str, limit: int = 18) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _percent(part: int, total: int) -> Any:
    from decimal import Decimal

    return (Decimal(part) * 100 / Decimal(total)).quantize(Decimal("0.01"))


def render_pdf(
    table: ReportTable,
    out: Path | str,
    *,
    book_name: str,
    exp: int,
    locale: str,
    generated: date | None = None,
    force: bool = False,
    book: str | None = None,
) -> Path:
    """Write `table` as a PDF at `out`, atomically through app/store/outfiles.py (`force`:
    replace an existing file that is not a book; `book`: the open book, never a target)."""
    from app.store.outfiles import write_file

    out = Path(out)
    paper, wide = page_of(table, locale)
    pagesize = landscape(PAPER_POINTS[paper]) if wide else PAPER_POINTS[paper]
    margin = 18 * mm
    width = pagesize[0] - 2 * margin
    st = _styles()
    period = table.period.describe(lambda iso: short_date(iso, locale))
    fields = [(tr("Book:"), book_name), (tr("Period:"), period)]
    if table.account:
        fields.append((tr("Account:"), table.account))
    else:
        fields.append((tr("Accounts:"), tr("all")))
    if table.report in ("iva", "monthly", "accounts"):
        by = {"month": tr("by month"), "quarter": tr("by quarter"), "year": tr("by year")}
        fields.append((tr("Periods:"), by.get(table.by, table.by)))
    meta = [f"<b>{_escape(label)}</b> {_escape(value)}" for label, value in fields]
    story: list[Any] = [
        Paragraph(_escape(table.title), st["title"]),
        Paragraph(" &nbsp;·&nbsp; ".join(meta), st["meta"]),
        Spacer(1, 5 * mm),
    ]
    if table.chart is not None:
        drawing = _chart(table.chart, width, exp, locale)
        if drawing is not None:
            story += [drawing, Spacer(1, 4 * mm)]
    story.append(_table(table.columns, table.rows, width, exp, locale, st))
    for sub in table.extra:
        story.append(KeepTogether([
            Paragraph(_escape(sub.title), st["h2"]),
            _table(sub.columns, sub.rows, width, exp, locale, st),
        ]))
    when = short_date((generated or date.today()).isoformat(), locale)
    footer = tr("{book} · {report} · made on {date}").format(
        book=book_name, report=table.title, date=when)

    def build(fh: BinaryIO) -> None:
        doc = SimpleDocTemplate(
            fh, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
            topMargin=16 * mm, bottomMargin=18 * mm, title=table.title, author=book_name,
            subject=period, creator="Cuentas",
        )
        doc.build(story, canvasmaker=_numbered_canvas(footer))

    write_file(out, build, force=force, book=book)
    return out
