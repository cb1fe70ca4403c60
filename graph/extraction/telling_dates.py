"""Dates told around a saying, deciding or refusing: which of a sentence's dates is the telling's, and which the
event's ("said on Tuesday she would meet Vega", "agreed on Monday to hold talks", "said Sunday he had held
talks with X"), and an event counted from the main clause's day ("a day after Soto said she had called Vega").

``contact_dates.contact_date`` asks these while it walks a trigger's date phrases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from graph.extraction.date_anaphora import anaphoric_unit, date_shift, resolve_anaphoric
from graph.extraction.date_phrases import DatePhrase, date_phrases, verb_before_clause
from graph.extraction.dates import WEEKDAYS, resolve_date
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality_cues import REPORTING, has_particle
from graph.extraction.passage_days import passage_day_of
from graph.extraction.pipeline import SUBJECTS, has_to_infinitive

__all__ = [
    "before_the_infinitive", "counted_from_main_clause", "dates_the_decision", "not_before_its_telling", "refuses",
    "saying_last", "told_as_before", "day_of_an_earlier_telling",
]

_REVERSED_MARKS = {"after": "before", "before": "after"}


def dates_the_decision(phrase: DatePhrase) -> bool:
    """A date hung on a past verb and told before the complement clause the event sits in ("agreed on Monday to
    hold talks", "decided last week to send envoys"): it dates the deciding, not the event decided on."""
    governor = phrase.governor
    if governor is None or governor.tag_ != "VBD":
        return False
    complements = [c for c in governor.children if c.dep_ in {"xcomp", "ccomp"}]
    return any(phrase.span.end <= c.left_edge.i for c in complements)


def refuses(verb: Token | None, lex: Lexicon) -> bool:
    """A verb that turns down the event in its complement ("ruled out", "refused", "declined")."""
    denied = lex.modality["denied"]
    return verb is not None and (verb.lemma_.lower() in denied["governors"] or has_particle(verb, denied["particles"]))


def saying_last(trigger: Token, phrases: list[DatePhrase]) -> list[DatePhrase]:
    """The phrases with those that date the telling last ("said on Wednesday he had met Vega the previous day": the
    parser hangs "on Wednesday" on "met", but it stands before the clause, with "said")."""
    def of_the_saying(phrase: DatePhrase) -> bool:
        teller = phrase.governor or verb_before_clause(phrase.span, trigger)
        return teller is not None and teller.lemma_.lower() in REPORTING

    return sorted(phrases, key=of_the_saying)


def told_as_before(trigger: Token, teller: Token) -> bool:
    """The trigger's clause, under ``teller``'s, is in the pluperfect ("said he had met X"): its event lies
    before the telling, whose day is not its own."""
    verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb is teller or teller not in verb.ancestors or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def before_the_infinitive(phrase: Span, verb: Token) -> bool:
    """Whether ``phrase`` stands before a "to"-infinitive clause of ``verb`` ("invited Vega on Friday to visit"):
    a date told before what the verb asks for is the day of the asking."""
    return any(c.dep_ in {"xcomp", "ccomp", "advcl"} and has_to_infinitive(c) and phrase.end <= c.left_edge.i
               for c in verb.children)


def not_before_its_telling(phrase: Span, resolved: str, sent: Span, published: dt.date | None) -> str:
    """ "Stubb postponed a state visit that had been due to begin on Monday, his office said on Wednesday": a plan
    told in the past names the nearest such weekday, but not one before the day the sentence says the plan (or
    its end) was announced — the weekday it names is then the first such day from that one on."""
    if published is None or len(resolved) != 10 or not any(t.lower_ in WEEKDAYS for t in phrase):
        return resolved
    told = _reported_on(sent, published)
    if told is None or resolved >= told.isoformat():
        return resolved
    return resolve_date(phrase.text, told - dt.timedelta(days=1), "future") or resolved


def _reported_on(sent: Span, published: dt.date | None) -> dt.date | None:
    """The day a reporting verb of ``sent`` says something was told on ("his office said on Wednesday")."""
    for verb in sent:
        if verb.lemma_.lower() not in REPORTING or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for phrase in _dates_hung_on(verb.children):
            day = resolve_date(phrase, published, "past")
            if day and len(day) == 10 and not anaphoric_unit(phrase):
                return dt.date.fromisoformat(day)
    return None


def counted_from_main_clause(trigger: Token, sent: Span, published: dt.date | None) -> str | None:
    """ "The announcement came a day after Soto said she had called Vega", "spoke on Tuesday, two months after
    their summit": an event told in a clause (or by a noun) that "a day after" or "two days before" sets against the
    main clause took place that far from the main clause's day —
    its own date phrase, else the day of the passage (the main clause tells the story's news). The count itself
    names no day (``names_a_date``), so the trigger's own date phrases never give it."""
    for clause in [trigger, *trigger.ancestors]:
        doc = sent.doc
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in _REVERSED_MARKS), None)
        if mark is not None:
            count = doc[mark.i - 1] if mark.i > sent.start else None  # the parser hangs it on either verb
            main = clause.head
            if count is None or count.dep_ != "npadvmod" or clause.dep_ != "advcl" or main.tag_ not in {"VBD", "VBN"}:
                return None
        elif clause.dep_ in {"pcomp", "pobj"} and clause.head.dep_ == "prep" and clause.head.lower_ in _REVERSED_MARKS \
                and (clause.dep_ == "pcomp" or clause is trigger):
            # "hosted Zelensky on Wednesday, a day after receiving a call from Putin": a gerund after "after"; "spoke
            # by phone on Tuesday, two months after their summit in Tokyo": the contact noun itself
            mark, main = clause.head, clause.head.head
            count = next((c for c in mark.children if c.dep_ == "npadvmod"), None)
            if count is None and main.dep_ == "npadvmod":  # ("a day" the head of "after", hung on the main verb)
                count, main = main, main.head
            if count is None or main.tag_ not in {"VBD", "VBN"}:
                return None
        else:
            continue
        counted = doc[count.left_edge.i:count.i + 1].text + " " + _REVERSED_MARKS[mark.lower_]
        if date_shift(counted) is None:
            return None  # "shortly after", "soon after": no count
        inside = {t.i for t in clause.subtree}
        anchor = next((day for p in date_phrases(main, sent) if p.span.root.i not in inside
                       and not anaphoric_unit(p.span.text)
                       and (day := resolve_date(p.span.text, published, "past"))), None)
        anchor = anchor or passage_day_of(sent, published)
        return resolve_anaphoric(counted, anchor, published, "past") if anchor else None
    return None





