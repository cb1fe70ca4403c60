"""Periods in questions ("in February 2022", "since 2021", "between May and July 2022") as date bounds.

They are found by pattern over the raw question and cut out before the form is matched, so every form
takes a period without spelling one out. A date without a year is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from graph.errors import InvalidInput

__all__ = ["Period", "find_period"]

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE = (
    rf"(?:\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?"
    rf"|(?:the )?{_DAY} (?:of )?{_MONTH}(?:,? \d{{4}})?"
    rf"|{_MONTH} {_DAY}(?:,? \d{{4}})?(?!\d)"
    rf"|{_MONTH}(?:,? \d{{4}})?"
    rf"|\d{{4}})"
)
_RANGE = re.compile(
    rf"\b(?:between (?P<b1>{DATE}) and (?P<b2>{DATE})|from (?P<f1>{DATE}) (?:to|until|till|through) (?P<f2>{DATE}))\b",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    rf"\b(?P<prep>in|during|on|over|since|after|from|before|until|till|by|up to|as of) (?P<d>{DATE})(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    """The period a question names: its bounds and where it was in the question."""

    since: dt.date | None
    until: dt.date | None
    text: str
    start: int
    end: int


def _parts(text: str) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of a date phrase, each None when not given."""
    t = text.lower().replace(",", " ").replace(".", " ")
    iso = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*", t)
    if iso:
        return int(iso[1]), int(iso[2]), int(iso[3]) if iso[3] else None
    year = re.search(r"\b(\d{4})\b", t)
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", t) if w in MONTHS), None)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\b\d{4}\b", "", t))
    return (int(year[1]) if year else None, month, int(day[1]) if day else None)


def _bounds(text: str, year_hint: int | None = None) -> tuple[dt.date, dt.date]:
    year, month, day = _parts(text)
    year = year or year_hint
    if year is None:
        raise InvalidInput(f"'{text.strip()}' has no year: say which, e.g. 'in {text.strip()} 2022'")
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
            return dt.date(year, month, 1), dt.date(year, month, last)
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError as exc:
        raise InvalidInput(f"'{text.strip()}' is not a date: {exc}") from exc


def find_period(question: str) -> Period | None:
    """The period a question names, if any.

    "between May and July 2022" lends the second date's year to the first. "before" and "after" exclude
    the date they name; "since", "until" and "by" include it.

    Raises
    ------
    InvalidInput
        A date with no year ("in September"), or an impossible one.

    Examples
    --------
    >>> p = find_period("Which countries did Blinken call in February 2022?")
    >>> p.since, p.until, p.text
    (datetime.date(2022, 2, 1), datetime.date(2022, 2, 28), 'in February 2022')
    >>> find_period("Who spoke with Gerasimov between May and July 2021?").since
    datetime.date(2021, 5, 1)
    >>> find_period("Who met in Finland?") is None
    True
    """
    match = _RANGE.search(question)
    if match:
        first, second = (match["b1"], match["b2"]) if match["b1"] else (match["f1"], match["f2"])
        end_start, end_end = _bounds(second)
        start, _ = _bounds(first, year_hint=end_start.year)
        return Period(start, end_end, match[0], match.start(), match.end())
    match = _SINGLE.search(question)
    if match is None:
        return None
    prep = match["prep"].lower()
    first_day, last_day = _bounds(match["d"])
    since: dt.date | None
    until: dt.date | None
    if prep in ("since", "from", "as of"):
        since, until = first_day, None
    elif prep == "after":
        since, until = last_day + dt.timedelta(days=1), None
    elif prep == "before":
        since, until = None, first_day - dt.timedelta(days=1)
    elif prep in ("until", "till", "by", "up to"):
        since, until = None, last_day
    else:
        since, until = first_day, last_day
    return Period(since, until, match[0], match.start(), match.end())
