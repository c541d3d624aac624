"""Who is acting on a book, and what their role lets them do.

DESIGN.md section 7: on a local SQLite book whoever can open the file owns it — a
desktop login mapped to a profile acts as that profile, an unmapped login acts as
the owner. On a shared PostgreSQL book the database login decides, and a login
without a profile is a viewer. The command line and the desktop app resolve the
acting user the same way, so they always act as the same person.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.errors import NotAllowed
from app.i18n import QT_TR_NOOP, tr

ROLES = ("owner", "bookkeeper", "viewer")
GROUPS = ("internal", "primary", "standard")
#: Roles and rollout groups as people read them (source text: show through `tr()`).
ROLE_TITLES = {"owner": QT_TR_NOOP("owner"), "bookkeeper": QT_TR_NOOP("bookkeeper"),
               "viewer": QT_TR_NOOP("viewer")}
GROUP_TITLES = {"internal": QT_TR_NOOP("internal"), "primary": QT_TR_NOOP("primary"),
                "standard": QT_TR_NOOP("standard")}


def role_title(role: str) -> str:
    """`owner` -> "owner" / "propietario", in the interface's language."""
    return tr(ROLE_TITLES[role]) if role in ROLE_TITLES else role


def group_title(group: str) -> str:
    return tr(GROUP_TITLES[group]) if group in GROUP_TITLES else group

#: What each role may do. Checked in the services, never only in the UI.
PERMISSIONS: dict[str, frozenset[str]] = {
    "owner": frozenset({"read", "write", "admin"}),
    "bookkeeper": frozenset({"read", "write"}),
    "viewer": frozenset({"read"}),
}


@dataclass(frozen=True)
class Actor:
    """The acting user: profile id (None for an unmapped login), name, role, group."""

    user_id: int | None
    name: str
    login: str
    role: str
    group: str

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())

    def require(self, permission: str, action: str) -> None:
        """Refuse unless this user may; `action` is source text marked for the
        catalogue (`QT_TR_NOOP("enter transactions")`)."""
        if not self.can(permission):
            raise NotAllowed(
                tr("{name} ({role}) may not {action}").format(
                    name=self.name, role=role_title(self.role), action=tr(action))
                + (tr("; ask the book's owner") if permission == "admin" else "")
            )


def desktop_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return "owner"


def resolve_actor(conn: Connection, *, shared: bool) -> Actor:
    """The profile that acts for this process on the book behind `conn`."""
    if shared:
        login = str(conn.execute(text("SELECT current_user")).scalar_one())
    else:
        login = desktop_login()
    row = conn.execute(
        text("SELECT id, name, role, rollout_group FROM users WHERE login = :login"),
        {"login": login},
    ).first()
    if row is not None:
        return Actor(row.id, row.name, login, row.role, row.rollout_group)
    if shared:
        return Actor(None, login, login, "viewer", "standard")
    owner = conn.execute(
        text(
            "SELECT id, name, role, rollout_group FROM users "
            "WHERE role = 'owner' ORDER BY id LIMIT 1"
        )
    ).first()
    if owner is None:
        return Actor(None, login, login, "owner", "primary")
    return Actor(owner.id, owner.name, login, owner.role, owner.rollout_group)


def require_admin(conn: Connection, *, shared: bool, action: str) -> None:
    """Refuse `action` (an upgrade, a restore) unless the acting user is an owner.

    Works on a book at any revision: a book older than the profiles (no `users`
    table) has no one to ask yet, so whoever may open it for writing may act — the
    local file's owner, or a database login the server lets alter the schema.
    Raises `app.errors.NotAllowed`.
    """
    from sqlalchemy import inspect

    if not inspect(conn).has_table("users"):
        return
    resolve_actor(conn, shared=shared).require("admin", action)


def require_admin_at(location: str, action: str) -> None:
    """`require_admin` for a book named by its location, read without changing it.

    A local file is opened read-only (no WAL switch, nothing written); a local file
    that cannot be read at all is its owner's to repair (whoever can open the file
    owns it), so a damaged book never blocks its own restore. Plain SQL only: the
    upgrade and restore engines call it before anything else, without the ORM.
    """
    from pathlib import Path

    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    from app.store import db

    if db.is_postgres(location):
        engine = db.create_book_engine(location, pool=False)
    else:
        path = Path(location).expanduser()
        if not path.exists():
            return
        engine = create_engine("sqlite://", creator=lambda: db.readonly_sqlite(path),
                               poolclass=NullPool)
    try:
        with engine.connect() as conn:
            require_admin(conn, shared=db.is_postgres(location), action=action)
    except DBAPIError:
        if db.is_postgres(location):
            raise
    finally:
        engine.dispose()
