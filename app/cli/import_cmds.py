"""`import`, `export`, `imports` (the batches, Undo import) and `rules` (split rules).

`cuentas import FILE --account A` prints the preview — how many rows are new,
duplicate and invalid, each invalid row with its line and reason, the split rules
applied, what is skipped, the categories and accounts the book lacks — and then
imports, all or nothing. Without `--yes`, missing categories and accounts are listed
and nothing is imported (exit 1); `--dry-run` never writes. A second import of the same
file adds nothing. `cuentas export --format qif|csv|ledger --out FILE` writes the book
(or `--account`) the way every output file is written: never over a book or a folder,
an existing file only with `--force`, atomically.
"""

from __future__ import annotations

import argparse
import functools
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    EXIT_FAILED,
    bad,
    location,
    open_current,
    print_json,
    print_table,
    run,
    whole_number,
)
from app.i18n import plural, tr

if TYPE_CHECKING:
    from app.imports.preview import Preview
    from app.store.book import Book

SHOWN = 50  # invalid rows listed before "and N more"


def register(sub: Any) -> None:
    p = sub.add_parser("import", help=tr("import a QIF, OFX/QFX or CSV statement (previewed, "
                       "de-duplicated, all or nothing)"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--account", required=True, help=tr("the account the statement is for"))
    p.add_argument("--format", choices=["qif", "ofx", "csv"],
                   help=tr("the file's format (default: read from the file)"))
    p.add_argument("--mapping", metavar="NAME", help=tr("a saved CSV mapping (default: the "
                   "columns are recognised from the header)"))
    p.add_argument("--save-mapping", metavar="NAME", help=tr("save the CSV mapping used, for "
                   "this account, under NAME"))
    p.add_argument("--dry-run", action="store_true", help=tr("show the preview; write nothing"))
    p.add_argument("--yes", action="store_true", help=tr("create the categories and transfer "
                   "accounts the file needs (without it they are listed and nothing is "
                   "imported)"))
    p.add_argument("--split-mismatch", choices=["reject", "take-splits"], default="reject",
                   help=tr("splits that do not add up to the total: reject the row (default) or "
                   "take the splits' sum"))
    p.add_argument("--no-rules", action="store_true", help=tr("do not apply split rules"))
    p.add_argument("--save-templates", action="store_true",
                   help=tr("save the file's memorized transactions (QIF) as split templates"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help=tr("write the book as QIF, CSV or a ledger journal"))
    p.add_argument("--format", required=True, choices=["qif", "csv", "ledger"])
    p.add_argument("--out", required=True, metavar="FILE",
                   help=tr("the file to write; never a book or a folder"))
    p.add_argument("--account", help=tr("only this account (default: the whole book)"))
    p.add_argument("--force", action="store_true", help=tr("replace FILE when it exists"))
    p.set_defaults(func=cmd_export)

    imports = sub.add_parser("imports", help=tr("the imports made into this book; undo one"))
    isub = imports.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = isub.add_parser("list", help=tr("the latest imports"))
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_imports_list)
    p = isub.add_parser("undo", help=tr("remove exactly the transactions of one import"))
    p.add_argument("id", type=whole_number("ID", 1, 2**31 - 1), metavar="ID")
    p.set_defaults(func=cmd_imports_undo)

    rules = sub.add_parser("rules", help=tr("split rules applied to imported movements"))
    rsub = rules.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = rsub.add_parser("list", help=tr("the rules, in the order they are tried"))
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_rules_list)
    p = rsub.add_parser("add", help=tr("add or change a rule"))
    p.add_argument("name")
    p.add_argument("--match", required=True, metavar="TEXT",
                   help=tr("the text the payee or memo contains (or, with --payee, the payee)"))
    p.add_argument("--payee", action="store_true", help=tr("the payee must be TEXT exactly "
                   "(case and spaces aside)"))
    p.add_argument("--template", required=True, help=tr("a split template (`templates list`)"))
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help=tr("a template key, like fee_rate=3.6 (repeatable)"))
    p.add_argument("--account", help=tr("only for movements of this account"))
    p.set_defaults(func=cmd_rules_add)
    p = rsub.add_parser("remove", help=tr("remove a rule"))
    p.add_argument("name")
    p.set_defaults(func=cmd_rules_remove)


