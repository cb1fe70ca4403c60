"""From statements to events: one record per real event of the article.

A call mentioned three times is one event: statements with the same sides merge when their forms agree
(the generic "contact" yields to a stated form), their dates agree (an undated statement joins the last
compatible dated one) and their modality is the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from graph.extraction.contacts import ContactMention
from graph.extraction.records import ActorRef, ContactRecord, ContactType, DeploymentRecord, Evidence, Modality

__all__ = ["merge_contacts", "merge_deployments", "dates_compatible", "types_compatible"]


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, or one is the other at a coarser precision ("2021-09" and "2021-09-14")."""
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


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

    def accepts(self, m: ContactMention) -> bool:
        return (
            m.participants == self.participants
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
        if self.type == "contact":
            self.type = m.type
        self.date = _finer(self.date, m.date)
        self.location = self.location or m.location
        if m.evidence not in self.evidence:
            self.evidence.append(m.evidence)
        self.confidences.append(m.confidence)


def merge_contacts(mentions: list[ContactMention], published: dt.date | None) -> tuple[ContactRecord, ...]:
    """One record per event. An assertion that happened and gives no date is dated to the publication
    day (a story's date, as event coders take it); a reference ("their conversation", "the call", "they
    spoke") keeps no date of its own and joins the latest compatible event before it, else after it."""
    events: list[_Event] = []
    pending: list[ContactMention] = []
    for mention in sorted(mentions, key=lambda m: (m.evidence.start, m.sentence)):
        if mention.date is None and not mention.reference and mention.modality == "occurred" and published:
            mention = replace(mention, date=published.isoformat(), confidence=mention.confidence * 0.9)
        candidates = [e for e in events if e.accepts(mention)]
        if mention.date is not None:
            exact = [e for e in candidates if e.date == mention.date]
            candidates = exact or candidates
        if candidates:
            candidates[-1].absorb(mention)
        elif mention.date is None:
            pending.append(mention)
        else:
            events.append(_Event.start(mention))
    for mention in pending:
        candidates = [e for e in events if e.accepts(mention)]
        if candidates:
            candidates[0].absorb(mention)
        else:
            events.append(_Event.start(mention))
    records = []
    for event in sorted(events, key=lambda e: e.evidence[0].start):
        confidence = 1.0
        for c in event.confidences:
            confidence *= 1 - c
        confidence = 1 - confidence
        date = event.date
        records.append(
            ContactRecord(
                participants=tuple(sorted(event.participants)),
                type=event.type,
                date=date,
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
