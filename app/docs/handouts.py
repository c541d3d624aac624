"""PDF handouts: one PDF per guide and the combined training booklet (reportlab platypus).

The guides of `help/` (through `app.docs.guides`) are turned into flowables from the
markdown-it token tree: headings with bookmarks and a table of contents, paragraphs,
numbered steps, checklists, tables, note/tip/warning boxes, code, and images scaled
to the page width (an animated walkthrough shows its last frame).

Every piece of text from a guide goes through `escape()` before it reaches
reportlab's paragraph mini-markup, so a payee like `<b>&` in a sentence, a table, a
caption or an example prints as written and can neither break nor inject markup.
Fonts: DejaVu when the system has it (every accent and symbol), else the Bitstream
Vera that ships inside reportlab (Spanish accents, ñ, ¿ and ¡ included).

No Qt here: the help browser and `cuentas handouts` both call `write_guide_pdf`,
`write_booklet` or `write_handouts`. A handout speaks the language of its guides
(`HelpIndex.language`): its own words (labels, cover, page numbers, the month on the
cover) go through `app.i18n` in that language.
The paper is the book's, as for the reports (`app.presets.paper_size`: Letter for es_MX
and en_US, A4 elsewhere): each takes the book's `locale` (None: this computer's).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Preformatted,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app import __version__
from app.docs.guides import BOX_KINDS, HelpIndex, inline_text, load_index, resolve_link
from app.i18n import QT_TR_NOOP, month_year, speaking, tr
from app.presets import PAPER_POINTS, paper_size
from app.store.files import Progress
from app.store.outfiles import check_target, write_file

BOOKLET_NAME = "training-booklet.pdf"
COVER_IMAGE = "main-window.png"

MARGIN_X = 2.3 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_BOTTOM = 2.2 * cm
#: The paper of the handout being built (width, height in points): `on_paper(locale)`;
#: the post-deployment report (app/monitor/report.py) is laid out on it too.
_PAPER: ContextVar[tuple[float, float]] = ContextVar("handout_paper",
                                                     default=PAPER_POINTS["letter"])


def page() -> tuple[float, float]:
    """The page being written: (width, height) in points."""
    return _PAPER.get()


def frame_width() -> float:
    return float(page()[0] - 2 * MARGIN_X)


def frame_height() -> float:
    return float(page()[1] - MARGIN_TOP - MARGIN_BOTTOM)


@contextmanager
def on_paper(locale: str | None) -> Iterator[None]:
    """Build on the paper of `locale` (`app.presets.paper_size`) inside the block."""
    token = _PAPER.set(PAPER_POINTS[paper_size(locale)])
    try:
        yield
    finally:
        _PAPER.reset(token)

INK = colors.HexColor("#1d2430")
MUTED = colors.HexColor("#5e6673")
ACCENT = colors.HexColor("#1f5a8a")
ACCENT_LIGHT = colors.HexColor("#e8f0f7")
RULE = colors.HexColor("#c9d1da")
CODE_BG = colors.HexColor("#f3f5f7")
BOXES = {  # background, rule, label (the word a guide opens the box with)
    "note": (colors.HexColor("#eaf2fb"), colors.HexColor("#1a5fb4"), QT_TR_NOOP("Note")),
    "tip": (colors.HexColor("#eaf6ec"), colors.HexColor("#26a269"), QT_TR_NOOP("Tip")),
    "warning": (colors.HexColor("#fdf0e6"), colors.HexColor("#c64600"),
                QT_TR_NOOP("Warning")),
    "": (colors.HexColor("#f4f4f4"), colors.HexColor("#9a9a9a"), ""),
}
AUDIENCE_LABEL = {"user": QT_TR_NOOP("User guide"),
                  "admin": QT_TR_NOOP("Administrator procedure")}


# --------------------------------------------------------------------------- fonts


@dataclass(frozen=True)
class Fonts:
    sans: str
    bold: str
    italic: str
    bold_italic: str
    mono: str
    full_unicode: bool  # False: characters outside Latin-1 are replaced


_DEJAVU = {"sans": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf",
           "italic": "DejaVuSans-Oblique.ttf", "bold_italic": "DejaVuSans-BoldOblique.ttf",
           "mono": "DejaVuSansMono.ttf"}
_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
              "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts",
              "~/Library/Fonts", "~/.local/share/fonts", "C:/Windows/Fonts")
#: Stand-ins for characters that Vera (the fallback font) does not have.
_LATIN1_FALLBACK = str.maketrans({"−": "-", "→": "->", "▸": ">", "☐": "[ ]", "☑": "[x]",
                                  "≥": ">=", "≤": "<=", "×": "x", "÷": "/", "…": "...",
                                  "✓": "v"})


@functools.cache
def fonts() -> Fonts:
    """Register the handout fonts once: DejaVu if found, else reportlab's own Vera."""
    dirs = [d for d in (os.environ.get("CUENTAS_FONT_DIR", ""), *_FONT_DIRS) if d]
    for folder in dirs:
        base = Path(folder).expanduser()
        if all((base / f).is_file() for f in _DEJAVU.values()):
            for key, file in _DEJAVU.items():
                pdfmetrics.registerFont(TTFont(f"Cuentas-{key}", str(base / file)))
            pdfmetrics.registerFontFamily("Cuentas-sans", normal="Cuentas-sans",
                                          bold="Cuentas-bold", italic="Cuentas-italic",
                                          boldItalic="Cuentas-bold_italic")
            return Fonts("Cuentas-sans", "Cuentas-bold", "Cuentas-italic",
                         "Cuentas-bold_italic", "Cuentas-mono", True)
    for name, file in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"),
                       ("VeraIt", "VeraIt.ttf"), ("VeraBI", "VeraBI.ttf")):
        pdfmetrics.registerFont(TTFont(name, file))
    pdfmetrics.registerFontFamily("Vera", normal="Vera", bold="VeraBd", italic="VeraIt",
                                  boldItalic="VeraBI")
    return Fonts("Vera", "VeraBd", "VeraIt", "VeraBI", "Courier", False)


