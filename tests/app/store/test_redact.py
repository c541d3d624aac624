"""No password is written to disk or shown (issue 11, item 5).

A PostgreSQL book opened by a URL with a password: every command that can be run on
it (status, a failed and a good upgrade, backups, restore, writes, refusals, an
unreachable server) and what the desktop app remembers about it — then every file
under CUENTAS_HOME, every row of the book and everything printed is searched for the
password. The test server trusts its logins, so any password is accepted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from app import faults
from app.admin import local_settings, sessions
from app.cli import main
from app.store import db
from app.store.redact import has_password, hide_passwords, without_password

SECRET = "Zq9-h5-NotOnDisk"


def _with_secret(location: str) -> tuple[str, str]:
    """The location with a password in it, and that password (the URL's own, when the
    server in use needs one; else ours, which the trusting test server accepts)."""
    url = make_url(location)
    if url.password:
        return location, str(url.password)
    return url.set(password=SECRET).render_as_string(hide_password=False), SECRET


def _legacy_book(location: str) -> None:
    from app.store.schema import upgrade_schema

    engine = db.create_book_engine(location, for_migration=True, pool=False)
    with engine.connect() as conn, conn.begin():
        upgrade_schema(conn, "0001")
        conn.execute(sa.text("DROP TABLE alembic_version"))  # as the old Cuentas left it
        conn.execute(sa.text("INSERT INTO accounts (name, kind, opening_balance_cents) "
                             "VALUES ('Banco', 'bank', 100000)"))
        conn.execute(sa.text("INSERT INTO categories (name, parent_id, kind) "
                             "VALUES ('Ventas', NULL, 'income')"))
        conn.execute(sa.text(
            "INSERT INTO transactions (account_id, date, amount_cents, category_id, "
            "created_at, updated_at) VALUES (1, '2026-01-01', 5000, 1, 'x', 'x')"))
    engine.dispose()


def _every_row(location: str) -> str:
    engine = db.create_book_engine(location, pool=False)
    try:
        with engine.connect() as conn:
            tables = sa.inspect(conn).get_table_names()
            return repr({t: conn.execute(sa.text(f'SELECT * FROM "{t}"')).fetchall()
                         for t in tables})
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_postgres_password_is_never_written_nor_printed(
        pg_location: str, cuentas_home: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    url, password = _with_secret(pg_location)
    _legacy_book(url)
    said: list[str] = []

    def cli(*argv: str, fault: str = "") -> int:
        if fault:
            monkeypatch.setenv(faults.ENV, fault)
        else:
            monkeypatch.delenv(faults.ENV, raising=False)
        faults.reset()
        code = main(["--db", url, *argv])
        captured = capsys.readouterr()
        said.append(captured.out + captured.err)
        return code

    assert cli("status") == 0
    assert cli("upgrade", "--yes", fault="upgrade.applied.0004:fail") == 1  # logged
    assert cli("upgrade", "--yes") == 0
    assert cli("backup") == 0
    assert cli("backups", "--verify") == 0
    assert cli("add", "--account", "Banco", "--date", "2026-02-01", "--payee", "Papelería",
               "--amount", "-10.00", "--category", "Ventas") == 0
    assert cli("restore", "--latest", "--yes") == 0
    assert cli("audit") == 0 and cli("verify") == 0
    assert cli("demo", "--legacy") == 2  # bad input naming --db echoes the URL
    unreachable = make_url(url).set(port=1).render_as_string(hide_password=False)
    assert main(["--db", unreachable, "status"]) in (0, 1)
    said.append("".join(capsys.readouterr()))
    port = f":{make_url(url).port}/"
    assert main(["--db", url.replace(port, ":port/"), "status"]) == 2  # not a URL: echoed
    said.append("".join(capsys.readouterr()))
    # what the desktop app remembers of the book on this computer
    local_settings.remember_book(url)
    sessions.mark_open(url)
    sessions.remember_backup_folder(url, tmp_path / "usb")
    # an internal error whose text holds the URL goes to the log hidden
    from app.cli import _log_crash

    _log_crash(RuntimeError(f"cannot reach {url}"))

    assert any("Restored" in text for text in said)
    assert any("postgres:***@" in text for text in said)  # shown, hidden
    for text in said:
        assert password not in text, text
    written = [p for p in cuentas_home.rglob("*") if p.is_file()]
    assert any(p.name == "settings.json" for p in written)
    assert any(p.name == "upgrades.jsonl" for p in written)
    assert any(p.name == "cli-errors.log" for p in written)
    assert sum(p.suffix == ".cuentas" for p in written) >= 3  # pre-upgrade, manual, pre-restore
    leaking = [p for p in written if password.encode() in p.read_bytes()]
    assert leaking == []
    rows = _every_row(url)
    assert "upgraded" in rows and password not in rows
    assert local_settings.last_book() == without_password(url)
    assert db.display_name(url) in Path(cuentas_home / "logs" / "upgrades.jsonl").read_text()


def test_settings_written_by_an_older_cuentas_are_cleaned(cuentas_home: Path) -> None:
    url = "postgresql+psycopg://sandy:s3cret@db.tienda.lan:5432/tienda"
    settings = cuentas_home / "config" / "settings.json"
    local_settings.remember_book("/tmp/placeholder.cuentas")  # creates the folders
    settings.write_text(json.dumps({
        "last_book": url,
        "recent_books": [url, "/home/sandy/tienda.cuentas",
                         "postgresql://sandy@db.tienda.lan:5432/tienda?password=s3cret"],
        "open_sessions": {url: {"pid": 1}},
    }), encoding="utf-8")
    assert local_settings.last_book() == "postgresql+psycopg://sandy@db.tienda.lan:5432/tienda"
    text = settings.read_text(encoding="utf-8")  # cleaned at the first read
    assert "s3cret" not in text
    data = json.loads(text)
    assert data["recent_books"] == [
        "postgresql+psycopg://sandy@db.tienda.lan:5432/tienda", "/home/sandy/tienda.cuentas",
        "postgresql://sandy@db.tienda.lan:5432/tienda"]
    assert list(data["open_sessions"]) == [
        "postgresql+psycopg://sandy:***@db.tienda.lan:5432/tienda"]
    local_settings.put("anything", f"see {url}")  # and every later save
    assert "s3cret" not in settings.read_text(encoding="utf-8")


@pytest.mark.parametrize("given, remembered, shown", [
    ("postgresql+psycopg://sandy:pw@h:5432/db", "postgresql+psycopg://sandy@h:5432/db",
     "postgresql+psycopg://sandy:***@h:5432/db"),
    ("postgresql://sandy:p/w?x:y@h/db?sslmode=require", "postgresql://sandy@h/db?sslmode=require",
     "postgresql://sandy:***@h/db?sslmode=require"),
    ("postgresql://sandy@h/db?password=pw&sslmode=require",
     "postgresql://sandy@h/db?sslmode=require",
     "postgresql://sandy@h/db?password=***&sslmode=require"),
    ("postgresql://sandy@h/db", "postgresql://sandy@h/db", "postgresql://sandy@h/db"),
    ("postgresql://h:5432/db", "postgresql://h:5432/db", "postgresql://h:5432/db"),
    ("/home/sandy/tienda.cuentas", "/home/sandy/tienda.cuentas", "/home/sandy/tienda.cuentas"),
])
def test_passwords_are_removed_to_remember_and_hidden_to_show(
        given: str, remembered: str, shown: str) -> None:
    assert without_password(given) == remembered
    assert hide_passwords(f"error: --db: {given!r} is bad") == f"error: --db: {shown!r} is bad"
    assert has_password(given) == (given != remembered)
    if db.is_postgres(given):
        assert "pw" not in db.display_name(given) and make_url(
            db.sqlalchemy_url(remembered)).password is None
        again = db.with_password(remembered, "n3w")
        assert "n3w" in again and without_password(again) == db.sqlalchemy_url(remembered)
