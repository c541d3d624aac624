"""Helpers shared by the command modules: which book, errors to exit codes, output."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from app.i18n import tr

if TYPE_CHECKING:
    import argparse

    from app.store.book import Book

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
T = TypeVar("T")


class CliExit(Exception):
    def __init__(self, code: int, message: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def location(args: argparse.Namespace) -> str:
    """The book this command works on: --db, $CUENTAS_DB, the last book, the demo book.

    A folder is bad input (exit 2 naming where it came from): whatever the command,
    no book can be a folder, and the person only has to correct what they typed.
    """
    if getattr(args, "db", None):
        return _not_a_folder("--db", str(args.db))
    env = os.environ.get("CUENTAS_DB")
    if env:
        return _not_a_folder("CUENTAS_DB", env)
    from app import paths
    from app.admin import local_settings

    return local_settings.last_book() or str(paths.demo_book_path())


def _not_a_folder(field: str, value: str) -> str:
    from pathlib import Path

    if not is_utf8(value):
        raise not_utf8(field, value)

    if "://" not in value and Path(value).expanduser().is_dir():
        raise bad(field, value, tr("is a folder, not a book file (give the book's file, like "
                  "shop.cuentas)"))
    return value


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turn service errors into the command line's exit codes and one-line messages.

    Database errors that say something about the book — its file is damaged, it is
    read-only here, its server does not answer, the disk is full — are one line
    naming that state (exit 1), never SQL text or a traceback."""
    from app.errors import BadInput, BookStateError, CheckFailed, NotAllowed

    try:
        yield
    except BadInput as exc:
        raise CliExit(EXIT_BAD_INPUT, tr("error: {message}").format(
            message=_one_line(str(exc)))) from None
    except BookStateError as exc:
        raise CliExit(EXIT_FAILED, f"{exc.state}: {_one_line(str(exc))}") from None
    except NotAllowed as exc:
        raise CliExit(EXIT_FAILED, tr("not allowed: {message}").format(
            message=_one_line(str(exc)))) from None
    except CheckFailed as exc:
        raise CliExit(EXIT_FAILED, _one_line(str(exc))) from None
    except Exception as exc:
        found = _book_problem(exc)
        if found is None:
            raise
        raise CliExit(EXIT_FAILED, f"{found[0]}: {_one_line(found[1])}") from None


def _book_problem(exc: Exception) -> tuple[str, str] | None:
    """`app.store.db.problem` for a database error (sqlite3's or SQLAlchemy's), else None."""
    sqlite3 = sys.modules.get("sqlite3")  # not loaded: not one of their errors
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if not (sqlite3 is not None and isinstance(exc, sqlite3.DatabaseError)) and not (
            sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)):
        return None
    from app.store.db import problem

    return problem(exc)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def run(fn: Callable[[], T]) -> T:
    with translated_errors():
        return fn()


@contextmanager
def open_current(args: argparse.Namespace, *, write: bool = False) -> Iterator[Book]:
    """Open the book for a command that needs it at the head revision.

    `write`: the command changes the book. It holds the book's write lock (shared) for
    the whole command, taken before the book is opened: a restore or an upgrade in
    progress is waited for (`app.store.lock.WRITE_WAIT`), and the command then works
    on the finished book — never on a file that was replaced meanwhile — or is refused
    (exit 1) naming who holds the book; none starts while the command writes.
    """
    from contextlib import ExitStack

    from app.store.book import open_book

    with ExitStack() as stack:
        with translated_errors():
            where = location(args)
            if write:
                from app.store.lock import WRITE_WAIT, BookLock

                stack.enter_context(BookLock.acquire(where, "write", wait=WRITE_WAIT))
            book = open_book(where)
        stack.callback(book.close)
        with translated_errors():
            yield book


def bad(field: str, value: object, reason: str) -> CliExit:
    """Bad input: exit 2, one line naming the field and the value (cut to ~80 characters)."""
    from app.errors import shown

    word = tr("error")
    return CliExit(EXIT_BAD_INPUT, f"{word}: {field}: {shown(value)} {reason}")


# ---------------------------------------------------------------- checking arguments


def is_utf8(value: str) -> bool:
    """False for text that came from bytes that are not UTF-8: Python hands them over
    as lone surrogates (`surrogateescape`), which no output, file or database takes."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def not_utf8(field: str, value: str) -> CliExit:
    """Exit 2 naming `field` and a printable form of the bytes (`caf\\xe9`)."""
    from app.errors import ECHO_LIMIT

    raw = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if len(raw) > ECHO_LIMIT:
        raw = raw[:ECHO_LIMIT - 1] + "…"
    word = tr("error")
    return CliExit(EXIT_BAD_INPUT, f"{word}: {field}: '{printable(raw)}' " + tr(
        "is not valid UTF-8 text (Cuentas reads names and text as UTF-8)"))


def whole_number(field: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse `type` for a whole number from `low` to `high` in ASCII digits
    (`int()` would take `١٠`, `1_000` and a number too big for the database)."""
    import argparse
    import re

    def parse(text: str) -> int:
        raw = text.strip()
        if not re.fullmatch(r"-?[0-9]{1,30}", raw) or not low <= int(raw) <= high:
            from app.errors import shown

            raise argparse.ArgumentTypeError(
                tr("{value} is not a whole number from {low} to {high}").format(
                    value=shown(text), low=f"{low:,}", high=f"{high:,}"))
        return int(raw)

    parse.__name__ = field
    return parse


def not_empty(args: argparse.Namespace, *options: tuple[str, str]) -> None:
    """Options given as '' (or only spaces) are bad input: a filter that is empty is a
    mistake, not 'everything'. `options` are (option, dest) pairs."""
    for option, dest in options:
        value = getattr(args, dest, None)
        if isinstance(value, str) and not value.strip():
            raise bad(option, value, tr("is empty; give a value, or leave {option} out")
                      .format(option=option))


# ---------------------------------------------------------------- printing

#: Control characters (C0, DEL, C1), line and paragraph separators and the bidi
#: overrides, as tables and CSV print them: stored text cannot drive the terminal or
#: break a row. JSON output keeps the text exact (it escapes them itself).
_ESCAPES = {
    **{i: f"\\x{i:02x}" for i in (*range(0x20), *range(0x7F, 0xA0))},
    **{i: f"\\u{i:04x}" for i in (0x2028, 0x2029, *range(0x202A, 0x202F),
                                     *range(0x2066, 0x206A))},
    ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
}


def printable(text: object) -> str:
    """`text` with control characters escaped (`\\n`, `\\x1b`, `\\u2028`)."""
    return str(text).translate(_ESCAPES)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """CSV on stdout; text cells with control characters escaped (`printable`)."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows([printable(c) if isinstance(c, str) else c for c in row] for row in rows)


def print_fields(fields: Sequence[tuple[str, str]]) -> None:
    """`Label:  value` lines, the values aligned (labels are in the interface's
    language, so the column is as wide as its longest label)."""
    width = max((len(label) for label, _v in fields), default=0) + 2
    for label, value in fields:
        print(f"{label:<{width}}{value}")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]],
                right: Sequence[int] = ()) -> None:
    """Aligned plain-text table; columns listed in `right` are right-aligned; control
    characters in the cells escaped (`printable`)."""
    cells = [[str(h) for h in headers]] + [["" if c is None else printable(c) for c in r]
                                            for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()

    print(line(cells[0]))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print(line(row))


def add_format(parser: argparse.ArgumentParser, choices: Sequence[str],
               default: str = "table") -> None:
    parser.add_argument("--format", choices=list(choices), default=default)
