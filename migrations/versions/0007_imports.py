"""Imports: batches (for Undo import), which transactions each batch wrote (with the
bank's FITID, for de-duplication), split rules and saved CSV mappings.

Revision ID: 0007
Revises: 0006
New tables only: no existing row changes, so the upgrade of a big book costs nothing
here. `import_links.transaction_id` cascades on delete, so deleting an imported
transaction by hand also forgets that it was imported. The downgrade drops the four
tables: the transactions stay, only the memory of which import wrote them goes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("format", sa.Text, nullable=False),
        sa.Column("file_name", sa.Text, nullable=False, server_default=""),
        sa.Column("file_sha256", sa.Text, nullable=False, server_default=""),
        sa.Column("imported_at", sa.Text, nullable=False),
        sa.Column("user_name", sa.Text, nullable=False, server_default=""),
        sa.Column("transactions", sa.Integer, nullable=False, server_default="0"),
        sa.Column("details", sa.Text, nullable=False, server_default="{}"),
        sa.Column("undone_at", sa.Text),
        sa.Column("undone_by", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "import_links",
        sa.Column("transaction_id", sa.Integer,
                  sa.ForeignKey("transactions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("batch_id", sa.Integer, sa.ForeignKey("import_batches.id"), nullable=False),
        sa.Column("fitid", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_import_links_batch_id", "import_links", ["batch_id"])
    op.create_table(
        "import_rules",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("match", sa.Text, nullable=False),
        sa.Column("pattern", sa.Text, nullable=False),
        sa.Column("template", sa.Text, nullable=False),
        sa.Column("params", sa.Text, nullable=False, server_default="{}"),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id")),
        sa.Column("enabled", sa.Integer, nullable=False, server_default="1"),
        sa.CheckConstraint("match IN ('payee', 'contains')", name="ck_import_rules_match"),
    )
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id")),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    op.drop_table("import_rules")
    op.drop_index("ix_import_links_batch_id", table_name="import_links")
    op.drop_table("import_links")
    op.drop_table("import_batches")