def escape(text: str) -> str:
    """Text from a guide, made safe for reportlab's paragraph mini-markup."""
    if not fonts().full_unicode:
        text = text.translate(_LATIN1_FALLBACK)
    return xml_escape(text, {'"': "&quot;"})


def _plain(text: str) -> str:
    """Text for the canvas (headers, footers) or Preformatted: no markup, so no escape."""
    return text if fonts().full_unicode else text.translate(_LATIN1_FALLBACK)


# --------------------------------------------------------------------------- styles


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    body = ParagraphStyle("body", fontName=f.sans, fontSize=9.8, leading=14.2,
                          textColor=INK, spaceAfter=6.5)
    return {
        "body": body,
        "label": ParagraphStyle("label", parent=body, fontName=f.bold, fontSize=8,
                                leading=10, textColor=ACCENT, spaceAfter=4),
        "title": ParagraphStyle("title", parent=body, fontName=f.bold, fontSize=22,
                                leading=27, spaceAfter=10, textColor=INK),
        "h2": ParagraphStyle("h2", parent=body, fontName=f.bold, fontSize=14, leading=18,
                             spaceBefore=14, spaceAfter=6, textColor=ACCENT, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=f.bold, fontSize=11.2,
                             leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h4": ParagraphStyle("h4", parent=body, fontName=f.bold_italic, fontSize=10,
                             leading=14, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.5,
                               spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=f.bold,
                                    fontSize=8.8, leading=11.5, spaceAfter=0,
                                    textColor=colors.white),
        "caption": ParagraphStyle("caption", parent=body, fontName=f.italic, fontSize=8.3,
                                  leading=11, textColor=MUTED, alignment=TA_CENTER,
                                  spaceBefore=3, spaceAfter=10),
        "code": ParagraphStyle("code", parent=body, fontName=f.mono, fontSize=7.9,
                               leading=10.4, textColor=INK, spaceAfter=0),
        "box": ParagraphStyle("box", parent=body, fontSize=9.2, leading=13, spaceAfter=3),
        "toc0": ParagraphStyle("toc0", parent=body, fontName=f.bold, fontSize=10,
                               leading=13, spaceBefore=6, spaceAfter=1, leftIndent=0,
                               firstLineIndent=0),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=8.4, leading=10.6,
                               leftIndent=16, firstLineIndent=0, textColor=MUTED,
                               spaceAfter=0),
        "cover_title": ParagraphStyle("cover_title", parent=body, fontName=f.bold,
                                      fontSize=34, leading=40, textColor=INK),
        "cover_sub": ParagraphStyle("cover_sub", parent=body, fontSize=15, leading=21,
                                    textColor=ACCENT),
        "cover_text": ParagraphStyle("cover_text", parent=body, fontSize=10.5, leading=15,
                                     textColor=MUTED),
    }


