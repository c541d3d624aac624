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
from app.i18n import ago, plural, tr

if TYPE_CHECKING:
    from app.monitor.health import Health


def register(sub: Any) -> None:
    p = sub.add_parser("health", help=tr("timings, errors, backups, upgrade runs and split "
                                         "adoption; the post-deployment report"))
    p.add_argument("--json", action="store_true", help=tr("print the figures as JSON"))
    p.add_argument("--report", metavar="FILE.pdf",
                   help=tr("write the post-deployment report (PDF); never a book or a folder"))
    p.add_argument("--bundle", metavar="FILE.zip",
                   help=tr("write the diagnostics bundle (logs, measurements, settings; no "
                           "book data unless --with-book)"))
    p.add_argument("--with-book", action="store_true",
                   help=tr("put a copy of the book in the bundle"))
    p.add_argument("--with-screenshots", action="store_true",
                   help=tr("put the pictures attached to feedback notes in the bundle"))
    p.add_argument("--force", action="store_true",
                   help=tr("replace the --report or --bundle file"))
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
        print(tr("Wrote {file}").format(file=made))
        if not (args.report or args.json):
            return 0
    health = run(lambda: gather_at(target))
    if args.report:
        from app.monitor.report import write_report

        name = health.book.name if health.book else _name(target)
        written = run(lambda: write_report(health, args.report, book_name=name,
                                           locale=_locale(target), force=args.force,
                                           book=target))
        print(tr("Wrote {file}").format(file=written))
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
    """The figures for people, in the interface's language; labels in one column."""
    from app.monitor.health import format_ms, parse_iso

    labels = {"book": tr("Book:"), "alerts": tr("Alerts:"), "timings": tr("Timings:"),
              "errors": tr("Errors:"), "backups": tr("Backups:"),
              "check": tr("Last check:"), "upgrade": tr("Upgrade:"),
              "adoption": tr("Adoption:"), "editor": tr("Editor:"),
              "feedback": tr("Feedback:")}
    width = max(len(label) for label in labels.values()) + 2

    def line(key: str, text: str) -> None:
        print(f"{labels[key] if key else '':<{width}}{text}")

    if h.book is not None:
        words = {"transactions": (tr("1 transaction"), tr("{n} transactions")),
                 "splits": (tr("1 split line"), tr("{n} split lines")),
                 "accounts": (tr("1 account"), tr("{n} accounts")),
                 "categories": (tr("1 category"), tr("{n} categories")),
                 "templates": (tr("1 template"), tr("{n} templates")),
                 "users": (tr("1 user"), tr("{n} users")),
                 "audit_entries": (tr("1 audit entry"), tr("{n} audit entries"))}
        counts = ", ".join(
            plural(v, *words[k]).format(n=f"{v:,}") if k in words
            else f"{v:,} {k.replace('_', ' ')}" for k, v in h.book.counts.items())
        line("book", tr("{name} ({backend}, revision {revision}, {size} MB)").format(
            name=h.book.name, backend=h.book.backend, revision=h.book.revision,
            size=f"{(h.book.size_bytes or 0) / 1e6:.1f}"))
        line("", counts)
    elif h.problem:
        line("book", tr("not read ({problem})").format(problem=h.problem))
    print()
    if h.alerts:
        print(labels["alerts"])
        levels = {"warning": tr("warning"), "problem": tr("problem")}
        for alert in h.alerts:
            print(f"  [{levels.get(alert.level, alert.level)}] {alert.message}")
    else:
        line("alerts", tr("none at the moment"))
    print()
    if h.last_week:
        print(tr("Timings, last 7 days (successful runs):"))
        print_table([tr("operation"), tr("runs"), tr("median"), "95%", tr("max"),
                     tr("threshold"), tr("failed")],
                    [(s.title, s.count, format_ms(s.median_ms), format_ms(s.p95_ms),
                      format_ms(s.max_ms),
                      format_ms(float(s.threshold_ms)) if s.threshold_ms else "",
                      s.failed) for s in h.last_week], right=(1, 2, 3, 4, 5, 6))
    else:
        line("timings", tr("nothing measured in the last 7 days"))
    print()
    e = h.errors
    line("errors", tr("{day} in the last day, {week} in the last 7 days; {percent}% of last "
                      "week's operations failed").format(
        day=e.last_day, week=e.last_week, percent=e.failure_percent))
    b = h.backups
    if b is not None:
        if b.verified is None:
            line("backups", tr("no verified backup"))
        else:
            #: Translators: after "Backups:"; {n} is how many, {ago} "yesterday", "3 days
            #: ago"…
            line("backups", tr("{n}; newest verified {when} UTC ({ago})").format(
                n=b.count, when=b.verified[:16].replace('T', ' '),
                ago=ago(parse_iso(b.verified), h.generated)))
    if h.check is not None:
        from datetime import datetime

        when = datetime.fromtimestamp(h.check.at).strftime("%Y-%m-%d %H:%M")
        outcome = tr("ok") if h.check.outcome == "ok" else h.check.outcome
        line("check", f"{when} {outcome}" + (f" ({h.check.detail})" if h.check.detail else ""))
    for r in h.upgrades:
        verdict = tr("checks passed") if r.checks_passed else tr("checks FAILED")
        if r.outcome != "upgraded":
            verdict = r.outcome
        line("upgrade", f"{r.started_at[:16].replace('T', ' ')} UTC  {r.from_revision} -> "
                        f"{r.to_revision}  {verdict}")
    a = h.adoption
    if a is not None:
        line("adoption", tr("{percent}% of transactions split since {since} ({n} of {total})")
             .format(percent=a.percent, since=a.since, n=f"{a.split:,}",
                     total=f"{a.transactions:,}"))
        for c in a.configurations[:3]:
            line("", f"{c.transactions:,} × {' + '.join(c.targets)}")
        if a.editor.completion_percent is not None:
            line("editor", tr("opened {opened}, saved {saved}, cancelled {cancelled} "
                              "({percent}% completed)").format(
                opened=a.editor.opened, saved=a.editor.saved, cancelled=a.editor.cancelled,
                percent=a.editor.completion_percent))
    line("feedback", plural(len(h.feedback), tr("1 note"), tr("{n} notes")).format(
        n=len(h.feedback)))
