"""The Reports window: pick a report, a period and an account; a table and a chart side
by side; print, export to PDF and CSV; double-click a row to see the split lines behind
it.

All figures come from `app.reports` (one aggregate query per report, run off the UI
thread through `ui.common.operations.QueryOp`); this module only lays them out. Amounts are
formatted in the book's locale by `app.reports.tables.format_cell`; the report's titles,
headings and labels come in the interface's language from `app.reports.tables`, and this
module's own words go through `tr()`. Charts: bars for monthly figures (and IVA,
commissions, payees), a donut for categories, lines for balances over time; a report of
one period charts what makes it up instead (horizontal bars: categories, the IVA
figures; each account's opening and closing balance).

`transaction_activated(int)` fires when the user double-clicks a line in a
drill-down: the main window connects it to select that transaction in the register.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QSize,
    QStandardPaths,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.money import to_major
from app.reports import Period, period_bounds, preset_period
from app.reports.lines import LineDetail, LineQuery
from app.reports.tables import (
    GROUPED,
    REPORTS,
    Chart,
    Column,
    ReportTable,
    Row,
    format_cell,
    report_title,
)
from app.store.book import Book
from ui.common.formats import Formats
from ui.common.translate import plural, tr

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: Period presets: key -> title (custom: the two dates).
PRESETS = (
    ("this_month", QT_TRANSLATE_NOOP("", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("", "Last month")),
    ("this_quarter", QT_TRANSLATE_NOOP("", "This quarter")),
    ("last_quarter", QT_TRANSLATE_NOOP("", "Last quarter")),
    ("this_year", QT_TRANSLATE_NOOP("", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("", "Last year")),
    ("all", QT_TRANSLATE_NOOP("", "All dates")),
    ("custom", QT_TRANSLATE_NOOP("", "Custom")),
)
#: The name column (payees, categories) grows to this many characters; a longer name is
#: cut with "…" and shown whole in its tooltip.
NAME_CHARS = 34
#: The chart keeps at least this width beside the table.
CHART_MIN_WIDTH = 360
# A donut's legend (on its right) may take up to this share of the chart's width.
PIE_LEGEND_SHARE = 0.5
COLORS = ("#2F6DB5", "#E07B39", "#3A9D5D", "#C8453C", "#7E5BA6", "#8C6D46", "#D16BA5",
          "#7F7F7F", "#B5B02F", "#2FA8B5")


def run_query(parent: QWidget, work: Callable[[], T], done: Callable[[T], Any],
              failed: Callable[[BaseException], Any], synchronous: bool = False) -> None:
    """Run a read off the UI thread (`ui.common.operations.QueryOp`); `synchronous` runs it
    here and now (screenshots, and tests that want no event loop)."""
    if synchronous:
        try:
            result = work()
        except Exception as exc:  # the same path as a failed background query
            failed(exc)
            return
        done(result)
        return
    from ui.common.operations import QueryOp

    QueryOp(parent, lambda _progress: work()).success(done).failure(failed) \
        .run_in_background()


#: The folder of the last export in this session: the next save dialog starts there.
_last_folder: Path | None = None


def documents_folder() -> Path:
    """The user's documents folder (QStandardPaths), or the home folder without one."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def ask_save_path(parent: QWidget, caption: str, name: str, filters: str) -> Path | None:
    """The save dialog of an export, on `name` in the documents folder (then in the
    folder last saved to); None when cancelled. It asks before replacing a file."""
    global _last_folder
    start = (_last_folder or documents_folder()) / name
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start), filters)
    if not chosen:
        return None
    _last_folder = Path(chosen).parent
    return Path(chosen)


def _major(minor: int, exp: int) -> float:
    """Chart geometry only: QtCharts plots qreal values. Money arithmetic never uses this."""
    return float(to_major(minor, exp))


def _period_end(key: str) -> QDateTime:
    end = period_bounds(key).date_to or "2000-01-01"
    return QDateTime(QDate.fromString(end, "yyyy-MM-dd"), QTime(12, 0))


