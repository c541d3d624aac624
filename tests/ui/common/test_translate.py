"""Every visible string goes through Qt's translations: a Spanish .qm built from our
sources with Qt's own tools changes the interface without touching the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from app.ledger.transactions import LineInput
from ui import application

ROOT = Path(__file__).resolve().parents[3]
OURS = sorted(str(p.relative_to(ROOT / "ui")) for p in (ROOT / "ui").rglob("*.py"))
SPANISH = {"Balanced": "Cuadra", "Payment": "Cargo", "{amount} unassigned": "{amount} sin asignar",
           "&Edit": "&Editar", "Export PDF…": "Exportar PDF…"}


def tool(name: str) -> Path:
    found = Path(sys.executable).parent / name
    if not found.exists():
        pytest.skip(f"{name} is not installed")
    return found


@pytest.fixture
def spanish(qapp, tmp_path, monkeypatch):
    ts = tmp_path / "cuentas_es.ts"
    subprocess.run([str(tool("pyside6-lupdate")), *[str(ROOT / "ui" / f) for f in OURS],
                    "-ts", str(ts)], check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    for source, target in SPANISH.items():
        text = text.replace(
            f"<source>{source.replace('&', '&amp;')}</source>\n"
            "        <translation type=\"unfinished\"></translation>",
            f"<source>{source.replace('&', '&amp;')}</source>\n"
            f"        <translation>{target.replace('&', '&amp;')}</translation>")
    ts.write_text(text, encoding="utf-8")
    folder = tmp_path / "i18n"
    folder.mkdir()
    subprocess.run([str(tool("pyside6-lrelease")), str(ts), "-qm",
                    str(folder / "cuentas_es.qm")], check=True, capture_output=True)
    monkeypatch.setattr(application, "I18N", folder)
    installed = application.install_translators(qapp, QLocale("es_MX"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_a_spanish_interface_follows(spanish, qtbot, ctx, ledger) -> None:
    from ui.editing.split_editor import SplitEditor
    from ui.main.window import MainWindow

    editor = SplitEditor(ctx, total=1000, lines=[LineInput(1000)])
    qtbot.addWidget(editor)
    assert editor.bar.text() == "Cuadra"
    editor.model.set_total(1037)
    assert editor.bar.text() == "0.37 sin asignar"
    window = MainWindow(ledger[0], load_in_background=False)
    qtbot.addWidget(window)
    assert window.register.model.headerData(6, Qt.Orientation.Horizontal) == "Cargo"
    assert [a.text() for a in window.menuBar().actions()][1] == "&Editar"
    from ui.reports.window import ReportsWindow

    reports = ReportsWindow(ledger[0], synchronous=True)
    qtbot.addWidget(reports)
    assert reports.export_pdf_button.text() == "Exportar PDF…"
