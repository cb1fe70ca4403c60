"""The year a date told without one belongs to, from the story around it: "Soto met Vega in June 2019. In October,
she visited Lima" (October 2019, ``in_the_narrative_year``); "In 2019, A met B in Osaka on June 29" (that June of
2019, ``within_the_year``). ``contact_dates`` asks these for a trigger's own date phrase.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from graph.extraction.date_anaphora import anaphoric_unit, date_shift
from graph.extraction.date_mentions import entities_in, names_a_date
from graph.extraction.date_phrases import DatePhrase
from graph.extraction.dates import RELATIVE_WORDS, WEEKDAYS, Direction, resolve_date

__all__ = ["in_the_narrative_year", "within_the_year"]

_YEAR_TOLD = re.compile(r"\b(?:19|20)\d{2}\b")


def in_the_narrative_year(phrase: Span, published: dt.date | None, direction: Direction) -> str | None:
    """ "Soto met Vega in June 2019. In October, she visited Lima": a month told without its year, just after a
    month of a past year, carries the story on from there — the first such month after it (October 2019), as long
    as that lies before publication. Only after a month and a year ("first met in 2015. In January, …" may well
    be this January) and only for what happened."""
    text = phrase.text
    if published is None or direction != "past" or _YEAR_TOLD.search(text) or anaphoric_unit(text):
        return None
    bare = _month_of_its_own(phrase)
    if bare is None:
        return None
    doc = phrase.doc
    first = phrase.sent.start if phrase.sent.start == 0 else doc[phrase.sent.start - 1].sent.start
    # ("weeks after", "that September": the year told before goes on)
    before = [e for e in entities_in(doc[first:phrase.start]) if e.label_ == "DATE" and not _aside(e)
              and names_a_date(e.text) and not _of_the_same_year(e)]
    if not before or not _YEAR_TOLD.search(before[-1].text):  # the date just told, not one further back
        return None
    told = resolve_date(before[-1].text, published, "past")
    if told is None or len(told) < 7 or int(told[:4]) >= published.year:
        return None
    year = int(told[:4]) + (1 if bare[5:7] < told[5:7] else 0)
    carried = f"{year:04d}{bare[4:]}"
    return carried if carried[:7] <= published.isoformat()[:7] and carried[:7] >= told[:7] else None


def within_the_year(year: str, chosen: DatePhrase, phrases: list[DatePhrase]) -> tuple[str, DatePhrase] | None:
    """ "In 2019, Soto met Vega in Osaka on June 29": a year and another phrase of the trigger's own that names a
    month or a day of a month without one — that month or day of the year, and that phrase."""
    for phrase in phrases:
        text = phrase.span.text
        if phrase is chosen or phrase.governor is not None or _YEAR_TOLD.search(text) or anaphoric_unit(text):
            continue
        bare = _month_of_its_own(phrase.span)
        if bare is not None:
            return year + bare[4:], phrase
    return None


def _month_of_its_own(phrase: Span) -> str | None:
    """The month (and day) a phrase names with no year, as of the year 2001 ("2001-10", "2001-06-29"); None for a
    weekday or a date told from the story's time ("last month", "next June"), which no year told before moves."""
    bare = resolve_date(phrase.text, dt.date(2001, 12, 31))
    if bare is None or not bare.startswith("2001-") or any(
            t.lower_ in WEEKDAYS or t.lower_ in RELATIVE_WORDS for t in phrase):
        return None
    return bare


def _of_the_same_year(date: Span) -> bool:
    """ "[that] September", "[that] year": a date of the year told before it, which keeps the story in that year."""
    doc = date.doc
    start = date.start - 1 if date.start > 0 and doc[date.start - 1].lower_ == "that" else date.start
    text = doc[start:date.end].text
    return anaphoric_unit(text) == "year" and date_shift(text) is None



def _aside(date: Span) -> bool:
    """A date told in a relative clause or as a bound ("the two, who last met in November 2023, …", "since
    2019"): a look back that does not move the story's time."""
    return date.root.head.lower_ in {"since", "until"} or any(a.dep_ == "relcl" for a in date.root.ancestors)
