"""Only owners upgrade or restore a book (DESIGN.md section 7), enforced in the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.admin.users import add_user
from app.backup import backup_book
from app.backup.restore import restore_backup
from app.cli import main
from app.errors import NotAllowed
from app.store.book import open_book


@pytest.fixture
def shared_by_two(tmp_path: Path, make_book, monkeypatch) -> str:
    where = str(tmp_path / "shop.cuentas")
    owner_book = make_book(where)
    add_user(owner_book, "Ana", role="viewer", group="standard", login="ana")
    owner_book.close()
    return where


def test_a_viewer_cannot_restore_and_nothing_changes(shared_by_two: str, monkeypatch,
                                                     capsys) -> None:
    backup = backup_book(shared_by_two, "manual")
    before = Path(shared_by_two).read_bytes()
    monkeypatch.setenv("LOGNAME", "ana")
    with pytest.raises(NotAllowed):
        restore_backup(shared_by_two, backup)
    assert main(["--db", shared_by_two, "restore", str(backup.path), "--yes"]) == 1
    assert "not allowed" in capsys.readouterr().err
    assert Path(shared_by_two).read_bytes() == before
    monkeypatch.setenv("LOGNAME", "sandy")
    restore_backup(shared_by_two, backup)  # the owner may
    book = open_book(shared_by_two)
    assert book.actor.role == "owner"
    book.close()


def test_a_viewer_cannot_upgrade_a_behind_book(shared_by_two: str, monkeypatch, capsys) -> None:
    from app.store import db
    from app.store.inspect import inspect_book
    from app.store.schema import REVISIONS, downgrade_schema
    from app.upgrade import upgrade_book

    engine = db.create_book_engine(shared_by_two, for_migration=True, pool=False, wal=False)
    with engine.connect() as conn, conn.begin():
        downgrade_schema(conn, REVISIONS[-2])  # a book one revision behind, users kept
    engine.dispose()
    assert inspect_book(shared_by_two).state == "behind"
    monkeypatch.setenv("LOGNAME", "ana")
    with pytest.raises(NotAllowed):
        upgrade_book(shared_by_two)
    assert main(["--db", shared_by_two, "upgrade", "--yes"]) == 1
    assert "not allowed" in capsys.readouterr().err
    assert inspect_book(shared_by_two).state == "behind"
    monkeypatch.setenv("LOGNAME", "sandy")
    assert upgrade_book(shared_by_two).outcome == "upgraded"


def test_verify_reads_a_book_another_cuentas_has_open(tmp_path: Path, make_book, capsys) -> None:
    import json
    import subprocess
    import sys

    where = str(tmp_path / "open.cuentas")
    make_book(where).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom app.store.lock import BookLock\n"
         f"lock = BookLock.acquire({where!r}, 'session')\nprint('held', flush=True)\n"
         "sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[3])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert main(["--db", where, "status", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["state"] == "locked"
        assert main(["--db", where, "verify", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["ok"] is True
    finally:
        holder.communicate("")
