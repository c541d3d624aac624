"""What every importer produces: the file's movements in one shape, before the book
is looked at.

A parser (`qif`, `ofx`, `csv`) turns a file into a `ParsedFile`: its transactions
with amounts in integer minor units, the line of the file each one starts on, the
bank's id for it (FITID) where the format has one, and, per row, what was wrong with
it. A row with `errors` is shown as invalid in the preview and never written; a file
that cannot be read at all raises `ImportFileError` (the importer's own error type:
no other exception leaves a parser, whatever the bytes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import BadInput
from app.i18n import tr

#: Formats the importer reads and the names the command line uses for them.
FORMATS = ("qif", "ofx", "csv")


def at_line(line: int, text: str) -> str:
    """`text` about line `line` of the file (`line 12: …`); 0: about no line."""
    return tr("line {line}: {text}").format(line=line, text=text) if line else text


class ImportFileError(BadInput):
    """The file cannot be imported at all (not a statement, binary, too big, ...).

    A `BadInput` for the `file` field, so the command line prints one line and exits 2
    and a dialog shows the reason; `line` is the line of the file it is about, or 0.
    """

    def __init__(self, value: object, reason: str, line: int = 0) -> None:
        self.line = line
        super().__init__("file", value, at_line(line, reason))


class MappingError(ImportFileError):
    """A CSV column mapping that cannot read the file (no date column, a column the
    file does not have): it names the mapping (`value`: its saved name, or ''), not the
    file."""

    def __init__(self, name: str, reason: str) -> None:
        self.line = 0
        BadInput.__init__(self, "mapping", name, reason)


# The row types below are plain (slotted, not frozen) dataclasses: a 100,000-row file
# makes half a million of them, and a frozen dataclass is about ten times slower to
# build. Treat them as read-only; `dataclasses.replace` makes changed copies.


@dataclass(slots=True)
class ImportedLine:
    """One split line: `target` is a category's full name, `[Account]` for a transfer,
    or '' (uncategorized). The tax fields come from a split rule's template.
    `transfer` is the other account's name when the line is a transfer, else None."""

    target: str
    amount: int
    memo: str = ""
    tax_rate_bp: int | None = None
    taxable_base: int | None = None
    transfer: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        target = self.target
        if len(target) > 2 and target[0] == "[" and target[-1] == "]":
            self.transfer = target[1:-1].strip()


@dataclass(slots=True)
class ImportedTransaction:
    """One movement read from a file.

    `date` is ISO (`YYYY-MM-DD`) or '' when the file's date could not be read;
    `amount` is None when the file's amount could not be read. `account` names the
    account the file puts it in (QIF account lists, a CSV account column); '' means
    the account chosen for the import. `kind` is `transaction`, or `opening` for an
    opening-balance record (it sets the account's opening balance instead).
    """

    line: int
    date: str
    amount: int | None
    payee: str = ""
    memo: str = ""
    reference: str = ""
    cleared: bool = False
    fitid: str = ""
    lines: tuple[ImportedLine, ...] = ()
    account: str = ""
    kind: str = "transaction"
    #: Why this row cannot be imported (empty: it can).
    errors: tuple[str, ...] = ()
    #: Things the reader noticed and worked around (shown, not blocking).
    warnings: tuple[str, ...] = ()
    #: Split lines that do not add up to the total: the total the file states.
    stated_total: int | None = None


@dataclass(frozen=True)
class Skipped:
    """A part of the file that is read but not imported, and why."""

    line: int
    what: str
    count: int
    reason: str


@dataclass
class ParsedFile:
    """Everything a parser found in one file."""

    format: str
    transactions: list[ImportedTransaction] = field(default_factory=list)
    #: Category full name -> kind (`income` | `expense` | `tax`) from the file's category list.
    categories: dict[str, str] = field(default_factory=dict)
    #: Category full name -> tax role, where the file says (Cuentas' own QIF export).
    category_roles: dict[str, str] = field(default_factory=dict)
    #: Account name -> kind (`bank` | `cash` | `credit_card` | `other`) from account lists.
    accounts: dict[str, str] = field(default_factory=dict)
    #: Memorized transactions (QIF): offered as split templates, never booked.
    memorized: list[ImportedTransaction] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    #: How the file was read (encoding, date order, ...), for the preview.
    notes: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
