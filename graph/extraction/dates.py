"""Resolve a date expression to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` against the publication date.

Direction matters: "Friday" in "spoke on Friday" is the last Friday, in "will speak on Friday" the next
one, and for a plan told in the past ("had been due to meet on July 7", "was scheduled for Tuesday") the
nearest one, since the plan may have been for either side of the day the story ran. Relative weeks and
months ("last week", "next month") resolve to the month they fall in, because an article rarely pins them
to a day.

This module works on text alone and is the bottom of the date modules: ``date_anaphora`` resolves a phrase
that counts from the date told before ("that day", "two days later"), ``date_mentions`` finds the date phrases
of a parsed sentence and ``date_phrases`` picks a trigger's own, ``passage_days`` gives the day of a passage (a
lead's or a heading's); ``date_spans`` compares the values it gives.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

Direction = Literal["past", "future", "nearest"]

__all__ = [
    "Direction", "resolve_date", "month_of", "shift_month",
    "WEEKDAYS", "SEASONS", "NUMBER_WORDS", "NUMBER_PATTERN", "count_of", "AROUND_EVENT", "ORDINAL_DAY", "NUMERIC_DATE",
    "SHORT_NUMERIC_DATE", "MONTHS", "AHEAD_WORDS", "BACK_WORDS", "RELATIVE_WORDS",
]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
MONTHS = _MONTHS  # month names and abbreviations, lower-cased, to their numbers
# Words that put a date after the story's day whatever the tense ("next March", "the coming 3 June", "the upcoming
# summit", "tomorrow"), or before it ("last March", "the past 9 of October" of translated copy, "the previous June").
AHEAD_WORDS = frozenset({"next", "coming", "upcoming", "tomorrow"})
BACK_WORDS = frozenset({"last", "past", "previous"})
# Words that tell a month or a day from the story's own time ("this June", "next March"), not from a year told.
RELATIVE_WORDS = AHEAD_WORDS | BACK_WORDS | {"this"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "twenty-four": 24,
                "thirty-six": 36, "forty-eight": 48, "seventy-two": 72}
# A count in figures or words, longest words first ("forty-eight", written with a hyphen or a space)
NUMBER_PATTERN = r"\d+|" + "|".join(w.replace("-", "[- ]") for w in sorted(NUMBER_WORDS, key=len, reverse=True))

_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_AGO = re.compile(rf"\b({NUMBER_PATTERN})\s+(hour|day|week|fortnight|month|year)s?\s+ago\b")
# "in two weeks", "in three days' time", "within a week": a plan counted from the story's day
_IN_TIME = re.compile(rf"^in\s+({NUMBER_PATTERN})\s+(day|week|fortnight|month|year)s?(?:'s?\s+time)?$")
_EVE = re.compile(r"\beve\s+of\s+")
# "the day after the election on October 3", "two days before the vote on Sunday", "two weeks after the election of
# 5 May": counted from the date of the event named (the words between are a short noun phrase; ``date_mentions``
# takes them into the phrase)
AROUND_EVENT = re.compile(
    rf"^(?:on\s+)?(the|{NUMBER_PATTERN})\s+(day|days|week|weeks)\s+(after|before)\s+(?:\S+\s+){{1,3}}?(?:on|of)\s+(.+)$"
)
# "14.03.2023", "14/03/2023", "03/14/2023": a day, a month and a year in figures
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
# "on 14/5", "on 5/14": a day and a month in figures without a year (only after "on": "3/4" alone may be a share)
SHORT_NUMERIC_DATE = re.compile(r"^on\s+(\d{1,2})/(\d{1,2})$")
ORDINAL_DAY = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s*$")  # "on the 14th": a day of a month left unsaid
# "on the 14th of this month", "the 3 of last month" (translated copy): a day of a month counted from the story's
_DAY_OF_A_MONTH = re.compile(
    r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?(this|current|present|last|past|previous|next|coming)?\s*"
    r"month\b"
)
_MONTH_OFFSETS = {"this": 0, "current": 0, "present": 0, None: 0, "last": -1, "past": -1, "previous": -1, "next": 1,
                  "coming": 1}


def _day(d: dt.date) -> str:
    return d.isoformat()


def month_of(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def shift_month(d: dt.date, months: int) -> dt.date:
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
    >>> resolve_date("in 9999999 days", dt.date(2022, 2, 11), "future") is None  # past the calendar: no date
    True
    """
    try:
        return _resolve(text, published, direction)
    except (OverflowError, ValueError):  # a count that runs past the calendar ("in 9999999 days")
        return None


