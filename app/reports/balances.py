"""Account balances: at a date, and over time (one point per month or quarter end).

A balance is the opening balance plus every transaction amount up to the date —
transfers included, since they move money between accounts. Over time, the balance
at each period end comes from a running SUM() OVER per account (one statement);
periods without movements carry the previous balance forward.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select, true

from app.reports import Period, check_grouping, period_label
from app.reports._sql import period_key
from app.store.book import Book
from app.store.models import Account, Transaction


@dataclass(frozen=True)
class AccountBalance:
    account_id: int
    account: str
    kind: str
    archived: bool
    opening: int
    #: The balance the day before the period starts (the opening balance without a start).
    start: int
    change: int
    transactions: int

    @property
    def balance(self) -> int:
        """The balance at the end of the period."""
        return self.start + self.change


@dataclass(frozen=True)
class BalancesReport:
    period: Period
    account_id: int | None
    rows: tuple[AccountBalance, ...]

    @property
    def total(self) -> int:
        return sum(r.balance for r in self.rows)


@dataclass(frozen=True)
class BalanceSeries:
    account_id: int
    account: str
    points: tuple[tuple[str, int], ...]  # (period key, balance at its end)


@dataclass(frozen=True)
class BalanceHistory:
    period: Period
    account_id: int | None
    by: str
    periods: tuple[str, ...]
    series: tuple[BalanceSeries, ...]


def account_balances(
    book: Book, period: Period | None = None, account_id: int | None = None
) -> BalancesReport:
    """Every account (archived included): its balance before and through the period."""
    period = period or Period()
    inside = Transaction.date >= period.date_from if period.date_from else true()
    totals = (
        select(
            Transaction.account_id.label("aid"),
            func.sum(case((inside, Transaction.amount_cents), else_=0)).label("change"),
            func.sum(case((inside, 0), else_=Transaction.amount_cents)).label("before"),
            func.count(case((inside, Transaction.id))).label("n"),
        )
        .group_by(Transaction.account_id)
    )
    if period.date_to:
        totals = totals.where(Transaction.date <= period.date_to)
    if account_id is not None:
        totals = totals.where(Transaction.account_id == account_id)
    sub = totals.subquery()
    query = (
        select(Account.id, Account.name, Account.kind, Account.archived,
               Account.opening_balance_cents, sub.c.change, sub.c.before, sub.c.n)
        .outerjoin(sub, sub.c.aid == Account.id)
        .order_by(Account.name)
    )
    if account_id is not None:
        query = query.where(Account.id == account_id)
    with book.read() as session:
        rows = tuple(
            AccountBalance(
                account_id=aid, account=name, kind=kind, archived=bool(archived),
                opening=int(opening), start=int(opening) + int(prior or 0),
                change=int(change or 0), transactions=int(n or 0),
            )
            for aid, name, kind, archived, opening, change, prior, n
            in session.execute(query).all()
        )
    return BalancesReport(period, account_id, rows)


def balance_history(
    book: Book, period: Period | None = None, account_id: int | None = None, by: str = "month"
) -> BalanceHistory:
    """Each account's balance at the end of every period from the first movement (or the
    period's start) to the last (or the period's end)."""
    period = period or Period()
    check_grouping(by)
    start = account_balances(book, period, account_id)
    key = period_key(Transaction.date, by).label("k")
    per_period = select(Transaction.account_id, key, func.sum(Transaction.amount_cents)) \
        .group_by(Transaction.account_id, key)
    if period.date_from:
        per_period = per_period.where(Transaction.date >= period.date_from)
    if period.date_to:
        per_period = per_period.where(Transaction.date <= period.date_to)
    if account_id is not None:
        per_period = per_period.where(Transaction.account_id == account_id)
    sub = per_period.subquery()
    running = select(
        sub.c.account_id, sub.c.k,
        func.sum(sub.c[2]).over(partition_by=sub.c.account_id, order_by=sub.c.k),
    )
    with book.read() as session:
        points = session.execute(running).all()
    keys = sorted({k for _a, k, _v in points})
    if keys:
        keys = _fill(keys[0] if not period.date_from else period_label(period.date_from, by),
                     keys[-1] if not period.date_to else period_label(period.date_to, by), by)
    cumulative: dict[int, dict[str, int]] = {}
    for aid, k, value in points:
        cumulative.setdefault(aid, {})[k] = int(value)
    series = []
    for row in start.rows:
        mine = cumulative.get(row.account_id, {})
        last = 0
        values = []
        for k in keys:
            last = mine.get(k, last)
            values.append((k, row.start + last))
        series.append(BalanceSeries(row.account_id, row.account, tuple(values)))
    return BalanceHistory(period, account_id, by, tuple(keys), tuple(series))


def _fill(first: str, last: str, by: str) -> list[str]:
    """Every period key from `first` to `last` inclusive (no gaps on a chart's axis)."""
    out = []
    year = int(first[:4])
    if by == "year":
        return [str(y) for y in range(year, int(last[:4]) + 1)]
    step = 3 if by == "quarter" else 1
    month = 3 * (int(first[6]) - 1) + 1 if by == "quarter" else int(first[5:7])
    while True:
        key = period_label(f"{year:04d}-{month:02d}-01", by)
        out.append(key)
        if key >= last:
            return out
        month += step
        if month > 12:
            year, month = year + 1, month - 12
