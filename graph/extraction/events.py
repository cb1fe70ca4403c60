"""From statements to events: one record per real event of the article.

A call mentioned three times is one event: statements with the same sides merge when their forms agree
(the generic "contact" yields to a stated form), their dates agree and their modality is the same. An
undated statement joins the nearest compatible dated event within two weeks of the story, else continues
the day of the contact told just before it, else took place on the day of the passage it is told in (the
lead's, or a dated heading's: ``passage_days.passage_days``), else on the story's; ``merge_contacts`` says the passes
in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from graph.extraction.date_spans import date_bounds, dates_compatible, dates_near
from graph.extraction.discourse import ContactMention
from graph.extraction.records import (
    ActorRef,
    ContactRecord,
    ContactType,
    DeploymentRecord,
    Evidence,
    Modality,
    types_compatible,
    without_own_states,
)

__all__ = ["merge_contacts", "merge_deployments"]


def _finer(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if len(a) >= len(b) else b


@dataclass
class _Event:
    participants: frozenset[ActorRef]
    type: ContactType
    modality: Modality
    date: str | None
    location: str | None
    evidence: list[Evidence] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    prior: bool = False  # told as an earlier event ("they last met…"), not the story's own
    stated: bool = False  # some statement asserts it; False while only references ("the talks", a headline) name it

    def accepts(self, m: ContactMention, countries: dict[str, str] | None = None) -> bool:
        """Whether ``m`` may be this event told again; with ``countries``, a state may stand for its official."""
        return (
            (m.participants == self.participants or _stands_for(self.participants, m.participants, countries or {}))
            and m.modality == self.modality
            and types_compatible(m.type, self.type)
            and dates_compatible(m.date, self.date)
            and (m.location is None or self.location is None or m.location == self.location)
        )

    @classmethod
    def start(cls, m: ContactMention) -> _Event:
        event = cls(m.participants, m.type, m.modality, m.date, m.location)
        event.absorb(m)
        return event

    def absorb(self, m: ContactMention) -> None:
        if _officials(m.participants) > _officials(self.participants):
            self.participants = m.participants  # "Lavrov's call with Safadi" names who "Jordan" was
        if self.type == "contact":
            self.type = m.type
        self.date = _finer(self.date, m.date)
        self.location = self.location or m.location
        self.prior = self.prior or m.prior
        self.stated = self.stated or not m.reference
        if m.evidence not in self.evidence:
            self.evidence.append(m.evidence)
        self.confidences.append(m.confidence)


def _officials(participants: frozenset[ActorRef]) -> int:
    return sum(1 for a in participants if a.kind == "official")


def _stands_for(a: frozenset[ActorRef], b: frozenset[ActorRef], countries: dict[str, str]) -> bool:
    """The same sides, where one names a state and the other that state's official: "Lavrov had a call with
    Jordan" and "Lavrov's call with Safadi", Safadi being Jordan's minister. At least one side is shared."""
    only_a, only_b = a - b, b - a
    if not only_a or not (a & b) or len(only_a) != len(only_b):
        return False
    kinds = {x.kind for x in only_a | only_b}
    countries_a = sorted(_country(x, countries) or "?" for x in only_a)
    countries_b = sorted(_country(x, countries) or "?" for x in only_b)
    return kinds == {"state", "official"} and "?" not in countries_a + countries_b and countries_a == countries_b


def _country(side: ActorRef, countries: dict[str, str]) -> str | None:
    return side.name if side.kind == "state" else countries.get(side.name)


STORY_DAYS = 14  # how far from the publication day an event may be what an undated sentence speaks of


def _near(date: str, published: dt.date) -> bool:
    """A date close enough to the story's to be what an undated sentence of the story speaks of."""
    return dates_near(date, published.isoformat(), STORY_DAYS)


