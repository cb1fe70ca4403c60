"""Date phrases that count from the date told before: "that day", "the same day", "November of that year",
"the day before", "two days later", "the following week".

Text alone: what precision of antecedent a phrase needs (``anaphoric_unit``), how far it moves from it
(``date_shift``), and the date it names once the antecedent is known (``resolve_anaphoric``). Finding the
antecedent in the parse, the nearest date phrase told before, is ``date_mentions.antecedent_date``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from graph.extraction.dates import (
    AROUND_EVENT,
    NUMBER_PATTERN,
    Direction,
    count_of,
    month_of,
    resolve_date,
    shift_month,
)

__all__ = ["anaphoric_unit", "date_shift", "resolve_anaphoric", "SHIFT_TAILS", "UNIT_WORDS", "UNIT_PRECISION"]


_ANAPHORA = re.compile(
    r"\b(?:that|the same|(?<!this )same)\s+(day|week|month|year|morning|afternoon|evening|night)\b"  # (not "this
    # same morning", a calque of "esta misma mañana": this very morning)
    r"|\bearlier\s+in\s+the\s+(day)\b"  # "Earlier in the day, the Secretary met …": the day told before
)
# "that September", "that spring": a month or season of the year told before
_NAMED_OF_THAT_YEAR = re.compile(
    r"^(?:in\s+|on\s+|by\s+)?that\s+(" + "|".join(m.lower() for m in calendar.month_name[1:])
    + r"|spring|summer|autumn|fall|winter)$"
)
UNIT_PRECISION = {"day": 10, "week": 7, "month": 7, "year": 4}
_PART_OF_DAY = {"morning", "afternoon", "evening", "night"}
UNIT_WORDS = _PART_OF_DAY | {"day", "week", "month", "year"}
# A day, week, month or year counted from the date told before: "two days later", "48 hours later", "a week
# earlier", "the following day", "the previous evening", "the day before".
_COUNTED_SHIFT = re.compile(
    rf"\b({NUMBER_PATTERN})\s+(hour|day|week|month|year)s?\s+(later|earlier|after|before)\b"
)
_NEXT_SHIFT = re.compile(
    r"\bthe\s+(following|next|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)\b"
)
# (not "the day before yesterday", "the day after tomorrow": those count from the story's day, not the one before)
_DAY_SHIFT = re.compile(r"\bthe\s+(day|night|evening|morning)\s+(before|after)\b(?!\s+(?:yesterday|tomorrow))")
SHIFT_TAILS = {"later", "earlier", "before", "after"}  # the word that makes "two days" or "the day" count from a date


def date_shift(text: str) -> tuple[int, str] | None:
    """How far, and in what unit, a phrase counts from the date told before it: "two days later" → (2, "day"),
    "the previous week" → (-1, "week"), "48 hours later" → (2, "day"); None when it does not."""
    lowered = text.lower()
    if AROUND_EVENT.search(lowered.strip()):
        return None  # "the day after the election on October 3" counts from a date of its own
    counted = _COUNTED_SHIFT.search(lowered)
    if counted:
        count = count_of(counted[1])
        unit = counted[2]
        if unit == "hour":
            count, unit = count // 24, "day"
        return (count if counted[3] in {"later", "after"} else -count), unit
    following = _NEXT_SHIFT.search(lowered)
    if following:
        unit = "day" if following[2] in _PART_OF_DAY else following[2]
        return (1 if following[1] in {"following", "next"} else -1), unit
    around = _DAY_SHIFT.search(lowered)
    if around:
        return (1 if around[2] == "after" else -1), "day"
    return None


def anaphoric_unit(text: str) -> str | None:
    """The precision of the date told before that a phrase needs: "day" for "earlier that day", "the same day",
    "that evening", "the following day" or "a week later" (a week is counted from a day), "year" for "in November
    of that year"; None for a phrase that names its date itself."""
    shift = date_shift(text)
    if shift is not None:
        return "day" if shift[1] in {"day", "week"} else shift[1]
    if _NAMED_OF_THAT_YEAR.search(text.lower().strip()):
        return "year"
    match = _ANAPHORA.search(text.lower())
    if match is None:
        return None
    unit = match[1] or match[2]
    return "day" if unit in _PART_OF_DAY else unit


def resolve_anaphoric(text: str, antecedent: str, published: dt.date | None, direction: Direction) -> str | None:
    """ "November of that year" with the antecedent 2019 → 2019-11; "the same day" → the antecedent's day;
    "the day before" → the day before it, "a week later" → the month a week after it."""
    unit = anaphoric_unit(text)
    if unit is None:
        return None
    shift = date_shift(text)
    if shift is not None:
        try:
            return _shifted(antecedent, *shift)
        except (OverflowError, ValueError):  # "9999999 days later": past the calendar, no date
            return None
    named = _NAMED_OF_THAT_YEAR.search(text.lower().strip())
    if named:  # "that September" after 2015: September 2015
        return resolve_date(f"{named[1]} {antecedent[:4]}", published, direction)
    if unit == "year":
        replaced = _ANAPHORA.sub(antecedent[:4], text.lower())
        return resolve_date(replaced, published, direction) or antecedent[:4]
    return antecedent[:UNIT_PRECISION[unit]] if len(antecedent) >= UNIT_PRECISION[unit] else None


def _shifted(antecedent: str, count: int, unit: str) -> str | None:
    """``antecedent`` moved by ``count`` units, at the precision such a count can keep."""
    parts = [int(p) for p in antecedent.split("-")]
    if unit in {"day", "week"}:
        if len(parts) < 3:
            return None
        moved = dt.date(*parts) + dt.timedelta(days=count * (7 if unit == "week" else 1))
        return moved.isoformat() if unit == "day" else month_of(moved)
    if unit == "month":
        return month_of(shift_month(dt.date(parts[0], parts[1], 1), count)) if len(parts) >= 2 else None
    return f"{parts[0] + count:04d}"
