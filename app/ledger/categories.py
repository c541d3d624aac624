"""Categories: a tree of `Parent:Child` full names, each with a kind and a tax role.

Reports find tax and commission lines by `role`, never by name. Renaming or moving
a category rewrites the full names of its descendants; merging moves every split
line of the source onto the target (one UPDATE) and never loses one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.store.book import Book, UnitOfWork
from app.store.models import CATEGORY_KINDS, CATEGORY_ROLES, Category, Split


@dataclass(frozen=True)
class CategoryView:
    id: int
    name: str
    full_name: str
    parent_id: int | None
    kind: str
    role: str
    archived: bool
    line_count: int


def split_full_name(full_name: str, field: str = "category") -> list[str]:
    parts = [p.strip() for p in full_name.split(":")]
    if not full_name.strip() or any(not p for p in parts):
        raise BadInput(field, full_name, "is not a category name like Parent:Child")
    for part in parts:
        if len(part) > 200:
            raise BadInput(field, full_name, "has a part longer than 200 characters")
        if part.startswith("[") and part.endswith("]"):
            raise BadInput(field, full_name, "looks like a transfer ([Account]), not a category")
    return parts


def _check_kind_role(kind: str, role: str) -> None:
    if kind not in CATEGORY_KINDS:
        raise BadInput("--kind", kind, f"is not one of {', '.join(CATEGORY_KINDS)}")
    if role not in CATEGORY_ROLES:
        raise BadInput("--role", role, f"is not one of {', '.join(CATEGORY_ROLES)}")


def add_category(book: Book, full_name: str, kind: str, role: str = "none") -> CategoryView:
    """Add a category, creating missing parents with the same kind.

    Adding one that exists with the same kind and role changes nothing; with another
    kind or role it is bad input.
    """
    split_full_name(full_name)
    _check_kind_role(kind, role)
    with book.write(action="add categories") as uow:
        return _view(uow.session, add_category_in(uow, full_name, kind, role))


def add_category_in(uow: UnitOfWork, full_name: str, kind: str, role: str = "none") -> int:
    """The body of `add_category` inside a caller's unit of work (the importer creates
    the categories a file needs in the same transaction as its movements); returns
    the category's id."""
    parts = split_full_name(full_name)
    _check_kind_role(kind, role)
    wanted = ":".join(parts)
    existing = uow.session.scalars(select(Category).where(Category.full_name == wanted)).first()
    if existing is not None:
        if existing.kind != kind or existing.role != role:
            raise BadInput(
                "category", full_name,
                f"already exists as {existing.kind}/{existing.role}, not {kind}/{role}",
            )
        return existing.id
    parent_id: int | None = None
    for depth in range(1, len(parts) + 1):
        full = ":".join(parts[:depth])
        cat_id = uow.session.scalar(select(Category.id).where(Category.full_name == full))
        if cat_id is None:
            cat = Category(
                name=parts[depth - 1],
                parent_id=parent_id,
                kind=kind,
                role=role if depth == len(parts) else "none",
                full_name=full,
                archived=0,
            )
            uow.session.add(cat)
            uow.session.flush()
            uow.record("create", "category", cat.id,
                       {"full_name": [None, full], "kind": [None, kind],
                        "role": [None, cat.role]})
            cat_id = cat.id
        parent_id = cat_id
    assert parent_id is not None
    return parent_id


def _get(session: Session, category_id: int) -> Category:
    cat = session.get(Category, category_id)
    if cat is None:
        raise BadInput("category", category_id, "does not exist")
    return cat


def _rewrite_full_names(uow: UnitOfWork, root: Category, new_full: str) -> None:
    """Give `root` the full name `new_full` and rewrite every descendant's."""
    old_full = root.full_name
    if old_full == new_full:
        return
    clash = uow.session.scalar(
        select(Category.id).where(Category.full_name == new_full, Category.id != root.id)
    )
    if clash is not None:
        raise BadInput("category", new_full, "already exists")
    descendants = uow.session.scalars(
        select(Category).where(Category.full_name.startswith(old_full + ":", autoescape=True))
    ).all()
    root.full_name = new_full
    for cat in descendants:
        cat.full_name = new_full + cat.full_name[len(old_full):]
    uow.session.flush()


def rename_category(book: Book, category_id: int, new_name: str) -> CategoryView:
    parts = split_full_name(new_name, "name")
    if len(parts) != 1:
        raise BadInput("name", new_name, "may not contain ':' (use move to change the parent)")
    with book.write(action="rename categories") as uow:
        cat = _get(uow.session, category_id)
        if cat.name == parts[0]:
            return _view(uow.session, category_id)
        parent_full = cat.full_name.rpartition(":")[0]
        new_full = f"{parent_full}:{parts[0]}" if parent_full else parts[0]
        uow.record("update", "category", category_id, {"full_name": [cat.full_name, new_full]})
        _rewrite_full_names(uow, cat, new_full)
        cat.name = parts[0]
        return _view(uow.session, category_id)


