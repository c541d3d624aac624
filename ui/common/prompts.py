"""Questions to the user, in one place so tests can answer them.

Every "are you sure?" of the app goes through `confirm`, which tests replace with
`monkeypatch.setattr(prompts, "confirm", ...)` rather than driving a modal box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.translate import tr


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.No if destructive
                         else QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_action(parent: QWidget | None, title: str, text: str, informative: str,
                   action: str, *, destructive: bool = False, autoclick: bool = False) -> bool:
    """Ask before one named action (*Turn off*, *Restore*) with what it means underneath;
    *Cancel* is the default and the escape. `autoclick`: the guides' autopilot answers
    with the action."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setInformativeText(informative)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole if destructive
                           else QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    if autoclick:
        QTimer.singleShot(300, chosen.click)
    box.exec()
    return box.clickedButton() is chosen


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def save_target(parent: QWidget | None, path: str | Path,
                book: str | None = None) -> Path | None:
    """The file a save dialog chose, checked by app/store/outfiles.py: None (after saying why)
    for a book, the open book, a folder or a device. The dialog has already asked
    before replacing another existing file."""
    from app.errors import BadInput
    from app.store.outfiles import check_target

    try:
        return check_target(path, force=True, book=book, field=tr("File"))
    except BadInput as exc:
        warn(parent, tr("Cannot save here"),
             tr("Cuentas cannot save to {file}: it {reason}.").format(
                 file=str(path), reason=exc.reason))
        return None
