"""The day of an occasion a contact is told at, from the sentence before that dates it: "The G20 summit opened in
Bali on November 14. During the summit, Biden met Xi."

A contact with no date phrase of its own, told "during", "at" or "on the sidelines of" an occasion named with a
definite article ("the summit", "those talks", "the inauguration"), took place when that occasion did; an article
often dates the occasion once, in the sentence that tells it first. ``contact_dates`` asks for this day when the
contact's own sentence gives none.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from graph.extraction.date_anaphora import anaphoric_unit, date_shift, resolve_anaphoric
from graph.extraction.date_phrases import date_phrases, is_a_bound
from graph.extraction.dates import Direction, resolve_date
from graph.extraction.lexicon import Lexicon

__all__ = ["occasion_day"]

_DURING = {"during", "at", "for", "on", "in"}  # (not "after the summit", "before the talks": no day of theirs)
_AROUND = {"after", "before"}  # "two days after the summit": counted from its day
_DEFINITE = {"the", "that", "those", "this", "these"}
# Words that make an occasion another one of its kind ("the last summit", "the previous round", "the 2019 summit")
_ANOTHER = {"first", "last", "previous", "earlier", "next", "past", "second", "third", "latest", "prior", "former"}
LOOK_BACK_SENTENCES = 6  # how far back the occasion's date is looked for


def occasion_day(trigger: Token, published: dt.date | None, direction: Direction, lex: Lexicon) -> str | None:
    """The day of the occasion ``trigger``'s contact is told at ("during the summit"), from the nearest sentence
    before that names that occasion with a date of its own; or a count of days from it ("two days after the
    summit")."""
    occasion = _occasion(trigger, lex)
    if occasion is not None:
        return _told_day(occasion, published, direction, lex)
    counted = _counted_from(trigger, lex)
    if counted is None:
        return None
    day = _told_day(counted[0], published, direction, lex)
    return resolve_anaphoric(counted[1], day, published, direction) if day and len(day) == 10 else None


def _told_day(occasion: Token, published: dt.date | None, direction: Direction, lex: Lexicon) -> str | None:
    """The date of the nearest sentence before ``occasion``'s that tells an occasion of the same noun with one."""
    doc = occasion.doc
    sent = occasion.sent
    for _ in range(LOOK_BACK_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for token in reversed(list(sent)):
            if token.lemma_.lower() != occasion.lemma_.lower() or token.pos_ != "NOUN":
                continue
            if any(c.dep_ == "amod" and (c.lower_ in _ANOTHER or c.ent_type_ == "ORDINAL") for c in token.children):
                break  # "the first Andean summit was held in 2019": another occasion of the kind, not this one
            for phrase in date_phrases(token, sent, lex.schedule_words):
                if anaphoric_unit(phrase.span.text) or is_a_bound(phrase.span):
                    continue
                day = resolve_date(phrase.span.text, published, direction)
                if day is not None:
                    return day
    return None


def _counted_from(trigger: Token, lex: Lexicon) -> tuple[Token, str] | None:
    """The occasion a contact is counted from and the count ("two days after the summit", "the day after the
    summit"): an "after" or "before" with a count of days, the parser hanging either on the other."""
    for child in trigger.children:
        count: Token | None = None
        prep: Token | None = None
        if child.dep_ == "prep" and child.lower_ in _AROUND:
            count = next((c for c in child.children if c.dep_ == "npadvmod"), None)
            prep = child
        elif child.dep_ == "npadvmod":
            count, prep = child, next((c for c in child.children if c.dep_ == "prep" and c.lower_ in _AROUND), None)
        if count is None or prep is None:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        text = f"{trigger.doc[count.left_edge.i:count.i + 1].text} {prep.lower_}"
        if noun is not None and _definite_occasion(noun, lex) and date_shift(text) is not None:
            return noun, text
    return None


def _definite_occasion(noun: Token, lex: Lexicon) -> bool:
    """ "the summit", "those talks": an occasion noun of the lexicon (in its lemma or as written: the list holds
    "talks", whose lemma is "talk") with a definite determiner."""
    return (noun.lemma_.lower() in lex.occasion_nouns or noun.lower_ in lex.occasion_nouns) and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _occasion(trigger: Token, lex: Lexicon) -> Token | None:
    """The noun of the occasion the contact is told at: "[during] the summit", "on the sidelines of the summit",
    "met Yermak for those talks", with a definite article and no date of its own."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DURING:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in lex.setting_nouns:  # "on the sidelines of the summit"
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is not None and _definite_occasion(noun, lex):
            return noun
    return None
