"""Saved CSV mappings: a bank's column layout, named, remembered per account.

A mapping is saved from the desktop's mapping page (or the command line's
`import --save-mapping NAME`) and used again by name (`import --mapping NAME`); the
import dialog offers the mapping last saved for the chosen account first, so next
month's statement from the same bank needs no mapping work at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from sqlalchemy import select

from app.dates import now_iso
from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.imports.csv import CsvMapping
from app.store.book import Book
from app.store.models import Account, ImportMapping


@dataclass(frozen=True)
class SavedMapping:
    name: str
    account_id: int | None
    mapping: CsvMapping
    updated_at: str


def list_mappings(book: Book) -> list[SavedMapping]:
    with book.read() as session:
        rows = session.scalars(select(ImportMapping).order_by(ImportMapping.name)).all()
        return [SavedMapping(r.name, r.account_id,
                             replace(CsvMapping.from_json(json.loads(r.payload)), name=r.name),
                             r.updated_at) for r in rows]


def find_mapping(book: Book, name: str, field: str = "--mapping") -> CsvMapping:
    wanted = " ".join(name.split()).casefold()
    for saved in list_mappings(book):
        if saved.name.casefold() == wanted:
            return saved.mapping
    raise BadInput(field, name, tr("is not a saved mapping of this book (save one from "
                                   "File ▸ Import… in the desktop app, or with "
                                   "--save-mapping)"))


def mapping_for_account(book: Book, account_id: int) -> CsvMapping | None:
    """The mapping saved most recently for `account_id`, if any."""
    mine = [m for m in list_mappings(book) if m.account_id == account_id]
    if not mine:
        return None
    return max(mine, key=lambda m: m.updated_at).mapping


def save_mapping(book: Book, name: str, mapping: CsvMapping,
                 account_id: int | None = None) -> SavedMapping:
    """Save (or replace) the mapping `name`, remembered for `account_id`."""
    clean = " ".join(name.split())
    if not clean:
        raise BadInput("name", name, tr("is empty; a saved mapping needs a name"))
    if len(clean) > 200:
        raise BadInput("name", name, tr("is longer than 200 characters"))
    mapping = replace(mapping, name=clean)
    mapping.check()
    payload = json.dumps(mapping.to_json(), ensure_ascii=False, sort_keys=True)
    stamp = now_iso()
    with book.write(action=QT_TR_NOOP("save import mappings")) as uow:
        session = uow.session
        if account_id is not None and session.get(Account, account_id) is None:
            raise BadInput("account", account_id, tr("does not exist"))
        row = session.scalars(select(ImportMapping).where(ImportMapping.name == clean)).first()
        if row is None:
            row = ImportMapping(name=clean, account_id=account_id, payload=payload,
                                updated_at=stamp)
            session.add(row)
            session.flush()
            uow.record("create", "import_mapping", row.id, {"name": [None, clean]})
        else:
            uow.record("update", "import_mapping", row.id, {"payload": [row.payload, payload]})
            row.payload, row.account_id, row.updated_at = payload, account_id, stamp
    return SavedMapping(clean, account_id, mapping, stamp)


def delete_mapping(book: Book, name: str) -> None:
    with book.write(action=QT_TR_NOOP("save import mappings")) as uow:
        row = uow.session.scalars(select(ImportMapping).where(
            ImportMapping.name == " ".join(name.split()))).first()
        if row is None:
            raise BadInput("mapping", name, tr("is not a saved mapping of this book"))
        uow.record("delete", "import_mapping", row.id, {"name": [row.name, None]})
        uow.session.delete(row)
