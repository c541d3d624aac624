"""A shared book's password: never remembered on disk, asked once per session when
libpq has none (issue 11, item 5).

The test server trusts its logins, so a URL with any password opens; the prompt is
tested with a login of its own that the server makes give a password (a line in the
throw-away server's pg_hba.conf, when this process may write it).
"""

from __future__ import annotations

import argparse
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from app.admin import local_settings
from app.store import db
from app.store.redact import without_password
from ui import application
from ui.launch import password

SECRET = "Zq9-h5-desktop-pw"


@pytest.fixture(autouse=True)
def _forget_passwords() -> Iterator[None]:
    password._session.clear()
    yield
    password._session.clear()


def _files_holding(home: Path, secret: str) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


@pytest.mark.postgres
def test_the_desktop_app_remembers_a_shared_book_without_its_password(
        qapp, pg_location: str, cuentas_home: Path) -> None:
    from app.store.create import create_book

    url = make_url(pg_location)
    secret = str(url.password) if url.password else SECRET
    location = url.set(password=secret).render_as_string(hide_password=False)
    create_book(location, currency="MXN", tax_preset="mx")
    QTimer.singleShot(500, lambda: application._state["window"].close())
    assert application.run(argparse.Namespace(db=location, demo=False)) == 0
    window = application._state["window"]
    assert window.book.location == location  # the open book keeps it, in memory
    assert secret not in window.windowTitle()
    assert local_settings.last_book() == without_password(location)
    assert _files_holding(cuentas_home, secret) == []
    # gone before its background checks start (this book's schema goes with the test)
    application._state["window"] = None
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def password_login(pg_location: str) -> Iterator[tuple[str, str]]:
    """(a book location without password, its password) for a login the server asks a
    password of; skipped where the server's pg_hba.conf cannot be changed."""
    admin = sa.create_engine(os.environ["CUENTAS_TEST_PG_URL"].replace(
        "postgresql://", "postgresql+psycopg://"))
    with admin.begin() as conn:
        hba = Path(str(conn.execute(sa.text("SHOW hba_file")).scalar_one()))
    if not os.access(hba, os.W_OK):
        admin.dispose()
        pytest.skip("the PostgreSQL server's pg_hba.conf cannot be changed here")
    role, secret = f"h5_{uuid.uuid4().hex[:10]}", "Zq9-h5-right"
    schema = pg_location.rsplit("search_path%3D", 1)[1]
    original = hba.read_text()
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD '{secret}'"))
        conn.execute(sa.text(f"GRANT ALL ON SCHEMA {schema} TO {role}"))
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n"
                   f"host all {role} ::1/128 scram-sha-256\n" + original)
    try:
        with admin.begin() as conn:
            conn.execute(sa.text("SELECT pg_reload_conf()"))
        url = make_url(pg_location).set(username=role, password=None)
        yield url.render_as_string(hide_password=False), secret
    finally:
        hba.write_text(original)
        with admin.begin() as conn:
            conn.execute(sa.text("SELECT pg_reload_conf()"))
            conn.execute(sa.text(f"DROP OWNED BY {role}"))
            conn.execute(sa.text(f"DROP ROLE {role}"))
        admin.dispose()


@pytest.mark.postgres
def test_the_password_is_asked_once_per_session_and_kept_in_memory(
        qapp, password_login: tuple[str, str], cuentas_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store.create import create_book
    from ui.launch.flow import open_book_interactively

    location, secret = password_login
    engine = db.create_book_engine(location, pool=False)
    with pytest.raises(sa.exc.OperationalError) as refused:  # libpq has no password for it
        engine.connect()
    engine.dispose()
    assert db.needs_password(refused.value)
    create_book(db.with_password(location, secret), currency="MXN", tax_preset="mx")

    asked: list[tuple[str, bool]] = []
    answers = ["wrong-password", secret]

    def type_password(dialog: password.PasswordDialog) -> bool:
        asked.append((dialog.findChild(type(dialog.refused), "passwordRefused").text(),
                      dialog.refused.isVisibleTo(dialog)))
        dialog.field.setText(answers.pop(0))
        assert dialog.open_button.isEnabled()
        dialog.grab().save(str(cuentas_home.parent / "password.png"))
        return True

    monkeypatch.setattr(password, "run_dialog", type_password)
    book = open_book_interactively(location)
    assert book is not None, asked
    assert [visible for _text, visible in asked] == [False, True]  # wrong: asked again
    assert make_url(book.location).password == secret
    book.close()
    local_settings.remember_book(book.location)

    # the same session opens it again without asking
    book = open_book_interactively(location)
    assert book is not None and len(asked) == 2
    book.close()
    assert local_settings.last_book() == location
    assert _files_holding(cuentas_home, secret) == []

    # cancelled: the book does not open, and nothing is remembered
    password._session.clear()
    monkeypatch.setattr(password, "run_dialog", lambda dialog: False)
    assert open_book_interactively(location) is None
    assert password._session == {}