def move_category(book: Book, category_id: int, new_parent_id: int | None) -> CategoryView:
    with book.write(action="move categories") as uow:
        cat = _get(uow.session, category_id)
        if new_parent_id is None:
            new_full = cat.name
        else:
            parent = _get(uow.session, new_parent_id)
            if parent.id == cat.id or parent.full_name.startswith(cat.full_name + ":"):
                raise BadInput("parent", parent.full_name, "is inside the category being moved")
            new_full = f"{parent.full_name}:{cat.name}"
        uow.record("update", "category", category_id, {"full_name": [cat.full_name, new_full]})
        _rewrite_full_names(uow, cat, new_full)
        cat.parent_id = new_parent_id
        return _view(uow.session, category_id)


def set_category_role(book: Book, category_id: int, kind: str, role: str) -> CategoryView:
    _check_kind_role(kind, role)
    with book.write(action="change categories") as uow:
        cat = _get(uow.session, category_id)
        changes = {}
        if cat.kind != kind:
            changes["kind"] = [cat.kind, kind]
        if cat.role != role:
            changes["role"] = [cat.role, role]
        if changes:
            uow.record("update", "category", category_id, changes)
            cat.kind, cat.role = kind, role
        return _view(uow.session, category_id)


def set_category_archived(book: Book, category_id: int, archived: bool = True) -> CategoryView:
    with book.write(action="archive categories") as uow:
        cat = _get(uow.session, category_id)
        if bool(cat.archived) != archived:
            uow.record("update", "category", category_id,
                       {"archived": [bool(cat.archived), archived]})
            cat.archived = int(archived)
        return _view(uow.session, category_id)


def merge_categories(book: Book, source_id: int, target_id: int) -> int:
    """Move every line (and child category) of `source` onto `target`, then delete
    `source`. Returns the number of lines moved."""
    if source_id == target_id:
        raise BadInput("target", target_id, "is the category being merged")
    with book.write(action="merge categories") as uow:
        source = _get(uow.session, source_id)
        target = _get(uow.session, target_id)
        if target.full_name.startswith(source.full_name + ":"):
            raise BadInput("target", target.full_name, "is inside the category being merged")
        moved = uow.session.scalar(
            select(func.count()).select_from(Split).where(Split.category_id == source_id)
        ) or 0
        uow.session.execute(
            update(Split).where(Split.category_id == source_id).values(category_id=target_id)
        )
        children = uow.session.scalars(
            select(Category).where(Category.parent_id == source_id)
        ).all()
        for child in children:
            child.parent_id = target_id
            _rewrite_full_names(uow, child, f"{target.full_name}:{child.name}")
        uow.record(
            "merge", "category", source_id,
            {"full_name": [source.full_name, None], "merged_into": [None, target.full_name],
             "lines_moved": [0, moved]},
        )
        uow.session.delete(source)
        return int(moved)


def _line_counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Split.category_id, func.count())
        .where(Split.category_id.is_not(None))
        .group_by(Split.category_id)
    ).all()
    return {int(cid): int(n) for cid, n in rows if cid is not None}


def _to_view(cat: Category, counts: dict[int, int]) -> CategoryView:
    return CategoryView(
        id=cat.id,
        name=cat.name,
        full_name=cat.full_name,
        parent_id=cat.parent_id,
        kind=cat.kind,
        role=cat.role,
        archived=bool(cat.archived),
        line_count=counts.get(cat.id, 0),
    )


def _view(session: Session, category_id: int) -> CategoryView:
    cat = _get(session, category_id)
    n = session.scalar(select(func.count()).select_from(Split).where(
        Split.category_id == category_id)) or 0
    return _to_view(cat, {category_id: int(n)})


def list_categories(
    book: Book, *, include_archived: bool = True, with_counts: bool = True
) -> list[CategoryView]:
    with book.read() as session:
        counts = _line_counts(session) if with_counts else {}
        cats = session.scalars(select(Category).order_by(Category.full_name)).all()
        return [
            _to_view(c, counts) for c in cats if include_archived or not c.archived
        ]


def find_category(book: Book, full_name: str, field: str = "category") -> CategoryView:
    wanted = ":".join(split_full_name(full_name, field))
    with book.read() as session:
        cat_id = session.scalar(select(Category.id).where(Category.full_name == wanted))
        if cat_id is None:
            raise BadInput(field, full_name, "is not a category of this book")
        return _view(session, cat_id)


def categories_by_role(book: Book) -> dict[str, list[CategoryView]]:
    """Active categories grouped by tax role (templates look tax lines up here)."""
    result: dict[str, list[CategoryView]] = {}
    for view in list_categories(book, include_archived=False, with_counts=False):
        result.setdefault(view.role, []).append(view)
    return result


def descendant_ids(book: Book, category_id: int) -> list[int]:
    """The category and every category below it (by full name, one query)."""
    with book.read() as session:
        full = session.scalar(select(Category.full_name).where(Category.id == category_id))
        if full is None:
            return []
        rows = session.scalars(
            select(Category.id).where(
                (Category.id == category_id)
                | Category.full_name.startswith(full + ":", autoescape=True)
            )
        ).all()
    return [int(r) for r in rows]
