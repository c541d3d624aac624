"""Every figure of the health view and of `cuentas health --json`, and the alerts.

`gather(book)` reads: this computer's timings (median, 95th percentile and maximum per
operation, over the last day and the last 7 days, each against its threshold), the
errors counted and the share of operations that failed, the open book's size and row
counts, its newest backup and whether it was verified, its last integrity check, its
upgrade runs with their before/after checks, the restores done here, the adoption
figures (`app.monitor.adoption`) and the feedback notes. `alerts` turns them into
what the status bar badge shows: a slow operation, too many failures, an unexpected
error in the last day, a backup older than the set days (or none), a failed check, a
failed upgrade.

Messages are plain English with `{placeholders}` (`Alert.text` / `Alert.values`): the
desktop app translates the text, then fills it in.

Nothing here writes a book; the only write is `metrics.flush()` of this process's
buffered timings, so the figures include them.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from app import __version__
from app.i18n import QT_TR_NOOP, plural, tr
from app.monitor import metrics
from app.monitor.adoption import Adoption
from app.monitor.errors import ErrorRow, count_by_kind, recent_errors
from app.monitor.logs import scrub
from app.monitor.thresholds import (
    JUDGED_OVER,
    MIN_SAMPLES,
    MonitorSettings,
    group_of,
    operation_title,
)
from app.store.book import Book

DAY = 86400.0
WEEK = 7 * DAY


# ---------------------------------------------------------------- performance


@dataclass(frozen=True)
class OpStats:
    """One operation's timings over a window (successful runs), and its failures."""

    op: str
    title: str
    group: str
    count: int
    failed: int
    refused: int
    median_ms: float
    p95_ms: float
    max_ms: float
    threshold_ms: int | None

    @property
    def judged(self) -> bool:
        """Enough timings to say anything (`MIN_SAMPLES`)."""
        return self.count >= MIN_SAMPLES

    @property
    def over(self) -> bool:
        return self.judged and self.threshold_ms is not None and self.p95_ms > self.threshold_ms

    def to_json(self) -> dict[str, Any]:
        return {"op": self.op, "title": self.title, "group": self.group, "count": self.count,
                "failed": self.failed, "refused": self.refused,
                "median_ms": round(self.median_ms, 2), "p95_ms": round(self.p95_ms, 2),
                "max_ms": round(self.max_ms, 2), "threshold_ms": self.threshold_ms,
                "over_threshold": self.over}


def percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of an ascending list (0 for none)."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def performance(since: float, settings: MonitorSettings,
                until: float | None = None) -> list[OpStats]:
    """Per operation measured since `since`, in the order of `thresholds.GROUPS`."""
    metrics.flush()
    try:
        with metrics.opened() as conn:
            rows = conn.execute(
                "SELECT op, ms, outcome FROM timings WHERE at >= ? AND at <= ? "
                "ORDER BY op, ms", (since, until or time.time() + 1)).fetchall()
    except Exception:
        return []
    ok: dict[str, list[float]] = {}
    bad: dict[str, dict[str, int]] = {}
    for op, ms, outcome in rows:
        if outcome == "ok":
            ok.setdefault(op, []).append(float(ms))
        else:
            ok.setdefault(op, [])
            tally = bad.setdefault(op, {})
            tally[outcome] = tally.get(outcome, 0) + 1
    from app.monitor.thresholds import GROUPS

    order = {g.key: i for i, g in enumerate(GROUPS)}
    stats = []
    for op, values in ok.items():
        group = group_of(op)
        stats.append(OpStats(
            op=op, title=operation_title(op), group=group.key if group else "",
            count=len(values), failed=bad.get(op, {}).get("failed", 0),
            refused=bad.get(op, {}).get("refused", 0),
            median_ms=statistics.median(values) if values else 0.0,
            p95_ms=percentile(values, 95), max_ms=values[-1] if values else 0.0,
            threshold_ms=settings.threshold_for(op)))
    return sorted(stats, key=lambda s: (order.get(s.group, len(order)), s.op))


# ---------------------------------------------------------------- errors


