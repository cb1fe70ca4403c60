"""The date phrases of a parsed sentence, and which of them dates a trigger's event.

Which phrase dates a contact or a deployment is chosen here (``date_phrases``): the phrase nearest the trigger
in the tree, never a bound ("since 2022") or a date about someone else ("a judge who took office in January").
A phrase such as "that day" or "November of that year" takes the date told just before: ``antecedent_date``
finds it, ``date_anaphora`` resolves the phrase against it. Resolving a phrase's text is ``dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graph.extraction.date_anaphora import SHIFT_TAILS, UNIT_PRECISION, UNIT_WORDS, anaphoric_unit, date_shift
from graph.extraction.dates import (
    AROUND_EVENT,
    NUMBER_PATTERN,
    NUMERIC_DATE,
    ORDINAL_DAY,
    SEASONS,
    SHORT_NUMERIC_DATE,
    WEEKDAYS,
    Direction,
    resolve_date,
)
from graph.extraction.pipeline import PERSON_TOKENS_KEY, has_to_infinitive

__all__ = [
    "DatePhrase", "date_phrases", "through_conjunction", "names_a_date", "entities_in", "date_entities",
    "antecedent_date", "verb_before_clause", "is_a_bound", "BOUND_WORDS", "EDGE_WORDS",
]

# ---- which date phrase of a sentence is a trigger's own ---------------------------------------------------
#
# A sentence may hold several dates; only some speak of the event a trigger states. A bound ("the first talks
# since 2022", "until March") limits a span of time and is not the event's day; a date inside a relative clause
# about someone else ("a former judge who took over the ministry in January, had spoken on Monday") belongs to
# that clause. Of the rest, the phrase nearest to the trigger in the dependency tree is its own.

BOUND_WORDS = {"since", "until", "till"}  # bound whatever lies under them: "since the invasion in 2022"
EDGE_WORDS = {"before", "after", "by"}  # bound a bare date ("before March") but not an event ("before the dinner")
BOUNDING_WORDS = frozenset(BOUND_WORDS | EDGE_WORDS)
CLAUSE_DEPS = {"relcl", "acl"}
CONTRAST_MARKS = {"while", "whereas", "although", "though"}  # a clause set beside the event, not its time
PORTIONS = {"much", "most", "part", "all", "rest"}  # "spent much of the past week …": the week is the clause's time
# Participles that only say who leads a party ("received a delegation led by X in Bamako on Wednesday"): the
# parser hangs the event's own place and day on them.
LEADING_PARTICIPLES = {"lead", "head", "accompany"}


@dataclass(frozen=True)
class DatePhrase:
    """A date entity that may speak of a trigger's event, and the ancestor it hangs from when it is the date of
    a clause the trigger sits in ("agreed on Tuesday … after talks") rather than the trigger's own."""

    span: Span
    distance: int
    governor: Token | None = None


def _counted_within(noun: Token, phrase: Span) -> bool:
    """ "their third meeting this year", "for the second time this year": a period an ordinal counts within is
    no day of the event."""
    return phrase[0].lower_ == "this" and noun.pos_ == "NOUN" and phrase.root.head.i == noun.i and any(
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in {"first", "last"}) for c in noun.children)


def _path_up(token: Token, top: Token) -> list[Token] | None:
    """The tokens from ``token`` up to ``top`` (excluded), or None when ``top`` does not govern ``token``."""
    path: list[Token] = []
    while token.i != top.i:
        path.append(token)
        if token.head.i == token.i:
            return None
        token = token.head
    return path


def _speaks_of_something_else(path: list[Token], trigger: Token, phrase: Span, schedule_words: frozenset[str]) -> bool:
    """A bound ("since March", "until the talks in May", "before June") or a clause about another noun ("the
    judge who took over in January") on the way from a date ``phrase`` up to the trigger: that date is not the
    trigger's event's. A clause that schedules ("a visit to Mexico City, which had been planned for last week")
    still dates the event, wherever the parser hung it."""
    scheduling = False  # "which diplomats said had been pencilled in for August": the plan is told under "said"
    for token in path:
        scheduling = scheduling or token.lemma_.lower() in schedule_words or token.lower_ in schedule_words
        if token.dep_ == "prep" and token.lower_ in BOUND_WORDS:
            return True
        if token.dep_ == "prep" and token.lower_ in EDGE_WORDS and token.i == phrase.start - 1:
            return True  # "before March" (but "before a dinner on Wednesday" dates the dinner's day)
        if token.head.i != trigger.i and _day_of_a_bounding_event(token):
            return True  # "ahead of the June 2 election", "after Tuesday's vote": the day of the event bounding it
        if any(child.dep_ == "mark" and child.lower_ in BOUNDING_WORDS for child in token.children):
            return True  # "since the two sides fell out in November", "after they met on Monday"
        if token.dep_ == "poss" and token.head.i != trigger.i and any(_purpose(t) for t in path):
            return True  # "was received by X to prepare next week's meeting": the date is the meeting's
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
            return True  # "spoke on Friday, and will host them at the end of the month": the other clause's date
        if _counted_within(token, phrase):
            return True
        if token.dep_ == "ccomp" and token.head.i == trigger.i and any(c.dep_ == "nsubj" for c in token.children):
            return True  # "Leaders discuss Sudan; Ruto to visit Addis next month": a clause with its own subject
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in token.children) \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            return True  # "met Xi, while Yellen held talks with He last month": another event with its own subject
        leading = token.dep_ == "acl" and token.lemma_.lower() in LEADING_PARTICIPLES  # "a delegation led by X in
        if token.dep_ == "relcl" and token.head.i != trigger.i and any(
                t.lower_ == "where" and t.dep_ == "advmod" and t.i < token.i for t in token.subtree):
            return True  # "flew to Cairo, where he is due to meet X on Thursday": what happens there, on its day
        if token.dep_ in CLAUSE_DEPS and token.head.i != trigger.i and not scheduling and not leading and \
                not _misplaced_which_clause(token):  # "a delegation led by X in Bamako on …"
            return True
    return False


