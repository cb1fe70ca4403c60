"""Writing one article's extraction into the graph, merging what other articles already reported.

Everything happens inside the caller's transaction, so an article is written entirely or not at all.
Writing the same article again replaces its earlier contribution (its sources and mentions) instead of
doubling it, which makes re-extraction with a better extractor safe.

Two reports are the same event when they have the same participants (after resolution), the same
modality, compatible types ("contact" is compatible with any type) and compatible dates (one a prefix of
the other). The merged event keeps the more specific type and the more precise date. Events an analyst
deleted still match, so a new report of a deleted event stays deleted instead of resurrecting it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import ColumnElement, delete, func, or_
from sqlmodel import Session, col, select

from graph.errors import InvalidInput
from graph.extraction.records import (
    CONTACT_TYPES,
    MODALITIES,
    ActorRef,
    ArticleExtraction,
    ContactRecord,
    DeploymentRecord,
    Evidence,
    OfficialRecord,
)
from graph.names import name_key
from graph.store.dates import date_bounds, dates_compatible, more_precise, prefixes
from graph.store.db import lock_graph_for_writing
from graph.store.models import (
    Article,
    ArticleStatus,
    Deployment,
    Event,
    EventParticipant,
    Mention,
    Official,
    Source,
    utcnow,
)
from graph.store.resolver import get_or_create_organization, get_or_create_state, resolve_official

__all__ = ["WriteResult", "write_extraction", "combined_confidence", "MAX_CONFIDENCE"]

MAX_CONFIDENCE = 0.99
GENERIC_TYPE = "contact"
MENTION_CHARS = 300

Side = tuple[str, int]  # ("official", id) or ("state", id): a resolved participant


@dataclass(frozen=True)
class WriteResult:
    """The events and deployments the article supports, in the order the extraction listed them."""

    event_ids: tuple[int, ...]
    deployment_ids: tuple[int, ...]


def combined_confidence(confidences: Iterable[float]) -> float:
    """How sure we are of a fact reported independently with these confidences: 1 - Π(1 - cᵢ), ≤ 0.99.

    Independent reports corroborate each other, but no number of articles makes a fact certain.

    >>> combined_confidence([0.5, 0.5])
    0.75
    >>> combined_confidence([0.9, 0.9, 0.9])
    0.99
    """
    doubt = 1.0
    for confidence in confidences:
        doubt *= 1.0 - min(max(confidence, 0.0), 1.0)
    return round(min(MAX_CONFIDENCE, 1.0 - doubt), 4)


def _checked_date(value: str | None, what: str) -> tuple[str | None, tuple[dt.date | None, dt.date | None]]:
    try:
        return value or None, date_bounds(value or None)
    except ValueError as exc:
        raise InvalidInput(f"{what}: {exc}") from exc


def _evidence_rows(evidence: tuple[Evidence, ...]) -> list[Evidence]:
    # A fact without evidence still needs one source row: sources are what tie it to the article.
    unique = {(e.start, e.end): e for e in evidence}
    return list(unique.values()) or [Evidence(sentence="", start=0, end=0)]


_Reported = TypeVar("_Reported", Event, Deployment)


def _date_may_match(model: type[_Reported], date: str | None) -> ColumnElement[bool]:
    """Rows whose date is ``date``, a prefix of it or more precise within it; only undated rows for None.

    A coarse filter for the database: ``dates_compatible`` has the final word on the candidates.
    """
    if not date:
        return col(model.date).is_(None)
    return or_(col(model.date).in_(prefixes(date)), col(model.date).like(date + "-%"))


def _sharpen_date(row: Event | Deployment, date: str | None) -> None:
    """Give a merged fact the more precise of its date and a new report's, with the bounds to match."""
    precise = more_precise(row.date, date)
    if precise != row.date:
        row.date = precise
        row.date_start, row.date_end = date_bounds(precise)


