"""The legacy single-category schema (books written before splits existed).

Revision ID: 0001
Revises:
A book of this shape may exist without an `alembic_version` table; the upgrade
engine recognises it by its tables and columns and stamps it 0001 first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Cents = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


#: The legacy schema exactly as the pre-split Cuentas wrote it (DESIGN.md section 3).
SQLITE_DDL = (
    """CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  currency TEXT NOT NULL DEFAULT 'MXN',
  opening_balance_cents INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0
)""",
    """CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  parent_id INTEGER REFERENCES categories(id),
  kind TEXT NOT NULL,
  UNIQUE (parent_id, name)
)""",
    """CREATE TABLE transactions (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  date TEXT NOT NULL,
  payee TEXT NOT NULL DEFAULT '',
  memo TEXT NOT NULL DEFAULT '',
  amount_cents INTEGER NOT NULL,
  category_id INTEGER REFERENCES categories(id),
  reference TEXT NOT NULL DEFAULT '',
  cleared INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
)""",
    "CREATE INDEX ix_transactions_account_date ON transactions (account_id, date)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DDL:
            op.execute(statement)
        return
    # The same shape elsewhere (PostgreSQL: 64-bit amounts, serial ids).
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("currency", sa.Text, nullable=False, server_default="MXN"),
        sa.Column("opening_balance_cents", Cents, nullable=False, server_default="0"),
        sa.Column("archived", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("categories.id")),
        sa.Column("kind", sa.Text, nullable=False),
        sa.UniqueConstraint("parent_id", "name"),
    )
    op.create_table(
        "transactions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("date", sa.Text, nullable=False),
        sa.Column("payee", sa.Text, nullable=False, server_default=""),
        sa.Column("memo", sa.Text, nullable=False, server_default=""),
        sa.Column("amount_cents", Cents, nullable=False),
        sa.Column("category_id", sa.Integer, sa.ForeignKey("categories.id")),
        sa.Column("reference", sa.Text, nullable=False, server_default=""),
        sa.Column("cleared", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_index("ix_transactions_account_date", "transactions", ["account_id", "date"])


def downgrade() -> None:
    op.drop_index("ix_transactions_account_date", table_name="transactions")
    op.drop_table("transactions")
    op.drop_table("categories")
    op.drop_table("accounts")
