"""Book settings, category roles and the tax kind, dated tax rates, upgrade history.

Revision ID: 0003
Revises: 0002
Legacy books may hold two top-level categories with the same name (SQLite treats
NULL parents as distinct in UNIQUE); the later ones are renamed `Name (2)`, ... and
each rename is reported to the upgrade summary. From here on `full_name` is unique.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAMING = {
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}

#: A sensible locale for a book's currency; the owner can change it in the settings.
LOCALE_BY_CURRENCY = {
    "MXN": "es_MX", "EUR": "es_ES", "ARS": "es_AR", "CLP": "es_CL", "COP": "es_CO",
    "USD": "en_US", "PEN": "es_PE", "UYU": "es_UY", "GBP": "en_GB",
}

settings = sa.table("book_settings", sa.column("key", sa.Text), sa.column("value", sa.Text))


def _note(text: str) -> None:
    notes = context.config.attributes.get("notes")
    if notes is not None:
        notes.append(text)


def _dedupe_top_level_names(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.text("SELECT id, name FROM categories WHERE parent_id IS NULL ORDER BY id")
    ).all()
    taken = {name for _id, name in rows}
    seen: set[str] = set()
    for cat_id, name in rows:
        if name not in seen:
            seen.add(name)
            continue
        n = 2
        while f"{name} ({n})" in taken:
            n += 1
        new = f"{name} ({n})"
        taken.add(new)
        bind.execute(
            sa.text("UPDATE categories SET name = :new WHERE id = :id"), {"new": new, "id": cat_id}
        )
        _note(f"Two top-level categories were both named '{name}'; the later one is now '{new}'.")


def _rebuild() -> str:
    """SQLite rebuilds tables for these changes; PostgreSQL alters them in place."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "book_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    currency = bind.execute(
        sa.text(
            "SELECT currency FROM accounts GROUP BY currency "
            "ORDER BY count(*) DESC, min(id) LIMIT 1"
        )
    ).scalar()
    currency = (currency or "MXN").upper()
    op.bulk_insert(
        settings,
        [
            {"key": "name", "value": ""},
            {"key": "currency", "value": currency},
            {"key": "locale", "value": LOCALE_BY_CURRENCY.get(currency, "es_MX")},
            {"key": "tax_preset", "value": "none"},
        ],
    )

    _dedupe_top_level_names(bind)
    with op.batch_alter_table("categories", naming_convention=NAMING, recreate=_rebuild()) as batch:
        batch.add_column(sa.Column("role", sa.Text, nullable=False, server_default="none"))
        batch.add_column(sa.Column("archived", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("full_name", sa.Text, nullable=False, server_default=""))
        batch.create_check_constraint("ck_categories_kind", "kind IN ('income', 'expense', 'tax')")
    bind.execute(
        sa.text(
            "WITH RECURSIVE tree(id, full_name) AS ("
            " SELECT id, name FROM categories WHERE parent_id IS NULL"
            " UNION ALL"
            " SELECT c.id, tree.full_name || ':' || c.name"
            " FROM categories c JOIN tree ON c.parent_id = tree.id)"
            " UPDATE categories SET full_name ="
            " (SELECT full_name FROM tree WHERE tree.id = categories.id)"
        )
    )
    with op.batch_alter_table("categories", naming_convention=NAMING, recreate=_rebuild()) as batch:
        batch.alter_column("full_name", server_default=None)
        batch.create_unique_constraint("uq_categories_full_name", ["full_name"])

    op.create_table(
        "tax_rates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("rate_bp", sa.Integer, nullable=False),
        sa.Column("valid_from", sa.Text, nullable=False),
        sa.Column("valid_to", sa.Text),
    )
    op.create_table(
        "upgrade_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("from_revision", sa.Text, nullable=False),
        sa.Column("to_revision", sa.Text, nullable=False),
        sa.Column("started_at", sa.Text, nullable=False),
        sa.Column("finished_at", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("backup_path", sa.Text, nullable=False, server_default=""),
        sa.Column("app_version", sa.Text, nullable=False, server_default=""),
        sa.Column("fingerprint_before", sa.Text, nullable=False, server_default=""),
        sa.Column("fingerprint_after", sa.Text, nullable=False, server_default=""),
        sa.Column("message", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_transactions_date", "transactions", ["date"])


def downgrade() -> None:
    bind = op.get_bind()
    taxed = bind.execute(sa.text("SELECT count(*) FROM categories WHERE kind = 'tax'")).scalar_one()
    if taxed:
        raise RuntimeError(
            f"cannot go back: {taxed} categor{'ies are' if taxed != 1 else 'y is'} of kind 'tax', "
            "which the older schema cannot hold"
        )
    op.drop_index("ix_transactions_date", table_name="transactions")
    op.drop_table("upgrade_runs")
    op.drop_table("tax_rates")
    with op.batch_alter_table("categories", naming_convention=NAMING, recreate=_rebuild()) as batch:
        batch.drop_constraint("uq_categories_full_name", type_="unique")
        batch.drop_constraint("ck_categories_kind", type_="check")
        batch.drop_column("full_name")
        batch.drop_column("archived")
        batch.drop_column("role")
    op.drop_table("book_settings")
