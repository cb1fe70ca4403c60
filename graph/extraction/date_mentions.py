"""The date phrases a stretch of text mentions, and the date told before a phrase that counts from it.

The model tags most dates, but not always whole: ``date_entities`` joins adjacent ones ("[Monday] [morning]"),
takes in the words that make a date count from another ("[the day] before", "the eve of [Tuesday]'s summit"),
and adds the phrases it leaves untagged ("that evening", "on 14.03.2023", "his 2022 meeting"). ``names_a_date``
tells a day, month or year from a time of day or a length of time. ``antecedent_date`` finds the date an
anaphoric "that day" names. Which of a sentence's phrases dates a trigger's event is ``date_phrases``; resolving
a phrase's text is ``dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from graph.extraction.date_anaphora import SHIFT_TAILS, UNIT_PRECISION, UNIT_WORDS, anaphoric_unit, date_shift
from graph.extraction.dates import (
    AROUND_EVENT,
    MONTHS,
    NUMBER_PATTERN,
    NUMERIC_DATE,
    ORDINAL_DAY,
    SEASONS,
    SHORT_NUMERIC_DATE,
    WEEKDAYS,
    Direction,
    resolve_date,
)
from graph.extraction.pipeline import PERSON_TOKENS_KEY

__all__ = ["names_a_date", "entities_in", "date_entities", "antecedent_date"]

_ANY_DAY = dt.date(2001, 1, 1)  # a publication date to test whether a phrase could name a date at all


def names_a_date(text: str) -> bool:
    """Whether a date or time entity names a day, month or year, itself or from the date told before: not a
    time of day ("by lunchtime", "at 6 p.m.", "10:42 GMT") or a length of time ("for four days").

    >>> names_a_date("on Wednesday morning"), names_a_date("in the afternoon"), names_a_date("that evening")
    (True, False, True)
    """
    return resolve_date(text, _ANY_DAY) is not None or resolve_date(text, _ANY_DAY, "future") is not None or \
        anaphoric_unit(text) is not None  # ("in two weeks" names a day only ahead)


def entities_in(span: Span) -> list[Span]:
    """The named entities inside ``span``. ``Span.ents`` rebuilds every entity of the whole document on each
    call; the document's are built once and kept in its ``user_data``."""
    doc = span.doc
    cached = doc.user_data.get("diplograph_ents")
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data["diplograph_ents"] = (ents, [e.start for e in ents])
    ents, starts = cached
    return [e for e in ents[bisect_left(starts, span.start):] if e.end <= span.end]