def build_chart(chart: Chart | None, exp: int, locale: str, *, wide: bool = False) -> QChart:
    """A QChart for a report's chart: donut, bars or lines (values in major units).
    `wide`: drawn across a page (printing), so long names beside bars keep one line."""
    qc = QChart()
    qc.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    qc.setLocalizeNumbers(True)
    qc.setLocale(QLocale(locale))
    qc.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if chart is None or not chart.labels:
        qc.setTitle(tr("Nothing to chart in this period"))
        return qc
    qc.setTitle(chart.title)
    if chart.kind == "pie":
        pie = QPieSeries()
        pie.setHoleSize(0.42)
        total = sum(chart.series[0][1]) or 1
        for i, (label, value) in enumerate(zip(chart.labels, chart.series[0][1], strict=False)):
            share = format_cell(_share(value, total), "percent", exp, locale)
            piece = pie.append(f"{label} ({share})",
                               _major(value, exp))
            piece.setColor(QColor(COLORS[i % len(COLORS)]))
            piece.setBorderColor(QColor("white"))
        qc.addSeries(pie)
        qc.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        _legend_whole(qc)
        return qc
    values_axis = QValueAxis()
    values_axis.setLabelFormat("%.0f")
    low = min((v for _n, s in chart.series for v in s), default=0)
    high = max((v for _n, s in chart.series for v in s), default=0)
    if chart.kind == "hbar":  # a bar (group) per label, the first on top
        lying = QHorizontalStackedBarSeries() if chart.stacked else QHorizontalBarSeries()
        sets = []
        for i, (name, values) in enumerate(chart.series):
            bar_set = QBarSet(name)
            bar_set.append([_major(v, exp) for v in reversed(values)])
            bar_set.setColor(QColor(COLORS[i % len(COLORS)]))
            sets.append(bar_set)
        if not chart.stacked:  # Qt draws a group's first bar lowest: the first on top
            sets.reverse()
            qc.legend().setReverseMarkers(True)
        for bar_set in sets:
            lying.append(bar_set)
        lying.setBarWidth(0.7)
        qc.addSeries(lying)
        names = QBarCategoryAxis()
        names.append([axis_label(label, 60 if wide else 18)
                      for label in reversed(chart.labels)])
        qc.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        qc.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        lying.attachAxis(names)
        lying.attachAxis(values_axis)
        qc.legend().setVisible(len(chart.series) > 1)
    elif chart.kind == "bar":
        bars = QBarSeries()
        for i, (name, values) in enumerate(chart.series):
            bar_set = QBarSet(name)
            bar_set.append([_major(v, exp) for v in values])
            bar_set.setColor(QColor(COLORS[i % len(COLORS)]))
            bars.append(bar_set)
        qc.addSeries(bars)
        categories = QBarCategoryAxis()
        categories.append(list(chart.labels))
        if len(chart.labels) > 6:
            categories.setLabelsAngle(-90)
        qc.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        qc.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(categories)
        bars.attachAxis(values_axis)
    else:
        times = QDateTimeAxis()
        times.setFormat("MMM yyyy")
        times.setTickCount(min(max(len(chart.labels), 2), 7))
        qc.addAxis(times, Qt.AlignmentFlag.AlignBottom)
        qc.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        for i, (name, values) in enumerate(chart.series):
            line = QLineSeries()
            line.setName(name)
            for key, value in zip(chart.labels, values, strict=False):
                line.append(float(_period_end(key).toMSecsSinceEpoch()), _major(value, exp))
            line.setColor(QColor(COLORS[i % len(COLORS)]))
            qc.addSeries(line)
            line.attachAxis(times)
            line.attachAxis(values_axis)
    values_axis.setRange(_major(min(low, 0), exp), _major(max(high, 0), exp) or 1.0)
    values_axis.applyNiceNumbers()
    return qc


