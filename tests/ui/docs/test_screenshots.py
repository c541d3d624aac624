"""Screenshots: every module of `ui.docs.shots` is found, and ours draw; the windows
hold no screenshot code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from ui.docs.screenshots import modules_with_screenshots


def test_modules_are_discovered() -> None:
    assert modules_with_screenshots() == [
        "ui.docs.shots.backup", "ui.docs.shots.editing", "ui.docs.shots.health",
        "ui.docs.shots.help", "ui.docs.shots.imports",
        "ui.docs.shots.launch", "ui.docs.shots.main", "ui.docs.shots.reports",
        "ui.docs.shots.search", "ui.docs.shots.settings", "ui.docs.shots.upgrade",
        "ui.docs.walkthroughs"]  # the GIFs too (they were left out after the move)


def test_windows_hold_no_screenshot_code() -> None:
    import ui

    root = Path(ui.__path__[0])
    holders = [str(source.relative_to(root)) for source in sorted(root.rglob("*.py"))
               if source.relative_to(root).parts[0] != "docs"
               and ("def screenshots(" in source.read_text(encoding="utf-8")
                    or "ui.docs.screenshots" in source.read_text(encoding="utf-8"))]
    assert holders == ["launch/__init__.py"]  # it only hands `render_all` to the CLI


def test_our_windows_draw(qapp, demo_book, tmp_path: Path) -> None:
    from ui.docs.shots import editing, main

    shots = [*main.shots_window(demo_book, tmp_path),
             *editing.shots_split_editor(demo_book, tmp_path),
             *main.shots_category_manager(demo_book, tmp_path)]
    assert {p.name for p in shots} == {
        "main-window.png", "transaction-editor.png", "split-editor-card-deposit.png",
        "split-editor-unassigned.png", "category-manager.png"}
    for path in shots:
        image = QImage(str(path))
        assert image.width() >= 500 and image.height() >= 300, path.name


def test_the_template_pictures_draw(qapp, demo_book, tmp_path: Path) -> None:
    from ui.docs.shots import editing

    shots = editing.shots_split_templates(demo_book, tmp_path)
    assert [p.name for p in shots] == ["split-editor-gross-check.png",
                                       "split-editor-combined-payment.png"]
    for path in shots:
        image = QImage(str(path))
        assert image.width() >= 500 and image.height() >= 300, path.name
