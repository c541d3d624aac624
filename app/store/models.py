"""SQLAlchemy models of the head schema (the shape `migrations/` upgrades every book to).

Revisions never import this module; they describe each step with `sa.table()` stubs.
A test compares these models with a freshly migrated book, so the two cannot drift.

Conventions: money is `amount_cents` (int minor units, 64-bit on PostgreSQL);
dates are ISO `YYYY-MM-DD` text (as in the legacy schema; it sorts and compares
the same on SQLite and PostgreSQL); booleans are integers 0/1 on SQLite.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: 64-bit integers on PostgreSQL, SQLite's INTEGER (already 64-bit) elsewhere.
Cents = BigInteger().with_variant(Integer(), "sqlite")

ACCOUNT_KINDS = ("bank", "cash", "credit_card", "other")
CATEGORY_KINDS = ("income", "expense", "tax")
CATEGORY_ROLES = (
    "none",
    "iva_output",
    "iva_input",
    "iva_withheld_credit",
    "iva_withheld_payable",
    "income_tax_withheld_credit",
    "income_tax_withheld_payable",
    "commission",
)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class BookSetting(Base):
    """Book-wide settings as key/value rows (name, currency, locale, tax_preset, ...)."""

    __tablename__ = "book_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    currency: Mapped[str] = mapped_column(Text, nullable=False, server_default="MXN")
    opening_balance_cents: Mapped[int] = mapped_column(Cents, nullable=False, server_default="0")
    archived: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class Category(Base):
    __tablename__ = "categories"
    __table_args__ = (
        UniqueConstraint("parent_id", "name"),
        CheckConstraint("kind IN ('income', 'expense', 'tax')", name="kind"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[str] = mapped_column(Text, nullable=False, server_default="none")
    archived: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    full_name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)


class Transaction(Base):
    __tablename__ = "transactions"
    __table_args__ = (
        Index("ix_transactions_account_date", "account_id", "date"),
        Index("ix_transactions_date", "date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    date: Mapped[str] = mapped_column(Text, nullable=False)
    payee: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    memo: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    amount_cents: Mapped[int] = mapped_column(Cents, nullable=False)
    reference: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    cleared: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    created_at: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[str] = mapped_column(Text, nullable=False)


class Split(Base):
    """One line of a transaction: to a category, to another account, or to nothing."""

    __tablename__ = "splits"
    __table_args__ = (
        Index("ix_splits_transaction_id", "transaction_id", "position"),
        # Covering for sums by category (revision 0005): index-only category totals.
        Index("ix_splits_category_id_transfer_account_id_amount_cents", "category_id",
              "transfer_account_id", "amount_cents"),
        # Transfer lines only (revision 0006): deleting a line checks who points at it.
        Index("ix_splits_counterpart_id", "counterpart_id",
              sqlite_where=text("counterpart_id IS NOT NULL"),
              postgresql_where=text("counterpart_id IS NOT NULL")),
        CheckConstraint(
            "category_id IS NULL OR transfer_account_id IS NULL", name="one_target"
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transaction_id: Mapped[int] = mapped_column(ForeignKey("transactions.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    transfer_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    counterpart_id: Mapped[int | None] = mapped_column(ForeignKey("splits.id"))
    amount_cents: Mapped[int] = mapped_column(Cents, nullable=False)
    memo: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    #: Tax rate in basis points (1600 = 16 %), when the line is a taxed base or a tax.
    tax_rate_bp: Mapped[int | None] = mapped_column(Integer)
    taxable_base_cents: Mapped[int | None] = mapped_column(Cents)


class TaxRate(Base):
    """Dated tax rates: a rate applies from `valid_from` up to and including `valid_to`."""

    __tablename__ = "tax_rates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    rate_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    valid_from: Mapped[str] = mapped_column(Text, nullable=False)
    valid_to: Mapped[str | None] = mapped_column(Text)


class UpgradeRun(Base):
    """One run of the upgrade engine on this book (for the post-deployment report)."""

    __tablename__ = "upgrade_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_revision: Mapped[str] = mapped_column(Text, nullable=False)
    to_revision: Mapped[str] = mapped_column(Text, nullable=False)
    started_at: Mapped[str] = mapped_column(Text, nullable=False)
    finished_at: Mapped[str] = mapped_column(Text, nullable=False)
    outcome: Mapped[str] = mapped_column(Text, nullable=False)
    backup_path: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    app_version: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    fingerprint_before: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    fingerprint_after: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    message: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class User(Base):
    """A person who uses the book: role decides what they may do, group when they get features."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('owner', 'bookkeeper', 'viewer')", name="role"),
        CheckConstraint(
            "rollout_group IN ('internal', 'primary', 'standard')", name="rollout_group"
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    login: Mapped[str | None] = mapped_column(Text, unique=True)
    role: Mapped[str] = mapped_column(Text, nullable=False)
    rollout_group: Mapped[str] = mapped_column(Text, nullable=False, server_default="standard")
    created_at: Mapped[str] = mapped_column(Text, nullable=False)


class FeatureFlag(Base):
    """The rollout stage of a flag in this book (flags themselves are declared in code)."""

    __tablename__ = "feature_flags"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    stage: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[str] = mapped_column(Text, nullable=False)
    updated_by: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class AuditEntry(Base):
    """Who changed what, written in the same transaction as the change itself."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_at", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(Text, nullable=False)
    user_name: Mapped[str] = mapped_column(Text, nullable=False)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    entity: Mapped[str] = mapped_column(Text, nullable=False)
    entity_id: Mapped[str] = mapped_column(Text, nullable=False)
    changes: Mapped[str] = mapped_column(Text, nullable=False, server_default="{}")


class SplitTemplate(Base):
    """A template a user saved: its lines as JSON (fixed amounts, percentages, remainder)."""

    __tablename__ = "split_templates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    created_at: Mapped[str] = mapped_column(Text, nullable=False)


class ImportBatch(Base):
    """One import: the file it came from, who ran it, and (once undone) when.

    `details` is JSON of what Undo import puts back besides the transactions: the
    categories and accounts the import created, an opening balance it set."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    format: Mapped[str] = mapped_column(Text, nullable=False)
    file_name: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    file_sha256: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    imported_at: Mapped[str] = mapped_column(Text, nullable=False)
    user_name: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    transactions: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    details: Mapped[str] = mapped_column(Text, nullable=False, server_default="{}")
    undone_at: Mapped[str | None] = mapped_column(Text)
    undone_by: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class ImportLink(Base):
    """A transaction written by an import batch, with the bank's id for it (FITID)."""

    __tablename__ = "import_links"
    __table_args__ = (Index("ix_import_links_batch_id", "batch_id"),)
    transaction_id: Mapped[int] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE"), primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), nullable=False)
    fitid: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class ImportRule(Base):
    """A split rule: imported movements whose payee matches get a template's lines."""

    __tablename__ = "import_rules"
    __table_args__ = (CheckConstraint("match IN ('payee', 'contains')", name="match"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    match: Mapped[str] = mapped_column(Text, nullable=False)
    pattern: Mapped[str] = mapped_column(Text, nullable=False)
    template: Mapped[str] = mapped_column(Text, nullable=False)
    params: Mapped[str] = mapped_column(Text, nullable=False, server_default="{}")
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    enabled: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")


class ImportMapping(Base):
    """A saved CSV column mapping (JSON), optionally the one of an account."""

    __tablename__ = "import_mappings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[str] = mapped_column(Text, nullable=False)
