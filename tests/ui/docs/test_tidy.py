"""The guides' pictures never show the temporary folders they are drawn in: a book reads
as /home/sandy/Documents/…, Cuentas's own folders as on a Linux desktop (issue 13,
defect 12). Every window the screenshots take is read at the moment it is grabbed."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.docs.tidy import shown_as, tidied, tidy_text


def shown_texts(widget: QWidget) -> list[str]:
    """Everything a window shows as text (labels, fields, buttons, text boxes, items)."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QLineEdit):
            texts += [child.text(), child.placeholderText()]
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            texts.append(child.toPlainText())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model, top = child.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            texts += [str(model.index(r, c).data() or "") for r in range(model.rowCount(top))
                      for c in range(columns)]
    return texts


@pytest.fixture
def grabbed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The texts of every window at the moment a picture of it is taken."""
    seen: list[str] = []
    real_grab = QWidget.grab

    def grab(self: QWidget, *args: object) -> object:
        seen.extend(shown_texts(self))
        return real_grab(self, *args)

    monkeypatch.setattr(QWidget, "grab", grab)
    yield seen


def temporary(texts: list[str]) -> list[str]:
    scratch = tempfile.gettempdir()
    return [t for t in texts if scratch in t or str(Path(scratch).resolve()) in t]


def test_paths_read_as_on_sandys_desktop(qtbot, tmp_path: Path) -> None:
    home = tmp_path / "home"
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel(f"Saved as {tmp_path}/respaldos/Tienda-manual.cuentas")
    field = QLineEdit(f"{home}/data/books/Tienda.cuentas")
    field.setPlaceholderText(f"{home}/data/backups/Tienda-1a2b")
    box = QPlainTextEdit(f"{tmp_path}/Tienda.cuentas\nComputer: caja-pc")
    table = QTableView()
    model = QStandardItemModel()
    model.appendRow([QStandardItem(f"{home}/logs/cuentas.log")])
    table.setModel(model)
    for widget in (label, field, box, table):
        layout.addWidget(widget)
    before = shown_texts(window)
    edited: list[str] = []
    field.textChanged.connect(edited.append)
    with tidied(window):  # outside `shown_as`: nothing to change
        assert shown_texts(window) == before
    with shown_as(tmp_path, home), tidied(window):
        assert tidy_text(f"{tmp_path}/a.cuentas") == "/home/sandy/Documents/a.cuentas"
        assert label.text() == "Saved as /home/sandy/Documents/respaldos/Tienda-manual.cuentas"
        assert field.text() == "/home/sandy/.local/share/Cuentas/books/Tienda.cuentas"
        assert field.placeholderText() == \
            "/home/sandy/.local/share/Cuentas/backups/Tienda-1a2b"
        assert box.toPlainText() == "/home/sandy/Documents/Tienda.cuentas\nComputer: caja-pc"
        assert model.item(0).text() == "/home/sandy/.cache/Cuentas/log/cuentas.log"
    assert shown_texts(window) == before  # the window keeps its real paths
    assert edited == []  # and never heard of the others
    assert tidy_text(f"{tmp_path}/a.cuentas") == f"{tmp_path}/a.cuentas"  # the block ended


def test_the_launch_upgrade_and_backup_pictures_show_no_temporary_path(
        qtbot, demo_book, tmp_path: Path, grabbed: list[str]) -> None:
    """The pictures that show paths: the launch dialogs, every page of the upgrade
    wizard, the restore dialog; the books and backups are where the guides say."""
    from ui.docs.shots import backup, launch, upgrade

    shots = [*launch.shots_flow(demo_book, tmp_path), *upgrade.shots_wizard(demo_book, tmp_path),
             *backup.shots_restore_dialog(demo_book, tmp_path)]
    assert {"launch-recovered.png", "launch-locked.png", "upgrade-backup.png",
            "upgrade-failed.png", "restore-dialog.png"} <= {p.name for p in shots}
    assert temporary(grabbed) == []
    everything = "\n".join(grabbed)
    assert "/home/sandy/Documents/Tienda.cuentas" in everything  # the book
    assert "/home/sandy/Documents/respaldos/Tienda-" in everything  # the wizard's backup
    assert "/home/sandy/.local/share/Cuentas/backups/Tienda-" in everything  # restore


def test_the_settings_and_new_book_pictures_show_no_temporary_path(
        qtbot, tmp_path: Path, grabbed: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Drawn as `cuentas docs screenshots` does: the demo book in a scratch folder,
    CUENTAS_HOME beside it (the backups folder, the new book's suggested file)."""
    from datetime import date

    from app.store.demo import write_current
    from ui.docs.screenshots import render_all
    from ui.docs.shots import launch

    monkeypatch.setattr(launch, "shots_flow", lambda book, out_dir: [])  # drawn above
    monkeypatch.setenv("CUENTAS_HOME", str(tmp_path / "sandy"))
    book = tmp_path / "Tienda de Sandy.cuentas"
    write_current(str(book), 120, 2026, end=date(2026, 3, 31))
    rendered = render_all(tmp_path / "images", str(book),
                          only=("ui.docs.shots.launch", "ui.docs.shots.settings"))
    assert {"new-book.png", "settings-backups.png"} <= {p.name for p in rendered}
    assert temporary(grabbed) == []
    everything = "\n".join(grabbed)
    assert "/home/sandy/.local/share/Cuentas/backups/" in everything
    assert "/home/sandy/.local/share/Cuentas/books/" in everything