def _resolve(text: str, published: dt.date | None, direction: Direction) -> str | None:
    lowered = text.lower().replace("’", "'")
    eve = _EVE.search(lowered)
    if eve:  # "the eve of Tuesday's summit": the day before the day it names
        named = resolve_date(lowered[eve.end():], published, direction)
        return _day(dt.date.fromisoformat(named) - dt.timedelta(days=1)) if named and len(named) == 10 else None
    around = AROUND_EVENT.search(lowered.strip())
    if around:  # "two days after the vote on October 3"
        named = resolve_date(around[4], published, direction)
        if not named or len(named) != 10:
            return None
        count = 1 if around[1] == "the" else count_of(around[1])
        shift = dt.timedelta(days=count * (7 if around[2].startswith("week") else 1))
        moved = dt.date.fromisoformat(named) + (shift if around[3] == "after" else -shift)
        return month_of(moved) if around[2].startswith("week") else _day(moved)
    words = _words(lowered)
    iso = _ISO.search(lowered)
    if iso:
        try:
            return _day(dt.date(int(iso[1]), int(iso[2]), int(iso[3])))
        except ValueError:
            return None
    numeric = NUMERIC_DATE.search(lowered)
    if numeric:
        return _numeric_day(int(numeric[1]), int(numeric[2]), int(numeric[3]))
    short = SHORT_NUMERIC_DATE.search(lowered.strip())
    if short and published is not None:
        first, second = int(short[1]), int(short[2])
        numbers = (first, second) if second <= 12 else (second, first)  # day first unless only "5/14" can be
        return _month_day(published, numbers[1], numbers[0], direction, words) if 1 <= numbers[1] <= 12 else None
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
    if month and year is None and published is not None and "this" in words and "year" not in words:
        year = published.year  # "this May": the May of the story's year, before or after it
    if year and month and day:
        return _safe_day(year, month, day)
    if year and month:
        return f"{year:04d}-{month:02d}"
    if year and not month:
        return f"{year:04d}"
    if published is None:
        return None

    of_a_month = _DAY_OF_A_MONTH.search(lowered)
    if of_a_month:  # "the 14th of this month": that day of the month named
        month_start = shift_month(published, _MONTH_OFFSETS[of_a_month[2]])
        return _safe_day(month_start.year, month_start.month, int(of_a_month[1]))
    # "the last week of August" names August (its "last week" is no week before the story's)
    part_of_month = month is not None and _PART_OF.search(lowered) is not None
    weekday_of_week = _weekday_of_a_week(words, published)
    if weekday_of_week is not None:
        return weekday_of_week
    relative = None if part_of_month else _relative(words, lowered, published, direction)
    if relative is not None:
        return relative
    if month and day:
        return _month_day(published, month, day, direction, words)
    if month:  # ("the last week of August": that "last" says which week, not which August; "last March" stays)
        return _month_only(published, month, direction, _without_part_qualifier(words) if part_of_month else words)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        return _day(_weekday(published, weekday, direction, words))
    ordinal = ORDINAL_DAY.search(lowered)
    if ordinal and 1 <= int(ordinal[1]) <= 31:
        return _day_of_month(published, int(ordinal[1]), direction)
    season = SEASONS.get(words[-1]) if len(words) >= 2 else None  # "in the spring", not "summer residence"
    if season is not None:
        return _season(published, season, direction, words)
    return None


def _weekday_of_a_week(words: list[str], published: dt.date) -> str | None:
    """ "on Thursday last week", "Tuesday of next week", "on Friday this week": that weekday of the week named."""
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is None or "week" not in words[1:]:
        return None
    offsets = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1, "this": 0}
    offset = offsets.get(words[words.index("week", 1) - 1])
    if offset is None:
        return None
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
    return _day(monday + dt.timedelta(days=weekday))