def _nearest(events: list[_Event], position: int) -> _Event | None:
    """The event stated last before ``position``, else the first one after it."""
    before = [e for e in events if e.evidence[0].start < position]
    if before:
        return max(before, key=lambda e: max(x.start for x in e.evidence if x.start < position))
    return min(events, key=lambda e: e.evidence[0].start) if events else None


# How soon after a contact with an official on one side and a state on the other the state's official may be
# named as that side ("Blinken spoke with his Chinese counterpart on Thursday. Blinken and Wang Yi discussed …"):
# the next sentence or two. Further on, the same day's contact with someone else is as likely another one.
NAMED_NEXT_CHARS = 400


def _fold_state_summaries(events: list[_Event], countries: dict[str, str]) -> list[_Event]:
    """ "US and Russian diplomats hold talks" over a story whose talks are Rubio's with Lavrov: a dated
    contact between states whose officials' own contact the article tells is that contact, not another. Officials
    whose countries go unsaid may be those states' only on the same day. So with an official on one side: "Blinken
    spoke with his Chinese counterpart on Thursday. Blinken and Wang Yi discussed Taiwan" is one call, Wang's.
    A contact between states only referred to, as a headline names it ("Japan-Peru Foreign Ministers' Telephone
    Talk" over a readout of the two ministers' call), is their officials' contact whatever its date."""

    def covers(other: _Event, event: _Event, states: set[str]) -> bool:
        headline = _told_first(event)
        if other is event or other.date is None or (event.date is None and event.stated and not headline):
            return False  # (a headline's "US and Russian diplomats hold talks" states, undated, what the story tells)
        officials = event.participants - {a for a in event.participants if a.kind == "state"}
        rest = other.participants - officials
        if not officials <= other.participants or not rest or (officials and any(a.kind == "state" for a in rest)):
            return False
        named = states <= _state_sides(rest, countries)
        if event.date is None:  # (only referred to, so told of no day of its own; not a standing "in contact",
            # but the headline's "Kenya, Ethiopia leaders discuss Sudan" is the story's own contact)
            return (event.type != "contact" or headline) and not officials and \
                all(a.kind == "official" for a in rest) and (named or headline and _may_stand_for(
                    rest, states, countries)) and \
                other.modality == event.modality and types_compatible(other.type, event.type)
        next_told = 0 <= other.evidence[0].start - event.evidence[0].end <= NAMED_NEXT_CHARS
        same_day = other.date == event.date and len(event.date) == 10 and next_told
        return (
            any(a.kind == "official" for a in rest)
            and _may_stand_for(rest, states, countries)
            and other.modality == event.modality
            and types_compatible(other.type, event.type)
            and (not officials or same_day)
            and (dates_compatible(other.date, event.date) or (named and other.date[:7] == event.date[:7]))
        )

    kept: list[_Event] = []
    for event in events:
        states = {a.name for a in event.participants if a.kind == "state"}
        if (event.date is not None or not event.stated or _told_first(event)) and states:
            host = next((other for other in events if covers(other, event, states)), None)
            if host is not None:
                host.evidence.extend(e for e in event.evidence if e not in host.evidence)
                host.type = event.type if host.type == "contact" else host.type
                continue
        kept.append(event)
    return kept


def _told_first(event: _Event) -> bool:
    """Told by the article's opening words: its headline, or a lead without one. A contact between states told
    there, undated, sums up the story ("US and Russian diplomats hold talks", "China and India held talks on the
    border"), whose officials' contact the body then tells."""
    return event.evidence[0].start == 0


def _fold_partial_references(events: list[_Event]) -> list[_Event]:
    """ "Lund and Novak agreed on Tuesday … after the talks" over a story whose Tuesday talks were Lund, Novak and
    their aides around one table: an event only referred to ("the talks", a headline), naming some of the sides
    of an event the article states on a compatible day, is that event, not a bilateral of its own."""
    kept: list[_Event] = []
    for event in events:
        host = None
        if not event.stated:
            host = next(
                (
                    other for other in events
                    if other is not event and other.stated and event.participants < other.participants
                    and other.modality == event.modality and types_compatible(other.type, event.type)
                    and dates_compatible(other.date, event.date)
                ),
                None,
            )
        if host is None:
            kept.append(event)
            continue
        host.evidence.extend(e for e in event.evidence if e not in host.evidence)
        host.confidences.extend(event.confidences)
    return kept


