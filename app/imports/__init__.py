"""Importing statements: QIF, OFX/QFX and CSV into a book, previewed, de-duplicated,
all or nothing, and undoable.

The package, in the order an import runs:

* `text` reads the file (size limit, binary refused, encoding detected) and the
  amounts and dates in it; `model` is the shape every parser produces;
* `qif`, `ofx`, `csv` (with `mappings`, the saved CSV column mappings) parse one
  format each into a `ParsedFile`;
* `preview` classifies each row as new, duplicate or invalid, applies the split
  `rules`, and lists the categories and accounts the book lacks;
* `commit` writes the accepted rows as one batch in one unit of work, and undoes a
  batch.

`read_statement` and `preview_file` below are the front door the command line and
the desktop dialog share. Exports (QIF, CSV, ledger) are the sister package
`app.exports`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import tr
from app.imports.model import FORMATS, ImportFileError, ParsedFile

if TYPE_CHECKING:
    from app.imports.csv import CsvMapping
    from app.imports.preview import ImportOptions, Preview
    from app.imports.rules import SplitRule
    from app.store.book import Book

EXTENSIONS = {".qif": "qif", ".ofx": "ofx", ".qfx": "ofx", ".csv": "csv", ".tsv": "csv"}


@dataclass(frozen=True)
class Statement:
    """A file read and parsed: what the preview needs besides the book."""

    path: str
    format: str
    encoding: str
    sha256: str
    parsed: ParsedFile
    #: The text, for the CSV mapping dialog's first rows ('' for other formats).
    text: str = ""


def detect_format(path: str | Path, text: str) -> str:
    """`qif`, `ofx` or `csv`, from the content first and the extension second."""
    from app.imports.ofx import looks_like_ofx

    if looks_like_ofx(text):
        return "ofx"
    for line in text.splitlines()[:50]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped[:1] == "!" and stripped[1:].casefold().startswith(
                ("type", "account", "option", "clear")):
            return "qif"
        break
    by_name = EXTENSIONS.get(Path(path).suffix.casefold())
    if by_name in ("csv", None):
        from app.imports.csv import sniff_delimiter

        lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
        if lines and any(sniff_delimiter(text) in ln for ln in lines):
            return "csv"
    raise ImportFileError(str(path), tr("is not a QIF, OFX/QFX or CSV statement"))


def read_statement(path: str | Path, *, format: str | None = None,
                   mapping: CsvMapping | None = None, exp: int = 2, currency: str = "",
                   date_order: str = "auto") -> Statement:
    """Read and parse the file at `path`. Raises ImportFileError (a BadInput) when the
    file cannot be imported at all; rows with problems come back as invalid rows."""
    from app.imports.text import read_file

    if format is not None and format not in FORMATS:
        raise ImportFileError(str(path), tr("--format {value} is not one of {items}").format(
            value=repr(format), items=", ".join(FORMATS)))
    encoding = mapping.encoding if mapping is not None else "auto"
    text, used, data = read_file(path, encoding)
    kind = format or detect_format(path, text)
    name = str(path)
    parsed: ParsedFile
    if kind == "qif":
        from app.imports.qif import parse_qif

        parsed = parse_qif(text, exp, order=date_order, name=name)
    elif kind == "ofx":
        from app.imports.ofx import parse_ofx

        parsed = parse_ofx(data, text, exp, name=name, book_currency=currency)
    else:
        from app.imports.csv import guess_mapping, parse_csv
        from app.imports.model import MappingError

        try:
            parsed = parse_csv(text, mapping or guess_mapping(text), exp)
        except MappingError as exc:
            if mapping is not None:
                raise
            raise ImportFileError(name, tr(
                "is read as a CSV file whose header Cuentas does not recognise ({reason}); "
                "choose its columns in File ▸ Import…, or import it with a saved "
                "--mapping").format(reason=exc.reason.split(";")[0])) from None
    parsed.encoding = used
    if used not in ("utf-8", "ascii"):
        parsed.notes.insert(0, tr("read as {encoding} text").format(encoding=used))
    return Statement(name, kind, used, hashlib.sha256(data).hexdigest(), parsed,
                     text if kind == "csv" else "")


def preview_file(book: Book, path: str | Path, account_id: int, *, format: str | None = None,
                 mapping: CsvMapping | None = None, options: ImportOptions | None = None,
                 rules: list[SplitRule] | None = None) -> Preview:
    """Read `path` and preview its import into `account_id` (nothing is written).
    Measured as `import.preview` (app.monitor)."""
    from app.imports.preview import ImportOptions, build_preview
    from app.monitor.metrics import timed

    with timed("import.preview"):
        statement = read_statement(path, format=format, mapping=mapping, exp=book.info.exp,
                                   currency=book.info.currency)
        return build_preview(book, statement.parsed, account_id,
                             options=options or ImportOptions(), rules=rules,
                             file_name=Path(path).name, encoding=statement.encoding,
                             sha256=statement.sha256)
