"""What a resolved date value (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, from ``dates.resolve_date``) covers, and
whether two such values can be the same event's: equal, one the other at a coarser precision, or a few days apart
(the days of one trip). Kept apart from the resolving of date phrases, which never compares two values.
"""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = ["date_bounds", "dates_compatible", "dates_near"]


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a ``YYYY[-MM[-DD]]`` value covers.

    >>> date_bounds("2021-09")
    (datetime.date(2021, 9, 1), datetime.date(2021, 9, 30))
    """
    if not value:
        return None, None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, or one is the other at a coarser precision ("2021-09" and "2021-09-14")."""
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


def dates_near(a: str | None, b: str | None, days: int) -> bool:
    """Compatible, or no more than ``days`` apart: the days of one trip ("arrived on Sunday", "talks on Monday")."""
    if dates_compatible(a, b):
        return True
    start_a, end_a = date_bounds(a)
    start_b, end_b = date_bounds(b)
    assert start_a is not None and end_a is not None and start_b is not None and end_b is not None
    gap = dt.timedelta(days=days)
    return start_a - gap <= end_b and start_b - gap <= end_a
