"""The desktop app's exports (Reports window PDF/CSV, the lines' CSV, help handouts):
the save dialog asks before replacing a file, a book, the open book, a folder or a
device is refused with a message, and the file is written atomically (app/store/outfiles.py)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from app.reports import Period
from app.reports.lines import LineQuery
from ui.common import prompts
from ui.reports.window import LinesDialog, ReportsWindow


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class SaveDialog:
    """QFileDialog.getSaveFileName answering `target`; remembers how it was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.target: Path | None = None
        self.calls: list[tuple[Any, ...]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.calls.append(args + tuple(kwargs.values()))
        return str(self.target), ""

    def asked_before_replacing(self) -> bool:
        confirm_off = QFileDialog.Option.DontConfirmOverwrite
        return bool(self.calls) and not any(
            isinstance(a, QFileDialog.Option) and a & confirm_off for c in self.calls for a in c)


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    return SaveDialog(monkeypatch)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: said.append(text),
                        raising=False)
    return said


@pytest.fixture
def window(qtbot, sqlite_book):
    w = ReportsWindow(sqlite_book, today=date(2026, 3, 31))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.table is not None and not w.busy)
    return w


def specials(tmp_path: Path, book: Path) -> list[Path]:
    """Targets never written: the open book (and through a symlink), another SQLite
    file, a folder, a FIFO."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    link = tmp_path / "link.pdf"
    link.symlink_to(book)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    return [book, link, other, folder, fifo]


def test_report_exports_refuse_a_book_a_folder_or_a_fifo(
        qtbot, window, dialog: SaveDialog, warnings: list[str], tmp_path: Path) -> None:
    from ui.common import operations

    book = Path(window.book.location)
    before = sha(book)
    for target in specials(tmp_path, book):
        for button in (window.export_pdf_button, window.export_csv_button):
            dialog.target = target
            warnings.clear()
            button.click()
            qtbot.waitUntil(operations.idle)
            assert len(warnings) == 1, (target, warnings)
            assert str(target) in warnings[0]
    assert sha(book) == before
    assert (tmp_path / "folder.pdf").is_dir()
    assert stat.S_ISFIFO((tmp_path / "pipe.csv").stat().st_mode)
    assert dialog.asked_before_replacing()


def test_report_exports_replace_a_file_atomically_after_the_dialog_asked(
        qtbot, window, dialog: SaveDialog, warnings: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    for name, button, magic in (("r.pdf", window.export_pdf_button, b"%PDF"),
                                ("r.csv", window.export_csv_button, b"Category,")):
        target = folder / name
        target.write_bytes(b"old")
        dialog.target = target
        button.click()
        qtbot.waitUntil(lambda t=target, m=magic: t.read_bytes().startswith(m),  # type: ignore[misc]
                        timeout=20_000)
        assert warnings == []
    assert sorted(p.name for p in folder.iterdir()) == ["r.csv", "r.pdf"]  # no temporaries
    new = folder / "new.csv"
    dialog.target = new
    window.export_csv_button.click()
    qtbot.waitUntil(new.exists)
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    assert dialog.asked_before_replacing()


def test_the_lines_csv_refuses_the_open_book(
        qtbot, sqlite_book, dialog: SaveDialog, warnings: list[str], tmp_path: Path) -> None:
    from app.reports import Period

    lines = LinesDialog(sqlite_book, LineQuery(Period()), "all", synchronous=True)
    qtbot.addWidget(lines)
    book = Path(sqlite_book.location)
    before = sha(book)
    dialog.target = book
    lines._ask_csv()
    assert len(warnings) == 1 and sha(book) == before
    dialog.target = tmp_path / "lines.csv"
    lines._ask_csv()
    assert (tmp_path / "lines.csv").read_text().startswith("Transaction,Date,")  # for people
    assert dialog.asked_before_replacing()


def test_a_help_handout_is_never_saved_over_a_book(
        qtbot, sqlite_book, dialog: SaveDialog, warnings: list[str], tmp_path: Path) -> None:
    from ui.common import operations
    from ui.help import browser as help_browser
    from ui.help.browser import HelpBrowser

    browser = HelpBrowser()
    qtbot.addWidget(browser)
    book = Path(sqlite_book.location)
    before = sha(book)
    dialog.target = book
    browser.save_handout_as()
    qtbot.waitUntil(operations.idle)
    assert len(warnings) == 1 and sha(book) == before
    assert dialog.asked_before_replacing()
    browser.close()
    help_browser._window = None


def test_save_dialogs_start_in_the_documents_folder(
        qtbot, window, dialog: SaveDialog, warnings: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF and CSV exports (and the lines' CSV) first offer the user's documents
    folder with a name that says what the file is; then the folder last saved to."""
    from PySide6.QtCore import QStandardPaths

    from ui.reports import window as reports_window

    monkeypatch.setattr(reports_window, "_last_folder", None, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "sandy"))  # a home of the test's own
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "sandy" / ".config"))
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    assert documents == tmp_path / "sandy" / "Documents"
    documents.mkdir(parents=True)
    with qtbot.waitSignal(window.report_shown, timeout=10_000):
        window.select("iva", preset="all")
    dialog.target = ""  # cancelled
    window.export_pdf_button.click()
    window.export_csv_button.click()
    starts = [Path(call[2]) for call in dialog.calls]
    assert starts == [documents / "iva-all.pdf", documents / "iva-all.csv"]
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    dialog.target = elsewhere / "iva.pdf"
    window.export_pdf_button.click()
    qtbot.waitUntil(lambda: (elsewhere / "iva.pdf").exists(), timeout=20_000)
    dialog.target = ""
    window.export_csv_button.click()
    assert Path(dialog.calls[-1][2]) == elsewhere / "iva-all.csv"
    lines = LinesDialog(window.book, LineQuery(Period()), "all", synchronous=True)
    qtbot.addWidget(lines)
    monkeypatch.setattr(reports_window, "_last_folder", None, raising=False)
    lines._ask_csv()
    assert Path(dialog.calls[-1][2]) == documents / "lines.csv"