@dataclass(frozen=True)
class ErrorFigures:
    last_day: int
    last_week: int
    by_kind: dict[str, int]
    operations: int
    failed: int
    recent: tuple[ErrorRow, ...]

    @property
    def failure_percent(self) -> Decimal:
        """Failed operations out of every measured one, last 7 days."""
        if not self.operations:
            return Decimal("0.0")
        return (Decimal(self.failed) * 100 / Decimal(self.operations)).quantize(
            Decimal("0.1"), ROUND_HALF_UP)

    def to_json(self) -> dict[str, Any]:
        return {"last_day": self.last_day, "last_week": self.last_week,
                "by_kind": self.by_kind, "operations_last_week": self.operations,
                "failed_operations_last_week": self.failed,
                "failure_percent": str(self.failure_percent),
                "recent": [{"at": iso(e.at), "kind": e.kind, "place": e.place,
                            "message": e.message, "source": e.source} for e in self.recent]}


def error_figures(now: float, week: list[OpStats]) -> ErrorFigures:
    recent = recent_errors(now - WEEK, limit=20)
    return ErrorFigures(
        last_day=sum(1 for e in recent if e.at >= now - DAY),
        last_week=sum(count_by_kind(now - WEEK).values()),
        by_kind=count_by_kind(now - WEEK),
        operations=sum(s.count + s.failed + s.refused for s in week),
        failed=sum(s.failed for s in week),
        recent=tuple(recent[:10]))


# ---------------------------------------------------------------- the book


@dataclass(frozen=True)
class BookFigures:
    name: str
    location: str
    backend: str
    state: str
    revision: str | None
    size_bytes: int | None
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "location": self.location, "backend": self.backend,
                "state": self.state, "revision": self.revision, "size_bytes": self.size_bytes,
                "counts": self.counts}


def _size(location: str) -> int | None:
    from app.store import db

    try:
        if db.is_postgres(location):
            from app.backup.snapshot import postgres_size

            return postgres_size(location)
        path = Path(location).expanduser()
        return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal"))
                   if p.exists())
    except Exception:
        return None


def book_figures(book: Book) -> BookFigures:
    from sqlalchemy import func, select

    from app.store.models import (
        Account,
        AuditEntry,
        Category,
        Split,
        SplitTemplate,
        Transaction,
        User,
    )
    from app.store.schema import HEAD

    counts: dict[str, int] = {}
    with book.read() as session:
        for key, model in (("transactions", Transaction), ("splits", Split),
                           ("accounts", Account), ("categories", Category),
                           ("templates", SplitTemplate), ("users", User),
                           ("audit_entries", AuditEntry)):
            counts[key] = int(session.scalar(select(func.count()).select_from(model)) or 0)
    from app.store import db

    return BookFigures(book.display_name, db.display_name(book.location),
                       "PostgreSQL" if book.is_shared else "SQLite", "current", HEAD,
                       _size(book.location), counts)


# ---------------------------------------------------------------- backups and checks


@dataclass(frozen=True)
class BackupFigures:
    newest: str | None  # ISO time (UTC)
    newest_reason: str
    newest_verified: bool
    newest_path: str
    verified: str | None  # ISO time of the newest verified backup
    count: int
    recent: tuple[tuple[str, str, bool, int, str], ...]  # created, reason, verified, size, name

    def age_days(self, now: float) -> float | None:
        if self.verified is None:
            return None
        return (now - parse_iso(self.verified)) / DAY

    def to_json(self, now: float) -> dict[str, Any]:
        age = self.age_days(now)
        return {"newest": self.newest, "newest_reason": self.newest_reason,
                "newest_verified": self.newest_verified, "newest_path": self.newest_path,
                "newest_verified_at": self.verified,
                "verified_age_days": None if age is None else round(age, 1),
                "count": self.count,
                "recent": [{"created": c, "reason": r, "verified": v, "size": s, "file": n}
                           for c, r, v, s, n in self.recent]}


def backup_figures(location: str) -> BackupFigures:
    from app.backup.catalog import known_backups

    try:
        found = known_backups(location)
    except Exception:
        found = []
    newest = found[0] if found else None
    verified = next((b for b in found if b.verified), None)
    return BackupFigures(
        newest=newest.created if newest else None,
        newest_reason=newest.reason if newest else "",
        newest_verified=bool(newest and newest.verified),
        newest_path=str(newest.path) if newest else "",
        verified=verified.created if verified else None,
        count=len(found),
        recent=tuple((b.created, b.reason, b.verified, b.size, b.path.name) for b in found[:8]))


