"""Gapped conjuncts: one contact verb said once for two contacts on two days.

"met Vega on May 2 and Rojas on May 4", "held talks with Li in Vientiane in October, and with Xi in Lima the
following month", "called Vega on Monday, and Rojas a day later": after the trigger's own dated phrase, an "and"
brings another side with a date of its own and no verb of its own. The reader fills in the verb: a second contact
of the same subject, form and fate, on the second day. The parser hangs such a side anywhere (on the first date,
on the verb, on "and"), so the reading is on the surface of the clause: a name right after the "and", then only a
place before its date.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Span, Token

from graph.extraction.date_mentions import entities_in

__all__ = ["GappedSide", "gapped_sides"]

# Words that may open the side after "and": the preposition of the first side, a comma, an adverb of sequence
# ("and then Rojas on Wednesday").
_OPENERS = {"with", "to", ",", "then", "also"}
# Words a side's own phrase may hold before its date: a place ("in Lima", "at the Elysee") and its determiners.
_BEFORE_DATE_POS = {"ADP", "PROPN", "DET", "PUNCT"}
# How many words a side's place may take before its date.
_PLACE_WORDS = 6


@dataclass(frozen=True)
class GappedSide:
    head: Token  # a token of the side's name (for the side resolver)
    date: Span  # the side's own date phrase
    place: Span  # the words between the side and its date ("in Lima")


def gapped_sides(trigger: Token, sent: Span, names: Container[int], states: Container[int]) -> list[GappedSide]:
    """The sides after "and" that take the trigger's verb with a date of their own. ``names`` and ``states`` are
    the token indices of people's names and of states' names."""
    dates = [e for e in entities_in(sent) if e.label_ == "DATE" and e.start > trigger.i]
    if not dates:
        return []
    found = []
    for conj in (t for t in sent if t.i > dates[0].end - 1 and t.lower_ == "and" and t.dep_ == "cc"):
        if _clause_between(trigger, conj):
            break  # another verb told between: "met A on Monday and said …"
        start = _past_openers(conj.i + 1, sent)
        ahead = next((e for e in dates if e.start == start), None)  # "and, later in the week, Rojas"
        if ahead is not None:
            start = _past_openers(ahead.end, sent)
        end = start
        while end < sent.end and sent.doc[end].pos_ in {"PROPN", "ADJ"} and sent.doc[end].ent_type_ != "DATE":
            end += 1  # "Bolivian Foreign Minister Carlos Rojas", "President Xi"
        heads = [sent.doc[i] for i in range(start, end) if i in names or i in states]
        if not heads or any(t.dep_ in {"nsubj", "nsubjpass"} for t in heads):
            continue
        date = ahead or next((e for e in dates if e.start >= end), None)
        if date is None or ahead is None and date.start - end > _PLACE_WORDS:
            continue
        place = sent.doc[end:end] if ahead is not None else sent.doc[end:date.start]
        if any(t.pos_ not in _BEFORE_DATE_POS for t in place) or any(t.lower_ == "and" for t in place) or \
                _verb_follows(date.end if ahead is None else end, sent):
            continue  # "… and Rojas on Tuesday accused her": the side is the subject of a clause of its own
        found.append(GappedSide(heads[-1], date, place))
    return found


def _past_openers(i: int, sent: Span) -> int:
    while i < sent.end and sent.doc[i].lower_ in _OPENERS:
        i += 1
    return i


def _verb_follows(i: int, sent: Span) -> bool:
    return i < sent.end and sent.doc[i].pos_ in {"VERB", "AUX"}


def _clause_between(trigger: Token, conj: Token) -> bool:
    """A verb of another clause between the trigger and the "and" ("met A on Monday, said it went well, and …")."""
    return any(t.pos_ in {"VERB", "AUX"} and t.i != trigger.i and t.dep_ not in {"amod", "aux", "auxpass"}
               for t in trigger.doc[trigger.i + 1:conj.i])
