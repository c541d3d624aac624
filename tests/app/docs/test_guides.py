"""The help index: guides parse, link, render and are found by search (no Qt)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from app.docs.guides import (
    GuideError,
    HelpIndex,
    load_guides,
    load_index,
    parse_guide,
    resolve_link,
    slugify,
)

REQUIRED = {
    "getting-started", "split-transactions", "split-templates", "converting-to-splits",
    "categories", "reports-and-search", "troubleshooting", "whats-new", "admin-upgrading",
    "admin-backup-restore", "admin-feature-flags", "admin-deployment-checklist",
    "training-plan",
}


def guide_text(body: str, guide_id: str = "sample", audience: str = "user",
               related: str = "[]") -> str:
    return (f"---\nid: {guide_id}\ntitle: Sample {guide_id}\naudience: {audience}\n"
            f"order: 1\nrelated: {related}\n---\n\n{body}")


def make_index(*bodies: tuple[str, str], root: Path | None = None) -> HelpIndex:
    return HelpIndex([parse_guide(guide_text(body, gid), f"{gid}.md") for gid, body in bodies],
                     root)


# ------------------------------------------------------------------ the shipped guides


def test_every_guide_parses_and_the_required_ids_exist() -> None:
    index = load_index()
    assert len(index.guides) >= 12
    assert set(index.ids()) >= REQUIRED
    for guide in index.guides:
        assert guide.title and guide.summary, guide.id
        assert guide.headings, guide.id
        assert index.render_html(guide.id).startswith("<h1")


def test_contents_order_is_user_guides_then_administrator_procedures() -> None:
    audiences = [g.audience for g in load_index().guides]
    assert audiences == sorted(audiences, key=("user", "admin").index)
    assert load_index().ids()[0] == "getting-started"


def test_no_guide_refers_to_a_missing_image_guide_or_section() -> None:
    assert load_index().problems() == []


def test_the_sections_other_code_links_to_exist() -> None:
    index = load_index()
    assert index.has_anchor("split-transactions", "the-remaining-bar")
    for tool in ("a-new-line-starts-with-the-remainder", "type-to-take-the-remainder",
                 "percent-amounts", "distribute-remainder", "balance-on-this-line"):
        assert index.has_anchor("split-transactions", tool)
    assert index.has_anchor("troubleshooting", "a-split-that-shows-read-only")
    assert index.has_anchor("admin-backup-restore", "rolling-back-an-upgrade")
    assert index.has_anchor("admin-deployment-checklist", "the-rollback-decision")


def test_the_templates_guide_carries_the_scenario_figures() -> None:
    source = load_index().get("split-templates").source
    for figure in ("95.82", "86.21", "13.79", "−3.60", "−0.58", "1,108.40", "9,533.33",
                   "4,504.99", "621.37", "621.38", "5,000.00", "6,600.00", "−689.66",
                   "−910.34", "161.72"):
        assert figure in source, figure


def test_guides_are_package_data_not_files_in_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.docs import guides as help_docs

    monkeypatch.chdir(tmp_path)
    assert len(load_guides(help_docs.help_root())) == len(load_index().guides)


def test_search_ranks_the_templates_guide_first_for_iva() -> None:
    hits = load_index().search("IVA")
    assert hits[0].guide_id == "split-templates"
    assert len(hits) > 3
    assert "<b>IVA</b>" in hits[0].snippet_html or hits[0].heading


@pytest.mark.parametrize(("query", "guide_id", "anchor"), [
    ("remaining bar", "split-transactions", "the-remaining-bar"),
    ("rollback", "admin-deployment-checklist", "the-rollback-decision"),
    ("flags set", "admin-feature-flags", "changing-a-stage"),
    ("comision", "categories", None),  # accents are ignored: comisión
    ("retencion", "split-templates", "fee-invoice-with-withholdings"),
])
def test_search_finds_the_right_section(query: str, guide_id: str, anchor: str | None) -> None:
    hits = load_index().search(query)
    assert guide_id in [h.guide_id for h in hits[:3]]
    if anchor:
        assert next(h for h in hits if h.guide_id == guide_id).anchor == anchor


@pytest.mark.parametrize("query", ["", "   ", "_", '"', "AND", "NEAR(", "*", "zzzzqx"])
def test_search_survives_odd_queries(query: str) -> None:
    assert isinstance(load_index().search(query), list)


def test_words_spread_over_a_guide_still_match_it() -> None:
    hits = load_index().search("Clip rollback")  # no section has both
    assert hits  # falls back to guides with any of the words


# ------------------------------------------------------------------ commands in the guides



def command_examples() -> list[tuple[str, str]]:
    found = []
    for guide in load_index().guides:
        for block in re.findall(r"```sh\n(.*?)```", guide.source, re.S):
            for line in block.replace("\\\n", " ").splitlines():
                if line.strip().startswith("cuentas "):
                    found.append((guide.id, line.split("#")[0].strip()))
    return found


@pytest.mark.parametrize(("guide_id", "line"), command_examples())
def test_command_line_examples_match_the_real_commands(guide_id: str, line: str) -> None:
    """Every `cuentas …` line in a guide's sh block parses with the real parser."""
    from app.cli import build_parser

    argv = shlex.split(line)[1:]
    try:
        args = build_parser().parse_args(argv)
    except SystemExit:
        pytest.fail(f"{guide_id}: `{line}` does not parse with `cuentas`")
    # no command opens the desktop app (`cuentas --db BOOK`); a command has its function
    assert args.command is None or callable(args.func), f"{guide_id}: `{line}`"


