"""`report`: categories, IVA, commissions, monthly, payees and account balances.

This path is kept light: it imports neither Qt nor Alembic (a test checks), and
reportlab only for `--format pdf`, so a cold `cuentas report` costs little more than
the SQL it runs.

CSV and JSON are the machine contracts (DESIGN.md section 8): amounts with the
currency's decimals and `.`, no grouping, no total rows. `--format table` is for
people (locale formatting, totals); `--format pdf` needs `--out`.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    EXIT_BAD_INPUT,
    CliExit,
    location,
    not_empty,
    open_current,
    print_csv,
    print_json,
    print_table,
    run,
)
from app.i18n import tr

if TYPE_CHECKING:
    from app.reports import Period
    from app.store.book import Book

REPORTS = ("accounts", "categories", "iva", "commissions", "monthly", "payees")
FORMATS = ("table", "csv", "json", "pdf")


def register(sub: Any) -> None:
    p = sub.add_parser("report", help=tr("reports over split lines"))
    p.add_argument("report", choices=REPORTS)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--account")
    p.add_argument("--by", choices=["month", "quarter"], default="month",
                   help=tr("periods of the iva and monthly reports (default: month)"))
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--out", metavar="FILE", help=tr("write to FILE instead of the screen "
                   "(required for pdf); never a book or a folder"))
    p.add_argument("--force", action="store_true",
                   help=tr("replace FILE when it exists (never a book)"))
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports import Period

    not_empty(args, ("--from", "date_from"), ("--to", "date_to"), ("--account", "account"))
    period = run(lambda: Period.checked(args.date_from, args.date_to))
    if args.format == "pdf" and not args.out:
        raise CliExit(EXIT_BAD_INPUT, tr("error: --out: is required with --format pdf "
                      "(the PDF file to write)"))
    out = None
    if args.out is not None:
        from app.store.outfiles import check_target

        run(lambda: check_target(args.out, force=args.force, book=location(args)))
        out = Path(args.out).expanduser()
    with open_current(args) as book:
        account_id = None
        if args.account:
            from app.ledger.accounts import find_account

            account_id = find_account(book, args.account).id
        if args.format == "pdf":
            assert out is not None
            _pdf(book, args.report, period, account_id, args.by, out, args.force)
            print(tr("Wrote {file}").format(file=out))
            return 0
        with _output(out, args.force, book.location):
            if args.format == "table":
                _table(book, args.report, period, account_id, args.by)
            elif args.format == "csv":
                from app.monitor.metrics import timed
                from app.reports.export import csv_rows

                with timed(f"report.{args.report}"):
                    rows = csv_rows(book, args.report, period, account_id, args.by)
                print_csv(*rows)
            else:
                from app.monitor.metrics import timed
                from app.reports.export import json_rows

                with timed(f"report.{args.report}"):
                    items = json_rows(book, args.report, period, account_id, args.by)
                print_json(items)
    return 0


@contextmanager
def _output(out: Path | None, force: bool, book: str) -> Iterator[None]:
    """Print to the screen, or collect the output and write it to `out` at the end
    (atomically, app/store/outfiles.py)."""
    if out is None:
        yield
        return
    from app.store.outfiles import write_file

    buffer = io.StringIO()
    with redirect_stdout(buffer):
        yield
    write_file(out, buffer.getvalue(), force=force, book=book)
    sys.stderr.write(tr("Wrote {file}").format(file=out) + "\n")


def _pdf(book: Book, report: str, period: Period, account_id: int | None, by: str,
         out: Path, force: bool) -> None:
    from app.reports.pdf import render_pdf
    from app.reports.tables import build_table

    table = build_table(book, report, period, account_id, by)
    render_pdf(table, out, book_name=book.display_name, exp=book.info.exp,
               locale=book.info.locale, force=force, book=book.location)


def _table(book: Book, report: str, period: Period, account_id: int | None, by: str) -> None:
    """Any report for people: the same rows the window and the PDF show."""
    from app.reports.tables import build_table, format_cell

    table = build_table(book, report, period, account_id, by)
    exp, locale = book.info.exp, book.info.locale
    rows = []
    for row in table.rows:
        cells = [format_cell(v, c.kind, exp, locale) for c, v in zip(
            table.columns, row.cells, strict=False)]
        cells[0] = "  " * row.depth + cells[0]
        rows.append(cells)
    print_table([c.title for c in table.columns], rows,
                right=[i for i, c in enumerate(table.columns) if c.kind != "text"])
    for sub in table.extra:
        print()
        print(sub.title)
        print_table([c.title for c in sub.columns],
                    [[format_cell(v, c.kind, exp, locale) for c, v in zip(
                        sub.columns, r.cells, strict=False)] for r in sub.rows],
                    right=[i for i, c in enumerate(sub.columns) if c.kind != "text"])
