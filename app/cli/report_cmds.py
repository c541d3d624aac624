"""`report`: category, account (and later tax and commission) reports.

This path is kept light: it imports neither Qt nor Alembic (a test checks), so a
cold `cuentas report` costs little more than the SQL it runs.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import open_current, print_csv, print_json, print_table, run

REPORTS = ("accounts", "categories")


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="reports over split lines")
    p.add_argument("report", choices=REPORTS)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--account")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports import Period

    period = run(lambda: Period.checked(args.date_from, args.date_to))
    with open_current(args) as book:
        account_id = None
        if args.account:
            from app.accounts import find_account

            account_id = find_account(book, args.account).id
        if args.report == "categories":
            _categories(book, period, account_id, args.format)
        else:
            _accounts(book, account_id, args.format)
    return 0


def _categories(book: Any, period: Any, account_id: int | None, fmt: str) -> None:
    from app.money import format_amount, format_plain
    from app.reports.categories import category_totals

    rows = category_totals(book, period, account_id)
    exp = book.info.exp
    if fmt == "csv":
        print_csv(["category", "kind", "amount"],
                  [(r.category, r.kind, format_plain(r.amount, exp)) for r in rows])
    elif fmt == "json":
        print_json([{"category": r.category, "kind": r.kind, "role": r.role,
                     "amount": format_plain(r.amount, exp), "lines": r.lines} for r in rows])
    else:
        print_table(["category", "kind", "lines", "amount"],
                    [(r.category or "(uncategorized)", r.kind, f"{r.lines:,}",
                      format_amount(r.amount, exp, book.info.locale)) for r in rows],
                    right=(2, 3))


def _accounts(book: Any, account_id: int | None, fmt: str) -> None:
    from app.accounts import list_accounts
    from app.money import format_amount, format_plain

    views = [v for v in list_accounts(book) if account_id is None or v.id == account_id]
    exp = book.info.exp
    if fmt == "csv":
        print_csv(["account", "balance"], [(v.name, format_plain(v.balance_cents, exp))
                                           for v in views])
    elif fmt == "json":
        print_json([{"account": v.name, "kind": v.kind, "balance": format_plain(
            v.balance_cents, exp), "archived": v.archived} for v in views])
    else:
        print_table(["account", "kind", "balance"],
                    [(v.name + (" (archived)" if v.archived else ""), v.kind,
                      format_amount(v.balance_cents, exp, book.info.locale)) for v in views],
                    right=(2,))