def _without_part_qualifier(words: list[str]) -> list[str]:
    """The words of "the last week of next March" without the "last" that says which week."""
    parts = {"week", "weeks", "days", "half", "end", "beginning", "start", "middle"}
    return [w for i, w in enumerate(words)
            if not (w in {"last", "first", "next"} and i + 1 < len(words) and words[i + 1] in parts)]


_PART_OF = re.compile(r"\b(week|weeks|days|half|end|beginning|start|middle)\s+of\b")
# the month each (northern) season begins ("fall": American English)
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(published: dt.date, first_month: int, direction: Direction, words: list[str]) -> str:
    """ "in the spring", "next summer", "last winter": the year the season begins in — the one under way or
    ahead for a plan, the one begun before for a past event."""
    starts = [dt.date(year, first_month, 1) for year in range(published.year - 2, published.year + 2)]
    begun = [s for s in starts if s <= published]
    ahead = [s for s in starts if s > published]
    if "last" in words or "past" in words:
        ended = [s for s in begun if shift_month(s, 3) <= published]
        return str(ended[-1].year)
    if "next" in words or "coming" in words:
        return str(ahead[0].year)
    if "this" in words:  # "this spring": the season of the story's year (the winter under way in January)
        return str(published.year - 1 if first_month == 12 and published.month < 3 else published.year)
    under_way = begun and shift_month(begun[-1], 3) > published
    if direction == "future":
        return str(begun[-1].year if under_way else ahead[0].year)
    return str(begun[-1].year)


