"""Split arithmetic: the one place where split-line amounts are computed.

All amounts are `int` minor units; rates are exact `Fraction`s of one (16 % is
`Fraction(16, 100)`), so no intermediate value is ever rounded twice. Rounding is
half-up (ties away from zero), as the tax rules and ../shared/scenarios expect.
The split editor, the templates and the importers all call these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

Rate = Fraction


def rate(value: Decimal | int | str | Fraction) -> Fraction:
    """A rate given in percent (`16`, `Decimal('3.6')`, `'10.5'`) as an exact fraction of one."""
    if isinstance(value, Fraction):
        return value / 100
    return Fraction(Decimal(str(value))) / 100


def round_half_up(value: Fraction) -> int:
    """Round an exact value to an integer, ties away from zero."""
    magnitude = abs(value)
    whole = int(magnitude)  # floor for non-negative values
    if magnitude - whole >= Fraction(1, 2):
        whole += 1
    return whole if value >= 0 else -whole


def remaining(total: int, amounts: Iterable[int]) -> int:
    """What is left to assign: positive when lines fall short of the total."""
    return total - sum(amounts)


def remaining_state(total: int, amounts: Iterable[int]) -> tuple[str, int]:
    """("balanced" | "unassigned" | "over", magnitude) of what is left to assign.

    Judged against the total's sign: for -1,160.00 with lines of -1,159.63 there is
    0.37 *unassigned*; with lines of -1,161.20 there is 1.20 *over*.
    """
    rest = remaining(total, amounts)
    if rest == 0:
        return "balanced", 0
    same_side = (rest > 0) == (total > 0) if total != 0 else rest > 0
    return ("unassigned" if same_side else "over"), abs(rest)


def balance_line(total: int, amounts: Sequence[int], index: int = -1) -> list[int]:
    """Adjust the line at `index` (the last by default) so the lines add up to `total`."""
    result = list(amounts)
    if not result:
        return [total]
    result[index] += remaining(total, result)
    return result


def allocate(total: int, weights: Sequence[Fraction | Decimal | int]) -> list[int]:
    """Share `total` in proportion to `weights` so the parts add up exactly.

    Largest-remainder method on exact fractions: every part is the floor of its
    exact share, and the cents left over go one each to the parts with the largest
    fractional remainder (the earlier part wins a tie). Weights may have mixed
    signs (distributing over +sale and -commission lines), but must not sum to zero.
    A negative total is shared as its magnitude, so -1.00 over three parts gives
    -0.34, -0.33, -0.33 just as 1.00 gives 0.34, 0.33, 0.33.
    """
    if total < 0:
        return [-part for part in allocate(-total, weights)]
    ws = [Fraction(w) for w in weights]
    if not ws:
        raise ValueError("allocate needs at least one weight")
    whole = sum(ws, Fraction(0))
    if whole == 0:
        raise ValueError("the weights add up to zero")
    exact = [Fraction(total) * w / whole for w in ws]
    floors = [int(e // 1) for e in exact]
    leftover = total - sum(floors)
    order = sorted(range(len(ws)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:leftover]:
        floors[i] += 1
    return floors


def percent_of(total: int, r: Fraction) -> int:
    """`r` of `total`, rounded half-up (`16%` of 1,160.00 is 185.60)."""
    return round_half_up(total * r)


def extract_tax(total: int, r: Fraction) -> tuple[int, int]:
    """Split a tax-inclusive `total` into (base, tax): base = round(T / (1 + r)), tax = T - base.

    The residue of rounding falls on the tax line, so the two always add up to T.
    """
    base = round_half_up(Fraction(total) / (1 + r))
    return base, total - base


def tax_on(base: int, r: Fraction) -> int:
    """Tax on a base, rounded half-up per invoice."""
    return round_half_up(base * r)


def distribute_remainder(total: int, amounts: Sequence[int]) -> list[int]:
    """Spread what is left to assign over the lines in proportion to their amounts.

    Lines of zero keep zero. Raises ValueError when the non-zero lines add up to zero
    (no proportion exists), which the editor reports as "nothing to distribute over".
    """
    rest = remaining(total, amounts)
    result = list(amounts)
    if rest == 0:
        return result
    idx = [i for i, a in enumerate(amounts) if a != 0]
    if not idx:
        raise ValueError("there are no amounts to distribute over")
    shares = allocate(rest, [amounts[i] for i in idx])
    for i, share in zip(idx, shares, strict=True):
        result[i] += share
    return result


def follow_base(base: int | None, amount: int, rate_bp: int | None, *,
                was: int | None = None) -> int | None:
    """The taxable base a tax line keeps after its amount (or its rate) changed by hand.

    The base stays while it still gives `amount` at the line's rate; otherwise it is
    the base `amount` is the tax of (−64.00 at 16 % is on −400.00). Without a rate, a
    base follows a changed amount in proportion (`was`: the amount before; None when
    the rate changed, not the amount). None — the base cleared — when there is nothing
    to follow: no base, no amount, or no rate and no earlier amount.
    """
    if base is None or amount == 0:
        return None
    if rate_bp:
        return base if tax_on(base, Fraction(rate_bp, 10000)) == amount else base_of_tax(
            amount, rate_bp)
    if was:
        return round_half_up(Fraction(base * amount, was))
    return None


def base_of_tax(amount: int, rate_bp: int | None) -> int | None:
    """The base that `amount` is the tax of at `rate_bp` (None without a rate or amount)."""
    if not rate_bp or amount == 0:
        return None
    return round_half_up(Fraction(amount) / Fraction(rate_bp, 10000))


def typed_amount(magnitude: int, total: int, sign: str = "") -> int:
    """An amount typed on a line of a movement of `total`. With a sign it is as typed
    (`-` money out, `+` money in); without one it goes the movement's way: 500 on a
    line of a payment is money out (−500), on a deposit money in."""
    magnitude = abs(magnitude)
    if sign == "-":
        return -magnitude
    if sign == "+":
        return magnitude
    return -magnitude if total < 0 else magnitude


def opposite_lines(total: int, amounts: Sequence[int]) -> list[int]:
    """The positions of the lines on the other side of the movement: money in on a
    payment, money out on a deposit (a fee taken from a card deposit, a refund)."""
    if total == 0:
        return []
    return [i for i, amount in enumerate(amounts) if amount and (amount > 0) != (total > 0)]
