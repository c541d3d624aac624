"""packaging/: the version comes from one place, every installer associates the same
`.cuentas` type with Cuentas, the icons are what the installers copy, and the Linux
tarball installs and uninstalls without touching a book.

The frozen build itself is checked by `make package` (it runs `--self-test` on the
build before packing it) and by CI (.ci/run); these tests need no PyInstaller.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "ui" / "icons"
MIME = "application/x-cuentas"

sys.path.insert(0, str(PACKAGING))
import build_linux  # noqa: E402
import render_icons  # noqa: E402


def test_the_version_lives_in_app_init_only() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}
    assert build_linux.version() == __version__
    # No installer file spells a version of its own: each reads it at build time.
    for path in [*PACKAGING.rglob("*.spec"), *PACKAGING.rglob("*.iss"),
                 *PACKAGING.rglob("*.plist"), *PACKAGING.rglob("*.desktop")]:
        assert __version__ not in path.read_text(encoding="utf-8"), path
    spec = (PACKAGING / "cuentas.spec").read_text()
    assert "from app import __version__" in spec
    iss = (PACKAGING / "windows" / "cuentas.iss").read_text()
    assert 'GetStringFileInfo(DistDir + "\\Cuentas.exe", "ProductVersion")' in iss


def test_the_changelog_and_the_release_notes_name_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## (\S+)", changelog, re.M)
    assert newest is not None and newest.group(1) == __version__
    notes = (ROOT / "help" / "changes.md").read_text(encoding="utf-8")
    assert "title: What changed in this version" in notes
    assert re.search(rf"^## Cuentas {re.escape(__version__)}$", notes, re.M)


def test_every_installer_opens_cuentas_books_with_cuentas() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(PACKAGING / "linux" / "cuentas.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["MimeType"] == f"{MIME};"
    assert entry["Exec"] == "cuentas %f" and entry["Icon"] == "cuentas"
    assert entry["Type"] == "Application" and "Office" in entry["Categories"]

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(PACKAGING / "linux" / "cuentas-mime.xml").getroot()
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == MIME
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.cuentas"]

    with open(PACKAGING / "macos" / "Info.plist", "rb") as fh:
        plist = plistlib.load(fh)
    (document,) = plist["CFBundleDocumentTypes"]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["cuentas"]
    assert tags["public.mime-type"] == MIME

    iss = (PACKAGING / "windows" / "cuentas.iss").read_text()
    assert 'Subkey: "Software\\Classes\\.cuentas"' in iss
    assert '"""{app}\\Cuentas.exe"" ""%1"""' in iss
    assert "ChangesAssociations=yes" in iss


def test_the_windows_uninstaller_deletes_only_what_it_installed() -> None:
    iss = (PACKAGING / "windows" / "cuentas.iss").read_text()
    sections = re.findall(r"^\[(\w+)\]", iss, re.M)
    assert "UninstallDelete" not in sections
    install_delete = re.search(r"^\[InstallDelete\]\n(.*?)(?=^\[)", iss, re.M | re.S)
    assert install_delete is not None
    deleted = [line for line in install_delete.group(1).splitlines()
               if line and not line.startswith(";")]
    assert deleted == ['Type: filesandordirs; Name: "{app}\\_internal"']
    assert not re.search(r"\{(localappdata|userappdata|userdocs|commonappdata)\}", iss)
    # every registry key it adds goes again, and only those
    for line in re.findall(r"^Root: HKA; .*$", iss, re.M):
        subkey = re.search(r'Subkey: "([^"]+)"', line)
        assert subkey is not None and subkey.group(1).startswith("Software\\Classes\\")
        under = [k for k in re.findall(r'Subkey: "([^"]+)"; .*Flags: uninsdelete\w*', iss)
                 if subkey.group(1).startswith(k)]
        assert under, line


def test_the_windows_installer_refuses_a_windows_qt_cannot_run_on() -> None:
    iss = (PACKAGING / "windows" / "cuentas.iss").read_text()
    assert re.search(r"^MinVersion=10\.0\.17763$", iss, re.M)
    assert re.search(r"^ArchitecturesAllowed=x64compatible$", iss, re.M)


def _unwanted() -> re.Pattern[str]:
    """The spec's UNWANTED pattern, read from the spec (which only PyInstaller runs)."""
    import ast

    tree = ast.parse((PACKAGING / "cuentas.spec").read_text())
    (value,) = [node.value for node in tree.body if isinstance(node, ast.Assign)
                and any(getattr(t, "id", "") == "UNWANTED" for t in node.targets)]
    return eval(compile(ast.Expression(value), "cuentas.spec", "eval"), {"re": re})


@pytest.mark.parametrize(("name", "left_out"), [
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt6Quick.dll", True), ("PySide6/Qt6QmlModels.dll", True),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", True),
    ("PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6/Qt/translations/qt_es.qm", True),
    ("PySide6/Qt/translations/qtbase_es.qm", False),
    ("PySide6/Qt6Widgets.dll", False), ("PySide6/plugins/platforms/qwindows.dll", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", False),
    ("PySide6/QtQuick.pyd", False),
])
def test_the_build_leaves_out_the_same_qt_parts_on_every_system(
        name: str, left_out: bool) -> None:
    assert bool(_unwanted().search(name)) is left_out


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icons_are_every_size_of_the_svg() -> None:
    pngs = sorted(ICONS.glob("cuentas-*.png"))
    assert sorted(int(p.stem.split("-")[1]) for p in pngs) == sorted(render_icons.SIZES)
    for path in pngs:
        size = int(path.stem.split("-")[1])
        assert _png_size(path) == (size, size), path
        assert path.stat().st_size < 64_000, path
    root = ET.parse(ICONS / "cuentas.svg").getroot()
    assert root.get("viewBox") == "0 0 256 256"


