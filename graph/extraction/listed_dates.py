"""The other days of a listed date: "in telephone conversations on January 6 and January 8" (two calls), "on Monday
and Wednesday", "in January and in February", "in 2017, and again last year". ``contact_dates`` asks for them once it
has the first; the contact is told once a day.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from graph.extraction.date_anaphora import anaphoric_unit
from graph.extraction.date_phrases import DatePhrase
from graph.extraction.dates import Direction, resolve_date

__all__ = ["other_listed_days", "days_told_again"]


def other_listed_days(phrase: Span, resolved: str | None, published: dt.date | None, direction: Direction) -> list[str]:
    """The days ``phrase`` lists after the first (``resolved``): the parts of its text that each name a day, or the
    date entities conjoined to it in the parse ("on Monday and Wednesday")."""
    days = _listed_days(phrase.text, published, direction) or [resolved] + [
        day for c in [*phrase.root.conjuncts, *_conjoined_objects(phrase)]
        if c.ent_type_ == "DATE"  # "on Monday and Wednesday", "in January and in February"
        and (day := resolve_date(phrase.doc[c.left_edge.i:c.right_edge.i + 1].text, published, direction))
    ]
    return [d for d in days[1:] if d and d != resolved] if days[:1] == [resolved] else []


def _conjoined_objects(phrase: Span) -> list[Token]:
    """ "in January and in February": the objects of the prepositions conjoined to the one ``phrase`` hangs from."""
    preposition = phrase.root.head
    if phrase.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return []
    return [o for c in preposition.conjuncts if c.dep_ == "conj" for o in c.children if o.dep_ == "pobj"]


def days_told_again(chosen: DatePhrase, phrases: list[DatePhrase], published: dt.date | None,
                    direction: Direction) -> list[str]:
    """ "met for the first time in 2017, and again last year": the days of the trigger's other own phrases that tell
    the event once more ("again" before one of them): a phrase told "again" and the one it repeats are two events."""
    others = [p.span for p in phrases if p.governor is None and p is not chosen and not anaphoric_unit(p.span.text)]
    phrase = chosen.span
    if _again(phrase):
        told = [p for p in others if p.end <= phrase.start][-1:]
    else:
        told = [p for p in others if p.start >= phrase.end and _again(p)][:1]
    return [day for p in told if (day := resolve_date(p.text, published, direction))]


def _again(phrase: Span) -> bool:
    """ "again last year", "again in 2021", "and again on Friday": a date phrase with "again" right before it."""
    doc = phrase.doc
    before = [doc[i] for i in range(max(phrase.start - 2, 0), phrase.start)]
    if before and before[-1].lower_ == "again":
        return True
    return len(before) == 2 and before[0].lower_ == "again" and before[1].pos_ == "ADP"


def _listed_days(text: str, published: dt.date | None, direction: Direction) -> list[str]:
    """ "January 6 and January 8", "Monday and again on Wednesday": each listed day, in order, when every
    part names one on its own."""
    parts = [p for p in re.split(r",\s*|\s+and\s+(?:again\s+)?(?:on\s+)?", text) if p.strip()]
    days = [resolve_date(p, published, direction) for p in parts]
    if len(days) < 2 or any(d is None for d in days):
        return []
    return list(dict.fromkeys(d for d in days if d))
