"""The desktop's translations: `cuentas_<lang>.ts` beside this module, compiled to
`cuentas_<lang>.qm` for Qt.

The `.ts` is the source, kept in git and made by `pyside6-lupdate` over `ui/`
(`make translations`, CONTRIBUTING.md); the `.qm` is built from it by
`pyside6-lrelease` (`make translations`, `make run`, `make test`, the packaged build)
and never committed. A checkout where the `.qm` is missing or older than the `.ts` —
a test run, `cuentas` started without `make` — gets one compiled on first use into a
private temporary folder, named by the `.ts`'s checksum, so every process after the
first reuses it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def ts_file(language: str) -> Path:
    return FOLDER / f"cuentas_{language}.ts"


def lrelease() -> list[str] | None:
    """How to run Qt's lrelease here (PySide6 ships it), or None."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the desktop always has it
        return None
    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return [str(tool)] if tool.is_file() else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """`pyside6-lrelease ts -qm qm`; False when the tool is missing or fails."""
    command = lrelease()
    if command is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, check=False)
    return done.returncode == 0 and qm.is_file()


def qm_file(language: str) -> Path | None:
    """The compiled catalogue of `language` for Qt, or None when there is none."""
    built = FOLDER / f"cuentas_{language}.qm"
    source = ts_file(language)
    if not source.is_file():
        return built if built.is_file() else None
    if built.is_file() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    try:
        cache = _private_cache()
        compiled = cache / f"cuentas_{language}-{digest}.qm"
        if compiled.is_file():
            return compiled
        partial = cache / f".{compiled.name}.{os.getpid()}"
        if compile_ts(source, partial):
            try:
                os.replace(partial, compiled)
            except OSError:
                # Windows: another Cuentas compiled it meanwhile and has it open (Qt maps
                # a catalogue), so it cannot be replaced: that one is the same, use it.
                partial.unlink(missing_ok=True)
                if not compiled.is_file():
                    raise
            return compiled
    except OSError:
        pass
    print(f"Cuentas: {source.name} could not be compiled; run `make translations`",
          file=sys.stderr)
    return built if built.is_file() else None


def _private_cache() -> Path:
    """`<temp>/cuentas-i18n-<uid>`, this user's own (a folder someone else made there, or
    one others may write, is not used: a fresh private folder is made instead)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    cache = Path(tempfile.gettempdir()) / f"cuentas-i18n-{uid}"
    cache.mkdir(mode=0o700, exist_ok=True)
    info = cache.lstat()
    if hasattr(os, "getuid") and (info.st_uid != uid or info.st_mode & 0o077
                                  or cache.is_symlink()):
        return Path(tempfile.mkdtemp(prefix="cuentas-i18n-"))
    return cache
