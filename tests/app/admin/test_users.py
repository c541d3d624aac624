"""User profiles and roles, enforced in the services on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.admin import book_settings, flags, users
from app.cli import main
from app.errors import BadInput, NotAllowed
from app.ledger import tax_rates
from app.ledger.accounts import add_account
from app.ledger.categories import add_category
from app.ledger.transactions import TransactionInput, save_transaction
from app.store import identity
from app.store.book import Book, open_book
from app.store.models import Account, AuditEntry, BookSetting, Category, FeatureFlag, User


def snapshot(book: Book) -> tuple[int, ...]:
    """Row counts and the settings, to prove a refused write changed nothing."""
    with book.read() as s:
        counts = tuple(int(s.scalar(select(func.count()).select_from(m)))
                       for m in (Account, Category, AuditEntry, FeatureFlag, User))
        settings = hash(tuple(s.execute(select(BookSetting.key, BookSetting.value)
                                        .order_by(BookSetting.key)).all()))
    return (*counts, settings)


def act_as(book: Book, location: str, role: str, monkeypatch: pytest.MonkeyPatch) -> Book:
    """Reopen the book acting as a profile of `role` (local: the desktop login decides;
    PostgreSQL: the database login `postgres` is moved onto such a profile)."""
    if book.is_shared:
        me = book.actor.name
        users.add_user(book, "Olga", "owner", "primary", login="olga")
        if role != "owner":
            users.set_role(book, me, role)
        assert book.actor.role == role  # the acting user is refreshed at once
    else:
        users.add_user(book, f"A {role}", role, "standard", login=f"a_{role}")
        monkeypatch.setenv("LOGNAME", f"a_{role}")
    other = open_book(location)
    assert other.actor.role == role
    return other


WRITES = {
    "add an account": lambda b: add_account(b, "Caja chica", "cash"),
    "add a category": lambda b: add_category(b, "Gastos:Papel", "expense"),
    "enter a transaction": lambda b: save_transaction(b, TransactionInput(
        account_id=1, date="2026-03-01", amount=-5000, payee="Papelería")),
    "set a flag stage": lambda b: flags.set_stage(b, "split_editor", "everyone"),
    "add a profile": lambda b: users.add_user(b, "Zoe", "viewer"),
    "change a role": lambda b: users.set_role(b, 1, "viewer"),
    "change a group": lambda b: users.set_group(b, 1, "internal"),
    "map a login": lambda b: users.map_login(b, 1, "zoe"),
    "change a setting": lambda b: book_settings.set_setting(b, "name", "Otra"),
    "add a tax rate": lambda b: tax_rates.add_tax_rate(b, "iva_luxury", "IVA 30 %", "30",
                                                       "2026-01-01"),
}
ADMIN_ONLY = {"set a flag stage", "add a profile", "change a role", "change a group",
              "map a login", "change a setting", "add a tax rate"}


def test_a_viewer_writes_nothing(book, location, monkeypatch) -> None:
    add_account(book, "Banco", "bank")
    viewer = act_as(book, location, "viewer", monkeypatch)
    try:
        before = snapshot(viewer)
        for what, write in WRITES.items():
            with pytest.raises(NotAllowed):
                write(viewer)
            assert snapshot(viewer) == before, what
    finally:
        viewer.close()


def test_a_bookkeeper_writes_entries_but_administers_nothing(book, location,
                                                              monkeypatch) -> None:
    add_account(book, "Banco", "bank")
    keeper = act_as(book, location, "bookkeeper", monkeypatch)
    try:
        for what, write in WRITES.items():
            if what in ADMIN_ONLY:
                before = snapshot(keeper)
                with pytest.raises(NotAllowed, match="ask the book's owner"):
                    write(keeper)
                assert snapshot(keeper) == before, what
            else:
                write(keeper)
        with keeper.read() as s:
            entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.user_name == keeper.actor.name and entry.entity == "transaction"
    finally:
        keeper.close()


# ---------------------------------------------------------------- profiles


def test_add_and_change_profiles_audited(book) -> None:
    owner = users.current_profile(book)
    assert owner is not None and owner.role == "owner" and owner.is_you
    ana = users.add_user(book, "  Ana   López ", "bookkeeper", "internal", login="ana")
    assert (ana.name, ana.role, ana.group, ana.login) == ("Ana López", "bookkeeper",
                                                          "internal", "ana")
    users.set_role(book, "ana lópez", "viewer")  # names are found case-insensitively
    users.set_group(book, ana.id, "standard")
    users.map_login(book, ana.id, "alopez")
    users.rename_user(book, ana.id, "Ana L.")
    users.map_login(book, "Ana L.", "")
    listed = users.list_users(book)
    assert [p.name for p in listed] == [owner.name, "Ana L."]
    assert listed[1] == users.get_user(book, ana.id)
    assert (listed[1].role, listed[1].group, listed[1].login) == ("viewer", "standard", "")
    with book.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "user",
                                                     AuditEntry.entity_id == str(ana.id))
                            .order_by(AuditEntry.id)).all()
    changes = [json.loads(e.changes) for e in entries]
    assert changes[0]["role"] == [None, "bookkeeper"]
    assert changes[1:] == [{"role": ["bookkeeper", "viewer"]},
                           {"group": ["internal", "standard"]},
                           {"login": ["ana", "alopez"]}, {"name": ["Ana López", "Ana L."]},
                           {"login": ["alopez", None]}]
    assert {e.user_name for e in entries} == {owner.name}


@pytest.mark.parametrize(("call", "field"), [
    (lambda b: users.add_user(b, "", "viewer"), "name"),
    (lambda b: users.add_user(b, "Zoe", "admin"), "role"),
    (lambda b: users.add_user(b, "Zoe", "viewer", "beta"), "group"),
    (lambda b: users.add_user(b, "Zoe", "viewer", login="has space"), "login"),
    (lambda b: users.add_user(b, "ana", "viewer"), "name"),
    (lambda b: users.add_user(b, "Zoe", "viewer", login="ana"), "login"),
    (lambda b: users.set_role(b, "Nobody", "viewer"), "name"),
    (lambda b: users.set_group(b, "Ana", "everyone"), "group"),
    (lambda b: users.map_login(b, "Ana", b.actor.login), "login"),
    (lambda b: users.rename_user(b, "Ana", b.actor.name), "name"),
])
def test_bad_profile_input_changes_nothing(sqlite_book, call, field) -> None:
    users.add_user(sqlite_book, "Ana", "bookkeeper", login="ana")
    before = snapshot(sqlite_book)
    with pytest.raises(BadInput) as err:
        call(sqlite_book)
    assert err.value.field == field
    assert snapshot(sqlite_book) == before


def test_the_book_always_keeps_an_owner(book) -> None:
    me = book.actor.name
    before = snapshot(book)
    for role in ("bookkeeper", "viewer"):
        with pytest.raises(BadInput, match="without an owner"):
            users.set_role(book, me, role)
    assert snapshot(book) == before and book.actor.role == "owner"
    users.add_user(book, "Olga", "owner", login="olga")
    users.set_role(book, me, "bookkeeper")  # another owner remains: allowed
    assert book.actor.role == "bookkeeper"
    with pytest.raises(NotAllowed):  # and now this user is no owner any more
        users.set_role(book, "Olga", "viewer")


# ---------------------------------------------------------------- who is acting


def test_local_unmapped_login_acts_as_the_owner(sqlite_book, sqlite_location,
                                                monkeypatch) -> None:
    users.add_user(sqlite_book, "Berta", "bookkeeper", login="berta")
    monkeypatch.setenv("LOGNAME", "stranger")
    other = open_book(sqlite_location)
    try:
        assert other.actor.role == "owner" and other.actor.name == "Sandy"
        assert other.actor.login == "stranger"
        # Chosen once: with two profiles, the desktop asks which one is this login.
        assert users.needs_profile_choice(other)
        chosen = users.claim_profile(other, "Berta")
        assert chosen.login == "stranger" and other.actor.name == "Berta"
        assert other.actor.role == "bookkeeper" and not users.needs_profile_choice(other)
        # Once mapped, only an owner moves the login elsewhere.
        with pytest.raises(NotAllowed):
            users.claim_profile(other, "Sandy")
    finally:
        other.close()
    monkeypatch.setenv("LOGNAME", "stranger")
    again = open_book(sqlite_location)
    try:
        assert again.actor.name == "Berta"
    finally:
        again.close()


def test_single_profile_needs_no_choice(sqlite_book) -> None:
    assert not users.needs_profile_choice(sqlite_book)


@pytest.mark.postgres
def test_shared_book_login_without_profile_is_a_viewer(pg_location) -> None:
    from app.store.create import create_book

    create_book(pg_location, currency="MXN")
    book = open_book(pg_location)
    try:
        assert book.actor.login == "postgres" and book.actor.role == "owner"
        assert not users.needs_profile_choice(book)
        with pytest.raises(BadInput):
            users.claim_profile(book, book.actor.name)
        users.add_user(book, "Olga", "owner", login="olga")
        users.map_login(book, book.actor.name, "somebody_else")
        assert book.actor.user_id is None and book.actor.role == "viewer"
        assert book.actor.name == "postgres"
    finally:
        book.close()
    again = open_book(pg_location)
    try:
        assert again.actor.role == "viewer"
        with pytest.raises(NotAllowed):
            add_account(again, "Banco")
    finally:
        again.close()


def test_require_admin_for_upgrade_and_restore(book, location, monkeypatch) -> None:
    with book.engine.connect() as conn:
        identity.require_admin(conn, shared=book.is_shared, action="upgrade this book")
    identity.require_admin_at(location, "upgrade this book")
    keeper = act_as(book, location, "bookkeeper", monkeypatch)
    try:
        with keeper.engine.connect() as conn, pytest.raises(NotAllowed, match="restore"):
            identity.require_admin(conn, shared=keeper.is_shared, action="restore a backup")
        with pytest.raises(NotAllowed, match="upgrade"):
            identity.require_admin_at(location, "upgrade this book")
    finally:
        keeper.close()


def test_require_admin_at_a_missing_or_damaged_local_book(tmp_path) -> None:
    identity.require_admin_at(str(tmp_path / "nothing.cuentas"), "restore a backup")
    damaged = tmp_path / "damaged.cuentas"
    damaged.write_bytes(b"this is not a database" * 100)
    identity.require_admin_at(str(damaged), "restore a backup")
    assert damaged.read_bytes() == b"this is not a database" * 100


def test_require_admin_on_a_book_without_profiles(tmp_path) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'legacy.db'}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE accounts (id INTEGER PRIMARY KEY)"))
    with engine.connect() as conn:
        # no profiles yet: whoever may open the file may upgrade it, and nothing is written
        assert identity.require_admin(conn, shared=False, action="upgrade this book") is None
        assert sa.inspect(conn).get_table_names() == ["accounts"]
    engine.dispose()


# ---------------------------------------------------------------- command line


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_users(sqlite_location, capsys) -> None:
    db = ["--db", sqlite_location]
    assert cli(capsys, *db, "new", "--currency", "MXN")[0] == 0
    code, out, _ = cli(capsys, *db, "users", "add", "Ana", "--role", "bookkeeper",
                       "--group", "internal", "--login", "ana")
    assert code == 0 and "Ana" in out
    assert cli(capsys, *db, "users", "add", "Vic", "--role", "viewer")[0] == 0
    assert cli(capsys, *db, "users", "set-role", "Vic", "bookkeeper")[0] == 0
    assert cli(capsys, *db, "users", "set-group", "Vic", "primary")[0] == 0
    assert cli(capsys, *db, "users", "map-login", "Vic", "vic")[0] == 0
    code, out, _ = cli(capsys, *db, "users", "list", "--format", "json")
    listed = {u["name"]: u for u in json.loads(out)}
    assert listed["Vic"] == {"name": "Vic", "login": "vic", "role": "bookkeeper",
                             "group": "primary", "you": False}
    assert listed["Sandy"]["you"] and listed["Sandy"]["role"] == "owner"
    code, out, _ = cli(capsys, *db, "users", "list")
    assert code == 0 and "(you)" in out and "Ana" in out
    code, out, _ = cli(capsys, *db, "users", "list", "--format", "csv")
    assert out.splitlines()[0] == "name,login,role,group"


@pytest.mark.parametrize(("args", "names"), [
    (("add", "Zoe", "--role", "admin"), ("role", "admin")),
    (("add", "Zoe", "--role", "viewer", "--group", "vip"), ("group", "vip")),
    (("set-role", "Sandy", "viewer"), ("role", "viewer")),
    (("set-role", "Nadie", "viewer"), ("name", "Nadie")),
    (("set-group", "Sandy", "all"), ("group", "all")),
])
def test_cli_users_bad_input_exits_2(sqlite_location, capsys, args, names) -> None:
    db = ["--db", sqlite_location]
    assert cli(capsys, *db, "new", "--currency", "MXN")[0] == 0
    code, out, err = cli(capsys, *db, "users", *args)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert all(n in err for n in names), err
    assert len(json.loads(cli(capsys, *db, "users", "list", "--format", "json")[1])) == 1


def test_a_profile_changes_name_and_login_in_one_transaction(book) -> None:
    lucia = users.add_user(book, "Lucía", "bookkeeper", "primary", login="lucia")
    users.add_user(book, "Pepe", "viewer", login="pepe")
    before = snapshot(book)
    with pytest.raises(BadInput, match="already the login of Pepe"):
        users.change_user(book, lucia.id, "Lucía Pérez", "pepe")  # the rename is not kept
    assert snapshot(book) == before and users.get_user(book, lucia.id).name == "Lucía"
    changed = users.change_user(book, lucia.id, "Lucía Pérez", "lperez")
    assert (changed.name, changed.login) == ("Lucía Pérez", "lperez")
    assert users.change_user(book, lucia.id, "Lucía Pérez", "lperez") == changed
