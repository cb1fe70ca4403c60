"""The day a contact statement names: its own date phrase, or a date told just before ("that day"), or the day
of a contact told just before without its sides (``unnamed_contact_day``).

(The day of an undated statement's passage, a lead's or a heading's, is given later, by ``events``; the date a
timeline's line opens with is ``passage_days.line_heading_date``.)

The contact rules (``contacts``) ask this for each trigger; the date grammar itself is in ``date_phrases`` (which
phrase of a sentence is the trigger's), ``dates`` (resolution against the publication date), ``date_anaphora``
("that day", "the day before"), ``date_direction`` (whether a bare "Friday" lies behind or ahead),
``occasion_dates`` ("during the summit", dated in the sentence before), ``telling_dates`` (a saying's or a
decision's day is not the event's: "said on Tuesday she would meet Vega", "said Sunday he had held talks") and
``narrative_years`` (the year of a month told without one: "met in June 2019. In October, …")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import cast

from spacy.tokens import Span, Token

from graph.extraction.date_anaphora import anaphoric_unit, date_shift, resolve_anaphoric
from graph.extraction.date_direction import calls_off, date_direction, told_in_the_past
from graph.extraction.date_mentions import antecedent_date
from graph.extraction.date_phrases import DatePhrase, date_phrases, through_conjunction, verb_before_clause
from graph.extraction.date_spans import date_bounds
from graph.extraction.dates import AHEAD_WORDS, Direction, resolve_date
from graph.extraction.discourse import ContactMention, Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.listed_dates import days_told_again, other_listed_days
from graph.extraction.modality import is_future, modality_of
from graph.extraction.modality_cues import REPORTING
from graph.extraction.narrative_years import in_the_narrative_year, within_the_year
from graph.extraction.occasion_dates import occasion_day
from graph.extraction.passage_days import heading_day_of, line_heading_date, line_opening
from graph.extraction.records import Modality
from graph.extraction.telling_dates import (
    before_the_infinitive,
    counted_from_main_clause,
    dates_the_decision,
    not_before_its_telling,
    refuses,
    saying_last,
    told_as_before,
)
from graph.extraction.trigger_frames import is_contact_noun

__all__ = ["contact_date", "gapped_date"]


def contact_date(
    trigger: Token, modality: Modality, sent: Span, index: int, discourse: Discourse, lex: Lexicon
) -> tuple[str | None, list[str]]:
    """The date of the event ``trigger`` states, and the other days of a listed date ("in telephone
    conversations on January 6 and January 8": two calls).

    The trigger's own date phrase nearest in the tree, else the date of a clause it sits in ("agreed on Tuesday
    … after talks"), never a bound ("since 2022") or a date about someone else ("a judge who took over in
    January"). "That day", "the same day" and "November of that year" name a date told just before: the nearest
    such phrase, else the last dated contact's; "the day before" with no date told before it counts back from
    the story's day, which the undated event it counts from takes; "the same day as the talks with X" is the day of
    X's last dated contact. An event in a clause "a day after" the main clause is counted from that clause's day.
    A contact told with no date right after a dated one whose sides went unnamed, or a person's dated arrival, is
    that one's, and takes its day."""
    direction = date_direction(trigger, modality, lex)
    published = heading_day_of(sent, discourse.published) or discourse.published  # (a live blog's day heading)

    def anaphoric(text: str, anchor: Token) -> str | None:
        unit = anaphoric_unit(text)
        if unit is None:
            return None
        dated = [m for m in discourse.mentions if m.date and not m.prior]
        # "the same day", "that day" told after a look back is the story's day (not "the next day": counted on)
        told = _story_first(dated) if date_shift(text) is None else [cast(str, m.date) for m in reversed(dated)]
        candidates = [  # the day of the contact it names, a date just told, the last contact's, any before
            lambda: _day_of_contact_named(anchor, discourse),
            lambda: antecedent_date(anchor, unit, published, direction),
            *(lambda date=date: date for date in told),
            lambda: antecedent_date(anchor, unit, published, direction, nearby=False),
            # no date told before at all: the story's own day, which an undated contact it tells takes too
            lambda: published.isoformat() if published is not None and unit == "day" and _counts_back(text) else None,
        ]
        # "has proposed a joint visit in the next year", "will visit Oslo the following month": a plan told from now
        # counts on from now, not from a day gone by
        today = published.isoformat() if published is not None and _counted_on_from_now(text, trigger, direction) \
            else None
        if today is not None:
            candidates.append(lambda: today)
        for candidate in candidates:
            antecedent = candidate()
            if today is not None and antecedent and antecedent < today[:len(antecedent)]:
                antecedent = today
            resolved = resolve_anaphoric(text, antecedent, published, direction) if antecedent else None
            if resolved:
                return resolved
        return None

    since = _last_contact_since(trigger, published) if modality == "occurred" else None
    if since is not None:
        return since, []  # "have not spoken since March 2020": they last spoke in March 2020
    schedule_words = lex.schedule_words
    phrases = saying_last(trigger, _without_a_later_event(date_phrases(trigger, sent, schedule_words)))
    if modality == "planned":  # "originally set for March 3, was moved to March 20": the plan is for the new day
        phrases = sorted(phrases, key=lambda p: not _new_day(p, lex))
    # "came a day after Soto said she had called Vega" (a plan called off "two days after" has its own day)
    counted = counted_from_main_clause(trigger, sent, published) if modality == "occurred" else None
    if counted is not None and all(p.governor is not None for p in phrases):
        return counted, []  # the main clause's date is not the event's: counted from it
    clause_dated = any(p.governor is None or not through_conjunction(trigger, p.governor) for p in phrases)
    opening = line_opening(trigger, sent)  # "- 2 March: Modi spoke with …": the date the line opens with
    for phrase in phrases:
        if opening is not None and opening.start <= phrase.span.start < opening.end:
            break  # the model tagged a part of it ("March" of "2 March"): the line's date is the whole
        past_clause = is_future(modality) and phrase.governor is not None and \
            phrase.governor.tag_ == "VBD"  # "spoke on Friday and agreed to continue talks": Friday is the call's
        if phrase.governor is not None and (clause_dated or past_clause) and \
                through_conjunction(trigger, phrase.governor):
            continue  # "last met in November, and is to make a return trip in the spring": its own clause's date
        # a day still ahead is no day of a saying, deciding, refusing or proposing told in the past ("proposed a
        # meeting with Vega next year", "said next week she would …"): it is the event's
        ahead = _lies_ahead(phrase.span, published)
        teller = phrase.governor or verb_before_clause(phrase.span, trigger)
        if not ahead and teller is not None and teller.lemma_.lower() in REPORTING and (
                is_future(modality) or modality in {"denied", "cancelled"}):
            continue  # "said on Tuesday (that) she would meet Vega", "no meeting is planned, X said on Monday": the day
            # of the saying, not of the plan (nor of a contact denied or called off)
        before = verb_before_clause(phrase.span, trigger) or teller  # (the parser may hang it in the clause)
        if not ahead and modality == "occurred" and before is not None and before is not trigger and \
                before.lemma_.lower() in REPORTING and told_as_before(trigger, before):
            continue  # "said on Sunday he had held talks with X": the talks came before the saying, on no day told
        if not ahead and is_future(modality) and dates_the_decision(phrase):
            continue  # "agreed on Monday to hold talks in Geneva": Monday is the day of the agreeing
        if not ahead and modality == "denied" and refuses(phrase.governor, lex) and phrase.governor is not trigger \
                and (dates_the_decision(phrase) or phrase.span.end <= trigger.i):
            continue  # "on Monday ruled out meeting X", "refused on Friday to meet X", "on Tuesday denied a report that
            # A and B had spoken": the day of the refusal or denial
        proposer = phrase.governor or trigger  # (the trigger itself when the talks' verb is asked for their date)
        if not ahead and modality == "proposed" and proposer.tag_ == "VBD" and \
                proposer.lemma_.lower() in lex.modality["proposed"]["governors"] and (
                    proposer.lemma_.lower() != "invite" or before_the_infinitive(phrase.span, proposer)):
            continue  # "Seoul proposed talks on Friday": the day of the proposal (an invitation may name the visit's,
            # but not when told before the visit: "invited Vega on Friday to visit Santiago in July")
        if _year_of_another_thing(phrase.span, trigger, published, lex):
            continue  # "hosted X for the 1972 Treaty review conference": the treaty's year, long gone
        more: list[str] = []
        governor = phrase.governor
        if governor is not None and governor.dep_ == "prep" and governor.pos_ == "ADP":
            governor = governor.head  # "left for Lima on Monday, where he was due to meet X": the verb "on" is of
        if direction == "nearest" and governor is not None and governor.tag_ == "VBD" and \
                governor.lemma_.lower() not in schedule_words:
            direction = "past"  # "cancelled a planned trip in February": when it was cancelled, before now
        elif direction == "future" and modality == "cancelled" and told_in_the_past(
                phrase.span.root, trigger, lex.modality["cancelled"]["first_plan_adverbs"]):
            direction = "nearest"  # "a meeting, which had been scheduled for April, has been put off"
        if _new_day(phrase, lex):
            direction = "future"  # "has been postponed to Monday": the new day, ahead
        if anaphoric_unit(phrase.span.text):
            resolved = anaphoric(phrase.span.text, phrase.span.root)
        else:
            resolved = in_the_narrative_year(phrase.span, published, direction) or \
                resolve_date(phrase.span.text, published, direction)
            within = within_the_year(resolved, phrase, phrases) if resolved is not None and len(resolved) == 4 \
                else None  # "In 2019, A met B in Osaka on June 29"
            listed = within[1] if within else phrase
            resolved = within[0] if within else resolved
            more = other_listed_days(listed.span, resolved, published, direction)
            if within and resolved:  # "twice this year, in January and in February": the months of that year
                more = [resolved[:4] + day[4:] for day in more]
            more += [day for day in days_told_again(phrase, phrases, published, direction)  # "in 2017, and again
                     if day != resolved and day not in more]  # last year": two meetings
            if direction == "nearest" and resolved:  # "postponed a visit due on Monday, his office said on Wednesday"
                resolved = not_before_its_telling(phrase.span, resolved, sent, published)
        if resolved:
            return resolved, more
    deadline = _deadline(trigger, published) if direction == "future" else None
    if deadline is not None:
        return deadline, []  # "will visit Haiti before the end of the year": within this year
    if modality == "planned" and published is not None and _at_a_clock_time(trigger):
        return published.isoformat(), []  # "will meet Carvalho at 3pm": later on the day told
    heading_date = line_heading_date(trigger, sent, published, direction)  # "- March 3, 2019: Soto met Vega in Lima."
    if heading_date is not None:
        return heading_date, []  # (before an occasion's day told elsewhere: "- 2 March: During the summit, …")
    occasion = occasion_day(trigger, published, direction, lex)
    if occasion is not None:
        return occasion, []  # "The summit opened on May 3. During the summit, Soto met Vega."
    for token in trigger.subtree:
        if token.lower_ == "day" and any(c.lower_ in {"same", "that"} for c in token.children):
            return anaphoric("the same day", token), []
    trip = _trip_told_just_before(sent, index, discourse, lex) if modality == "planned" and direction == "nearest" \
        else None
    if trip is not None:
        return trip, []  # "flew to Lima on Monday. In Lima he was expected to meet Ruiz": a plan of that trip
    if modality == "occurred" and not any(m.sentence == index - 1 for m in discourse.mentions):
        # "The ministers said after meeting in Bamako on Wednesday. Coulibaly hosted Moussa and Sawadogo."
        def told_contact(token: Token) -> bool:
            lemma = token.lemma_.lower()
            word = (token.pos_ == "VERB" and lemma in lex.contact_verbs) or (
                token.pos_ == "NOUN" and is_contact_noun(token, lex)
            )
            trip = token.pos_ == "VERB" and lemma in lex.travel_verbs and any(  # "Soto arrived on Wednesday."
                c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in token.children)
            return (word or trip) and modality_of(token, lex) == "occurred"

        return unnamed_contact_day(sent, told_contact, published), []
    return None, []


def _story_first(mentions: list[ContactMention]) -> list[str]:
    """The dates of dated ``mentions``, last told first, but those of the story before those that step back
    from it: a contact told after another yet dated wholly before it ("On September 2 A received B. A welcomed
    the summit held on Monday … On the same day, C held talks with D") is background, and "the same day" is
    the story's."""
    story: list[str] = []
    background: list[str] = []
    latest: dt.date | None = None  # the latest day a contact told so far begins on
    for mention in mentions:
        start, end = date_bounds(mention.date)
        if latest is not None and end is not None and end < latest:
            background.append(cast(str, mention.date))
            continue
        story.append(cast(str, mention.date))
        if start is not None and (latest is None or start > latest):
            latest = start
    return story[::-1] + background[::-1]


def gapped_date(phrase: Span, first: str | None, trigger: Token, modality: Modality, published: dt.date | None,
                lex: Lexicon) -> str | None:
    """The day of a side a gapped conjunct names ("met A on May 2 and B on May 4"; "… and B a day later", counted
    from the first side's day)."""
    direction = date_direction(trigger, modality, lex)
    if anaphoric_unit(phrase.text):
        return resolve_anaphoric(phrase.text, first, published, direction) if first else None
    return in_the_narrative_year(phrase, published, direction) or resolve_date(phrase.text, published, direction)


def unnamed_contact_day(sent: Span, is_contact: Callable[[Token], bool], published: dt.date | None) -> str | None:
    """The day of a contact the sentence before ``sent`` told with a date of its own but without naming its
    sides ("the ministers said after meeting in Bamako on Wednesday"), found by ``is_contact``. Called for an
    undated contact when that sentence stated none with its sides: the undated one is that contact, now told
    with its sides ("Coulibaly hosted Moussa and Sawadogo"), and takes its day."""
    before = sent
    while before.start > 0 and (before is sent or not before.text.strip()):  # past blank lines
        before = sent.doc[before.start - 1].sent
    if before is sent or not before.text.strip():
        return None
    for token in before:
        if not is_contact(token):
            continue
        for phrase in date_phrases(token, before):
            if phrase.governor is None and (day := resolve_date(phrase.span.text, published)):
                return day
    return None



def _day_of_contact_named(anchor: Token, discourse: Discourse) -> str | None:
    """ "On the same day as the talks with Vieira, Wang had a call with Sejourne": the day of the last dated
    contact told before that has a side the "as" phrase names, not the date told just before it."""
    phrase = [t for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ == "as" for t in prep.subtree]
    named = {t.text for t in phrase if t.pos_ == "PROPN"}
    if not named:
        return None
    # the one with a side of the sentence too ("Wang" of "Wang had a call") before any other with Vieira
    others = {t.text for t in anchor.sent if t.pos_ == "PROPN" and t not in phrase}

    def has(mention: ContactMention, names: set[str]) -> bool:
        return any(names & set(p.name.split()) for p in mention.participants)

    dated = [m for m in reversed(discourse.mentions) if m.date and not m.prior and has(m, named)]
    return next((m.date for m in dated if has(m, others)), dated[0].date if dated else None)


def _last_contact_since(trigger: Token, published: dt.date | None) -> str | None:
    """ "have not spoken since March 2020", "had not met since 2019": the negation tells when they last did (the
    modality is "occurred", see ``modality``); the bound is then the contact's date."""
    if not any(c.dep_ == "neg" for c in trigger.children):
        return None
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "since":
            continue
        date = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"), None)
        if date is not None:
            return resolve_date(trigger.doc[date.left_edge.i:date.right_edge.i + 1].text, published, "past")
    return None


def _without_a_later_event(phrases: list[DatePhrase]) -> list[DatePhrase]:
    """A trigger's own phrases without one that counts on from an own date told before it ("met Vega on Friday and
    Boric two days later"): counted from that date, it is the day of a later event (the parser may hang the other
    object's date on the verb too)."""
    plain = [p for p in phrases if p.governor is None and not anaphoric_unit(p.span.text)]

    def later(phrase: DatePhrase) -> bool:
        shift = date_shift(phrase.span.text) if phrase.governor is None else None
        return shift is not None and shift[0] > 0 and any(q.span.end <= phrase.span.start for q in plain)

    return [p for p in phrases if not later(p)]


def _deadline(trigger: Token, published: dt.date | None) -> str | None:
    """ "will visit Haiti before the end of the year", "is to meet him by the end of June": a plan with no date of its
    own but the end of a period it is to happen by falls in that period (the bound is no date of a past event)."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"before", "by"}:
            continue
        end = next((o for o in prep.children if o.dep_ == "pobj" and o.lower_ == "end"), None)
        if end is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in end.children):
            continue
        date = resolve_date(trigger.doc[end.left_edge.i:end.right_edge.i + 1].text, published, "future")
        if date is not None:
            return date
    return None


def _counted_on_from_now(text: str, trigger: Token, direction: Direction) -> bool:
    """ "in the next year", "the following month" dating a plan told from now ("will visit", "has proposed", "is
    to meet"), not in the past ("agreed to meet again the next year", in a story of 2019): the week, month or year
    after the story's, or after a later day told before it."""
    shift = date_shift(text)
    return direction == "future" and shift is not None and shift[0] > 0 and shift[1] in {"week", "month", "year"} \
        and not any(t.tag_ == "VBD" for t in [trigger, *trigger.ancestors])


TRIP_SENTENCES = 2  # how far back a plan told in the past looks for the trip it was part of


def _trip_told_just_before(sent: Span, index: int, discourse: Discourse, lex: Lexicon) -> str | None:
    """The day of a trip told in the ``TRIP_SENTENCES`` sentences before, which an undated plan told in the past
    ("was expected to meet", "was due to hold talks") was part of: the plan was for the trip's day. A trip is a
    visit told, or a verb of travel with a day of its own ("flew to the Tigray region on Monday")."""
    trips = [m for m in discourse.mentions if index - TRIP_SENTENCES <= m.sentence < index and m.type == "visit"
             and m.modality == "occurred" and m.date is not None and len(m.date) == 10 and not m.prior]
    day = trips[-1].date if trips else None
    before = sent
    for _ in range(TRIP_SENTENCES):
        if before.start == 0 or day is not None:
            break
        before = sent.doc[before.start - 1].sent
        for verb in (t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in lex.travel_verbs):
            if modality_of(verb, lex) != "occurred":
                continue
            told = [d for p in date_phrases(verb, before) if p.governor is None and not anaphoric_unit(p.span.text)
                    and (d := resolve_date(p.span.text, discourse.published, "past")) and len(d) == 10]
            day = told[0] if told else day
    return day


def _new_day(phrase: DatePhrase, lex: Lexicon) -> bool:
    """ "postponed to Monday", "moved to March 20": the day a plan is put off or moved to."""
    head = phrase.span.root.head
    verb = head.head.lemma_.lower()
    return head.lower_ == "to" and (calls_off(head.head, lex) or verb in lex.reschedule_verbs
                                    or verb in lex.date_moving_verbs)


def _lies_ahead(phrase: Span, published: dt.date | None) -> bool:
    """Whether a date phrase names a time after the story's day whatever the tense ("next year", "next month",
    "tomorrow", "in 2031"): it can date no act already told, only what is still to come."""
    if published is None or anaphoric_unit(phrase.text):
        return False
    if any(t.lower_ in AHEAD_WORDS for t in phrase):
        return True
    start, _ = date_bounds(resolve_date(phrase.text, published, "past"))
    return start is not None and start > published


def _at_a_clock_time(trigger: Token) -> bool:
    """ "will meet B at 3pm", "is due to land at 15:00": a plan set for a time of day and no day is for the day the
    story (or a live blog's entry) is told."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        o.dep_ == "pobj" and o.ent_type_ == "TIME" and any(t.like_num for t in o.subtree) for o in c.children)
        for c in trigger.children)


def _counts_back(text: str) -> bool:
    """ "the day before", "that day": a phrase that names the day it counts from or one before it (not "two days
    later", which from the story's day would lie after it)."""
    shift = date_shift(text)
    return shift is None or shift[0] <= 0


def _year_of_another_thing(phrase: Span, trigger: Token, published: dt.date | None, lex: Lexicon) -> bool:
    """ "hosted Vega for the 1972 Treaty review conference", "met at the 1998 accord's monument": a bare year
    told as a modifier of a noun other than the trigger (or of an anniversary the trigger marks), years before the
    story, names when that thing was made or signed — a treaty's, a founding's — not the day of today's contact."""
    if published is None or not re.fullmatch(r"(?:19|20)\d{2}", phrase.text.strip()):
        return False
    root = phrase.root
    before = phrase.doc[phrase.start - 1] if phrase.start > 0 else None
    # (after an article or a possessive: "In 2019 Prime Minister Soto met …" is no modifier, whatever the parse)
    # ("the forum's 1972 anniversary summit": the trigger's own year, of what the gathering marks)
    marked = any(c.lemma_.lower() in lex.commemoration_nouns for c in trigger.children
                 if c.dep_ == "compound" and phrase.end <= c.i < trigger.i)
    return before is not None and (before.pos_ == "DET" or before.tag_ == "POS") and \
        (root.head.i != trigger.i or marked) and \
        root.dep_ in {"nummod", "compound", "amod", "nmod"} and int(phrase.text.strip()) < published.year - 1