@dataclass(frozen=True)
class EventRow:
    at: float
    kind: str
    outcome: str
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"at": iso(self.at), "kind": self.kind, "outcome": self.outcome,
                "detail": self.detail}


def events(location: str, kind: str, limit: int = 20) -> list[EventRow]:
    """This computer's notes of `kind` about the book, newest first."""
    try:
        with metrics.opened() as conn:
            rows = conn.execute(
                "SELECT at, kind, outcome, detail FROM events WHERE kind = ? AND book = ? "
                "ORDER BY at DESC, id DESC LIMIT ?",
                (kind, metrics.book_key(location), limit)).fetchall()
    except Exception:
        return []
    return [EventRow(*r) for r in rows]


# ---------------------------------------------------------------- upgrade runs


@dataclass(frozen=True)
class UpgradeRunView:
    """One upgrade run of the book and its before/after checks (counts, no amounts)."""

    from_revision: str
    to_revision: str
    started_at: str
    finished_at: str
    outcome: str
    app_version: str
    backup_path: str
    message: str
    transactions_before: int | None
    transactions_after: int | None
    accounts: int
    accounts_equal: bool | None
    categories: int
    categories_equal: bool | None

    @property
    def seconds(self) -> float | None:
        try:
            return parse_iso(self.finished_at) - parse_iso(self.started_at)
        except ValueError:
            return None

    @property
    def checks_passed(self) -> bool:
        return (self.outcome == "upgraded" and self.accounts_equal is True
                and self.categories_equal is True
                and self.transactions_before == self.transactions_after)

    def to_json(self) -> dict[str, Any]:
        secs = self.seconds
        return {"from_revision": self.from_revision, "to_revision": self.to_revision,
                "started_at": self.started_at, "finished_at": self.finished_at,
                "seconds": None if secs is None else round(secs, 2), "outcome": self.outcome,
                "app_version": self.app_version, "backup": self.backup_path,
                "message": self.message,
                "checks": {"transactions_before": self.transactions_before,
                           "transactions_after": self.transactions_after,
                           "accounts": self.accounts, "account_balances_equal":
                               self.accounts_equal,
                           "categories": self.categories, "category_totals_equal":
                               self.categories_equal,
                           "passed": self.checks_passed}}


def _fingerprint(raw: str) -> dict[str, Any] | None:
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def run_view(row: Any) -> UpgradeRunView:
    before, after = _fingerprint(row.fingerprint_before), _fingerprint(row.fingerprint_after)

    def same(key: str) -> bool | None:
        if before is None or after is None:
            return None
        return bool(before.get(key) == after.get(key))

    return UpgradeRunView(
        from_revision=row.from_revision, to_revision=row.to_revision,
        started_at=row.started_at, finished_at=row.finished_at, outcome=row.outcome,
        app_version=row.app_version, backup_path=row.backup_path, message=scrub(row.message),
        transactions_before=before.get("transactions") if before else None,
        transactions_after=after.get("transactions") if after else None,
        accounts=len((before or after or {}).get("balances", {})),
        accounts_equal=same("balances"),
        categories=len((before or after or {}).get("categories", {})),
        categories_equal=same("categories"))


def upgrade_runs(book: Book) -> list[UpgradeRunView]:
    from sqlalchemy import select

    from app.store.models import UpgradeRun

    with book.read() as session:
        rows = session.scalars(select(UpgradeRun).order_by(UpgradeRun.started_at,
                                                           UpgradeRun.id)).all()
        return [run_view(r) for r in rows]


# ---------------------------------------------------------------- feedback


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    at: float
    text: str
    has_screenshot: bool
    window: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": iso(self.at), "text": self.text,
                "screenshot": self.has_screenshot, "window": self.window}


def feedback_notes(limit: int = 50) -> list[FeedbackRow]:
    try:
        with metrics.opened() as conn:
            rows = conn.execute(
                "SELECT id, at, text, screenshot IS NOT NULL, window FROM feedback "
                "ORDER BY at DESC, id DESC LIMIT ?", (limit,)).fetchall()
    except Exception:
        return []
    return [FeedbackRow(r[0], r[1], r[2], bool(r[3]), r[4]) for r in rows]


# ---------------------------------------------------------------- alerts


