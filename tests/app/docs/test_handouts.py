"""PDF handouts: every guide prints, the booklet is complete, guide text is escaped."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.docs.guides import HelpIndex, load_index, parse_guide
from app.docs.handouts import BOOKLET_NAME, escape, write_booklet, write_guide_pdf, write_handouts


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def handouts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("handouts")
    steps: list[tuple[str, int, int]] = []
    write_handouts(folder, progress=lambda step, detail, done, total: steps.append(
        (step, done, total)))
    assert steps[-1][0] == "done" and steps[-1][1] == steps[-1][2]
    return folder


@pytest.mark.parametrize("guide_id", load_index().ids())
def test_every_guide_renders_to_a_pdf_with_its_title(handouts: Path, guide_id: str) -> None:
    pages, text = pdf_text(handouts / f"{guide_id}.pdf")
    assert pages > 0
    assert squash(load_index().get(guide_id).title) in squash(text)
    assert f"Page 1 of {pages}" in text


def test_the_training_booklet_has_a_cover_contents_and_every_guide(handouts: Path) -> None:
    reader = PdfReader(str(handouts / BOOKLET_NAME))
    assert len(reader.pages) >= 20
    cover = reader.pages[0].extract_text()
    assert "Training booklet" in cover and "Page 1" not in cover
    contents = squash(reader.pages[1].extract_text() + reader.pages[2].extract_text())
    assert "What is in this booklet" in contents
    text = squash("\n".join(p.extract_text() for p in reader.pages))
    for guide in load_index().guides:
        assert squash(guide.title) in text
    assert [o.title for o in reader.outline if not isinstance(o, list)] == [
        g.title for g in load_index().guides]
    referenced = {name for g in load_index().guides for name in g.images}
    pictures = sum(len(page.images) for page in reader.pages)
    assert pictures >= len(referenced) > 0  # the current screenshots are in it


def test_spanish_accents_come_out_whole(handouts: Path) -> None:
    _, text = pdf_text(handouts / "split-templates.pdf")
    for word in ("Comisión", "Papelería", "trasladado", "retenciones"):
        assert word in text


def test_one_guide_only(tmp_path: Path) -> None:
    written = write_handouts(tmp_path, "split-transactions")
    assert [p.name for p in written] == ["split-transactions.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["split-transactions.pdf"]


# ------------------------------------------------------------------ escaping


HOSTILE = """Pay <b>& Co. a <font size=40>big</font> 100 & 200 "quoted" <br/> ¿Qué? ñandú.

## Heading with <b>& inside

| Payee | Amount |
| --- | --: |
| <b>& Hijos | −1.00 |
| Núñez & <i>Co</i> | 2.00 |

