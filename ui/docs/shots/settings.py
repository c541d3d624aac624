"""Screenshots of the settings windows, for the guides (`ui.docs.screenshots` runs
them); the windows themselves hold no documentation code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.store.book import Book
from ui.docs.screenshots import grab
from ui.settings.audit_log_view import AuditLogDialog
from ui.settings.dialog import SECTIONS, SettingsDialog


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    """Every picture of this area, in the order they have always been taken."""
    shots: list[Path] = []
    shots += shots_audit_log_view(book, out_dir)
    QCoreApplication.processEvents()
    shots += shots_dialog(book, out_dir)
    QCoreApplication.processEvents()
    return shots


# ---------------------------------------------------------------- ui.settings.audit_log_view


def shots_audit_log_view(book: Book, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    dialog = AuditLogDialog(book)
    dialog.show()
    target = grab(dialog, out_dir / "audit-log.png")
    dialog.close()
    dialog.deleteLater()
    return [target]


# ---------------------------------------------------------------- ui.settings.dialog


def shots_dialog(book: Book, out_dir: Path) -> list[Path]:
    """A picture of every section (for the guides; `ui/docs/screenshots.py` calls this)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dialog = SettingsDialog(book)
    dialog.show()
    saved: list[Path] = []
    try:
        for spec in SECTIONS:
            dialog.show_section(spec.key)
            # Tall enough to show the whole section, as far as a screen allows.
            wanted = dialog.page(spec.key).sizeHint().height() + 70
            dialog.resize(920, min(max(640, wanted), 1200))
            target = grab(dialog, out_dir / f"settings-{spec.key}.png")
            saved.append(target)
            if spec.key == "features":  # the administrator's controls, opened
                page = dialog.page(spec.key)
                admin = getattr(page, "admin", None)
                if admin is not None:
                    admin.set_open(True)
                    wanted = page.sizeHint().height() + 70
                    dialog.resize(920, min(max(640, wanted), 1400))
                    saved.append(grab(dialog, out_dir / "settings-features-administrator.png"))
                    admin.set_open(False)
    finally:
        dialog.close()
        dialog.deleteLater()
    return saved
