"""Period filters: which facts lie inside a ``since``/``until`` range given at any precision.

The graph stores dates at the precision an article gives them, so a filter bound must say which day
it means: ``since="2022-02"`` starts on February 1st, ``until="2022-02"`` ends on February 28th.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.errors import InvalidInput
from graph.store.dates import date_bounds

__all__ = ["DateLike", "date_range", "period_bounds", "within"]

DateLike = str | dt.date | None


def date_range(value: str | dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day a partial date covers.

    Parameters
    ----------
    value : str or datetime.date
        ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (an ISO datetime is cut to its date) or a date.

    Returns
    -------
    (start, end) : tuple of datetime.date

    Raises
    ------
    InvalidInput
        When ``value`` is not a date at one of those precisions.

    Examples
    --------
    >>> date_range("2022-02")
    (datetime.date(2022, 2, 1), datetime.date(2022, 2, 28))
    >>> date_range("2021")
    (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
    """
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    text = re.split(r"[T ]", value.strip(), maxsplit=1)[0]  # an ISO datetime counts as its day
    try:
        start, end = date_bounds(text)
    except ValueError as exc:
        raise InvalidInput(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from exc
    if start is None or end is None:
        raise InvalidInput("an empty date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return start, end


def period_bounds(since: DateLike = None, until: DateLike = None) -> tuple[dt.date | None, dt.date | None]:
    """Filter bounds as dates: ``since`` from its first day, ``until`` to its last day.

    Examples
    --------
    >>> period_bounds("2022-02", "2022-02")
    (datetime.date(2022, 2, 1), datetime.date(2022, 2, 28))
    >>> period_bounds(until="2021")
    (None, datetime.date(2021, 12, 31))
    """
    start = date_range(since)[0] if since not in (None, "") else None
    end = date_range(until)[1] if until not in (None, "") else None
    if start is not None and end is not None and start > end:
        raise InvalidInput(f"'since' ({start.isoformat()}) is after 'until' ({end.isoformat()})")
    return start, end


def within(
    start: dt.date | None, end: dt.date | None, since: dt.date | None, until: dt.date | None
) -> bool:
    """Whether a fact dated ``[start, end]`` falls in the period ``[since, until]``.

    A fact counts when its dates overlap the period, as ``/v1/contacts`` filters them: an event known only
    as "2022-02" is in a period starting 2022-02-15, since it may well have happened then (its ``date``
    shows how precise it is). An undated fact is outside every bounded period; with no bounds everything
    is inside.

    Examples
    --------
    >>> import datetime as dt
    >>> feb = (dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    >>> within(dt.date(2022, 2, 11), dt.date(2022, 2, 11), *feb)
    True
    >>> within(dt.date(2022, 3, 1), dt.date(2022, 3, 31), *feb)
    False
    >>> within(None, None, *feb), within(None, None, None, None)
    (False, True)
    """
    if since is None and until is None:
        return True
    if start is None or end is None:
        return False
    if since is not None and end < since:
        return False
    return not (until is not None and start > until)
