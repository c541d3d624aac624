"""Categories: a tree of `Parent:Child` full names, each with a kind and a tax role.

Reports find tax and commission lines by `role`, never by name. Renaming or moving
a category rewrites the full names of its descendants; merging moves every split
line of the source onto the target (one UPDATE) and never loses one. Categories that
hold nothing can be removed and put back under their own ids (`delete_categories`,
`restore_categories`: what undoing and redoing an added category does).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import BadInput, has_control
from app.i18n import QT_TR_NOOP, plural, tr
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


#: Kinds as people read them in running text (source text: `kind_word` translates).
KIND_WORDS = {"income": QT_TR_NOOP("income"), "expense": QT_TR_NOOP("expense"),
              "tax": QT_TR_NOOP("tax")}


def kind_word(kind: str) -> str:
    return tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def split_full_name(full_name: str, field: str = "category") -> list[str]:
    parts = [p.strip() for p in full_name.split(":")]
    if not full_name.strip() or any(not p for p in parts):
        raise BadInput(field, full_name, tr("is not a category name like Parent:Child"))
    for part in parts:
        if len(part) > 200:
            raise BadInput(field, full_name, tr("has a part longer than 200 characters"))
        if part.startswith("[") and part.endswith("]"):
            raise BadInput(field, full_name,
                           tr("looks like a transfer ([Account]), not a category"))
    return parts


def _check_new_name(parts: list[str], full_name: str, field: str) -> None:
    """Rules for names written now (books that already hold such names keep them):
    no `=` (it ends a `--split` target: `Gastos:a=b=5` could never name it), no
    control characters, and not `[…]` as a whole (that is a transfer to an account)."""
    joined = ":".join(parts)
    if "=" in joined:
        raise BadInput(field, full_name, tr("may not contain = (it separates a split's target "
                                            "from its amount)"))
    if has_control(joined):
        raise BadInput(field, full_name, tr("contains a control character"))
    if joined.startswith("[") and joined.endswith("]"):
        raise BadInput(field, full_name,
                       tr("looks like a transfer ([Account]), not a category"))


def role_kind(role: str) -> str | None:
    """The kind a tax role needs: IVA and income-tax roles go on `tax` categories, the
    processor's `commission` on an `expense` one; `none` on any kind."""
    if role.startswith(("iva_", "income_tax_")):
        return "tax"
    if role == "commission":
        return "expense"
    return None


def _check_kind_role(kind: str, role: str) -> None:
    if kind not in CATEGORY_KINDS:
        raise BadInput("--kind", kind, tr("is not one of {items}").format(
            items=', '.join(CATEGORY_KINDS)))
    if role not in CATEGORY_ROLES:
        raise BadInput("--role", role, tr("is not one of {items}").format(
            items=', '.join(CATEGORY_ROLES)))
    needed = role_kind(role)
    if needed is not None and needed != kind:
        raise BadInput("--role", role, tr("goes on a category of kind {needed}, not {kind}")
                       .format(needed=kind_word(needed), kind=kind_word(kind)))


def _kind_of_parent(parent: Category, kind: str) -> None:
    if parent.kind != kind:
        raise BadInput("--kind", kind, tr("differs from {parent} ({parent_kind}); a "
                                          "subcategory has its parent's kind").format(
            parent=parent.full_name, parent_kind=kind_word(parent.kind)))


def add_category(book: Book, full_name: str, kind: str, role: str = "none") -> CategoryView:
    """Add a category, creating missing parents with the same kind.

    Adding one that exists with the same kind and role changes nothing; with another
    kind or role it is bad input.
    """
    split_full_name(full_name)
    _check_kind_role(kind, role)
    with book.write(action=QT_TR_NOOP("add categories")) as uow:
        return _view(uow.session, add_category_in(uow, full_name, kind, role))


