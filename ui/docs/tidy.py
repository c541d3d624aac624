"""What the guides' pictures show instead of the scratch folders they are drawn in.

`cuentas docs screenshots` draws real windows on real books, but in temporary folders
(`/tmp/cuentas-docs/…`, `/tmp/cuentas-launch-shots-x1y2z3/…`) so that nothing of the
person's own settings, books or backups is touched. A guide should not show those
paths: Sandy would look for a folder that does not exist on her computer. While a
picture is taken, every path under such a folder reads as where it would be on her
desktop — a book in `/home/sandy/Documents`, Cuentas's own folders (CUENTAS_HOME's
data, config and logs) where appdirs puts them on Linux.

`shown_as(documents, cuentas_home)` says which scratch folders stand for what while a
block runs (`ui.docs.screenshots.render_all` for the demo book, `autopilot.scratch_home`
for the launch, upgrade and backup pictures); `with tidied(widget):` rewrites the paths
a window shows while `ui.docs.screenshots.grab` (and the walkthroughs) take it, then
puts them back. Only the pictures change: the windows hold no documentation code, and
the books, backups and settings keep their real places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: The person the pictures show, and where her books and Cuentas's folders are (her
#: documents folder is named in the language of the pictures, as her desktop would).
HOME = "/home/sandy"
DOCUMENTS = {"en": f"{HOME}/Documents", "es": f"{HOME}/Documentos"}
#: CUENTAS_HOME's folders (app/paths.py) as appdirs places them on a Linux desktop.
APP_FOLDERS = {"data": f"{HOME}/.local/share/Cuentas", "config": f"{HOME}/.config/Cuentas",
               "logs": f"{HOME}/.cache/Cuentas/log"}

#: (real folder, as shown), longest first, while `shown_as` blocks run.
_shown: list[tuple[str, str]] = []


def _spellings(folder: Path) -> set[str]:
    """A folder as written and as resolved (/tmp may be a link)."""
    names = {str(folder)}
    try:
        names.add(str(folder.resolve()))
    except OSError:
        pass
    return names


@contextmanager
def shown_as(documents: Path | str, cuentas_home: Path | str | None = None) -> Iterator[None]:
    """While the block runs, pictures show `documents` as ~/Documents (~/Documentos in
    Spanish pictures) and the folders of `cuentas_home` (CUENTAS_HOME) where Cuentas
    keeps them on a desktop."""
    from app import i18n

    shown = DOCUMENTS.get(i18n.language(), DOCUMENTS["en"])
    pairs = [(real, shown) for real in _spellings(Path(documents))]
    if cuentas_home is not None:
        home = Path(cuentas_home)
        pairs += [(real, place) for sub, place in APP_FOLDERS.items()
                  for real in _spellings(home / sub)]
    before = list(_shown)
    _shown.extend(pairs)
    _shown.sort(key=lambda pair: -len(pair[0]))
    try:
        yield
    finally:
        _shown[:] = before


def tidy_text(text: str) -> str:
    """`text` with every scratch folder written as the pictures show it."""
    for real, shown in _shown:
        if real in text:
            text = text.replace(real, shown)
    return text


@contextmanager
def tidied(widget: QWidget | None) -> Iterator[None]:
    """While the block runs (the picture is taken), `widget` and its children show
    their paths as on Sandy's desktop; then every text is put back as it was. Signals
    are blocked both ways: the window neither reacts to the picture's paths nor keeps
    them (a wizard must go on with its real backup folder)."""
    undo: list[Callable[[], None]] = []
    try:
        if widget is not None and _shown:
            for child in [widget, *widget.findChildren(QWidget)]:
                _tidy_one(child, undo)
        yield
    finally:
        for step in reversed(undo):
            step()


def _quietly(widget: QObject, change: Callable[[], object]) -> None:
    blocked = widget.blockSignals(True)
    try:
        change()
    finally:
        widget.blockSignals(blocked)


def _swap(widget: QObject, get: Callable[[], str], put: Callable[[str], object],
          undo: list[Callable[[], None]]) -> None:
    """Put the tidy form of `get()` with `put`, and how to put it back into `undo`."""
    before = get()
    after = tidy_text(before)
    if after != before:
        _quietly(widget, lambda: put(after))
        undo.append(lambda: _quietly(widget, lambda: put(before)))


def _tidy_one(widget: QWidget, undo: list[Callable[[], None]]) -> None:
    if isinstance(widget, QLabel | QAbstractButton):
        _swap(widget, widget.text, widget.setText, undo)
    elif isinstance(widget, QLineEdit):
        _swap(widget, widget.text, widget.setText, undo)
        _swap(widget, widget.placeholderText, widget.setPlaceholderText, undo)
    elif isinstance(widget, QGroupBox):
        _swap(widget, widget.title, widget.setTitle, undo)
    elif isinstance(widget, QPlainTextEdit):
        _swap(widget, widget.toPlainText, widget.setPlainText, undo)
    elif isinstance(widget, QTextEdit):
        _swap(widget, widget.toHtml, widget.setHtml, undo)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            _swap(widget, lambda i=i: widget.itemText(i),
                  lambda text, i=i: widget.setItemText(i, text), undo)
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        if isinstance(model, QStandardItemModel):
            _tidy_items(model, undo)


def _tidy_items(model: QStandardItemModel, undo: list[Callable[[], None]]) -> None:
    items = [model.item(r, c) for r in range(model.rowCount())
             for c in range(model.columnCount())]
    while items:
        item = items.pop()
        if item is None:
            continue
        _swap(model, item.text, item.setText, undo)
        items += [item.child(r, c) for r in range(item.rowCount())
                  for c in range(item.columnCount())]
