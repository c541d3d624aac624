"""Operations that make or change a whole book before it is open for work: a new book,
the demo book, settling what a crash interrupted, and the upgrade of a book an
earlier Cuentas wrote.

None of them tells a view (`NOTHING`): no window has the book open yet; it opens
afterwards. They still count as writes (`BookOp`): nothing else in this program writes
while they run.

- `create_book` and `demo_book` are quick (a second at most): `run_now()`;
- `settle` is the launch's look at a book (`app.upgrade.recovery.settle_then_inspect`):
  read-only, unless an upgrade or restore was cut short, which it settles first (it
  finishes an interrupted restore): `run_now()` for the cheap look, `wait()` with a
  progress dialog for the careful one after an unclean end;
- the upgrade wizard's verified pre-upgrade backup (`prepare_backup`, a copy: a
  `QueryOp`) and the upgrade itself run on threads of their own (`run_in_thread`), so
  the wizard stays responsive and can ask them to stop;
- `add_tax_categories` is the Check page's offer: the tax preset a book upgraded
  without IVA categories may take (`app.admin.book_settings.set_setting`, on the book
  opened just for it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.admin import sessions
from app.admin.book_settings import set_setting
from app.store.book import open_book
from app.store.create import create_book as create
from app.store.demo import ensure_demo_book
from app.store.inspect import BookState
from app.upgrade import UpgradeResult, upgrade_book
from app.upgrade.prepared import PreparedBackup, prepare_backup
from app.upgrade.recovery import settle_then_inspect
from ui.common.operations import NOTHING, BookOp, QueryOp


def create_book(parent: QWidget | None, location: str, *, currency: str, locale: str | None,
                tax_preset: str, name: str) -> BookOp[None]:
    return BookOp(parent, lambda _p: create(location, currency=currency, locale=locale,
                                            tax_preset=tax_preset, name=name),
                  NOTHING, parent)


def demo_book(parent: QWidget | None = None) -> BookOp[Path]:
    """The demo book in the data folder, written the first time (about a second)."""
    return BookOp(parent, lambda _p: ensure_demo_book(), NOTHING, parent)


def settle(parent: QWidget | None, location: str, *, quick_check: bool) -> BookOp[BookState]:
    """What state the book at `location` is in, after settling an upgrade or restore a
    crash cut short (SQLite's quick_check too, with `quick_check`)."""
    return BookOp(parent, lambda _p: settle_then_inspect(location, quick_check=quick_check),
                  NOTHING, parent)


def prepare_upgrade_backup(parent: QWidget | None, location: str,
                           folder: Path) -> QueryOp[PreparedBackup]:
    """The verified pre-upgrade backup the engine will use; its folder is remembered."""
    op: QueryOp[PreparedBackup] = QueryOp(
        parent, lambda progress: prepare_backup(location, folder, progress))
    op.after_success(lambda _prepared: sessions.remember_backup_folder(location, folder))
    return op


def upgrade(parent: QWidget | None, location: str, folder: Path,
            prepared: PreparedBackup | None) -> BookOp[UpgradeResult]:
    return BookOp(parent, lambda progress: upgrade_book(location, folder, progress,
                                                        backup=prepared),
                  NOTHING, parent)


def add_tax_categories(parent: QWidget | None, location: str, preset: str) -> BookOp[str]:
    """Give the upgraded book at `location` the tax preset `preset` (its categories and
    rates, each with its role)."""
    def work(_progress: object) -> str:
        book = open_book(location, pool=False)
        try:
            return set_setting(book, "tax_preset", preset)
        finally:
            book.close()

    return BookOp(parent, work, NOTHING, parent)
