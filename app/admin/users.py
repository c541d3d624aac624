"""User profiles of a book: who they are, what they may do, when they get features.

A profile has a name, an optional login, a role (`owner`, `bookkeeper`, `viewer`:
what they may do, `app.store.identity.PERMISSIONS`) and a rollout group (`internal`,
`primary`, `standard`: when features reach them, `app.admin.flags`). Who is acting is
settled in `app.store.identity` (DESIGN.md section 7): on a local file the desktop login
mapped to a profile, else the owner; on a shared PostgreSQL book the database login,
else a viewer.

Only owners change profiles (`admin`), every change is audited, and a book always
keeps at least one owner. On a local book the desktop login is mapped to a profile
once (`needs_profile_choice` / `claim_profile`); afterwards that login acts as that
profile until an owner maps it elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.dates import now_iso
from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.store.book import Book, UnitOfWork
from app.store.identity import GROUPS, ROLES, Actor, desktop_login, resolve_actor
from app.store.models import User

MAX_NAME = 100


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    login: str
    role: str
    group: str
    created_at: str
    #: This profile is the one acting in this process.
    is_you: bool = False


# ---------------------------------------------------------------- validation


def check_role(role: str, field: str = "role") -> str:
    if role not in ROLES:
        raise BadInput(field, role, tr("is not a role (one of {items})").format(
            items=', '.join(ROLES)))
    return role


def check_group(group: str, field: str = "group") -> str:
    if group not in GROUPS:
        raise BadInput(field, group, tr("is not a rollout group (one of {items})").format(
            items=', '.join(GROUPS)))
    return group


def _clean_name(name: str, field: str = "name") -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise BadInput(field, name, tr("is empty; a profile needs a name"))
    if len(clean) > MAX_NAME:
        raise BadInput(field, name, tr("is longer than {MAX_NAME} characters").format(
            MAX_NAME=MAX_NAME))
    return clean


def _clean_login(login: str | None, field: str = "login") -> str | None:
    if login is None:
        return None
    clean = str(login).strip()
    if not clean:
        return None
    if any(ch.isspace() for ch in clean) or len(clean) > 128:
        raise BadInput(field, login, tr("is not a login name (no spaces, at most 128 characters)"))
    return clean


# ---------------------------------------------------------------- reading


def _to_profile(user: User, actor: Actor) -> Profile:
    return Profile(user.id, user.name, user.login or "", user.role, user.rollout_group,
                   user.created_at, is_you=user.id == actor.user_id)


def list_users(book: Book) -> list[Profile]:
    """Every profile, owners first, then by name."""
    order = {role: i for i, role in enumerate(ROLES)}
    with book.read() as session:
        users = session.scalars(select(User)).all()
        profiles = [_to_profile(u, book.actor) for u in users]
    return sorted(profiles, key=lambda p: (order.get(p.role, 9), p.name.casefold()))


def _find(session: Session, user: int | str, field: str = "name") -> User:
    if isinstance(user, int):
        found = session.get(User, user)
    else:
        found = session.scalar(select(User).where(User.name == user))
        if found is None:
            found = session.scalar(
                select(User).where(func.lower(User.name) == str(user).strip().lower())
            )
    if found is None:
        raise BadInput(field, user, tr("is not a profile of this book"))
    return found


def get_user(book: Book, user: int | str, field: str = "name") -> Profile:
    with book.read() as session:
        return _to_profile(_find(session, user, field), book.actor)


def current_profile(book: Book) -> Profile | None:
    """The profile acting in this process (None: an unmapped login with no profile)."""
    if book.actor.user_id is None:
        return None
    return get_user(book, book.actor.user_id)


# ---------------------------------------------------------------- changing


def _name_taken(session: Session, name: str, except_id: int | None = None) -> bool:
    query = select(User.id).where(func.lower(User.name) == name.lower())
    if except_id is not None:
        query = query.where(User.id != except_id)
    return session.scalar(query) is not None


def _login_owner(session: Session, login: str, except_id: int | None = None) -> User | None:
    query = select(User).where(User.login == login)
    if except_id is not None:
        query = query.where(User.id != except_id)
    return session.scalar(query)


def add_user(book: Book, name: str, role: str, group: str = "standard",
             login: str | None = None) -> Profile:
    """Add a profile (owners only)."""
    clean = _clean_name(name)
    check_role(role)
    check_group(group)
    clean_login = _clean_login(login)
    with book.write("admin", QT_TR_NOOP("manage user profiles")) as uow:
        if _name_taken(uow.session, clean):
            raise BadInput("name", name, tr("is already the name of a profile"))
        if clean_login and (other := _login_owner(uow.session, clean_login)) is not None:
            raise BadInput("login", login, tr("is already the login of {name}").format(
                name=other.name))
        user = User(name=clean, login=clean_login, role=role, rollout_group=group,
                    created_at=now_iso())
        uow.session.add(user)
        uow.session.flush()
        uow.record("create", "user", user.id, {"name": [None, clean], "login": [None, clean_login],
                                               "role": [None, role], "group": [None, group]})
        user_id = user.id
    return _after_change(book, user_id)


def set_role(book: Book, user: int | str, role: str) -> Profile:
    """Change a profile's role (owners only); the last owner cannot stop being one."""
    check_role(role)
    with book.write("admin", QT_TR_NOOP("manage user profiles")) as uow:
        found = _find(uow.session, user)
        if found.role == "owner" and role != "owner":
            _keep_an_owner(uow, found, role)
        if found.role != role:
            uow.record("update", "user", found.id, {"role": [found.role, role]})
            found.role = role
        user_id = found.id
    return _after_change(book, user_id)


