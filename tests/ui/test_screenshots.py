"""Screenshots: every module with a `screenshots()` is found, and ours draw."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from ui.docs.screenshots import modules_with_screenshots


def test_modules_are_discovered() -> None:
    found = modules_with_screenshots()
    assert {"ui.main.window", "ui.editing.split_editor", "ui.main.category_manager",
            "ui.launch.first_start"} <= set(found)


def test_our_windows_draw(qapp, demo_book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import ui.editing.split_editor
    import ui.main.category_manager
    import ui.main.window

    shots = []
    for module in (ui.main.window, ui.editing.split_editor, ui.main.category_manager):
        shots += module.screenshots(demo_book, tmp_path)
    assert {p.name for p in shots} == {
        "main-window.png", "transaction-editor.png", "split-editor-card-deposit.png",
        "split-editor-unassigned.png", "category-manager.png"}
    for path in shots:
        image = QImage(str(path))
        assert image.width() >= 500 and image.height() >= 300, path.name
