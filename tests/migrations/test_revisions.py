"""Every revision up and down with data; the legacy upgrade keeps every cent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import db
from app.store.demo import LEGACY_DDL
from app.store.fingerprint import compute
from app.store.inspect import LEGACY_COLUMNS, inspect_book
from app.store.schema import HEAD, REVISIONS, downgrade_schema, script_heads, stamp, upgrade_schema


def migrate(location: str, target: str = "head", notes: list[str] | None = None) -> None:
    engine = db.create_book_engine(location, for_migration=True, pool=False, wal=False)
    try:
        with engine.connect() as conn, conn.begin():
            upgrade_schema(conn, target, notes=notes)
    finally:
        engine.dispose()


def downgrade(location: str, target: str) -> None:
    engine = db.create_book_engine(location, for_migration=True, pool=False, wal=False)
    try:
        with engine.connect() as conn, conn.begin():
            downgrade_schema(conn, target)
    finally:
        engine.dispose()


def fingerprint_of(location: str):
    engine = db.create_book_engine(location, pool=False, wal=False)
    try:
        with engine.connect() as conn:
            return compute(conn)
    finally:
        engine.dispose()


def write_legacy(path: Path, accounts, categories, txns) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(LEGACY_DDL)
    conn.executemany("INSERT INTO accounts (id, name, kind, opening_balance_cents) "
                     "VALUES (?, ?, 'bank', ?)", accounts)
    conn.executemany("INSERT INTO categories (id, name, parent_id, kind) VALUES (?, ?, ?, ?)",
                     categories)
    conn.executemany(
        "INSERT INTO transactions (account_id, date, payee, memo, amount_cents, category_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'x', 'x')", txns)
    conn.commit()
    conn.close()


def test_constants_match_the_revision_scripts() -> None:
    assert script_heads() == (HEAD,)
    files = sorted(p.name[:4] for p in Path("migrations/versions").glob("0*.py"))
    assert tuple(files) == REVISIONS


def test_revision_0001_is_exactly_the_legacy_schema(tmp_path: Path) -> None:
    """The 0001 revision and the DESIGN.md DDL give the same tables, columns, types,
    defaults, keys and indexes."""
    reference = tmp_path / "reference.db"
    write_legacy(reference, [], [], [])
    migrated = tmp_path / "migrated.db"
    migrate(str(migrated), "0001")

    def shape(path: Path):
        conn = sqlite3.connect(path)
        out = {}
        for table in LEGACY_COLUMNS:
            cols = [(r[1], r[2], r[3], (r[4] or "").strip("'()"), r[5])
                    for r in conn.execute(f"PRAGMA table_info({table})")]
            fks = sorted((r[2], r[3], r[4]) for r in conn.execute(
                f"PRAGMA foreign_key_list({table})"))
            uniques = sorted(
                tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')"))
                for r in conn.execute(f"PRAGMA index_list({table})") if r[2])
            out[table] = (cols, fks, uniques)
        indexes = sorted(r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"))
        conn.close()
        return out, indexes

    assert shape(migrated) == shape(reference)


def test_models_match_the_migrated_head(tmp_path: Path) -> None:
    from app.store.models import Base

    location = str(tmp_path / "head.db")
    migrate(location)
    engine = sa.create_engine(f"sqlite:///{location}")
    insp = sa.inspect(engine)
    for table in Base.metadata.sorted_tables:
        # (primary keys left aside: a legacy `id INTEGER PRIMARY KEY` reflects as nullable)
        keys = {c.name for c in table.primary_key.columns}
        columns = {c["name"]: c["nullable"] for c in insp.get_columns(table.name)}
        assert set(columns) == {c.name for c in table.columns}, table.name
        assert {k: v for k, v in columns.items() if k not in keys} == {
            c.name: c.nullable for c in table.columns if c.name not in keys}, table.name
        indexes = {i["name"] for i in insp.get_indexes(table.name)}
        assert indexes == {i.name for i in table.indexes}, table.name
    engine.dispose()


legacy_payees = st.text(max_size=12)
amounts = st.one_of(st.just(0), st.integers(-(10**12), 10**12), st.integers(-5000, 5000))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(st.integers(1, 3), legacy_payees, amounts,
                       st.one_of(st.none(), st.integers(1, 4))), max_size=40),
    st.lists(st.integers(-(10**9), 10**9), min_size=3, max_size=3),
)
def test_legacy_upgrade_keeps_every_total(tmp_path_factory, txns, openings) -> None:
    path = tmp_path_factory.mktemp("legacy") / "book.db"
    write_legacy(
        path,
        [(i + 1, f"Cuenta {i + 1}", openings[i]) for i in range(3)],
        [(1, "Ventas", None, "income"), (2, "Gastos", None, "expense"),
         (3, "Renta", 2, "expense"), (4, "Ventas", None, "income")],
        [(acc, "2026-01-01", payee, "ñ memo", amount, cat) for acc, payee, amount, cat in txns],
    )
    assert inspect_book(str(path)).state == "unversioned-legacy"
    before = fingerprint_of(str(path))
    engine = db.create_book_engine(str(path), for_migration=True, pool=False, wal=False)
    with engine.connect() as conn, conn.begin():
        stamp(conn, "0001")
        upgrade_schema(conn)
    engine.dispose()
    after = fingerprint_of(str(path))
    assert before.differences(after) == []
    assert before.transactions == len(txns)
    # head -> 0002 -> head round-trips with the same fingerprint
    downgrade(str(path), "0002")
    migrate(str(path))
    assert before.differences(fingerprint_of(str(path))) == []
    assert inspect_book(str(path)).state == "current"


def test_duplicate_top_level_names_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "dup.db"
    write_legacy(path, [(1, "Banco", 0)],
                 [(1, "Ventas", None, "income"), (2, "Ventas", None, "income"),
                  (3, "Mostrador", 2, "income")],
                 [(1, "2026-01-01", "a", "", 100, 1), (1, "2026-01-02", "b", "", 250, 3)])
    engine = db.create_book_engine(str(path), for_migration=True, pool=False, wal=False)
    notes: list[str] = []
    with engine.connect() as conn, conn.begin():
        stamp(conn, "0001")
        upgrade_schema(conn, notes=notes)
    with engine.connect() as conn:
        names = sorted(conn.execute(sa.text("SELECT full_name FROM categories")).scalars())
    engine.dispose()
    assert names == ["Ventas", "Ventas (2)", "Ventas (2):Mostrador"]
    assert notes == ["Two top-level categories were both named 'Ventas'; "
                     "the later one is now 'Ventas (2)'."]


def test_downgrade_refuses_to_lose_detail(tmp_path: Path) -> None:
    location = str(tmp_path / "book.db")
    migrate(location)
    engine = sa.create_engine(f"sqlite:///{location}")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO accounts (name, kind) VALUES ('B', 'bank')"))
        conn.execute(sa.text(
            "INSERT INTO transactions (account_id, date, amount_cents, created_at, updated_at) "
            "VALUES (1, '2026-01-01', 300, 'x', 'x'), (1, '2026-01-02', 50, 'x', 'x')"))
        conn.execute(sa.text(
            "INSERT INTO splits (transaction_id, position, amount_cents) "
            "VALUES (1, 0, 100), (1, 1, 200), (2, 0, 50)"))
    engine.dispose()
    with pytest.raises(RuntimeError, match="1 transaction would lose detail"):
        downgrade(location, "0001")
    assert inspect_book(location).state == "current"  # the failed downgrade rolled back
    # once the detail is gone, the way back is open
    engine = sa.create_engine(f"sqlite:///{location}")
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM splits WHERE transaction_id = 1 AND position = 1"))
        conn.execute(sa.text("UPDATE splits SET amount_cents = 300 WHERE transaction_id = 1"))
    engine.dispose()
    downgrade(location, "0001")
    engine = sa.create_engine(f"sqlite:///{location}")
    with engine.connect() as conn:
        assert conn.execute(sa.text(
            "SELECT amount_cents, category_id FROM transactions ORDER BY id")).all() == [
            (300, None), (50, None)]
    engine.dispose()


@pytest.mark.parametrize("target", REVISIONS[:-1])
def test_every_revision_goes_down_and_up(location: str, target: str) -> None:
    migrate(location)
    engine = db.create_book_engine(location, for_migration=True, pool=False, wal=False)
    with engine.connect() as conn, conn.begin():
        conn.execute(sa.text("INSERT INTO accounts (name, kind) VALUES ('B', 'bank')"))
        conn.execute(sa.text(
            "INSERT INTO transactions (account_id, date, amount_cents, created_at, updated_at) "
            "VALUES (1, '2026-01-01', 300, 'x', 'x')"))
        conn.execute(sa.text(
            "INSERT INTO splits (transaction_id, position, amount_cents) VALUES (1, 0, 300)"))
    engine.dispose()
    before = fingerprint_of(location)
    downgrade(location, target)
    migrate(location)
    assert before.differences(fingerprint_of(location)) == []


def test_revisions_compare_by_their_place_not_as_text() -> None:
    from app.store.schema import revision_at_least

    assert revision_at_least(HEAD, "0003") and revision_at_least("0003", "0003")
    assert not revision_at_least("0002", "0003") and not revision_at_least(None, "0001")
    assert revision_at_least("0010", "0003")  # newer than this Cuentas knows, not "< 0003"
