"""Text as search compares it: without case and accents, so `nomina` finds *Nómina*,
`liquidacion` finds *liquidación* and `ÑANDÚ` finds *Ñandú*.

One table, `FOLD`, says what each letter becomes: A–Z their lower case, and every
letter of the Latin-1 Supplement and Latin Extended-A blocks (with Romanian ș ț) its
base letter in lower case, accents, tildes, cedillas and rings dropped (`Ñ` → `n`,
`Ú` → `u`, `Ç` → `c`, `Å` → `a`, `Ł` → `l`). Letters without a base letter only lose
their case (`Æ` → `æ`, `Œ` → `œ`); `ß` stays. Every letter folds to *one* letter, so a
pattern can say "any letter that folds to this one". Other scripts are compared as
they are written.

Everything below comes from that one table, so every path gives the same answer:

* `fold(text)`: in Python — the words searched for;
* `sql_fold_steps(column)`: the same in SQLite's own SQL (`lower` and `replace`, no
  function of ours), which the full-text index (`app.ledger.search_index`) stores, so
  its triggers run on any SQLite connection, Cuentas' or not;
* `contains(column, term, dialect)`: a condition "the column, folded, contains the
  folded term" that leaves the column as it is and expands the term instead, one
  character class per letter (`[nNñÑńŃ…][oOóÓ…]…`): GLOB on SQLite, `~` on PostgreSQL.
  No function runs over the rows, so a scan costs about what LIKE costs, and nothing
  is needed on the server (PostgreSQL's `unaccent` is an extension a shared server
  may not have).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import ColumnElement, literal
from sqlalchemy.orm import InstrumentedAttribute

#: Letters with no accent to drop that still have a base letter people type.
_EXTRA = {"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ħ": "h",
          "Ħ": "h", "ı": "i", "ŧ": "t", "Ŧ": "t"}


def _covered() -> Iterable[str]:
    for code in (*range(0xC0, 0x180), *range(0x218, 0x21C)):
        ch = chr(code)
        if unicodedata.category(ch).startswith("L"):
            yield ch


def _fold_letter(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    base = "".join(c for c in unicodedata.normalize("NFD", ch)
                   if not unicodedata.combining(c))
    if len(base) == 1 and base != ch:
        return base.lower() if base.isascii() else base
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


def _table() -> dict[str, str]:
    table = {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
    for ch in _covered():
        folded = _fold_letter(ch)
        if folded != ch:
            table[ch] = folded
    return table


#: Letter -> the letter search compares it as (letters not in it stay as they are).
FOLD: dict[str, str] = _table()
_TRANSLATE = str.maketrans(FOLD)

#: Folded letter -> every letter that folds to it (itself included), for patterns.
VARIANTS: dict[str, str] = {}
for _ch, _to in sorted(FOLD.items()):
    VARIANTS.setdefault(_to, _to)
    VARIANTS[_to] += _ch
del _ch, _to


def fold(text: str) -> str:
    """`text` as search compares it (composed first: a decomposed `ó` folds too; a
    mark left over after folding, as in `è` + `◌́`, composes with the plain letter
    and folds again, so folding twice changes nothing)."""
    folded = fold_stored(unicodedata.normalize("NFC", text))
    while True:
        again = fold_stored(unicodedata.normalize("NFC", folded))
        if again == folded:
            return folded
        folded = again  # shorter each time: it ends


def fold_stored(text: str) -> str:
    """Exactly what `sql_fold_steps` makes of `text` (no composing first): how the
    search index stores a document, whether SQLite or Python folded it."""
    return text.lower() if text.isascii() else text.translate(_TRANSLATE)


#: How many `replace` calls one SQL expression nests (SQLite's parser takes about 30).
SQL_STEP = 24


def sql_fold_steps(column: str) -> list[str]:
    """SQLite SQL that folds the text in `column` exactly as `fold` does (for text that
    is already composed, as Cuentas stores it), as a list of expressions each of
    which folds the result of the one before (`{prev}` in it; the first reads
    `column`): `lower` does A–Z, then a `replace` per other letter — more than one
    expression can nest, so the steps become generated columns of a table. Text with
    nothing outside printable ASCII (and line ends) skips the replaces: NULL flows
    through them and the caller takes `lower(column)`."""
    letters = [(ch, to) for ch, to in FOLD.items() if not ch.isascii()]
    steps = []
    for start in range(0, len(letters), SQL_STEP):
        chain = (f"(CASE WHEN {column} GLOB '*[^\n -~]*' THEN lower({column}) END)"
                 if start == 0 else "{prev}")
        for ch, to in letters[start:start + SQL_STEP]:
            chain = f"replace({chain}, '{ch}', '{to}')"
        steps.append(chain)
    return steps


def glob_pattern(term: str) -> str:
    """A GLOB pattern matching text whose fold contains `fold(term)`."""
    parts = []
    for ch in fold(term):
        variants = VARIANTS.get(ch)
        if variants is not None:
            parts.append(f"[{variants}]")
        elif ch in "*?[":
            parts.append(f"[{ch}]")
        else:
            parts.append(ch)
    return f"*{''.join(parts)}*"


def regex_pattern(term: str) -> str:
    """A PostgreSQL regular expression (ARE) matching text whose fold contains
    `fold(term)`."""
    parts = []
    for ch in fold(term):
        variants = VARIANTS.get(ch)
        if variants is not None:
            parts.append(f"[{variants}]")
        elif ch.isalnum():
            parts.append(ch)
        else:
            parts.append("\\" + ch)  # a backslash before any other character: itself
    return "".join(parts)


def contains(column: ColumnElement[str] | InstrumentedAttribute[str], term: str,
             dialect: str) -> ColumnElement[bool]:
    """The column's text, folded, contains the folded `term` (case and accents
    ignored); the term should be stripped and not empty."""
    if dialect == "postgresql":
        return column.op("~", is_comparison=True)(literal(regex_pattern(term)))
    return column.op("GLOB", is_comparison=True)(literal(glob_pattern(term)))


def like_pattern(term: str) -> str:
    """`%fold(term)%` for LIKE (with `\\` escaping), for text stored folded."""
    escaped = re.sub(r"([\\%_])", r"\\\1", fold(term))
    return f"%{escaped}%"
