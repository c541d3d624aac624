"""OFX and QFX statements (1.x SGML and 2.x XML): bank and card transactions.

The file is read by ofxtools (`OFXTree.parse`: the header, the SGML with unclosed
leaf tags, the character set the header names) where it copes. Only its element tree
is used, not its typed models: those convert dates to UTC (a `DTPOSTED` of 22:51 EST
would land on the next day) and refuse a whole file for one bad field (a 10-digit
BANKID, a `20120231` date), where a statement should lose only that transaction. When
ofxtools cannot read the file at all (no OFX header, broken markup), a tolerant
scanner reads each `<STMTTRN>` block with a regular expression instead.

Per transaction: `DTPOSTED` (else `DTUSER`, with a warning) as the date written in
the file; `TRNAMT` with a decimal point or comma; `FITID` for de-duplication;
`CHECKNUM` (else `REFNUM`) as the reference; `NAME` and `MEMO` merged — the payee is
the NAME, unless the MEMO carries the whole of a NAME the bank cut short (or there
is no NAME), in which case the MEMO is the payee and nothing is repeated in the memo.
A missing, empty or impossible date makes that transaction invalid, naming its line.
Investment statements are reported as skipped.
"""

from __future__ import annotations

import html
import io
import re
import warnings
from collections.abc import Iterator
from datetime import date

from app.i18n import tr
from app.imports.model import (
    ImportedLine,
    ImportedTransaction,
    ImportFileError,
    ParsedFile,
    Skipped,
    at_line,
)
from app.imports.text import parse_money

_STMTTRN = re.compile(r"<STMTTRN>", re.I)
_BLOCK = re.compile(r"<STMTTRN>(.*?)(?=</STMTTRN>|<STMTTRN>|</BANKTRANLIST>|\Z)", re.I | re.S)
_FIELD = re.compile(r"<([A-Z0-9.]+)>([^<]*)", re.I)
_CURDEF = re.compile(r"<CURDEF>\s*([A-Z]{3})", re.I)
_INVTRAN = re.compile(r"<INVTRANLIST>(.*?)</INVTRANLIST>", re.I | re.S)
_INVITEM = re.compile(r"<(BUY\w*|SELL\w*|INCOME|REINVEST|TRANSFER|INVEXPENSE|SPLIT|"
                      r"RETOFCAP|MARGININTEREST|JRNL\w*|INVBANKTRAN|CLOSUREOPT)>", re.I)


def looks_like_ofx(text: str) -> bool:
    head = text[:4096].lstrip("\ufeff \t\r\n").upper()
    return head.startswith(("OFXHEADER", "<?XML", "<OFX>")) and "<OFX" in text[:65536].upper()


def parse_ofx(data: bytes, text: str, exp: int, *, name: str = "file",
              book_currency: str = "") -> ParsedFile:
    """Read an OFX/QFX file (`data` its bytes, `text` the same decoded)."""
    if "<OFX" not in text.upper():
        raise ImportFileError(name, tr("is not an OFX file (it has no <OFX> element)"))
    parsed = ParsedFile("ofx")
    starts = _lines_of(_STMTTRN.finditer(text), text)
    blocks = _with_ofxtools(data)
    if blocks is None:
        blocks = list(_scanned(text))
        parsed.notes.append(tr("read with the tolerant reader (ofxtools could not read "
                               "this file as a whole)"))
    else:
        parsed.notes.append(tr("read with ofxtools"))
    for i, fields in enumerate(blocks):
        line = starts[i] if i < len(starts) else 0
        parsed.transactions.append(_transaction(fields, line, exp))
    currencies = sorted({c.upper() for c in _CURDEF.findall(text)})
    if currencies and book_currency and currencies != [book_currency.upper()]:
        parsed.notes.append(tr("the statement is in {currencies} and the book in {book}: "
                               "amounts are taken as they are").format(
            currencies=", ".join(currencies), book=book_currency))
    statements = len(re.findall(r"<(?:CC)?STMTRS>", text, re.I))
    if statements > 1:
        parsed.notes.append(tr("the file holds {n} statements; all go into the chosen "
                               "account").format(n=statements))
    invested = list(_INVTRAN.finditer(text))
    for match, line in zip(invested, _lines_of(iter(invested), text), strict=True):
        count = len(_INVITEM.findall(match.group(1)))
        parsed.skipped.append(Skipped(line, tr("investment statement"), count, tr(
            "investment transactions are not imported (Cuentas keeps no securities)")))
    return parsed