# --------------------------------------------------------------------------- flowables


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that feeds the table of contents and the PDF outline; a guide's
    title (`guide_title`, `label`) also sets the running header from its page on."""

    def __init__(self, text: str, style: ParagraphStyle, *, toc_level: int | None,
                 key: str, plain: str, guide_title: str = "", label: str = "") -> None:
        super().__init__(f'<a name="{key}"/>{text}', style)
        self.toc_level = toc_level
        self.key = key
        self.plain = plain
        self.guide_title = guide_title
        self.label = label


class _Converter:
    """Markdown tokens of one guide -> flowables."""

    def __init__(self, index: HelpIndex, guide_id: str, in_document: set[str]) -> None:
        self.index = index
        self.guide = index.get(guide_id)
        self.in_document = in_document  # guides present in this PDF (links work)
        self.styles = styles()

    # -- inline
    def inline(self, token: Token) -> str:
        out: list[str] = []
        closers: list[str] = []
        for child in token.children or []:
            kind = child.type
            if kind == "text":
                out.append(escape(child.content))
            elif kind == "code_inline":
                out.append(f'<font face="{fonts().mono}" size="8.6" color="#38424f">'
                           f"{escape(child.content)}</font>")
            elif kind in ("softbreak",):
                out.append(" ")
            elif kind == "hardbreak":
                out.append("<br/>")
            elif kind in ("strong_open", "em_open", "s_open"):
                out.append({"strong_open": "<b>", "em_open": "<i>", "s_open": "<strike>"}[kind])
            elif kind in ("strong_close", "em_close", "s_close"):
                out.append({"strong_close": "</b>", "em_close": "</i>",
                            "s_close": "</strike>"}[kind])
            elif kind == "link_open":
                opener, closer = self._link(str(child.attrGet("href") or ""))
                out.append(opener)
                closers.append(closer)
            elif kind == "link_close":
                out.append(closers.pop() if closers else "")
            elif kind == "image":
                out.append(f"<i>{escape(child.content)}</i>")
        return "".join(out)

    def _link(self, href: str) -> tuple[str, str]:
        target = resolve_link(href, self.guide.id)
        if target.kind == "external":
            return (f'<a href="{escape(target.url)}" color="#1f5a8a"><u>', "</u></a>")
        if target.kind == "guide" and target.guide_id in self.in_document:
            dest = _dest(target.guide_id, target.anchor)
            return f'<a href="#{dest}" color="#1f5a8a">', "</a>"
        return "", ""

    # -- blocks
    def flowables(self) -> list[Flowable]:
        root = SyntaxTreeNode(self.index.tokens(self.guide.id))
        out: list[Flowable] = []
        for node in root.children:
            out.extend(self.block(node))
        return out

    def block(self, node: SyntaxTreeNode, style: str = "body") -> list[Flowable]:
        kind = node.type
        if kind == "heading":
            # A heading never ends a page: lists and boxes do not keep with it, so ask
            # for room for the heading and a few lines first.
            level = int(_opening(node).tag[1])
            return [CondPageBreak((3.6 if level <= 2 else 2.8) * cm), self.heading(node)]
        if kind == "paragraph":
            return self.paragraph(node, style)
        if kind in ("bullet_list", "ordered_list"):
            return [self.list(node, style)]
        if kind == "blockquote":
            return [self.box(node)]
        if kind in ("fence", "code_block"):
            return [self.code(node.content)]
        if kind == "table":
            return [self.table(node)]
        if kind == "hr":
            return [HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=6,
                               spaceAfter=8)]
        return []

    def heading(self, node: SyntaxTreeNode) -> Flowable:
        opening = _opening(node)
        level = int(opening.tag[1])
        meta = opening.meta or {}
        inline = node.children[0].token
        assert inline is not None
        style = self.styles["h2" if level <= 2 else "h3" if level == 3 else "h4"]
        return Heading(self.inline(inline), style, toc_level=1 if level <= 2 else None,
                       key=_dest(self.guide.id, meta.get("anchor", "")),
                       plain=meta.get("text", ""))

    def paragraph(self, node: SyntaxTreeNode, style: str = "body") -> list[Flowable]:
        inline = node.children[0].token
        assert inline is not None
        children = [c for c in inline.children or [] if c.type not in ("softbreak",)]
        if children and all(c.type == "image" or c.type.startswith("link_")
                            for c in children) and any(c.type == "image" for c in children):
            return [self.image(c) for c in children if c.type == "image"]
        text = self.inline(inline)
        if inline_text(inline).rstrip().endswith(":"):  # it introduces what follows
            return [Paragraph(text, ParagraphStyle(f"{style}-lead", parent=self.styles[style],
                                                   keepWithNext=1))]
        return [Paragraph(text, self.styles[style])]

    def list(self, node: SyntaxTreeNode, style: str) -> Flowable:
        ordered = node.type == "ordered_list"
        f = fonts()
        items = []
        for item in node.children:
            content: list[Flowable] = []
            value = None
            for child in item.children:
                if not ordered and not content and child.type == "paragraph":
                    check = self.checkbox(child)
                    if check is not None:
                        value, rest = check
                        content.append(Paragraph(rest, self.styles[style]))
                        continue
                content.extend(self.block(child, style))
            kwargs: dict[str, Any] = {"value": value} if value else {}
            if value:
                kwargs.update(bulletFontName=f.sans, bulletFontSize=11, bulletColor=ACCENT)
            items.append(ListItem(content, **kwargs))
        if ordered:
            start = int(node.attrs.get("start", 1) or 1)
            return ListFlowable(items, bulletType="1", start=str(start), bulletFormat="%s.",
                                bulletFontName=f.bold, bulletFontSize=9.8,
                                bulletColor=ACCENT, leftIndent=20, spaceAfter=8)
        return ListFlowable(items, bulletType="bullet", start="•", bulletFontName=f.sans,
                            bulletFontSize=9, bulletColor=ACCENT, leftIndent=16,
                            bulletOffsetY=-0.5, spaceAfter=8)

    def checkbox(self, paragraph: SyntaxTreeNode) -> tuple[str, str] | None:
        """A `[ ] text` / `[x] text` item: (its box glyph, the rest as markup)."""
        inline = paragraph.children[0].token
        if inline is None or not inline.children or inline.children[0].type != "text":
            return None
        first = inline.children[0].content
        for mark, glyph in (("[ ] ", "☐"), ("[x] ", "☑"), ("[X] ", "☑")):
            if first.startswith(mark):
                rest = Token("inline", "", 0, children=[
                    Token("text", "", 0, content=first[len(mark):]), *inline.children[1:]])
                return (glyph if fonts().full_unicode else "-"), self.inline(rest)
        return None

    def box(self, node: SyntaxTreeNode) -> Flowable:
        kind = (_opening(node).meta or {}).get("box", "")
        background, rule, label = BOXES[kind if kind in BOX_KINDS else ""]
        label = tr(label) if label else ""
        content: list[Flowable] = []
        for child in node.children:
            content.extend(self.block(child, "box"))
        if label and content and isinstance(content[0], Paragraph):
            first = content[0]
            text = first.text  # "<b>Note:</b> ..." -> a coloured label
            prefix = f"<b>{label}:</b>"
            if text.startswith(prefix):
                content[0] = Paragraph(f'<font color="#{rule.hexval()[2:]}">'
                                       f"<b>{label}:</b></font>{text[len(prefix):]}",
                                       self.styles["box"])
        table = Table([[content]], colWidths=[frame_width()])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), background),
            ("LINEBEFORE", (0, 0), (0, -1), 3, rule),
            ("LEFTPADDING", (0, 0), (-1, -1), 11), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        table.spaceBefore, table.spaceAfter = 4, 10
        return table

    def code(self, text: str) -> Flowable:
        pre = Preformatted(_plain(text.rstrip("\n")), self.styles["code"],
                           maxLineLength=96, newLineChars="    ")
        table = Table([[pre]], colWidths=[frame_width()])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), CODE_BG),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        table.spaceBefore, table.spaceAfter = 2, 10
        return table

    def table(self, node: SyntaxTreeNode) -> Flowable:
        rows: list[list[Paragraph]] = []
        natural: list[float] = []
        header_rows = 0
        form: list[bool] = []  # per row: an answer left blank to be written in
        for section in node.children:  # thead, tbody
            for table_row in section.children:
                row = []
                for col, cell in enumerate(table_row.children):
                    style_attr = str(cell.attrs.get("style", ""))
                    align = ("right" if "right" in style_attr else
                             "center" if "center" in style_attr else "left")
                    inline = cell.children[0].token if cell.children else None
                    markup = self.inline(inline) if inline is not None else ""
                    base = self.styles["cell_head" if section.type == "thead" else "cell"]
                    row.append(Paragraph(markup, ParagraphStyle(
                        f"c{col}", parent=base, alignment={"left": TA_LEFT, "right": TA_RIGHT,
                                                            "center": TA_CENTER}[align])))
                    text = inline_text(inline) if inline is not None else ""
                    font = (fonts().bold if section.type == "thead" or markup.startswith("<b>")
                            else fonts().sans)
                    width = pdfmetrics.stringWidth(_plain(text), font, base.fontSize) + 14
                    if len(natural) <= col:
                        natural.append(width)
                    natural[col] = max(natural[col], width)
                rows.append(row)
                form.append(section.type != "thead" and not row[-1].getPlainText().strip())
                if section.type == "thead":
                    header_rows += 1
        # A form (a feedback sheet): rows whose last cell is blank get room to write in,
        # the last column a good part of the width, and lines between the columns.
        if any(form):
            natural[-1] = max(natural[-1], frame_width() * 0.38)
        widths = _column_widths(natural, frame_width())
        kind = _WholeTable if len(rows) <= 12 else Table  # a short table is never cut
        table = kind(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT",
                     rowHeights=[0.95 * cm if blank else None for blank in form])
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        if header_rows:
            commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT))
        if any(form):
            commands.append(("LINEAFTER", (0, header_rows), (-2, -1), 0.4, RULE))
        for r in range(header_rows, len(rows)):
            if (r - header_rows) % 2:
                commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f5f7f9")))
        table.setStyle(TableStyle(commands))
        table.spaceBefore, table.spaceAfter = 3, 11
        return table

    def image(self, token: Token) -> Flowable:
        name = str(token.attrGet("src") or "").removeprefix("images/")
        caption = token.content
        data = self.index.image_bytes(name)
        if data is None:  # the index check reports it; the handout still prints
            return Paragraph(f"<i>[{escape(caption or name)}]</i>", self.styles["caption"])
        animated = name.lower().endswith(".gif")
        raw = _poster(data) if animated else data
        width_px, height_px = ImageReader(io.BytesIO(raw)).getSize()
        width = min(frame_width() - 6, width_px * 0.62)
        height = width * height_px / width_px
        if height > frame_height() * 0.55:
            height = frame_height() * 0.55
            width = height * width_px / height_px
        text = escape(caption)
        if animated:
            note = escape(tr("(an animation in the help browser)"))
            text += f" <font size=7.5>{note}</font>"
        return _framed_picture(raw, width, height, text)


class _WholeTable(Table):  # type: ignore[misc]
    """A table that goes to the next page whole rather than in parts. (KeepTogether
    would do that too, but a heading's keepWithNext does not hold on to a
    KeepTogether, and the heading would be left alone at the bottom of a page.)"""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []


def _framed_picture(raw: bytes, width: float, height: float, caption: str = "") -> Flowable:
    """A picture in a thin frame with its caption (markup, escaped) under it, kept whole."""
    picture = Image(io.BytesIO(raw), width=width, height=height)
    rows: list[list[Flowable]] = [[picture]]
    if caption:
        rows.append([Paragraph(caption, styles()["caption"])])
    table = _WholeTable(rows, colWidths=[width + 2], hAlign="CENTER")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (0, 0), 0.6, RULE),
        *[(pad, (0, 0), (-1, -1), 1) for pad in ("LEFTPADDING", "RIGHTPADDING",
                                                 "TOPPADDING", "BOTTOMPADDING")],
        ("TOPPADDING", (0, 1), (-1, -1), 0),
    ]))
    table.spaceBefore, table.spaceAfter = 4, 2
    return table


def _opening(node: SyntaxTreeNode) -> Token:
    assert node.nester_tokens is not None
    return node.nester_tokens.opening


def _dest(guide_id: str, anchor: str) -> str:
    return f"{guide_id}--{anchor}" if anchor else guide_id


def _column_widths(natural: Sequence[float], total: float) -> list[float]:
    """Column widths for a table filling `total`: every column gets its natural width
    (its widest cell on one line) when all fit, plus a share of the spare room; when
    they do not, the narrow columns keep theirs and the wide ones share the rest."""
    if sum(natural) <= total:
        spare = total - sum(natural)
        return [w + spare * w / sum(natural) for w in natural]
    fair = total / len(natural)
    narrow = [w for w in natural if w <= fair]
    wide_total = sum(w for w in natural if w > fair)
    room = total - sum(narrow)
    return [w if w <= fair else room * w / wide_total for w in natural]


def _poster(gif: bytes) -> bytes:
    """The last frame of an animated walkthrough (it shows the result), as PNG."""
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(gif)) as picture:
        picture.seek(max(getattr(picture, "n_frames", 1) - 1, 0))
        out = io.BytesIO()
        picture.convert("RGB").save(out, "PNG")
        return out.getvalue()


# --------------------------------------------------------------------------- documents


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws "Page n of m" once the number of pages is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._cuentas_footer = True
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if getattr(self, "_cuentas_footer", True):
                self.setFont(fonts().sans, 7.8)
                self.setFillColor(MUTED)
                self.drawRightString(page()[0] - MARGIN_X, MARGIN_BOTTOM - 0.95 * cm,
                                     tr("Page {page} of {pages}").format(
                                         page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: str | io.BytesIO, *, title: str, footer: str,
                 cover: Callable[[Canvas, Any], None] | None = None) -> None:
        super().__init__(target, pagesize=page(), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                         author="Cuentas", subject=tr("Cuentas training material"),
                         creator=f"Cuentas {__version__}")
        self.footer = footer
        self.running_title = ""
        self.running_label = ""
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width(), frame_height(), id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("body", [frame], onPageEnd=self._decorate)]
        if cover is not None:
            cover_frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width(), frame_height(),
                                id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                                bottomPadding=0)
            templates.insert(0, PageTemplate("cover", [cover_frame], onPage=cover,
                                             onPageEnd=_no_footer))
        self.addPageTemplates(templates)

    def beforeDocument(self) -> None:  # once per pass
        self.running_title = self.running_label = ""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            if flowable.guide_title:
                self.running_title = flowable.guide_title
                self.running_label = flowable.label
            if flowable.toc_level is not None:
                # the table of contents pastes its text into paragraph markup
                self.notify("TOCEntry", (flowable.toc_level, escape(flowable.plain),
                                         self.page, flowable.key))
                self.canv.bookmarkPage(flowable.key)
                self.canv.addOutlineEntry(flowable.plain, flowable.key,
                                          level=flowable.toc_level, closed=True)

    def _decorate(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        f = fonts()
        top = page()[1] - MARGIN_TOP + 0.9 * cm
        canvas.setFont(f.bold, 7.8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN_X, top, "CUENTAS")
        canvas.setFont(f.sans, 7.8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X + pdfmetrics.stringWidth("CUENTAS", f.bold, 7.8) + 8, top,
                          _plain(self.running_title))
        canvas.drawRightString(page()[0] - MARGIN_X, top, _plain(self.running_label))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 0.25 * cm, page()[0] - MARGIN_X, top - 0.25 * cm)
        canvas.line(MARGIN_X, MARGIN_BOTTOM - 0.6 * cm, page()[0] - MARGIN_X,
                    MARGIN_BOTTOM - 0.6 * cm)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM - 0.95 * cm, _plain(self.footer))
        canvas.restoreState()


def _no_footer(canvas: Canvas, doc: Any) -> None:
    canvas._cuentas_footer = False


def _guide_story(index: HelpIndex, guide_id: str, in_document: set[str],
                 *, first: bool) -> list[Flowable]:
    guide = index.get(guide_id)
    st = styles()
    label = tr(AUDIENCE_LABEL[guide.audience])
    title = Heading(escape(guide.title), st["title"], toc_level=0, key=_dest(guide_id, ""),
                    plain=guide.title, guide_title=guide.title, label=label)
    story: list[Flowable] = [] if first else [PageBreak()]
    story += [Paragraph(escape(label.upper()), st["label"]), title,
              HRFlowable(width="100%", thickness=2, color=ACCENT, spaceBefore=0,
                         spaceAfter=12, hAlign="LEFT")]
    story += _Converter(index, guide_id, in_document).flowables()
    related = [index.get(r) for r in guide.related if r in index]
    if related:
        links = []
        for other in related:
            text = escape(other.title)
            if other.id in in_document:
                text = f'<a href="#{_dest(other.id, "")}" color="#1f5a8a">{text}</a>'
            links.append(text)
        story += [CondPageBreak(2.5 * cm), Spacer(1, 6),
                  HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=5),
                  Paragraph("<b>" + escape(tr("See also:")) + "</b> " + " · ".join(links),
                            st["cell"])]
    return story


@contextmanager
def _binary_images() -> Iterator[None]:
    """Store images as binary streams, not ASCII85 text: a quarter smaller, and
    reportlab's pure-Python ASCII85 encoder was most of the time of a booklet."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def write_guide_pdf(guide_id: str, path: Path | str, index: HelpIndex | None = None, *,
                    force: bool = False, field: str = "--out",
                    locale: str | None = None) -> Path:
    """One guide as a handout PDF (raises KeyError for an unknown guide), written
    atomically through app/store/outfiles.py (`force`: replace an existing file, never a
    book), on the paper of the book's `locale` (None: this computer's)."""
    index = index or load_index()
    guide = index.get(guide_id)
    target = Path(path)
    buffer = io.BytesIO()
    with on_paper(locale), speaking(index.language), _binary_images():
        doc = _Document(buffer, title=guide.title, footer=f"Cuentas {__version__} · "
                        f"{tr(AUDIENCE_LABEL[guide.audience])}")
        doc.build(_guide_story(index, guide_id, {guide_id}, first=True),
                  canvasmaker=_NumberedCanvas)
    write_file(target, buffer.getvalue(), field=field, force=force, public=True)
    return target