@dataclass
class _ArticleWriter:
    session: Session
    article: Article
    article_id: int
    officials: dict[str, Official] = field(default_factory=dict)  # record name and its key → official
    states: dict[str, int] = field(default_factory=dict)
    sources_written: set[tuple[str, int, int, int]] = field(default_factory=set)

    # --- actors ---------------------------------------------------------------------------------------

    def state_id(self, name: str) -> int:
        if name not in self.states:
            state = get_or_create_state(self.session, name)
            assert state.id is not None  # flushed by get_or_create_state
            self.states[name] = state.id
        return self.states[name]

    def official(self, record: OfficialRecord) -> Official:
        country_id = self.state_id(record.country) if record.country else None
        official = resolve_official(self.session, record, country_id)
        assert official.id is not None  # the resolver flushes what it creates
        self.officials[record.name] = official
        self.officials.setdefault(name_key(record.name), official)
        for mention in record.mentions:
            text = self.article.text[mention.start : mention.end] or mention.sentence
            self.session.add(
                Mention(
                    article_id=self.article_id,
                    official_id=official.id,
                    text=text[:MENTION_CHARS],
                    start=mention.start,
                    end=mention.end,
                )
            )
        return official

    def side(self, ref: ActorRef) -> Side:
        if ref.kind == "state":
            return ("state", self.state_id(ref.name))
        official = self.officials.get(ref.name) or self.officials.get(name_key(ref.name))
        if official is None:  # a participant the extraction did not list among its officials
            official = self.official(OfficialRecord(name=ref.name))
        assert official.id is not None
        return ("official", official.id)

    # --- sources --------------------------------------------------------------------------------------

    def add_sources(
        self, kind: str, target_id: int, evidence: tuple[Evidence, ...], confidence: float
    ) -> None:
        for item in _evidence_rows(evidence):
            key = (kind, target_id, item.start, item.end)
            if key in self.sources_written:
                continue
            self.sources_written.add(key)
            self.session.add(
                Source(
                    article_id=self.article_id,
                    event_id=target_id if kind == "event" else None,
                    deployment_id=target_id if kind == "deployment" else None,
                    sentence=item.sentence,
                    start=item.start,
                    end=item.end,
                    confidence=confidence,
                )
            )

    # --- contacts -------------------------------------------------------------------------------------

    def contact(self, record: ContactRecord) -> int | None:
        if record.type not in CONTACT_TYPES:
            raise InvalidInput(f"unknown contact type {record.type!r}; expected one of {CONTACT_TYPES}")
        if record.modality not in MODALITIES:
            raise InvalidInput(f"unknown modality {record.modality!r}; expected one of {MODALITIES}")
        sides = list(dict.fromkeys(self.side(ref) for ref in record.participants))
        if len(sides) < 2:  # both names resolved to one person: no contact to speak of
            return None
        date, (start, end) = _checked_date(record.date, "contact date")
        location_id = self.state_id(record.location) if record.location else None
        event = self.matching_event(frozenset(sides), record)
        if event is None:
            event = Event(
                type=record.type,
                date=date,
                date_start=start,
                date_end=end,
                modality=record.modality,
                location_id=location_id,
            )
            self.session.add(event)
            self.session.flush()
            assert event.id is not None
            for kind, actor_id in sides:
                self.session.add(
                    EventParticipant(
                        event_id=event.id,
                        official_id=actor_id if kind == "official" else None,
                        state_id=actor_id if kind == "state" else None,
                    )
                )
        else:
            if event.type == GENERIC_TYPE:
                event.type = record.type
            _sharpen_date(event, date)
            if event.location_id is None:
                event.location_id = location_id
            self.session.add(event)
        assert event.id is not None
        self.add_sources("event", event.id, record.evidence, record.confidence)
        return event.id

    def matching_event(self, sides: frozenset[Side], record: ContactRecord) -> Event | None:
        kind, actor_id = next(iter(sorted(sides)))
        column = EventParticipant.official_id if kind == "official" else EventParticipant.state_id
        query = (
            select(Event)
            .join(EventParticipant, col(EventParticipant.event_id) == col(Event.id))
            .where(column == actor_id, Event.modality == record.modality)
            .distinct()
        )
        if record.type != GENERIC_TYPE:
            query = query.where(col(Event.type).in_([record.type, GENERIC_TYPE]))
        query = query.where(_date_may_match(Event, record.date))
        candidates = self.session.exec(query).all()
        if not candidates:
            return None
        participant_sets = _participant_sets(self.session, [e.id for e in candidates if e.id is not None])
        same = [e for e in candidates if participant_sets.get(e.id or 0) == sides]
        same = [e for e in same if dates_compatible(e.date, record.date)]
        if not same:
            return None
        return min(same, key=lambda e: (e.date != record.date, e.type != record.type, e.id or 0))

    # --- deployments ----------------------------------------------------------------------------------

    def deployment(self, record: DeploymentRecord) -> int:
        if record.modality not in MODALITIES:
            raise InvalidInput(f"unknown modality {record.modality!r}; expected one of {MODALITIES}")
        if not record.what.strip():
            raise InvalidInput("a deployment needs to say what is deployed")
        from_id, to_id = self.state_id(record.from_state), self.state_id(record.to_state)
        date, (start, end) = _checked_date(record.date, "deployment date")
        query = select(Deployment).where(
            Deployment.from_state_id == from_id,
            Deployment.to_state_id == to_id,
            Deployment.modality == record.modality,
        )
        query = query.where(_date_may_match(Deployment, date))
        candidates = [d for d in self.session.exec(query).all() if dates_compatible(d.date, date)]
        if candidates:
            deployment = min(candidates, key=lambda d: (d.date != date, d.id or 0))
            _sharpen_date(deployment, date)
            if deployment.quantity is None:
                deployment.quantity = record.quantity
            self.session.add(deployment)
        else:
            deployment = Deployment(
                from_state_id=from_id,
                to_state_id=to_id,
                what=record.what.strip()[:500],
                quantity=record.quantity,
                date=date,
                date_start=start,
                date_end=end,
                modality=record.modality,
            )
            self.session.add(deployment)
            self.session.flush()
        assert deployment.id is not None
        self.add_sources("deployment", deployment.id, record.evidence, 0.5)
        return deployment.id


