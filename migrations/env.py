"""Alembic environment for Cuentas books.

Only ever run through `app.store.schema`, which hands over an open connection inside the
caller's transaction (`config.attributes["connection"]`). Everything the chain does
then commits or rolls back as one unit: that is what makes an upgrade all-or-nothing.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
progress = context.config.attributes.get("progress")


def _applied(*, ctx: object, step: object, heads: object, run_args: object) -> None:
    if progress is not None:
        progress("revision applied", step.up_revision_id, 1, 1)  # type: ignore[attr-defined]


if connection is None:  # pragma: no cover - guarded by app.store.schema
    raise RuntimeError(
        "Cuentas migrations run only through app.store.schema (no standalone alembic)")

context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=True,
    transaction_per_migration=False,
    # The caller owns the transaction; revisions must never commit on their own.
    transactional_ddl=True,
    on_version_apply=_applied,
)

with context.begin_transaction():
    context.run_migrations()
