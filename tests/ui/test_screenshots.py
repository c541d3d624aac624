"""Screenshots: every module with a `screenshots()` is found, and ours draw."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from ui.screenshots import modules_with_screenshots


def test_modules_are_discovered() -> None:
    found = modules_with_screenshots()
    assert {"ui.main_window", "ui.split_editor", "ui.category_manager",
            "ui.first_start"} <= set(found)


def test_our_windows_draw(qapp, demo_book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import ui.category_manager
    import ui.main_window
    import ui.split_editor

    shots = []
    for module in (ui.main_window, ui.split_editor, ui.category_manager):
        shots += module.screenshots(demo_book, tmp_path)
    assert {p.name for p in shots} == {
        "main-window.png", "transaction-editor.png", "split-editor-card-deposit.png",
        "split-editor-unassigned.png", "category-manager.png"}
    for path in shots:
        image = QImage(str(path))
        assert image.width() >= 500 and image.height() >= 300, path.name