# ---------------------------------------------------------------- import


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.imports import preview_file
    from app.imports.commit import commit_import
    from app.imports.preview import ImportOptions
    from app.ledger.accounts import find_account
    from app.money import format_count

    with open_current(args, write=not args.dry_run or bool(args.save_mapping)) as book:
        account = find_account(book, args.account)
        mapping = None
        if args.mapping:
            if args.format not in (None, "csv"):
                raise bad("--mapping", args.mapping, tr("is for CSV files only"))
            from app.imports.mappings import find_mapping

            mapping = find_mapping(book, args.mapping)
        options = ImportOptions(split_mismatch=args.split_mismatch,
                                apply_rules=not args.no_rules)
        preview = preview_file(book, Path(args.file), account.id, format=args.format,
                               mapping=mapping, options=options)
        if args.save_mapping:
            _save_mapping(book, args, mapping, account.id, preview.format)
        print_preview(preview)
        missing = len(preview.missing_categories) + len(preview.missing_accounts)
        if args.dry_run:
            print(tr("Dry run: nothing was written."))
            return 0
        if preview.count("new") == 0:
            print(tr("Nothing to import: every row is a duplicate or invalid."))
            return 0
        if missing and not args.yes:
            print(tr("Nothing imported: {what} do not exist yet. Run again with --yes to "
                     "create them.").format(what=_missing_words(preview)))
            return EXIT_FAILED
        result = commit_import(book, preview, create_missing=args.yes,
                               save_templates=args.save_templates)
        count = functools.partial(format_count, locale=book.info.locale)
        extra = ""
        if result.transfers:
            extra += "; " + transfers_text(result.imported, result.transfers, removed=False,
                                           locale=book.info.locale)
        if result.openings_set:
            extra += "; " + tr("opening balance set")
        if result.now_duplicates:
            extra += "; " + plural(result.now_duplicates,
                                   tr("1 turned out to be a duplicate meanwhile"),
                                   tr("{n} turned out to be duplicates meanwhile")).format(
                n=count(result.now_duplicates))
        text = plural(result.imported,
                      tr("Imported 1 transaction into {account} (import {id}; undo with "
                         "`cuentas imports undo {id}`){extra}."),
                      tr("Imported {n} transactions into {account} (import {id}; undo with "
                         "`cuentas imports undo {id}`){extra}."))
        print(text.format(
            n=count(result.imported), account=account.name, id=result.batch_id, extra=extra))
        if result.templates_saved:
            print(plural(len(result.templates_saved), tr("Saved 1 split template: {names}"),
                         tr("Saved {n} split templates: {names}")).format(
                n=len(result.templates_saved), names=", ".join(result.templates_saved)))
    return 0


def _save_mapping(book: Book, args: argparse.Namespace, mapping: Any, account_id: int,
                  fmt: str) -> None:
    from app.imports.mappings import save_mapping

    if fmt != "csv":
        raise bad("--save-mapping", args.save_mapping, tr("is for CSV files only"))
    if mapping is None:
        from app.imports.csv import guess_mapping
        from app.imports.text import read_file

        text, _enc, _data = read_file(args.file)
        mapping = guess_mapping(text)
    save_mapping(book, args.save_mapping, mapping, account_id)
    print(tr("Saved the mapping {name} for this account.").format(
        name=repr(args.save_mapping)))


