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
def open_current(args: argparse.Namespace) -> Iterator[Book]:
    """Open the book for a command that needs it at the head revision."""
    from app.store.book import open_book

    with translated_errors():
        book = open_book(location(args))
    try:
        with translated_errors():
            yield book
    finally:
        book.close()


def bad(field: str, value: object, reason: str) -> CliExit:
    word = tr("error")
    return CliExit(EXIT_BAD_INPUT, f"{word}: {field}: {value!r} {reason}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)


def print_fields(fields: Sequence[tuple[str, str]]) -> None:
    """`Label:  value` lines, the values aligned (labels are in the interface's
    language, so the column is as wide as its longest label)."""
    width = max((len(label) for label, _v in fields), default=0) + 2
    for label, value in fields:
        print(f"{label:<{width}}{value}")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]],
                right: Sequence[int] = ()) -> None:
    """Aligned plain-text table; columns listed in `right` are right-aligned."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
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
