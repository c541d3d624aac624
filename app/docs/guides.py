"""The help index: the guides of `help/`, parsed, rendered, linked and searchable.

One source feeds the in-app help browser (`ui/help/browser.py`) and the PDF handouts
(`app/docs/handouts.py`). Guides are package data, read through `importlib.resources`, so
they are found the same way in a checkout, an installed wheel or a frozen build, and
never through a path relative to the current folder.

A guide is a Markdown file `help/<id>.md` that starts with a front-matter block:

    ---
    id: split-transactions
    title: Creating split transactions
    audience: user            (user | admin)
    order: 2
    related: [split-templates, converting-to-splits]
    ---

Markdown is parsed by markdown-it-py (CommonMark, tables and strikethrough on, raw
HTML off, so a guide can never inject markup). Headings get stable anchors made from
their text (`## The remaining bar` -> `the-remaining-bar`). Links between guides are
relative Markdown links, `split-transactions.md#the-remaining-bar` (help/README.md);
images live in `help/images/` and are written `images/NAME.png`.

Languages: the English guides are `help/*.md`; a translation is a folder beside them,
`help/es/*.md`, with the same file names, the same headings in the same order (so an
English anchor finds its translated section: `local_anchor`) and its own pictures in
`help/es/images/` (a picture it lacks comes from `help/images/`). `load_index(lang)`
loads one language; `README.md` and `GLOSSARY.md` are notes for writers, not guides.
Boxes are written with the guide's own words (`**Nota:**`, `**Consejo:**`,
`**Advertencia:**` in Spanish).

Search is an SQLite FTS5 index in memory, one row per section, built when the index
is loaded and ranked with bm25 (title, then heading, then body).
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from html import escape as html_escape
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from app import i18n

PACKAGE = "help"
IMAGES = "images"
AUDIENCES = ("user", "admin")
#: The URL scheme of an internal link in rendered HTML: `guide:ID#anchor`.
GUIDE_SCHEME = "guide"
#: Blockquotes starting with one of these (`> **Note:** ...`) become boxes.
BOX_KINDS = {"note": "Note", "tip": "Tip", "warning": "Warning"}
#: The word that opens a box, in every language of the guides -> its kind.
BOX_WORDS = {"note": "note", "tip": "tip", "warning": "warning",
             "nota": "note", "consejo": "tip", "advertencia": "warning"}
#: Languages of the guides, those of the interface: "en" is `help/` itself, the others a
#: folder `help/<code>/`.
LANGUAGES = tuple(i18n.LANGUAGES)
#: Markdown files in a guides folder that are notes for writers, not guides.
NOT_GUIDES = ("README.md", "GLOSSARY.md")

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
_GUIDE_LINK = re.compile(r"^(?:\./)?(?P<id>[a-z0-9][a-z0-9-]*)\.md(?:#(?P<anchor>[^#]*))?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EXTERNAL = ("http://", "https://", "mailto:")


class GuideError(ValueError):
    """A guide that cannot be read: names the file and what is wrong."""


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Target:
    """Where a link goes: a guide and an anchor, an external URL, or an image."""

    kind: str  # "guide" | "external" | "image" | "unknown"
    guide_id: str = ""
    anchor: str = ""
    url: str = ""


@dataclass(frozen=True)
class Guide:
    id: str
    title: str
    audience: str
    order: int
    related: tuple[str, ...]
    source: str  # the Markdown body, without front matter
    filename: str
    headings: tuple[Heading, ...] = ()
    images: tuple[str, ...] = ()  # file names in help/images
    links: tuple[str, ...] = ()  # every href as written
    summary: str = ""  # the first paragraph, as plain text

    @property
    def anchors(self) -> frozenset[str]:
        return frozenset(h.anchor for h in self.headings)

    @property
    def is_admin(self) -> bool:
        return self.audience == "admin"


@dataclass(frozen=True)
class SearchHit:
    guide_id: str
    title: str
    anchor: str  # the best matching section ("" for the guide's introduction)
    heading: str
    snippet_html: str  # escaped text, matches in <b>...</b>
    score: float  # bm25: lower is better


@dataclass
class _Section:
    anchor: str = ""
    heading: str = ""
    words: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- parsing


def markdown() -> MarkdownIt:
    """The one Markdown configuration: CommonMark, tables, strikethrough, no raw HTML."""
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def slugify(text: str) -> str:
    """A stable ASCII anchor for a heading: `¿Qué es el IVA?` -> `que-es-el-iva`."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "section"