def transfers_text(transactions: int, transfers: int, *, removed: bool, locale: str) -> str:
    """What an import or its undo says of the file's transfers: each is one transaction
    of the file, written in both accounts (`app.imports.commit`)."""
    from app.money import format_count

    if transactions == 1:
        return (tr("a transfer, removed from both accounts") if removed
                else tr("a transfer, recorded in both accounts"))
    if removed:
        text = plural(transfers, tr("1 of them a transfer, removed from both accounts"),
                      tr("{n} of them transfers, removed from both accounts"))
    else:
        text = plural(transfers, tr("1 of them a transfer, recorded in both accounts"),
                      tr("{n} of them transfers, recorded in both accounts"))
    return text.format(n=format_count(transfers, locale))


def _missing_words(preview: Preview) -> str:
    parts = []
    if preview.missing_categories:
        n = len(preview.missing_categories)
        parts.append(plural(n, tr("1 category"), tr("{n} categories")).format(n=n))
    if preview.missing_accounts:
        n = len(preview.missing_accounts)
        parts.append(plural(n, tr("1 account"), tr("{n} accounts")).format(n=n))
    return tr(" and ").join(parts)


def print_preview(preview: Preview) -> None:
    """The preview as the command line shows it (stdout)."""
    notes = f"; {'; '.join(preview.notes)}" if preview.notes else ""
    print(tr("File: {file} ({format})").format(file=preview.file_name,
                                               format=preview.format.upper() + notes))
    print(tr("Into: {account}").format(account=preview.account))
    words = {"new": tr("new"), "duplicate": tr("duplicate"), "invalid": tr("invalid")}
    width = max(10, *(len(w) for w in words.values()))
    for status in ("new", "duplicate", "invalid"):
        print(f"  {words[status]:<{width}} {preview.count(status):>8,}")
    invalid = [r for r in preview.rows if r.status == "invalid"]
    if invalid:
        print(tr("Invalid rows (not imported):"))
        for row in invalid[:SHOWN]:
            print(f"  {row.reason}")
        if len(invalid) > SHOWN:
            print("  " + tr("… and {n} more").format(n=f"{len(invalid) - SHOWN:,}"))
    ruled: dict[str, int] = {}
    for row in preview.rows:
        if row.rule and row.status == "new":
            ruled[row.rule] = ruled.get(row.rule, 0) + 1
    if ruled:
        print(tr("Split rules applied: {rules}").format(
            rules=", ".join(f"{name} ({n})" for name, n in ruled.items())))
    warned = sum(1 for r in preview.rows if r.warnings and r.status == "new")
    if warned:
        first = next(r for r in preview.rows if r.warnings and r.status == "new")
        print(plural(warned, tr("A note on 1 row: {note}"),
                     tr("Notes on {n} rows, like: {note}")).format(
            n=f"{warned:,}", note=first.warnings[0]))
    for skipped in preview.skipped:
        records = plural(skipped.count, tr("1 record"), tr("{n} records")).format(
            n=f"{skipped.count:,}")
        print(tr("Skipped: line {line}, {what} ({records}): {why}").format(
            line=skipped.line, what=skipped.what, records=records, why=skipped.reason))
    if preview.memorized:
        print(plural(len(preview.memorized),
                     tr("Memorized transactions: 1 (never booked; --save-templates keeps it "
                        "as a split template)"),
                     tr("Memorized transactions: {n} (never booked; --save-templates keeps "
                        "them as split templates)")).format(n=len(preview.memorized)))
    if preview.missing_categories:
        from app.ledger.categories import kind_word

        print(tr("Categories to create: {names}").format(names=", ".join(
            f"{name} ({kind_word(kind)})" for name, kind in preview.missing_categories)))
    if preview.missing_accounts:
        print(tr("Accounts to create: {names}").format(names=", ".join(
            f"{name} ({kind})" for name, kind in preview.missing_accounts)))  # --kind keys


# ---------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    from app.store.outfiles import check_target

    run(lambda: check_target(args.out, force=args.force, book=location(args)))
    with open_current(args) as book:
        account_id = None
        if args.account:
            from app.ledger.accounts import find_account

            account_id = find_account(book, args.account).id
        from app.exports import export_book

        written = export_book(book, args.format, args.out, account_id=account_id,
                              force=args.force)
        print(tr("Wrote {path}").format(path=written))
    return 0


