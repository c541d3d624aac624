"""The post-deployment report: the assessment the deployment plan asks for, as a PDF.

After the split feature goes live, one document says how it went on this book: the
upgrade runs with their before/after checks, the backups and restores and how they
were verified, the last integrity check, performance against the thresholds (the
targets set in Settings ▸ Monitoring), the errors since the upgrade, adoption (split
share per month, the common split configurations, templates, the editor's completion
rate, active users) and the feedback received. It opens with an assessment table —
one line and a verdict per area — so the reader knows in ten seconds whether the
deployment is sound.

The look is the handouts' (`app.docs.handouts`: fonts, colours, header and footer
rules) with the reports' charts and tables (`app.reports.pdf`). No amount appears:
the checks say *equal*, with counts. Text is source English marked with `tr` and said in
the interface's language (`app.i18n`, app's catalogue), on the command line as in the
desktop app. The file is written
through `app.store.outfiles.write_file` (temporary file, rename; never over a book).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app import __version__, i18n
from app.docs.handouts import ACCENT, INK, MUTED, RULE, escape, fonts, on_paper, page, styles
from app.i18n import QT_TR_NOOP, plural
from app.monitor.errors import count_by_kind, recent_errors
from app.monitor.health import Health, UpgradeRunView, format_ms, parse_iso
from app.reports.tables import format_cell
from app.store.files import reason_title

Translate = Callable[[str], str]
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.0 * cm


def frame_width() -> float:
    """The width inside the margins of the page being written (the book's paper)."""
    return float(page()[0] - 2 * MARGIN_X)


GOOD = colors.HexColor("#26734d")
GOOD_BG = colors.HexColor("#e6f4ea")
WARN = colors.HexColor("#a15c00")
WARN_BG = colors.HexColor("#fdf0e0")
BAD = colors.HexColor("#b3261e")
BAD_BG = colors.HexColor("#fce8e6")
INFO = colors.HexColor("#1f5a8a")
INFO_BG = colors.HexColor("#e8f0f7")
HEADER_BG = colors.HexColor("#e8eef6")
STRIPE = colors.HexColor("#f7f9fb")
VERDICT_COLOURS = {"ok": (GOOD, GOOD_BG), "attention": (WARN, WARN_BG),
                   "failed": (BAD, BAD_BG), "info": (INFO, INFO_BG)}


#: Upgrade runs' outcomes and errors' sources as people read them (source text).
OUTCOMES = {"upgraded": QT_TR_NOOP("upgraded"), "failed": QT_TR_NOOP("failed"),
            "current": QT_TR_NOOP("already current")}
SOURCES = {"desktop": QT_TR_NOOP("desktop"), "command line": QT_TR_NOOP("command line"),
           "operation": QT_TR_NOOP("operation")}


def _word(words: dict[str, str], key: str) -> str:
    return i18n.tr(words[key]) if key in words else key


@dataclass(frozen=True)
class Finding:
    """One line of the assessment: an area, what was found, a verdict."""

    area: str
    text: str
    verdict: str  # ok | attention | failed | info


def _when(iso_text: str) -> str:
    """An ISO time (UTC) in this computer's time zone, to the minute."""
    try:
        return datetime.fromtimestamp(parse_iso(iso_text)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso_text


def _local(at: float) -> str:
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M")


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n = n / 1024  # type: ignore[assignment]
    return str(n)


class Report:
    """Builds the story of the report from a `Health` (see the module docstring)."""

    def __init__(self, health: Health, *, book_name: str, locale: str, tr: Translate) -> None:
        self.h = health
        self.book_name = book_name
        self.locale = locale
        self.tr = tr
        self.st = styles()
        f = fonts()
        self.cell = ParagraphStyle("rcell", parent=self.st["cell"], fontSize=8.4, leading=10.6)
        self.cell_num = ParagraphStyle("rnum", parent=self.cell, alignment=2)
        self.head = ParagraphStyle("rhead", parent=self.cell, fontName=f.bold, textColor=INK)
        self.head_num = ParagraphStyle("rheadnum", parent=self.head, alignment=2)
        self.body = ParagraphStyle("rbody", parent=self.st["body"], fontSize=9.4, leading=13.4)
        self.muted = ParagraphStyle("rmuted", parent=self.body, fontSize=8.4, leading=11.5,
                                    textColor=MUTED)
        run = health.last_upgrade
        self.since = parse_iso(run.finished_at) if run is not None else None

    # -- small helpers ---------------------------------------------------------------
    def t(self, text: str, **values: object) -> str:
        translated = self.tr(text)
        return translated.format(**values) if values else translated

    def n(self, value: int) -> str:
        return format_cell(value, "count", 0, self.locale)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text), style or self.body)

    def h2(self, text: str) -> list[Any]:
        return [CondPageBreak(4 * cm), Paragraph(escape(text), self.st["h2"])]

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], numeric: Sequence[int] = (),
              colour: Callable[[int], tuple[Any, Any] | None] | None = None) -> Table:
        data: list[list[Any]] = [[Paragraph(escape(h), self.head_num if i in numeric
                                            else self.head) for i, h in enumerate(header)]]
        for row in rows:
            data.append([Paragraph(escape(c), self.cell_num if i in numeric else self.cell)
                         for i, c in enumerate(row)])
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for r in range(1, len(data)):
            if r % 2 == 0:
                commands.append(("BACKGROUND", (0, r), (-1, r), STRIPE))
            found = colour(r - 1) if colour else None
            if found is not None:
                ink, background = found
                commands.append(("BACKGROUND", (-1, r), (-1, r), background))
                commands.append(("TEXTCOLOR", (-1, r), (-1, r), ink))
        table = Table(data, colWidths=self.fit(header, rows, widths), repeatRows=1)
        table.setStyle(TableStyle(commands))
        return table

    def fit(self, header: Sequence[str], rows: Sequence[Sequence[str]],
            widths: Sequence[float]) -> list[float]:
        """Column widths: `widths` (shares of the page), widened where a column's longest
        word would not fit (a translation's words are longer: `Restauraciones`,
        `Ejecuciones`), the room taken from the columns that have some to spare. No word
        is broken in the middle unless the page is too narrow for them all."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        pad = 14.0  # the cell's left and right padding (6 + 6), and a little to spare
        need = []
        for i in range(len(widths)):
            words = [(w, self.head.fontName) for w in header[i].split()]
            words += [(w, self.cell.fontName) for row in rows for w in str(row[i]).split()]
            longest = max((stringWidth(w, font, self.cell.fontSize) for w, font in words),
                          default=0.0)
            need.append(min(longest + pad, frame_width() * 0.45))
        given = [frame_width() * w for w in widths]
        short = sum(max(n - g, 0.0) for n, g in zip(need, given, strict=True))
        spare = sum(max(g - n, 0.0) for n, g in zip(need, given, strict=True))
        if short == 0 or short > spare:
            return given
        return [n if n >= g else g - (g - n) * short / spare
                for n, g in zip(need, given, strict=True)]

    def verdict(self, word: str) -> tuple[Any, Any]:
        return VERDICT_COLOURS.get(word, (INK, STRIPE))

    # -- the assessment ----------------------------------------------------------------
    def findings(self) -> list[Finding]:
        h, tr = self.h, self.t
        out: list[Finding] = []
        run = h.last_upgrade
        failed_runs = [r for r in h.upgrades if r.outcome != "upgraded"]
        if run is not None:
            text = tr("Upgraded from revision {a} to {b} on {when} in {secs}; {checks}.",
                     a=run.from_revision, b=run.to_revision, when=_when(run.started_at),
                     secs=format_ms((run.seconds or 0) * 1000), checks=self.checks_text(run))
            if failed_runs:
                text += " " + plural(len(failed_runs),
                                     tr("1 earlier run failed and was rolled back."),
                                     tr("{n} earlier runs failed and were rolled back.",
                                        n=len(failed_runs)))
            out.append(Finding(tr("Upgrade"), text, "ok" if run.checks_passed else "failed"))
        elif failed_runs:
            out.append(Finding(tr("Upgrade"), plural(
                len(failed_runs), tr("1 upgrade run failed; the book was rolled back."),
                tr("{n} upgrade runs failed; the book was rolled back each time.",
                   n=len(failed_runs))), "failed"))
        else:
            out.append(Finding(tr("Upgrade"), tr("This book was not upgraded by Cuentas 2 (it "
                                               "was created at the current revision)."),
                               "info"))
        b = h.backups
        if b is None or b.verified is None:
            out.append(Finding(tr("Backups"), tr("No verified backup of this book was found."),
                               "failed"))
        else:
            age = b.age_days(h.generated) or 0.0
            made = i18n.ago(parse_iso(b.verified), h.generated)
            out.append(Finding(tr("Backups"), plural(
                b.count, tr("1 backup, verified, made {when} ({ago}).", when=_when(b.verified),
                            ago=made),
                tr("{n} backups; the newest verified one was made {when} ({ago}).",
                   n=self.n(b.count), when=_when(b.verified), ago=made)),
                "ok" if age <= h.settings.backup_days else "attention"))
        if h.restores:
            out.append(Finding(tr("Restores"), plural(
                len(h.restores), tr("1 restore on this computer, verified (checksum, "
                                    "integrity, totals) before and after."),
                tr("{n} restores on this computer, each verified (checksum, integrity, "
                   "totals) before and after.", n=self.n(len(h.restores)))), "ok"))
        else:
            out.append(Finding(tr("Restores"), tr("No backup was restored on this computer."),
                               "info"))
        if h.check is None:
            out.append(Finding(tr("Integrity"), tr("No check of this book was recorded on this "
                                                 "computer yet (cuentas verify)."),
                               "attention"))
        else:
            ok = h.check.outcome == "ok"
            out.append(Finding(tr("Integrity"), tr("Last check {when}: {result}.",
                                                 when=_local(h.check.at),
                                                 result=tr("every invariant holds") if ok
                                                 else h.check.detail), "ok" if ok else "failed"))
        judged = [s for s in h.last_week if s.judged and s.threshold_ms is not None]
        slow = [s for s in judged if s.over]
        if not h.last_week:
            out.append(Finding(tr("Performance"), tr("No operation was measured in the last "
                                                   "7 days."), "info"))
        else:
            text = plural(len(judged),
                          tr("{ok} of 1 operation with enough runs is within its threshold "
                             "(95th percentile, last 7 days).", ok=len(judged) - len(slow)),
                          tr("{ok} of {n} operations with enough runs are within their "
                             "thresholds (95th percentile, last 7 days).",
                             ok=len(judged) - len(slow), n=len(judged)))
            if slow:
                text += " " + tr("Slow: {names}.", names=", ".join(s.title for s in slow))
            out.append(Finding(tr("Performance"), text, "attention" if slow else "ok"))
        since = self.since or h.generated - 7 * 86400
        errors = sum(count_by_kind(since).values())
        rate = h.errors.failure_percent
        out.append(Finding(tr("Errors"), plural(
            errors, tr("1 unexpected error since {since}; {rate}% of last week's operations "
                       "failed.", since=self.since_text(), rate=rate),
            tr("{n} unexpected errors since {since}; {rate}% of last week's operations "
               "failed.", n=self.n(errors), since=self.since_text(), rate=rate)),
            "ok" if not errors and rate <= h.settings.error_rate_pct else "attention"))
        a = h.adoption
        if a is not None:
            last = next((m for m in reversed(a.months) if m.transactions), None)
            text = tr("{pct}% of transactions were split over the last 12 months "
                     "({n} of {total}).", pct=a.percent, n=self.n(a.split),
                     total=self.n(a.transactions))
            if last is not None:
                text += " " + tr("{month}: {pct}%.", month=last.month, pct=last.percent)
            if a.editor.completion_percent is not None:
                text += " " + tr("The split editor was saved {pct}% of the times it was "
                                "closed.", pct=a.editor.completion_percent)
            out.append(Finding(tr("Adoption"), text, "info"))
        out.append(Finding(tr("Feedback"), plural(
            len(h.feedback), tr("1 note received."),
            tr("{n} notes received.", n=self.n(len(h.feedback))))
            if h.feedback else tr("No feedback note yet."), "info"))
        return out

    def editor_text(self, editor: Any) -> str:
        tr = self.t
        values = {"o": self.n(editor.opened), "s": self.n(editor.saved),
                  "c": self.n(editor.cancelled),
                  "rate": "" if editor.completion_percent is None else
                  tr(" (completion {pct}%)", pct=editor.completion_percent)}
        return plural(editor.opened,
                      tr("The split editor was opened once, saved {s} and cancelled {c}"
                         "{rate}.", **values),
                      tr("The split editor was opened {o} times, saved {s} and cancelled {c}"
                         "{rate}.", **values))

    def since_text(self) -> str:
        tr = self.t
        return _local(self.since) if self.since is not None else tr("the last 7 days")

    def checks_text(self, run: UpgradeRunView) -> str:
        tr = self.t
        if run.transactions_before is None:
            return tr("no before/after checks recorded")
        before, after = run.transactions_before, run.transactions_after or 0
        parts = [plural(before, tr("1 transaction before, {b} after", b=self.n(after)),
                        tr("{a} transactions before, {b} after", a=self.n(before),
                           b=self.n(after)))]
        n = run.accounts
        parts.append(plural(n, tr("1 account balance equal"),
                            tr("{n} account balances equal", n=self.n(n)))
                     if run.accounts_equal else
                     plural(n, tr("1 account balance DIFFERENT"),
                            tr("{n} account balances DIFFERENT", n=self.n(n))))
        n = run.categories
        parts.append(plural(n, tr("1 category total equal"),
                            tr("{n} category totals equal", n=self.n(n)))
                     if run.categories_equal else
                     plural(n, tr("1 category total DIFFERENT"),
                            tr("{n} category totals DIFFERENT", n=self.n(n))))
        return "; ".join(parts)

    # -- sections ----------------------------------------------------------------------
    def story(self) -> list[Any]:
        h, tr = self.h, self.t
        f = fonts()
        title = ParagraphStyle("rtitle", parent=self.st["title"], fontSize=21, leading=25,
                               spaceAfter=2)
        sub = ParagraphStyle("rsub", parent=self.body, fontName=f.bold, fontSize=12,
                             leading=16, textColor=ACCENT, spaceAfter=4)
        meta = [tr("Generated {when}", when=_local(h.generated)),
                tr("Cuentas {version}", version=__version__)]
        if h.book is not None:
            transactions = h.book.counts.get("transactions", 0)
            meta += [tr("revision {rev}", rev=h.book.revision or "?"),
                     f"{h.book.backend}, {_size(h.book.size_bytes)}",
                     plural(transactions, tr("1 transaction"),
                            tr("{n} transactions", n=self.n(transactions)))]
        story: list[Any] = [
            Paragraph(escape(tr("Post-deployment report")), title),
            Paragraph(escape(tr("Split transactions — {book}", book=self.book_name)), sub),
            self.p(" · ".join(meta), self.muted),
            Spacer(1, 0.35 * cm),
            self.p(tr("This report shows how the split-transactions release went on this "
                     "book: the upgrade and its checks, backups and restores, speed "
                     "against the thresholds set in Settings ▸ Monitoring, errors since "
                     "the upgrade, how splits are being used, and the feedback received. "
                     "It was made on this computer; nothing was sent anywhere.")),
        ]
        if h.problem:
            story.append(self.p(tr("The book could not be read for this report ({problem}); "
                                  "only this computer's figures are shown.",
                                  problem=h.problem)))
        story += self.h2(tr("Assessment"))
        findings = self.findings()
        words = {"ok": tr("OK"), "attention": tr("Attention"), "failed": tr("Failed"),
                 "info": tr("Info")}
        story.append(self.table([tr("Area"), tr("Finding"), tr("Verdict")],
                                [(x.area, x.text, words[x.verdict]) for x in findings],
                                (0.15, 0.7, 0.15),
                                colour=lambda i: self.verdict(findings[i].verdict)))
        if h.alerts:
            story.append(Spacer(1, 0.25 * cm))
            story.append(self.p(tr("Alerts now: {alerts}", alerts="; ".join(
                self.tr(a.text).format(**a.values) for a in h.alerts)), self.body))
        story += self.upgrades() + self.backups() + self.performance() + self.errors()
        story += self.adoption() + self.feedback() + self.method()
        return story

    def upgrades(self) -> list[Any]:
        tr = self.t
        out = self.h2(tr("1. Upgrade runs"))
        if not self.h.upgrades:
            return [*out, self.p(tr("No upgrade run is recorded in this book."))]
        rows = []
        for r in self.h.upgrades:
            secs = r.seconds
            rows.append((_when(r.started_at), f"{r.from_revision} → {r.to_revision}",
                         _word(OUTCOMES, r.outcome),
                         format_ms(secs * 1000) if secs is not None else "",
                         self.checks_text(r), Path(r.backup_path).name if r.backup_path
                         else tr("no backup")))
        out.append(self.table([tr("Started"), tr("Revisions"), tr("Outcome"), tr("Took"),
                               tr("Before/after checks"), tr("Backup taken before")], rows,
                              (0.15, 0.13, 0.11, 0.08, 0.29, 0.24),
                              colour=lambda i: self.verdict(
                                  "ok" if self.h.upgrades[i].checks_passed else "failed")))
        out.append(Spacer(1, 0.15 * cm))
        out.append(self.p(tr("Each upgrade backs the book up first and proves the copy; the "
                            "checks compare the number of transactions, every account's "
                            "balance and every category's total before and after, inside "
                            "the upgrade's transaction. Any difference rolls everything "
                            "back."), self.muted))
        return out

    def backups(self) -> list[Any]:
        tr, h = self.t, self.h
        out = self.h2(tr("2. Backups, restores and integrity"))
        b = h.backups
        if b is None or not b.recent:
            out.append(self.p(tr("No backup of this book was found.")))
        else:
            out.append(self.table(
                [tr("Made"), tr("Reason"), tr("Verified"), tr("Size"), tr("File")],
                [(_when(c), reason_title(r), tr("yes") if v else tr("NO"), _size(s), name)
                 for c, r, v, s, name in b.recent],
                (0.2, 0.13, 0.1, 0.12, 0.45), numeric=(3,)))
        out.append(Spacer(1, 0.25 * cm))
        if h.restores:
            out.append(self.table([tr("Restored"), tr("Backup and verification")],
                                  [(_local(r.at), r.detail) for r in h.restores],
                                  (0.2, 0.8)))
        else:
            out.append(self.p(tr("No backup was restored on this computer.")))
        out.append(Spacer(1, 0.25 * cm))
        if h.check is not None:
            out.append(self.p(tr("Last integrity check: {when}, {result}.",
                                when=_local(h.check.at),
                                result=tr("every invariant holds") if h.check.outcome == "ok"
                                else h.check.detail)))
        return out

    def performance(self) -> list[Any]:
        tr, h = self.t, self.h
        out = self.h2(tr("3. Performance against the targets (last 7 days)"))
        if not h.last_week:
            return [*out, self.p(tr("Nothing was measured in the last 7 days."))]
        rows = []
        for s in h.last_week:
            status = (tr("too few runs") if not s.judged else
                      tr("over") if s.over else tr("within"))
            rows.append((s.title, self.n(s.count), format_ms(s.median_ms),
                         format_ms(s.p95_ms), format_ms(s.max_ms),
                         format_ms(float(s.threshold_ms)) if s.threshold_ms else "",
                         self.n(s.failed), status))
        week = h.last_week
        out.append(self.table([tr("Operation"), tr("Runs"), tr("Median"), tr("95%"), tr("Max"),
                               tr("Threshold"), tr("Failed"), tr("Status")], rows,
                              (0.25, 0.08, 0.1, 0.1, 0.1, 0.12, 0.09, 0.16),
                              numeric=(1, 2, 3, 4, 5, 6),
                              colour=lambda i: self.verdict(
                                  "attention" if week[i].over else
                                  "ok" if week[i].judged else "info")))
        out.append(Spacer(1, 0.15 * cm))
        out.append(self.p(tr("Times are measured around each operation in the running "
                            "program on this computer. An operation is within its target "
                            "when 95% of its runs took no longer than the threshold; with "
                            "fewer than 5 runs it is not judged."), self.muted))
        return out

    def errors(self) -> list[Any]:
        tr = self.t
        out = self.h2(tr("4. Errors since {since}", since=self.since_text()))
        since = self.since or self.h.generated - 7 * 86400
        kinds = count_by_kind(since)
        if not kinds:
            return [*out, self.p(tr("No unexpected error was recorded."))]
        out.append(self.table([tr("Kind"), tr("Count")],
                              [(k, self.n(n)) for k, n in kinds.items()], (0.7, 0.3),
                              numeric=(1,)))
        out.append(Spacer(1, 0.25 * cm))
        out.append(self.table([tr("When"), tr("Kind"), tr("Where"), tr("Source")],
                              [(e.when, e.kind, e.place, _word(SOURCES, e.source))
                               for e in recent_errors(since, limit=15)],
                              (0.2, 0.18, 0.47, 0.15)))
        return out

    def adoption(self) -> list[Any]:
        tr, a = self.t, self.h.adoption
        out = self.h2(tr("5. Adoption"))
        if a is None:
            return [*out, self.p(tr("The book could not be read for these figures."))]
        chart = self.share_chart()
        if chart is not None:
            out.append(chart)
        out.append(self.table(
            [tr("Month"), tr("Transactions"), tr("Split"), tr("Share")],
            [(m.month, self.n(m.transactions), self.n(m.split), f"{m.percent} %")
             for m in a.months], (0.31, 0.23, 0.23, 0.23), numeric=(1, 2, 3)))
        blocks: list[Any] = []
        if a.configurations:
            blocks.append(KeepTogether([
                Paragraph(escape(tr("Most common split configurations")), self.st["h3"]),
                self.table([tr("Lines go to"), tr("Transactions")],
                           [(" + ".join(c.targets), self.n(c.transactions))
                            for c in a.configurations], (0.8, 0.2), numeric=(1,))]))
        uses = [(u.title, self.n(u.uses)) for u in a.templates]
        blocks.append(KeepTogether([
            Paragraph(escape(tr("Templates and the split editor")), self.st["h3"]),
            self.table([tr("Template"), tr("Applied")], uses, (0.8, 0.2), numeric=(1,))
            if uses else self.p(tr("No template was applied in the split editor on this "
                                  "computer.")),
            Spacer(1, 0.2 * cm),
            self.p(self.editor_text(a.editor))]))
        if a.active_users:
            blocks.append(KeepTogether([
                Paragraph(escape(tr("Users active per month")), self.st["h3"]),
                self.table([tr("Month"), tr("Users"), tr("Who")],
                           [(u.month, self.n(len(u.users)), ", ".join(u.users))
                            for u in a.active_users], (0.2, 0.15, 0.65), numeric=(1,))]))
        return out + blocks

    def share_chart(self) -> Drawing | None:
        a, tr = self.h.adoption, self.t
        if a is None or not a.months:
            return None
        height = 5.2 * cm
        drawing = Drawing(frame_width(), height + 0.8 * cm)
        drawing.add(String(0, height + 0.3 * cm, tr("Share of transactions split, per "
                                                    "month (%)"),
                           fontName=fonts().bold, fontSize=9.5, fillColor=INK))
        chart = VerticalBarChart()
        chart.x, chart.y = 1.2 * cm, 1.0 * cm
        chart.width, chart.height = frame_width() - 1.6 * cm, height - 1.3 * cm
        # chart geometry only: shares are percentages of counts, not money
        chart.data = [[float(m.percent) for m in a.months]]
        chart.categoryAxis.categoryNames = [m.month for m in a.months]
        chart.categoryAxis.labels.fontName = fonts().sans
        chart.categoryAxis.labels.fontSize = 7
        chart.valueAxis.labels.fontName = fonts().sans
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(10.0, *(float(m.percent) for m in a.months)) * 1.15
        chart.bars[0].fillColor = colors.HexColor("#2F6DB5")
        chart.bars[0].strokeColor = None
        chart.barSpacing = 2
        drawing.add(chart)
        return drawing

    def feedback(self) -> list[Any]:
        tr = self.t
        out = self.h2(tr("6. Feedback received"))
        if not self.h.feedback:
            return [*out, self.p(tr("No feedback note was written on this computer "
                                   "(Help ▸ Send feedback…)."))]
        out.append(self.table([tr("When"), tr("Note"), tr("Picture")],
                              [(_local(n.at), n.text, tr("yes") if n.has_screenshot else "")
                               for n in self.h.feedback], (0.2, 0.68, 0.12)))
        return out

    def method(self) -> list[Any]:
        tr = self.t
        return [*self.h2(tr("How these figures were gathered")), self.p(tr(
            "Timings, counted errors, check results and feedback are kept on this computer "
            "in the monitoring database of the user data folder, for 90 days (feedback "
            "until deleted). Upgrade runs are recorded inside the book. Adoption is counted "
            "from the book's transactions and audit log; the split editor and template "
            "counts come from this computer. No amount, payee or memo is kept by the "
            "monitoring; feedback notes hold what their authors wrote."), self.muted)]


def _canvas(footer: str, title: str) -> type[Canvas]:
    class ReportCanvas(Canvas):  # type: ignore[misc]
        """Header and footer rules like the handouts; "Page n of m" once known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            f = fonts()
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                top = page()[1] - MARGIN_TOP + 0.9 * cm
                self.setFont(f.bold, 7.8)
                self.setFillColor(ACCENT)
                self.drawString(MARGIN_X, top, "CUENTAS")
                self.setFont(f.sans, 7.8)
                self.setFillColor(MUTED)
                self.drawString(MARGIN_X + 1.55 * cm, top, title)
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(MARGIN_X, top - 0.25 * cm, page()[0] - MARGIN_X, top - 0.25 * cm)
                self.line(MARGIN_X, MARGIN_BOTTOM - 0.6 * cm, page()[0] - MARGIN_X,
                          MARGIN_BOTTOM - 0.6 * cm)
                self.drawString(MARGIN_X, MARGIN_BOTTOM - 0.95 * cm, footer)
                self.drawRightString(page()[0] - MARGIN_X, MARGIN_BOTTOM - 0.95 * cm,
                                     f"{self._pageNumber} / {total}")
                self.restoreState()
                super().showPage()
            super().save()

    return ReportCanvas


