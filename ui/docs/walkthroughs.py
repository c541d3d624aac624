"""Animated walkthroughs for the guides: the real program, driven offscreen.

Each walkthrough performs the steps of a workflow on live widgets (the split editor,
the main window), grabs the window after every step, draws a caption band and a ring
around the control just used, and Pillow assembles the frames into an optimised GIF
that the help browser plays (`help/images/walkthrough-*.gif`). `screenshots(book,
out_dir)` is found by `ui/docs/screenshots.py`, so `cuentas docs screenshots` makes the
walkthroughs together with the screenshots, and they never show an old interface.

A walkthrough whose windows do not exist yet (the upgrade wizard) is skipped.
"""

from __future__ import annotations

import importlib.util
import io
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ui.common.translate import tr
from ui.docs.tidy import tidied

log = logging.getLogger(__name__)

WIDTH = 720  # pixels of a GIF of a dialog; a main-window one is wider
CAPTION_HEIGHT = 46
ACCENT = QColor("#1f5a8a")
RING = QColor("#e66100")


def settle(condition: Callable[[], bool] | None = None, timeout: float = 5.0) -> None:
    """Let Qt paint (and background work finish) before a frame is taken."""
    deadline = time.monotonic() + timeout
    while True:
        QApplication.processEvents()
        if condition is None or condition() or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    QApplication.processEvents()