def test_rendering_the_icons_again_gives_the_same_pictures(tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QImage

    written = render_icons.render(out_dir=tmp_path, sizes=(16, 64))
    for path in written:
        fresh, committed = QImage(str(path)), QImage(str(ICONS / path.name))
        assert fresh.size() == committed.size()
        assert fresh.convertToFormat(QImage.Format.Format_ARGB32) == \
            committed.convertToFormat(QImage.Format.Format_ARGB32), path.name


def test_the_application_icon_has_every_size(qapp) -> None:
    from ui.application import app_icon

    sizes = sorted(s.width() for s in app_icon().availableSizes())
    assert sizes == sorted(render_icons.SIZES)


@pytest.fixture
def fake_build(tmp_path: Path) -> Path:
    """A stand-in for dist/cuentas/: a `cuentas` that answers --version, and a data file."""
    program = tmp_path / "dist" / "cuentas"
    (program / "_internal" / "help").mkdir(parents=True)
    (program / "_internal" / "help" / "getting-started.md").write_text("guide\n")
    launcher = program / "cuentas"
    launcher.write_text('#!/bin/sh\necho "cuentas 9.9.9"\n')
    launcher.chmod(0o755)
    return program


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux tarball and install.sh")
def validate_desktop_file(path: Path) -> None:
    """freedesktop.org's own checker (Debian: desktop-file-utils, which CI installs)."""
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_menu_entry_follows_the_desktop_entry_specification() -> None:
    validate_desktop_file(PACKAGING / "linux" / "cuentas.desktop")


def test_the_tarball_installs_and_uninstalls_without_touching_books(
        tmp_path: Path, fake_build: Path) -> None:
    tarball = build_linux.pack(fake_build, tmp_path, "9.9.9", "x86_64")
    assert tarball.name == "cuentas-9.9.9-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
        assert tar.getmember("cuentas-9.9.9-linux-x86_64/install.sh").mode & 0o111
        assert tar.getmember("cuentas-9.9.9-linux-x86_64/cuentas/cuentas").mode & 0o111
        tar.extractall(tmp_path / "unpacked", filter="tar")
    top = "cuentas-9.9.9-linux-x86_64"
    for size in render_icons.SIZES:
        assert f"{top}/share/icons/hicolor/{size}x{size}/apps/cuentas.png" in names
    assert {f"{top}/share/applications/cuentas.desktop", f"{top}/share/mime/packages/cuentas.xml",
            f"{top}/share/icons/hicolor/scalable/apps/cuentas.svg",
            f"{top}/cuentas/_internal/help/getting-started.md"} <= names

    prefix = tmp_path / "prefix"
    books = tmp_path / "home" / ".local" / "share" / "Cuentas" / "books"
    books.mkdir(parents=True)
    (books / "shop.cuentas").write_bytes(b"SQLite format 3\x00")
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    install = tmp_path / "unpacked" / top / "install.sh"
    done = subprocess.run([str(install), "--prefix", str(prefix)], env=env,
                          capture_output=True, text=True, check=True)
    assert "Cuentas 9.9.9 installed" in done.stdout
    command = prefix / "bin" / "cuentas"
    assert subprocess.run([str(command), "--version"], capture_output=True, text=True,
                          check=True).stdout.strip() == "cuentas 9.9.9"
    desktop = (prefix / "share" / "applications" / "cuentas.desktop").read_text()
    assert f'Exec="{prefix}/opt/cuentas/cuentas" %f' in desktop
    if shutil.which("desktop-file-validate"):  # the entry install.sh wrote, too
        validate_desktop_file(prefix / "share" / "applications" / "cuentas.desktop")
    assert (prefix / "share" / "mime" / "packages" / "cuentas.xml").is_file()
    assert (prefix / "share/icons/hicolor/48x48/mimetypes/application-x-cuentas.png").is_file()

    # Installing again (an update) replaces the program; the book is still there.
    subprocess.run([str(install), "--prefix", str(prefix)], env=env, capture_output=True,
                   check=True)
    gone = subprocess.run([str(install), "--prefix", str(prefix), "--uninstall"], env=env,
                          capture_output=True, text=True, check=True)
    assert "not touched" in gone.stdout
    # What is left are the caches update-mime-database, update-desktop-database and
    # gtk-update-icon-cache rebuilt, with nothing of Cuentas in them.
    caches = {prefix / "share" / "mime", prefix / "share" / "icons" / "hicolor",
              prefix / "share" / "applications"}
    left = [p for p in prefix.rglob("*") if p.is_file() and p.parent not in caches]
    assert left == []
    menu_cache = prefix / "share" / "applications" / "mimeinfo.cache"
    assert not menu_cache.exists() or "cuentas" not in menu_cache.read_text()
    assert (books / "shop.cuentas").read_bytes() == b"SQLite format 3\x00"


def test_install_sh_refuses_unknown_options(tmp_path: Path) -> None:
    result = subprocess.run(["sh", str(PACKAGING / "linux" / "install.sh"), "--sistem"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == "install.sh: unknown option --sistem (see --help)"
