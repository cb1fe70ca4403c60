"""From statements to events: one record per real event of the article.

A call mentioned three times is one event: statements with the same sides merge when their forms agree
(the generic "contact" yields to a stated form), their dates agree and their modality is the same. An
undated statement joins the nearest compatible dated event within two weeks of the story, else continues
the day of the contact told just before it, else took place on the story's day; ``merge_contacts`` says
the passes in order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from graph.extraction.dates import date_bounds, dates_compatible
from graph.extraction.discourse import ContactMention
from graph.extraction.records import ActorRef, ContactRecord, ContactType, DeploymentRecord, Evidence, Modality

__all__ = ["merge_contacts", "merge_deployments", "types_compatible"]


def types_compatible(a: str, b: str) -> bool:
    return a == b or "contact" in (a, b)


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


def _near(date: str, published: dt.date) -> bool:
    """A date close enough to the story's to be what an undated sentence of the story speaks of."""
    start, end = date_bounds(date)
    assert start is not None and end is not None
    return start - dt.timedelta(days=14) <= published <= end + dt.timedelta(days=14)


def _nearest(events: list[_Event], position: int) -> _Event | None:
    """The event stated last before ``position``, else the first one after it."""
    before = [e for e in events if e.evidence[0].start < position]
    if before:
        return max(before, key=lambda e: max(x.start for x in e.evidence if x.start < position))
    return min(events, key=lambda e: e.evidence[0].start) if events else None


def _fold_state_summaries(events: list[_Event], countries: dict[str, str]) -> list[_Event]:
    """ "US and Russian diplomats hold talks" over a story whose talks are Rubio's with Lavrov: a dated
    contact between states whose officials' own contact the article tells is that contact, not another."""

    def sides(event: _Event) -> set[str | None]:
        return {countries.get(a.name) if a.kind == "official" else a.name for a in event.participants}

    def covers(other: _Event, event: _Event, states: set[str]) -> bool:
        return (
            other is not event
            and any(a.kind == "official" for a in other.participants)
            and states <= sides(other)
            and other.modality == event.modality
            and types_compatible(other.type, event.type)
            and other.date is not None
            and event.date is not None
            and (dates_compatible(other.date, event.date) or other.date[:7] == event.date[:7])
        )

    kept: list[_Event] = []
    for event in events:
        if event.date is not None and all(a.kind == "state" for a in event.participants):
            states = {a.name for a in event.participants}
            host = next((other for other in events if covers(other, event, states)), None)
            if host is not None:
                host.evidence.extend(e for e in event.evidence if e not in host.evidence)
                continue
        kept.append(event)
    return kept


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


def _continues(mention: ContactMention, earlier: ContactMention, countries: dict[str, str]) -> bool:
    """Whether ``mention`` tells more of the story ``earlier`` told: a person of the earlier contact takes part
    again ("A met B on Tuesday. A then met C"), or the same states' officials, now named ("The foreign ministers
    of Japan and China held talks on Thursday. Kishida and Wang spoke for 90 minutes")."""
    officials = {a for a in earlier.participants if a.kind == "official"}
    if officials & mention.participants:
        return True
    sides = _state_sides(mention.participants, countries)
    return len(sides) >= 2 and sides <= _state_sides(earlier.participants, countries)


def _narrative_date(
    mention: ContactMention, ordered: list[ContactMention], countries: dict[str, str]
) -> str | None:
    """ "On Tuesday, A met B in Kyiv. A then met C.": an undated contact told right after a dated one of the
    same story, in the same sentence or one of the ``NARRATIVE_SENTENCES`` before it, continues its day. An
    earlier event told in between ("The pair had last spoken on Saturday") is a look back, not the story."""
    earlier = [
        m for m in ordered
        if m.date is not None and m.modality == "occurred" and not m.prior
        and 0 <= mention.sentence - m.sentence <= NARRATIVE_SENTENCES and m.evidence.start <= mention.evidence.start
        and _continues(mention, m, countries)
    ]
    return earlier[-1].date if earlier else None


def merge_contacts(
    mentions: list[ContactMention], published: dt.date | None, countries: dict[str, str] | None = None
) -> tuple[ContactRecord, ...]:
    """One record per event, in three passes over the statements:

    1. dated statements make events (the same date, or a finer one, joins an event);
    2. an undated assertion ("X spoke with Y") joins a recent dated event of the same sides that is not
       marked as an earlier one ("they last met…", "their first summit"); otherwise it continues the day of
       the contact of the same story told just before it (``_narrative_date``), else it happened on the
       story's day, as event coders date it;
    3. a reference ("their conversation", "the call", a headline) joins the nearest compatible event.
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
    for mention in (m for m in ordered if m.date is None and not m.reference):
        candidates = [
            e for e in events
            if e.accepts(mention, countries) and not e.prior
            and (e.date is None or published is None or _near(e.date, published))
        ]
        nearest = _nearest(candidates, mention.evidence.start)
        if nearest is not None:
            nearest.absorb(mention)
            continue
        if mention.modality == "occurred":
            story_date = _narrative_date(mention, ordered, countries or {}) or (
                published.isoformat() if published else None
            )
            if story_date is not None:
                mention = replace(mention, date=story_date, confidence=mention.confidence * 0.9)
        events.append(_Event.start(mention))
    for mention in (m for m in ordered if m.date is None and m.reference):
        joined = _nearest([e for e in events if e.accepts(mention, countries)], mention.evidence.start)
        if joined is None:
            events.append(_Event.start(mention))
        else:
            joined.absorb(mention)
    events = _fold_state_summaries(_fold_partial_references(events), countries or {})
    records = []
    for event in sorted(events, key=lambda e: e.evidence[0].start):
        confidence = 1.0
        for c in event.confidences:
            confidence *= 1 - c
        confidence = 1 - confidence
        records.append(
            ContactRecord(
                participants=tuple(sorted(event.participants)),
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