def write_booklet(path: Path | str, index: HelpIndex | None = None,
                  guide_ids: Sequence[str] | None = None, *, force: bool = False,
                  field: str = "--out", locale: str | None = None) -> Path:
    """The training booklet: cover, contents, then every guide (user guides first),
    written atomically like `write_guide_pdf`, on the paper of `locale`."""
    index = index or load_index()
    ids = list(guide_ids or index.ids())
    target = Path(path)
    with on_paper(locale), speaking(index.language), _binary_images():
        _Booklet(index, ids).build(buffer := io.BytesIO())
    write_file(target, buffer.getvalue(), field=field, force=force, public=True)
    return target


class _Booklet:
    """The booklet's story: cover, contents, every guide (in the current language)."""

    def __init__(self, index: HelpIndex, ids: list[str]) -> None:
        self.index, self.ids = index, ids

    def build(self, buffer: io.BytesIO) -> None:
        index, ids = self.index, self.ids
        st = styles()
        doc = _Document(buffer, title=tr("Cuentas training booklet"),
                        footer=f"Cuentas {__version__} · {tr('Training booklet')}",
                        cover=_draw_cover)
        toc = TableOfContents(levelStyles=[st["toc0"], st["toc1"]], dotsMinLevel=0)
        contents = tr("Contents")
        story: list[Flowable] = [
            NextPageTemplate("cover"), Spacer(1, 5.6 * cm),
            Paragraph(escape(tr("Training booklet")), st["cover_title"]), Spacer(1, 8),
            Paragraph(escape(tr("Split transactions in Cuentas: guides for every day and "
                                "procedures for the administrator")), st["cover_sub"]),
            Spacer(1, 16),
            Paragraph(escape(tr("Cuentas {version} · {n} guides · {month}").format(
                version=__version__, n=len(ids), month=month_year(dt.date.today()))),
                st["cover_text"]),
            *_cover_picture(index),
            NextPageTemplate("body"), PageBreak(),
            Paragraph(escape(contents.upper()), st["label"]),
            Heading(escape(tr("What is in this booklet")), st["title"], toc_level=None,
                    key="contents", plain=contents, guide_title=contents),
            HRFlowable(width="100%", thickness=2, color=ACCENT, spaceAfter=10, hAlign="LEFT"),
            toc,
        ]
        for guide_id in ids:
            story += _guide_story(index, guide_id, set(ids), first=False)
        doc.multiBuild(story, canvasmaker=_NumberedCanvas)


