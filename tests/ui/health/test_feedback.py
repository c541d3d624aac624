"""Help ▸ Send feedback… and the diagnostics bundle dialog."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtGui import QImage


def test_feedback_is_kept_with_its_picture(upgraded, qtbot) -> None:
    from app.monitor.feedback import screenshot_of
    from app.monitor.health import feedback_notes
    from ui.health.feedback import FeedbackDialog
    from ui.health.window import HealthWindow

    window = HealthWindow(upgraded, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    dialog = FeedbackDialog(upgraded, window, screenshot_of=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.keep()  # empty: refused, said next to the note
    assert dialog.error.isVisible() and "empty" in dialog.error.text()
    dialog.text.setPlainText("The IVA line could fill itself in")
    dialog.attach.setChecked(True)
    assert dialog.preview.isVisible()
    with qtbot.waitSignal(dialog.saved):
        dialog.keep()
    (note,) = feedback_notes()
    assert note.text == "The IVA line could fill itself in" and note.has_screenshot
    png = screenshot_of(note.id)
    assert png is not None and QImage.fromData(png).width() == window.width()
    window.refresh()
    window.tabs.setCurrentIndex(4)
    assert window.notes.count() == 1 and "(picture)" in window.notes.item(0).text()
    window.notes.setCurrentRow(0)
    assert window.picture.pixmap() is not None and not window.picture.pixmap().isNull()


def test_the_bundle_dialog_leaves_the_book_out_unless_ticked(
        upgraded, qtbot, tmp_path: Path) -> None:
    from ui.health.feedback import BundleDialog

    dialog = BundleDialog(upgraded)
    qtbot.addWidget(dialog)
    assert not dialog.with_book.isChecked() and not dialog.with_screenshots.isChecked()
    plain = tmp_path / "plain.zip"
    dialog.write(str(plain), synchronous=True)
    with zipfile.ZipFile(plain) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert not [n for n in names if n.startswith("book/")]
    assert manifest["qt"] and manifest["pyside"]
    dialog = BundleDialog(upgraded)
    qtbot.addWidget(dialog)
    dialog.with_book.setChecked(True)
    full = tmp_path / "full.zip"
    dialog.write(str(full), synchronous=True)
    with zipfile.ZipFile(full) as zf:
        assert "book/Tienda.cuentas" in zf.namelist()
