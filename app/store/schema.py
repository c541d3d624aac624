"""The book schema's revisions, and the one place that drives Alembic.

`HEAD` and `REVISIONS` are plain constants so that fast paths (the command-line
report, the launch inspection) can tell whether a book is current without importing
Alembic; a test checks they match the revision scripts in `migrations/versions/`.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from app.store.files import Progress

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD = REVISIONS[-1]
LEGACY = "0001"


def revision_at_least(revision: str | None, target: str) -> bool:
    """Whether a book at `revision` has what `target` brought: revisions compare by
    their place in REVISIONS (a revision this Cuentas does not know is newer); None,
    a book with no revision, has nothing."""
    if revision is None:
        return False
    if revision not in REVISIONS:
        return True
    return REVISIONS.index(revision) >= REVISIONS.index(target)



def _config(connection: Connection, progress: Progress | None, notes: list[str] | None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("migrations")))
    cfg.attributes["connection"] = connection
    cfg.attributes["progress"] = progress
    cfg.attributes["notes"] = notes
    return cfg


def upgrade_schema(
    connection: Connection,
    target: str = "head",
    *,
    progress: Progress | None = None,
    notes: list[str] | None = None,
) -> None:
    """Run the revisions up to `target` on `connection`, inside the caller's transaction.

    Each revision reports `progress("revision applied", rev, 1, 1)` when it is done,
    and its data steps report rows done / rows total as they go.
    """
    from alembic import command

    command.upgrade(_config(connection, progress, notes), target)


def downgrade_schema(connection: Connection, target: str) -> None:
    from alembic import command

    command.downgrade(_config(connection, None, None), target)


def stamp(connection: Connection, revision: str) -> None:
    from alembic import command

    command.stamp(_config(connection, None, None), revision)


def script_heads() -> tuple[str, ...]:
    """The heads according to the revision scripts themselves (for the consistency test)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("migrations")))
    return tuple(ScriptDirectory.from_config(cfg).get_heads())