def date_entities(span: Span) -> list[Span]:
    """The date phrases of ``span`` that may name a date: its date and time entities, adjacent ones joined
    ("[Monday] [morning]"), each with the words that make it count from another date, which the model leaves
    outside it ("[the day] before", "[48 hours] later", "the eve of [Tuesday]'s summit"), but not an ordinal that
    numbers a thing ("the 23rd summit"); and the phrases that count from the date told before which the model
    does not tag at all ("that evening", "the following day")."""
    doc = span.doc
    found: list[Span] = []
    # (the article's actors store their name tokens before any date is read: ``ArticleActors.__init__``)
    people: frozenset[int] = doc.user_data.get(PERSON_TOKENS_KEY, frozenset())
    for ent in entities_in(span):
        if ent.label_ not in {"DATE", "TIME"} and not _day_of_the_month_as_ordinal(ent) and \
                not _date_tagged_as_an_event(ent):
            continue
        if all(t.i in people for t in ent):
            continue  # "May discussed the case": Theresa May, not the month
        if ORDINAL_DAY.search(ent.text.lower()) and ent[-1].head.i >= ent.end:
            continue  # "the 23rd ASEAN summit", "the 70th anniversary": an ordinal numbering a thing
        start, end = ent.start, ent.end
        if ent.label_ == "ORDINAL" and ent[0].lower_ != "the":
            start -= 1  # "[the] 5th": the article the model left out, which makes it a day
        if found and found[-1].end == start and found[-1][-1].ent_type_ in {"DATE", "TIME"}:
            start = found.pop().start  # "Sunday" + "evening"
        found.append(doc[start:end])
    tagged = {t.i for phrase in found for t in phrase}
    for token in span:
        if token.i not in tagged and NUMERIC_DATE.fullmatch(token.text):
            found.append(doc[token.i:token.i + 1])  # "on 14.03.2023": the model rarely tags a date in figures
            continue
        if token.i not in tagged and token.i > span.start and "/" in token.text and doc[token.i - 1].lower_ == "on" \
                and SHORT_NUMERIC_DATE.fullmatch(doc[token.i - 1:token.i + 1].text.lower()):
            found.append(doc[token.i - 1:token.i + 1])  # "on 14/5": with the "on" that makes it a day
            continue
        if token.i not in tagged and _year_modifying_a_noun(token):
            found.append(doc[token.i:token.i + 1])  # "his 2022 meeting with Putin": the model reads a count
            continue
        if token.lower_ in WEEKDAYS and token.i not in tagged and token.text[:1].isupper() and \
                token.ent_type_ not in {"DATE", "TIME"}:
            found.append(doc[token.i:token.i + 1])  # "On Saturday Sall flew": the model made it part of a name
            continue
        if token.lower_ in SEASONS and token.i not in tagged and token.dep_ == "pobj" and \
                token.head.lower_ in {"in", "during", "over"} and not _season_of_a_thing(token):
            found.append(doc[token.left_edge.i:token.i + 1])  # "met in the autumn": the model may tag nothing
            continue
        if token.lower_ == "ago" and token.i not in tagged:
            untagged = doc[token.left_edge.i:token.i + 1]
            if resolve_date(untagged.text, _ANY_DAY) is not None:
                found.append(untagged)  # "visited Lima a fortnight ago": the model may tag nothing
            continue
        if token.lower_ in UNIT_WORDS and token.i not in tagged:
            untagged = doc[token.left_edge.i:token.i + 1]
            if anaphoric_unit(untagged.text) or _counted_untagged(untagged):
                found.append(untagged)  # "That evening she had dinner with …", "The day before, …"
    return sorted((_with_context(phrase) for phrase in found), key=lambda p: p.start)


_RANGE_WORDS = {"between", "from", "to", "and", "the", "of", "-", "–"}


def _date_tagged_as_an_event(ent: Span) -> bool:
    """ "between [September 5 and 7]": a span the model tags as an event that holds nothing but a month or a weekday,
    days in figures and the words of a range (not "the September 11 attacks", which names an event)."""
    words = [t.lower_ for t in ent]
    return ent.label_ == "EVENT" and any(w in MONTHS or w in WEEKDAYS for w in words) and all(
        w in MONTHS or w in WEEKDAYS or w in _RANGE_WORDS or (w.isdigit() and (int(w) <= 31 or len(w) == 4))
        for w in words)