def add_category_in(uow: UnitOfWork, full_name: str, kind: str, role: str = "none") -> int:
    """The body of `add_category` inside a caller's unit of work (the importer creates
    the categories a file needs in the same transaction as its movements); returns
    the category's id."""
    parts = split_full_name(full_name)
    _check_kind_role(kind, role)
    wanted = ":".join(parts)
    existing = uow.session.scalars(
        select(Category).where(Category.full_name == wanted)
    ).first()
    if existing is not None:
        if existing.kind != kind or existing.role != role:
            raise BadInput(
                "category", full_name,
                tr("already exists as {kind}/{role}, not {new_kind}/{new_role}").format(
                    kind=existing.kind, role=existing.role, new_kind=kind, new_role=role),
            )
        return existing.id
    _check_new_name(parts, full_name, "category")
    parent_id: int | None = None
    for depth in range(1, len(parts) + 1):
        full = ":".join(parts[:depth])
        found = uow.session.scalars(select(Category).where(Category.full_name == full)
                                    ).first()
        if found is not None:
            _kind_of_parent(found, kind)
        cat_id = found.id if found is not None else None
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
        raise BadInput("category", category_id, tr("does not exist"))
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
        raise BadInput("category", new_full, tr("already exists"))
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
        raise BadInput("name", new_name,
                       tr("may not contain ':' (use move to change the parent)"))
    _check_new_name(parts, new_name, "name")
    with book.write(action=QT_TR_NOOP("rename categories")) as uow:
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
    with book.write(action=QT_TR_NOOP("move categories")) as uow:
        cat = _get(uow.session, category_id)
        if new_parent_id is None:
            new_full = cat.name
        else:
            parent = _get(uow.session, new_parent_id)
            if parent.id == cat.id or parent.full_name.startswith(cat.full_name + ":"):
                raise BadInput("parent", parent.full_name,
                               tr("is inside the category being moved"))
            if parent.kind != cat.kind:
                raise BadInput("parent", parent.full_name, tr(
                    "is {parent_kind} and {category} is {kind}; a subcategory has its "
                    "parent's kind (change the kind first)").format(
                        parent_kind=kind_word(parent.kind), category=cat.full_name,
                        kind=kind_word(cat.kind)))
            new_full = f"{parent.full_name}:{cat.name}"
        uow.record("update", "category", category_id, {"full_name": [cat.full_name, new_full]})
        _rewrite_full_names(uow, cat, new_full)
        cat.parent_id = new_parent_id
        return _view(uow.session, category_id)


def set_category_role(book: Book, category_id: int, kind: str, role: str) -> CategoryView:
    """Change a category's kind and role. A subcategory keeps its parent's kind; a new
    kind on a category with subcategories is theirs too (refused when one of them has
    a role that does not fit it)."""
    _check_kind_role(kind, role)
    with book.write(action=QT_TR_NOOP("change categories")) as uow:
        cat = _get(uow.session, category_id)
        changes = {}
        if cat.kind != kind:
            changes["kind"] = [cat.kind, kind]
            if cat.parent_id is not None:
                _kind_of_parent(_get(uow.session, cat.parent_id), kind)
            below = uow.session.scalars(select(Category).where(
                Category.full_name.startswith(cat.full_name + ":", autoescape=True))).all()
            for child in below:
                needed = role_kind(child.role)
                if needed is not None and needed != kind:
                    raise BadInput("--kind", kind, tr(
                        "does not fit {category} (role {role}, kind {needed}); change its "
                        "role first").format(category=child.full_name, role=child.role,
                                             needed=kind_word(needed)))
            for child in below:
                if child.kind != kind:
                    uow.record("update", "category", child.id, {"kind": [child.kind, kind]})
                    child.kind = kind
        if cat.role != role:
            changes["role"] = [cat.role, role]
        if changes:
            uow.record("update", "category", category_id, changes)
            cat.kind, cat.role = kind, role
        return _view(uow.session, category_id)


