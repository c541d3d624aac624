"""Split transactions: every transaction gets its lines in `splits`; category_id goes.

Revision ID: 0002
Revises: 0001
The data step is set-based (`INSERT ... SELECT`), in id ranges so progress can be
reported; it never loads rows into Python. The downgrade refuses, naming how many
transactions would lose detail, when the old single-category shape cannot hold them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

Cents = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
CHUNK = 100_000
NAMING = {
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
}


def _progress(step: str, done: int, total: int) -> None:
    report = context.config.attributes.get("progress")
    if report is not None:
        report(step, revision, done, total)


def _rebuild() -> str:
    """SQLite rebuilds tables for these changes; PostgreSQL alters them in place."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    op.create_table(
        "splits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("transaction_id", sa.Integer, sa.ForeignKey("transactions.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("category_id", sa.Integer, sa.ForeignKey("categories.id")),
        sa.Column("transfer_account_id", sa.Integer, sa.ForeignKey("accounts.id")),
        sa.Column("counterpart_id", sa.Integer, sa.ForeignKey("splits.id")),
        sa.Column("amount_cents", Cents, nullable=False),
        sa.Column("memo", sa.Text, nullable=False, server_default=""),
        sa.Column("tax_rate_bp", sa.Integer),
        sa.Column("taxable_base_cents", Cents),
        sa.CheckConstraint(
            "category_id IS NULL OR transfer_account_id IS NULL", name="ck_splits_one_target"
        ),
    )
    bind = op.get_bind()
    lo, hi, total = bind.execute(
        sa.text("SELECT min(id), max(id), count(*) FROM transactions")
    ).one()
    done = 0
    _progress("copy lines", 0, total)
    if total:
        start = lo
        while start <= hi:
            stop = start + CHUNK
            done += bind.execute(
                sa.text(
                    "INSERT INTO splits (transaction_id, position, category_id, amount_cents, memo) "
                    "SELECT id, 0, category_id, amount_cents, '' FROM transactions "
                    "WHERE id >= :start AND id < :stop ORDER BY id"
                ),
                {"start": start, "stop": stop},
            ).rowcount
            _progress("copy lines", done, total)
            start = stop
    _progress("index lines", 0, 1)
    op.create_index("ix_splits_transaction_id", "splits", ["transaction_id", "position"])
    # No index by category here: revision 0005 builds the covering one that replaces
    # it, and building this one only for 0005 to drop it cost ~0.5 s per million lines
    # of every upgrade (0005 and the downgrade below cope with books that have it).
    _progress("index lines", 1, 1)
    _progress("drop old category column", 0, 1)
    with op.batch_alter_table("transactions", naming_convention=NAMING) as batch:
        batch.drop_column("category_id")
    _progress("drop old category column", 1, 1)


def downgrade() -> None:
    bind = op.get_bind()
    losing = bind.execute(
        sa.text(
            "SELECT count(*) FROM transactions t WHERE "
            "(SELECT count(*) FROM splits s WHERE s.transaction_id = t.id) <> 1 "
            "OR EXISTS (SELECT 1 FROM splits s WHERE s.transaction_id = t.id AND ("
            "s.transfer_account_id IS NOT NULL OR s.counterpart_id IS NOT NULL "
            "OR s.memo <> '' OR s.tax_rate_bp IS NOT NULL OR s.taxable_base_cents IS NOT NULL "
            "OR s.amount_cents <> t.amount_cents))"
        )
    ).scalar_one()
    if losing:
        raise RuntimeError(
            f"cannot go back to single categories: {losing} transaction"
            f"{'s' if losing != 1 else ''} would lose detail (several lines, a transfer, "
            "a line memo or tax data)"
        )
    with op.batch_alter_table(
        "transactions", naming_convention=NAMING, recreate=_rebuild()
    ) as batch:
        if _rebuild() == "always":  # keep the legacy column order on SQLite
            batch.add_column(sa.Column("category_id", sa.Integer), insert_before="reference")
        else:
            batch.add_column(sa.Column("category_id", sa.Integer))
        batch.create_foreign_key(
            "fk_transactions_category_id_categories", "categories", ["category_id"], ["id"]
        )
    bind.execute(
        sa.text(
            "UPDATE transactions SET category_id = "
            "(SELECT s.category_id FROM splits s WHERE s.transaction_id = transactions.id)"
        )
    )
    op.drop_index("ix_splits_category_id", table_name="splits", if_exists=True)
    op.drop_index("ix_splits_transaction_id", table_name="splits")
    op.drop_table("splits")
