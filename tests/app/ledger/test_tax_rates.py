"""Dated tax rates: periods that never overlap, a decree that ends, bad input that
changes nothing — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.admin.audit import AuditFilter, count_entries
from app.errors import BadInput
from app.ledger.tax_rates import (
    add_tax_rate,
    end_tax_rate,
    list_tax_rates,
    rates_in_effect,
    update_tax_rate,
)


def test_the_mexican_preset_brings_its_iva_rates(book) -> None:
    rates = {(r.code, r.percent) for r in list_tax_rates(book)}
    assert ("iva_general", "16") in rates
    assert list_tax_rates(book)[0].code.startswith("iva")  # IVA first


def test_a_decree_ends_and_the_next_period_starts(book) -> None:
    border = add_tax_rate(book, "iva_frontera_test", "IVA frontera", "8", "2026-01-01")
    assert border.status("2026-06-30") == "in effect" and border.percent == "8"
    ended = end_tax_rate(book, border.id, "2026-06-30")
    assert ended.valid_to == "2026-06-30" and ended.status("2026-07-01") == "ended"
    after = add_tax_rate(book, "iva_frontera_test", "IVA frontera", "10.5", "2026-07-01")
    assert after.rate_bp == 1050 and after.percent == "10.5"
    codes_on = {d: {r.percent for r in rates_in_effect(book, d) if r.code == "iva_frontera_test"}
                for d in ("2026-06-30", "2026-07-01")}
    assert codes_on == {"2026-06-30": {"8"}, "2026-07-01": {"10.5"}}
    # two created, one ended: every change is audited
    assert count_entries(book, AuditFilter(entity="tax_rate")) == 3


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"percent": "16", "valid_from": "2026-03-01"}, "valid_from"),        # overlaps
    ({"percent": "abc", "valid_from": "2030-01-01"}, "rate"),
    ({"percent": "101", "valid_from": "2030-01-01"}, "rate"),
    ({"percent": "16.125", "valid_from": "2030-01-01"}, "rate"),
    ({"percent": "16", "valid_from": "20300101"}, "valid_from"),          # not YYYY-MM-DD
    ({"percent": "16", "valid_from": "2030-01-01", "valid_to": "2029-12-31"}, "valid_to"),
])
def test_bad_periods_name_their_field_and_change_nothing(book, kwargs, field) -> None:
    add_tax_rate(book, "iva_prueba", "IVA prueba", "16", "2026-01-01")
    before = list_tax_rates(book)
    with pytest.raises(BadInput) as caught:
        add_tax_rate(book, "iva_prueba", "IVA prueba", **kwargs)
    assert caught.value.field == field
    assert list_tax_rates(book) == before


def test_a_change_that_would_overlap_is_refused(book) -> None:
    first = add_tax_rate(book, "iva_prueba", "IVA prueba", "16", "2026-01-01", "2026-06-30")
    add_tax_rate(book, "iva_prueba", "IVA prueba", "8", "2026-07-01")
    with pytest.raises(BadInput) as caught:
        update_tax_rate(book, first.id, clear_end=True)
    assert caught.value.field == "valid_from" and "overlaps" in str(caught.value)
    assert next(r for r in list_tax_rates(book) if r.id == first.id).valid_to == "2026-06-30"