# ------------------------------------------------------------------ parsing and linking


def test_slugs_are_stable_ascii() -> None:
    assert slugify("The remaining bar") == "the-remaining-bar"
    assert slugify("¿Qué es el IVA?") == "que-es-el-iva"
    assert slugify("A Clip deposit of 95.82") == "a-clip-deposit-of-95-82"
    assert slugify("!!!") == "section"


def test_repeated_headings_get_numbered_anchors() -> None:
    guide = parse_guide(guide_text("## Example\n\ntext\n\n## Example\n\nmore\n"), "sample.md")
    assert [h.anchor for h in guide.headings] == ["example", "example-2"]


@pytest.mark.parametrize(("href", "kind", "guide_id", "anchor"), [
    ("split-transactions.md#the-remaining-bar", "guide", "split-transactions",
     "the-remaining-bar"),
    ("./categories.md", "guide", "categories", ""),
    ("#here", "guide", "current", "here"),
    ("guide:split-templates#partial-payments", "guide", "split-templates", "partial-payments"),
    ("https://www.sat.gob.mx/", "external", "", ""),
    ("images/register.png", "image", "", ""),
    ("../secrets.md", "unknown", "", ""),
    ("javascript:alert(1)", "unknown", "", ""),
])
def test_links_resolve(href: str, kind: str, guide_id: str, anchor: str) -> None:
    target = resolve_link(href, "current")
    assert (target.kind, target.guide_id, target.anchor) == (kind, guide_id, anchor)


def test_broken_links_images_and_related_ids_are_reported(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "here.png").write_bytes(b"png")
    index = HelpIndex([
        parse_guide(guide_text("![ok](images/here.png) ![gone](images/gone.png)\n\n"
                               "[a](other.md#nowhere) [b](missing.md) [c](ftp://x)\n",
                               "sample", related="[other, ghost]"), "sample.md"),
        parse_guide(guide_text("## Somewhere\n", "other"), "other.md"),
    ], tmp_path)
    problems = "\n".join(index.problems())
    assert "images/gone.png" in problems and "here.png" not in problems
    assert "other.md#nowhere" in problems and "missing.md" in problems
    assert "ftp://x" in problems and "'ghost'" in problems


def test_images_outside_the_images_folder_are_never_read(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "secret.png").write_bytes(b"no")
    index = HelpIndex([], tmp_path)
    assert index.image("../secret.png") is None
    assert index.image_bytes("secret.png") is None


