"""Screenshots of the health view, for the administrators' monitoring guide
(`ui.docs.screenshots` runs them); the window itself holds no documentation code.

The demo book is real (its adoption figures, counts and backups are what the window
finds), but a fresh demo book has no history: the timings of a few weeks of use, one
upgrade run and one feedback note are filled in, in memory only — nothing is written
to the state database — so the pictures show a window in use and stay the same from
run to run.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app import i18n
from app.store.book import Book
from ui.common.translate import tr
from ui.docs.screenshots import grab

#: op, runs, median, 95th percentile, max (ms): a few weeks of a shop's use.
SAMPLE_TIMINGS = (
    ("split.create", 184, 3.1, 7.4, 21.0), ("split.modify", 41, 3.4, 8.8, 16.2),
    ("transaction.create", 512, 2.2, 4.9, 13.5), ("transaction.modify", 96, 2.4, 5.6, 11.0),
    ("register.open", 233, 6.8, 22.0, 61.0), ("register.page", 870, 4.1, 12.5, 40.3),
    ("search", 58, 38.0, 122.0, 260.0), ("report.categories", 36, 61.0, 180.0, 402.0),
    ("report.iva", 19, 48.0, 150.0, 233.0), ("backup", 23, 640.0, 1150.0, 1480.0),
    ("upgrade", 1, 2350.0, 2350.0, 2350.0),
)


def sample_health(health: Any) -> Any:
    """`health` with the timings, the upgrade run and a feedback note of a book in use."""
    app_words = i18n.tr  # app's titles, in app's catalogue (not a literal for ui's)
    from app.monitor.health import (
        BackupFigures,
        EventRow,
        FeedbackRow,
        OpStats,
        UpgradeRunView,
        alerts,
    )
    from app.monitor.thresholds import group_of, operation_title

    settings = health.settings
    week = tuple(
        OpStats(op, operation_title(op), g.key if (g := group_of(op)) else "", n,
                1 if op == "search" else 0, 0, med, p95, top, settings.threshold_for(op))
        for op, n, med, p95, top in SAMPLE_TIMINGS)
    day = tuple(replace(s, count=max(1, s.count // 20)) for s in week if s.op != "upgrade")
    transactions = health.book.counts["transactions"] if health.book else 0
    run = UpgradeRunView(
        from_revision="0001", to_revision="0006", started_at="2026-03-02T15:04:11.20Z",
        finished_at="2026-03-02T15:04:13.55Z", outcome="upgraded", app_version="2.0.0",
        backup_path="/home/sandy/.local/share/Cuentas/backups/tienda/"
                    "Tienda de Sandy-20260302-150411-pre-upgrade.cuentas",
        message="", transactions_before=transactions - 180, transactions_after=transactions
        - 180, accounts=5, accounts_equal=True, categories=14, categories_equal=True)
    note = FeedbackRow(1, health.generated - 3 * 86400,
                       tr("The card deposit template saves me a lot of typing. Could the IVA "
                          "line fill itself in for Papelería Lumen too?"), True,
                       tr("Split transaction"))
    errors = replace(health.errors, operations=sum(s.count for s in week), failed=1)
    adoption = health.adoption
    if adoption is not None:
        from app.monitor.adoption import ActiveUsers, EditorUse, TemplateUse

        adoption = replace(
            adoption,
            templates=(TemplateUse("purchase-iva", app_words("Purchase with IVA"), 63),
                       TemplateUse("card-deposit", app_words("Card/processor deposit"), 41),
                       TemplateUse("last-split", app_words("The payee's last split"), 12)),
            editor=EditorUse(opened=240, saved=225, cancelled=12),
            active_users=tuple(ActiveUsers(m.month, ("Sandy",) if m.month < "2026-03"
                                           else ("Lupita", "Sandy"))
                               for m in adoption.months))
    made = ("2026-03-31T08:02:40.51Z", "2026-03-30T08:01:12.08Z", "2026-03-27T19:45:03.77Z",
            "2026-03-02T15:04:11.20Z")
    backups = BackupFigures(
        newest=made[0], newest_reason="scheduled", newest_verified=True,
        newest_path="", verified=made[0], count=9,
        recent=tuple((when, reason, True, 1_884_160,
                      f"Tienda de Sandy-{when[:10].replace('-', '')}-{reason}.cuentas")
                     for when, reason in zip(made, ("scheduled", "scheduled", "on-close",
                                                    "pre-upgrade"), strict=True)))
    check = EventRow(health.generated - 3600, "check", "ok", "")
    return replace(health, last_day=day, last_week=week, upgrades=(run,), feedback=(note,),
                   errors=errors, backups=backups, check=check, adoption=adoption,
                   alerts=tuple(alerts(settings, list(week), errors, backups, check, [run],
                                       health.generated)))


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """The health view: overview, performance and adoption."""
    assert isinstance(book, Book)
    import time
    from datetime import date

    from app.monitor.health import gather
    from ui.health.window import HealthWindow

    window = HealthWindow(book, synchronous=True)
    window.resize(1180, 780)
    day = date(2026, 3, 31)  # the demo book's last day (app.cli.help_cmds.SCREENSHOT_DAY)
    moment = time.mktime((day.year, day.month, day.day, 9, 30, 0, 0, 0, -1))
    window.show_health(sample_health(gather(book, now=moment, today=day)))
    window.show()
    QCoreApplication.processEvents()
    shots = []
    for index, name in ((0, "health-overview.png"), (1, "health-performance.png"),
                        (3, "health-adoption.png")):
        window.tabs.setCurrentIndex(index)
        shots.append(grab(window, out_dir / name))
    window.close()
    window.deleteLater()
    return shots
