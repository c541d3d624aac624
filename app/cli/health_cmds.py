"""`health`: the monitoring figures of this computer and the book, and the report.

    cuentas health                      alerts, timings, errors, backups, upgrade, adoption
    cuentas health --json               the same figures as the health view, as JSON
    cuentas health --report FILE.pdf    the post-deployment report [--force to replace]
    cuentas health --bundle FILE.zip    the diagnostics bundle for support
                   [--with-book] [--with-screenshots]   (neither by default)

The figures come from `app.monitor.health.gather` (the health view shows the same);
the book is only read. A book that cannot be opened (missing, behind, locked) still
gets this computer's figures, and its state is said (`book_problem` in JSON).
`--report` and `--bundle` follow the output-file rule (DESIGN.md section 8): never over a book, the
open book or a folder; an existing file only with `--force` (exit 2 naming --report).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import location, print_json, print_table, run, translated_errors

if TYPE_CHECKING:
    from app.monitor.health import Health


def register(sub: Any) -> None:
    p = sub.add_parser("health", help="timings, errors, backups, upgrade runs and split "
                       "adoption; the post-deployment report")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--report", metavar="FILE.pdf",
                   help="write the post-deployment report (PDF); never a book or a folder")
    p.add_argument("--bundle", metavar="FILE.zip",
                   help="write the diagnostics bundle (logs, measurements, settings; no book "
                   "data unless --with-book)")
    p.add_argument("--with-book", action="store_true",
                   help="put a copy of the book in the bundle")
    p.add_argument("--with-screenshots", action="store_true",
                   help="put the pictures attached to feedback notes in the bundle")
    p.add_argument("--force", action="store_true", help="replace the --report or --bundle file")
    p.set_defaults(func=cmd_health)


def cmd_health(args: argparse.Namespace) -> int:
    from app.monitor.health import gather_at

    target = location(args)
    from app.store.outfiles import check_target

    for value, field in ((args.report, "--report"), (args.bundle, "--bundle")):
        if value:
            with translated_errors():
                check_target(value, field=field, force=args.force, book=target)
    if args.bundle:
        from app.monitor.bundle import write_bundle

        made = run(lambda: write_bundle(args.bundle, location=target,
                                        include_book=args.with_book,
                                        include_screenshots=args.with_screenshots,
                                        force=args.force))
        print(f"Wrote {made}")
        if not (args.report or args.json):
            return 0
    health = run(lambda: gather_at(target))
    if args.report:
        from app.monitor.report import write_report

        name = health.book.name if health.book else _name(target)
        written = run(lambda: write_report(health, args.report, book_name=name,
                                           locale=_locale(target), force=args.force,
                                           book=target))
        print(f"Wrote {written}")
        if not args.json:
            return 0
    if args.json:
        print_json(health.to_json())
    else:
        _print(health)
    return 0


def _name(target: str) -> str:
    from app.store.db import display_name

    return display_name(target)


def _locale(target: str) -> str:
    try:
        from app.store.book import open_book

        book = open_book(target, pool=False)
    except Exception:
        return "es_MX"
    try:
        return book.info.locale
    finally:
        book.close()


def _print(h: Health) -> None:
    from app.monitor.health import format_ms

    if h.book is not None:
        counts = ", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in h.book.counts.items())
        print(f"Book:        {h.book.name} ({h.book.backend}, revision {h.book.revision}, "
              f"{(h.book.size_bytes or 0) / 1e6:.1f} MB)")
        print(f"             {counts}")
    elif h.problem:
        print(f"Book:        not read ({h.problem})")
    print()
    if h.alerts:
        print("Alerts:")
        for alert in h.alerts:
            print(f"  [{alert.level}] {alert.message}")
    else:
        print("Alerts:      none")
    print()
    if h.last_week:
        print("Timings, last 7 days (successful runs):")
        print_table(["operation", "runs", "median", "95%", "max", "threshold", "failed"],
                    [(s.title, s.count, format_ms(s.median_ms), format_ms(s.p95_ms),
                      format_ms(s.max_ms),
                      format_ms(float(s.threshold_ms)) if s.threshold_ms else "",
                      s.failed) for s in h.last_week], right=(1, 2, 3, 4, 5, 6))
    else:
        print("Timings:     nothing measured in the last 7 days")
    print()
    e = h.errors
    print(f"Errors:      {e.last_day} in the last day, {e.last_week} in the last 7 days; "
          f"{e.failure_percent}% of last week's operations failed")
    b = h.backups
    if b is not None:
        if b.verified is None:
            print("Backups:     no verified backup")
        else:
            print(f"Backups:     {b.count}; newest verified {b.verified[:16].replace('T', ' ')} "
                  f"UTC ({b.age_days(h.generated) or 0:.1f} days ago)")
    if h.check is not None:
        from datetime import datetime

        when = datetime.fromtimestamp(h.check.at).strftime("%Y-%m-%d %H:%M")
        print(f"Last check:  {when} {h.check.outcome}"
              + (f" ({h.check.detail})" if h.check.detail else ""))
    for r in h.upgrades:
        verdict = "checks passed" if r.checks_passed else "checks FAILED"
        if r.outcome != "upgraded":
            verdict = r.outcome
        print(f"Upgrade:     {r.started_at[:16].replace('T', ' ')} UTC  {r.from_revision} -> "
              f"{r.to_revision}  {verdict}")
    a = h.adoption
    if a is not None:
        print(f"Adoption:    {a.percent}% of transactions split since {a.since} "
              f"({a.split:,} of {a.transactions:,})")
        for c in a.configurations[:3]:
            print(f"             {c.transactions:,} × {' + '.join(c.targets)}")
        if a.editor.completion_percent is not None:
            print(f"Editor:      opened {a.editor.opened}, saved {a.editor.saved}, "
                  f"cancelled {a.editor.cancelled} ({a.editor.completion_percent}% completed)")
    print(f"Feedback:    {len(h.feedback)} note(s)")
