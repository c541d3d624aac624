"""Starting the app: which book, the session lock, the launch flow in front of every
book (its states are tested in test_launch_flow.py), the first start, switching books."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import paths
from app.admin import local_settings
from ui import application


@pytest.fixture
def shown(monkeypatch):
    """The launch dialogs the app would show (kind, headline), each answered "close"."""
    from ui.launch import flow as launch_flow

    dialogs = []

    def fake_exec(dialog) -> str:
        dialogs.append((dialog.kind, dialog.headline))
        dialog.deleteLater()
        return "close"

    monkeypatch.setattr(launch_flow, "_exec", fake_exec)
    return dialogs


def args(**kw) -> argparse.Namespace:
    return argparse.Namespace(db=kw.get("db"), demo=kw.get("demo", False))


def test_which_book(monkeypatch, sqlite_location) -> None:
    assert application.choose_location(args()) is None
    local_settings.remember_book("/somewhere/last.cuentas")
    assert application.choose_location(args()) == "/somewhere/last.cuentas"
    monkeypatch.setenv("CUENTAS_DB", "/env/book.cuentas")
    assert application.choose_location(args()) == "/env/book.cuentas"
    assert application.choose_location(args(db=sqlite_location)) == sqlite_location


def test_the_demo_book_is_written_once(qapp) -> None:
    location = application.choose_location(args(demo=True))
    assert location == str(paths.demo_book_path()) and Path(location).exists()
    stamp = Path(location).stat().st_mtime_ns
    assert application.choose_location(args(demo=True)) == location
    assert Path(location).stat().st_mtime_ns == stamp


def test_a_current_book_opens_with_its_session_lock(sqlite_book, shown) -> None:
    from app.store.lock import holder

    location = sqlite_book.location
    opened = application.open_or_explain(location)
    assert opened is not None and shown == [] and opened.location == location
    assert holder(location) is not None and holder(location).purpose == "session"
    opened.close()
    assert holder(location) is None


@pytest.mark.parametrize("state", ["missing", "ahead", "corrupt"])
def test_a_book_that_cannot_open_goes_through_the_launch_flow(tmp_path, shown, make_book,
                                                              state) -> None:
    where = tmp_path / "b.cuentas"
    if state == "ahead":
        make_book(str(where)).close()
        with sqlite3.connect(where) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    elif state == "corrupt":
        where.write_bytes(b"this is not a book" * 100)
    assert application.open_or_explain(str(where)) is None
    assert [kind for kind, _headline in shown] == [state]
    from app.store.lock import holder

    assert holder(str(where)) is None  # nothing kept locked


def test_run_opens_the_main_window_and_remembers_the_book(qapp, sqlite_book) -> None:
    location = sqlite_book.location
    sqlite_book.close()
    QTimer.singleShot(300, lambda: application._state["window"].close())
    assert application.run(args(db=location)) == 0
    assert local_settings.last_book() == location
    window = application._state["window"]
    assert window.book.location == location
    from app.store.lock import holder

    assert application._state["opened"] is None and holder(location) is None  # let go


def test_run_without_a_book_offers_the_first_start(qapp, monkeypatch) -> None:
    offered = []
    monkeypatch.setattr(application, "first_start", lambda message="": offered.append(1))
    assert application.run(args()) == 0
    assert offered == [1]


def test_an_explicit_book_that_cannot_open_ends_with_1(qapp, tmp_path, shown) -> None:
    assert application.run(args(db=str(tmp_path / "nope.cuentas"))) == 1
    assert shown


def test_first_start_and_new_book_dialogs(qtbot, tmp_path) -> None:
    from ui.launch.first_start import FirstStartDialog, NewBookDialog

    first = FirstStartDialog()
    qtbot.addWidget(first)
    first.demo.click()
    assert first.location == str(paths.demo_book_path()) and first.result() == 1
    dialog = NewBookDialog()
    qtbot.addWidget(dialog)
    assert dialog.preset() == "mx" and dialog.locale_box.currentText() == "es_MX"
    dialog.currency.setCurrentText("EUR")
    assert dialog.preset() == "es" and dialog.locale_box.currentText() == "es_ES"
    dialog.currency.setCurrentText("XXQ")
    created = []
    dialog.created.connect(created.append)
    dialog.create_book()
    assert dialog.errors["--currency"].isVisibleTo(dialog) and not created
    dialog.currency.setCurrentText("MXN")
    dialog.file.setText(str(tmp_path / "mine.cuentas"))
    dialog.create_book()
    assert created == [str(tmp_path / "mine.cuentas")]
    from app.store.book import open_book

    book = open_book(created[0])
    assert (book.info.currency, book.info.tax_preset, book.info.name) == ("MXN", "mx", "My shop")
    book.close()


def test_the_new_book_dialog_shows_the_suggested_file_whole(qtbot, qapp,
                                                           monkeypatch) -> None:
    """The suggested path is not scrolled out of sight, in English and in Spanish (whose
    labels are wider: Números y fechas)."""
    from PySide6.QtCore import QLocale

    from app import i18n
    from ui.launch.first_start import NewBookDialog

    monkeypatch.setattr(paths, "books_dir",
                        lambda: Path("/home/sandy/.local/share/Cuentas/books"))
    before = i18n.language()
    for language in ("en", "es"):
        installed = application.install_translators(qapp, language)
        try:
            dialog = NewBookDialog()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            text = dialog.file.text()
            assert text.endswith(".cuentas") and len(text) > 40
            needed = dialog.file.fontMetrics().horizontalAdvance(text)
            assert dialog.file.width() >= needed + 8, (language, text)
            dialog.close()
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
            i18n.set_language(before)
            QLocale.setDefault(QLocale.system())


def test_switching_books(qapp, make_book, tmp_path, shown) -> None:
    first = str(tmp_path / "one.cuentas")
    second = str(tmp_path / "two.cuentas")
    make_book(first).close()
    make_book(second).close()
    from app.store.lock import holder

    application.show_window(application.open_or_explain(first))
    application.switch_book(second)
    window = application._state["window"]
    assert window.book.location == second and local_settings.last_book() == second
    assert holder(first) is None and holder(second).purpose == "session"
    application.switch_book(str(tmp_path / "missing.cuentas"))  # refused: stays
    assert application._state["window"] is window and shown
    window.close()
    application._state["opened"].close()
    assert holder(second) is None
    QApplication.processEvents()
