"""`make package`: the Linux build of Cuentas and its tarball.

    python packaging/build_linux.py            # build, self-test, pack
    python packaging/build_linux.py --pack-only   # pack an existing dist/cuentas/

1. PyInstaller with packaging/cuentas.spec: dist/cuentas/ (one folder, `cuentas` inside);
2. `dist/cuentas/cuentas --self-test` on the offscreen platform: a build that fails it is
   not packed;
3. dist/cuentas-<version>-linux-<machine>.tar.gz: one folder holding the program
   (`cuentas/`), `install.sh`, and `share/` (the menu entry, the `.cuentas` file type,
   the icons in the hicolor theme's sizes).

Run it with the Python of the environment that has Cuentas and PyInstaller installed
(`pip install -e '.[package]'`); packaging/README.md has the details and the figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
ICONS = ROOT / "ui" / "icons"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if found is None:
        raise SystemExit("build_linux: no __version__ in app/__init__.py")
    return found.group(1)


def build(dist: Path, work: Path) -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(HERE / "cuentas.spec")], cwd=ROOT, check=True)


def self_test(program: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(program), "--self-test"], env=env, cwd=program.parent)
    if result.returncode != 0:
        raise SystemExit(f"build_linux: {program} --self-test failed "
                         f"(exit {result.returncode}); nothing packed")


def _add(tar: tarfile.TarFile, source: Path, name: str, mode: int | None = None) -> None:
    info = tar.gettarinfo(str(source), name)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if mode is not None:
        info.mode = mode
    if info.isfile():
        with open(source, "rb") as fh:
            tar.addfile(info, fh)
    else:
        tar.addfile(info)


def pack(program_dir: Path, out_dir: Path, release: str, machine: str) -> Path:
    """The tarball of `program_dir` (a built dist/cuentas/) with the installer files."""
    top = f"cuentas-{release}-linux-{machine}"
    target = out_dir / f"{top}.tar.gz"
    partial = target.with_name(target.name + ".partial")
    sizes = sorted(int(p.stem.split("-")[1]) for p in ICONS.glob("cuentas-*.png"))
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        _add(tar, program_dir, f"{top}/cuentas")
        for path in sorted(program_dir.rglob("*")):
            _add(tar, path, f"{top}/cuentas/{path.relative_to(program_dir).as_posix()}")
        _add(tar, HERE / "linux" / "install.sh", f"{top}/install.sh", 0o755)
        share = f"{top}/share"
        _add(tar, HERE / "linux" / "cuentas.desktop", f"{share}/applications/cuentas.desktop",
             0o644)
        _add(tar, HERE / "linux" / "cuentas-mime.xml", f"{share}/mime/packages/cuentas.xml",
             0o644)
        _add(tar, ICONS / "cuentas.svg", f"{share}/icons/hicolor/scalable/apps/cuentas.svg",
             0o644)
        for size in sizes:
            _add(tar, ICONS / f"cuentas-{size}.png",
                 f"{share}/icons/hicolor/{size}x{size}/apps/cuentas.png", 0o644)
    partial.replace(target)
    return target


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pack-only", action="store_true",
                        help="pack an existing dist/cuentas/ without building or testing it")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    program_dir = args.dist / "cuentas"
    started = time.perf_counter()
    if not args.pack_only:
        shutil.rmtree(program_dir, ignore_errors=True)
        build(args.dist, args.work)
        self_test(program_dir / "cuentas")
    if not (program_dir / "cuentas").is_file():
        raise SystemExit(f"build_linux: {program_dir}/cuentas is missing: build it first")
    target = pack(program_dir, args.dist, version(), platform.machine())
    print(f"{program_dir}: {folder_size(program_dir) / 2**20:.0f} MB")
    print(f"{target}: {target.stat().st_size / 2**20:.0f} MB "
          f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