def _lines_of(matches: Iterator[re.Match[str]], text: str) -> list[int]:
    """The line each match starts on, counted in one pass over `text` (a count from
    the start for each would make a 50 MB statement take minutes)."""
    lines, line, pos = [], 1, 0
    for match in matches:
        line += text.count("\n", pos, match.start())
        pos = match.start()
        lines.append(line)
    return lines


def _with_ofxtools(data: bytes) -> list[dict[str, str]] | None:
    """The STMTTRN leaves through ofxtools' parser, or None when it cannot read the file."""
    try:
        from ofxtools.Parser import OFXTree

        tree = OFXTree()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree.parse(io.BytesIO(data))
        root = tree.getroot()
        if root is None:
            return None
        blocks = []
        for element in root.iter("STMTTRN"):
            fields: dict[str, str] = {}
            for child in element:
                if len(child):  # <PAYEE><NAME>…</NAME></PAYEE>
                    for leaf in child:
                        fields.setdefault(f"{child.tag}.{leaf.tag}", (leaf.text or "").strip())
                else:
                    fields[str(child.tag).upper()] = (child.text or "").strip()
            blocks.append(fields)
        return blocks
    except Exception:  # any failure of the strict reader: the tolerant one takes over
        return None


def _scanned(text: str) -> Iterator[dict[str, str]]:
    for block in _BLOCK.finditer(text):
        fields: dict[str, str] = {}
        for tag, value in _FIELD.findall(block.group(1)):
            key = tag.upper()
            if key in fields and key == "NAME" and "PAYEE.NAME" not in fields:
                key = "PAYEE.NAME"
            fields.setdefault(key, html.unescape(" ".join(value.split())))
        yield fields


def _date(value: str) -> str:
    digits = value.strip()[:8]
    if len(digits) < 8 or not digits.isdigit():
        raise ValueError(tr("is not an OFX date (YYYYMMDD)"))
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
    except ValueError:
        raise ValueError(tr("is not a calendar date")) from None


def _transaction(fields: dict[str, str], line: int, exp: int) -> ImportedTransaction:
    errors: list[str] = []
    warnings_: list[str] = []
    day = ""
    posted = fields.get("DTPOSTED")
    user = fields.get("DTUSER", "")
    if posted is None or not posted.strip():
        if user.strip():
            try:
                day = _date(user)
                warnings_.append(at_line(line, tr("no posting date (DTPOSTED); the date "
                                                  "of the movement (DTUSER) is taken")))
            except ValueError:
                pass
        if not day:
            errors.append(at_line(line, tr("the transaction has no date (DTPOSTED is "
                                           "missing)") if posted is None else
                                  tr("the transaction has no date (DTPOSTED is empty)")))
    else:
        try:
            day = _date(posted)
        except ValueError as exc:
            errors.append(at_line(line, tr("the date {value} {reason}").format(
                value=repr(posted.strip()), reason=exc)))
    amount: int | None = None
    raw_amount = fields.get("TRNAMT", "")
    if not raw_amount.strip():
        errors.append(at_line(line, tr("the transaction has no amount (TRNAMT)")))
    else:
        try:
            amount = parse_money(raw_amount, exp)
        except ValueError as exc:
            errors.append(at_line(line, tr("the amount {value} {reason}").format(
                value=repr(raw_amount.strip()), reason=exc)))
    name = " ".join((fields.get("NAME") or fields.get("PAYEE.NAME") or "").split())
    memo = " ".join(fields.get("MEMO", "").split())
    payee, memo = merge_name_memo(name, memo)
    fitid = fields.get("FITID", "").strip()
    if not fitid:
        warnings_.append(at_line(line, tr("no FITID: duplicates are found by date, amount "
                                          "and payee")))
    reference = (fields.get("CHECKNUM") or fields.get("REFNUM") or "").strip()
    if reference.strip("0") == "":
        reference = ""
    lines = (ImportedLine("", amount),) if amount is not None else ()
    return ImportedTransaction(
        line=line, date=day, amount=amount, payee=payee, memo=memo, reference=reference,
        cleared=True, fitid=fitid, lines=lines, errors=tuple(errors),
        warnings=tuple(warnings_),
    )


def merge_name_memo(name: str, memo: str) -> tuple[str, str]:
    """(payee, memo) from an OFX NAME and MEMO (see the module docstring)."""
    if not name:
        return memo, ""
    if not memo or memo.casefold() == name.casefold():
        return name, ""
    if memo.casefold().startswith(name.casefold()):
        return memo, ""
    return name, memo
