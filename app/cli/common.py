"""Helpers shared by the command modules: which book, errors to exit codes, output."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

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
    """The book this command works on: --db, $CUENTAS_DB, the last book, the demo book."""
    if getattr(args, "db", None):
        return str(args.db)
    env = os.environ.get("CUENTAS_DB")
    if env:
        return env
    from app import paths
    from app.admin import local_settings

    return local_settings.last_book() or str(paths.demo_book_path())


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turn service errors into the command line's exit codes and one-line messages."""
    from app.errors import BadInput, BookStateError, CheckFailed, NotAllowed

    try:
        yield
    except BadInput as exc:
        raise CliExit(EXIT_BAD_INPUT, f"error: {_one_line(str(exc))}") from None
    except BookStateError as exc:
        raise CliExit(EXIT_FAILED, f"{exc.state}: {_one_line(str(exc))}") from None
    except NotAllowed as exc:
        raise CliExit(EXIT_FAILED, f"not allowed: {_one_line(str(exc))}") from None
    except CheckFailed as exc:
        raise CliExit(EXIT_FAILED, _one_line(str(exc))) from None


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
    return CliExit(EXIT_BAD_INPUT, f"error: {field}: {value!r} {reason}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)


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
