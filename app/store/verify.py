"""`cuentas verify`: the invariants every write keeps (DESIGN.md section 3).

1. every transaction has at least one split line;
2. the lines of a transaction add up exactly to its amount;
3. no dangling references (SQLite `foreign_key_check`, `quick_check`, or the full
   `integrity_check` with `full=True`);
4. the book's schema revision is the application's head;
and, for transfers, each counterpart pair mirrors its amount and shares its date.
Each check is one aggregate query.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.i18n import QT_TR_NOOP, plural, tr
from app.store import db
from app.store.schema import HEAD


@dataclass(frozen=True)
class Check:
    """One invariant: `name` is source text and the key of `verify --json` (show it
    through `app.i18n.tr`), `detail` is in the interface's language."""

    name: str
    ok: bool
    detail: str


def _count(conn: Connection, sql: str) -> int:
    return int(conn.execute(text(sql)).scalar_one())


def run_checks(conn: Connection, *, full: bool = False) -> list[Check]:
    checks: list[Check] = []
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    checks.append(
        Check(QT_TR_NOOP("schema revision"), revision == HEAD,
              tr("book at {revision}, application head {head}").format(
                  revision=revision, head=HEAD))
    )
    if revision not in ("0002", "0003", "0004") and revision != HEAD:
        return checks

    n = _count(
        conn,
        "SELECT count(*) FROM transactions t WHERE NOT EXISTS "
        "(SELECT 1 FROM splits s WHERE s.transaction_id = t.id)",
    )
    checks.append(Check(QT_TR_NOOP("every transaction has lines"), n == 0,
                        tr("all have lines") if n == 0
                        else plural(n, tr("1 transaction has no lines"),
                                    tr("{n} transactions have no lines")).format(n=n)))
    n = _count(
        conn,
        "SELECT count(*) FROM transactions t JOIN (SELECT transaction_id, sum(amount_cents) AS s "
        "FROM splits GROUP BY transaction_id) x ON x.transaction_id = t.id "
        "WHERE x.s <> t.amount_cents",
    )
    checks.append(Check(QT_TR_NOOP("lines add up to amounts"), n == 0,
                        tr("all balanced") if n == 0
                        else plural(n, tr("1 transaction does not add up"),
                                    tr("{n} transactions do not add up")).format(n=n)))
    n = _count(
        conn,
        "SELECT count(*) FROM splits s LEFT JOIN splits c ON c.id = s.counterpart_id "
        "LEFT JOIN transactions ts ON ts.id = s.transaction_id "
        "LEFT JOIN transactions tc ON tc.id = c.transaction_id "
        "WHERE s.counterpart_id IS NOT NULL AND (c.id IS NULL OR c.counterpart_id <> s.id "
        "OR c.amount_cents <> -s.amount_cents OR tc.date <> ts.date "
        "OR s.transfer_account_id <> tc.account_id)",
    )
    n += _count(
        conn,
        "SELECT count(*) FROM splits WHERE transfer_account_id IS NOT NULL "
        "AND counterpart_id IS NULL",
    )
    checks.append(Check(QT_TR_NOOP("transfers mirror each other"), n == 0,
                        tr("all in step") if n == 0
                        else plural(n, tr("1 transfer line is out of step"),
                                    tr("{n} transfer lines are out of step")).format(n=n)))

    if conn.dialect.name == "sqlite":
        fk = conn.execute(text("PRAGMA foreign_key_check")).all()
        checks.append(Check(QT_TR_NOOP("no dangling references"), not fk,
                            tr("none") if not fk
                            else plural(len(fk), tr("1 row points at a missing row"),
                                        tr("{n} rows point at missing rows")).format(
                                n=len(fk))))
        pragma = "integrity_check" if full else "quick_check"
        result = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}")).all()]
        ok = result == ["ok"]
        name = QT_TR_NOOP("integrity check") if full else QT_TR_NOOP("quick check")
        checks.append(Check(name, ok, tr("ok") if ok else "; ".join(result[:5])))
    else:
        checks.append(Check(QT_TR_NOOP("no dangling references"), True,
                            tr("enforced by PostgreSQL")))
    return checks


def verify_book(location: str, *, full: bool = False) -> list[Check]:
    """Run the checks; a book this user cannot write is read through a read-only
    connection (verifying never writes)."""
    engine = (db.create_book_engine(location, pool=False, wal=False) if db.writable(location)
              else db.create_readonly_engine(location, pool=False))
    try:
        with engine.connect() as conn:
            return run_checks(conn, full=full)
    finally:
        engine.dispose()