def _legend_whole(qc: QChart) -> None:
    """Give a side legend the width its longest name asks for. Qt gives it at most 38%
    of the chart and cuts the rest with "…" ("Gastos:Servicios:Internet (0.9…" at
    1280 pixels); it gets up to `PIE_LEGEND_SHARE` of the chart now, so a narrow chart
    still keeps the donut beside it."""
    legend = qc.legend()
    wanted = legend.effectiveSizeHint(Qt.SizeHint.PreferredSize).width()

    def fit() -> None:
        legend.setMinimumWidth(min(wanted, qc.size().width() * PIE_LEGEND_SHARE))

    qc.geometryChanged.connect(fit)


def axis_label(text: str, one_line: int = 18) -> str:
    """A name beside a bar, on two lines when long ("Income tax withheld (credit)":
    "Income tax" / "withheld (credit)"); rich text, so a name is escaped."""
    words = text.split(" ")
    lines = [text]
    if len(text) > one_line and len(words) > 1:
        cut = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])),
                                                          len(" ".join(words[i:]))))
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    return "<span>" + "<br>".join(html.escape(line) for line in lines) + "</span>"


def _share(part: int, total: int) -> Any:
    from decimal import ROUND_HALF_UP, Decimal

    return (Decimal(part) * 100 / Decimal(total)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def fill_model(model: QStandardItemModel, columns: tuple[Column, ...], rows: tuple[Row, ...],
               exp: int, locale: str) -> None:
    """Rows as items (a tree where rows have depth); numbers right-aligned, sections and
    totals bold; each first item keeps the row's index for the drill-down."""
    model.clear()
    model.setHorizontalHeaderLabels([c.title for c in columns])
    for i, column in enumerate(columns):  # a long heading may take two lines
        side = Qt.AlignmentFlag.AlignLeft if column.kind == "text" else \
            Qt.AlignmentFlag.AlignRight
        model.setHeaderData(i, Qt.Orientation.Horizontal,
                            int(side | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                            Qt.ItemDataRole.TextAlignmentRole)
    parents: list[QStandardItem] = []
    bold = QFont()
    bold.setBold(True)
    for index, row in enumerate(rows):
        items = []
        for column, value in zip(columns, row.cells, strict=False):
            text = format_cell(value, column.kind, exp, locale)
            item = QStandardItem(text)
            item.setEditable(False)
            if column.kind == "text":  # a name cut to fit the column is read here whole
                item.setToolTip(text)
            else:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if row.style in ("section", "total", "subtotal"):
                item.setFont(bold)
            if row.style == "section":
                item.setBackground(QBrush(QColor("#EEF2F7")))
            if isinstance(value, int) and column.kind == "amount" and value < 0:
                item.setForeground(QBrush(QColor("#A3262A")))
            items.append(item)
        items[0].setData(index, ROW_ROLE)
        depth = row.depth if row.style != "total" else 0
        del parents[depth:]
        if parents:
            parents[-1].appendRow(items)
        else:
            model.appendRow(items)
        parents.append(items[0])


def two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The width `text` needs on two lines, broken at the space that makes the longer
    line shortest ("Income tax withheld (credit)": "Income tax" / "withheld (credit)")."""
    words = text.split(" ")
    return min((max(metrics.horizontalAdvance(" ".join(words[:i])),
                    metrics.horizontalAdvance(" ".join(words[i:])))
                for i in range(1, len(words))), default=metrics.horizontalAdvance(text))


def fit_columns(view: QTreeView, room: int) -> int:
    """Size a report's columns to what they show, and return the width they take.

    Figures are never cut. The first column (payees, categories, periods) asks for its
    longest name up to `NAME_CHARS` characters and stretches into any room left; a name
    that still does not fit is cut with "…" (its tooltip has it whole). While the
    columns need more than `room`, the longest headings go on two lines, the one that
    saves most first."""
    header, model = view.header(), view.model()
    header.setTextElideMode(Qt.TextElideMode.ElideNone)  # headings wrap, never "…"
    header.setStretchLastSection(False)
    metrics = header.fontMetrics()
    pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
    count = header.count()
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(count)]
    content = [view.sizeHintForColumn(c) for c in range(count)]
    one = [max(content[c], metrics.horizontalAdvance(titles[c]) + pad) for c in range(count)]
    two = [max(content[c], two_line_width(metrics, titles[c]) + pad) for c in range(count)]
    widths = list(one)
    if count:
        widths[0] = min(one[0], view.fontMetrics().averageCharWidth() * NAME_CHARS)
    for c in sorted(range(1, count), key=lambda c: two[c] - one[c]):
        if sum(widths) <= room:
            break
        widths[c] = two[c]
    if count and sum(widths) > room:  # still too wide: the names give way, down to a few words
        shortest = view.fontMetrics().averageCharWidth() * 12
        widths[0] = max(shortest, min(widths[0], room - sum(widths[1:])))
    wraps = any(widths[c] < one[c] for c in range(1, count))
    header.setMinimumHeight(2 * metrics.lineSpacing() + pad // 2 if wraps else 0)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for c in range(1, count):
        header.resizeSection(c, widths[c])
    if count:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return sum(widths)


class LinesDialog(QDialog):
    """The split lines behind a report figure, with their total; double-click a line to
    go to its transaction."""

    transaction_activated = Signal(int)

    def __init__(self, book: Book, query: LineQuery, title: str, parent: QWidget | None = None,
                 *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.book = book
        self.query = query
        self.lines: list[LineDetail] = []
        self.setWindowTitle(tr("Lines: {what}").format(what=title))
        self.resize(900, 480)
        self.view = QTableView(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self._activated)
        self.total = QLabel(tr("Loading…"), self)
        export = QPushButton(tr("Export CSV…"), self)
        export.clicked.connect(self._ask_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(export)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(bottom)
        self.loaded = False
        from app.reports.lines import find_lines

        run_query(self, lambda: find_lines(book, query), self._show, self._failed,
                  synchronous)

    def _show(self, lines: list[LineDetail]) -> None:
        info = self.book.info
        formats = Formats(info)
        self.lines = lines
        self.model.clear()
        self.model.setHorizontalHeaderLabels([tr("Date"), tr("Account"), tr("Payee"),
                                              tr("Category"), tr("Memo"), tr("Amount")])
        for line in lines:
            cells = [formats.date(line.date), line.account, line.payee,
                     line.category or tr("(uncategorized)"), line.memo or line.transaction_memo,
                     format_cell(line.amount, "amount", info.exp, info.locale)]
            items = [QStandardItem(c) for c in cells]
            for item in items[1:5]:  # account, payee, category, memo: whole in the tooltip
                item.setToolTip(item.text())
            items[-1].setTextAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
            items[0].setData(line.transaction_id, ROW_ROLE)
            self.model.appendRow(items)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        total = sum(line.amount for line in lines)
        self.total.setText(plural(len(lines), tr("1 line · total {total}"),
                                  tr("{count} lines · total {total}")).format(
            count=format_cell(len(lines), "count", 0, info.locale),
            total=format_cell(total, "amount", info.exp, info.locale)))
        self.loaded = True

    def _failed(self, exc: BaseException) -> None:
        from ui.common.operations import describe_error

        self.total.setText(describe_error(exc))
        self.loaded = True

    def _activated(self, index: QModelIndex) -> None:
        txn = self.model.index(index.row(), 0).data(ROW_ROLE)
        if txn is not None:
            self.transaction_activated.emit(int(txn))

    def _ask_csv(self) -> None:
        path = ask_save_path(self, tr("Export lines as CSV"), "lines.csv",
                             tr("CSV files (*.csv)"))
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: Path) -> Path | None:
        """Write the lines' CSV (None when the target is refused: a book, a folder...)."""
        from app.reports.export import for_people, line_rows, write_csv
        from ui.common.prompts import save_target

        if save_target(self, path, self.book.location) is None:
            return None
        header, rows = for_people("lines", *line_rows(self.lines, self.book.info.exp))
        return write_csv(path, header, rows, force=True, book=self.book.location,
                         field=tr("File"))


class ReportsWindow(QMainWindow):
    """Reports of one book. `synchronous=True` runs queries on the UI thread (for
    screenshots); otherwise they run on the operations worker."""

    transaction_activated = Signal(int)
    report_shown = Signal()

    def __init__(self, book: Book, parent: QWidget | None = None, *,
                 today: date | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.book = book
        self.today = today or date.today()
        self.synchronous = synchronous
        self.table: ReportTable | None = None
        self.busy = False
        self._generation = 0
        self._dialogs: list[LinesDialog] = []
        self.setWindowTitle(tr("Reports — {book}").format(book=book.display_name))
        self.resize(1280, 760)
        self._build()
        self._apply_preset()
        self._listen()
        if synchronous:
            self.refresh()
        else:
            QTimer.singleShot(0, self.refresh)

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        info = self.book.info
        self.report = QComboBox()
        for key in REPORTS:
            self.report.addItem(report_title(key), key)
        self.preset = QComboBox()
        for key, title in PRESETS:
            self.preset.addItem(tr(title), key)
        self.preset.setCurrentIndex(next(i for i, (k, _t) in enumerate(PRESETS)
                                         if k == "this_year"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setLocale(QLocale(info.locale))
            edit.setDisplayFormat(Formats(info).qt_date_format)
        self.account = QComboBox()
        self.account.addItem(tr("All accounts"), None)
        from app.ledger.accounts import list_accounts

        for view in list_accounts(self.book):
            label = view.name + (tr(" (archived)") if view.archived else "")
            self.account.addItem(label, view.id)
        self.by = QComboBox()
        self.by.addItem(tr("By month"), "month")
        self.by.addItem(tr("By quarter"), "quarter")
        self.print_button = QPushButton(tr("Print…"))
        self.export_pdf_button = QPushButton(tr("Export PDF…"))
        self.export_csv_button = QPushButton(tr("Export CSV…"))
        self.print_button.clicked.connect(self._ask_print)
        self.export_pdf_button.clicked.connect(self._ask_pdf)
        self.export_csv_button.clicked.connect(self._ask_csv)

        bar = QHBoxLayout()
        # The bar fits a 1280-pixel screen with Print… beside the exports, in Spanish's
        # longer words too: the report's name says what the first list is (no label), the
        # report list may narrow to 20 letters, an account's long name is cut at 24.
        letter = self.report.fontMetrics().averageCharWidth()
        self.report.setMinimumWidth(20 * letter + 30)
        self.account.setMaximumWidth(24 * letter + 30)
        self.account.view().setMinimumWidth(self.account.view().sizeHintForColumn(0) + 24)
        self.report.setToolTip(tr("Report"))
        self.report.setAccessibleName(tr("Report"))
        bar.addWidget(self.report)
        bar.addWidget(QLabel(tr("Period")))
        bar.addWidget(self.preset)
        bar.addWidget(self.date_from)
        self.date_dash = QLabel("–")  # between the dates: hidden with them (All dates)
        bar.addWidget(self.date_dash)
        bar.addWidget(self.date_to)
        bar.addWidget(QLabel(tr("Account")))
        bar.addWidget(self.account)
        bar.addWidget(self.by)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_pdf_button)
        bar.addWidget(self.export_csv_button)

        self.view = QTreeView()
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self._drill)
        self.view.setToolTip(tr("Double-click a row to see the split lines behind it"))
        self.extra_title = QLabel()
        self.extra_title.setStyleSheet("font-weight: bold; margin-top: 6px")
        self.extra_view = QTableView()
        self.extra_view.verticalHeader().hide()
        self.extra_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.extra_model = QStandardItemModel(self)
        self.extra_view.setModel(self.extra_model)
        self.extra_view.doubleClicked.connect(self._drill_extra)
        self.extra_view.setMaximumHeight(180)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.extra_title)
        left_layout.addWidget(self.extra_view)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(QSize(CHART_MIN_WIDTH, 300))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart_view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 520])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)

        self.report.currentIndexChanged.connect(self._report_changed)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.account.currentIndexChanged.connect(self.refresh)
        self.by.currentIndexChanged.connect(self.refresh)
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(350)
        self._date_timer.timeout.connect(self.refresh)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self._report_changed(refresh=False)

    def _listen(self) -> None:
        try:
            from ui.common.events import hub

            hub().book_changed.connect(self._book_changed)
            self._hub = hub()
        except ImportError:  # pragma: no cover - the hub ships with the main window
            self._hub = None

    def _book_changed(self, changes: Any) -> None:
        if changes.touches("transactions", "categories", "accounts"):
            self.refresh()

    # ---------------------------------------------------------------- choices

    def select(self, report: str | None = None, *, period: Period | None = None,
               preset: str | None = None, account_id: int | None = -1,
               by: str | None = None) -> None:
        """Set the choices from code (tests, the main window's menu) and refresh once."""
        widgets = (self.report, self.preset, self.account, self.by, self.date_from,
                   self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if report is not None:
                self.report.setCurrentIndex(self.report.findData(report))
                self._report_changed(refresh=False)
            if preset is not None:
                self.preset.setCurrentIndex(self.preset.findData(preset))
                self._apply_preset()
            if period is not None:
                self.preset.setCurrentIndex(self.preset.findData(
                    "all" if period.is_open else "custom"))
                self._apply_preset()
                if not period.is_open:
                    self._set_dates(period)
            if account_id != -1:
                self.account.setCurrentIndex(self.account.findData(account_id))
            if by is not None:
                self.by.setCurrentIndex(self.by.findData(by))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.refresh()

    def _report_changed(self, *_args: object, refresh: bool = True) -> None:
        key = self.report.currentData()
        self.by.setEnabled(key in GROUPED)
        if refresh and hasattr(self, "status"):
            self.refresh()

    def _preset_changed(self) -> None:
        self._apply_preset()
        self.refresh()

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        custom = key == "custom"
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom or key == "all")
            edit.setVisible(key != "all")
        self.date_dash.setVisible(key != "all")
        if key not in ("custom", "all"):
            self._set_dates(preset_period(key, self.today))

    def _set_dates(self, period: Period) -> None:
        for edit, value in ((self.date_from, period.date_from), (self.date_to, period.date_to)):
            if value:
                edit.blockSignals(True)
                edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))
                edit.blockSignals(False)

    def _dates_edited(self) -> None:
        if self.preset.currentData() != "custom":
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)
            self._apply_preset()
        self._date_timer.start()

    def period(self) -> Period:
        key = self.preset.currentData()
        if key == "all":
            return Period()
        start = self.date_from.date().toString("yyyy-MM-dd")
        end = self.date_to.date().toString("yyyy-MM-dd")
        if start > end:
            start, end = end, start
        return Period(start, end)

    # ---------------------------------------------------------------- running

    def refresh(self) -> None:
        from app.reports.tables import build_table

        self._generation += 1
        generation = self._generation
        report, period = self.report.currentData(), self.period()
        account_id, by = self.account.currentData(), self.by.currentData()
        self.busy = True
        self.status.setText(tr("Calculating…"))
        for button in (self.print_button, self.export_pdf_button, self.export_csv_button):
            button.setEnabled(False)
        run_query(self, lambda: build_table(self.book, report, period, account_id, by),
                  lambda table: self._show(generation, table),
                  lambda exc: self._failed(generation, exc), self.synchronous)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        from ui.common.operations import describe_error

        self.busy = False
        self.status.setText(describe_error(exc))

    def _show(self, generation: int, table: ReportTable) -> None:
        if generation != self._generation:
            return  # the user changed the choices meanwhile; a newer result is coming
        info = self.book.info
        self.table = table
        fill_model(self.model, table.columns, table.rows, info.exp, info.locale)
        self.view.setRootIsDecorated(table.report == "categories")
        self.view.expandAll()
        if table.extra:
            sub = table.extra[0]
            self.extra_title.setText(sub.title)
            fill_model(self.extra_model, sub.columns, sub.rows, info.exp, info.locale)
            self.extra_view.resizeColumnsToContents()
        self.extra_title.setVisible(bool(table.extra))
        self.extra_view.setVisible(bool(table.extra))
        self.chart_view.setChart(build_chart(table.chart, info.exp, info.locale))
        self._fit_table()
        rows = len([r for r in table.rows if r.style != "total"])
        text = plural(rows, tr("{report}: {period}, 1 row."),
                      tr("{report}: {period}, {rows} rows.")).format(
            report=table.title, period=self._describe(table.period),
            rows=format_cell(rows, "count", 0, info.locale))
        if any(r.drill is not None for r in table.rows):
            text += " " + tr("Double-click a row for the lines behind it.")
        self.status.setText(text)
        for button in (self.print_button, self.export_pdf_button, self.export_csv_button):
            button.setEnabled(True)
        self.busy = False
        self.report_shown.emit()

    def _fit_table(self) -> None:
        """Give the table the width its columns need (the IVA summary has eight), at
        least half the window and as much as leaves the chart its smallest useful width;
        the chart takes the rest. At 1280 pixels every report shows all its columns."""
        view = self.view
        total = sum(self.splitter.sizes()) or self.width()
        chrome = (2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
                  + self.splitter.handleWidth() + 4)
        most = total - CHART_MIN_WIDTH
        needed = fit_columns(view, most - chrome) + chrome
        table = min(max(needed, total // 2), most)
        self.splitter.setSizes([table, total - table])

    def _describe(self, period: Period) -> str:
        formats = Formats(self.book.info)
        if period.is_open:
            return tr("all dates")
        parts = [formats.date(d) if d else "…" for d in (period.date_from, period.date_to)]
        return " – ".join(parts)

    # ---------------------------------------------------------------- reading it

    def row_texts(self) -> list[list[str]]:
        """Every row as shown, depth first (tests and accessibility read this)."""
        out: list[list[str]] = []

        def walk(parent: QModelIndex) -> None:
            for r in range(self.model.rowCount(parent)):
                out.append([self.model.index(r, c, parent).data() or ""
                            for c in range(self.model.columnCount())])
                first = self.model.index(r, 0, parent)
                if self.model.hasChildren(first):
                    walk(first)

        walk(QModelIndex())
        return out

    def _row_at(self, index: QModelIndex) -> Row | None:
        if self.table is None or not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        position = first.data(ROW_ROLE)
        return self.table.rows[int(position)] if position is not None else None

    def _drill(self, index: QModelIndex) -> None:
        row = self._row_at(index)
        if row is not None and row.drill is not None:
            self.open_lines(row.drill, row.label or str(row.cells[0]))

    def _drill_extra(self, index: QModelIndex) -> None:
        if self.table is None or not self.table.extra:
            return
        position = index.siblingAtColumn(0).data(ROW_ROLE)
        if position is None:
            return
        row = self.table.extra[0].rows[int(position)]
        if row.drill is not None:
            self.open_lines(row.drill, row.label)

    def open_lines(self, query: LineQuery, title: str) -> LinesDialog:
        """The drill-down: the lines behind a figure, in their own window."""
        dialog = LinesDialog(self.book, query, title, self, synchronous=self.synchronous)
        dialog.transaction_activated.connect(self.transaction_activated)
        dialog.finished.connect(lambda _code: self._dialogs.remove(dialog)
                                if dialog in self._dialogs else None)
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    # ---------------------------------------------------------------- export

    def _default_name(self, suffix: str) -> str:
        if self.table is None:
            return f"report.{suffix}"
        period = self.table.period
        span = "all" if period.is_open else f"{period.date_from}_{period.date_to}"
        return f"{self.table.report}-{span}.{suffix}"

    def _ask_print(self) -> None:
        from ui.reports.printing import ask_printer

        if self.table is None:
            return
        printer = ask_printer(self, self.table, self.book.info.locale)
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the shown report on `printer` as the PDF export lays it out (the pages
        printed; 0 when the printer could not start)."""
        from ui.reports.printing import print_report

        if self.table is None:
            return 0
        table, info, name = self.table, self.book.info, self.book.display_name
        chart = (build_chart(table.chart, info.exp, info.locale, wide=True)
                 if table.chart else None)
        heading = " · ".join((name, self._describe(table.period), self.account.currentText()))
        pages = print_report(printer, table, heading=heading, exp=info.exp,
                             locale=info.locale, chart=chart,
                             footer=f"{name} · {table.title}")
        where = printer.printerName() or printer.outputFileName()
        if pages:
            self.status.setText(tr("Sent to {printer}").format(printer=where))
        else:
            self.status.setText(tr("The printer {printer} could not start.").format(
                printer=where))
        return pages

    def _ask_pdf(self) -> None:
        path = ask_save_path(self, tr("Export report as PDF"), self._default_name("pdf"),
                             tr("PDF files (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def _ask_csv(self) -> None:
        path = ask_save_path(self, tr("Export report as CSV"), self._default_name("csv"),
                             tr("CSV files (*.csv)"))
        if path is not None:
            self.export_csv(path)

    def export_pdf(self, path: Path, done: Callable[[Path], Any] | None = None) -> None:
        """Write the shown report as a PDF (off the UI thread; `done(path)` after)."""
        from ui.common.prompts import save_target

        if self.table is None or save_target(self, path, self.book.location) is None:
            return
        table, info, name = self.table, self.book.info, self.book.display_name
        location = self.book.location

        def work() -> Path:
            from app.reports.pdf import render_pdf

            # the save dialog asked before replacing a file; a book is never replaced
            return render_pdf(table, path, book_name=name, exp=info.exp, locale=info.locale,
                              force=True, book=location)

        self.status.setText(tr("Writing {file}…").format(file=path.name))
        run_query(self, work, lambda p: self._exported(p, done),
                  lambda exc: self._failed(self._generation, exc), self.synchronous)

    def export_csv(self, path: Path, done: Callable[[Path], Any] | None = None) -> None:
        """Write the shown report's CSV: the columns of `cuentas report --format csv`,
        headed in the interface's language for a spreadsheet."""
        from ui.common.prompts import save_target

        if self.table is None or save_target(self, path, self.book.location) is None:
            return
        table, book = self.table, self.book
        account_id = self.account.currentData()

        def work() -> Path:
            from app.reports.export import csv_rows, for_people, write_csv

            header, rows = for_people(table.report, *csv_rows(
                book, table.report, table.period, account_id, table.by))
            return write_csv(path, header, rows, force=True, book=book.location,
                             field=tr("File"))

        run_query(self, work, lambda p: self._exported(p, done),
                  lambda exc: self._failed(self._generation, exc), self.synchronous)

    def _exported(self, path: Path, done: Callable[[Path], Any] | None) -> None:
        self.status.setText(tr("Saved {file}").format(file=str(path)))
        if done is not None:
            done(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._hub is not None:
            try:
                self._hub.book_changed.disconnect(self._book_changed)
            except (RuntimeError, TypeError):
                pass
            self._hub = None  # closed twice (the window, then the app): disconnected once
        for dialog in list(self._dialogs):
            dialog.close()
        super().closeEvent(event)


def open_reports(parent: QWidget | None, book: Book) -> ReportsWindow:
    """Open (and show) the Reports window for `book`: the main window's menu calls this
    and connects `transaction_activated` to select the transaction."""
    window = ReportsWindow(book, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def _latest_year(book: Book) -> Period:
    """The calendar year of the book's latest lines (screenshots show real figures)."""
    from app.reports.monthly import monthly_report

    months = monthly_report(book, by="year").rows
    year = months[-1].period if months else str(date.today().year)
    return Period(f"{year}-01-01", f"{year}-12-31")
