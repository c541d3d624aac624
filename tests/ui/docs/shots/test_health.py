"""The health view's pictures for the monitoring guide: drawn from a sample history
held in memory, so rendering them writes nothing to the state database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def test_the_health_screenshots_draw_and_write_no_measurement(demo_book, tmp_path: Path) -> None:
    from app.monitor import metrics
    from ui.docs.shots.health import screenshots

    shots = screenshots(demo_book, tmp_path)
    assert [p.name for p in shots] == ["health-overview.png", "health-performance.png",
                                       "health-adoption.png"]
    for path in shots:
        image = QImage(str(path))
        assert image.width() >= 1100 and image.height() >= 700, path.name
    metrics.flush()
    with metrics.opened() as conn:
        assert conn.execute("SELECT count(*) FROM timings").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM feedback").fetchone() == (0,)