def set_category_archived(book: Book, category_id: int, archived: bool = True) -> CategoryView:
    with book.write(action=QT_TR_NOOP("archive categories")) as uow:
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
        raise BadInput("target", target_id, tr("is the category being merged"))
    with book.write(action=QT_TR_NOOP("merge categories")) as uow:
        source = _get(uow.session, source_id)
        target = _get(uow.session, target_id)
        if target.full_name.startswith(source.full_name + ":"):
            raise BadInput("target", target.full_name,
                           tr("is inside the category being merged"))
        if target.kind != source.kind and uow.session.scalar(
                select(Category.id).where(Category.parent_id == source_id).limit(1)):
            raise BadInput("target", target.full_name, tr(
                "is {target_kind} and the subcategories of {source} are {source_kind}; a "
                "subcategory has its parent's kind").format(
                    target_kind=kind_word(target.kind), source=source.full_name,
                    source_kind=kind_word(source.kind)))
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


def delete_categories(book: Book, category_ids: Sequence[int]) -> None:
    """Remove categories that hold no split line and have no subcategory outside them
    (what taking back an added category does; a category in use is merged instead).
    All of them go, or none (bad input naming the first one in use)."""
    wanted = set(category_ids)
    if not wanted:
        return
    with book.write(action=QT_TR_NOOP("remove categories")) as uow:
        cats = [_get(uow.session, cid) for cid in sorted(wanted)]
        used = dict(uow.session.execute(
            select(Split.category_id, func.count()).where(Split.category_id.in_(wanted))
            .group_by(Split.category_id)).all())
        for cat in cats:
            if used.get(cat.id):
                raise BadInput("category", cat.full_name,
                               plural(used[cat.id], tr("holds 1 split line; merge it instead"),
                                      tr("holds {n} split lines; merge it instead")).format(
                                   n=used[cat.id]))
        inside = uow.session.scalars(select(Category).where(
            Category.parent_id.in_(wanted), Category.id.not_in(wanted))).first()
        if inside is not None:
            raise BadInput("category", inside.full_name.rpartition(":")[0],
                           tr("has the subcategory {category}").format(
                               category=inside.full_name))
        for cat in sorted(cats, key=lambda c: c.full_name.count(":"), reverse=True):
            uow.record("delete", "category", cat.id,
                       {"full_name": [cat.full_name, None], "kind": [cat.kind, None],
                        "role": [cat.role, None]})
            uow.session.delete(cat)
            uow.session.flush()


def restore_categories(book: Book, views: Sequence[CategoryView]) -> list[CategoryView]:
    """Put back categories `delete_categories` removed, each under its own id (so
    whatever names them by id — an undo step, a split line — finds it again), parents
    first. Bad input when an id or a full name has been taken meanwhile; then nothing
    is put back."""
    restored: list[int] = []
    with book.write(action=QT_TR_NOOP("add categories")) as uow:
        for view in sorted(views, key=lambda v: v.full_name.count(":")):
            if uow.session.get(Category, view.id) is not None:
                raise BadInput("category", view.full_name,
                               tr("cannot be put back: another category took its place"))
            parent = _get(uow.session, view.parent_id) if view.parent_id else None
            full = f"{parent.full_name}:{view.name}" if parent is not None else view.name
            if uow.session.scalar(select(Category.id).where(Category.full_name == full)):
                raise BadInput("category", full, tr("already exists"))
            cat = Category(id=view.id, name=view.name, parent_id=view.parent_id,
                           kind=view.kind, role=view.role, full_name=full,
                           archived=int(view.archived))
            uow.session.add(cat)
            uow.session.flush()
            uow.record("create", "category", cat.id,
                       {"full_name": [None, full], "kind": [None, cat.kind],
                        "role": [None, cat.role]})
            restored.append(cat.id)
        return [_view(uow.session, cid) for cid in restored]


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
            raise BadInput(field, full_name, tr("is not a category of this book"))
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
