"""The desktop app's write path holds the book's shared write lock: a save made while
another process restores the book waits, then is refused in the dialog (nothing
written) — never saved into a file the restore is about to replace."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.ledger.accounts import list_accounts
from app.store import lock
from ui.main.account_dialog import AccountDialog

ROOT = Path(__file__).resolve().parents[3]
HOLD = """
import sys, time
from app.store.lock import BookLock
lock = BookLock.acquire(sys.argv[1], "restore")
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_save_during_another_programs_restore_is_refused_then_works(
        qtbot, sqlite_book, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.common.formats import Formats

    monkeypatch.setattr(lock, "WRITE_WAIT", 0.4)
    dialog = AccountDialog(sqlite_book, Formats(sqlite_book.info))
    qtbot.addWidget(dialog)
    dialog.name.setText("BBVA")
    with subprocess.Popen([sys.executable, "-c", HOLD, sqlite_book.location], cwd=ROOT,
                          text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE) as other:
        assert other.stdout is not None and other.stdout.readline().strip() == "held"
        assert not dialog.save()
        [shown] = dialog.errors.shown()
        assert list_accounts(sqlite_book) == []
        assert other.stdin is not None
        other.communicate("done\n", timeout=30)
    assert "is restoring it" in shown and f"process {other.pid}" in shown, shown
    assert "nothing was written" in shown
    assert dialog.save()  # once the restore is over the same save goes through
    assert [a.name for a in list_accounts(sqlite_book)] == ["BBVA"]
