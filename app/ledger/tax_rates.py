"""Dated tax rates of a book: the IVA (and withholding) rates and when they apply.

Rates change by decree (Mexico's 8 % border rate has an end date), so they are
rows with a start and an optional end date, not constants. A rate applies from
`valid_from` up to and including `valid_to`. Two periods of the same code never
overlap, so "the rate of code X on day D" has one answer. Owners edit them
(`admin`), and every change is audited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dates import check_date
from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.money import parse_percent
from app.store.book import Book
from app.store.models import TaxRate

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class TaxRateView:
    id: int
    code: str
    name: str
    rate_bp: int
    valid_from: str
    valid_to: str | None

    @property
    def percent(self) -> str:
        """`16`, `10.5`: the rate in percent without trailing zeros."""
        return f"{Decimal(self.rate_bp) / 100:f}"

    def status(self, today: str | None = None) -> str:
        """`in effect`, `ended` or `future` on `today` (ISO; default: today)."""
        day = today or date.today().isoformat()
        if self.valid_from > day:
            return "future"
        if self.valid_to is not None and self.valid_to < day:
            return "ended"
        return "in effect"


def _view(rate: TaxRate) -> TaxRateView:
    return TaxRateView(rate.id, rate.code, rate.name, rate.rate_bp, rate.valid_from,
                       rate.valid_to)


def list_tax_rates(book: Book) -> list[TaxRateView]:
    """Every rate: IVA first, by code, then newest period first."""
    with book.read() as session:
        rates = session.scalars(select(TaxRate)).all()
        views = [_view(r) for r in rates]
    views.sort(key=lambda v: v.valid_from, reverse=True)
    return sorted(views, key=lambda v: (not v.code.startswith("iva"), v.code))


def rates_in_effect(book: Book, on: str | None = None) -> list[TaxRateView]:
    day = on or date.today().isoformat()
    return [v for v in list_tax_rates(book) if v.status(day) == "in effect"]


def _day(value: str | None, field: str, *, optional: bool = False) -> str | None:
    if value is None or not str(value).strip():
        if optional:
            return None
        raise BadInput(field, value or "", tr("is empty; a rate needs a start date"))
    return check_date(str(value).strip(), field)


def _rate_bp(percent: str, field: str = "rate") -> int:
    value = parse_percent(str(percent), field)
    if not 0 <= value <= 100:
        raise BadInput(field, percent, tr("is not between 0 and 100"))
    bp = value * 100
    if bp != bp.to_integral_value():
        raise BadInput(field, percent, tr("has more than two decimals"))
    return int(bp)


def _check_period(session: Session, code: str, start: str, end: str | None,
                  except_id: int | None = None) -> None:
    if end is not None and end < start:
        raise BadInput("valid_to", end, tr("is before the start date {start}").format(start=start))
    for other in session.scalars(select(TaxRate).where(TaxRate.code == code)).all():
        if other.id == except_id:
            continue
        if start <= (other.valid_to or "9999-12-31") and other.valid_from <= (end or "9999-12-31"):
            raise BadInput("valid_from", start, tr(
                "overlaps the {name} period ({start} to {end}); end that one first").format(
                    name=other.name, start=other.valid_from, end=other.valid_to or tr("open")))


def add_tax_rate(book: Book, code: str, name: str, percent: str, valid_from: str,
                 valid_to: str | None = None) -> TaxRateView:
    """Add a rate period (a new rate, or the next period of an existing code)."""
    clean_code = str(code).strip()
    if not _CODE.match(clean_code):
        raise BadInput("code", code, tr("is not a code like iva_general (lowercase, _)"))
    clean_name = " ".join(str(name).split())
    if not clean_name or len(clean_name) > 100:
        raise BadInput("name", name, tr("must be between 1 and 100 characters"))
    bp = _rate_bp(percent)
    start = _day(valid_from, "valid_from")
    assert start is not None
    end = _day(valid_to, "valid_to", optional=True)
    with book.write("admin", QT_TR_NOOP("change tax rates")) as uow:
        _check_period(uow.session, clean_code, start, end)
        rate = TaxRate(code=clean_code, name=clean_name, rate_bp=bp, valid_from=start,
                       valid_to=end)
        uow.session.add(rate)
        uow.session.flush()
        uow.record("create", "tax_rate", rate.id, {
            "code": [None, clean_code], "name": [None, clean_name], "rate_bp": [None, bp],
            "valid_from": [None, start], "valid_to": [None, end]})
        return _view(rate)


def update_tax_rate(book: Book, rate_id: int, *, name: str | None = None,
                    percent: str | None = None, valid_from: str | None = None,
                    valid_to: str | None = None, clear_end: bool = False) -> TaxRateView:
    """Change a rate period; `clear_end` makes it open-ended again."""
    with book.write("admin", QT_TR_NOOP("change tax rates")) as uow:
        rate = uow.session.get(TaxRate, rate_id)
        if rate is None:
            raise BadInput("rate", rate_id, tr("does not exist"))
        new_name = " ".join(name.split()) if name is not None else rate.name
        if not new_name:
            raise BadInput("name", name, tr("is empty; a rate needs a name"))
        start = _day(valid_from, "valid_from") if valid_from is not None else rate.valid_from
        assert start is not None
        end = None if clear_end else (
            _day(valid_to, "valid_to") if valid_to is not None else rate.valid_to)
        _check_period(uow.session, rate.code, start, end, except_id=rate.id)
        new = {"name": new_name,
               "rate_bp": _rate_bp(percent) if percent is not None else rate.rate_bp,
               "valid_from": start, "valid_to": end}
        changes = {k: [getattr(rate, k), v] for k, v in new.items() if getattr(rate, k) != v}
        if changes:
            uow.record("update", "tax_rate", rate.id, changes)
            for k, v in new.items():
                setattr(rate, k, v)
        return _view(rate)


def end_tax_rate(book: Book, rate_id: int, last_day: str) -> TaxRateView:
    """The rate stops applying after `last_day` (a decree ends)."""
    return update_tax_rate(book, rate_id, valid_to=last_day)
