"""`templates list` and `templates apply`: the editor's templates on the command line.

`apply` prints the lines a template would produce for a bank amount; it writes
nothing. On a book without a category for a line's role the line's category is
empty and its `role` still says what the line is.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import bad, location, print_json, print_table, run
from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("templates", help=tr("split templates: list them, or apply one"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help=tr("built-in and saved templates with their keys"))
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(func=cmd_list)
    app_ = actions.add_parser("apply", help=tr("print the lines a template gives for an amount"))
    app_.add_argument("name")
    app_.add_argument("--amount", required=True, help=tr("the bank amount, signed (-1234.57)"))
    app_.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                      help=tr("a template key, like rate=16 or gross=116.00 (repeatable)"))
    app_.add_argument("--format", choices=["json", "table"], default="json")
    app_.set_defaults(func=cmd_apply)


def _book_or_none(args: argparse.Namespace) -> Any:
    """The book when it can be opened for work; templates also run without one."""
    from app.errors import BookStateError
    from app.store.book import open_book

    try:
        return open_book(location(args))
    except BookStateError:
        return None


def cmd_list(args: argparse.Namespace) -> int:
    from app.ledger.templates import list_templates

    book = _book_or_none(args)
    try:
        infos = run(lambda: list_templates(book))
    finally:
        if book is not None:
            book.close()
    if args.format == "json":
        print_json([{"name": i.name, "title": i.title, "description": i.description,
                     "builtin": i.builtin,
                     "keys": [{"key": p.key, "label": p.label, "default": p.default}
                              for p in i.params]} for i in infos])
    else:
        print_table([tr("name"), tr("keys"), tr("description")],
                    [(i.name, ", ".join(p.key for p in i.params) or "-", i.description)
                     for i in infos])
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from app.ledger.templates import apply_template
    from app.money import format_plain, parse_cli_amount

    params: dict[str, str] = {}
    for item in args.set:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise bad("--set", item, tr("is not KEY=VALUE (like rate=16)"))
        if not value.strip():
            raise bad("--set", item, tr("has an empty value; give one, or leave the key out "
                                        "for its default"))
        params[key.strip()] = value.strip()
    book = _book_or_none(args)
    try:
        exp = book.info.exp if book is not None else 2
        amount = run(lambda: parse_cli_amount(args.amount, exp, "--amount"))
        lines = run(lambda: apply_template(book, args.name, amount, params))
    finally:
        if book is not None:
            book.close()
    if args.format == "json":
        print_json([{"category": line.category, "role": line.role,
                     "amount": format_plain(line.amount, exp)} for line in lines])
    else:
        print_table([tr("category"), tr("role"), tr("amount"), tr("memo")],
                    [(line.category or "-", line.role, format_plain(line.amount, exp), line.memo)
                     for line in lines], right=(2,))
    return 0