@pytest.mark.parametrize(("text", "message"), [
    ("no front matter\n", "no front matter"),
    ("---\nid: x\ntitle: X\naudience: everyone\norder: 1\n---\n", "audience"),
    ("---\nid: Bad Id\ntitle: X\naudience: user\norder: 1\n---\n", "id"),
    ("---\nid: x\naudience: user\norder: 1\n---\n", "title"),
    ("---\nid: x\ntitle: X\naudience: user\norder: first\n---\n", "order"),
    ("---\nid: x\ntitle: X\naudience: user\norder: 1\nrelated: [a, b\n---\n", "unclosed"),
])
def test_bad_front_matter_names_the_file_and_the_problem(text: str, message: str) -> None:
    with pytest.raises(GuideError, match=message) as info:
        parse_guide(text, "broken.md")
    assert "broken.md" in str(info.value)


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(GuideError, match="twice"):
        make_index(("same", "a"), ("same", "b"))


# ------------------------------------------------------------------ rendering


def test_rendering_uses_markdown_it_with_anchors_links_tables_and_boxes() -> None:
    index = make_index(("sample", (
        "## The remaining bar\n\n"
        "See [templates](split-templates.md#partial-payments), [here](#the-remaining-bar) "
        "and [SAT](https://www.sat.gob.mx/).\n\n"
        "| Category | Amount |\n| --- | --: |\n| Gastos | −1.00 |\n\n"
        "> **Warning:** careful\n\n> plain quote\n")))
    html = index.render_html("sample")
    assert '<h2 id="the-remaining-bar">' in html
    assert 'href="guide:split-templates#partial-payments"' in html
    assert 'href="guide:sample#the-remaining-bar"' in html
    assert 'class="external"' in html and 'href="https://www.sat.gob.mx/"' in html
    assert '<th style="text-align:right">Amount</th>' in html
    assert '<blockquote class="warning">' in html and "<blockquote>\n<p>plain" in html
    as_tables = index.render_html("sample", for_qt=True)
    assert 'class="box warning"' in as_tables and "<blockquote" not in as_tables


def test_markup_in_a_guide_is_shown_never_interpreted() -> None:
    index = make_index(("sample", "Payee <b>& Co <script>x</script>\n\n## A <i>heading</i>\n"))
    html = index.render_html("sample")
    assert "&lt;b&gt;&amp; Co &lt;script&gt;" in html
    assert "<script>" not in html and "<b>" not in html
    assert index.get("sample").headings[0].text == "A <i>heading</i>"


def test_images_get_their_source_and_size_from_the_caller() -> None:
    index = make_index(("sample", "![The register](images/register.png)\n"))
    html = index.render_html("sample", image_src=lambda n: f"help-image:{n}",
                             image_size=lambda n: (320, 200))
    assert 'src="help-image:register.png"' in html
    assert 'width="320"' in html and 'height="200"' in html and 'alt="The register"' in html


def test_guides_and_images_load_from_a_zip_archive_too(tmp_path: Path) -> None:
    """A frozen build or a zipped wheel gives the guides as zip entries, not files."""
    import zipfile

    from app.docs import guides as help_docs

    source = Path(str(help_docs.help_root()))
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for item in source.rglob("*"):
            if item.is_file() and "__pycache__" not in item.parts:
                bundle.write(item, f"help/{item.relative_to(source).as_posix()}")
    with zipfile.ZipFile(archive) as bundle:
        root = zipfile.Path(bundle, "help/")
        index = HelpIndex(load_guides(root), root)
        assert index.ids() == load_index().ids()
        assert index.problems() == []
        for name in {n for g in index.guides for n in g.images}:
            assert index.image_bytes(name) == load_index().image_bytes(name)


def test_an_index_let_go_closes_its_search_database() -> None:
    """The help index's in-memory search database is closed with the index (Python 3.13
    warns about a connection left to the garbage collector; the suite makes that an error)."""
    import gc
    import sqlite3

    from app.docs.guides import clear_cache

    index = load_index("en")
    database = index._db
    clear_cache()
    del index
    gc.collect()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        database.execute("SELECT 1")