@dataclass
class Recorder:
    """Frames of one walkthrough: grab, caption, ring, then `save` as a GIF."""

    window: QWidget
    width: int = WIDTH
    frames: list[tuple[QImage, int]] = field(default_factory=list)

    def shot(self, caption: str, *, ring: QWidget | tuple[QWidget, QRect] | None = None,
             hold: int = 1600, overlay: QWidget | None = None) -> None:
        """One frame: the window (with `overlay`, a dialog, drawn over it as on a
        screen), a ring around `ring` (a widget, or a rectangle in a widget), and the
        caption below."""
        settle()
        with tidied(self.window), tidied(overlay):  # paths as on Sandy's desktop
            settle()
            base = self.window.grab().toImage()
            top = overlay.grab().toImage() if overlay is not None else None
        origin = QPoint(0, 0)
        if overlay is not None and top is not None and overlay.isVisible():
            origin = QPoint(max((base.width() - top.width()) // 2, 0),
                            max((base.height() - top.height()) // 3, 0))
            painter = QPainter(base)
            painter.fillRect(base.rect(), QColor(0, 0, 0, 70))
            painter.fillRect(QRect(origin + QPoint(6, 8), top.size()), QColor(0, 0, 0, 60))
            painter.drawImage(origin, top)
            painter.end()
        widget, area = ring if isinstance(ring, tuple) else (ring, None)
        if widget is not None and widget.isVisible():
            area = area if area is not None else widget.rect()
            owner = (overlay if overlay is not None and overlay.isAncestorOf(widget)
                     else self.window)
            corner = (widget.mapTo(owner, area.topLeft())
                      + (origin if owner is overlay else QPoint()))
            painter = QPainter(base)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(RING, 3))
            painter.drawRoundedRect(QRectF(QRect(corner, area.size())).adjusted(-3, -3, 3, 3),
                                    6, 6)
            painter.end()
        self.frames.append((_with_caption(base, caption, self.width), hold))

    def typing(self, box: QLineEdit, words: str, caption: str) -> None:
        """Type `words` into `box`, a frame every two characters."""
        box.clear()
        for i in range(1, len(words) + 1):
            box.setText(words[:i])
            if i % 2 == 0 or i == len(words):
                self.shot(caption, ring=box, hold=140 if i < len(words) else 900,
                          overlay=box.window() if box.window() is not self.window else None)

    def save(self, path: Path) -> Path:
        """An optimised GIF: one shared palette, frames stored as differences."""
        from PIL import Image

        pictures = [_to_pil(image) for image, _hold in self.frames]
        sheet = Image.new("RGB", (pictures[0].width, pictures[0].height * min(len(pictures), 4)))
        for i, picture in enumerate(pictures[-4:]):
            sheet.paste(picture, (0, i * picture.height))
        palette = sheet.quantize(colors=160, method=Image.Quantize.MEDIANCUT)
        frames = [p.quantize(palette=palette, dither=Image.Dither.NONE) for p in pictures]
        frames[0].save(path, save_all=True, append_images=frames[1:], optimize=True, loop=0,
                       duration=[hold for _image, hold in self.frames], disposal=1)
        return path


def _with_caption(image: QImage, caption: str, width: int) -> QImage:
    scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    out = QImage(scaled.width(), scaled.height() + CAPTION_HEIGHT, QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, scaled)
    band = QRect(0, scaled.height(), scaled.width(), CAPTION_HEIGHT)
    painter.fillRect(band, ACCENT)
    font, flags = caption_layout(caption, band.width() - 28)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(band.adjusted(14, 0, -14, 0), flags, caption)
    painter.end()
    return out


def caption_layout(caption: str, room: int) -> tuple[QFont, int]:
    """The font and flags that show `caption` whole in a band `room` pixels wide: one
    line at 17 pixels, a little smaller if that fits, else two lines at 15 (a Spanish
    caption is a third longer than its English one)."""
    flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    font = QFont()
    font.setBold(True)
    for size in (17, 16, 15):
        font.setPixelSize(size)
        if QFontMetrics(font).horizontalAdvance(caption) <= room:
            return font, flags
    return font, flags | int(Qt.TextFlag.TextWordWrap)


def _to_pil(image: QImage):
    from PIL import Image

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")


# -------------------------------------------------------------------- the walkthroughs


def card_deposit(book: object, out_dir: Path) -> Path:
    """A Clip deposit of 95.82 entered with the card template: four lines, balanced."""
    from app.ledger.transactions import LineInput
    from ui.common.context import BookContext
    from ui.editing.split_editor import SplitEditor

    ctx = BookContext.open(book)  # type: ignore[arg-type]
    editor = SplitEditor(ctx, total=9582, lines=[LineInput(amount=9582)], payee="Clip",
                         date="2026-03-14")
    editor.resize(860, 560)
    editor.show()
    settle()
    rec = Recorder(editor)
    rec.shot(tr("A Clip deposit of 95.82: one amount, four things inside"),
             ring=editor.total_edit, hold=2200)
    panel = editor.templates
    panel.choose("card-deposit")
    rec.shot(tr("Template: Card/processor deposit"), ring=panel.combo, hold=1800)
    rec.typing(panel.fields["fee_rate"], "3.6", tr("Clip's fee: 3.6 % (IVA 16 % on the fee)"))
    rec.shot(tr("Apply template"), ring=panel.apply_button, hold=900)
    panel.apply()
    rec.shot(tr("Sale 86.21, IVA 13.79, fee −3.60, IVA on the fee −0.58"), ring=editor.grid,
             hold=2600)
    rec.shot(tr("The lines add up to 95.82: Balanced, OK is enabled"), ring=editor.bar,
             hold=2600)
    path = rec.save(out_dir / "walkthrough-card-deposit.gif")
    editor.close()
    editor.deleteLater()
    ctx.close()
    return path


def convert_to_split(book: object, out_dir: Path) -> Path:
    """An old single-category payment converted to base + IVA, then undone."""
    from app.ledger.accounts import find_account
    from app.ledger.categories import find_category
    from app.ledger.register import position_of
    from app.ledger.transactions import (
        LineInput,
        TransactionInput,
        delete_transaction,
        save_transaction,
    )
    from ui.main.window import MainWindow

    bank = find_account(book, "BBVA Empresarial")  # type: ignore[arg-type]
    goods = find_category(book, "Gastos:Mercancía")  # type: ignore[arg-type]
    old = save_transaction(book, TransactionInput(  # type: ignore[arg-type]
        account_id=bank.id, date="2026-03-31", amount=-232000, payee="Distribuidora Jalisco",
        memo="Factura (antes de 2.0)", reference="F-1187",
        lines=(LineInput(amount=-232000, category_id=goods.id),)))
    window = MainWindow(book, load_in_background=False)  # type: ignore[arg-type]
    try:
        window.resize(1280, 720)
        window.show()
        window.accounts.select_account(bank.id)
        register = window.register
        settle(lambda: register.model.count > 0)

        def select_old() -> tuple[QWidget, QRect]:
            """Select the old payment; its row, for the ring."""
            snapshot = register.model.snapshot
            row = position_of(book, snapshot, old.id) if snapshot else None  # type: ignore[arg-type]
            if row is not None:
                register.select_row(row)
            settle()
            view = register.view
            first = view.visualRect(register.model.index(row or 0, 0))
            last = view.visualRect(register.model.index(row or 0,
                                                        register.model.columnCount() - 1))
            return view.viewport(), first.united(last)

        rec = Recorder(window, width=880)
        rec.shot(tr("An old payment, all of it in Gastos:Mercancía"), ring=select_old(),
                 hold=2400)
        window.split_transaction()
        editor = window.split_editor
        settle(editor.isVisible)
        rec.shot(tr("Split… (Ctrl+S): the old category is the first line"), overlay=editor,
                 ring=editor.grid, hold=2200)
        panel = editor.templates
        panel.choose("purchase-iva")
        panel.fields["category"].setText("Gastos:Mercancía")
        rec.shot(tr("Template: Purchase with IVA"), overlay=editor, ring=panel.combo,
                 hold=1600)
        panel.apply()
        rec.shot(tr("Base −2,000.00 and IVA −320.00: same total, Balanced"), overlay=editor,
                 ring=editor.grid, hold=2400)
        editor.try_accept()
        settle(lambda: not editor.isVisible())
        rec.shot(tr("OK: the register shows Split (2)"), ring=select_old(), hold=2200)
        window.ctx.undo.stack.undo()
        settle()
        rec.shot(tr("Ctrl+Z undoes it: one category again"), ring=select_old(), hold=2400)
        return rec.save(out_dir / "walkthrough-convert-to-split.gif")
    finally:
        window.close()
        window.deleteLater()
        settle()
        delete_transaction(book, old.id)  # type: ignore[arg-type]


def upgrade_wizard(book: object, out_dir: Path) -> Path:
    """A book of the previous Cuentas through the wizard: backup, upgrade, check, done.

    The legacy book is written beside the demo book (a fixed folder when `cuentas docs
    screenshots` runs, so the paths the pages show do not change from run to run) and
    removed afterwards with its backups."""
    import shutil
    from datetime import date

    from app.backup import default_dir
    from app.store.demo import write_legacy
    from ui.common import background
    from ui.upgrade.wizard import UpgradeWizard

    legacy = Path(str(getattr(book, "location", ""))).parent / "Tienda de Sandy 2025.cuentas"
    write_legacy(legacy, 1200, 2025, end=date(2026, 3, 31))
    backups = default_dir(str(legacy))
    wizard = UpgradeWizard(str(legacy))
    try:
        wizard.show()
        settle()
        rec = Recorder(wizard)
        rec.shot(tr("A book of the previous Cuentas opens the upgrade wizard"), hold=2600)
        wizard.next()
        page = wizard.backup_page
        rec.shot(tr("First a backup: where it goes"), ring=page.start, hold=1800)
        page.start.click()
        settle(lambda: wizard.prepared is not None and wizard.backup_task is None, 60)
        rec.shot(tr("The backup is checked before anything changes"), hold=2600)
        wizard.next()
        settle(lambda: wizard.upgrade_page.steps.count() > 2, 60)
        rec.shot(tr("The upgrade, step by step (closing the window is safe)"),
                 ring=wizard.upgrade_page.steps, hold=1600)
        settle(lambda: wizard.currentId() == UpgradeWizard.CHECK, 60)
        rec.shot(tr("Before and after: same movements, balances and totals"),
                 ring=wizard.pages[UpgradeWizard.CHECK].table, hold=3200)
        wizard.next()
        rec.shot(tr("Done: where the backup is kept; the split guide is one click away"),
                 hold=3000)
        return rec.save(out_dir / "walkthrough-upgrade.gif")
    finally:
        settle(background.idle, 30)
        wizard.close()
        wizard.deleteLater()
        settle()
        for leftover in (legacy, *legacy.parent.glob(legacy.name + "-*")):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(backups, ignore_errors=True)


WALKTHROUGHS: dict[str, tuple[Callable[[object, Path], Path], str]] = {
    # name: (function, the module whose window it needs)
    "card-deposit": (card_deposit, "ui.editing.split_editor"),
    "convert-to-split": (convert_to_split, "ui.main.window"),
    "upgrade": (upgrade_wizard, "ui.upgrade.wizard"),
}


def screenshots(book: object, out_dir: Path) -> list[Path]:
    """Every walkthrough whose windows exist (`ui/docs/screenshots.py` calls this)."""
    written = []
    for name, (make, needs) in WALKTHROUGHS.items():
        if importlib.util.find_spec(needs) is None:
            log.info("walkthrough %s skipped: %s does not exist yet", name, needs)
            continue
        written.append(make(book, Path(out_dir)))
    return written