# ---------------------------------------------------------------- imports


def cmd_imports_list(args: argparse.Namespace) -> int:
    from app.imports.commit import list_batches

    with open_current(args) as book:
        batches = list_batches(book)
        if args.format == "json":
            print_json([{"id": b.id, "account": b.account, "format": b.format,
                         "file": b.file_name, "imported_at": b.imported_at, "user": b.user_name,
                         "transactions": b.transactions, "undone_at": b.undone_at,
                         "changed_since": b.changed} for b in batches])
        else:
            print_table(["id", tr("imported"), tr("file"), tr("account"), tr("transactions"),
                         tr("state")],
                        [(b.id, b.imported_at[:16].replace("T", " "), b.file_name, b.account,
                          f"{b.transactions:,}",
                          tr("undone {date}").format(date=b.undone_at[:10]) if b.undone_at
                          else (plural(b.changed, tr("1 changed since"),
                                       tr("{n} changed since")).format(n=b.changed)
                                if b.changed else ""))
                         for b in batches], right=(0, 4))
    return 0


def cmd_imports_undo(args: argparse.Namespace) -> int:
    from app.imports.commit import undo_import
    from app.money import format_count

    with open_current(args, write=True) as book:
        result = undo_import(book, args.id)
        extra = []
        if result.categories_removed:
            extra.append(tr("categories removed: {names}").format(
                names=", ".join(result.categories_removed)))
        if result.accounts_removed:
            extra.append(tr("accounts removed: {names}").format(
                names=", ".join(result.accounts_removed)))
        if result.opening_restored:
            extra.append(tr("opening balance put back"))
        if result.transfers:
            extra.insert(0, transfers_text(result.removed, result.transfers, removed=True,
                                           locale=book.info.locale))
        print(plural(result.removed, tr("Undid import {id}: 1 transaction removed{extra}."),
                     tr("Undid import {id}: {n} transactions removed{extra}.")).format(
            id=args.id, n=format_count(result.removed, book.info.locale),
            extra=f" ({'; '.join(extra)})" if extra else ""))
    return 0


# ---------------------------------------------------------------- rules


def cmd_rules_list(args: argparse.Namespace) -> int:
    from app.imports.rules import list_rules

    with open_current(args) as book:
        rules = list_rules(book)
        if args.format == "json":
            print_json([{"name": r.name, "match": r.match, "pattern": r.pattern,
                         "template": r.template, "params": r.params, "enabled": r.enabled}
                        for r in rules])
        else:
            print_table([tr("rule"), tr("what it does")],
                        [(r.name, r.describe) for r in rules])
    return 0


def cmd_rules_add(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from app.imports.rules import SplitRule, list_rules, save_rule

    params = {}
    for item in args.set:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise bad("--set", item, tr("is not KEY=VALUE (like fee_rate=3.6)"))
        params[key.strip()] = value.strip()
    with open_current(args, write=True) as book:
        account_id = None
        if args.account:
            from app.ledger.accounts import find_account

            account_id = find_account(book, args.account).id
        rule = SplitRule(name=args.name, pattern=args.match, template=args.template,
                         match="payee" if args.payee else "contains", params=params,
                         account_id=account_id)
        existing = next((r for r in list_rules(book)
                         if r.name.casefold() == " ".join(args.name.split()).casefold()), None)
        if existing is not None:
            rule = replace(rule, id=existing.id, position=existing.position)
        saved = save_rule(book, rule)
        print(tr("Rule {name}: {what}").format(name=saved.name, what=saved.describe))
    return 0


def cmd_rules_remove(args: argparse.Namespace) -> int:
    from app.imports.rules import delete_rule, find_rule

    with open_current(args, write=True) as book:
        rule = find_rule(book, args.name)
        assert rule.id is not None
        delete_rule(book, rule.id)
        print(tr("Removed the rule {name}.").format(name=rule.name))
    return 0