def _cover_picture(index: HelpIndex) -> list[Flowable]:
    """The main window, as the guides show it, on the cover (when it has been made)."""
    data = index.image_bytes(COVER_IMAGE)
    if data is None:
        return []
    width_px, height_px = ImageReader(io.BytesIO(data)).getSize()
    width = frame_width()
    height = min(width * height_px / width_px, 10.5 * cm)
    width = height * width_px / height_px
    return [Spacer(1, 1.2 * cm), _framed_picture(data, width, height)]


def _draw_cover(canvas: Canvas, doc: Any) -> None:
    canvas.saveState()
    width, height = page()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - 6.2 * cm, width, 6.2 * cm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#2f74ab"))
    canvas.rect(0, height - 6.6 * cm, width, 0.4 * cm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(fonts().bold, 30)
    canvas.drawString(MARGIN_X, height - 3.4 * cm, "Cuentas")
    canvas.setFont(fonts().sans, 11)
    canvas.drawString(MARGIN_X, height - 4.3 * cm,
                      _plain(tr("Bookkeeping for a small business, with split transactions")))
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts().sans, 8)
    canvas.drawString(MARGIN_X, 1.6 * cm,
                      _plain(tr("Generated from the help guides inside Cuentas (press F1).")))
    canvas.restoreState()