def day_of_an_earlier_telling(trigger: Token, published: dt.date | None) -> str | None:
    """ "said Sunday he had held talks with X": the day of a saying dated on its own, under which the trigger's
    clause is in the pluperfect. The event came before the saying, so that day is not its own date; it is what a
    reader falls back on when no other day of the same sides is told (``events``), the talks often being news
    of that same day ("wrote on X on Tuesday that he and Putin had held talks")."""
    teller = next((t for t in trigger.ancestors if t.lemma_.lower() in REPORTING and t.pos_ == "VERB"), None)
    if teller is None or not told_as_before(trigger, teller):
        return None
    clause = next((t for t in [trigger, *trigger.ancestors] if t.head is teller and t is not teller), teller)
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    # "said on Monday he had held talks": the parser may hang the saying's date in the clause, before its subject
    hung = [c for c in clause.children if subject is not None and c.i < subject.left_edge.i]
    for phrase in _dates_hung_on([*teller.children, *hung]):
        day = None if anaphoric_unit(phrase) else resolve_date(phrase, published, "past")
        if day is not None:
            return day
    return None


def _dates_hung_on(children: Iterable[Token]) -> Iterator[str]:
    """The whole date phrases ("March 3", not "March") a verb's children give it: a date itself ("said Sunday")
    or the object of a preposition ("said on Wednesday"), in the order of the children."""
    for child in children:
        date = next((o for o in child.children if o.dep_ == "pobj"), None) if child.dep_ == "prep" else child
        if date is None or date.ent_type_ != "DATE" or child.dep_ not in {"prep", "npadvmod"}:
            continue
        yield child.doc[date.left_edge.i : date.right_edge.i + 1].text
