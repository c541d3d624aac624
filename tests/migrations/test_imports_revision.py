"""Revision 0007 (imports): its tables, the cascade that forgets a deleted transaction's
import, and a downgrade that keeps every transaction."""

from __future__ import annotations

import sqlalchemy as sa

from app.store import db
from app.store.book import open_book
from app.store.create import create_book
from app.store.schema import downgrade_schema, upgrade_schema

TABLES = {"import_batches", "import_links", "import_rules", "import_mappings"}


def _tables(location: str) -> set[str]:
    engine = db.create_book_engine(location, pool=False, wal=False)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_deleting_a_transaction_forgets_its_import_and_the_downgrade_keeps_it(
        location: str) -> None:
    create_book(location, currency="MXN")
    book = open_book(location)
    with book.write() as uow:
        conn = uow.session.connection()
        conn.execute(sa.text("INSERT INTO accounts (id, name, kind) VALUES (1, 'B', 'bank')"))
        conn.execute(sa.text(
            "INSERT INTO transactions (id, account_id, date, amount_cents, created_at, "
            "updated_at) VALUES (1, 1, '2026-01-01', 5, 'x', 'x'), (2, 1, '2026-01-02', 7, 'x',"
            " 'x')"))
        conn.execute(sa.text("INSERT INTO splits (transaction_id, position, amount_cents) "
                             "VALUES (1, 0, 5), (2, 0, 7)"))
        conn.execute(sa.text("INSERT INTO import_batches (id, account_id, format, imported_at)"
                             " VALUES (1, 1, 'qif', 'now')"))
        conn.execute(sa.text("INSERT INTO import_links (transaction_id, batch_id, fitid) "
                             "VALUES (1, 1, 'A'), (2, 1, 'B')"))
    with book.write() as uow:
        conn = uow.session.connection()
        conn.execute(sa.text("DELETE FROM splits WHERE transaction_id = 1"))
        conn.execute(sa.text("DELETE FROM transactions WHERE id = 1"))
    with book.read() as session:
        assert session.execute(sa.text("SELECT fitid FROM import_links")).scalars().all() == ["B"]
    book.close()
    assert _tables(location) >= TABLES
    engine = db.create_book_engine(location, for_migration=True, pool=False, wal=False)
    with engine.connect() as conn, conn.begin():
        downgrade_schema(conn, "0006")
    assert not TABLES & _tables(location)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM transactions")).scalar() == 1
    with engine.connect() as conn, conn.begin():
        upgrade_schema(conn)
    engine.dispose()
    assert _tables(location) >= TABLES