> **Note:** a note with <b>& and a [link <u>](https://example.com/?a=1&b="2")

1. step <b>&
2. [ ] to do <b>&

```
cuentas add --payee "<b>&" --amount -1.00
```

![Caption <b>& <font color=red>](images/shot.png)
"""


@pytest.fixture
def hostile_index(tmp_path: Path) -> HelpIndex:
    from PIL import Image

    (tmp_path / "images").mkdir()
    Image.new("RGB", (900, 500), "#d0e0f0").save(tmp_path / "images" / "shot.png")
    text = ("---\nid: hostile\ntitle: Payee <b>& Sons\naudience: user\norder: 1\n"
            "related: [hostile]\n---\n\n" + HOSTILE)
    return HelpIndex([parse_guide(text, "hostile.md")], tmp_path)


def test_markup_in_guide_text_is_printed_not_interpreted(hostile_index: HelpIndex,
                                                         tmp_path: Path) -> None:
    path = write_guide_pdf("hostile", tmp_path / "hostile.pdf", hostile_index)
    pages, text = pdf_text(path)
    assert pages >= 1
    flat = squash(text)
    assert "Payee <b>& Sons" in flat  # the title
    assert "Pay <b>& Co. a <font size=40>big</font> 100 & 200 \"quoted\" <br/>" in flat
    assert "Heading with <b>& inside" in flat
    assert "<b>& Hijos" in flat and "Núñez & <i>Co</i>" in flat
    assert "a note with <b>& and a link <u>" in flat
    assert "step <b>&" in flat and "[ ] to do <b>&" in flat
    assert 'cuentas add --payee "<b>&" --amount -1.00' in flat
    assert "Caption <b>& <font color=red>" in flat
    assert "¿Qué? ñandú." in flat


def test_the_booklet_escapes_too(hostile_index: HelpIndex, tmp_path: Path) -> None:
    _, text = pdf_text(write_booklet(tmp_path / "b.pdf", hostile_index))
    assert "Payee <b>& Sons" in squash(text)


def test_escape_leaves_nothing_reportlab_would_read_as_markup() -> None:
    from reportlab.platypus import Paragraph

    from app.docs.handouts import styles

    for raw in ("<b>&", "</para>", "&amp;", '<a href="x">', "<img src='/etc/passwd'/>"):
        para = Paragraph(escape(raw), styles()["body"])
        para.wrap(300, 100)
        assert para.getPlainText() == raw


def test_a_missing_image_prints_its_caption_instead(tmp_path: Path) -> None:
    text = ("---\nid: gap\ntitle: Gap\naudience: user\norder: 1\n---\n\n"
            "![The split editor](images/not-yet.png)\n")
    index = HelpIndex([parse_guide(text, "gap.md")], tmp_path)
    _, out = pdf_text(write_guide_pdf("gap", tmp_path / "gap.pdf", index))
    assert "[The split editor]" in out


def test_images_are_scaled_to_the_page(hostile_index: HelpIndex) -> None:
    from reportlab.platypus import Image, KeepTogether, Table

    from app.docs.handouts import _Converter, frame_height, frame_width

    def images(flowables: list[object]) -> list[Image]:
        found = []
        for item in flowables:
            if isinstance(item, Image):
                found.append(item)
            elif isinstance(item, KeepTogether):
                found += images(item._content)
            elif isinstance(item, Table):
                found += images([c for row in item._cellvalues for cell in row
                                 for c in (cell if isinstance(cell, list) else [cell])])
        return found

    [picture] = images(_Converter(hostile_index, "hostile", {"hostile"}).flowables())
    assert 0.9 * frame_width() < picture.drawWidth <= frame_width()  # 900 px fit the page
    assert picture.drawHeight == pytest.approx(picture.drawWidth * 500 / 900)
    assert picture.drawHeight < frame_height()


# ------------------------------------------------------------------ paper


def page_size(path: Path) -> tuple[int, int]:
    box = PdfReader(str(path)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_handouts_print_on_the_paper_of_the_book_locale(tmp_path: Path) -> None:
    """The same paper as the book's report PDFs: Letter for es_MX and en_US, else A4."""
    for locale, size in (("es_MX", (612, 792)), ("en_US", (612, 792)), ("es_ES", (595, 842))):
        guide = write_guide_pdf("split-templates", tmp_path / f"{locale}.pdf", locale=locale)
        assert page_size(guide) == size, locale
    booklet = write_booklet(tmp_path / "booklet.pdf", guide_ids=["split-templates"],
                            locale="es_ES")
    reader = PdfReader(str(booklet))
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in reader.pages} == {(595, 842)}


def test_cuentas_handouts_takes_the_paper_of_the_current_book(tmp_path: Path) -> None:
    from app.cli import main
    from app.store.create import create_book

    spain = tmp_path / "espana.cuentas"
    create_book(str(spain), currency="EUR", locale="es_ES", tax_preset="es")
    out = tmp_path / "out"
    assert main(["--db", str(spain), "handouts", "--out", str(out),
                 "--guide", "split-templates"]) == 0
    assert page_size(out / "split-templates.pdf") == (595, 842)
