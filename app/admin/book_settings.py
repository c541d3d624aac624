"""Settings of a book (kept in `book_settings`), declared once as data. (This
computer's settings, such as the interface language, are `app.admin.local_settings`.)

Each setting is declared here with its key, type, default and description; a test
checks every declaration, and the settings panel builds its fields from them. The
book's identity (name, currency, locale, tax preset) and the backup choices live
here; other features add their own declarations.

Keys other modules read:

* `name`, `currency`, `locale`, `tax_preset` — `app.store.book.BookInfo`;
* `backup_dir` (a folder; empty: the book's folder under `<user data>/backups/`),
  `backup_schedule` (`daily` | `off`), `backup_keep_scheduled` (how many scheduled
  backups to keep; pre-upgrade backups are always kept) — read them with
  `backup_settings(book)`.

Changing a setting needs the `admin` permission (owners) and is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.money import exponent, format_amount, is_currency, to_minor
from app.store.book import Book, UnitOfWork
from app.store.models import Account, BookSetting, Transaction


@dataclass(frozen=True)
class Setting:
    key: str
    title: str
    description: str
    #: "text", "choice", "int", "folder", "locale", "currency"
    kind: str
    default: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


#: Locales offered in the settings panel (any locale Babel knows is accepted).
COMMON_LOCALES: tuple[str, ...] = (
    "es_MX", "es_ES", "es_AR", "es_CL", "es_CO", "es_PE", "es_UY", "en_US", "en_GB",
    "it_IT", "pt_PT", "pt_BR", "fr_FR", "de_DE",
)

#: Titles and descriptions are source text: show them through `app.i18n.tr()`.
SETTINGS: tuple[Setting, ...] = (
    Setting("name", QT_TR_NOOP("Book name"), QT_TR_NOOP(
        "The name of the business, shown in the title bar and on reports."), "text", ""),
    Setting("currency", QT_TR_NOOP("Currency"), QT_TR_NOOP(
        "The book's currency (ISO 4217). It can change only while the book has no "
        "transactions."), "currency", "MXN"),
    Setting("locale", QT_TR_NOOP("Number and date format"), QT_TR_NOOP(
        "How amounts and dates are shown and typed, like 1,234.56 (es_MX) or 1.234,56 "
        "(es_ES)."), "locale", "es_MX"),
    Setting("tax_preset", QT_TR_NOOP("Tax preset"), QT_TR_NOOP(
        "The country's tax categories and dated rates; choosing one adds what is missing "
        "and removes nothing."), "choice", "none",
            ("mx", "es", "ar", "cl", "co", "it", "pt", "none")),
    Setting("backup_dir", QT_TR_NOOP("Backup folder"), QT_TR_NOOP(
        "Where backups of this book are written. Empty: the book's folder in this "
        "computer's backups folder."), "folder", ""),
    Setting("backup_schedule", QT_TR_NOOP("Scheduled backups"), QT_TR_NOOP(
        "A backup every day the book is open, or none; backups before upgrades and "
        "restores are always made."), "choice", "daily", ("daily", "off")),
    Setting("backup_keep_scheduled", QT_TR_NOOP("Scheduled backups to keep"), QT_TR_NOOP(
        "The newest scheduled backups kept; older scheduled ones are deleted. Backups made "
        "before an upgrade are always kept."), "int", "14", minimum=1, maximum=1000),
)

REGISTRY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def get_spec(key: str, field: str = "key") -> Setting:
    spec = REGISTRY.get(key)
    if spec is None:
        raise BadInput(field, key, tr("is not a setting (known: {keys})").format(
            keys=", ".join(REGISTRY)))
    return spec


def get_settings(book: Book) -> dict[str, str]:
    """Every declared setting's value in this book (stored, else the default)."""
    with book.read() as session:
        stored = dict(session.execute(select(BookSetting.key, BookSetting.value)).all())
    return {key: stored.get(key, spec.default) for key, spec in REGISTRY.items()}


def get_setting(book: Book, key: str) -> str:
    return get_settings(book)[get_spec(key).key]


# ---------------------------------------------------------------- validation


def _check_locale(value: str, field: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(value.strip()))
    except (UnknownLocaleError, ValueError, TypeError):
        raise BadInput(field, value, tr("is not a known locale (like es_MX or es_ES)")
                       ) from None


def check_value(spec: Setting, value: str, field: str | None = None) -> str:
    """`value` as it will be stored, or BadInput naming `field` (default: the key)."""
    name = field or spec.key
    text = str(value).strip()
    if spec.kind == "choice" and text not in spec.choices:
        raise BadInput(name, value, tr("is not one of {choices}").format(
            choices=", ".join(spec.choices)))
    if spec.kind == "int":
        if not text.isdigit():
            raise BadInput(name, value, tr("is not a whole number"))
        number = int(text)
        if spec.minimum is not None and number < spec.minimum:
            raise BadInput(name, value, tr("is less than {minimum}").format(
                minimum=spec.minimum))
        if spec.maximum is not None and number > spec.maximum:
            raise BadInput(name, value, tr("is more than {maximum}").format(
                maximum=spec.maximum))
        return str(number)
    if spec.kind == "currency":
        if not is_currency(text.upper()):
            raise BadInput(name, value, tr("is not an ISO 4217 currency code"))
        return text.upper()
    if spec.kind == "locale":
        return _check_locale(text, name)
    if spec.kind == "folder" and text:
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise BadInput(name, value, tr("is not a full folder path"))
        if path.exists() and not path.is_dir():
            raise BadInput(name, value, tr("is a file, not a folder"))
        return str(path)
    if spec.kind == "text" and len(text) > 200:
        raise BadInput(name, value, tr("is longer than 200 characters"))
    return text


