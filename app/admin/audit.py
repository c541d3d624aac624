"""Reading the audit trail: who changed what, when, from what to what.

Entries are *written* only by `app.store.book.UnitOfWork.record`, inside the same
transaction as the change they describe, so an entry never exists without its
change nor a change without its entry. This module only reads them: filtered
lists for the audit log view and `cuentas audit`, and the *History* of one
transaction, with values made readable (amounts in the book's locale, category and
account ids turned into names).

Dates given as filters are days of this computer's calendar; entries carry UTC
timestamps (`2026-03-10T18:04:05.123456Z`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from app.errors import BadInput
from app.i18n import tr
from app.money import format_amount
from app.store.book import Book, BookInfo
from app.store.models import Account, AuditEntry, Category, Split, User


@dataclass(frozen=True)
class Change:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str
    user: str
    action: str
    entity: str
    entity_id: str
    changes: tuple[Change, ...]

    @property
    def changes_json(self) -> str:
        return json.dumps({c.field: [c.before, c.after] for c in self.changes},
                          ensure_ascii=False, sort_keys=True, default=str)

    def local_time(self) -> datetime:
        """When it happened, in this computer's time zone."""
        return datetime.strptime(self.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
            tzinfo=UTC).astimezone()


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to read. Dates are inclusive days (`YYYY-MM-DD`, local)."""

    since: str | None = None
    until: str | None = None
    user: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    action: str | None = None

    @classmethod
    def checked(cls, *, since: str | None = None, until: str | None = None,
                user: str | None = None, entity: str | None = None,
                entity_id: str | None = None, action: str | None = None,
                fields: tuple[str, str] = ("since", "until")) -> AuditFilter:
        """A filter from what a person typed; bad dates are `BadInput` naming `fields`."""
        start = _day(since, fields[0])
        end = _day(until, fields[1])
        if start and end and end < start:
            raise BadInput(fields[1], until, tr("is before {field} ({since})").format(
                field=fields[0], since=since))
        return cls(start, end, (user or "").strip() or None, (entity or "").strip() or None,
                   (entity_id or "").strip() or None, (action or "").strip() or None)


#: What entries are about (the `entity` of `UnitOfWork.record`); `check_names` also
#: takes any other kind the book's trail holds (written by another Cuentas).
ENTITIES = ("account", "category", "feature_flag", "line", "setting", "tax_rate",
            "template", "transaction", "user")


def check_names(book: Book, f: AuditFilter,
                fields: tuple[str, str, str] = ("user", "entity", "entity_id")) -> None:
    """`BadInput` when a filter names nothing that exists, instead of an empty answer
    that looks like 'nothing happened': a user that is neither a profile nor in the
    trail, an entity kind that is not one, an id that no entry (of that kind) has."""
    with book.read() as session:
        if f.user:
            wanted = f.user.casefold()
            known = {n.casefold() for n in session.scalars(select(User.name)).all()}
            known |= {n.casefold() for n in session.scalars(
                select(AuditEntry.user_name).distinct()).all()}
            if wanted not in known:
                raise BadInput(fields[0], f.user, tr("is not a user of this book "
                                                     "(cuentas users list shows them)"))
        if f.entity and f.entity not in ENTITIES and session.scalar(
                select(AuditEntry.id).where(AuditEntry.entity == f.entity).limit(1)) is None:
            raise BadInput(fields[1], f.entity, tr("is not one of {items}").format(
                items=', '.join(ENTITIES)))
        if f.entity_id:
            query = select(AuditEntry.id).where(AuditEntry.entity_id == f.entity_id)
            if f.entity:
                query = query.where(AuditEntry.entity == f.entity)
            if session.scalar(query.limit(1)) is None:
                text = (tr("is not the id of any {entity} entry in the audit trail")
                        if f.entity else tr("is not the id of any entry in the audit trail"))
                raise BadInput(fields[2], f.entity_id, text.format(entity=f.entity))


def _day(text: str | None, field: str) -> str | None:
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise BadInput(field, text, tr("is not a date as YYYY-MM-DD")) from None


def _utc_start_of(day: str) -> str:
    """Local midnight of `day` as the UTC text the entries are stamped with."""
    local = datetime.combine(date.fromisoformat(day), time.min).astimezone()
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _conditions(f: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.since:
        where.append(AuditEntry.at >= _utc_start_of(f.since))
    if f.until:
        next_day = (date.fromisoformat(f.until) + timedelta(days=1)).isoformat()
        where.append(AuditEntry.at < _utc_start_of(next_day))
    if f.user:
        where.append(func.lower(AuditEntry.user_name) == f.user.lower())
    if f.entity:
        where.append(AuditEntry.entity == f.entity)
    if f.entity_id:
        where.append(AuditEntry.entity_id == f.entity_id)
    if f.action:
        where.append(AuditEntry.action == f.action)
    return where


def _record(row: AuditEntry) -> AuditRecord:
    try:
        raw = json.loads(row.changes or "{}")
    except json.JSONDecodeError:
        raw = {"changes": [None, row.changes]}
    changes = tuple(
        Change(k, *(v if isinstance(v, list) and len(v) == 2 else [None, v]))
        for k, v in (raw.items() if isinstance(raw, dict) else [])
    )
    return AuditRecord(row.id, row.at, row.user_name, row.action, row.entity, row.entity_id,
                       changes)


def _read(book: Book, query: Select[AuditEntry]) -> list[AuditRecord]:
    with book.read() as session:
        return [_record(row) for row in session.scalars(query).all()]


def find_entries(book: Book, f: AuditFilter | None = None, *, newest_first: bool = True,
                 limit: int | None = None, offset: int = 0) -> list[AuditRecord]:
    """Entries matching `f`, newest first by default, one page at a time."""
    order = ((AuditEntry.at.desc(), AuditEntry.id.desc()) if newest_first
             else (AuditEntry.at, AuditEntry.id))
    query = select(AuditEntry).where(*_conditions(f or AuditFilter())).order_by(*order)
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return _read(book, query)


def count_entries(book: Book, f: AuditFilter | None = None) -> int:
    with book.read() as session:
        query = select(func.count(AuditEntry.id)).where(*_conditions(f or AuditFilter()))
        return int(session.scalar(query) or 0)


def history(book: Book, entity: str, entity_id: object) -> list[AuditRecord]:
    """Every entry about one thing, oldest first."""
    query = (select(AuditEntry)
             .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
             .order_by(AuditEntry.at, AuditEntry.id))
    return _read(book, query)


def transaction_history(book: Book, txn_id: int) -> list[AuditRecord]:
    """The History of one transaction, oldest first: its own entries and those of its
    current lines (a transfer's counterpart line changed from the other side)."""
    with book.read() as session:
        line_ids = [str(i) for i in session.scalars(
            select(Split.id).where(Split.transaction_id == txn_id)).all()]
    about_txn = and_(AuditEntry.entity == "transaction", AuditEntry.entity_id == str(txn_id))
    about_lines = and_(AuditEntry.entity == "line", AuditEntry.entity_id.in_(line_ids))
    query = (select(AuditEntry).where(or_(about_txn, about_lines) if line_ids else about_txn)
             .order_by(AuditEntry.at, AuditEntry.id))
    return _read(book, query)


def audit_users(book: Book) -> list[str]:
    """Names that appear in the trail (for a filter's choices)."""
    with book.read() as session:
        return sorted(session.scalars(select(AuditEntry.user_name).distinct()).all(),
                      key=str.casefold)


def audit_entities(book: Book) -> list[str]:
    with book.read() as session:
        return sorted(session.scalars(select(AuditEntry.entity).distinct()).all())


# ---------------------------------------------------------------- readable values

#: Fields whose values are amounts in minor units.
MONEY_FIELDS = frozenset({"amount", "opening", "opening_balance_cents", "amount_cents",
                          "taxable_base", "taxable_base_cents"})
BOOL_FIELDS = frozenset({"cleared", "archived"})


@dataclass(frozen=True)
class Names:
    """Category, account and profile names by id, to show ids as people know them."""

    categories: dict[int, str]
    accounts: dict[int, str]
    users: dict[int, str]
    info: BookInfo

    @classmethod
    def of(cls, book: Book) -> Names:
        with book.read() as session:
            cats = dict(session.execute(select(Category.id, Category.full_name)).all())
            accounts = dict(session.execute(select(Account.id, Account.name)).all())
            users = dict(session.execute(select(User.id, User.name)).all())
        return cls(cats, accounts, users, book.info)

    def entity(self, entity: str, entity_id: str) -> str:
        """The name of what an entry is about ('' when it has none to show)."""
        by_id = {"account": self.accounts, "category": self.categories,
                 "user": self.users}.get(entity)
        if by_id is not None and entity_id.isdigit():
            return by_id.get(int(entity_id), "")
        if entity == "feature_flag":
            from app.admin.flags import REGISTRY as FLAGS

            return FLAGS[entity_id].title if entity_id in FLAGS else entity_id
        if entity == "setting":
            from app.admin.book_settings import REGISTRY as SETTINGS

            return SETTINGS[entity_id].title if entity_id in SETTINGS else entity_id
        return ""

    def money(self, value: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            return format_amount(value, self.info.exp, self.info.locale)
        return str(value)

    def target(self, value: Any) -> str:
        """A line's target as the snapshot keeps it: a category id, `[account id]`, None."""
        if value is None:
            return "(uncategorized)"
        if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
            try:
                return f"[{self.accounts.get(int(value[1:-1]), value[1:-1])}]"
            except ValueError:
                return value
        if isinstance(value, int):
            return self.categories.get(value, f"category #{value} (deleted)")
        return str(value)


def show_value(field: str, value: Any, names: Names) -> str:
    """A value of the trail as a person reads it ('—' for nothing)."""
    if value is None or value == "":
        return "—"
    if field in MONEY_FIELDS:
        return names.money(value)
    if field in BOOL_FIELDS and isinstance(value, bool | int):
        return "yes" if value else "no"
    if field in ("account_id", "transfer_account_id") and isinstance(value, int):
        return names.accounts.get(value, f"account #{value}")
    if field in ("category_id", "parent_id") and isinstance(value, int):
        return names.categories.get(value, f"category #{value}")
    if field == "lines" and isinstance(value, list):
        return "; ".join(show_lines(value, names))
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def show_lines(value: list[Any], names: Names) -> list[str]:
    """The `lines` of a transaction snapshot, one readable text per line."""
    return [_show_line(line, names) for line in value]


def _show_line(line: Any, names: Names) -> str:
    if isinstance(line, Sequence) and not isinstance(line, str) and len(line) >= 2:
        text = f"{names.target(line[0])} {names.money(line[1])}"
        if len(line) > 2 and line[2]:
            text += f" ({line[2]})"
        return text
    return str(line)
