"""Category totals over split lines: each line counts in its own category only.

Transfer lines are not income or expense and are left out; uncategorized lines are
one row with an empty name. `category_totals` is the flat list (the CSV contract:
each category's own lines); `category_report` arranges it as the category tree in
income, expense and tax sections, with a subtotal on every parent. One aggregate
query either way; the tree is built from the (few) category rows, never from lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.i18n import QT_TR_NOOP, tr
from app.reports import Period
from app.reports._sql import covers_every_date, in_period, not_transfer
from app.store.book import Book
from app.store.models import Category, Split, Transaction

#: Section order in the report: kind -> title (source text: shown through `tr()`).
SECTIONS = (("income", QT_TR_NOOP("Income")), ("expense", QT_TR_NOOP("Expenses")),
            ("tax", QT_TR_NOOP("Taxes")))


@dataclass(frozen=True)
class CategoryTotal:
    category_id: int | None
    category: str
    kind: str
    role: str
    amount: int
    lines: int


@dataclass(frozen=True)
class CategoryNode:
    """A category in the tree: its own lines, and its subtree's (`subtotal`)."""

    category_id: int
    name: str
    full_name: str
    kind: str
    role: str
    depth: int
    own: int
    own_lines: int
    subtotal: int
    lines: int
    children: tuple[CategoryNode, ...] = ()

    def walk(self) -> list[CategoryNode]:
        """This node and its descendants, depth first (the order a tree shows them)."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True)
class CategorySection:
    kind: str
    title: str
    total: int
    lines: int
    roots: tuple[CategoryNode, ...]

    def walk(self) -> list[CategoryNode]:
        return [node for root in self.roots for node in root.walk()]


@dataclass(frozen=True)
class CategoryReport:
    period: Period
    account_id: int | None
    sections: tuple[CategorySection, ...]
    uncategorized: int
    uncategorized_lines: int

    @property
    def total(self) -> int:
        """Every category and uncategorized line of the period (transfers excluded)."""
        return sum(s.total for s in self.sections) + self.uncategorized

    def section(self, kind: str) -> CategorySection | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def node(self, full_name: str) -> CategoryNode | None:
        for section in self.sections:
            for node in section.walk():
                if node.full_name == full_name:
                    return node
        return None


def _sums(
    book: Book, period: Period, account_id: int | None
) -> list[tuple[int | None, int, int]]:
    query = (
        select(Split.category_id, func.sum(Split.amount_cents), func.count())
        .where(not_transfer())
        .group_by(Split.category_id)
    )
    with book.read() as session:
        if account_id is not None or not covers_every_date(session, period):
            # Without a period (or one spanning every date) and an account no join is
            # needed: the sum reads only the covering index of revision 0005.
            query = query.join(Transaction, Transaction.id == Split.transaction_id).where(
                *in_period(period, account_id))
        return [(cid, int(total), int(n)) for cid, total, n in session.execute(query).all()]


def _categories(book: Book) -> list[tuple[int, str, int | None, str, str, str]]:
    with book.read() as session:
        return [
            (c.id, c.name, c.parent_id, c.full_name, c.kind, c.role)
            for c in session.execute(
                select(Category.id, Category.name, Category.parent_id, Category.full_name,
                       Category.kind, Category.role).order_by(Category.full_name)
            ).all()
        ]


def category_totals(
    book: Book, period: Period | None = None, account_id: int | None = None
) -> list[CategoryTotal]:
    """One row per category with lines in the period, its own lines only."""
    sums = _sums(book, period or Period(), account_id)
    names = {c[0]: (c[3], c[4], c[5]) for c in _categories(book)}
    out = []
    for cid, total, n in sums:
        name, kind, role = names.get(cid, ("", "", "none")) if cid is not None else ("", "", "none")
        out.append(CategoryTotal(cid, name, kind, role, total, n))
    out.sort(key=lambda r: (r.category == "", r.category))
    return out


def category_report(
    book: Book, period: Period | None = None, account_id: int | None = None
) -> CategoryReport:
    """The category tree of a period, in income / expense / tax sections.

    Each category sits in the section of its own kind; a parent of another kind still
    shows as a heading there (with only its children's subtotal), so every line is
    counted once, in its own category's section. Categories without lines in the
    period and without descendants that have some are left out.
    """
    period = period or Period()
    sums = _sums(book, period, account_id)
    cats = _categories(book)
    own = {cid: (total, n) for cid, total, n in sums if cid is not None}
    uncategorized = next(((t, n) for cid, t, n in sums if cid is None), (0, 0))
    by_id = {c[0]: c for c in cats}
    children: dict[int | None, list[int]] = {}
    for c in cats:
        parent = c[2] if c[2] in by_id else None
        children.setdefault(parent, []).append(c[0])

    def build(cid: int, kind: str, depth: int) -> CategoryNode | None:
        _id, name, _parent, full_name, ckind, role = by_id[cid]
        mine = own.get(cid, (0, 0)) if ckind == kind else (0, 0)
        kids = [n for k in children.get(cid, []) if (n := build(k, kind, depth + 1))]
        if not kids and (ckind != kind or cid not in own):
            return None
        return CategoryNode(
            category_id=cid, name=name, full_name=full_name, kind=ckind, role=role,
            depth=depth, own=mine[0], own_lines=mine[1],
            subtotal=mine[0] + sum(k.subtotal for k in kids),
            lines=mine[1] + sum(k.lines for k in kids), children=tuple(kids),
        )

    sections = []
    for kind, title in SECTIONS:
        roots = tuple(n for cid in children.get(None, []) if (n := build(cid, kind, 0)))
        if roots:
            sections.append(CategorySection(kind, tr(title), sum(r.subtotal for r in roots),
                                            sum(r.lines for r in roots), roots))
    return CategoryReport(period, account_id, tuple(sections), uncategorized[0],
                          uncategorized[1])


