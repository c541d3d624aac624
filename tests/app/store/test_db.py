"""SQLite URIs for a book's file, on every system (app.store.db.sqlite_uri)."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import quote

import pytest

from app.backup import backup_book, verify_backup
from app.store import db
from tests.books import make_legacy


def test_a_posix_path_is_the_uri_it_always_was() -> None:
    path = PurePosixPath("/home/sandy/Libros/tienda.cuentas")
    assert db.sqlite_uri(path) == f"file:{quote(path.as_posix())}?mode=ro"
    assert db.sqlite_uri(path, "rw") == "file:/home/sandy/Libros/tienda.cuentas?mode=rw"


@pytest.mark.parametrize(("path", "uri"), [
    (PureWindowsPath(r"C:\Users\Sandy\Libros\Tienda #1.cuentas"),
     "file:/C%3A/Users/Sandy/Libros/Tienda%20%231.cuentas?mode=ro"),
    (PureWindowsPath(r"\\oficina\libros\tienda.cuentas"),
     "file:////oficina/libros/tienda.cuentas?mode=ro"),
])
def test_windows_drive_and_network_paths(path: PureWindowsPath, uri: str) -> None:
    """SQLite drops the slash before a drive letter; a network path needs an empty
    authority (`file://server/…` would name a host, which SQLite refuses)."""
    assert db.sqlite_uri(path) == uri


def test_folders_with_uri_characters_and_relative_paths_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Libros? #2 100%"
    folder.mkdir()
    book = make_legacy(folder / "tienda.cuentas", n=30)
    conn = db.readonly_sqlite(book)
    assert conn.execute("SELECT count(*) FROM transactions").fetchone() == (30,)
    conn.close()
    info = backup_book(str(book), "manual", folder / "copias #1")  # verified by URI
    assert verify_backup(info.path).verified
    monkeypatch.chdir(folder)
    conn = sqlite3.connect(db.sqlite_uri(Path("tienda.cuentas")), uri=True)
    assert conn.execute("SELECT count(*) FROM transactions").fetchone() == (30,)
    conn.close()
