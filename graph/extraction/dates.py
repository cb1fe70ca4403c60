"""Resolve a date expression to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` against the publication date.

Direction matters: "Friday" in "spoke on Friday" is the last Friday, in "will speak on Friday" the next
one, and for a plan told in the past ("had been due to meet on July 7", "was scheduled for Tuesday") the
nearest one, since the plan may have been for either side of the day the story ran. Relative weeks and
months ("last week", "next month") resolve to the month they fall in, because an article rarely pins them
to a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

Direction = Literal["past", "future", "nearest"]

__all__ = ["resolve_date", "date_bounds"]

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}

_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_AGO = re.compile(r"\b(\d+|a|one|two|three|four|five|six|seven|ten)\s+(day|week|month|year)s?\s+ago\b")


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift_month(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower().replace(".", ""))


def resolve_date(text: str, published: dt.date | None, direction: Direction = "past") -> str | None:
    """Resolve ``text`` (a date expression from the article) against ``published``.

    >>> resolve_date("Friday", dt.date(2022, 2, 11))
    '2022-02-11'
    >>> resolve_date("on Saturday", dt.date(2022, 2, 11), "future")
    '2022-02-12'
    >>> resolve_date("November 23", dt.date(2022, 2, 11))
    '2021-11-23'
    >>> resolve_date("in September", dt.date(2022, 2, 11))
    '2021-09'
    >>> resolve_date("last week", dt.date(2022, 2, 11))
    '2022-02'
    """
    lowered = text.lower().replace("’", "'")
    words = _words(lowered)
    iso = _ISO.search(lowered)
    if iso:
        try:
            return _day(dt.date(int(iso[1]), int(iso[2]), int(iso[3])))
        except ValueError:
            return None
    year_match = _YEAR.search(lowered)
    year = int(year_match[1]) if year_match else None
    month = next((_MONTHS[w] for w in words if w in _MONTHS and not (w == "may" and text.strip() == "may")), None)
    day_match = _DAY.search(_YEAR.sub(" ", lowered)) if month else None
    day = int(day_match[1]) if day_match and 1 <= int(day_match[1]) <= 31 else None

    if month and year is None and published is not None and "year" in words:
        # "April last year", "in March next year", "23 May this year"
        if "last" in words or "previous" in words:
            year = published.year - 1
        elif "next" in words or "following" in words:
            year = published.year + 1
        elif "this" in words:
            year = published.year
    if year and month and day:
        return _safe_day(year, month, day)
    if year and month:
        return f"{year:04d}-{month:02d}"
    if year and not month:
        return f"{year:04d}"
    if published is None:
        return None

    relative = _relative(words, lowered, published, direction)
    if relative is not None:
        return relative
    if month and day:
        return _month_day(published, month, day, direction, words)
    if month:
        return _month_only(published, month, direction, words)
    weekday = next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), None)
    if weekday is not None:
        return _day(_weekday(published, weekday, direction, words))
    return None


def _relative(words: list[str], lowered: str, published: dt.date, direction: Direction) -> str | None:
    wordset = set(words)
    if "today" in wordset or "tonight" in wordset or lowered.strip() in {"this morning", "this afternoon",
                                                                        "this evening", "earlier today"}:
        return _day(published)
    if "yesterday" in wordset:
        return _day(published - dt.timedelta(days=1))
    if "tomorrow" in wordset:
        return _day(published + dt.timedelta(days=1))
    ago = _AGO.search(lowered)
    if ago:
        count = int(ago[1]) if ago[1].isdigit() else _NUMBERS[ago[1]]
        unit = ago[2]
        if unit == "day":
            return _day(published - dt.timedelta(days=count))
        if unit == "week":
            return _month(published - dt.timedelta(weeks=count))
        if unit == "month":
            return _month(_shift_month(published, -count))
        return f"{published.year - count:04d}"
    for unit in ("week", "weekend", "month", "year"):
        if unit not in wordset:
            continue
        if "last" in wordset or "past" in wordset or "previous" in wordset:
            offset = -1
        elif "next" in wordset or "coming" in wordset or "following" in wordset:
            offset = 1
        elif "this" in wordset or "earlier" in wordset or "later" in wordset:
            offset = 0
        else:
            continue
        if unit in ("week", "weekend"):
            return _month(published + dt.timedelta(weeks=offset))
        if unit == "month":
            return _month(_shift_month(published, offset))
        return f"{published.year + offset:04d}"
    return None


def _safe_day(year: int, month: int, day: int) -> str | None:
    try:
        return _day(dt.date(year, month, day))
    except ValueError:
        return None


def _month_day(published: dt.date, month: int, day: int, direction: Direction, words: list[str]) -> str | None:
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return None
    if direction == "nearest":
        options = [candidate.replace(year=y) for y in (year - 1, year, year + 1)]
        return _day(min(options, key=lambda d: abs((d - published).days)))
    if (direction == "past" or "last" in words) and candidate > published:
        candidate = candidate.replace(year=year - 1)
    elif direction == "future" and candidate < published:
        candidate = candidate.replace(year=year + 1)
    return _day(candidate)


def _month_only(published: dt.date, month: int, direction: Direction, words: list[str]) -> str:
    year = published.year
    if direction == "nearest":
        distance = (month - published.month) % 12
        ahead = distance if distance <= 6 else distance - 12  # months from publication, -5 … +6
        index = published.year * 12 + published.month - 1 + ahead
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if (direction == "past" or "last" in words) and month > published.month:
        year -= 1
    elif direction == "future" and month < published.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _weekday(published: dt.date, weekday: int, direction: Direction, words: list[str]) -> dt.date:
    if direction == "nearest" and "next" not in words and "last" not in words:
        back = (published.weekday() - weekday) % 7
        ahead = (weekday - published.weekday()) % 7
        return published - dt.timedelta(days=back) if back <= ahead else published + dt.timedelta(days=ahead)
    if "next" in words or (direction == "future" and "last" not in words):
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if "last" in words and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


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
