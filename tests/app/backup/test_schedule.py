"""Automatic backups: on closing a changed book, once a day, with retention; and what
this computer remembers about each book's sessions and backup folders."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app.admin import sessions
from app.admin.book_settings import backup_settings, set_setting
from app.backup import list_backups
from app.backup.catalog import newest_verified_backup
from app.backup.schedule import backup_on_close, daily_backup_due, run_daily_backup


def reasons(folder: Path) -> list[str]:
    return [b.reason for b in list_backups(folder)]


def test_closing_backs_up_only_a_changed_book(sqlite_book) -> None:
    folder = backup_settings(sqlite_book).folder
    assert backup_on_close(sqlite_book, changed=False) is None
    assert reasons(folder) == []

    info = backup_on_close(sqlite_book, changed=True)

    assert info is not None and info.verified and info.path.parent == folder
    assert reasons(folder) == ["on-close"]
    assert sessions.backup_folders(sqlite_book.location) == []  # the default: no note


def test_a_books_own_backup_folder_is_remembered_on_this_computer(sqlite_book, tmp_path) -> None:
    mine = tmp_path / "usb"
    set_setting(sqlite_book, "backup_dir", str(mine))
    info = backup_on_close(sqlite_book, changed=True)
    assert info is not None and info.path.parent == mine
    assert sessions.backup_folders(sqlite_book.location) == [mine]
    assert newest_verified_backup(sqlite_book.location) == info


def test_on_close_backups_keep_the_newest_seven(sqlite_book) -> None:
    from app.backup import backup_book

    folder = backup_settings(sqlite_book).folder
    manual = backup_book(sqlite_book.location, "manual", folder)
    for _ in range(9):
        backup_on_close(sqlite_book, changed=True)
    assert reasons(folder).count("on-close") == 7
    assert manual.path.exists()


def test_a_daily_backup_is_made_once_a_day(sqlite_book) -> None:
    folder = backup_settings(sqlite_book).folder
    assert daily_backup_due(sqlite_book)
    first = run_daily_backup(sqlite_book)
    assert first is not None and first.reason == "scheduled"

    assert not daily_backup_due(sqlite_book)
    assert run_daily_backup(sqlite_book) is None
    assert reasons(folder) == ["scheduled"]

    tomorrow = datetime.now() + timedelta(days=1)
    assert daily_backup_due(sqlite_book, now=tomorrow)
    assert run_daily_backup(sqlite_book, now=tomorrow) is not None
    assert reasons(folder) == ["scheduled", "scheduled"]


def test_daily_backups_follow_the_books_settings(sqlite_book, tmp_path) -> None:
    mine = tmp_path / "usb"
    set_setting(sqlite_book, "backup_dir", str(mine))
    set_setting(sqlite_book, "backup_keep_scheduled", "2")
    for days in range(4):
        assert run_daily_backup(sqlite_book, now=datetime.now() + timedelta(days=days))
    assert reasons(mine) == ["scheduled", "scheduled"]  # the newest two are kept

    set_setting(sqlite_book, "backup_schedule", "off")
    assert not daily_backup_due(sqlite_book, now=datetime.now() + timedelta(days=9))
    assert run_daily_backup(sqlite_book, now=datetime.now() + timedelta(days=9)) is None


def test_sessions_remember_an_unclean_end(tmp_path) -> None:
    where = str(tmp_path / "shop.cuentas")
    assert sessions.closed_cleanly(where)
    sessions.mark_open(where)
    assert not sessions.closed_cleanly(where)
    assert not sessions.closed_cleanly(str(tmp_path / "." / "shop.cuentas"))  # same book
    assert sessions.closed_cleanly(str(tmp_path / "other.cuentas"))
    sessions.mark_closed(where)
    assert sessions.closed_cleanly(where)


def test_a_book_reopened_before_its_old_window_closed_stays_open(tmp_path) -> None:
    where = str(tmp_path / "shop.cuentas")
    sessions.mark_open(where)  # the window
    sessions.mark_open(where)  # the new window after a restore
    sessions.mark_closed(where)  # the old window closes
    assert not sessions.closed_cleanly(where)
    sessions.mark_closed(where)
    assert sessions.closed_cleanly(where)


def test_backup_folders_are_remembered_newest_first(tmp_path) -> None:
    where = str(tmp_path / "shop.cuentas")
    for name in ("a", "b", "a", "c", "d", "e"):
        sessions.remember_backup_folder(where, tmp_path / name)
    assert sessions.backup_folders(where) == [tmp_path / n for n in ("e", "d", "c", "a")]
