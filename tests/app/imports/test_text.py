"""Reading a statement's text: amounts in every form banks write them, dates (two-
and three-digit years, month names, glued text), the date order, encodings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.imports.text import decode, guess_order, parse_date, parse_money

# ---------------------------------------------------------------- amounts


@pytest.mark.parametrize(("text", "cents"), [
    ("-1160.00", -116000), ("1,234.56", 123456), ("1.234,56", 123456), ("-200,00", -20000),
    ("4,884", 488400), ("1,280.8", 128080), ("(12.50)", -1250), ("12.50-", -1250),
    ("$ 1,160", 116000), ("MXN 10", 1000), ("1 234,50", 123450), ("+5", 500),
    ("\u22123.60", -360), ("0.30", 30), ("1.234.567", 123456700), ("-0.00", 0),
    ("10.000", 1000),
])
def test_amounts(text: str, cents: int) -> None:
    assert parse_money(text, 2) == cents


@pytest.mark.parametrize("text", ["", "abc", "1,2,3.4.5", "12.345", "1e5", "--5", "."])
def test_not_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_money(text, 2)


def test_the_decimal_mark_can_be_given() -> None:
    assert parse_money("1.234", 2, ",") == 123400
    assert parse_money("1,5", 2, ",") == 150
    with pytest.raises(ValueError, match=r"more than 0 decimals|has decimals"):
        parse_money("10.50", 0)
    assert parse_money("1050", 0) == 1050


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "order", "iso"), [
    ("1/ 2'05", "MDY", "2005-01-02"), ("2/14'2020", "MDY", "2020-02-14"),
    ("1/ 1'00", "MDY", "2000-01-01"), ("10.18.23", "MDY", "2023-10-18"),
    ("2024-01-25", "MDY", "2024-01-25"), ("12/03/95", "MDY", "1995-12-03"),
    ("03/25/099", "MDY", "1999-03-25"), ("03/25/105", "MDY", "2005-03-25"),
    ("06/12/2021", "DMY", "2021-12-06"), ("04 Nov 2009", "DMY", "2009-11-04"),
    ("4 de enero de 2026", "DMY", "2026-01-04"), ("Nov 4, 2009", "MDY", "2009-11-04"),
    ("2012/3/22", "DMY", "2012-03-22"), ("20051004", "MDY", "2005-10-04"),
    ("2021-06-12T14:33:00", "MDY", "2021-06-12"), ("31.03.2026", "DMY", "2026-03-31"),
])
def test_dates(text: str, order: str, iso: str) -> None:
    assert parse_date(text, order)[0] == iso


def test_text_after_a_date_is_returned() -> None:
    assert parse_date("03/25/099Share Withdrawal", "MDY") == ("1999-03-25", "Share Withdrawal")


@pytest.mark.parametrize("text", ["", "hello", "02/30/2026", "13/13/2026", "1/2", "99/1/2026"])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, "MDY")


def test_the_order_comes_from_the_dates() -> None:
    assert guess_order(["12/03/95", "12/20/95"]) == ("MDY", True)
    assert guess_order(["25/03/2026", "01/04/2026"]) == ("DMY", True)
    assert guess_order(["01/02/2026"], default="DMY") == ("DMY", False)
    assert guess_order(["2026-01-02"]) == ("MDY", False)


# ---------------------------------------------------------------- encodings and bad files


def test_encodings_are_detected() -> None:
    assert decode("DÉPÔT".encode()) == ("DÉPÔT", "utf-8")
    assert decode("\ufeffDÉPÔT".encode()) == ("DÉPÔT", "utf-8")
    assert decode("DÉPÔT €".encode("cp1252")) == ("DÉPÔT €", "windows-1252")
    assert decode("x\x81y".encode("latin-1")) == ("x\x81y", "iso-8859-1")
    assert decode("Año".encode("utf-16")) == ("Año", "utf-16")


@settings(max_examples=300, deadline=None)
@given(st.integers(-(10**13) + 1, 10**13 - 1), st.booleans())
def test_both_decimal_marks_read_every_amount(cents: int, grouped: bool) -> None:
    """The quick forms (`-1,160.00`, `-1.160,00`) and the careful reader agree."""
    whole, part = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    dot = f"{whole:,}" if grouped else str(whole)
    assert parse_money(f"{sign}{dot}.{part:02d}", 2, ".") == cents
    assert parse_money(f"{sign}{dot.replace(',', '.')},{part:02d}", 2, ",") == cents
    assert parse_money(f"{sign}{dot}.{part:02d}", 2) == cents