def write_handouts(out_dir: Path | str, guide_id: str | None = None,
                   progress: Progress | None = None,
                   index: HelpIndex | None = None, *, force: bool = False,
                   locale: str | None = None) -> list[Path]:
    """Every guide's PDF and the training booklet into `out_dir` (or one guide's PDF),
    on the paper of the book's `locale` (None: this computer's).

    Every target is checked before the first is written (app/store/outfiles.py): an existing
    PDF is replaced only with `force`, a book or a folder never."""
    index = index or load_index()
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    ids = [guide_id] if guide_id else index.ids()
    total = len(ids) + (0 if guide_id else 1)
    targets = [folder / f"{gid}.pdf" for gid in ids]
    if not guide_id:
        targets.append(folder / BOOKLET_NAME)
    for target in targets:
        check_target(target, force=force)
    written = []
    for done, gid in enumerate(ids):
        if progress:
            progress("guide", gid, done, total)
        written.append(write_guide_pdf(gid, folder / f"{gid}.pdf", index, force=force,
                                       locale=locale))
    if not guide_id:
        if progress:
            progress("booklet", BOOKLET_NAME, len(ids), total)
        written.append(write_booklet(folder / BOOKLET_NAME, index, force=force,
                                     locale=locale))
    if progress:
        progress("done", str(folder), total, total)
    return written
