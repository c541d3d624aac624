"""The `cuentas` command: the desktop app by default, and every workflow as a command.

The command line calls the same service functions as the desktop app (DESIGN.md
section 8 is its contract). Each command group lives in its own module and adds
itself to the parser with `register(subparsers)`; heavy imports (SQLAlchemy models,
Alembic, Qt, reportlab) happen inside the command functions, so a cold
`cuentas report` starts quickly and never loads Qt or Alembic.

Exit codes: 0 success; 1 a check failed or the book's state refused the action;
2 bad input, with one line on stderr naming the field and the value.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    CliExit,
    bad,
    is_utf8,
    not_utf8,
    printable,
)
from app.i18n import QT_TR_NOOP, tr
from app.store.outfiles import is_book_name
from app.store.redact import hide_passwords

if TYPE_CHECKING:
    from app.cli.self_test import SelfTest

#: Command groups: every `app/cli/*_cmds.py` module, in this order, then the rest.
#: A new group is a new module with a `register(subparsers)` function.
ORDER = ("book_cmds", "upgrade_cmds", "ledger_cmds", "template_cmds", "report_cmds")


def _groups() -> list[object]:
    import importlib
    import pkgutil

    import app.cli as package

    names = sorted(
        (m.name for m in pkgutil.iter_modules(package.__path__) if m.name.endswith("_cmds")),
        key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n),
    )
    return [importlib.import_module(f"app.cli.{name}") for name in names]


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the option (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse echoes what was typed (`unrecognized arguments: …` unquoted): escape
        # control characters and cut it, so this stays one short line.
        text = printable(message)
        if len(text) > 300:
            text = text[:299] + "…"
        sys.stderr.write(f"cuentas: error: {text}\n")
        raise SystemExit(EXIT_BAD_INPUT)


#: argparse's own words: it asks gettext for them, and `_speak_argparse` hands it ours
#: (Python ships no Spanish catalogue for them).
ARGPARSE_WORDS = (
    QT_TR_NOOP("usage: "), QT_TR_NOOP("positional arguments"), QT_TR_NOOP("options"),
    QT_TR_NOOP("show this help message and exit"),
    QT_TR_NOOP("argument %(argument_name)s: %(message)s"),
    QT_TR_NOOP("unrecognized arguments: %s"), QT_TR_NOOP("not allowed with argument %s"),
    QT_TR_NOOP("the following arguments are required: %s"),
    QT_TR_NOOP("one of the arguments %s is required"), QT_TR_NOOP("expected one argument"),
    QT_TR_NOOP("expected at most one argument"), QT_TR_NOOP("expected at least one argument"),
    QT_TR_NOOP("expected %s argument"), QT_TR_NOOP("expected %s arguments"),
    QT_TR_NOOP("ambiguous option: %(option)s could match %(matches)s"),
    QT_TR_NOOP("invalid %(type)s value: %(value)r"),
    QT_TR_NOOP("invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TR_NOOP("%(prog)s: error: %(message)s\n"),
)


def _speak_argparse() -> None:
    """Let argparse's usage, headings and errors speak the interface's language."""
    from app import i18n

    if i18n.language() == i18n.SOURCE:
        return
    setattr(argparse, "_", i18n.tr)  # noqa: B010 — argparse looks the name up at call time
    setattr(argparse, "ngettext",  # noqa: B010
            lambda singular, plural, n: i18n.tr(singular if n == 1 else plural))


def build_parser() -> Parser:
    parser = Parser(
        prog="cuentas",
        description=tr("Cuentas: bookkeeping with split transactions. Without a command, "
                       "opens the desktop app."),
    )
    parser.add_argument("--db", metavar="PATH|URL",
                        help=tr("the book: a file path or a postgresql+psycopg:// URL "
                                "(default: $CUENTAS_DB, else the last book opened)"))
    parser.add_argument("--demo", action="store_true",
                        help=tr("open the demo book in the default data folder (created if "
                                "missing)"))
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument("--self-test", action="store_true",
                        help=tr("check that this installation works, without a screen: a "
                                "legacy demo book upgraded, the main window, the split editor "
                                "and a handout PDF, all in a temporary folder; exit 0 when "
                                "every step passed"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in _groups():
        group.register(sub)  # type: ignore[attr-defined]
    _accept_db_anywhere(parser)
    return parser


def _accept_db_anywhere(parser: argparse.ArgumentParser) -> None:
    """`cuentas status --db X` works as well as `cuentas --db X status`."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if not any("--db" in a.option_strings for a in child._actions):
                    child.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS,
                                       help=argparse.SUPPRESS)
                _accept_db_anywhere(child)


def _version() -> str:
    from app.release import describe

    return f"cuentas {describe()}"