def parse_front_matter(text: str, filename: str) -> tuple[dict[str, str | list[str]], str]:
    """Split `---` front matter (simple `key: value` and `key: [a, b]`) from the body."""
    match = _FRONT.match(text)
    if not match:
        raise GuideError(f"{filename}: no front matter (a '---' block at the top)")
    meta: dict[str, str | list[str]] = {}
    for number, raw in enumerate(match.group(1).splitlines(), start=2):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip().isidentifier():
            raise GuideError(f"{filename}:{number}: expected 'key: value', got {raw!r}")
        value = value.strip()
        if value.startswith("["):
            if not value.endswith("]"):
                raise GuideError(f"{filename}:{number}: unclosed list {value!r}")
            meta[key.strip()] = [v.strip().strip("'\"") for v in value[1:-1].split(",")
                                 if v.strip()]
        else:
            meta[key.strip()] = value.strip("'\"")
    return meta, text[match.end():]


def _meta_str(meta: dict[str, str | list[str]], key: str, filename: str) -> str:
    value = meta.get(key)
    if not isinstance(value, str) or not value:
        raise GuideError(f"{filename}: front matter needs '{key}: ...'")
    return value


def parse_guide(text: str, filename: str) -> Guide:
    meta, body = parse_front_matter(text, filename)
    guide_id = _meta_str(meta, "id", filename)
    if not _ID.match(guide_id):
        raise GuideError(f"{filename}: id {guide_id!r} must be lowercase letters, digits, '-'")
    audience = _meta_str(meta, "audience", filename)
    if audience not in AUDIENCES:
        raise GuideError(f"{filename}: audience {audience!r} must be one of {AUDIENCES}")
    try:
        order = int(_meta_str(meta, "order", filename))
    except ValueError:
        raise GuideError(f"{filename}: order must be a whole number") from None
    related = meta.get("related", [])
    if isinstance(related, str):
        related = [related]
    tokens = markdown().parse(body)
    annotate(tokens)
    headings = tuple(Heading(int(t.tag[1]), t.meta["text"], t.meta["anchor"])
                     for t in tokens if t.type == "heading_open")
    images, links = [], []
    for token in _inline_tokens(tokens):
        if token.type == "image":
            src = str(token.attrGet("src") or "")
            images.append(src.removeprefix(f"{IMAGES}/"))
        elif token.type == "link_open":
            links.append(str(token.attrGet("href") or ""))
    return Guide(
        id=guide_id, title=_meta_str(meta, "title", filename), audience=audience,
        order=order, related=tuple(related), source=body, filename=filename,
        headings=headings, images=tuple(images), links=tuple(links),
        summary=_summary(tokens),
    )


def _inline_tokens(tokens: Iterable[Token]) -> Iterator[Token]:
    for token in tokens:
        if token.children:
            yield from token.children


