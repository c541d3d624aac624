"""Dates and timestamps as the book keeps them: ISO `YYYY-MM-DD` dates, UTC timestamps.

`check_date` is the one check of a date typed by a person or read from a file (the
services, the reports and the command line all use it); `now_iso` is the one way a
timestamp is written (audit rows, upgrade runs, backup manifests).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from app.errors import BadInput
from app.i18n import tr

#: ASCII digits only: `\\d` would also take Arabic-Indic or full-width digits.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def check_date(value: str, field: str = "date") -> str:
    """`value` when it is a real calendar date written `YYYY-MM-DD`; else BadInput naming
    `field`."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise BadInput(field, value, tr("is not a date as YYYY-MM-DD"))
    try:
        date.fromisoformat(value)
    except ValueError:
        raise BadInput(field, value, tr("is not a valid calendar date")) from None
    return value


def now_iso() -> str:
    """Now, in UTC, as the book's timestamps are written (microseconds, `Z`)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