def _day_of_a_bounding_event(token: Token) -> bool:
    """A date that modifies the object of a bounding preposition: "ahead of the [June 2] election", "after
    [Tuesday]'s vote"."""
    return token.dep_ in {"nmod", "compound", "poss"} and token.head.dep_ == "pobj" and \
        _bounding_preposition(token.head.head)


def is_a_bound(phrase: Span) -> bool:
    """Whether a date phrase is a bound or the day of an event that bounds another: "since March", "ahead of the
    June 2 election", "after Tuesday's vote", "days after Russia launched an offensive on Friday"."""
    root = phrase.root
    if _bounding_preposition(root.head) or _day_of_a_bounding_event(root):
        return True
    return any(c.dep_ == "mark" and c.lower_ in BOUNDING_WORDS for t in root.ancestors for c in t.children
               if t.dep_ == "advcl")


def _bounding_preposition(token: Token) -> bool:
    """ "before", "after", "since", "until", "ahead of", "prior to": a preposition whose object bounds an event."""
    if token.dep_ != "prep":
        return False
    return token.lower_ in BOUNDING_WORDS or (token.lower_ in {"of", "to"} and token.head.lower_ in {"ahead", "prior"})


def _purpose(token: Token) -> bool:
    """ "to prepare …", "to discuss …": an infinitive clause that says what an event was for."""
    return token.pos_ == "VERB" and token.dep_ in {"advcl", "xcomp"} and has_to_infinitive(token)


