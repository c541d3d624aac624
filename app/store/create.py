"""Creating a new book: schema at head, settings, the owner profile, a tax preset.

A new book is built by running the same revision chain every upgraded book went
through (one source of truth for the schema), then filled in one transaction: if
anything fails, no half-made book is left behind.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, insert, select, text, update

from app.dates import now_iso
from app.errors import BadInput
from app.i18n import tr
from app.money import is_currency
from app.presets import PRESETS, default_locale
from app.store import db
from app.store.identity import desktop_login
from app.store.models import BookSetting, Category, TaxRate, User
from app.store.outfiles import create_private


def validate_new_book(currency: str, locale: str | None, tax_preset: str) -> tuple[str, str]:
    """Check `new` arguments; returns (currency code, locale)."""
    from babel import Locale, UnknownLocaleError

    code = currency.upper()
    if not is_currency(code):
        raise BadInput("--currency", currency, tr("is not an ISO 4217 currency code"))
    if tax_preset not in PRESETS:
        raise BadInput("--tax-preset", tax_preset, tr("is not one of {items}").format(
            items=', '.join(PRESETS)))
    if locale is None:
        locale = default_locale(code)
    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        raise BadInput("--locale", locale,
                       tr("is not a known locale (like es_MX or es_ES)")) from None
    return code, locale


def check_new_location(location: str) -> None:
    if db.is_postgres(location):
        return
    path = Path(location).expanduser()
    if path.exists():
        raise BadInput("--db", location, tr("already exists; choose a new file name"))
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise BadInput("--db", location, tr("is in a folder that does not exist"))
    if not os.access(parent, os.W_OK):
        raise BadInput("--db", location, tr("is in a folder that cannot be written"))


def create_book(
    location: str,
    *,
    currency: str,
    locale: str | None = None,
    tax_preset: str = "none",
    name: str = "",
    owner_name: str | None = None,
) -> None:
    """Create a book at `location` (a new file, or an empty PostgreSQL database)."""
    from app.store.schema import upgrade_schema

    code, loc = validate_new_book(currency, locale, tax_preset)
    check_new_location(location)
    if not db.is_postgres(location):
        Path(location).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # Owner-only from its first byte (SQLite gives -wal/-shm the same mode).
        create_private(location)
    engine = db.create_book_engine(location, for_migration=True, pool=False)
    try:
        with engine.connect() as conn, conn.begin():
            upgrade_schema(conn)
            _fill(conn, code=code, locale=loc, preset=tax_preset, name=name, owner=owner_name)
    except BaseException:
        engine.dispose()
        if not db.is_postgres(location):
            remove_sqlite_files(Path(location).expanduser())
        raise
    engine.dispose()
    if not db.is_postgres(location):
        os.chmod(Path(location).expanduser(), 0o600)


def _fill(
    conn: Connection, *, code: str, locale: str, preset: str, name: str, owner: str | None
) -> None:
    # Revision 0003 inserted defaults for an upgraded book; a new book says what it is.
    for key, value in (("currency", code), ("locale", locale), ("tax_preset", preset),
                       ("name", name)):
        conn.execute(update(BookSetting).where(BookSetting.key == key).values(value=value))
    # The creator owns the book: on PostgreSQL the database login is who acts.
    if conn.dialect.name == "postgresql":
        login = str(conn.execute(text("SELECT current_user")).scalar_one())
    else:
        login = desktop_login()
    conn.execute(
        insert(User).values(
            name=owner or login.capitalize() or "Owner",
            login=login,
            role="owner",
            rollout_group="primary",
            created_at=now_iso(),
        )
    )
    apply_preset(conn, preset)


def apply_preset(conn: Connection, preset_key: str) -> list[str]:
    """Add the preset's missing tax categories and rates; returns the names added."""
    preset = PRESETS[preset_key]
    existing = dict(conn.execute(select(Category.full_name, Category.id)).all())
    added: list[str] = []
    for cat in preset.categories:
        parent_id = None
        parts = cat.full_name.split(":")
        for depth in range(1, len(parts) + 1):
            full = ":".join(parts[:depth])
            if full not in existing:
                existing[full] = conn.execute(
                    insert(Category)
                    .values(
                        name=parts[depth - 1],
                        parent_id=parent_id,
                        kind=cat.kind,
                        role=cat.role if depth == len(parts) else "none",
                        full_name=full,
                    )
                    .returning(Category.id)
                ).scalar_one()
                added.append(full)
            parent_id = existing[full]
    have_rates = {r for (r,) in conn.execute(select(TaxRate.code)).all()}
    for rate in preset.rates:
        if rate.code in have_rates:
            continue
        conn.execute(
            insert(TaxRate).values(
                code=rate.code,
                name=rate.name,
                rate_bp=int(Decimal(rate.percent) * 100),
                valid_from=rate.valid_from,
                valid_to=rate.valid_to,
            )
        )
    return added


def remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink()
        except FileNotFoundError:
            pass
