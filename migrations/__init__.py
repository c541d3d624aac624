"""Alembic environment and revisions of the book schema (driven from app.store.schema)."""
