"""Shared fixtures: an isolated CUENTAS_HOME per test, books on SQLite and PostgreSQL.

`QT_QPA_PLATFORM=offscreen` is set here, before any QApplication can exist.
PostgreSQL tests use the throw-away server of scripts/with-test-postgres
(`CUENTAS_TEST_PG_URL`); each test gets its own schema, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LOGNAME", "sandy")

import pytest

PG_URL = os.environ.get("CUENTAS_TEST_PG_URL", "")
#: ../shared beside the checkout: scenarios and sample files written by other programs.
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def cuentas_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder of the test's own; the interface in English whatever the machine's
    language (a test of the language choice removes CUENTAS_LANG), and English again
    after a test that switched this process to another language."""
    from app import i18n

    home = tmp_path / "home"
    monkeypatch.setenv("CUENTAS_HOME", str(home))
    monkeypatch.delenv("CUENTAS_DB", raising=False)
    monkeypatch.delenv("CUENTAS_FLAGS", raising=False)
    monkeypatch.setenv("CUENTAS_LANG", "en")
    yield home
    i18n.set_language(i18n.SOURCE)


def pg_available() -> bool:
    return bool(PG_URL)


def _skip_or_fail_without_pg() -> None:
    if not PG_URL:
        if os.environ.get("CUENTAS_REQUIRE_PG"):
            pytest.fail("CUENTAS_REQUIRE_PG is set but CUENTAS_TEST_PG_URL is not")
        pytest.skip("no PostgreSQL test server (CUENTAS_TEST_PG_URL unset)")


@pytest.fixture
def pg_location() -> Iterator[str]:
    """A PostgreSQL book location in a fresh, empty schema."""
    _skip_or_fail_without_pg()
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://"))
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A place for a new book, on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "book.cuentas")
    return str(request.getfixturevalue("pg_location"))


@pytest.fixture
def sqlite_location(tmp_path: Path) -> str:
    return str(tmp_path / "book.cuentas")


def _make_book(where: str, currency: str = "MXN", preset: str = "mx"):
    from app.store.book import open_book
    from app.store.create import create_book

    create_book(where, currency=currency, tax_preset=preset, name="Prueba")
    return open_book(where)


@pytest.fixture
def book(location: str) -> Iterator[object]:
    """A new MXN book with the Mexican tax preset, on each backend."""
    b = _make_book(location)
    yield b
    b.close()


@pytest.fixture
def sqlite_book(sqlite_location: str) -> Iterator[object]:
    b = _make_book(sqlite_location)
    yield b
    b.close()


@pytest.fixture
def make_book():
    opened = []

    def make(where: str, currency: str = "MXN", preset: str = "mx"):
        b = _make_book(where, currency, preset)
        opened.append(b)
        return b

    yield make
    for b in opened:
        b.close()


@pytest.fixture
def scenarios() -> dict:  # type: ignore[type-arg]
    import json

    source = SHARED / "scenarios" / "splits.json"
    if not source.exists():  # a checkout without ../shared: our copy of the same file
        source = Path(__file__).parent / "fixtures" / "splits.json"
    return json.loads(source.read_text(encoding="utf-8"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Tear the Qt side down while the interpreter is whole: close every window, let
    Qt delete what was handed to deleteLater, then collect. Whatever crashes here
    crashes the run (its exit status shows it); the interpreter's own finalization
    then has no widgets, threads or connections left to tear down."""
    import gc
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    QThreadPool.globalInstance().waitForDone(10_000)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()
