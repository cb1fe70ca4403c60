"""Where a contact's bare date lies: "Friday" in "spoke on Friday" is the last Friday, in "will speak on Friday" the
next one, and for a plan told in the past ("had been due to meet on July 7", "was scheduled for Tuesday", "has been
postponed") the nearest one. ``contact_dates`` asks this for each trigger; ``dates`` resolves the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.dates import Direction
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality_cues import has_particle
from graph.extraction.records import Modality

__all__ = ["date_direction", "told_in_the_past", "calls_off"]


_PAST_AUX = {"had", "was", "were"}  # auxiliaries of a plan told in the past ("had been due", "was scheduled")


def told_in_the_past(date: Token, trigger: Token, first_plan_adverbs: frozenset[str]) -> bool:
    """Whether a verb between a date and its trigger is in a past tense ("which had been scheduled for April") or
    tells the day first planned ("originally set for May 10")."""
    for verb in date.ancestors:
        if verb == trigger:
            return False
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PAST_AUX for c in verb.children):
            return True
        if any(c.dep_ == "advmod" and c.lower_ in first_plan_adverbs for c in verb.children):
            return True
    return False


def _told_ahead(trigger: Token, lex: Lexicon) -> bool:
    """Whether the event is told as one to come: a future auxiliary on it or on a verb a step or two above it
    ("won't meet", "will not be travelling"), or a plan verb in the present ("is not expected to visit",
    "does not plan to attend")."""
    planned = lex.modality["planned"]
    for token in [trigger, *list(trigger.ancestors)[:2]]:
        if any(c.dep_ == "aux" and c.lower_ in planned["auxiliaries"] for c in token.children):
            return True
        present = any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in token.children)
        if token is not trigger and present and token.lemma_.lower() in planned["governors"]:
            return True
    return False


def date_direction(trigger: Token, modality: Modality, lex: Lexicon) -> Direction:
    """Where a bare "Tuesday" or "in April" lies: ahead for plans and for what will not happen ("will not
    travel to Rome in May", "is not expected to meet him next week"); for a plan told in the past ("had been
    due to travel in April", "was scheduled for Tuesday, was scrapped") the nearest such day."""
    if modality == "denied" and _told_ahead(trigger, lex):
        return "future"
    if modality in {"occurred", "denied"}:
        return "past"
    aux = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    if "have" in aux and aux & {"to", "would", "could"}:
        return "past"  # "were to have met on Friday", "would have met on Monday": the day has gone by
    for token in [trigger, *list(trigger.ancestors)[:3]]:
        for child in token.children:
            if child.dep_ in {"aux", "auxpass"} and (child.lower_ in _PAST_AUX or child.tag_ == "VBD"):
                return "nearest"
        if token.tag_ == "VBD" and (token.lemma_ == "be" or calls_off(token, lex)):
            return "nearest"
        if calls_off(token, lex) and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
            return "nearest"  # "a visit due on May 9 has been postponed": the day may have gone by
    return "future"


def calls_off(token: Token, lex: Lexicon) -> bool:
    """ "postponed", "scrapped", "called off" (not "called for talks"): a verb that calls off a plan, by the
    lexicon's cues of cancellation."""
    cancelled = lex.modality["cancelled"]
    return token.lemma_.lower() in cancelled["governors"] or has_particle(token, cancelled["particles"])
