"""Walkthrough animations: frames from live widgets, assembled into small GIFs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageSequence
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.docs import walkthroughs


def frames_of(path: Path) -> list[int]:
    with Image.open(path) as gif:
        return [frame.info.get("duration", 0) for frame in ImageSequence.Iterator(gif)]


def test_a_long_caption_shows_whole(qapp) -> None:
    """A caption too long for one line (the Spanish upgrade's last one lost "un clic")
    is set smaller, or on two lines, and stays inside its band."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    room = walkthroughs.WIDTH - 28
    font, flags = walkthroughs.caption_layout("Done: where the backup is kept", room)
    assert font.pixelSize() == 17 and not flags & Qt.TextFlag.TextWordWrap
    for caption in ("Listo: dónde queda el respaldo; la guía de movimientos divididos "
                    "está a un clic",
                    "Primero un respaldo verificado: dónde se guarda, cuánto mide, y que "
                    "se lee completo y sin daños"):
        font, flags = walkthroughs.caption_layout(caption, room)
        used = QFontMetrics(font).boundingRect(
            QRect(0, 0, room, walkthroughs.CAPTION_HEIGHT), flags, caption)
        assert used.width() <= room and used.height() <= walkthroughs.CAPTION_HEIGHT, caption


def test_recorder_captions_rings_and_assembles_a_gif(qtbot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Total: 95.82"))
    box = QLineEdit()
    layout.addWidget(box)
    window.resize(400, 200)
    window.show()
    rec = walkthroughs.Recorder(window, width=300)
    rec.shot("First", hold=1000)
    rec.typing(box, "3.6", "Typing")
    path = rec.save(tmp_path / "w.gif")
    durations = frames_of(path)
    assert durations[0] == 1000 and len(durations) == 3  # one shot, "3." and "3.6"
    with Image.open(path) as gif:
        assert gif.size == (300, 150 + walkthroughs.CAPTION_HEIGHT)
        assert gif.info.get("loop") == 0


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[object]:
    from app.store.book import open_book
    from app.store.demo import write_current

    location = str(tmp_path / "shop.cuentas")
    write_current(location, 200, 2026, end=date(2026, 3, 31))
    book = open_book(location)
    yield book
    book.close()


def test_the_walkthroughs_of_the_guides(qtbot, shop, tmp_path: Path) -> None:
    from app.ledger.accounts import list_accounts

    def state() -> list[tuple[str, int, int]]:
        return [(a.name, a.transactions, a.balance_cents) for a in list_accounts(shop)]

    import importlib.util

    before = state()
    paths = walkthroughs.screenshots(shop, tmp_path)
    expected = [f"walkthrough-{name}.gif" for name, (_make, needs)
                in walkthroughs.WALKTHROUGHS.items() if importlib.util.find_spec(needs)]
    assert [p.name for p in paths] == expected
    assert {"walkthrough-card-deposit.gif", "walkthrough-convert-to-split.gif"} <= set(expected)
    for path in paths:
        assert len(frames_of(path)) >= 5
        assert path.stat().st_size < 600_000  # a few hundred KB at most
    assert state() == before  # the example payment it converted is gone again
    assert not list(tmp_path.rglob("Tienda*de*Sandy*2025*"))  # nor the wizard's book
