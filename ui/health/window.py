"""The health view (Help ▸ Health…): how fast, how often it fails, whether splits are used.

One window with the alerts on top and five tabs — Overview (the book, its backups,
its last check, its upgrade runs), Performance (per operation, last day or last 7
days, against the thresholds of Settings ▸ Monitoring), Errors, Adoption (with charts)
and Feedback. Everything comes from `app.monitor.health.gather`, run off the UI thread
(`ui.common.operations.QueryOp`); the buttons save the post-deployment report and the
diagnostics bundle, through the same services as `cuentas health`.

Strings from `app` (operation titles, alert texts, template titles) come in the
interface's language from `app.i18n`; they are shown as they are.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.monitor.health import Health, OpStats, format_ms, parse_iso
from app.store.book import Book
from ui.common.formats import Formats
from ui.common.translate import plural, tr

GOOD = "#1e6b34"
WARN = "#8a5300"
BAD = "#b3261e"
MUTED = "#5f6368"
BANNER = {"ok": ("#e6f4ea", GOOD), "warning": ("#fff4e0", WARN), "problem": ("#fce8e6", BAD)}


def _local(at: float) -> str:
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")


def _iso_local(text: str) -> str:
    try:
        return _local(parse_iso(text))
    except ValueError:
        return text


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    if n < 1_000_000:
        return tr("{n} KB").format(n=f"{n / 1000:,.0f}")
    return tr("{n} MB").format(n=f"{n / 1_000_000:,.1f}")


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def alert_text(alert: Any) -> str:
    """An app alert in the user's language (app's catalogue has its text and the
    operation titles come translated): `Alert.message`."""
    return str(alert.message)


class Table(QTableView):
    """A read-only table of strings; numbers right-aligned; optional colour per row."""

    def __init__(self, headers: list[str], numeric: tuple[int, ...] = (),
                 parent: QWidget | None = None, *, stretch: int | None = None) -> None:
        super().__init__(parent)
        self.numeric = numeric
        self.model_ = QStandardItemModel(0, len(headers), self)
        self.model_.setHorizontalHeaderLabels(headers)
        self.setModel(self.model_)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is None:
            header.setStretchLastSection(True)
        else:  # a long text column takes the room left, elided; the whole text is its tooltip
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fill(self, rows: list[tuple[str, ...]], colours: list[str | None] | None = None) -> None:
        self.model_.setRowCount(0)
        for r, row in enumerate(rows):
            items = []
            for c, text in enumerate(row):
                item = QStandardItem(text)
                item.setToolTip(text)
                if c in self.numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if colours and colours[r] and c == len(row) - 1:
                    item.setForeground(QColor(colours[r]))
                items.append(item)
            self.model_.appendRow(items)

    def texts(self) -> list[list[str]]:
        """Every cell (for tests)."""
        m = self.model_
        return [[m.item(r, c).text() for c in range(m.columnCount())]
                for r in range(m.rowCount())]


def _card(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setSpacing(6)
    return box, layout


def _label(text: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setStyleSheet(f"color: {MUTED};")
    return label


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return chart, view


class HealthWindow(QMainWindow):
    """See the module docstring. `synchronous` (tests, screenshots) gathers on the
    calling thread."""

    def __init__(self, book: Book, parent: QWidget | None = None, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self.book = book
        self.synchronous = synchronous
        self.formats = Formats(book.info)
        self.health: Health | None = None
        self.setObjectName("healthWindow")
        self.setWindowTitle(tr("Health — {book}").format(book=book.display_name))
        self.resize(1180, 780)

        title = QLabel(tr("Health of {book}").format(book=book.display_name))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.updated = _label(muted=True)
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton(tr("Save &report (PDF)…"))
        self.report_button.setToolTip(tr("The post-deployment report: upgrade, backups, "
                                         "performance, errors, adoption and feedback"))
        self.report_button.clicked.connect(self.save_report)
        self.bundle_button = QPushButton(tr("Diagnostics &bundle…"))
        self.bundle_button.setToolTip(tr("One zip with logs, measurements and settings "
                                         "for whoever supports you"))
        self.bundle_button.clicked.connect(self.save_bundle)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.updated)
        top.addLayout(heading, 1)
        for button in (self.refresh_button, self.report_button, self.bundle_button):
            top.addWidget(button)

        self.banner = QLabel()
        self.banner.setObjectName("healthBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._overview_tab(), tr("Overview"))
        self.tabs.addTab(self._performance_tab(), tr("Performance"))
        self.tabs.addTab(self._errors_tab(), tr("Errors"))
        self.tabs.addTab(self._adoption_tab(), tr("Adoption"))
        self.tabs.addTab(self._feedback_tab(), tr("Feedback"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.refresh()

    # ---------------------------------------------------------------- tabs
    def _overview_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        box, lay = _card(tr("This book"))
        self.book_text = _label()
        self.counts = Table([tr("Rows"), tr("Count")], numeric=(1,))
        lay.addWidget(self.book_text)
        lay.addWidget(self.counts)
        grid.addWidget(box, 0, 0)
        box, lay = _card(tr("Backups and checks"))
        self.backup_text = _label()
        self.check_text = _label()
        self.backups = Table([tr("Made"), tr("Reason"), tr("Verified"), tr("File")], stretch=3)
        lay.addWidget(self.backup_text)
        lay.addWidget(self.backups)
        lay.addWidget(self.check_text)
        grid.addWidget(box, 0, 1)
        box, lay = _card(tr("Upgrade runs"))
        self.upgrades = Table([tr("Started"), tr("Revisions"), tr("Outcome"), tr("Took"),
                               tr("Before and after")], stretch=4)
        lay.addWidget(self.upgrades)
        self.restores_text = _label(muted=True)
        lay.addWidget(self.restores_text)
        grid.addWidget(box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        return page

    def _performance_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.week_button = QRadioButton(tr("Last 7 days"))
        self.day_button = QRadioButton(tr("Last day"))
        self.week_button.setChecked(True)
        self.window_group = QButtonGroup(page)
        for button in (self.week_button, self.day_button):
            self.window_group.addButton(button)
            row.addWidget(button)
            button.toggled.connect(lambda _on: self._show_performance())
        row.addStretch(1)
        self.thresholds_note = _label(tr("An operation is slow when 95% of its runs take "
                                         "longer than its threshold (Settings ▸ Monitoring); "
                                         "with fewer than 5 runs it is not judged."),
                                      muted=True)
        layout.addLayout(row)
        self.performance = Table([tr("Operation"), tr("Runs"), tr("Median"), tr("95%"),
                                  tr("Max"), tr("Threshold"), tr("Failed"), tr("Status")],
                                 numeric=(1, 2, 3, 4, 5, 6), stretch=0)
        self.perf_chart, perf_view = _chart(tr("95th percentile as a share of the threshold"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.performance)
        splitter.addWidget(perf_view)
        splitter.setSizes([280, 330])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.thresholds_note)
        return page

    def _errors_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.errors_text = _label()
        self.kinds = Table([tr("Kind"), tr("Last 7 days")], numeric=(1,))
        self.kinds.setMaximumHeight(170)
        self.errors = Table([tr("When"), tr("Kind"), tr("Where"), tr("Source"), tr("Message")],
                            stretch=4)
        layout.addWidget(self.errors_text)
        layout.addWidget(self.kinds)
        layout.addWidget(QLabel(tr("Recent errors")))
        layout.addWidget(self.errors, 1)
        layout.addWidget(_label(tr("Messages are shown without amounts, payees or memos; the "
                                   "full details of an error were offered to copy when it "
                                   "happened."), muted=True))
        return page

    def _adoption_tab(self) -> QWidget:
        page = QWidget()
        layout = QGridLayout(page)
        self.adoption_text = _label()
        layout.addWidget(self.adoption_text, 0, 0, 1, 2)
        self.share_chart, share_view = _chart(tr("Share of transactions split, per month"))
        layout.addWidget(share_view, 1, 0)
        self.configurations = Table([tr("Lines go to"), tr("Transactions")], numeric=(1,),
                                    stretch=0)
        box, lay = _card(tr("Most common split configurations"))
        lay.addWidget(self.configurations)
        layout.addWidget(box, 1, 1)
        box, lay = _card(tr("Templates and the split editor"))
        self.templates = Table([tr("Template"), tr("Applied")], numeric=(1,), stretch=0)
        self.editor_text = _label()
        lay.addWidget(self.templates)
        lay.addWidget(self.editor_text)
        layout.addWidget(box, 2, 0)
        box, lay = _card(tr("Users active per month"))
        self.users = Table([tr("Month"), tr("Users"), tr("Who")], numeric=(1,), stretch=2)
        lay.addWidget(self.users)
        layout.addWidget(box, 2, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(1, 3)
        layout.setRowStretch(2, 2)
        return page

    def _feedback_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("feedbackNotes")
        self.notes.currentItemChanged.connect(self._note_chosen)
        buttons = QHBoxLayout()
        self.new_note = QPushButton(tr("&Send feedback…"))
        self.new_note.clicked.connect(self.send_feedback)
        self.delete_note = QPushButton(tr("&Delete note"))
        self.delete_note.clicked.connect(self._delete_note)
        buttons.addWidget(self.new_note)
        buttons.addWidget(self.delete_note)
        buttons.addStretch(1)
        left.addWidget(self.notes, 1)
        left.addLayout(buttons)
        self.picture = QLabel(tr("No picture with this note."))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumWidth(420)
        self.picture.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addLayout(left, 1)
        layout.addWidget(self.picture, 1)
        return page

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        from app.monitor.health import gather

        book = self.book
        self.status.setText(tr("Gathering the figures…"))
        if self.synchronous:
            self.show_health(gather(book))
            return
        from ui.common.operations import QueryOp

        (QueryOp(self, lambda _p: gather(book)).success(self.show_health)
         .failure(self._failed).run_in_background())

    def _failed(self, exc: BaseException) -> None:
        from ui.common.operations import describe_error

        self.status.setText(describe_error(exc))

    def show_health(self, health: Health) -> None:
        self.health = health
        self.updated.setText(tr("Figures of {when}; measurements kept 90 days on this "
                                "computer").format(when=_local(health.generated)))
        self.status.setText("")
        self._show_banner()
        self._show_overview()
        self._show_performance()
        self._show_errors()
        self._show_adoption()
        self._show_feedback()
        badge = getattr(self.parentWidget(), "health_badge", None)
        if badge is not None:
            badge.show_alerts(list(health.alerts))

    def _show_banner(self) -> None:
        h = self.health
        assert h is not None
        if not h.alerts:
            kind, text = "ok", tr("All is well: no threshold is crossed, the backups are "
                                  "recent and the last check passed.")
        else:
            kind = "problem" if any(a.level == "problem" for a in h.alerts) else "warning"
            text = "\n".join("• " + alert_text(a) for a in h.alerts)
        background, ink = BANNER[kind]
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.setStyleSheet(f"QLabel#healthBanner {{ background: {background}; "
                                  f"color: {ink}; border-radius: 4px; padding: 8px 10px; }}")

    def _show_overview(self) -> None:
        h = self.health
        assert h is not None
        if h.book is not None:
            b = h.book
            self.book_text.setText(tr("{name} — {backend}, revision {revision}, {size}\n"
                                      "{location}").format(
                name=b.name, backend=b.backend, revision=b.revision or "?",
                size=_size(b.size_bytes), location=b.location))
            names = {"transactions": tr("Transactions"), "splits": tr("Split lines"),
                     "accounts": tr("Accounts"), "categories": tr("Categories"),
                     "templates": tr("Saved templates"), "users": tr("User profiles"),
                     "audit_entries": tr("Audit entries")}
            self.counts.fill([(names.get(k, k), self.formats.count(v))
                              for k, v in b.counts.items()])
        else:
            self.book_text.setText(tr("The book could not be read: {problem}").format(
                problem=h.problem))
        backups = h.backups
        if backups is None or backups.verified is None:
            self.backup_text.setText(tr("No verified backup of this book was found."))
            self.backup_text.setStyleSheet(f"color: {BAD};")
        else:
            age = backups.age_days(h.generated) or 0.0
            late = age > h.settings.backup_days
            #: Translators: {ago} is “less than an hour ago”, “today”, “yesterday” or
            #: “3 days ago”, from app's catalogue.
            newest = tr("Newest verified backup: {when} ({ago}).").format(
                when=_iso_local(backups.verified),
                ago=i18n.ago(parse_iso(backups.verified), h.generated))
            count = plural(backups.count, tr("1 backup in all."),
                           tr("{n} backups in all.")).format(
                n=self.formats.count(backups.count))
            self.backup_text.setText(f"{newest} {count}")
            self.backup_text.setStyleSheet(f"color: {WARN if late else GOOD};")
        reasons = {"pre-upgrade": tr("before upgrade"), "pre-restore": tr("before restore"),
                   "manual": tr("manual"), "scheduled": tr("scheduled"),
                   "on-close": tr("on close")}
        rows = [(_iso_local(c), reasons.get(r, r), tr("yes") if v else tr("no"), name)
                for c, r, v, _s, name in (backups.recent if backups else ())]
        self.backups.fill(rows, [None if v else BAD for _c, _r, v, _s, _n in
                                 (backups.recent if backups else ())])
        if h.check is None:
            self.check_text.setText(tr("No check of this book has been recorded on this "
                                       "computer yet."))
            self.check_text.setStyleSheet(f"color: {MUTED};")
        elif h.check.outcome == "ok":
            self.check_text.setText(tr("Last check {when}: every invariant holds.").format(
                when=_local(h.check.at)))
            self.check_text.setStyleSheet(f"color: {GOOD};")
        else:
            self.check_text.setText(tr("Last check {when} FAILED: {detail}").format(
                when=_local(h.check.at), detail=h.check.detail))
            self.check_text.setStyleSheet(f"color: {BAD};")
        upgrade_rows, colours = [], []
        for r in reversed(h.upgrades):
            secs = r.seconds
            if r.transactions_before is None:
                checks = tr("not recorded")
            else:
                count = self.formats.count
                after = r.transactions_after or 0
                balances = (plural(r.accounts, tr("1 balance equal"), tr("{n} balances equal"))
                            if r.accounts_equal else
                            plural(r.accounts, tr("1 balance DIFFERENT"),
                                   tr("{n} balances DIFFERENT")))
                totals = (plural(r.categories, tr("1 category total equal"),
                                 tr("{n} category totals equal"))
                          if r.categories_equal else
                          plural(r.categories, tr("1 category total DIFFERENT"),
                                 tr("{n} category totals DIFFERENT")))
                checks = "; ".join((
                    plural(after, tr("{a} → 1 transaction"), tr("{a} → {b} transactions"))
                    .format(a=count(r.transactions_before), b=count(after)),
                    balances.format(n=count(r.accounts)),
                    totals.format(n=count(r.categories))))
            outcome = {"upgraded": tr("upgraded"), "failed": tr("failed, rolled back")}.get(
                r.outcome, r.outcome)
            upgrade_rows.append((_iso_local(r.started_at), f"{r.from_revision} → "
                                 f"{r.to_revision}", outcome,
                                 format_ms(secs * 1000) if secs is not None else "", checks))
            colours.append(GOOD if r.checks_passed else BAD)
        self.upgrades.fill(upgrade_rows, colours)
        if h.restores:
            self.restores_text.setText(tr("Restores on this computer: {list}").format(
                list="; ".join(f"{_local(e.at)} {e.detail}" for e in h.restores[:3])))
        else:
            self.restores_text.setText(tr("No backup of this book was restored on this "
                                          "computer."))

    def _show_performance(self) -> None:
        h = self.health
        if h is None:
            return
        stats: tuple[OpStats, ...] = h.last_week if self.week_button.isChecked() else h.last_day
        rows, colours = [], []
        for s in stats:
            if not s.judged:
                status, colour = tr("too few runs"), MUTED
            elif s.over:
                status, colour = tr("slow"), WARN
            else:
                status, colour = tr("within"), GOOD
            rows.append((s.title, self.formats.count(s.count), format_ms(s.median_ms),
                         format_ms(s.p95_ms), format_ms(s.max_ms),
                         format_ms(float(s.threshold_ms)) if s.threshold_ms else "",
                         self.formats.count(s.failed), status))
            colours.append(colour)
        self.performance.fill(rows, colours)
        chart = self.perf_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # the operations closest to their threshold (the ones worth a look), at most 8
        shown = sorted((s for s in stats if s.threshold_ms),
                       key=lambda s: s.p95_ms / float(s.threshold_ms or 1))[-8:]
        if not shown:
            return
        bars = QBarSet(tr("95th percentile, % of threshold"))
        # chart geometry only: a ratio of durations, never money
        shares = [min(200.0, 100.0 * s.p95_ms / float(s.threshold_ms or 1)) for s in shown]
        bars.append(shares)
        bars.setColor(QColor("#2F6DB5"))
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([_short(s.title) for s in shown])
        values = QValueAxis()
        values.setRange(0, max(100.0, *shares) * 1.1)
        values.setLabelFormat("%.0f %%")
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)

    def _show_errors(self) -> None:
        h = self.health
        assert h is not None
        e = h.errors
        count = self.formats.count
        errors = plural(e.last_day,
                        tr("1 unexpected error in the last day, {week} in the last 7 days."),
                        tr("{day} unexpected errors in the last day, {week} in the last 7 "
                           "days.")).format(day=count(e.last_day), week=count(e.last_week))
        failed = plural(e.operations,
                        tr("{failed} of 1 measured operation failed last week ({pct}%; alert "
                           "above {limit}%)."),
                        tr("{failed} of {ops} measured operations failed last week ({pct}%; "
                           "alert above {limit}%).")).format(
            failed=count(e.failed), ops=count(e.operations), pct=e.failure_percent,
            limit=h.settings.error_rate_pct)
        self.errors_text.setText(f"{errors} {failed}")
        self.errors_text.setStyleSheet(f"color: {BAD if e.last_day else MUTED};")
        self.kinds.fill([(k, self.formats.count(n)) for k, n in e.by_kind.items()])
        sources = {"desktop": tr("desktop"), "command line": tr("command line"),
                   "operation": tr("operation")}
        self.errors.fill([(x.when, x.kind, x.place, sources.get(x.source, x.source), x.message)
                          for x in e.recent])

    def _show_adoption(self) -> None:
        h = self.health
        assert h is not None
        a = h.adoption
        chart = self.share_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if a is None:
            self.adoption_text.setText(tr("The book could not be read for these figures."))
            return
        self.adoption_text.setText(tr(
            "{pct}% of the transactions since {since} have several lines ({n} of {total})."
        ).format(pct=a.percent, since=a.since, n=self.formats.count(a.split),
                 total=self.formats.count(a.transactions)))
        if a.months:
            bars = QBarSet(tr("Split transactions, %"))
            # chart geometry only: a share of counts
            bars.append([float(m.percent) for m in a.months])
            bars.setColor(QColor("#2F6DB5"))
            series = QBarSeries()
            series.append(bars)
            chart.addSeries(series)
            months = QBarCategoryAxis()
            locale = QLocale()
            months.append([locale.monthName(int(m.month[5:7]), QLocale.FormatType.ShortFormat)
                           for m in a.months])
            values = QValueAxis()
            values.setRange(0, max(10.0, *(float(m.percent) for m in a.months)) * 1.15)
            values.setLabelFormat("%.0f %%")
            chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(months)
            series.attachAxis(values)
        uncategorized = tr("(uncategorized)")
        self.configurations.fill([(" + ".join(uncategorized if t == "(uncategorized)" else t
                                              for t in c.targets),
                                   self.formats.count(c.transactions))
                                  for c in a.configurations])
        self.templates.fill([(u.title, self.formats.count(u.uses)) for u in a.templates])
        ed = a.editor
        rate = (tr("completion {pct}%").format(pct=ed.completion_percent)
                if ed.completion_percent is not None else tr("no session ended yet"))
        self.editor_text.setText(plural(
            ed.opened, tr("The split editor was opened once, saved {s} and cancelled {c} "
                          "({rate})."),
            tr("The split editor was opened {o} times, saved {s} and cancelled {c} "
               "({rate}).")).format(o=self.formats.count(ed.opened),
                                    s=self.formats.count(ed.saved),
                                    c=self.formats.count(ed.cancelled), rate=rate))
        self.users.fill([(u.month, str(len(u.users)), ", ".join(u.users))
                         for u in reversed(a.active_users)])

    def _show_feedback(self) -> None:
        h = self.health
        assert h is not None
        self.notes.clear()
        for note in h.feedback:
            first = note.text.splitlines()[0] if note.text else ""
            text = f"{_local(note.at)} — {first[:160]}"
            if note.has_screenshot:
                text += " " + tr("(picture)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(note.text)
            self.notes.addItem(item)
        self.delete_note.setEnabled(bool(h.feedback))
        if not h.feedback:
            self.picture.setText(tr("No feedback yet. Help ▸ Send feedback… keeps a note "
                                    "(and a picture of the window) on this computer."))

    def _note_chosen(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is None:
            return
        from app.monitor.feedback import screenshot_of

        png = screenshot_of(int(item.data(Qt.ItemDataRole.UserRole)))
        if png is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(item.toolTip())
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.picture.setPixmap(pixmap.scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def _delete_note(self) -> None:
        item = self.notes.currentItem()
        if item is None:
            return
        from app.monitor.feedback import delete_feedback
        from ui.common import prompts

        if prompts.confirm(self, tr("Delete note"), tr("Delete this feedback note?")):
            delete_feedback(int(item.data(Qt.ItemDataRole.UserRole)))
            self.refresh()

    def send_feedback(self) -> None:
        from ui.health.feedback import FeedbackDialog

        dialog = FeedbackDialog(self.book, self, screenshot_of=self.parentWidget() or self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        self.feedback_dialog = dialog

    # ---------------------------------------------------------------- files
    def save_report(self) -> None:
        from datetime import date

        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the post-deployment report"),
            f"post-deployment-report-{date.today().isoformat()}.pdf",
            tr("PDF files (*.pdf)"))
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> None:
        from app.monitor.report import write_report
        from ui.common.operations import QueryOp

        health, book = self.health, self.book
        if health is None:
            return

        def work(_p: object) -> object:
            return write_report(health, path, book_name=book.display_name,
                                locale=book.info.locale, force=True,
                                book=book.location, field="file")

        if self.synchronous:
            self._written(work(None))
            return
        (QueryOp(self, work).success(self._written)
         .with_progress(tr("Writing the report…")).run_in_background())

    def save_bundle(self) -> None:
        from ui.health.feedback import BundleDialog

        dialog = BundleDialog(self.book, self)
        dialog.written.connect(self._written)
        dialog.open()
        self.bundle_dialog = dialog

    def _written(self, path: object) -> None:
        self.status.setText(tr("Saved {path}").format(path=path))


def open_health(parent: QWidget | None, book: Book) -> HealthWindow:
    """Open (and show) the health view for `book` (Help ▸ Health…)."""
    window = HealthWindow(book, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


def send_feedback(parent: QWidget, book: Book | None) -> QWidget:
    """Help ▸ Send feedback…: the note dialog, with a picture of `parent`'s window."""
    from ui.health.feedback import FeedbackDialog

    dialog = FeedbackDialog(book, parent, screenshot_of=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