def _fold_subsets(mentions: list[ContactMention]) -> list[ContactMention]:
    """ "A and B met … in talks hosted by C": the verb names two sides, the noun three — one event, the
    fuller statement, when both come from the same sentence. Fullest first, so that nested statements
    ({A,B} ⊂ {A,B,C} ⊂ {A,B,C,D}) all end in the fullest one."""
    order = sorted(range(len(mentions)), key=lambda i: -len(mentions[i].participants))
    kept: dict[int, ContactMention] = {}
    for i in order:
        mention = mentions[i]
        fuller = next(
            (
                j for j, other in kept.items()
                if other.sentence == mention.sentence
                and mention.participants < other.participants and other.modality == mention.modality
                and types_compatible(other.type, mention.type) and dates_compatible(other.date, mention.date)
            ),
            None,
        )
        if fuller is None:
            kept[i] = mention
            continue
        other = kept[fuller]
        kept[fuller] = replace(
            other, date=_finer(other.date, mention.date), location=other.location or mention.location,
            type=other.type if other.type != "contact" else mention.type,
            reference=other.reference and mention.reference,
        )
    return [kept[i] for i in sorted(kept)]


NARRATIVE_SENTENCES = 2  # how far back an undated contact looks for the dated one whose day it continues


def _state_sides(participants: frozenset[ActorRef], countries: dict[str, str]) -> set[str]:
    """The states a contact is between: an official stands for the country he serves."""
    return {countries.get(a.name, a.name) if a.kind == "official" else a.name for a in participants}


def _may_stand_for(participants: frozenset[ActorRef], states: set[str], countries: dict[str, str]) -> bool:
    """Whether ``participants`` may be ``states`` told through their officials: every state is one whose official
    takes part, or may be that of an official whose country the article leaves unsaid ("The foreign ministers of
    Japan and China held talks. Kishida and Wang spoke for 90 minutes", with neither named with his country)."""
    known = {countries[a.name] for a in participants if a.kind == "official" and a.name in countries}
    known |= {a.name for a in participants if a.kind == "state"}
    unknown = sum(1 for a in participants if a.kind == "official" and a.name not in countries)
    return len(states - known) <= unknown


def _continues(mention: ContactMention, earlier: ContactMention, countries: dict[str, str]) -> bool:
    """Whether ``mention`` tells more of the story ``earlier`` told: a person of the earlier contact takes part
    again ("A met B on Tuesday. A then met C"), or the same states' officials, now named ("The foreign ministers
    of Japan and China held talks on Thursday. Kishida and Wang spoke for 90 minutes"), whose countries may go
    unsaid when the earlier contact named only states."""
    officials = {a for a in earlier.participants if a.kind == "official"}
    if officials & mention.participants:
        return True
    sides = _state_sides(mention.participants, countries)
    earlier_sides = _state_sides(earlier.participants, countries)
    if len(sides) >= 2 and sides <= earlier_sides:
        return True
    only_states = not officials
    return only_states and len(mention.participants) == len(earlier.participants) and _may_stand_for(
        mention.participants, earlier_sides, countries
    ) and {countries[a.name] for a in mention.participants if a.name in countries} <= earlier_sides


