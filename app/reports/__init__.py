"""Reports over split lines, one module per report; SQL aggregation only.

Every report counts each split line in its own category (never a transaction's whole
amount) and takes a `Period` plus an optional account.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import BadInput
from app.transactions import check_date


@dataclass(frozen=True)
class Period:
    """Inclusive ISO dates; None on either side means open-ended."""

    date_from: str | None = None
    date_to: str | None = None

    @classmethod
    def checked(cls, date_from: str | None, date_to: str | None) -> Period:
        f = check_date(date_from, "--from") if date_from else None
        t = check_date(date_to, "--to") if date_to else None
        if f and t and f > t:
            raise BadInput("--to", t, f"is before --from {f}")
        return cls(f, t)
