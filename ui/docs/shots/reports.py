"""Screenshots of the reports windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.reports import period_bounds
from app.store.book import Book
from ui.docs.screenshots import grab
from ui.reports.window import ReportsWindow, _latest_year


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_window(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.reports.window


def shots_window(book: object, out_dir: Path) -> list[Path]:
    """The Reports window on each kind of chart, the IVA of one month (its figures
    charted), a drill-down."""
    assert isinstance(book, Book)
    window = ReportsWindow(book, synchronous=True)
    window.resize(1320, 760)
    window.show()
    year = _latest_year(book)
    shots = []
    months: list[str] = []
    for report, by in (("categories", "month"), ("monthly", "month"), ("iva", "month"),
                       ("commissions", "month"), ("accounts", "month")):
        window.select(report, period=year, by=by)
        path = grab(window, out_dir / f"reports-{report}.png")
        shots.append(path)
        if report == "iva" and window.table is not None:
            months = [str(r.cells[0]) for r in window.table.rows if r.style != "total"]
    if months:  # the IVA of the book's last month, as a monthly declaration needs it
        window.select("iva", period=period_bounds(months[-1]), by="month")
        shots.append(grab(window, out_dir / "reports-iva-month.png"))
    window.select("categories", period=year)
    assert window.table is not None
    drill = next((r.drill for r in window.table.rows if r.style == "" and r.drill), None)
    if drill is not None:
        dialog = window.open_lines(drill, "drill-down")
        path = grab(dialog, out_dir / "reports-lines.png")
        shots.append(path)
        dialog.close()
    window.close()
    return shots