def currency_locked(book: Book) -> str:
    """Why the currency cannot change now, as "the book already has transactions" ('' when
    it can), in the interface's language."""
    with book.read() as session:
        return _currency_lock(session)


def _currency_lock(session: Session) -> str:
    if session.scalar(select(Transaction.id).limit(1)) is not None:
        return tr("the book already has transactions")
    nonzero = session.scalar(
        select(func.count(Account.id)).where(Account.opening_balance_cents != 0))
    return tr("some accounts have opening balances") if nonzero else ""


# ---------------------------------------------------------------- changing


def set_setting(book: Book, key: str, value: str, field: str | None = None) -> str:
    """Change one setting (owners only, audited); returns the value stored."""
    spec = get_spec(key)
    clean = check_value(spec, value, field)
    special = _SPECIAL.get(key)
    with book.write("admin", QT_TR_NOOP("change the book's settings")) as uow:
        row = uow.session.get(BookSetting, key)
        before = row.value if row is not None else spec.default
        # Checked inside the write, so no transaction can slip in between.
        if key == "currency" and before != clean and (why := _currency_lock(uow.session)):
            raise BadInput(field or key, value, tr("cannot be set: {why}").format(why=why))
        if before != clean:
            if row is None:
                uow.session.add(BookSetting(key=key, value=clean))
            else:
                row.value = clean
            uow.record("update", "setting", key, {"value": [before, clean]})
            if special is not None:
                special(uow, clean)
    book.reload_info()
    return clean


def _currency(uow: UnitOfWork, code: str) -> None:
    # A book has one currency (multi-currency books are a later feature): its
    # accounts follow it. Allowed only with no transactions and no opening balances.
    for account in uow.session.scalars(select(Account)).all():
        if account.currency != code:
            uow.record("update", "account", account.id, {"currency": [account.currency, code]})
            account.currency = code


def _tax_preset(uow: UnitOfWork, preset: str) -> None:
    from app.store.create import apply_preset

    uow.session.flush()
    added = apply_preset(uow.session.connection(), preset)
    if added:
        uow.record("create", "category", "preset:" + preset, {"added": [None, added]})


_SPECIAL: dict[str, Callable[[UnitOfWork, str], None]] = {
    "currency": _currency, "tax_preset": _tax_preset,
}


def suggested_tax_preset(book: Book) -> str | None:
    """The tax preset to offer a book without IVA categories (an upgraded book), or None.

    The IVA templates and reports find their lines by role; a book with no category of
    role `iva_input` or `iva_output` and no preset gets the one its currency suggests.
    """
    from app.presets import PRESET_BY_CURRENCY
    from app.store.models import Category

    if book.info.tax_preset != "none":
        return None
    with book.read() as session:
        has_iva = session.scalar(select(func.count(Category.id)).where(
            Category.role.in_(("iva_input", "iva_output"))))
    return None if has_iva else PRESET_BY_CURRENCY.get(book.info.currency)


# ---------------------------------------------------------------- for other modules


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    schedule: str
    keep_scheduled: int
    #: The folder is this computer's default (`backup_dir` is empty).
    is_default_folder: bool


def backup_settings(book: Book) -> BackupSettings:
    """The backup choices of this book, defaults applied (for the backup engine).

    Without a folder of its own, the book's backups go to its folder under this
    computer's backups folder (`app.store.files.default_dir`).
    """
    from app.store.files import default_dir

    values = get_settings(book)
    folder = values["backup_dir"]
    keep = values["backup_keep_scheduled"]
    return BackupSettings(
        folder=Path(folder) if folder else default_dir(book.location),
        schedule=values["backup_schedule"] if values["backup_schedule"] in ("daily", "off")
        else "daily",
        keep_scheduled=int(keep) if keep.isdigit() and int(keep) > 0
        else int(REGISTRY["backup_keep_scheduled"].default),
        is_default_folder=not folder,
    )


def sample_amount(locale: str, currency: str) -> str:
    """How an amount looks in `locale`: '1,234.56' (es_MX), '1.234,56' (es_ES)."""
    exp = exponent(currency)
    return format_amount(to_minor(Decimal("1234.56"), exp), exp, locale)


def currency_names(locale: str) -> list[tuple[str, str]]:
    """Every ISO currency as (code, name in `locale`), by code."""
    from babel.numbers import get_currency_name, list_currencies

    return [(code, str(get_currency_name(code, locale=locale)))
            for code in sorted(list_currencies())]


def locale_name(locale: str) -> str:
    """`es_MX` -> `español (México)`; the code itself when Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(locale).get_display_name(locale) or locale)
    except (UnknownLocaleError, ValueError):
        return locale
