"""Dates of varying precision ("2022-02-11", "2022-02", "2022"), as events and deployments store them.

A date is kept as written, plus the first and last day it covers, so that range filters ("since",
"until") are plain comparisons on indexed columns whatever the precision.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.extraction.date_spans import date_bounds as _days_covered

__all__ = ["date_bounds", "dates_compatible", "more_precise", "parse_partial_date", "prefixes"]

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: str) -> tuple[int, int | None, int | None]:
    """Year, month and day of a ``YYYY[-MM[-DD]]`` string; ValueError for anything else."""
    match = _PARTIAL.match(value)
    if match is None:
        raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    if year is None:  # the pattern makes the year mandatory; this keeps the type checker informed
        raise ValueError(f"{value!r} has no year")
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as exc:  # month 13, February 30
        raise ValueError(f"{value!r} is not a valid date: {exc}") from exc
    return year, month, day


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a date covers; ``(None, None)`` for an unknown date.

    The arithmetic is extraction's, which only meets the well-formed dates it resolves itself. Dates reach
    the store from users and files too (period filters, actor dictionaries), so they are checked first:
    "21", "2021-9" or "2021-09-14-01" raise ValueError here rather than reading as another period.

    >>> date_bounds("2021-09")
    (datetime.date(2021, 9, 1), datetime.date(2021, 9, 30))
    >>> date_bounds("2022")
    (datetime.date(2022, 1, 1), datetime.date(2022, 12, 31))
    """
    if value:
        parse_partial_date(value)
    return _days_covered(value)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Whether two dates can be the same day: equal, or one is a less precise prefix of the other.

    An unknown date only meets an unknown date: "they spoke" without a date is not evidence that a dated
    call is the same call.

    >>> dates_compatible("2021-09", "2021-09-14"), dates_compatible("2021-09-14", "2021-09-15")
    (True, False)
    >>> dates_compatible(None, "2021"), dates_compatible(None, None)
    (False, True)
    """
    if a is None or b is None:
        return a is None and b is None
    return a == b or b.startswith(a + "-") or a.startswith(b + "-")


def more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible dates (``"2021-09-14"`` over ``"2021-09"``)."""
    if a is None:
        return b
    if b is None:
        return a
    return b if len(b) > len(a) else a


def prefixes(value: str) -> list[str]:
    """The less precise forms of a date, itself included: ``"2021-09-14"`` → 2021, 2021-09, 2021-09-14."""
    parts = value.split("-")
    return ["-".join(parts[: i + 1]) for i in range(len(parts))]