def _participant_sets(session: Session, event_ids: list[int]) -> dict[int, frozenset[Side]]:
    sets: dict[int, set[Side]] = {}
    rows = session.exec(
        select(EventParticipant.event_id, EventParticipant.official_id, EventParticipant.state_id).where(
            col(EventParticipant.event_id).in_(event_ids)
        )
    )
    for event_id, official_id, state_id in rows:
        side: Side = ("official", official_id) if official_id is not None else ("state", state_id or 0)
        sets.setdefault(event_id, set()).add(side)
    return {event_id: frozenset(sides) for event_id, sides in sets.items()}


def refresh_confidence(session: Session, event_ids: Iterable[int]) -> None:
    """Recompute events' confidence from their sources: the best report of each article counts once."""
    ids = sorted(set(event_ids))
    if not ids:
        return
    per_article: dict[int, list[float]] = {}
    rows = session.exec(
        select(Source.event_id, Source.article_id, func.max(Source.confidence))
        .where(col(Source.event_id).in_(ids))
        .group_by(col(Source.event_id), col(Source.article_id))
    )
    for event_id, _article_id, confidence in rows:
        per_article.setdefault(event_id or 0, []).append(confidence)
    for event in session.exec(select(Event).where(col(Event.id).in_(ids))):
        event.confidence = combined_confidence(per_article.get(event.id or 0, []))
        session.add(event)


def _forget_article(session: Session, article_id: int) -> tuple[set[int], set[int]]:
    """Remove an article's earlier sources and mentions; return the events and deployments they backed."""
    rows = session.exec(
        select(Source.event_id, Source.deployment_id).where(Source.article_id == article_id)
    ).all()
    events = {e for e, _ in rows if e is not None}
    deployments = {d for _, d in rows if d is not None}
    if rows:
        session.exec(delete(Source).where(col(Source.article_id) == article_id))
    session.exec(delete(Mention).where(col(Mention.article_id) == article_id))
    return events, deployments


def _drop_orphans(session: Session, events: set[int], deployments: set[int]) -> None:
    """Delete facts no article supports any more, except those an analyst deleted (they must stay)."""
    if events:
        backed = set(session.exec(select(Source.event_id).where(col(Source.event_id).in_(events))))
        orphans = [e for e in events if e not in backed]
        if orphans:
            session.exec(delete(Event).where(col(Event.id).in_(orphans), col(Event.deleted).is_(False)))
        refresh_confidence(session, (e for e in backed if e is not None))
    if deployments:
        backed_d = set(
            session.exec(select(Source.deployment_id).where(col(Source.deployment_id).in_(deployments)))
        )
        orphans = [d for d in deployments if d not in backed_d]
        if orphans:
            session.exec(
                delete(Deployment).where(col(Deployment.id).in_(orphans), col(Deployment.deleted).is_(False))
            )


def write_extraction(session: Session, article: Article, extraction: ArticleExtraction) -> WriteResult:
    """Write what one article yields into the graph and mark the article done (caller commits)."""
    if article.id is None:
        raise InvalidInput("the article must be saved before its extraction is written")
    lock_graph_for_writing(session)
    previous_events, previous_deployments = _forget_article(session, article.id)
    writer = _ArticleWriter(session, article, article.id)
    for name in extraction.states:
        writer.state_id(name)
    for name in extraction.organizations:
        get_or_create_organization(session, name)
    for record in extraction.officials:
        writer.official(record)
    event_ids: list[int] = []
    for contact in extraction.contacts:
        event_id = writer.contact(contact)
        if event_id is not None and event_id not in event_ids:
            event_ids.append(event_id)
    deployment_ids: list[int] = []
    for deployment in extraction.deployments:
        deployment_id = writer.deployment(deployment)
        if deployment_id not in deployment_ids:
            deployment_ids.append(deployment_id)
    session.flush()
    refresh_confidence(session, event_ids)
    _drop_orphans(session, previous_events - set(event_ids), previous_deployments - set(deployment_ids))
    article.status = ArticleStatus.DONE
    article.processed_at = utcnow()
    article.error = None
    session.add(article)
    session.flush()
    return WriteResult(event_ids=tuple(event_ids), deployment_ids=tuple(deployment_ids))
