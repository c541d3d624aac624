"""`accounts`, `categories`, `add` and `list`: day-to-day entry from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    add_format,
    bad,
    not_empty,
    open_current,
    print_csv,
    print_json,
    print_table,
    printable,
    whole_number,
)
from app.i18n import plural, tr

#: `list --limit` at most this (a bigger number is a typo; the database's integers end
#: at 2^63, and PostgreSQL refuses a bigger LIMIT with its SQL text).
MAX_LIMIT = 1_000_000_000

if TYPE_CHECKING:
    from app.ledger.transactions import LineInput
    from app.store.book import Book


def register(sub: Any) -> None:
    acc = sub.add_parser("accounts", help=tr("add or list accounts"))
    acc_sub = acc.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = acc_sub.add_parser("add", help=tr("add an account"))
    p.add_argument("name")
    p.add_argument("--kind", default="bank", choices=["bank", "cash", "credit_card", "other"])
    p.add_argument("--opening", default="0", metavar="AMOUNT", help=tr("opening balance"))
    p.set_defaults(func=cmd_accounts_add)
    p = acc_sub.add_parser("list", help=tr("accounts with balances"))
    add_format(p, ("table", "csv", "json"))
    p.add_argument("--all", action="store_true", help=tr("include archived accounts"))
    p.set_defaults(func=cmd_accounts_list)

    cat = sub.add_parser("categories", help=tr("add or list categories"))
    cat_sub = cat.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = cat_sub.add_parser("add", help=tr("add a category (missing parents get the same kind)"))
    p.add_argument("name", metavar="FULL:NAME")
    p.add_argument("--kind", required=True, choices=["income", "expense", "tax"])
    p.add_argument("--role", default="none", help=tr("tax role (iva_output, iva_input, ...)"))
    p.set_defaults(func=cmd_categories_add)
    p = cat_sub.add_parser("list", help=tr("the category tree"))
    add_format(p, ("table", "csv", "json"))
    p.set_defaults(func=cmd_categories_list)

    p = sub.add_parser("add", help=tr("enter a transaction (one category or several lines)"))
    p.add_argument("--account", required=True)
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--payee", default="")
    p.add_argument("--amount", required=True, help=tr("signed: -1160.00 is money out"))
    p.add_argument("--memo", default="")
    p.add_argument("--reference", default="")
    p.add_argument("--cleared", action="store_true")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--category", help=tr("the one category (or [Account] for a transfer)"))
    target.add_argument("--split", action="append", metavar="TARGET=AMOUNT[:MEMO]",
                        help=tr("a line: category, [Account] or nothing; repeat for each line"))
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", help=tr("list transactions with their lines"))
    p.add_argument("--account")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--search", metavar="TEXT", help=tr("in payee, memo and line memos"))
    p.add_argument("--category", help=tr("only transactions with lines in this category (or "
                   "below it); csv lists the matching lines, totals add up only those"))
    p.add_argument("--min", dest="amount_min", metavar="AMOUNT",
                   help=tr("at least this amount (of the matching lines with --category)"))
    p.add_argument("--max", dest="amount_max", metavar="AMOUNT",
                   help=tr("at most this amount (of the matching lines with --category)"))
    splits = p.add_mutually_exclusive_group()
    splits.add_argument("--split", dest="has_splits", action="store_const", const=True,
                        help=tr("only transactions with several lines"))
    splits.add_argument("--single", dest="has_splits", action="store_const", const=False,
                        help=tr("only transactions with one line"))
    cleared = p.add_mutually_exclusive_group()
    cleared.add_argument("--cleared", dest="cleared", action="store_const", const=True)
    cleared.add_argument("--uncleared", dest="cleared", action="store_const", const=False)
    p.add_argument("--limit", type=whole_number("--limit", 0, MAX_LIMIT), default=0,
                   help=tr("at most this many (0: all)"))
    add_format(p, ("table", "csv", "json"))
    p.set_defaults(func=cmd_list)


# ---------------------------------------------------------------- accounts


def cmd_accounts_add(args: argparse.Namespace) -> int:
    from app.ledger.accounts import add_account
    from app.money import format_plain, parse_cli_amount

    with open_current(args, write=True) as book:
        opening = parse_cli_amount(args.opening, book.info.exp, "--opening")
        view = add_account(book, args.name, args.kind, opening)
        print(tr("Added account {name} ({kind}), opening balance {amount}").format(
            name=view.name, kind=view.kind,
            amount=format_plain(view.opening_cents, book.info.exp)))
    return 0


def cmd_accounts_list(args: argparse.Namespace) -> int:
    from app.ledger.accounts import list_accounts
    from app.money import format_amount, format_plain

    with open_current(args) as book:
        views = list_accounts(book, include_archived=args.all or args.format != "table")
        exp = book.info.exp
        if args.format == "json":
            print_json([{"account": v.name, "kind": v.kind, "balance": format_plain(
                v.balance_cents, exp), "archived": v.archived} for v in views])
        elif args.format == "csv":
            print_csv(["account", "kind", "balance", "archived"],
                      [(v.name, v.kind, format_plain(v.balance_cents, exp), int(v.archived))
                       for v in views])
        else:
            print_table([tr("account"), tr("kind"), tr("transactions"), tr("balance")],
                        [(tr("{account} (archived)").format(account=v.name) if v.archived
                          else v.name, v.kind,
                          f"{v.transactions:,}", format_amount(v.balance_cents, exp,
                                                              book.info.locale))
                         for v in views], right=(2, 3))
    return 0


# ---------------------------------------------------------------- categories


def cmd_categories_add(args: argparse.Namespace) -> int:
    from app.ledger.categories import add_category

    with open_current(args, write=True) as book:
        view = add_category(book, args.name, args.kind, args.role)
        print(tr("Category {name} ({kind}, role {role})").format(
            name=view.full_name, kind=view.kind, role=view.role))
    return 0


def cmd_categories_list(args: argparse.Namespace) -> int:
    from app.ledger.categories import list_categories

    with open_current(args) as book:
        views = list_categories(book)
        rows = [(v.full_name, v.kind, v.role, v.line_count, int(v.archived)) for v in views]
        if args.format == "json":
            print_json([{"category": v.full_name, "kind": v.kind, "role": v.role,
                         "lines": v.line_count, "archived": v.archived} for v in views])
        elif args.format == "csv":
            print_csv(["category", "kind", "role", "lines", "archived"], rows)
        else:
            print_table([tr("category"), tr("kind"), tr("role"), tr("lines")],
                        [(tr("{category} (archived)").format(category=r[0]) if r[4] else r[0],
                          r[1], r[2], f"{r[3]:,}")
                         for r in rows], right=(3,))
    return 0


# ---------------------------------------------------------------- add


def resolve_target(book: Book, target: str, field: str) -> tuple[int | None, int | None]:
    """A line target as typed: `Parent:Child`, `[Account]`, or '' -> (category, account)."""
    from app.ledger.accounts import find_account
    from app.ledger.categories import find_category

    text = target.strip()
    if not text:
        return None, None
    if text.startswith("[") and text.endswith("]"):
        return None, find_account(book, text[1:-1], field).id
    return find_category(book, text, field).id, None


def parse_split(book: Book, spec: str) -> LineInput:
    from app.ledger.transactions import LineInput
    from app.money import parse_cli_amount

    if "=" not in spec:
        raise bad("--split", spec, tr("is not TARGET=AMOUNT[:MEMO] (like Gastos:Renta=-1000.00)"))
    target, _, rest = spec.partition("=")
    amount_text, _, memo = rest.partition(":")
    amount = parse_cli_amount(amount_text, book.info.exp, "--split")
    if amount == 0:
        raise bad("--split", spec, tr("is a line of 0; leave it out (every line moves money)"))
    category_id, account_id = resolve_target(book, target, "--split")
    return LineInput(amount=amount, category_id=category_id, transfer_account_id=account_id,
                     memo=memo)


def cmd_add(args: argparse.Namespace) -> int:
    from app.ledger.accounts import find_account
    from app.ledger.transactions import LineInput, TransactionInput, save_transaction
    from app.money import format_plain, parse_cli_amount

    if args.category is not None and not args.category.strip():
        raise bad("--category", args.category, tr(
            "is empty; give a category, [Account] for a transfer, or --split =AMOUNT for an "
            "uncategorized line"))
    with open_current(args, write=True) as book:
        account = find_account(book, args.account)
        amount = parse_cli_amount(args.amount, book.info.exp, "--amount")
        if amount == 0:
            raise bad("--amount", args.amount, tr("is zero; a transaction moves money "
                                                  "(signed: -1160.00 is money out)"))
        if args.split:
            lines = tuple(parse_split(book, spec) for spec in args.split)
        else:
            category_id, transfer_id = resolve_target(book, args.category or "", "--category")
            lines = (LineInput(amount=amount, category_id=category_id,
                               transfer_account_id=transfer_id),)
        data = TransactionInput(account_id=account.id, date=args.date, amount=amount,
                                lines=lines, payee=args.payee, memo=args.memo,
                                reference=args.reference, cleared=args.cleared)
        view = save_transaction(book, data)
        lines_text = plural(len(view.lines), tr("in 1 line"), tr("in {n} lines")).format(
            n=len(view.lines))
        print(tr("Added transaction {id}: {date} {payee} {amount} {lines}").format(
            id=view.id, date=view.date, payee=printable(view.payee),
            amount=format_plain(view.amount, book.info.exp), lines=lines_text))
    return 0


# ---------------------------------------------------------------- list


def cmd_list(args: argparse.Namespace) -> int:
    """Transactions matching the filters, oldest first. With --category the csv rows are
    the matching lines only, json adds each transaction's `matched_amount`, and the
    table's total is the sum of the matching lines (never of whole transactions)."""
    from app.ledger.search import Filters, resolve, search_transactions, summarize
    from app.money import format_amount, format_count, format_plain

    not_empty(args, ("--account", "account"), ("--from", "date_from"), ("--to", "date_to"),
              ("--search", "search"), ("--category", "category"), ("--min", "amount_min"),
              ("--max", "amount_max"))
    with open_current(args) as book:
        filters = resolve(book, Filters.from_cli(
            book, account=args.account, date_from=args.date_from, date_to=args.date_to,
            text=args.search, category=args.category, amount_min=args.amount_min,
            amount_max=args.amount_max, has_splits=args.has_splits, cleared=args.cleared))
        views = search_transactions(book, filters, limit=args.limit or None)
        exp = book.info.exp
        wanted = set(filters.category_ids or ())

        def matches(line: Any) -> bool:
            if not wanted:
                return True
            return line.category_id in wanted and (
                filters.amount_min is None or line.amount >= filters.amount_min) and (
                filters.amount_max is None or line.amount <= filters.amount_max)

        def line_obj(line: Any) -> dict[str, str]:
            key = "account" if line.transfer_account_id is not None else "category"
            value = line.transfer_account if key == "account" else line.category
            return {key: value, "amount": format_plain(line.amount, exp), "memo": line.memo}

        if args.format == "json":
            items = []
            for v in views:
                item: dict[str, Any] = {
                    "id": v.id, "account": v.account, "date": v.date, "payee": v.payee,
                    "memo": v.memo, "reference": v.reference,
                    "amount": format_plain(v.amount, exp),
                    "lines": [line_obj(line) for line in v.lines]}
                if wanted:
                    item["matched_amount"] = format_plain(
                        sum(line.amount for line in v.lines if matches(line)), exp)
                items.append(item)
            print_json(items)
        elif args.format == "csv":
            print_csv(
                ["id", "account", "date", "payee", "memo", "reference", "amount", "line",
                 "category", "line_amount", "line_memo"],
                [(v.id, v.account, v.date, v.payee, v.memo, v.reference,
                  format_plain(v.amount, exp), line.position + 1, line.target,
                  format_plain(line.amount, exp), line.memo)
                 for v in views for line in v.lines if matches(line)],
            )
        else:
            locale = book.info.locale
            rows: list[tuple[object, ...]] = []
            for v in views:
                if wanted:
                    mine = [line for line in v.lines if matches(line)]
                    first = (mine[0].target if len(mine) == 1
                             else tr("{n} lines").format(n=len(mine)))
                    shown = sum(line.amount for line in mine)
                    rows.append((v.id, v.date, v.account, v.payee, first,
                                 format_amount(shown, exp, locale),
                                 format_amount(v.amount, exp, locale)))
                else:
                    first = (v.lines[0].target if len(v.lines) == 1
                             else tr("Split ({n})").format(n=len(v.lines)))
                    rows.append((v.id, v.date, v.account, v.payee, first,
                                 format_amount(v.amount, exp, locale)))
            if wanted:
                print_table(["id", tr("date"), tr("account"), tr("payee"), tr("matching"),
                             tr("in category"), tr("amount")], rows, right=(0, 5, 6))
            else:
                print_table(["id", tr("date"), tr("account"), tr("payee"), tr("category"),
                             tr("amount")], rows, right=(0, 5))
            if not args.limit:
                summary = summarize(book, filters)
                if wanted:
                    text = plural(summary.count,
                                  tr("1 transaction; total of matching lines: {total}"),
                                  tr("{count} transactions; total of matching lines: {total}"))
                else:
                    text = plural(summary.count, tr("1 transaction; its total: {total}"),
                                  tr("{count} transactions; total of transactions: {total}"))
                print(text.format(count=format_count(summary.count, locale),
                                  total=format_amount(summary.total, exp, locale)))
    return 0
