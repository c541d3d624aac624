"""`upgrade`, `backup`, `backups`, `restore`: the safe upgrade and the backups, scripted.

The same engine as the upgrade wizard (`app.upgrade`, `app.backup`, `app.backup.restore`);
this module only asks, prints and maps outcomes to exit codes (DESIGN.md section 8):
0 upgraded, already current, backed up or restored; 1 refused (`ahead`, `corrupt`,
`locked`, ...) or failed — the book is as it was and the message names the backup;
2 bad input, one line naming the option. Without `--yes`, `upgrade` and `restore`
ask on a terminal and refuse (exit 2, naming `--yes`) when the input is not one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    CliExit,
    bad,
    location,
    print_fields,
    print_table,
    run,
)
from app.i18n import plural, tr

if TYPE_CHECKING:
    from app.backup import BackupInfo
    from app.upgrade import UpgradeResult


def register(sub: Any) -> None:
    p = sub.add_parser("upgrade", help=tr("upgrade the book to this Cuentas' revision, safely "
                       "(verified backup first, every total checked, rolled back on failure)"))
    p.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))
    p.add_argument("--backup-dir", metavar="DIR",
                   help=tr("where the pre-upgrade backup goes (default: the backups folder)"))
    p.set_defaults(func=cmd_upgrade)

    p = sub.add_parser("backup", help=tr("take a verified backup of the book now"))
    p.add_argument("--dir", metavar="DIR", help=tr("backup folder (default: the backups folder)"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help=tr("list the book's backups; damaged ones are listed "
                                          "as damaged, with the reason"))
    p.add_argument("--dir", metavar="DIR", help=tr("backup folder (default: the backups folder)"))
    p.add_argument("--verify", action="store_true", help=tr(
        "prove every backup completely (checksum, integrity, totals), not only its manifest "
        "and size"))
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help=tr("replace the book with a backup (the current book "
                       "is backed up first)"))
    p.add_argument("file", nargs="?", metavar="FILE", help=tr("the backup file to restore"))
    p.add_argument("--latest", action="store_true", help=tr(
        "the newest backup, when it proves good; when it is damaged, nothing is restored "
        "(see --skip-damaged)"))
    p.add_argument("--reason", metavar="R", help=tr("with --latest: the newest of this reason "
                   "(pre-upgrade, pre-restore, manual, scheduled, on-close)"))
    p.add_argument("--skip-damaged", action="store_true", help=tr(
        "with --latest: when newer backups are damaged, restore the newest good one (each "
        "skipped backup is named, with why)"))
    p.add_argument("--dir", metavar="DIR", help=tr("where to look for --latest "
                   "(default: the backups folder)"))
    p.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))
    p.set_defaults(func=cmd_restore)


# --- shared helpers -----------------------------------------------------------------


@contextmanager
def _failures() -> Iterator[None]:
    """Backup and upgrade failures: exit 1 with the engine's plain-words message."""
    from app.backup import BackupError
    from app.upgrade import UpgradeFailed

    try:
        yield
    except (UpgradeFailed, BackupError) as exc:
        raise CliExit(EXIT_FAILED, " ".join(str(exc).split())) from None