def _keep_an_owner(uow: UnitOfWork, leaving: User, role: str) -> None:
    # Lock the owner rows so two owners demoting each other at once on a shared book
    # cannot both succeed (SQLite's write transactions are already serialised).
    owners = uow.session.scalars(
        select(User.id).where(User.role == "owner").with_for_update()
    ).all()
    if set(owners) <= {leaving.id}:
        raise BadInput("role", role, tr("would leave the book without an owner; make "
                                        "someone else an owner before {name} stops being "
                                        "one").format(name=leaving.name))


def set_group(book: Book, user: int | str, group: str) -> Profile:
    """Change a profile's rollout group (owners only)."""
    check_group(group)
    with book.write("admin", QT_TR_NOOP("manage user profiles")) as uow:
        found = _find(uow.session, user)
        if found.rollout_group != group:
            uow.record("update", "user", found.id, {"group": [found.rollout_group, group]})
            found.rollout_group = group
        user_id = found.id
    return _after_change(book, user_id)


def rename_user(book: Book, user: int | str, new_name: str) -> Profile:
    """Rename a profile (owners only). Audit rows keep the name used at the time."""
    clean = _clean_name(new_name)
    with book.write("admin", QT_TR_NOOP("manage user profiles")) as uow:
        found = _find(uow.session, user)
        if found.name != clean:
            if _name_taken(uow.session, clean, except_id=found.id):
                raise BadInput("name", new_name, tr("is already the name of a profile"))
            uow.record("update", "user", found.id, {"name": [found.name, clean]})
            found.name = clean
        user_id = found.id
    return _after_change(book, user_id)


def change_user(book: Book, user: int | str, name: str, login: str | None) -> Profile:
    """Rename a profile and say which login acts as it, in one transaction (owners only):
    both are written, or neither (what the profile dialog of the settings saves)."""
    clean = _clean_name(name)
    clean_login = _clean_login(login)
    with book.write("admin", QT_TR_NOOP("manage user profiles")) as uow:
        found = _find(uow.session, user)
        if found.name != clean:
            if _name_taken(uow.session, clean, except_id=found.id):
                raise BadInput("name", name, tr("is already the name of a profile"))
            uow.record("update", "user", found.id, {"name": [found.name, clean]})
            found.name = clean
        user_id = _map(uow, found, clean_login, login)
    return _after_change(book, user_id)


def map_login(book: Book, user: int | str, login: str | None) -> Profile:
    """Say which login acts as this profile (None or '' removes the mapping).

    On a local book it is the desktop login; on a shared book the database login.
    A login belongs to at most one profile.
    """
    clean_login = _clean_login(login)
    with book.write("admin", QT_TR_NOOP("manage user profiles")) as uow:
        user_id = _map(uow, _find(uow.session, user), clean_login, login)
    return _after_change(book, user_id)


def _map(uow: UnitOfWork, found: User, clean_login: str | None, typed: object) -> int:
    if clean_login and (other := _login_owner(uow.session, clean_login, found.id)) is not None:
        raise BadInput("login", typed, tr("is already the login of {name}").format(name=other.name))
    if found.login != clean_login:
        uow.record("update", "user", found.id, {"login": [found.login, clean_login]})
        found.login = clean_login
    return found.id


def needs_profile_choice(book: Book) -> bool:
    """Should the desktop ask once "which profile is you?"

    Only on a local book, when this desktop login is mapped to no profile and there
    is more than one profile to choose from (with one, the login simply acts as it).
    """
    if book.is_shared:
        return False
    login = desktop_login()
    with book.read() as session:
        mapped = session.scalar(select(User.id).where(User.login == login))
        count = session.scalar(select(func.count(User.id))) or 0
    return mapped is None and count > 1


def claim_profile(book: Book, user: int | str) -> Profile:
    """Map this desktop's login to a profile, chosen once on a local book.

    An unmapped login on a local book acts as the owner (whoever can open the file
    owns it), so choosing is always allowed then; once mapped, only an owner can
    move the login elsewhere.
    """
    if book.is_shared:
        raise BadInput("profile", user, tr("cannot be claimed on a shared book: the database "
                                        "login decides; ask the owner to map it"))
    login = desktop_login()
    with book.write("admin", QT_TR_NOOP("choose the profile of this login")) as uow:
        user_id = _map(uow, _find(uow.session, user, "profile"), login, login)
    return _after_change(book, user_id)


def _after_change(book: Book, user_id: int) -> Profile:
    refresh_actor(book)
    return get_user(book, user_id)


def refresh_actor(book: Book) -> Actor:
    """Resolve the acting user again (after a profile changed) and keep it on `book`."""
    with book.engine.connect() as conn:
        book.actor = resolve_actor(conn, shared=book.is_shared)
    return book.actor


# ---------------------------------------------------------------- for the upgrade engine


