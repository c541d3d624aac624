"""Operations of the settings panel and the profiles: the book's settings, feature
flags, tax rates, user profiles, and what this computer prefers (a flag's preview, the
language of the interface and the guides).

Each is one service call (one transaction; owners only where the service says so)
run at once on the UI thread by `ui.settings.dialog.SettingsContext.apply`, which
shows bad input next to its field. Every view hears `OpChanges(book=True)`: a new
locale, a flag's stage, a profile's group change what every window shows, so each
re-reads the book. The preview and the language change nothing in the book
but still tell the views, which re-read the flag or the guides.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.admin import book_settings, flags, local_settings, users
from app.admin.flags import FlagStatus
from app.admin.users import Profile
from app.ledger import tax_rates
from app.ledger.tax_rates import TaxRateView
from app.store.book import Book
from ui.common.events import OpChanges
from ui.common.operations import BookOp

CHANGES = OpChanges(book=True)


def set_setting(parent: QWidget | None, book: Book, key: str, value: str) -> BookOp[str]:
    """One of `app.admin.book_settings.SETTINGS` (a new tax preset adds its categories)."""
    return BookOp(parent, lambda _p: book_settings.set_setting(book, key, value), CHANGES,
                  parent)


def set_flag_stage(parent: QWidget | None, book: Book, key: str,
                   stage: str) -> BookOp[FlagStatus]:
    return BookOp(parent, lambda _p: flags.set_stage(book, key, stage), CHANGES, parent)


def set_flag_preview(parent: QWidget | None, key: str, value: bool | None) -> BookOp[None]:
    """On this computer only; nothing in the book changes, the views re-read the flag."""
    return BookOp(parent, lambda _p: flags.set_preview(key, value), CHANGES, parent)


def set_language(parent: QWidget | None, code: str) -> BookOp[str]:
    """The language of this computer's interface and guides ('' follows the system);
    it applies the next time Cuentas starts."""
    return BookOp(parent, lambda _p: local_settings.set_language_choice(code), CHANGES,
                  parent)


def add_tax_rate(parent: QWidget | None, book: Book, code: str, name: str, percent: str,
                 valid_from: str, valid_to: str | None) -> BookOp[TaxRateView]:
    return BookOp(parent, lambda _p: tax_rates.add_tax_rate(book, code, name, percent,
                                                            valid_from, valid_to),
                  CHANGES, parent)


def change_tax_rate(parent: QWidget | None, book: Book, rate_id: int, name: str,
                    percent: str, valid_from: str,
                    valid_to: str | None) -> BookOp[TaxRateView]:
    """A rate period's name, percent and dates (no end: open-ended again)."""
    return BookOp(parent, lambda _p: tax_rates.update_tax_rate(
        book, rate_id, name=name, percent=percent, valid_from=valid_from, valid_to=valid_to,
        clear_end=valid_to is None), CHANGES, parent)


def add_user(parent: QWidget | None, book: Book, name: str, role: str, group: str,
             login: str | None) -> BookOp[Profile]:
    return BookOp(parent, lambda _p: users.add_user(book, name, role, group, login), CHANGES,
                  parent)


def change_user(parent: QWidget | None, book: Book, profile_id: int, name: str,
                login: str | None) -> BookOp[Profile]:
    """A profile's name and login, in one transaction."""
    return BookOp(parent, lambda _p: users.change_user(book, profile_id, name, login),
                  CHANGES, parent)


def set_user_role(parent: QWidget | None, book: Book, profile_id: int,
                  role: str) -> BookOp[Profile]:
    return BookOp(parent, lambda _p: users.set_role(book, profile_id, role), CHANGES, parent)


def set_user_group(parent: QWidget | None, book: Book, profile_id: int,
                   group: str) -> BookOp[Profile]:
    return BookOp(parent, lambda _p: users.set_group(book, profile_id, group), CHANGES,
                  parent)


def claim_profile(parent: QWidget | None, book: Book, profile_id: int) -> BookOp[Profile]:
    """This computer's login acts as `profile_id` from now on (asked once per local book)."""
    return BookOp(parent, lambda _p: users.claim_profile(book, profile_id), CHANGES, parent)
