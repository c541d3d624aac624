"""The Spanish catalogues are complete: every string the code marks for people is in
them and translated, with the same placeholders; none is marked in a way lupdate
cannot see (issue 13).

`ui/i18n/cuentas_es.ts` holds the desktop's words, `app/i18n/cuentas_es.ts` app's
messages, report headings, handouts and command line (`make translations` updates
both; CONTRIBUTING.md)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = {"ui": ROOT / "ui" / "i18n" / "cuentas_es.ts",
              "app": ROOT / "app" / "i18n" / "cuentas_es.ts"}
#: Calls whose first string argument (second for the two with a context) is a source text.
MARKERS = {"tr": 0, "QT_TR_NOOP": 0, "QT_TRANSLATE_NOOP": 1, "translate": 1}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)\w|%s")


def tool(name: str) -> Path:
    found = Path(sys.executable).parent / name
    if not found.exists():
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None while unfinished) of every message."""
    out = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = (translation is not None and not translation.get("type")
                    and translation.text)
            out.append((name, message.findtext("source") or "",
                        translation.text if done and translation is not None else None))
    return out


def marked_calls(package: str) -> list[tuple[str, ast.expr]]:
    """(where, the text argument) of every marking call in `package`."""
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (func.id if isinstance(func, ast.Name)
                    else func.attr if isinstance(func, ast.Attribute) else "")
            index = MARKERS.get(name)
            if index is None or len(node.args) <= index:
                continue
            found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.args[index]))
    return found


@pytest.mark.parametrize("package", sorted(CATALOGUES))
def test_lupdate_finds_nothing_new_or_unfinished(package: str, tmp_path: Path) -> None:
    """lupdate over the sources, into a copy of the catalogue: a string added to the code
    and not translated comes in unfinished, and fails here."""
    lupdate = tool("pyside6-lupdate")
    copy = tmp_path / f"{package}.ts"
    shutil.copy(CATALOGUES[package], copy)
    sources = sorted(str(p) for p in (ROOT / package).rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(copy)], check=True, capture_output=True)
    untranslated = [source for _c, source, done in messages(copy) if done is None]
    assert untranslated == [], "translate them: make translations, then fill the .ts"


@pytest.mark.parametrize("package", sorted(CATALOGUES))
def test_every_marked_text_is_a_plain_literal_lupdate_can_see(package: str) -> None:
    """A text marked with `tr(f"...")`, `tr(variable)` of an unmarked string, or `tr()`
    inside an f-string is invisible to lupdate (or never matches): each marked literal
    must be in the catalogue, and no marked argument may be an f-string."""
    sources = {source for _c, source, _t in messages(CATALOGUES[package])}
    hidden, formatted = [], []
    for where, argument in marked_calls(package):
        if isinstance(argument, ast.JoinedStr):
            formatted.append(where)
        elif (isinstance(argument, ast.Constant) and isinstance(argument.value, str)
              and argument.value not in sources):
            hidden.append(f"{where}: {argument.value!r}")
    assert formatted == [], "format after tr(): tr('… {x}').format(x=…)"
    assert hidden == [], "lupdate did not see these (a tr() inside an f-string?)"


@pytest.mark.parametrize("package", sorted(CATALOGUES))
def test_translations_keep_placeholders_and_accelerators(package: str) -> None:
    wrong = []
    for context, source, translation in messages(CATALOGUES[package]):
        if translation is None:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(f"{context}: {source!r} -> {translation!r}: placeholders")
        if source.replace("&&", "").count("&") != translation.replace("&&", "").count("&"):
            wrong.append(f"{context}: {source!r} -> {translation!r}: keyboard accelerator")
    assert wrong == []
