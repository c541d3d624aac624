"""SQL pieces every report shares: period keys, the period/account filter, line classes.

The same expressions run on SQLite and PostgreSQL (dates are ISO text on both), so a
report is one statement on either backend and Python only shapes its few result rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from app.reports import TAX_ROLES, Period
from app.store.models import Category, Split, Transaction


def period_key(date_col: Any, by: str) -> ColumnElement[str]:
    """`2026-03` (month), `2026-Q1` (quarter) or `2026` (year) from an ISO date column."""
    if by == "month":
        return func.substr(date_col, 1, 7)
    year = func.substr(date_col, 1, 4)
    if by == "year":
        return year
    quarter = (cast(func.substr(date_col, 6, 2), Integer) + 2) // 3
    return year.concat(literal("-Q")).concat(cast(quarter, String))


def in_period(period: Period, account_id: int | None = None) -> list[ColumnElement[bool]]:
    """WHERE clauses on `Transaction` for a period and an optional account."""
    where: list[ColumnElement[bool]] = []
    if period.date_from:
        where.append(Transaction.date >= period.date_from)
    if period.date_to:
        where.append(Transaction.date <= period.date_to)
    if account_id is not None:
        where.append(Transaction.account_id == account_id)
    return where


def is_tax() -> ColumnElement[bool]:
    """A line of a tax category: by role, or a category of kind `tax` (needs `Category`)."""
    return or_(Category.role.in_(TAX_ROLES), Category.kind == "tax")


def is_income() -> ColumnElement[bool]:
    return and_(Category.kind == "income", Category.role.not_in(TAX_ROLES))


def is_expense() -> ColumnElement[bool]:
    return and_(Category.kind == "expense", Category.role.not_in(TAX_ROLES))


def sum_if(condition: ColumnElement[bool], value: Any = None) -> ColumnElement[int]:
    """SUM(CASE WHEN condition THEN amount ELSE 0 END): one pass, several columns."""
    return func.coalesce(
        func.sum(case((condition, Split.amount_cents if value is None else value), else_=0)), 0
    )


def not_transfer() -> ColumnElement[bool]:
    return Split.transfer_account_id.is_(None)


def has_line_of_role(role: str) -> ColumnElement[bool]:
    """The transaction (`Transaction`) has a line whose category has `role`.

    Correlated EXISTS: checked once per transaction of the period, through the
    (transaction_id, position) index — far cheaper than listing every such line of
    the whole book first (measured 0.24 s against 1 s for a year of a 1M book).
    """
    line, cat = aliased(Split), aliased(Category)
    return exists().where(line.transaction_id == Transaction.id,
                          cat.id == line.category_id, cat.role == role)


def covers_every_date(session: Session, period: Period) -> bool:
    """The period spans every transaction's date (one look at each end of the date
    index), so a report may skip the date filter — and with it the join."""
    if period.is_open:
        return True
    # Two scalar subqueries: SQLite answers a lone min() or max() from one end of the
    # index, but min() and max() in one SELECT scan the whole index.
    first, last = session.execute(select(
        select(func.min(Transaction.date)).scalar_subquery(),
        select(func.max(Transaction.date)).scalar_subquery())).one()
    if first is None:
        return True
    return (not period.date_from or period.date_from <= first) and (
        not period.date_to or period.date_to >= last)