@dataclass(frozen=True)
class Alert:
    """`text` is source English with {placeholders} filled from `values` (`message`
    says it in the interface's language: app's catalogue has every alert)."""

    key: str
    level: str  # warning | problem
    text: str
    values: dict[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return tr(self.text).format(**self.values)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "level": self.level, "message": self.message}


def alerts(settings: MonitorSettings, week: list[OpStats], errors: ErrorFigures,
           backups: BackupFigures | None, check: EventRow | None,
           runs: list[UpgradeRunView], now: float) -> list[Alert]:
    out: list[Alert] = []
    for s in week:
        if s.over:
            out.append(Alert(f"slow:{s.op}", "warning",
                             QT_TR_NOOP("{operation} is slow: 95% of runs within {p95}, "
                                        "the threshold is {threshold}"),
                             {"operation": s.title, "p95": format_ms(s.p95_ms),
                              "threshold": format_ms(float(s.threshold_ms or 0))}))
    if errors.operations and errors.failure_percent > settings.error_rate_pct:
        out.append(Alert("failures", "problem",
                         QT_TR_NOOP("{percent}% of last week's operations failed (more "
                                    "than {limit}%)"),
                         {"percent": str(errors.failure_percent),
                          "limit": str(settings.error_rate_pct)}))
    if errors.last_day:
        out.append(Alert("errors", "problem",
                         plural(errors.last_day,
                                QT_TR_NOOP("1 unexpected error in the last day"),
                                QT_TR_NOOP("{n} unexpected errors in the last day")),
                         {"n": str(errors.last_day)}))
    if backups is not None:
        age = backups.age_days(now)
        if age is None:
            out.append(Alert("backup", "problem",
                             QT_TR_NOOP("This book has no verified backup"), {}))
        elif age > settings.backup_days:
            # `age` is over `backup_days` (at least 1), so more than a day: "days" always;
            # the limit takes its own form ("more than 1 day", "more than 3").
            out.append(Alert("backup", "warning",
                             plural(settings.backup_days,
                                    QT_TR_NOOP("The newest verified backup is {days} days "
                                               "old (more than 1 day)"),
                                    QT_TR_NOOP("The newest verified backup is {days} days "
                                               "old (more than {limit})")),
                             {"days": str(int(age)) if age >= 2 else f"{age:.1f}",
                              "limit": str(settings.backup_days)}))
    if check is not None and check.outcome != "ok":
        out.append(Alert("check", "problem",
                         QT_TR_NOOP("The last check of this book failed: {detail}"),
                         {"detail": check.detail or check.outcome}))
    if runs and runs[-1].outcome != "upgraded":
        out.append(Alert("upgrade", "problem",
                         QT_TR_NOOP("The last upgrade of this book failed ({when})"),
                         {"when": runs[-1].started_at[:16].replace("T", " ")}))
    return out


# ---------------------------------------------------------------- everything


@dataclass(frozen=True)
class Health:
    generated: float
    settings: MonitorSettings
    last_day: tuple[OpStats, ...]
    last_week: tuple[OpStats, ...]
    errors: ErrorFigures
    book: BookFigures | None
    backups: BackupFigures | None
    check: EventRow | None
    restores: tuple[EventRow, ...]
    upgrades: tuple[UpgradeRunView, ...]
    adoption: Adoption | None
    feedback: tuple[FeedbackRow, ...]
    alerts: tuple[Alert, ...]
    problem: str = ""  # why the book's figures are missing

    @property
    def last_upgrade(self) -> UpgradeRunView | None:
        return next((r for r in reversed(self.upgrades) if r.outcome == "upgraded"), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "generated": iso(self.generated),
            "app_version": __version__,
            "thresholds": self.settings.to_json(),
            "alerts": [a.to_json() for a in self.alerts],
            "performance": {"last_day": [s.to_json() for s in self.last_day],
                            "last_week": [s.to_json() for s in self.last_week]},
            "errors": self.errors.to_json(),
            "book": self.book.to_json() if self.book else None,
            "book_problem": self.problem or None,
            "backups": self.backups.to_json(self.generated) if self.backups else None,
            "last_check": self.check.to_json() if self.check else None,
            "restores": [r.to_json() for r in self.restores],
            "upgrade_runs": [r.to_json() for r in self.upgrades],
            "adoption": adoption_json(self.adoption) if self.adoption else None,
            "feedback": [f.to_json() for f in self.feedback],
        }


