"""Whether people use splits: computed from the book (read queries only) and from the
editor's counters on this computer.

- per month, the share of transactions with several lines;
- the most common split configurations: the set of targets (categories, `[Account]`
  for a transfer, `(uncategorized)`) a split transaction's lines go to;
- template use (applied in the split editor, counted on this computer by template
  name — never by the title of a "last split" suggestion, which names a payee);
- the split editor opened, saved, cancelled: its completion rate;
- users active per month, from the audit log (on a shared book: who entered what).

Everything covers the last `months` months up to today; no amount is read or returned.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select

from app.i18n import tr
from app.monitor import metrics
from app.store.book import Book
from app.store.models import Account, AuditEntry, Category, Split, Transaction

UNCATEGORIZED = "(uncategorized)"
#: Pseudo-template name for "use the payee's last split" in the editor.
LAST_SPLIT = "last-split"


@dataclass(frozen=True)
class MonthShare:
    month: str  # YYYY-MM
    transactions: int
    split: int

    @property
    def percent(self) -> Decimal:
        if not self.transactions:
            return Decimal("0.0")
        return (Decimal(self.split) * 100 / Decimal(self.transactions)).quantize(
            Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class Configuration:
    targets: tuple[str, ...]
    transactions: int


@dataclass(frozen=True)
class TemplateUse:
    name: str
    title: str
    uses: int


@dataclass(frozen=True)
class EditorUse:
    opened: int
    saved: int
    cancelled: int

    @property
    def completion_percent(self) -> Decimal | None:
        """Saved out of the sessions that ended (saved + cancelled)."""
        ended = self.saved + self.cancelled
        if not ended:
            return None
        return (Decimal(self.saved) * 100 / Decimal(ended)).quantize(Decimal("0.1"),
                                                                      ROUND_HALF_UP)


@dataclass(frozen=True)
class ActiveUsers:
    month: str
    users: tuple[str, ...]


@dataclass(frozen=True)
class Adoption:
    since: str  # YYYY-MM-01
    months: tuple[MonthShare, ...]
    configurations: tuple[Configuration, ...]
    templates: tuple[TemplateUse, ...]
    editor: EditorUse
    active_users: tuple[ActiveUsers, ...]

    @property
    def transactions(self) -> int:
        return sum(m.transactions for m in self.months)

    @property
    def split(self) -> int:
        return sum(m.split for m in self.months)

    @property
    def percent(self) -> Decimal:
        return MonthShare("", self.transactions, self.split).percent


def first_month(today: date, months: int) -> str:
    """The first day of the month `months - 1` months before `today`'s."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return f"{index // 12:04d}-{index % 12 + 1:02d}-01"


def _month_shares(book: Book, since: str) -> list[MonthShare]:
    lines = (select(func.count()).where(Split.transaction_id == Transaction.id)
             .correlate(Transaction).scalar_subquery())
    month = func.substr(Transaction.date, 1, 7)
    with book.read() as session:
        rows = session.execute(
            select(month, func.count(), func.sum(case((lines > 1, 1), else_=0)))
            .where(Transaction.date >= since).group_by(month).order_by(month)).all()
    return [MonthShare(str(m), int(n), int(s or 0)) for m, n, s in rows]


def _configurations(book: Book, since: str, top: int) -> list[Configuration]:
    several = (select(Split.transaction_id).join(Transaction,
                                                 Transaction.id == Split.transaction_id)
               .where(Transaction.date >= since).group_by(Split.transaction_id)
               .having(func.count() > 1))
    with book.read() as session:
        rows = session.execute(
            select(Split.transaction_id, Category.full_name, Account.name)
            .outerjoin(Category, Category.id == Split.category_id)
            .outerjoin(Account, Account.id == Split.transfer_account_id)
            .where(Split.transaction_id.in_(several))).all()
    targets: dict[int, set[str]] = {}
    for txn_id, category, account in rows:
        name = category or (f"[{account}]" if account else UNCATEGORIZED)
        targets.setdefault(txn_id, set()).add(name)
    counted = Counter(tuple(sorted(names)) for names in targets.values())
    ranked = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [Configuration(names, n) for names, n in ranked]


def _active_users(book: Book, since: str) -> list[ActiveUsers]:
    month = func.substr(AuditEntry.at, 1, 7)
    with book.read() as session:
        rows = session.execute(
            select(month, AuditEntry.user_name).where(AuditEntry.at >= since)
            .group_by(month, AuditEntry.user_name).order_by(month, AuditEntry.user_name)).all()
    by_month: dict[str, list[str]] = {}
    for m, name in rows:
        by_month.setdefault(str(m), []).append(str(name))
    return [ActiveUsers(m, tuple(names)) for m, names in by_month.items()]


def counters(names: tuple[str, ...], since_day: str) -> dict[tuple[str, str], int]:
    """(name, label) -> total of this computer's counters since `since_day`."""
    metrics.flush()
    marks = ", ".join("?" for _ in names)
    try:
        with metrics.opened() as conn:
            rows = conn.execute(
                f"SELECT name, label, sum(n) FROM counters WHERE day >= ? AND name IN ({marks}) "
                "GROUP BY name, label", (since_day, *names)).fetchall()
    except Exception:
        return {}
    return {(str(n), str(label)): int(total) for n, label, total in rows}


def _templates(book: Book, counted: dict[tuple[str, str], int]) -> list[TemplateUse]:
    from app.ledger.templates import list_templates

    titles = {info.name: info.title for info in list_templates(book)}
    titles[LAST_SPLIT] = tr("The payee's last split")
    uses = [TemplateUse(label, titles.get(label, label), n)
            for (name, label), n in counted.items() if name == "template.applied"]
    return sorted(uses, key=lambda u: (-u.uses, u.title))


def compute(book: Book, *, months: int = 12, today: date | None = None,
            top: int = 8) -> Adoption:
    """The adoption figures of `book` over the last `months` months."""
    since = first_month(today or date.today(), months)
    counted = counters(("template.applied", "split_editor.opened", "split_editor.saved",
                        "split_editor.cancelled"), since)
    editor = EditorUse(*(counted.get((f"split_editor.{k}", ""), 0)
                         for k in ("opened", "saved", "cancelled")))
    return Adoption(
        since=since,
        months=tuple(_month_shares(book, since)),
        configurations=tuple(_configurations(book, since, top)),
        templates=tuple(_templates(book, counted)),
        editor=editor,
        active_users=tuple(_active_users(book, since)),
    )