def _confirm(args: argparse.Namespace, question: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise CliExit(EXIT_BAD_INPUT, tr("error: --yes: missing; the input is not a terminal, "
                      "so Cuentas cannot ask for confirmation (nothing was changed)"))
    answer = input(question + " " + tr("[y/N]") + " ").strip().lower()
    if answer not in ("y", "yes", "s", "si", "sí"):
        raise CliExit(EXIT_FAILED, tr("cancelled; nothing was changed"))


class _Steps:
    """Prints each step once as it starts: the command line's progress display."""

    def __init__(self) -> None:
        self.last = ""

    def __call__(self, step: str, detail: str, done: int, total: int) -> None:
        if step == self.last:
            return
        self.last = step
        rows = (" " + plural(total, tr("(1 row)"), tr("({n} rows)")).format(n=f"{total:,}")
                if step.startswith("Upgrading: copying") and total else "")
        applied = step.removeprefix("Upgrading: revision ").removesuffix(" applied")
        words = (tr("Upgrading: revision {revision} applied").format(revision=applied)
                 if applied != step else tr(step))
        print(f"  {words}{rows}", flush=True)


def _folder(field: str, value: str | None) -> Path | None:
    if value is None:
        return None
    from app.backup import check_folder_argument

    return run(lambda: check_folder_argument(field, value))


def _size(n: int) -> str:
    for unit, scale in (("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1000)):
        if n >= scale:
            return f"{n / scale:,.1f} {unit}"
    return f"{n} B"


# --- upgrade ------------------------------------------------------------------------


def cmd_upgrade(args: argparse.Namespace) -> int:
    from app.store import db
    from app.store.schema import HEAD
    from app.upgrade import refusal_message, upgrade_book
    from app.upgrade.recovery import settle_then_inspect

    target = location(args)
    backup_dir = _folder("--backup-dir", args.backup_dir)
    state = run(lambda: settle_then_inspect(target, quick_check=False))
    if state.recovered:
        print(state.recovered)
    if state.state == "current":
        print(tr("The book is already at revision {head}; nothing to do.").format(head=HEAD))
        return 0
    if not state.needs_upgrade:
        raise CliExit(EXIT_FAILED,
                      f"{state.state}: {refusal_message(state.state, state.message)}")
    if not state.writable:
        raise CliExit(EXIT_FAILED,
                      f"read-only: {refusal_message('read-only', state.message)}")
    print_fields([(tr("Book:"), db.display_name(target)),
                  (tr("State:"), f"{state.state} — {state.message}"),
                  (tr("Contents:"), ", ".join(f"{v:,} {k}" for k, v in state.counts.items()))])
    _confirm(args, tr("Upgrade it from revision {old} to {new}? A verified backup is made "
                      "first.").format(old=state.revision, new=HEAD))
    print(tr("Upgrading:"), flush=True)
    with _failures():
        result = run(lambda: upgrade_book(target, backup_dir, progress=_Steps()))
    _print_summary(result)
    return 0


def _amount(cents: int, exp: int) -> str:
    value = Decimal(cents).scaleb(-exp)
    return f"{value:,.{exp}f}"


def _print_summary(result: UpgradeResult) -> None:
    print()
    if result.outcome == "current":
        print(result.message)
        return
    rows = []
    for row in result.rows:
        if row.kind in ("transactions", "transfers"):
            before, after = f"{row.before:,}", f"{row.after:,}"
        else:
            before, after = _amount(row.before, result.exp), _amount(row.after, result.exp)
        what = {"account": tr("Account {name}"), "category": tr("Category {name}")}.get(
            row.kind, "{name}").format(name=row.label)
        rows.append((what, before, after, tr("same") if row.matches else tr("DIFFERENT")))
    print(tr("Before and after ({currency}):").format(currency=result.currency))
    print_table(["", tr("before"), tr("after"), ""], rows, right=(1, 2))
    for note in result.notes:
        print(tr("Note: {note}").format(note=note))
    if result.backup is not None:
        print(tr("Backup (verified): {path}").format(path=result.backup.path))
    print(f"{result.message} ({result.seconds:.1f} s)")


# --- backups ------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from app.backup import backup_book

    target = location(args)
    folder = _folder("--dir", args.dir)
    with _failures():
        info = run(lambda: backup_book(target, "manual", folder))
    print(tr("Backed up to {path}").format(path=info.path))
    revision = info.revision or "-"
    if info.unversioned:
        revision = tr("{revision} (unversioned)").format(revision=revision)
    print("  " + tr("{size}, revision {revision}, verified: checksum, integrity, totals").format(
        size=_size(info.size), revision=revision))
    return 0


def _when(info: BackupInfo) -> str:
    when = info.created_local[:16] or tr("unknown time")
    return f"{when}, {info.reason}"


def _describe(info: BackupInfo, proven: bool) -> tuple[str, ...]:
    state = tr("DAMAGED") if info.damaged else (tr("verified") if proven else tr("ok"))
    return (info.created_local[:16], info.reason, info.revision or "-", _size(info.size),
            state, str(info.path))


def cmd_backups(args: argparse.Namespace) -> int:
    from app.backup import check_backup, default_dir, list_backups

    target = location(args)
    folder = Path(args.dir).expanduser() if args.dir else run(lambda: default_dir(target))
    if args.dir and not folder.is_dir():
        raise bad("--dir", args.dir, tr("is not a folder"))
    found = list_backups(folder)
    if not found:
        print(tr("No backups in {folder}").format(folder=folder))
        return 0
    if args.verify:
        found = [check_backup(b) for b in found]
    print_table([tr("date"), tr("reason"), tr("revision"), tr("size"), tr("state"), tr("file")],
                [_describe(b, args.verify) for b in found], right=(3,))
    damaged = [b for b in found if b.damaged]
    if damaged:
        print()
        print(tr("Damaged (they cannot be restored):"))
        for info in damaged:
            print(f"  {info.path.name}: {info.problem}")
    if not args.verify:
        print()
        print(tr("States come from each manifest and file size; --verify also proves every "
                 "checksum, integrity and totals."))
    return 0


def _skipped_line(info: BackupInfo) -> str:
    return tr("skipped {path} ({when}): {problem}").format(
        path=info.path, when=_when(info), problem=info.problem)


def _choose_latest(args: argparse.Namespace, target: str, folder: Path | None) -> BackupInfo:
    """`--latest`: the newest backup when it proves good. Newer damaged ones are named
    on stderr, one line each; then nothing is restored unless --skip-damaged."""
    from app.backup import choose_latest

    choice = run(lambda: choose_latest(target, args.reason, folder))
    for info in choice.skipped:
        print(f"cuentas: {_skipped_line(info)}", file=sys.stderr)
    # with a reason or without: whole sentences each, as the catalogue holds them
    with_reason = bool(args.reason)
    if choice.chosen is None:
        if choice.skipped:
            one = len(choice.skipped) == 1
            text = ((tr("no good {reason} backup of this book was found: it is damaged (see "
                        "above); nothing was changed") if one else
                     tr("no good {reason} backup of this book was found: all are damaged "
                        "(see above); nothing was changed")) if with_reason else
                    (tr("no good backup of this book was found: it is damaged (see above); "
                        "nothing was changed") if one else
                     tr("no good backup of this book was found: all are damaged (see "
                        "above); nothing was changed")))
            raise CliExit(EXIT_FAILED, text.format(reason=args.reason))
        text = (tr("no verified {reason} backup of this book was found (cuentas backups lists "
                   "them); nothing was changed") if with_reason else
                tr("no verified backup of this book was found (cuentas backups lists them); "
                   "nothing was changed"))
        raise CliExit(EXIT_FAILED, text.format(reason=args.reason))
    chosen, newest = choice.chosen, choice.newest
    names = {"reason": args.reason, "newest": newest.path.name if newest else "",
             "newest_when": _when(newest) if newest else "", "problem":
             newest.problem if newest else "", "chosen": chosen.path,
             "chosen_name": chosen.path.name, "chosen_when": _when(chosen)}
    if newest is not None and newest is not chosen:
        if not args.skip_damaged:
            text = (tr("the newest {reason} backup, {newest} ({newest_when}), is damaged: "
                       "{problem}. The newest good one is {chosen} ({chosen_when}): restore it "
                       "with --latest --skip-damaged, or by naming the file; nothing was "
                       "changed") if with_reason else
                    tr("the newest backup, {newest} ({newest_when}), is damaged: {problem}. "
                       "The newest good one is {chosen} ({chosen_when}): restore it with "
                       "--latest --skip-damaged, or by naming the file; nothing was changed"))
            raise CliExit(EXIT_FAILED, text.format(**names))
        text = (tr("The newest {reason} backup, {newest} ({newest_when}), is damaged; "
                   "restoring the newest good one instead: {chosen_name} ({chosen_when}).")
                if with_reason else
                tr("The newest backup, {newest} ({newest_when}), is damaged; restoring the "
                   "newest good one instead: {chosen_name} ({chosen_when})."))
        print(text.format(**names))
    return chosen


def cmd_restore(args: argparse.Namespace) -> int:
    from app.backup import REASONS, check_backup, read_backup
    from app.backup.restore import restore_backup
    from app.store import db

    target = location(args)
    if bool(args.file) == bool(args.latest):
        raise CliExit(EXIT_BAD_INPUT, tr("error: restore: give either FILE or --latest"))
    if args.reason is not None:
        if not args.latest:
            raise bad("--reason", args.reason, tr("only goes with --latest"))
        if args.reason not in REASONS:
            raise bad("--reason", args.reason, tr("is not one of {items}").format(
                items=', '.join(REASONS)))
    if args.skip_damaged and not args.latest:
        raise CliExit(EXIT_BAD_INPUT, tr("error: --skip-damaged: only goes with --latest"))
    folder = Path(args.dir).expanduser() if args.dir else None
    if folder is not None and not folder.is_dir():
        raise bad("--dir", args.dir, tr("is not a folder"))
    if args.latest:
        info = _choose_latest(args, target, folder)
    else:
        path = Path(args.file).expanduser()
        if not path.is_file():
            raise bad("FILE", args.file, tr("is not a backup file"))
        info = check_backup(read_backup(path))
        if info.damaged:
            raise CliExit(EXIT_FAILED, tr("the backup {path} is damaged: {problem}; nothing "
                                          "was changed").format(path=path, problem=info.problem))
    print_fields([(tr("Book:"), db.display_name(target)), (tr("Backup:"), str(info.path)),
                  ("", tr("{reason}, {when}, revision {revision}, {size}").format(
                      reason=info.reason, when=info.created_local,
                      revision=info.revision or "-", size=_size(info.size)))])
    _confirm(args, tr("Replace the book with this backup? The current book is backed up "
                      "first."))
    steps: Callable[[str, str, int, int], None] = _Steps()
    with _failures():
        result = run(lambda: restore_backup(target, info, steps))
    print(result.message)
    return 0