def render_report(health: Health, *, book_name: str, locale: str = "es_MX",
                  tr: Translate = i18n.tr) -> bytes:
    """The report as PDF bytes."""
    report = Report(health, book_name=book_name, locale=locale, tr=tr)
    buffer = io.BytesIO()
    title = tr("Post-deployment report")
    generated = time.strftime("%Y-%m-%d", time.localtime(health.generated))
    footer = f"{book_name} · {title} · {generated}"
    with on_paper(locale):  # the book's paper, as its reports and the handouts
        doc = SimpleDocTemplate(buffer, pagesize=page(), leftMargin=MARGIN_X,
                                rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                                bottomMargin=MARGIN_BOTTOM, title=f"{title} — {book_name}",
                                author="Cuentas", subject=tr("Split transactions"),
                                creator=f"Cuentas {__version__}")
        doc.build(report.story(), canvasmaker=_canvas(footer, title))
    return buffer.getvalue()


def write_report(health: Health, out: str | Path, *, book_name: str, locale: str = "es_MX",
                 tr: Translate = i18n.tr, force: bool = False, book: str | None = None,
                 field: str = "--report") -> Path:
    """Write the report at `out` (checked first: never over a book or a folder; an
    existing file only with `force`), atomically. BadInput names `field`."""
    from app.store.outfiles import check_target, write_file

    check_target(out, field=field, force=force, book=book)
    data = render_report(health, book_name=book_name, locale=locale, tr=tr)
    return write_file(out, data, field=field, force=force, book=book)
