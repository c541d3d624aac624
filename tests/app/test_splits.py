"""Split arithmetic: every function's result adds up exactly."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.splits import (
    allocate,
    balance_line,
    base_of_tax,
    distribute_remainder,
    extract_tax,
    follow_base,
    opposite_lines,
    percent_of,
    rate,
    remaining,
    round_half_up,
    typed_amount,
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


def test_a_tax_line_s_base_follows_its_amount() -> None:
    """Issue 13, defect 2: the card template's IVA line (−64.11 on −400.69) set to −64.00
    by hand is on −400.00; a base that still gives the amount stays; without a rate the
    base keeps its proportion; with nothing to follow it is cleared (None)."""
    assert follow_base(-40069, -6400, 1600, was=-6411) == -40000
    assert follow_base(-40069, -6411, 1600, was=-6412) == -40069  # still gives −64.11
    assert follow_base(-106428, -17030, 1600, was=-17029) == -106438  # 170.30 / 0.16
    assert follow_base(-431034, -34483, None, was=-68966) == -215517  # in proportion
    assert follow_base(-40069, 0, 1600, was=-6411) is None  # no amount
    assert follow_base(-40069, -6400, None) is None  # the rate was removed
    assert follow_base(None, -6400, 1600, was=-6411) is None  # nothing to follow
    assert follow_base(-40069, -3205, 800) == -40063  # the rate changed: 32.05 / 0.08
    assert base_of_tax(-6400, 1600) == -40000 and base_of_tax(-6400, None) is None
    assert base_of_tax(0, 1600) is None


@given(st.integers(min_value=-(10**11), max_value=10**11).filter(bool),
       st.sampled_from([800, 1000, 1600, 2100, 400]))
def test_a_followed_base_gives_the_amount_at_its_rate(amount: int, rate_bp: int) -> None:
    from app.splits import tax_on

    base = follow_base(1, amount, rate_bp, was=amount + 1)
    assert base is not None and tax_on(base, Fraction(rate_bp, 10000)) == amount


def test_a_number_without_a_sign_goes_the_movement_s_way() -> None:
    """Issue 13, defect 6: 500 on a line of a payment is money out; a typed sign is
    taken as typed (a fee on a deposit, a refund within a payment)."""
    assert typed_amount(50000, -58000) == -50000
    assert typed_amount(50000, 9582) == 50000
    assert typed_amount(417, 9582, "-") == -417
    assert typed_amount(5000, -58000, "+") == 5000
    assert typed_amount(-500, -58000, "-") == -500  # a magnitude, however it came
    assert typed_amount(500, 0) == 500  # no movement yet: money in
    assert opposite_lines(-58000, [50000, -8000, 0]) == [0]
    assert opposite_lines(9582, [10000, -360, -58]) == [1, 2]
    assert opposite_lines(0, [100, -100]) == []