def _relative(words: list[str], lowered: str, published: dt.date, direction: Direction) -> str | None:
    wordset = set(words)
    part_of_today = re.fullmatch(r"(?:(?:in|earlier|later)\s+)?this\s+(?:same\s+|very\s+)?"
                                 r"(?:morning|afternoon|evening|day)", lowered.strip())
    if "today" in wordset or "tonight" in wordset or part_of_today or lowered.strip() == "earlier today":
        return _day(published)  # also "this same morning" (translated copy), "earlier this morning"
    if direction == "future" and lowered.strip() == "later in the day":
        return _day(published)  # "will call him later in the day" (told of the past, it is the day told before)
    if "yesterday" in wordset:  # "the day before yesterday": two days back
        return _day(published - dt.timedelta(days=2 if "before" in wordset else 1))
    if "last night" in lowered:  # the evening before the story ran
        return _day(published - dt.timedelta(days=1))
    if "tomorrow" in wordset:  # "the day after tomorrow": two days ahead
        return _day(published + dt.timedelta(days=2 if "after" in wordset else 1))
    ago = _AGO.search(lowered)
    if ago:
        count = count_of(ago[1])
        unit = ago[2]
        if unit == "hour":  # "48 hours ago"
            return _day(published - dt.timedelta(days=count // 24))
        if unit == "day":
            return _day(published - dt.timedelta(days=count))
        if unit in {"week", "fortnight"}:
            return month_of(published - dt.timedelta(weeks=count * (2 if unit == "fortnight" else 1)))
        if unit == "month":
            return month_of(shift_month(published, -count))
        return f"{published.year - count:04d}"
    ahead = _IN_TIME.search(lowered.strip()) if direction == "future" else None
    if ahead:  # "will travel to Lima in two weeks" (told of the past, "in two days" is a length of time)
        count, unit = count_of(ahead[1]), ahead[2]
        if unit == "day":
            return _day(published + dt.timedelta(days=count))
        if unit in {"week", "fortnight"}:
            return month_of(published + dt.timedelta(weeks=count * (2 if unit == "fortnight" else 1)))
        if unit == "month":
            return month_of(shift_month(published, count))
        return f"{published.year + count:04d}"
    if "weekend" in wordset:
        return month_of(_weekend(published, direction, wordset))
    for unit in ("week", "month", "year"):
        if unit not in wordset:
            continue
        if f"{unit} before last" in lowered:
            offset = -2  # "the week before last"
        elif "last" in wordset or "past" in wordset or "previous" in wordset:
            offset = -1
        elif "next" in wordset or "coming" in wordset or "following" in wordset:
            offset = 1
        elif "this" in wordset or "earlier" in wordset or "later" in wordset or f"the {unit}" in lowered:
            offset = 0  # "at the end of the month": the month the story is told in
        else:
            continue
        if unit == "week":
            return month_of(published + dt.timedelta(weeks=offset))
        if unit == "month":
            return month_of(shift_month(published, offset))
        return f"{published.year + offset:04d}"
    return None


def count_of(word: str) -> int:
    """ "48", "two", "forty-eight", "forty eight" as a number."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.replace(" ", "-")]


def _weekend(published: dt.date, direction: Direction, words: set[str]) -> dt.date:
    """The Saturday of the weekend meant: "over the weekend" told of the past is the one just gone (or this one,
    when the story runs on it), "at the weekend" of a plan the coming one."""
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)  # the last Saturday, on or before
    ahead = words & {"next", "coming", "following"} or (direction == "future" and not words & {"last", "past"})
    if ahead and saturday < published - dt.timedelta(days=1):
        return saturday + dt.timedelta(weeks=1)
    if "last" in words and saturday >= published - dt.timedelta(days=1):
        return saturday - dt.timedelta(weeks=1)  # "last weekend" told on a weekend: the one before (as "last Friday")
    return saturday


def _day_of_month(published: dt.date, day: int, direction: Direction) -> str | None:
    """ "on the 14th": in this month or the one before (past), this month or the next (future)."""
    months = {"past": (0, -1, -2), "future": (0, 1, 2), "nearest": (0, -1, 1)}[direction]  # a month may lack it
    options = []
    for shift in months:
        first = shift_month(published, shift)
        if day <= calendar.monthrange(first.year, first.month)[1]:
            options.append(first.replace(day=day))
    if direction == "past":
        options = [d for d in options if d <= published]
    elif direction == "future":
        options = [d for d in options if d >= published]
    if not options:
        return None
    return _day(min(options, key=lambda d: abs((d - published).days)))


def _numeric_day(first: int, second: int, year: int) -> str | None:
    """ "14.03.2023" or "14/03/2023": day first, as most of the world writes it, unless only the other order can
    be a date ("03/14/2023", American)."""
    day, month = (first, second) if second <= 12 else (second, first)
    return _safe_day(year, month, day)


def _safe_day(year: int, month: int, day: int) -> str | None:
    try:
        return _day(dt.date(year, month, day))
    except ValueError:
        return None


def _stated_direction(direction: Direction, words: list[str]) -> Direction:
    """The direction a month or a day of a month lies in: the one its own words state ("last", "past", "next",
    "coming"), else the tense's."""
    if BACK_WORDS & set(words):
        return "past"
    if AHEAD_WORDS & set(words):
        return "future"
    return direction


def _month_day(published: dt.date, month: int, day: int, direction: Direction, words: list[str]) -> str | None:
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return None
    direction = _stated_direction(direction, words)
    if direction == "nearest":
        options = [candidate.replace(year=y) for y in (year - 1, year, year + 1)]
        return _day(min(options, key=lambda d: abs((d - published).days)))
    if direction == "past" and candidate > published:
        candidate = candidate.replace(year=year - 1)
    elif direction == "future" and candidate < published:
        candidate = candidate.replace(year=year + 1)
    return _day(candidate)


def _month_only(published: dt.date, month: int, direction: Direction, words: list[str]) -> str:
    year = published.year
    direction = _stated_direction(direction, words)
    if direction == "nearest":
        distance = (month - published.month) % 12
        ahead = distance if distance <= 6 else distance - 12  # months from publication, -5 … +6
        index = published.year * 12 + published.month - 1 + ahead
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if direction == "past" and month > published.month:
        year -= 1
    elif direction == "future" and month < published.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _weekday(published: dt.date, weekday: int, direction: Direction, words: list[str]) -> dt.date:
    back_words = bool(BACK_WORDS & set(words))  # "last Friday", "this past Friday", "the previous Friday"
    if direction == "nearest" and "next" not in words and not back_words:
        back = (published.weekday() - weekday) % 7
        ahead = (weekday - published.weekday()) % 7
        return published - dt.timedelta(days=back) if back <= ahead else published + dt.timedelta(days=ahead)
    if direction == "future" and "later" in words and weekday == published.weekday():
        return published  # "will call him later on Wednesday", told on a Wednesday: that same day
    if "next" in words or (direction == "future" and not back_words):
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if "last" in words and back == 0:
        back = 7
    return published - dt.timedelta(days=back)
