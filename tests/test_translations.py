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


def developer_comments(package: str) -> list[str]:
    """The `#:` comments of `package`'s sources not written for translators: lupdate
    would take each as a note for the next marked string."""
    import io
    import tokenize

    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        note_line = -1  # the last line of a note for translators (it may go on below)
        for token in tokens:
            if token.type == tokenize.COMMENT and token.string.startswith("#:"):
                text = token.string[2:].strip()
                line = token.start[0]
                if text.startswith("Translators:") or line == note_line + 1:
                    note_line = line
                elif text:
                    found.append(text)
    return found


def load_script() -> object:
    """scripts/translations, a Python program without the .py suffix, as a module."""
    from importlib.machinery import SourceFileLoader
    from importlib.util import module_from_spec, spec_from_loader

    loader = SourceFileLoader("translations_script", str(ROOT / "scripts" / "translations"))
    spec = spec_from_loader("translations_script", loader)
    assert spec is not None
    module = module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.mark.parametrize("package", sorted(CATALOGUES))
def test_the_catalogues_carry_only_notes_for_translators(package: str) -> None:
    """The code's `#:` comments document constants for programmers; lupdate took them as
    notes for the translator of whatever string came next. The catalogues keep only the
    notes written for translators (`#: Translators: …`)."""
    root = ElementTree.parse(CATALOGUES[package]).getroot()
    notes = [(n.tag, n.text or "") for tag in ("extracomment", "translatorcomment")
             for n in root.iter(tag)]
    comments = developer_comments(package)
    assert len(comments) > 50  # the code does use them: this test can fail
    leaked = [(tag, text) for tag, text in notes
              if not text.startswith("Translators:")
              or any(c in text for c in comments)]
    assert leaked == [], "run make translations (scripts/translations drops them)"
    if package == "ui":  # a real note reaches the translator
        assert any(text.startswith("Translators:") for _t, text in notes)


def test_update_drops_code_comments_and_keeps_notes_for_translators(tmp_path: Path) -> None:
    script = load_script()
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es">\n<context>\n    <name></name>\n'
        "    <message>\n        <source>Date</source>\n"
        "        <extracomment>Column -&gt; sort key of the register.\n"
        "Second line.</extracomment>\n"
        "        <translation>Fecha</translation>\n    </message>\n"
        "    <message>\n        <source>{n} archived</source>\n"
        "        <extracomment>Translators: of categories.</extracomment>\n"
        "        <translation>{n} archivadas</translation>\n    </message>\n"
        "</context>\n</TS>\n", encoding="utf-8")
    assert script.translator_notes_only(ts) == 1  # type: ignore[attr-defined]
    root = ElementTree.parse(ts).getroot()
    assert [n.text for n in root.iter("extracomment")] == ["Translators: of categories."]
    assert [m.findtext("translation") for m in root.iter("message")] == ["Fecha",
                                                                          "{n} archivadas"]
