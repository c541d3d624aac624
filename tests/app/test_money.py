"""Money: parsing and formatting in minor units, never floats."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import BadInput
from app.money import (
    exponent,
    format_amount,
    format_plain,
    parse_amount,
    parse_cli_amount,
    parse_percent,
    to_minor,
)


def test_exponent_follows_the_currency() -> None:
    assert exponent("MXN") == 2
    assert exponent("eur") == 2
    assert exponent("CLP") == 0
    assert exponent("JPY") == 0
    with pytest.raises(BadInput) as err:
        exponent("XYZ1")
    assert err.value.field == "currency"


@pytest.mark.parametrize(
    ("text", "exp", "cents"),
    [("6600", 2, 660000), ("6600.5", 2, 660050), ("6600.50", 2, 660050),
     ("-1160.00", 2, -116000), ("+3", 2, 300), ("1500", 0, 1500), ("0.001", 3, 1)],
)
def test_cli_amounts(text: str, exp: int, cents: int) -> None:
    assert parse_cli_amount(text, exp) == cents


@pytest.mark.parametrize(
    ("text", "exp", "reason"),
    [("12.345", 2, "more than 2 decimals"), ("1500.5", 0, "has decimals"),
     ("1,000.00", 2, "not an amount"), ("abc", 2, "not an amount"), ("", 2, "not an amount"),
     ("1e5", 2, "not an amount"), ("100000000000000", 2, "out of range")],
)
def test_cli_amounts_rejected_with_field_and_value(text: str, exp: int, reason: str) -> None:
    with pytest.raises(BadInput) as err:
        parse_cli_amount(text, exp, "--amount")
    assert err.value.field == "--amount"
    assert err.value.value == text
    assert reason in str(err.value)


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [("1.234,56", "es_ES", 123456), ("1,234.56", "es_MX", 123456), ("1234,56", "es_ES", 123456),
     ("-0,37", "es_ES", -37), ("1234.56", "en_US", 123456), ("  12 ", "es_MX", 1200)],
)
def test_people_amounts_follow_the_locale(text: str, locale: str, cents: int) -> None:
    assert parse_amount(text, 2, locale) == cents


def test_people_amount_misread_is_refused() -> None:
    # In es_MX, "1.234,56" is not an amount: rejecting beats guessing 1.23456.
    with pytest.raises(BadInput):
        parse_amount("1.234,56", 2, "es_MX")
    with pytest.raises(BadInput):
        parse_amount("1,2,3", 2, "en_US")


def test_formatting() -> None:
    assert format_plain(-116000, 2) == "-1160.00"
    assert format_plain(1500, 0) == "1500"
    assert format_amount(123456, 2, "es_ES") == "1.234,56"
    assert format_amount(-123456, 2, "es_MX") == "-1,234.56"
    assert format_amount(1500, 0, "es_CL") == "1.500"


def test_half_up_rounding() -> None:
    assert to_minor(Decimal("0.005"), 2) == 1
    assert to_minor(Decimal("-0.005"), 2) == -1
    assert to_minor(Decimal("2.675"), 2) == 268


def test_percent_parsing() -> None:
    assert parse_percent("16%") == Decimal(16)
    assert parse_percent("3.6") == Decimal("3.6")
    assert parse_percent("2/3") * 3 == Decimal(200)
    with pytest.raises(BadInput):
        parse_percent("x")


@given(st.integers(min_value=-(10**13), max_value=10**13), st.sampled_from([0, 2, 3]))
def test_plain_format_round_trips(cents: int, exp: int) -> None:
    assert parse_cli_amount(format_plain(cents, exp), exp) == cents


@given(st.integers(min_value=-(10**12), max_value=10**12),
       st.sampled_from(["es_MX", "es_ES", "en_US", "es_CL"]))
def test_people_format_round_trips(cents: int, locale: str) -> None:
    assert parse_amount(format_amount(cents, 2, locale), 2, locale) == cents


@pytest.mark.parametrize(("locale", "text"), [
    ("es_MX", "1,234,567"), ("en_US", "1,234,567"), ("fr_FR", "1\u202f234\u202f567"),
    ("es_ES", "1.234.567"), ("de_DE", "1.234.567")])
def test_counts_follow_the_books_locale(locale: str, text: str) -> None:
    from app.money import format_count

    assert format_count(1234567, locale) == text
    assert format_count(1, locale) == "1"
