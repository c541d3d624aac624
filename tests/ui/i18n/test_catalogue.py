"""ui.i18n: the desktop's compiled catalogue. The .qm is never in git: a checkout
without one, or with one older than its .ts, gets one compiled on first use into a
private folder, and every later process reuses it (issue 13)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui import i18n


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real .ts in a folder of its own, and a private temp folder."""
    here = tmp_path / "i18n"
    here.mkdir()
    shutil.copy(i18n.ts_file("es"), here / "cuentas_es.ts")
    monkeypatch.setattr(i18n, "FOLDER", here)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    return here


def spanish_of(qm: Path, text: str) -> str:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator.translate("", text)


def test_a_missing_qm_is_compiled_once_into_a_private_folder(folder: Path) -> None:
    if i18n.lrelease() is None:
        pytest.skip("PySide6 ships no lrelease here")
    qm = i18n.qm_file("es")
    assert qm is not None and qm.parent != folder and qm.is_file()
    assert (qm.parent.stat().st_mode & 0o077) == 0  # this user's own
    assert spanish_of(qm, "&File") == "&Archivo"
    assert i18n.qm_file("es") == qm  # the next process finds it: no second compile


def test_a_qm_older_than_its_ts_is_not_used(folder: Path) -> None:
    if i18n.lrelease() is None:
        pytest.skip("PySide6 ships no lrelease here")
    stale = folder / "cuentas_es.qm"
    stale.write_bytes(b"not a catalogue")
    old = (folder / "cuentas_es.ts").stat().st_mtime - 60
    os.utime(stale, (old, old))
    qm = i18n.qm_file("es")
    assert qm is not None and qm != stale and spanish_of(qm, "&File") == "&Archivo"
    os.utime(stale, None)  # newer than the .ts (make translations built it): used as is
    assert i18n.qm_file("es") == stale


def test_no_catalogue_no_translation(folder: Path) -> None:
    (folder / "cuentas_es.ts").unlink()
    assert i18n.qm_file("es") is None


def test_a_catalogue_another_cuentas_compiled_and_holds_is_used(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two first starts compile at once; on Windows the second cannot replace the .qm
    the first has open (tests/sharing.py): it uses that one and leaves nothing behind."""
    from tests.sharing import held_open, install

    if i18n.lrelease() is None:
        pytest.skip("PySide6 ships no lrelease here")
    first = i18n.qm_file("es")
    assert first is not None
    looked: list[Path] = []

    def is_file(self: Path) -> bool:  # the first look finds no catalogue: it compiles
        if self == first and not looked:
            looked.append(self)
            return False
        return os.path.isfile(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    install(monkeypatch)
    with held_open(first):
        assert i18n.qm_file("es") == first
    assert looked == [first]
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name]
