"""Text as search compares it: case and accents folded by one table, and the three
places that fold — Python, SQLite's SQL (the search index), the scan patterns (GLOB
on SQLite, `~` on PostgreSQL) — agree on every text."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import literal, select

from app.ledger import textfold
from app.ledger.textfold import (
    FOLD,
    fold,
    fold_stored,
    glob_pattern,
    like_pattern,
    regex_pattern,
)

#: Letters with and without accents, both cases, and what patterns treat specially.
ALPHABET = ("aAáÁàÂäÅãeEéÉèêËiIíÍïnNñÑńoOóÓöØõuUúÚüÜcCçÇsSşŞßlLłŁdDđæÆœŒ"
            "yÿŸzŽ 0123456789-.*?[]^%_\\\n\tдДß€\u0301")
texts = st.text(alphabet=ALPHABET, max_size=24)


@pytest.mark.parametrize(("text", "folded"), [
    ("Nómina", "nomina"), ("LIQUIDACIÓN", "liquidacion"), ("ÑANDÚ", "nandu"),
    ("Café Ñandú", "cafe nandu"), ("Importadora Núñez & Hijos", "importadora nunez & hijos"),
    ("Çağrı Şahin", "cagri sahin"), ("Łódź", "lodz"), ("Ærø", "æro"), ("Straße", "straße"),
    ("Ștefan Țuțea", "stefan tutea"), ("No\u0301mina", "nomina"),  # typed decomposed
    ("Москва", "Москва"),  # other scripts as written
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_every_letter_folds_to_one_letter_that_folds_no_further() -> None:
    for letter, to in FOLD.items():
        assert len(to) == 1 and fold(to) == to, letter
        assert unicodedata.category(letter).startswith("L")
    assert {"á", "Á", "ñ", "Ñ", "ü", "Ü", "ç", "Ç", "ã", "õ", "è", "ò", "Œ"} <= set(FOLD)


@given(texts)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def sqlite_folder() -> sqlite3.Connection:
    """An in-memory table that folds `raw` into `doc` the way the search index does."""
    from app.ledger import search_index

    conn = sqlite3.connect(":memory:")
    conn.execute(search_index._fold_table())
    return conn


@settings(max_examples=300)
@given(st.lists(texts, min_size=1, max_size=20))
def test_sqlite_folds_exactly_as_python(batch: list[str]) -> None:
    """The index's triggers fold in SQL, its build in Python: the same text either way
    (stored text is not composed first; a search term is)."""
    conn = sqlite_folder()
    conn.executemany("INSERT INTO search_fts_fold(key, raw) VALUES (?, ?)", enumerate(batch))
    got = [row[0] for row in conn.execute("SELECT doc FROM search_fts_fold ORDER BY key")]
    assert got == [fold_stored(t) for t in batch]
    composed = [unicodedata.normalize("NFC", t) for t in batch]
    assert [fold(fold_stored(t)) for t in composed] == [fold(t) for t in batch]


def test_sqlite_folds_every_letter_of_the_table() -> None:
    conn = sqlite_folder()
    letters = "".join(FOLD)
    conn.execute("INSERT INTO search_fts_fold(key, raw) VALUES (1, ?)", (letters,))
    assert conn.execute("SELECT doc FROM search_fts_fold").fetchone()[0] == fold(letters)


@settings(max_examples=400)
@given(texts, texts)
def test_glob_and_like_patterns_match_as_fold_says(text: str, term: str) -> None:
    term = term.strip()
    if not term:
        return
    conn = sqlite3.connect(":memory:")
    expected = fold(term) in fold_stored(text)
    assert conn.execute("SELECT ? GLOB ?", (text, glob_pattern(term))).fetchone()[0] == \
        expected, glob_pattern(term)
    # LIKE over the folded text (the index's check): the same answer.
    assert conn.execute("SELECT ? LIKE ? ESCAPE '\\'", (fold_stored(text), like_pattern(term))
                        ).fetchone()[0] == expected


@pytest.fixture
def pg(pg_location):
    from sqlalchemy import create_engine

    engine = create_engine(pg_location.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def pg_contains(conn, text: str, term: str) -> bool:
    return bool(conn.scalar(select(textfold.contains(literal(text), term, "postgresql"))))


@pytest.mark.postgres
@pytest.mark.parametrize(("text", "term"), [
    ("Nómina quincenal", "nomina"), ("LIQUIDACIÓN Clip", "liquidacion"),
    ("Café Ñandú", "ÑANDÚ"), ("Café Ñandú", "nandu"), ("Peña", "pena"), ("Pena", "peña"),
    ("100% [a*b?] c.d (e)", "[a*b?]"), ("100% [a*b?] c.d (e)", "c.d (e)"),
    ("a\\b^c$d|e+f{2}", "\\b^c$d|e+f{2}"), ("cd", "c.d"), ("Straße", "STRASSE"),
    ("Ærø", "ærø"), ("Москва", "Москва"), ("€ 5", "€"), ("tab\there", "\th"),
])
def test_regex_pattern_matches_as_fold_says_on_postgres(pg, text: str, term: str) -> None:
    assert pg_contains(pg, text, term) == (fold(term) in fold_stored(text)), regex_pattern(term)


@pytest.mark.postgres
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts, texts)
def test_regex_pattern_on_postgres_agrees_with_fold(pg, text: str, term: str) -> None:
    term = term.strip()
    if term:
        assert pg_contains(pg, text, term) == (fold(term) in fold_stored(text)), \
            regex_pattern(term)