def _book_as_db(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """`cuentas shop.cuentas` is `cuentas --db shop.cuentas`: how a file manager, the
    Windows file association and the Linux .desktop file open a book."""
    argv = list(argv)
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--db":
            i += 2
            continue
        if token.startswith("-"):
            i += 1
            continue
        if token not in commands and (is_book_name(token) or Path(token).is_file()):
            return [*argv[:i], "--db", token, *argv[i + 1:]]
        break
    return argv


def main(
    argv: Sequence[str] | None = None,
    desktop: Callable[[argparse.Namespace], int] | None = None,
    render_screenshots: Callable[[Path, str, str], list[Path]] | None = None,
    self_test_desktop: Callable[[SelfTest], None] | None = None,
) -> int:
    """Run one command. `ui.launch` hands in what only the desktop app can do, since
    `app` never imports `ui`: `desktop` opens the app when no command is given (without
    it the help is shown), `render_screenshots(out_dir, book, language)` draws the
    windows for `docs screenshots`, `self_test_desktop(test)` adds the desktop steps of
    `--self-test` (app/cli/self_test.py)."""
    from app import i18n
    from app.admin import local_settings

    _print_any_text()
    i18n.set_language(local_settings.interface_language())
    _speak_argparse()
    parser = build_parser()
    commands = [name for action in parser._actions
                if isinstance(action, argparse._SubParsersAction) for name in action.choices]
    try:
        args = parser.parse_args(_book_as_db(sys.argv[1:] if argv is None else argv, commands))
    except SystemExit as stop:  # usage error (2) or --help/--version (0)
        return int(stop.code or 0)
    args.render_screenshots = render_screenshots
    try:
        _check_text(parser, args)
        if args.self_test:
            from app.cli.self_test import run as self_test

            return self_test(self_test_desktop)
        if args.command is None:
            if desktop is None:
                parser.print_help(sys.stderr)
                return EXIT_BAD_INPUT
            return desktop(args)
        return int(args.func(args) or 0)
    except CliExit as done:
        if done.message:  # one line, never a password, whatever the message echoes
            sys.stderr.write(f"cuentas: {printable(hide_passwords(done.message))}\n")
        return done.code
    except KeyboardInterrupt:
        sys.stderr.write("cuentas: " + tr("interrupted") + "\n")
        return EXIT_FAILED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        if os.environ.get("CUENTAS_DEBUG"):
            raise
        from app.monitor import errors

        errors.setup("command line")  # counted and logged (no values) for `cuentas health`
        errors.record_error(exc, source="command line")
        where = _log_crash(exc)
        said = hide_passwords(tr("internal error: {error}").format(
            error=f"{type(exc).__name__}: {' '.join(str(exc).split())}"))
        sys.stderr.write(printable(f"cuentas: {said}"[:500]) + " "
                         + tr("(details in {where})").format(where=where) + "\n")
        return EXIT_FAILED


def _print_any_text() -> None:
    """Output that the system's encoding cannot carry shows "?" for what it cannot.
    Windows writes a redirected or piped stdout in its ANSI code page (cp1252), which
    has no "Ł" or "→": a payee named so made `list` fail halfway, and `add` report an
    internal error after the transaction was saved. A console (Windows writes it as
    Unicode) and UTF-8 (Linux, macOS) are not touched."""
    import codecs
    import io

    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors not in (
                "replace", "backslashreplace") and codecs.lookup(
                    stream.encoding).name != "utf-8":
            stream.reconfigure(errors="replace")


def _check_text(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Every text argument must be UTF-8 without NUL: bytes that are not UTF-8 arrive as
    lone surrogates, which would fail later (printing, SQL, JSON) as an internal error,
    and PostgreSQL takes no NUL in text (a caller in-process can pass one). Exit 2
    naming the option and a printable form of the value, before anything is opened."""
    names = _option_names(parser, args)
    for dest, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            if not is_utf8(item):
                raise not_utf8(names.get(dest, dest), item)
            if "\x00" in item:
                raise bad(names.get(dest, dest), item, tr("contains a NUL character"))


def _option_names(parser: argparse.ArgumentParser, args: argparse.Namespace
                  ) -> dict[str, str]:
    """dest -> how the person typed it (`--payee`, `NAME`), along the chosen subcommands."""
    names: dict[str, str] = {}
    current: argparse.ArgumentParser | None = parser
    while current is not None:
        following = None
        for action in current._actions:
            if action.option_strings:
                names[action.dest] = max(action.option_strings, key=len)
            elif isinstance(action, argparse._SubParsersAction):
                following = action.choices.get(getattr(args, action.dest, None) or "")
            else:
                metavar = action.metavar if isinstance(action.metavar, str) else None
                names[action.dest] = metavar or action.dest.upper()
        current = following
    return names


def _log_crash(exc: BaseException) -> str:
    import traceback

    from app import paths

    try:
        from app.store.outfiles import append_private

        log = paths.log_dir() / "cli-errors.log"
        append_private(log, "".join(traceback.format_exception(exc)) + "\n")  # 0600
        return str(log)
    except OSError:
        return tr("no log: the log folder cannot be written")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