def adoption_json(a: Adoption) -> dict[str, Any]:
    return {
        "since": a.since,
        "transactions": a.transactions, "split_transactions": a.split,
        "split_percent": str(a.percent),
        "months": [{"month": m.month, "transactions": m.transactions, "split": m.split,
                    "split_percent": str(m.percent)} for m in a.months],
        "configurations": [{"targets": list(c.targets), "transactions": c.transactions}
                           for c in a.configurations],
        "templates": [{"name": t.name, "title": t.title, "uses": t.uses} for t in a.templates],
        "split_editor": {"opened": a.editor.opened, "saved": a.editor.saved,
                         "cancelled": a.editor.cancelled,
                         "completion_percent": None if a.editor.completion_percent is None
                         else str(a.editor.completion_percent)},
        "active_users": [{"month": u.month, "users": list(u.users)} for u in a.active_users],
    }


def gather(book: Book | None, *, location: str | None = None, now: float | None = None,
           with_adoption: bool = True, today: date | None = None,
           problem: str = "") -> Health:
    """The health of this computer and of `book` (None: no book could be opened;
    `location` still finds its backups and checks, `problem` says why)."""
    from app.monitor import thresholds
    from app.monitor.adoption import compute

    moment = now or time.time()
    settings = thresholds.load()
    metrics.flush()
    day = performance(moment - DAY, settings, moment)
    week = performance(moment - JUDGED_OVER, settings, moment)
    errors = error_figures(moment, week)
    where = book.location if book is not None else location
    figures = book_figures(book) if book is not None else None
    backups = backup_figures(where) if where else None
    checks = events(where, "check", 1) if where else []
    restores = events(where, "restore") if where else []
    runs = upgrade_runs(book) if book is not None else []
    adoption = compute(book, today=today) if book is not None and with_adoption else None
    return Health(
        generated=moment, settings=settings, last_day=tuple(day), last_week=tuple(week),
        errors=errors, book=figures, backups=backups, check=checks[0] if checks else None,
        restores=tuple(restores), upgrades=tuple(runs), adoption=adoption,
        feedback=tuple(feedback_notes()),
        alerts=tuple(alerts(settings, week, errors, backups, checks[0] if checks else None,
                            runs, moment)),
        problem=problem)


def gather_at(location: str | None, **kwargs: Any) -> Health:
    """`gather` for a location: the book is opened read-only for the figures when it is
    current; otherwise its state is the `problem` and the machine's figures remain."""
    if not location:
        return gather(None, problem=tr("no book chosen"), **kwargs)
    from app.errors import BookStateError
    from app.store.book import open_book

    try:
        book = open_book(location, pool=False)
    except BookStateError as exc:
        return gather(None, location=location, problem=f"{exc.state}: {exc}", **kwargs)
    try:
        return gather(book, **kwargs)
    finally:
        book.close()


# ---------------------------------------------------------------- formatting


def iso(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> float:
    """Unix time of an ISO time as Cuentas writes them (UTC, `Z`)."""
    when = datetime.fromisoformat(text)
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


def format_ms(ms: float) -> str:
    """Durations as people read them: 0.8 ms, 12 ms, 1.4 s, 3 min 5 s."""
    if ms < 10:
        return f"{ms:.1f} ms"
    if ms < 1000:
        return f"{ms:.0f} ms"
    seconds = ms / 1000
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def record_check(location: str, checks: list[Any]) -> None:
    """Note the result of `app.store.verify` on a book (the launch's background
    checks, `cuentas verify`): the health view shows the last one, and alerts when it
    failed. Only names of checks and counts are kept."""
    failed = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    metrics.event("check", book=location, outcome="failed" if failed else "ok",
                  detail=scrub("; ".join(failed)))


def alerts_for(book: Book, now: float | None = None) -> list[Alert]:
    """Only what the status bar badge needs (no counts of the book, no adoption)."""
    from app.monitor import thresholds

    moment = now or time.time()
    settings = thresholds.load()
    week = performance(moment - JUDGED_OVER, settings, moment)
    checks = events(book.location, "check", 1)
    return alerts(settings, week, error_figures(moment, week), backup_figures(book.location),
                  checks[0] if checks else None, upgrade_runs(book), moment)