def _misplaced_which_clause(clause: Token) -> bool:
    """ "A visit to Cairo by Foreign Minister Ahmet Ozan, which diplomats had floated for this week": a "which"
    clause never speaks of a person; hung on one, it speaks of the thing the person's phrase belongs to."""
    return clause.dep_ == "relcl" and clause.head.ent_type_ == "PERSON" and any(
        c.lower_ == "which" for c in clause.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"})


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
        if ent.label_ not in {"DATE", "TIME"} and not _day_of_the_month_as_ordinal(ent):
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
    ``contact_dates._counted_from_main_clause``'s)."""
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


def date_phrases(trigger: Token, sent: Span, schedule_words: frozenset[str] = frozenset()) -> list[DatePhrase]:
    """The date entities of ``sent`` that may be the date of ``trigger``'s event, best first: its own phrases
    (under it in the tree) nearest first, then those of the clauses that govern it, innermost first; between
    phrases as near in the tree, the one nearer in the text.
    ``schedule_words`` are the verbs and adjectives of a plan ("scheduled", "due"), from the lexicon."""
    own: list[DatePhrase] = []
    governing: list[DatePhrase] = []
    depth = {a.i: d for d, a in enumerate(trigger.ancestors, start=1)}
    for clause in trigger.ancestors:  # "last month's agreement, reached after talks …": the agreement's date
        noun = _noun_before_participle(clause)
        if noun is not None:
            depth.setdefault(noun.i, depth[clause.i])
    when = _when_clause_date(trigger)
    if when is not None:  # "Older residents remember 1998, when Senegal sent troops": the clause's date is 1998
        own.append(DatePhrase(when, 0))
    for ent in date_entities(sent):
        if when is not None and ent.start <= when.start < ent.end:
            continue
        if not names_a_date(ent.text):
            continue  # "by lunchtime", "at 6 p.m.", "for two hours": no day of their own
        before = sent.doc[ent.start - 1] if ent.start > sent.start else None
        if ent.root.dep_ == "compound" and before is not None and before.dep_ == "prep" and not any(
                c.dep_ == "pobj" for c in before.children) and before.head.i in {trigger.i, *depth}:
            # "On Saturday Sall flew …": the parser hung the day on the name after it; it is the verb's
            own.append(DatePhrase(ent, 1 + depth.get(before.head.i, 0)))
            continue
        if _hung_on_the_infinitive_after(ent, trigger):  # "telephoned Lagos the day before to brief him"
            own.append(DatePhrase(ent, 2))
            continue
        path = _path_up(ent.root, trigger)
        if path is not None:
            if not _speaks_of_something_else(path, trigger, ent, schedule_words) and not _counted_within(trigger, ent):
                # a preposition is no step away: "on Wednesday" is as near as "last week"
                own.append(DatePhrase(ent, sum(1 for t in path if t.pos_ != "ADP")))
            continue
        attached = ent.root.head
        via = [ent.root]
        if attached.i not in depth and attached.dep_ == "prep":
            via.append(attached)
            attached = attached.head  # "was received on Tuesday … and sat down"
        if attached.i not in depth and attached.dep_ == "dobj" and attached.lower_ in PORTIONS and \
                attached.head.i in depth:
            via.append(attached)
            attached = attached.head  # "spent much of the past week on the telephone, speaking with A"
        if attached.i in depth and not _speaks_of_something_else(via, trigger, ent, schedule_words) and \
                not _across_a_semicolon(trigger, ent):
            governing.append(DatePhrase(ent, depth[attached.i], attached))
    def nearness(phrase: DatePhrase) -> tuple[int, int]:  # in the tree, then in the text ("…, and in July he visited")
        return phrase.distance, min(abs(phrase.span.start - trigger.i), abs(phrase.span.end - 1 - trigger.i))

    return sorted(own, key=nearness) + sorted(governing, key=nearness)


def _across_a_semicolon(trigger: Token, phrase: Span) -> bool:
    """ "Putin received X in the Kremlin; the two last met in October": a clause after a semicolon tells its own
    fact, whatever the parser made the first clause of it."""
    low, high = sorted((trigger.i, phrase.start))
    return any(t.text == ";" for t in trigger.doc[low:high])


def verb_before_clause(phrase: Span, trigger: Token) -> Token | None:
    """The verb whose complement clause holds ``trigger`` when ``phrase`` stands between that verb and the
    clause's subject ("Soto said on Tuesday she would meet Vega"): the parser may hang the date in the clause,
    but what comes before the clause's subject is the governing verb's."""
    for clause in [trigger, *trigger.ancestors]:
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and clause.head.i < phrase.start and phrase.end <= subject.left_edge.i:
            return clause.head
        return None
    return None


def _noun_before_participle(clause: Token) -> Token | None:
    """The noun a participle clause set off by a comma right after it speaks of ("last month's agreement,
    reached after four days of talks"), which the parser makes a clause of the sentence's verb: the date of that
    noun ("last month's") dates the clause's events."""
    if clause.tag_ != "VBN" or clause.dep_ != "advcl" or clause.i < 2 or clause.doc[clause.i - 1].text != ",":
        return None
    noun = clause.doc[clause.i - 2]
    return noun if noun.pos_ == "NOUN" and noun.head.i != clause.i else None


def _hung_on_the_infinitive_after(phrase: Span, trigger: Token) -> bool:
    """ "Lula said he had telephoned Lagos the day before to brief him": a date right after the trigger's clause
    that the parser hung on the infinitive of purpose following it, which it made a clause of another verb. A
    purpose told after the date does not move the trigger's event to another day; the date is the trigger's."""
    if phrase.start != trigger.right_edge.i + 1:
        return False
    verb = phrase.root.head
    if verb.dep_ == "prep":
        verb = verb.head  # "… on Monday to discuss"
    return verb.i >= phrase.end and verb.tag_ == "VB" and trigger not in verb.ancestors and any(
        c.dep_ == "aux" and c.lower_ == "to" and phrase.end <= c.i < verb.i for c in verb.children)


def _when_clause_date(trigger: Token) -> Span | None:
    """The date a "when" clause hangs from: "in 1998, when Senegal sent troops", "in March, when they met"."""
    for clause in [trigger, *trigger.ancestors]:
        if clause.dep_ != "relcl" or not any(c.lower_ == "when" for c in clause.children if c.dep_ == "advmod"):
            continue
        head = clause.head
        if head.ent_type_ == "DATE":
            ent = next((e for e in entities_in(head.doc[head.i:head.i + 1].sent) if e.start <= head.i < e.end), None)
            return ent
        return None
    return None


def through_conjunction(trigger: Token, governor: Token) -> bool:
    """Whether ``trigger`` reaches ``governor`` through a conjoined clause ("last met in November, and Fujimura
    is expected to make a return trip in the spring"): when the trigger's clause has a date phrase of its own,
    even one that names no day, the governor's date belongs to the other clause."""
    token = trigger
    while token.i != governor.i and token.head.i != token.i:
        if token.dep_ == "conj":
            return True
        token = token.head
    return False


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
        if all(t.ent_type_ != "DATE" for t in ent) or anaphoric_unit(ent.text):
            continue
        resolved = resolve_date(ent.text, published, direction)
        if resolved and len(resolved) >= precision:
            return resolved[:precision]
    return None