def _narrative_date(
    mention: ContactMention, ordered: list[ContactMention], countries: dict[str, str]
) -> str | None:
    """ "On Tuesday, A met B in Kyiv. A then met C.": an undated contact told right after a dated one of the
    same story, in the same sentence or one of the ``NARRATIVE_SENTENCES`` before it, continues its day; so does
    a plan told after a dated plan ("A will visit Botswana from 5 June. In Gaborone he will hold talks with B"),
    and a contact refused after a dated one ("A flew to Quito on Monday and met B. She was refused a meeting
    with C": refused on that trip).
    An earlier event told in between ("The pair had last spoken on Saturday") is a look back, not the story."""
    if mention.modality not in {"occurred", "planned", "denied"} or mention.standing:
        return None  # ("has refused to meet C": not on the day told before)
    told = "occurred" if mention.modality == "denied" else mention.modality  # refused a meeting on the trip told
    earlier = [
        m for m in ordered
        if m.date is not None and m.modality == told and not m.prior
        and 0 <= mention.sentence - m.sentence <= NARRATIVE_SENTENCES and m.evidence.start <= mention.evidence.start
        and _continues(mention, m, countries)
    ]
    earlier = [m for m in earlier if not _looks_back(m, ordered)]
    return earlier[-1].date if earlier else None


def _looks_back(mention: ContactMention, ordered: list[ContactMention]) -> bool:
    """ "A met B on Thursday. They last met in October 1995. A also called C": a dated contact told after one of
    the story, in the ``NARRATIVE_SENTENCES`` before it, but well before that one's day (more than ``STORY_DAYS``)
    is background, not the story an undated contact after it continues."""
    _, end = date_bounds(mention.date)
    if end is None:
        return False
    for story in ordered:
        if story.evidence.start >= mention.evidence.start:
            break
        start, _ = date_bounds(story.date)
        if start is not None and not story.prior and 0 <= mention.sentence - story.sentence <= NARRATIVE_SENTENCES \
                and (start - end).days > STORY_DAYS:
            return True
    return False


def _join(mention: ContactMention, events: list[_Event], countries: dict[str, str] | None) -> bool:
    """Let the nearest event that accepts ``mention`` absorb it; whether one did."""
    host = _nearest([e for e in events if e.accepts(mention, countries)], mention.evidence.start)
    if host is not None:
        host.absorb(mention)
    return host is not None


def _place_undated(
    mention: ContactMention, events: list[_Event], ordered: list[ContactMention], published: dt.date | None,
    countries: dict[str, str], passage_day: str | None = None,
) -> None:
    """An undated assertion joins a recent event of its sides told before it; failing that, the story told just
    before it (``_narrative_date``) gives its day, before an event of its sides told after it ("The generals spoke
    on Tuesday. A and B discussed … They had also been in contact on Sunday"); else it joins that later event,
    else it took place on the day of the passage it is told in (the lead's, a heading's), else on the story's."""
    candidates = [
        e for e in events
        if e.accepts(mention, countries) and not e.prior
        and (e.date is None or published is None or _near(e.date, published))
    ]
    position = mention.evidence.start
    narrative = _narrative_date(mention, ordered, countries)
    if mention.told_on is not None:  # "said Sunday he had held talks with X": the talks told elsewhere, else Sunday
        narrative = None if candidates else mention.told_on
    if narrative is not None and not any(x.start < position for e in candidates for x in e.evidence):
        dated = replace(mention, date=narrative, confidence=mention.confidence * 0.9)
        if not _join(dated, events, countries):
            events.append(_Event.start(dated))
        return
    nearest = _nearest(candidates, position)
    if nearest is not None:
        nearest.absorb(mention)
        return
    if mention.modality == "occurred" and not mention.prior:  # ("they last met in Lima": not on the story's day)
        story_date = narrative or passage_day or (published.isoformat() if published else None)
        if story_date is not None:
            mention = replace(mention, date=story_date, confidence=mention.confidence * 0.9)
    events.append(_Event.start(mention))


def _reference_dated(
    mention: ContactMention, ordered: list[ContactMention], countries: dict[str, str], passage_day: str | None
) -> ContactMention:
    """A reference no event took in: talks that took place, only referred to ("… met on Thursday. Before their
    talks", "The pact was signed by A and B at the end of their talks"), are those of the story told just before,
    else of the passage's day. A standing "in contact" stays undated."""
    day = _narrative_date(mention, ordered, countries)
    if day is None and mention.modality == "occurred" and not mention.prior and mention.type != "contact":
        day = passage_day
    return replace(mention, date=day) if day else mention