def _season_of_a_thing(token: Token) -> bool:
    """ "during the fall of Kabul", "in the autumn of her career": a season word "of" something other than a year
    is no season."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and not any(o.like_num for o in c.children)
               for c in token.children)


def _day_of_the_month_as_ordinal(ent: Span) -> bool:
    """ "met Vega on [the 5th] in Lima": a day of the month the model tags as an ordinal — "the" and an ordinal
    alone, the object of a preposition of time (not "the 5th summit", "for the 5th time")."""
    if ent.label_ != "ORDINAL" or ent.start == 0 or not ORDINAL_DAY.fullmatch(f"the {ent[-1].text}".lower()):
        return False
    before = ent.doc[ent.start - 1] if ent[0].lower_ != "the" else ent[0]
    preposition = ent.root.head
    return before.lower_ == "the" and ent.root.dep_ == "pobj" and preposition.lower_ in {"on", "by", "until"}


def _year_modifying_a_noun(token: Token) -> bool:
    """A year the model tags as a number when it modifies a noun ("his 2022 meeting", "the 1995 accords"): four
    figures from 1900 to 2099 right before the noun they modify, after a determiner or possessive."""
    if not (token.like_num and len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2099):
        return False
    noun = token.head
    return token.dep_ in {"nummod", "compound", "amod"} and noun.pos_ == "NOUN" and noun.i == token.i + 1 and \
        any(c.dep_ in {"det", "poss"} for c in noun.children)


def _counted_untagged(phrase: Span) -> bool:
    """ "[The day] before, Lund had raised …" where the model tagged nothing: a unit the word after it counts
    from the date told before (``_with_context`` then takes that word in)."""
    doc = phrase.doc
    return phrase.end < len(doc) and _counts_from_before(doc[phrase.end]) and \
        date_shift(doc[phrase.start:phrase.end + 1].text) is not None


def _with_context(phrase: Span) -> Span:
    doc = phrase.doc
    start, end = phrase.start, phrase.end
    start = _with_the_day_of_the_month(doc, start, end)
    if end < len(doc) and _counts_from_before(doc[end]):
        for begin in (start, start - 1):  # "the [night] before": the model may leave the article out too
            if begin >= 0 and date_shift(doc[begin:end + 1].text) is not None:
                start, end = begin, end + 1
                break
    if start >= 2 and doc[start - 1].lower_ in {"to", "-", "–", "and"} and doc[start - 2].like_num and \
            doc[start - 2].text.isdigit() and int(doc[start - 2].text) <= 31 and doc[start].ent_type_ == "DATE" \
            and doc[start].like_num:
        start -= 2  # "from [5 to] 7 April": a stay starts on its first day, which the model leaves out
    if start >= 1 and doc[start - 1].lower_ == "in" and _COUNT_OF_UNITS.match(doc[start:end].text.lower()) and \
            _counts_ahead(doc[start - 1]):
        start -= 1  # "will travel in two weeks": the model leaves out the "in" that makes it a day ahead
    if any(t.lower_ in WEEKDAYS for t in doc[start:end]):  # "later on Wednesday", "later Wednesday": that same day
        for back in (1, 2):
            if start - back >= 0 and doc[start - back].lower_ == "later" and doc[start - back + 1:start].text in {
                    "", "on"}:
                start -= back
                break
    if start >= 2 and doc[start - 2].lower_ == "earlier" and doc[start - 1].lower_ == "in" and \
            anaphoric_unit(doc[start - 2:end].text):
        start -= 2  # "[earlier in] the day": the model may tag only "the day"
    if start >= 1 and doc[start - 1].lower_ == "that" and doc[start - 1].dep_ != "mark" and \
            anaphoric_unit(doc[start - 1:end].text):
        start -= 1  # "[that] September": the model leaves out the "that" that makes it the year told before's
    start = _with_the_event_counted_from(doc, start)
    for back in (2, 3):  # "the eve of Tuesday's summit", "on the eve of the Tuesday summit"
        if start - back >= 0 and doc[start - back].lower_ == "eve" and doc[start - back + 1].lower_ == "of":
            start -= back
            break
    else:
        start = _with_the_eve_named(doc, start)
    return doc[start:end]


def _with_the_day_of_the_month(doc: Doc, start: int, end: int) -> int:
    """ "[the past 19 of] August", "[the 3 of] May", "[the 19 of] the present month" (translated copy): the day the
    model tags as a number, apart from the month it is "of", and the "past" or "next" that says which way it lies."""
    month = (end - start == 1 and doc[start].lower_ in MONTHS) or doc[end - 1].lower_ == "month"
    if not month or start < 2 or doc[start - 1].lower_ != "of":
        return start
    day = doc[start - 2]
    if not (day.text.isdigit() and 1 <= int(day.text) <= 31):
        return start
    start -= 2
    if start >= 1 and doc[start - 1].lower_ in {"past", "next", "coming", "last"}:
        start -= 1
    return start - 1 if start >= 1 and doc[start - 1].lower_ == "the" else start


def _with_the_eve_named(doc: Doc, start: int) -> int:
    """ "met Vega on [the eve of the summit on] Tuesday": the eve and the event whose day follows, which the model
    leaves out of the date, when a short common noun phrase of the event stands between them ("the summit", "the
    final vote"; not "talks with Vega" or "Soto's visit", whose day the "on" may give)."""
    if start < 1 or doc[start - 1].lower_ != "on":
        return start
    for eve in range(start - 4, max(start - 8, 0) - 1, -1):
        window = doc[eve + 2:start - 1]
        if doc[eve].lower_ == "eve" and doc[eve + 1].lower_ == "of" and len(window) and \
                all(t.pos_ in {"DET", "ADJ", "NOUN"} and t.ent_type_ not in {"DATE", "TIME"} for t in window):
            return eve
    return start


_COUNT_OF_UNITS = re.compile(rf"^(?:{NUMBER_PATTERN})\s+(?:day|week|fortnight|month|year)s?\b")


def _with_the_event_counted_from(doc: Doc, start: int) -> int:
    """ "met Juma [two days after the vote on] October 3", "[two weeks after the election of] 5 May": the count and
    the event it counts from, which the model leaves out of the date, when a short noun phrase of the event stands
    between them (not a clause: "two days after Soto met Vega on …" is
    ``telling_dates.counted_from_main_clause``'s)."""
    if start < 1 or doc[start - 1].lower_ not in {"on", "of"}:
        return start
    for begin in range(start - 3, max(start - 8, 0) - 1, -1):
        window = doc[begin:start]
        if AROUND_EVENT.search(f"{window.text} x") and not any(t.pos_ in {"VERB", "AUX"} for t in window):
            return begin
    return start


def _counts_ahead(preposition: Token) -> bool:
    """ "will travel to Lima [in two weeks]" counts from the story's day; "the first visit in five years", "will be
    their first talks in two years" measures a gap: only an "in" on a verb, with no "first" or "last" before it."""
    verb = preposition.head
    return verb.pos_ in {"VERB", "AUX"} and preposition.dep_ == "prep" and not any(
        t.lower_ in {"first", "last"} for t in preposition.doc[verb.left_edge.i:preposition.i])


def _counts_from_before(tail: Token) -> bool:
    """ "later", or a "before"/"after" that stands alone ("the day before, …"), not one that opens a clause or takes
    an object ("two days after Kim met Trump": counted from that meeting, not from the date told before)."""
    if tail.lower_ not in SHIFT_TAILS:
        return False
    return tail.dep_ != "mark" and not any(c.dep_ in {"pobj", "pcomp"} for c in tail.children)


# ---- the antecedent of "that day": the nearest date told before ------------------------------------------

ANTECEDENT_SENTENCES = 2  # how far back "that day" looks for the day it names before other clues are tried


def antecedent_date(
    anchor: Token, unit: str, published: dt.date | None, direction: Direction, nearby: bool = True
) -> str | None:
    """The date an anaphoric "that ``unit``" at ``anchor`` names: the nearest date phrase stated before it, in
    its own or the previous ``ANTECEDENT_SENTENCES`` sentences (anywhere before it unless ``nearby``), precise
    enough for the unit."""
    doc = anchor.doc
    first = 0
    if nearby:
        sent = anchor.sent
        for _ in range(ANTECEDENT_SENTENCES):  # walk back sentence by sentence, not over the whole document
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
        first = sent.start
    precision = UNIT_PRECISION[unit]
    for ent in reversed(date_entities(doc[first:anchor.i])):
        if all(t.ent_type_ != "DATE" for t in ent) or anaphoric_unit(ent.text) or _told_aside(ent, anchor):
            continue
        resolved = resolve_date(ent.text, published, direction)
        if resolved and len(resolved) >= precision:
            return resolved[:precision]
    return None


_ASIDE_CLAUSES = {"relcl", "acl"}


def _told_aside(date: Span, anchor: Token) -> bool:
    """A date in a clause about a noun ("the agreement signed in Lima on Monday", "the summit held on Tuesday",
    "who arrived on Tuesday"), when "that day" stands outside that clause: it dates something else than the story
    told. "On Wednesday A received B. A praised the agreement signed on Monday. The same day, …" is Wednesday. (A
    bound's date, "a day after talks on Tuesday", may still be the day meant.)"""
    return any(token.dep_ in _ASIDE_CLAUSES and not token.left_edge.i <= anchor.i <= token.right_edge.i
               for token in date.root.ancestors)
