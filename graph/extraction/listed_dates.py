"""The other days of a listed date: "in telephone conversations on January 6 and January 8" (two calls), "on Monday
and Wednesday". ``contact_dates`` asks for them once it has the first; the contact is told once a day.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from graph.extraction.dates import Direction, resolve_date

__all__ = ["other_listed_days"]


def other_listed_days(phrase: Span, resolved: str | None, published: dt.date | None, direction: Direction) -> list[str]:
    """The days ``phrase`` lists after the first (``resolved``): the parts of its text that each name a day, or the
    date entities conjoined to it in the parse ("on Monday and Wednesday")."""
    days = _listed_days(phrase.text, published, direction) or [resolved] + [
        day for c in phrase.root.conjuncts if c.ent_type_ == "DATE"  # "on Monday and Wednesday"
        and (day := resolve_date(c.text, published, direction))
    ]
    return [d for d in days[1:] if d and d != resolved] if days[:1] == [resolved] else []


def _listed_days(text: str, published: dt.date | None, direction: Direction) -> list[str]:
    """ "January 6 and January 8", "Monday and again on Wednesday": each listed day, in order, when every
    part names one on its own."""
    parts = [p for p in re.split(r",\s*|\s+and\s+(?:again\s+)?(?:on\s+)?", text) if p.strip()]
    days = [resolve_date(p, published, direction) for p in parts]
    if len(days) < 2 or any(d is None for d in days):
        return []
    return list(dict.fromkeys(d for d in days if d))