def merge_contacts(
    mentions: list[ContactMention], published: dt.date | None, countries: dict[str, str] | None = None,
    passage_days: Sequence[str | None] = (),
) -> tuple[ContactRecord, ...]:
    """One record per event, in three passes over the statements:

    1. dated statements make events (the same date, or a finer one, joins an event);
    2. an undated assertion ("X spoke with Y") joins a recent dated event of the same sides told before it
       that is not marked as an earlier one ("they last met…", "their first summit"); otherwise it continues
       the day of the contact of the same story told just before it (``_narrative_date``), else it joins such
       an event told after it, else it happened on the day of its passage or the story's, as event coders
       date it (``_place_undated``);
    3. a reference ("their conversation", "the call", a headline) joins the nearest compatible event, else it
       continues the day of the story told just before it, or of its passage (``_reference_dated``).
    Sides match when equal, or when one names a state and the other that state's official (``_stands_for``).
    Then an event only referred to that names some sides of a stated one is that one
    (``_fold_partial_references``), and a dated contact between states is their officials' (``_fold_state_summaries``).
    """
    stated = [m for m in mentions if not m.asked]
    ordered = sorted(_fold_subsets(stated), key=lambda m: (m.evidence.start, m.sentence))
    events: list[_Event] = []
    for mention in (m for m in ordered if m.date is not None):
        candidates = [e for e in events if e.accepts(mention, countries) and e.date is not None]
        exact = [e for e in candidates if e.date == mention.date]
        pool = exact or candidates
        if pool:
            pool[-1].absorb(mention)
        else:
            events.append(_Event.start(mention))
    def passage_day(mention: ContactMention) -> str | None:
        return passage_days[mention.sentence] if mention.sentence < len(passage_days) else None

    for mention in (m for m in ordered if m.date is None and not m.reference):
        _place_undated(mention, events, ordered, published, countries or {}, passage_day(mention))
    for mention in (m for m in ordered if m.date is None and m.reference):
        if not _join(mention, events, countries):
            events.append(_Event.start(_reference_dated(mention, ordered, countries or {}, passage_day(mention))))
    events = _fold_state_summaries(_fold_partial_references(events), countries or {})
    records = []
    for event in sorted(events, key=lambda e: e.evidence[0].start):
        confidence = 1.0
        for c in event.confidences:
            confidence *= 1 - c
        confidence = 1 - confidence
        records.append(
            ContactRecord(
                participants=tuple(sorted(without_own_states(event.participants, countries or {}))),
                type=event.type,
                date=event.date,
                modality=event.modality,
                location=event.location,
                evidence=tuple(sorted(event.evidence, key=lambda e: e.start)),
                confidence=round(min(confidence, 0.99), 2),
            )
        )
    return tuple(records)


def merge_deployments(found: list[DeploymentRecord]) -> tuple[DeploymentRecord, ...]:
    """The same deployment told twice (a repeated lead, a headline) is one record with both sentences."""
    merged: list[DeploymentRecord] = []
    for record in found:
        negated = record.modality in {"denied", "cancelled"}
        match = next(
            (
                i
                for i, m in enumerate(merged)
                if (m.from_state, m.to_state) == (record.from_state, record.to_state)
                and (m.modality in {"denied", "cancelled"}) == negated
                and dates_compatible(m.date, record.date)
            ),
            None,
        )
        if match is None:
            merged.append(record)
            continue
        old = merged[match]
        evidence = old.evidence + tuple(e for e in record.evidence if e not in old.evidence)
        merged[match] = DeploymentRecord(
            from_state=old.from_state, to_state=old.to_state,
            what=old.what if old.quantity or not record.quantity else record.what,
            quantity=old.quantity or record.quantity, date=_finer(old.date, record.date),
            modality=old.modality, evidence=evidence,
        )
    return tuple(merged)
