"""app/dates.py: the one date check and the one timestamp format."""

from __future__ import annotations

import re

import pytest

from app.dates import check_date, now_iso
from app.errors import BadInput


@pytest.mark.parametrize("value", ["2026-12-05", "2024-02-29"])
def test_real_dates_pass(value: str) -> None:
    assert check_date(value) == value


@pytest.mark.parametrize(("value", "reason"), [
    ("2026-13-01", "not a valid calendar date"),
    ("2023-02-29", "not a valid calendar date"),
    ("05/12/2026", "not a date as YYYY-MM-DD"),
    ("２０２６-１２-０５", "not a date as YYYY-MM-DD"),   # full-width digits
    ("٢٠٢٦-١٢-٠٥", "not a date as YYYY-MM-DD"),      # Arabic-Indic digits
    ("2026-12-05\n", "not a date as YYYY-MM-DD"),
    ("", "not a date as YYYY-MM-DD"),
])
def test_wrong_dates_name_the_field(value: str, reason: str) -> None:
    with pytest.raises(BadInput) as caught:
        check_date(value, "--from")
    assert caught.value.field == "--from" and reason in str(caught.value)


def test_timestamps_are_utc_with_microseconds() -> None:
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", now_iso())
