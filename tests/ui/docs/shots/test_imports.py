"""The pictures of the guide *Importing and exporting*: every dialog drawn on a
scratch import that is undone afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.imports.commit import list_batches


@pytest.mark.slow
def test_the_import_screenshots_draw(qapp, demo_book, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from ui.docs.shots.imports import screenshots

    shots = screenshots(demo_book, tmp_path)
    assert {p.name for p in shots} == {
        "import-rule-editor.png", "import-source.png", "import-preview.png",
        "import-csv-columns.png", "import-batches.png", "export-dialog.png"}
    for path in shots:
        image = QImage(str(path))
        assert image.width() >= 400 and image.height() >= 140, path.name
    assert all(b.undone for b in list_batches(demo_book))
