"""Split arithmetic: every function's result adds up exactly."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.splits import (
    allocate,
    balance_line,
    distribute_remainder,
    extract_tax,
    percent_of,
    rate,
    remaining,
    round_half_up,
)


def test_remaining_and_balance() -> None:
    assert remaining(1000, [300, 200]) == 500
    assert remaining(1000, [800, 300]) == -100
    assert balance_line(1000, [300, 200]) == [300, 700]
    assert balance_line(1000, [300, 200], index=0) == [800, 200]
    assert balance_line(-500, []) == [-500]


def test_extract_tax_matches_the_worked_example() -> None:
    # -1234.57 at 16 %: base -1064.28, IVA -170.29 (issue 4's example).
    assert extract_tax(-123457, rate(16)) == (-106428, -17029)
    assert extract_tax(11600, rate(16)) == (10000, 1600)
    assert extract_tax(10598, rate("10.5")) == (9591, 1007)  # 9590.95 rounds up


def test_round_half_up_ties_away_from_zero() -> None:
    assert round_half_up(Fraction(5, 2)) == 3
    assert round_half_up(Fraction(-5, 2)) == -3
    assert round_half_up(Fraction(49, 20)) == 2


def test_percent_of() -> None:
    assert percent_of(116000, rate(16)) == 18560
    assert percent_of(-1000, rate("3.6")) == -36


def test_allocate_shares_cents_fairly() -> None:
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(-100, [1, 1, 1]) == [-34, -33, -33]
    assert allocate(1000, [Fraction(84), Fraction(16)]) == [840, 160]
    with pytest.raises(ValueError):
        allocate(10, [1, -1])


def test_distribute_remainder_keeps_proportions() -> None:
    assert distribute_remainder(10000, [5000, 2000]) == [7143, 2857]
    assert distribute_remainder(10000, [5000, 0, 2000]) == [7143, 0, 2857]
    with pytest.raises(ValueError):
        distribute_remainder(100, [0, 0])


weights = st.lists(st.integers(min_value=1, max_value=10**6), min_size=1, max_size=12)


@given(st.integers(min_value=-(10**13), max_value=10**13), weights)
def test_allocation_always_adds_up(total: int, ws: list[int]) -> None:
    parts = allocate(total, ws)
    assert sum(parts) == total
    assert len(parts) == len(ws)
    exact = [Fraction(total) * w / sum(ws) for w in ws]
    assert all(abs(p - e) < 1 for p, e in zip(parts, exact, strict=True))


@given(st.integers(min_value=-(10**13), max_value=10**13),
       st.lists(st.integers(min_value=-(10**6), max_value=10**6).filter(bool),
                min_size=1, max_size=8))
def test_mixed_sign_allocation_adds_up(total: int, ws: list[int]) -> None:
    if sum(ws) == 0:
        return
    assert sum(allocate(total, ws)) == total


@given(st.integers(min_value=-(10**13), max_value=10**13),
       st.sampled_from(["0", "4", "8", "10", "10.5", "16", "21", "27"]))
def test_extract_tax_always_adds_up(total: int, pct: str) -> None:
    base, tax = extract_tax(total, rate(pct))
    assert base + tax == total
    assert abs(base * rate(pct) - tax) <= 1
