"""`new`, `demo`, `status`, `verify`: creating books and asking how they are."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import (
    EXIT_FAILED,
    bad,
    location,
    print_json,
    print_table,
    run,
    whole_number,
)
from app.i18n import QT_TR_NOOP, plural, tr


def register(sub: Any) -> None:
    p = sub.add_parser("new", help=tr("create a new book"))
    p.add_argument("--currency", required=True, help=tr("ISO code: MXN, EUR, CLP, ..."))
    p.add_argument("--locale", help=tr("number and date format, like es_MX or es_ES"))
    p.add_argument("--tax-preset", default="none",
                   choices=["mx", "es", "ar", "cl", "co", "it", "pt", "none"])
    p.add_argument("--name", default="", help=tr("the book's name (your business)"))
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help=tr("write a demo book (a small Mexican shop)"))
    p.add_argument("--legacy", action="store_true",
                   help=tr("write revision 0001 (single categories), as an older Cuentas did"))
    p.add_argument("--transactions", type=whole_number("--transactions", 0, 20_000_000),
                   default=600, metavar="N")
    p.add_argument("--seed", type=whole_number("--seed", -(2**63), 2**63 - 1), default=2026,
                   metavar="S")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("status", help=tr("revision, state and counts of the book"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("verify", help=tr("check the book's invariants (exit 1 when any fails)"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--full", action="store_true", help=tr("full integrity_check (slower)"))
    p.set_defaults(func=cmd_verify)


def cmd_new(args: argparse.Namespace) -> int:
    from app.store.create import create_book
    from app.store.db import display_name

    target = location(args)
    run(lambda: create_book(target, currency=args.currency, locale=args.locale,
                            tax_preset=args.tax_preset, name=args.name))
    print(tr("Created a new {currency} book at {book}").format(
        currency=args.currency.upper(), book=display_name(target)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from app.store import db
    from app.store.create import check_new_location
    from app.store.demo import write_current, write_legacy

    target = location(args) if getattr(args, "db", None) else None
    if target is None:
        from app import paths

        target = str(paths.demo_book_path())
    run(lambda: check_new_location(target))
    if args.legacy:
        if db.is_postgres(target):
            raise bad("--db", db.display_name(target),
                      tr("legacy demo books are SQLite files only"))
        path = Path(target).expanduser()
        try:
            write_legacy(path, args.transactions, args.seed, end=date.today())
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        print(plural(args.transactions,
                     tr("Wrote a legacy (revision 0001) demo book with 1 transaction at "
                        "{book}"),
                     tr("Wrote a legacy (revision 0001) demo book with {n} transactions at "
                        "{book}")).format(n=args.transactions, book=target))
    else:
        try:
            run(lambda: write_current(target, args.transactions, args.seed, end=date.today()))
        except BaseException:
            if not db.is_postgres(target):
                Path(target).expanduser().unlink(missing_ok=True)
            raise
        print(plural(args.transactions, tr("Wrote a demo book with 1 transaction at {book}"),
                     tr("Wrote a demo book with {n} transactions at {book}")).format(
            n=args.transactions, book=db.display_name(target)))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from app.upgrade.recovery import settle_then_inspect

    state = run(lambda: settle_then_inspect(location(args)))
    if args.json:
        print_json({"state": state.state, "revision": state.revision, "head": state.head,
                    "counts": state.counts, "message": state.message,
                    "read_only": not state.writable})
    else:
        from app.cli.common import print_fields
        from app.store.db import display_name

        fields = [(tr("Book:"), display_name(location(args))),
                  (tr("State:"), f"{state.state} — {state.message}")]
        if not state.writable:
            fields.append(("", tr("read-only here: the book's file or its folder cannot be "
                                  "written by this user (it can be read, not changed)")))
        fields.append((tr("Revision:"), tr("{revision} (this Cuentas: {head})").format(
            revision=state.revision or "-", head=state.head)))
        names = {"transactions": tr("Transactions:"), "splits": tr("Lines:"),
                 "accounts": tr("Accounts:"), "categories": tr("Categories:")}
        fields += [(names.get(key, key + ":"), f"{value:,}")
                   for key, value in state.counts.items()]
        print_fields(fields)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.store.verify import Check, verify_book
    from app.upgrade.recovery import settle_then_inspect

    target = location(args)
    state = run(lambda: settle_then_inspect(target, quick_check=False))
    open_elsewhere = (state.state == "locked" and state.holder is not None
                      and state.holder.purpose == "session")
    if state.state in ("current", "behind") or open_elsewhere:
        # Reading is safe while the desktop app has the book open (WAL readers).
        checks = run(lambda: verify_book(target, full=args.full))
    else:
        checks = [Check(QT_TR_NOOP("book state"), False, f"{state.state}: {state.message}")]
    ok = all(c.ok for c in checks)
    from app.monitor.health import record_check

    record_check(target, checks)  # the health view shows the last check
    if args.json:
        print_json({"ok": ok, "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail}
                                         for c in checks]})
    else:
        print_table([tr("check"), tr("result"), tr("detail")],
                    [(tr(c.name), tr("ok") if c.ok else tr("FAILED"), c.detail) for c in checks])
        print()
        print(tr("All checks passed.") if ok else tr("Some checks FAILED."))
    return 0 if ok else EXIT_FAILED
