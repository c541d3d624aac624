"""A book's fingerprint: what must not change when a book is upgraded, backed up or restored.

Transaction count, each account's balance (opening + all amounts) and each category's
total. Before revision 0002 category totals come from `transactions.category_id`;
from 0002 on they are summed over split lines — so equal fingerprints before and
after an upgrade prove that no cent moved between accounts or categories. Transfer
lines are counted apart (`transfers`), uncategorized lines under key `"none"`.

Works on a DB-API sqlite3 connection or a SQLAlchemy connection of either dialect,
with aggregate SQL only.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from app.i18n import tr


@dataclass(frozen=True)
class Fingerprint:
    transactions: int
    balances: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    transfers: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | dict[str, Any]) -> Fingerprint:
        data = json.loads(raw) if isinstance(raw, str) else raw
        return cls(
            transactions=int(data["transactions"]),
            balances={str(k): int(v) for k, v in data["balances"].items()},
            categories={str(k): int(v) for k, v in data["categories"].items()},
            transfers=int(data.get("transfers", 0)),
        )

    def differences(self, other: Fingerprint) -> list[str]:
        """Plain-words list of what differs (empty when equal)."""
        out: list[str] = []
        if self.transactions != other.transactions:
            out.append(tr("transactions: {before} before, {after} after").format(
                before=self.transactions, after=other.transactions))
        for label, mine, theirs in (
            (tr("account {key}"), self.balances, other.balances),
            (tr("category {key}"), self.categories, other.categories),
        ):
            for key in sorted(set(mine) | set(theirs)):
                if mine.get(key, 0) != theirs.get(key, 0):
                    out.append(tr("{what}: {before} before, {after} after").format(
                        what=label.format(key=key), before=mine.get(key, 0),
                        after=theirs.get(key, 0)))
        if self.transfers != other.transfers:
            out.append(tr("transfers: {before} before, {after} after").format(
                before=self.transfers, after=other.transfers))
        return out


def _rows(conn: sqlite3.Connection | Connection, sql: str) -> list[tuple[Any, ...]]:
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql).fetchall()
    return [tuple(r) for r in conn.execute(text(sql)).all()]


def _has_column(conn: sqlite3.Connection | Connection, table: str, column: str) -> bool:
    if isinstance(conn, sqlite3.Connection):
        return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))
    from sqlalchemy import inspect

    return any(c["name"] == column for c in inspect(conn).get_columns(table))


def compute(conn: sqlite3.Connection | Connection) -> Fingerprint:
    (count,) = _rows(conn, "SELECT count(*) FROM transactions")[0]
    balances = {
        str(acc_id): int(total)
        for acc_id, total in _rows(
            conn,
            "SELECT a.id, a.opening_balance_cents + COALESCE(t.total, 0) FROM accounts a "
            "LEFT JOIN (SELECT account_id, sum(amount_cents) AS total FROM transactions "
            "GROUP BY account_id) t ON t.account_id = a.id",
        )
    }
    if _has_column(conn, "transactions", "category_id"):
        cat_rows = _rows(
            conn,
            "SELECT category_id, sum(amount_cents) FROM transactions GROUP BY category_id",
        )
        transfers = 0
    else:
        cat_rows = _rows(
            conn,
            "SELECT category_id, sum(amount_cents) FROM splits "
            "WHERE transfer_account_id IS NULL GROUP BY category_id",
        )
        transfers = int(
            _rows(conn, "SELECT count(*) FROM splits WHERE transfer_account_id IS NOT NULL")[0][0]
        )
    categories = {
        ("none" if cid is None else str(cid)): int(total) for cid, total in cat_rows
    }
    return Fingerprint(int(count), balances, categories, transfers)