def inline_text(token: Token) -> str:
    """The plain text of an inline token (text, code, image alt), markup dropped."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def annotate(tokens: Sequence[Token]) -> None:
    """Give headings their anchors and mark note/tip/warning blockquotes, in place.

    Each `heading_open` gets `meta["anchor"]`, `meta["text"]` and an `id` attribute
    (repeated headings get `-2`, `-3`); a blockquote whose first words are
    `**Note:**`, `**Tip:**` or `**Warning:**` gets `meta["box"]` on open and close.
    """
    seen: dict[str, int] = {}
    stack: list[Token] = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            text = inline_text(tokens[i + 1]).strip()
            anchor = slugify(text)
            seen[anchor] = seen.get(anchor, 0) + 1
            if seen[anchor] > 1:
                anchor = f"{anchor}-{seen[anchor]}"
            token.meta = {"text": text, "anchor": anchor}
            token.attrSet("id", anchor)
        elif token.type == "blockquote_open":
            stack.append(token)
            kind = _box_kind(tokens, i)
            if kind:
                token.meta = {"box": kind}
        elif token.type == "blockquote_close" and stack:
            token.meta = dict(stack.pop().meta or {})


def _box_kind(tokens: Sequence[Token], i: int) -> str:
    if i + 2 >= len(tokens) or tokens[i + 1].type != "paragraph_open":
        return ""
    children = [c for c in tokens[i + 2].children or [] if c.type != "text" or c.content]
    if len(children) >= 3 and children[0].type == "strong_open":
        word = children[1].content.strip().rstrip(":").lower()
        return BOX_WORDS.get(word, "")
    return ""


def _summary(tokens: Sequence[Token]) -> str:
    for i, token in enumerate(tokens):
        if token.type == "paragraph_open" and token.level == 0:
            return inline_text(tokens[i + 1]).strip()
    return ""


def resolve_link(href: str, current: str = "") -> Target:
    """What a link in a guide points to (see help/README.md for the convention)."""
    if href.startswith(_EXTERNAL):
        return Target("external", url=href)
    if href.startswith("#"):
        return Target("guide", guide_id=current, anchor=href[1:])
    if href.startswith(f"{GUIDE_SCHEME}:"):  # a rendered link, followed back
        rest = href[len(GUIDE_SCHEME) + 1:]
        guide_id, _, anchor = rest.partition("#")
        return Target("guide", guide_id=guide_id or current, anchor=anchor)
    match = _GUIDE_LINK.match(href)
    if match:
        return Target("guide", guide_id=match["id"], anchor=match["anchor"] or "")
    if href.startswith(f"{IMAGES}/"):
        return Target("image", url=href.removeprefix(f"{IMAGES}/"))
    return Target("unknown", url=href)


def guide_url(guide_id: str, anchor: str = "") -> str:
    return f"{GUIDE_SCHEME}:{guide_id}" + (f"#{anchor}" if anchor else "")


# --------------------------------------------------------------------------- the index


class HelpIndex:
    """Every guide, in contents order (user guides, then administrator procedures).

    `root` is the folder of the guides; pictures are looked for in `root/images`, then
    in each of `image_roots` (a translation's missing pictures come from the English
    ones). `reference` is the English index of a translation: an English anchor then
    finds the translated section at the same place (`local_anchor`)."""

    def __init__(self, guides: Iterable[Guide], root: Traversable | None = None, *,
                 language: str = "en", image_roots: Sequence[Traversable] = (),
                 reference: HelpIndex | None = None) -> None:
        ordered = sorted(guides, key=lambda g: (AUDIENCES.index(g.audience), g.order, g.id))
        self._guides = {g.id: g for g in ordered}
        if len(self._guides) != len(ordered):
            dupes = sorted({g.id for g in ordered if [h.id for h in ordered].count(g.id) > 1})
            raise GuideError(f"guide ids used twice: {', '.join(dupes)}")
        self._root = root
        self.language = language
        self._image_roots = ([root / IMAGES] if root is not None else []) + [
            r / IMAGES for r in image_roots]
        self.reference = reference
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        # Closed when the index goes (a language switch, clear_cache): Python 3.13 warns
        # about a connection left for the garbage collector.
        weakref.finalize(self, self._db.close)
        self._build_search()

    # -- guides
    @property
    def guides(self) -> list[Guide]:
        return list(self._guides.values())

    def ids(self) -> list[str]:
        return list(self._guides)

    def get(self, guide_id: str) -> Guide:
        try:
            return self._guides[guide_id]
        except KeyError:
            raise KeyError(f"no guide {guide_id!r}") from None

    def __contains__(self, guide_id: object) -> bool:
        return guide_id in self._guides

    def has_anchor(self, guide_id: str, anchor: str) -> bool:
        return guide_id in self._guides and (not anchor or anchor in self.get(guide_id).anchors)

    def local_anchor(self, guide_id: str, anchor: str) -> str:
        """`anchor` of this index's guide, or — when it is the English anchor of a
        translated guide — the translated heading at the same place ('' when neither)."""
        if not anchor or self.has_anchor(guide_id, anchor):
            return anchor
        if self.reference is None or guide_id not in self or guide_id not in self.reference:
            return ""
        english = [h.anchor for h in self.reference.get(guide_id).headings]
        local = [h.anchor for h in self.get(guide_id).headings]
        if anchor in english and len(english) == len(local):
            return local[english.index(anchor)]
        return ""

    def tokens(self, guide_id: str) -> list[Token]:
        """The guide's parsed Markdown with anchors and box kinds set (a fresh copy)."""
        tokens = markdown().parse(self.get(guide_id).source)
        annotate(tokens)
        return tokens

    # -- images
    def image(self, name: str) -> Traversable | None:
        """The image `images/NAME` of these guides (a translation's own, else the
        English one), or None when it does not exist."""
        if "/" in name or "\\" in name or name.startswith("."):
            return None
        for folder in self._image_roots:
            item = folder / name
            if item.is_file():
                return item
        return None

    def image_bytes(self, name: str) -> bytes | None:
        item = self.image(name)
        return item.read_bytes() if item is not None else None

    # -- rendering
    def render_html(
        self,
        guide_id: str,
        *,
        image_src: Callable[[str], str] | None = None,
        image_size: Callable[[str], tuple[int, int] | None] | None = None,
        for_qt: bool = False,
        title: bool = True,
    ) -> str:
        """The guide as an HTML fragment.

        Internal links become `guide:ID#anchor`; images `images/NAME` go through
        `image_src` (default: unchanged) and get `width`/`height` from `image_size`
        when it knows them. `for_qt` writes what QTextBrowser's HTML subset draws
        well: note boxes as tables with a coloured rule (it ignores backgrounds on
        blockquotes), and tables without cell spacing.
        """
        guide = self.get(guide_id)
        tokens = self.tokens(guide_id)
        for token in _inline_tokens(tokens):
            if token.type == "link_open":
                href = str(token.attrGet("href") or "")
                target = resolve_link(href, guide_id)
                if target.kind == "guide":
                    token.attrSet("href", guide_url(target.guide_id, target.anchor))
                elif target.kind == "external":
                    token.attrSet("class", "external")
            elif token.type == "image":
                name = str(token.attrGet("src") or "").removeprefix(f"{IMAGES}/")
                token.attrSet("src", image_src(name) if image_src else f"{IMAGES}/{name}")
                size = image_size(name) if image_size else None
                if size:
                    token.attrSet("width", str(size[0]))
                    token.attrSet("height", str(size[1]))
        md = markdown()
        if for_qt:
            md.add_render_rule("blockquote_open", _box_table_open)
            md.add_render_rule("blockquote_close", _box_table_close)
            md.add_render_rule("table_open", _qt_table_open)
            md.add_render_rule("th_open", _qt_cell_open)
            md.add_render_rule("td_open", _qt_cell_open)
        else:
            md.add_render_rule("blockquote_open", _box_open)
        body = str(md.renderer.render(tokens, md.options, {}))
        head = f'<h1 id="top">{html_escape(guide.title)}</h1>\n' if title else ""
        return head + body

    # -- search
    def _build_search(self) -> None:
        """Two FTS5 tables: whole guides (which guides have every word) and their
        sections (how well, where, and a snippet)."""
        tokenize = "tokenize = 'unicode61 remove_diacritics 2'"
        self._db.execute(f"CREATE VIRTUAL TABLE guides USING fts5(guide_id UNINDEXED,"
                         f" text, {tokenize})")
        self._db.execute(f"CREATE VIRTUAL TABLE sections USING fts5(guide_id UNINDEXED,"
                         f" anchor UNINDEXED, title, heading, body, {tokenize})")
        for guide in self._guides.values():
            sections = self._sections(guide.id)
            words = [guide.title] + [s.heading + " " + " ".join(s.words) for s in sections]
            self._db.execute("INSERT INTO guides VALUES (?, ?)", (guide.id, " ".join(words)))
            self._db.executemany("INSERT INTO sections VALUES (?, ?, ?, ?, ?)", [
                (guide.id, s.anchor, guide.title, s.heading, " ".join(s.words))
                for s in sections])

    def _sections(self, guide_id: str) -> list[_Section]:
        """The guide cut at its level-2 and level-3 headings, as plain text."""
        sections = [_Section()]
        tokens = self.tokens(guide_id)
        for i, token in enumerate(tokens):
            if token.type == "heading_open" and token.tag in ("h2", "h3"):
                sections.append(_Section(token.meta["anchor"], token.meta["text"]))
            elif token.type == "inline" and not (i and tokens[i - 1].type == "heading_open"):
                sections[-1].words.append(inline_text(token))
            elif token.type in ("fence", "code_block"):
                sections[-1].words.append(token.content)
            elif token.type == "heading_open":  # h4 and deeper stay in their section
                sections[-1].words.append(inline_text(tokens[i + 1]))
        return [s for s in sections if s.words or s.heading]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Guides that contain every word of `query` (prefixes too; accents ignored),
        best first, each at its best section. When no guide has every word, guides
        with any of them.

        A guide's score is its best section's bm25 plus a quarter of its other
        matching sections' (a guide about the subject beats one that mentions it
        once); in a section the guide's title weighs 3, the heading 6, the text 1.
        So "IVA" finds the templates guide first."""
        words = re.findall(r"\w+", query)
        if not words:
            return []
        terms = ['"' + w + '"*' for w in words]
        hits = self._query(" AND ".join(terms), " OR ".join(terms), limit)
        if not hits and len(terms) > 1:
            hits = self._query(" OR ".join(terms), " OR ".join(terms), limit)
        return hits

    def _query(self, every_word: str, any_word: str, limit: int) -> list[SearchHit]:
        with self._lock:
            matching = {row[0] for row in self._db.execute(
                "SELECT guide_id FROM guides WHERE guides MATCH ?", (every_word,))}
            sections = self._db.execute(
                "SELECT guide_id, anchor, heading,"
                " snippet(sections, 4, char(2), char(3), ' … ', 14),"
                " bm25(sections, 0, 0, 3.0, 6.0, 1.0) AS score"
                " FROM sections WHERE sections MATCH ? ORDER BY score",
                (any_word,)).fetchall()
        best: dict[str, SearchHit] = {}
        rest: dict[str, float] = {}
        for guide_id, anchor, heading, snippet, score in sections:
            if guide_id not in matching:
                continue
            if guide_id in best:
                rest[guide_id] = rest.get(guide_id, 0.0) + score
            else:
                best[guide_id] = SearchHit(guide_id, self._guides[guide_id].title, anchor,
                                           heading, _snippet_html(snippet), score)
        hits = [replace(hit, score=hit.score + 0.25 * rest.get(hit.guide_id, 0.0))
                for hit in best.values()]
        return sorted(hits, key=lambda h: h.score)[:limit]

    # -- checks
    def problems(self) -> list[str]:
        """Everything wrong with the guides: missing images, links, anchors, related ids."""
        found = []
        for guide in self._guides.values():
            where = guide.filename
            if guide.filename != f"{guide.id}.md":
                found.append(f"{where}: the file name should be {guide.id}.md")
            if any(h.level == 1 for h in guide.headings):
                found.append(f"{where}: use '##' headings; the title comes from front matter")
            for name in guide.images:
                if self.image(name) is None:
                    found.append(f"{where}: image {IMAGES}/{name} does not exist")
            for href in guide.links:
                target = resolve_link(href, guide.id)
                if target.kind == "guide" and not self.has_anchor(target.guide_id, target.anchor):
                    found.append(f"{where}: link {href!r} goes to no guide or section")
                elif target.kind == "image" and self.image(target.url) is None:
                    found.append(f"{where}: link {href!r} goes to no image")
                elif target.kind == "unknown":
                    found.append(f"{where}: link {href!r} is neither a guide nor a web address")
            for other in guide.related:
                if other not in self._guides:
                    found.append(f"{where}: related guide {other!r} does not exist")
        if self.reference is not None:
            found += self._translation_problems(self.reference)
        return found

    def _translation_problems(self, english: HelpIndex) -> list[str]:
        """A translation has every English guide, no other, and the same headings at
        the same levels (English anchors of context help find their sections)."""
        found = []
        folder = f"{self.language}/"
        for guide_id in english.ids():
            if guide_id not in self:
                found.append(f"{folder}{guide_id}.md: missing (the English guide exists)")
                continue
            ours = [h.level for h in self.get(guide_id).headings]
            theirs = [h.level for h in english.get(guide_id).headings]
            if ours != theirs:
                found.append(f"{folder}{guide_id}.md: headings differ from the English guide's "
                             f"(levels {ours} here, {theirs} there)")
        for guide_id in self.ids():
            if guide_id not in english:
                found.append(f"{folder}{guide_id}.md: no English guide has this id")
        return found


def _snippet_html(snippet: str) -> str:
    return html_escape(snippet).replace("\x02", "<b>").replace("\x03", "</b>")


def _box_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    kind = (tokens[idx].meta or {}).get("box")
    return f'<blockquote class="{kind}">\n' if kind else "<blockquote>\n"


#: Background and rule colours of the boxes in the help browser.
BOX_COLOURS = {"note": ("#eaf2fb", "#1a5fb4"), "tip": ("#eaf6ec", "#26a269"),
               "warning": ("#fdf0e6", "#c64600"), "": ("#f3f3f3", "#888888")}


def _box_table_open(self: Any, tokens: Sequence[Token], idx: int, options: Any,
                    env: Any) -> str:
    kind = (tokens[idx].meta or {}).get("box", "")
    background, rule = BOX_COLOURS[kind]
    return (f'<table class="box {kind}" width="100%" cellspacing="0" cellpadding="0" '
            f'style="margin-top: 6px; margin-bottom: 10px;"><tr>'
            f'<td width="4" bgcolor="{rule}"></td>'
            f'<td bgcolor="{background}" style="padding: 4px 10px 0px 10px;">\n')


def _box_table_close(self: Any, tokens: Sequence[Token], idx: int, options: Any,
                     env: Any) -> str:
    return "</td></tr></table>\n"


def _qt_table_open(self: Any, tokens: Sequence[Token], idx: int, options: Any,
                   env: Any) -> str:
    return '<table cellspacing="0" cellpadding="5" style="border-collapse: collapse;">\n'


def _qt_cell_open(self: Any, tokens: Sequence[Token], idx: int, options: Any,
                  env: Any) -> str:
    # an inline style on a cell makes QTextBrowser drop the stylesheet's borders
    token = tokens[idx]
    align = str(token.attrGet("style") or "").removeprefix("text-align:")
    return f'<{token.tag} align="{align}">' if align else f"<{token.tag}>"


def load_guides(root: Traversable) -> list[Guide]:
    guides = []
    for item in sorted(root.iterdir(), key=lambda t: t.name):
        if item.is_file() and item.name.endswith(".md") and item.name not in NOT_GUIDES:
            guides.append(parse_guide(item.read_text(encoding="utf-8"), item.name))
    return guides


def help_root(language: str = "en") -> Traversable:
    """The folder of the guides in `language` (`help/`, `help/es/`): a directory, a zip
    entry or a frozen bundle."""
    root = resources.files(PACKAGE)
    return root if language == "en" else root / language


def guide_language(language: str | None = None) -> str:
    """The language the guides are shown in: `language` (default: the interface's,
    `app.i18n.language()`) when the guides exist in it, else English."""
    from app import i18n

    wanted = language or i18n.language()
    return wanted if wanted in LANGUAGES and help_root(wanted).is_dir() else "en"


def load_index(language: str | None = None) -> HelpIndex:
    """The guides shipped with Cuentas in `language` (default: the interface's),
    loaded once per process and language."""
    return _load_index(guide_language(language))


@functools.cache
def _load_index(language: str) -> HelpIndex:
    if language == "en":
        root = help_root()
        return HelpIndex(load_guides(root), root)
    root = help_root(language)
    return HelpIndex(load_guides(root), root, language=language,
                     image_roots=(help_root(),), reference=_load_index("en"))


def clear_cache() -> None:
    """Forget the loaded guides (after their images were written again)."""
    _load_index.cache_clear()
