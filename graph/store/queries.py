"""Reading the graph: filters and lookups that return the read models of ``graph.store.views``.

A page of results costs a fixed handful of queries whatever its size: the events first, then all their
participants, actors and sources at once (never one query per event). Names are matched the way users
type them: a full name, an alias or a bare surname, in any case and spelling variant ("zelenskyy").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, or_
from sqlmodel import Session, col, select

from graph.errors import InvalidInput
from graph.extraction.records import CONTACT_TYPES, MODALITIES
from graph.names import name_key
from graph.store.actors import chunks, designated_actor, find_actors, official_participants, state_names
from graph.store.models import (
    Deployment,
    Event,
    EventParticipant,
    Official,
    OfficialAlias,
    Source,
    State,
)
from graph.store.resolver import find_state
from graph.store.rows import check_page, page_of, stored_row
from graph.store.views import (
    ContactView,
    Counterpart,
    DeploymentView,
    OfficialView,
    Page,
    ParticipantView,
    SourceView,
    StateRef,
    StateView,
    WhoSpokeWith,
)

__all__ = [
    "list_contacts",
    "get_contact",
    "contacts_for_article",
    "deployments_for_article",
    "who_spoke_with",
    "list_deployments",
    "get_deployment",
    "search_officials",
    "get_official",
    "list_states",
    "find_actors",
]


_Reported = TypeVar("_Reported", Event, Deployment)


def _overlapping(model: type[_Reported], since: dt.date | None, until: dt.date | None) -> list[ColumnElement[bool]]:
    """Conditions keeping the rows whose date range overlaps ``since``–``until``; undated rows never do."""
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(col(model.date_end) >= since)
    if until is not None:
        conditions.append(col(model.date_start) <= until)
    return conditions


def _supported_by(session: Session, model: type[_Reported], link: Any, article_id: int) -> Sequence[_Reported]:
    """The (not deleted) rows an article is a source of, ``link`` being the column of Source that names them."""
    supported = select(link).where(Source.article_id == article_id)
    return session.exec(
        select(model).where(col(model.id).in_(supported), col(model.deleted).is_(False)).order_by(col(model.id))
    ).all()


# --- contacts ----------------------------------------------------------------------------------------


def _source_views(session: Session, column: Any, ids: Iterable[int]) -> dict[int, list[SourceView]]:
    """The sources of many events or deployments (``column`` says which), by the id they support."""
    sources: dict[int, list[SourceView]] = {}
    for chunk in chunks(ids):
        for source in session.exec(
            select(Source)
            .where(col(column).in_(chunk))
            .order_by(col(Source.article_id), col(Source.start), col(Source.id))
        ):
            sources.setdefault(getattr(source, column.key) or 0, []).append(
                SourceView(article_id=source.article_id, sentence=source.sentence, start=source.start, end=source.end)
            )
    return sources


def _contact_views(session: Session, events: Sequence[Event]) -> list[ContactView]:
    ids = [e.id for e in events if e.id is not None]
    participants: dict[int, list[tuple[str, int]]] = {}
    sources = _source_views(session, Source.event_id, ids)
    for chunk in chunks(ids):
        rows = session.exec(
            select(EventParticipant.event_id, EventParticipant.official_id, EventParticipant.state_id)
            .where(col(EventParticipant.event_id).in_(chunk))
            .order_by(col(EventParticipant.id))
        )
        for event_id, official_id, state_id in rows:
            side = ("official", official_id) if official_id is not None else ("state", state_id or 0)
            if side not in participants.setdefault(event_id, []):
                participants[event_id].append(side)
    official_ids = {i for sides in participants.values() for kind, i in sides if kind == "official"}
    officials: dict[int, ParticipantView] = {}
    for chunk in chunks(official_ids):
        found = session.exec(select(Official).where(col(Official.id).in_(chunk))).all()
        officials.update((p.id, p) for p in official_participants(session, found))
    state_ids = {i for sides in participants.values() for kind, i in sides if kind == "state"}
    state_ids |= {e.location_id for e in events if e.location_id is not None}
    states = state_names(session, state_ids)

    def view(kind: str, actor_id: int) -> ParticipantView:
        if kind == "official":
            return officials[actor_id]
        return ParticipantView(id=actor_id, kind="state", name=states[actor_id], country=states[actor_id])

    result = []
    for event in events:
        event_id = event.id or 0
        event_sources = sources.get(event_id, [])
        result.append(
            ContactView(
                id=event_id,
                type=event.type,
                date=event.date,
                modality=event.modality,
                location=states.get(event.location_id) if event.location_id is not None else None,
                participants=[view(kind, i) for kind, i in participants.get(event_id, [])],
                sources=event_sources,
                confidence=event.confidence,
                corroboration=len({s.article_id for s in event_sources}),
            )
        )
    return result


def _participates(column: Any, ids: Iterable[int]) -> ColumnElement[bool]:
    return col(Event.id).in_(select(EventParticipant.event_id).where(col(column).in_(list(ids))))


_NEWEST_FIRST = (col(Event.date_start).desc().nulls_last(), col(Event.id))  # undated last


def list_contacts(
    session: Session,
    *,
    participant: str | None = None,
    country: str | None = None,
    type: str | None = None,
    modality: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    article_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page[ContactView]:
    """Contacts matching every given filter, newest first (undated last); deleted ones never appear.

    ``since``/``until`` keep events whose date range overlaps them, so "2022-02" is found by
    ``since=2022-02-15``; undated events are left out when either is given.
    """
    check_page(limit, offset)
    if type is not None and type not in CONTACT_TYPES:
        raise InvalidInput(f"unknown contact type {type!r}; expected one of {', '.join(CONTACT_TYPES)}")
    if modality is not None and modality not in MODALITIES:
        raise InvalidInput(f"unknown modality {modality!r}; expected one of {', '.join(MODALITIES)}")
    empty: Page[ContactView] = Page(items=[], total=0)
    conditions: list[ColumnElement[bool]] = [col(Event.deleted).is_(False)]
    if participant is not None:
        actors = find_actors(session, participant)
        if not actors:
            return empty
        conditions.append(
            or_(
                _participates(EventParticipant.official_id, [a.id for a in actors if a.kind == "official"]),
                _participates(EventParticipant.state_id, [a.id for a in actors if a.kind == "state"]),
            )
        )
    if country is not None:
        state = find_state(session, country)
        if state is None:
            return empty
        of_country = select(Official.id).where(Official.country_id == state.id)
        conditions.append(
            or_(
                _participates(EventParticipant.state_id, [state.id or 0]),
                col(Event.id).in_(
                    select(EventParticipant.event_id).where(col(EventParticipant.official_id).in_(of_country))
                ),
            )
        )
    if type is not None:
        conditions.append(col(Event.type) == type)
    if modality is not None:
        conditions.append(col(Event.modality) == modality)
    conditions += _overlapping(Event, since, until)
    if article_id is not None:
        conditions.append(col(Event.id).in_(select(Source.event_id).where(Source.article_id == article_id)))
    events, total = page_of(session, Event, conditions, _NEWEST_FIRST, limit=limit, offset=offset)
    return Page(items=_contact_views(session, events), total=total)


def get_contact(session: Session, event_id: int) -> ContactView:
    """One contact by id; NotFound when it does not exist or was deleted."""
    return _contact_views(session, [stored_row(session, Event, event_id, "contact")])[0]


def contacts_for_article(session: Session, article_id: int) -> list[ContactView]:
    """Every (not deleted) contact this article supports, also those other articles reported first."""
    return _contact_views(session, _supported_by(session, Event, Source.event_id, article_id))


def who_spoke_with(session: Session, name: str) -> WhoSpokeWith:
    """The actor a name designates and everyone it had contacts with, most frequent counterpart first.

    Raises NotFound for a name the graph does not hold and AmbiguousName when a surname (or alias)
    fits several officials; its ``candidates`` are their full names.
    """
    subject = designated_actor(session, name)
    column = EventParticipant.official_id if subject.kind == "official" else EventParticipant.state_id
    events = session.exec(
        select(Event)
        .where(_participates(column, [subject.id]), col(Event.deleted).is_(False))
        .order_by(*_NEWEST_FIRST)
    ).all()
    grouped: dict[tuple[str, int], Counterpart] = {}
    for contact in _contact_views(session, events):
        for other in contact.participants:
            if (other.kind, other.id) == (subject.kind, subject.id):
                continue
            entry = grouped.setdefault((other.kind, other.id), Counterpart(participant=other, contacts=[]))
            entry.contacts.append(contact)
    counterparts = sorted(grouped.values(), key=lambda c: (-len(c.contacts), c.participant.name.lower()))
    return WhoSpokeWith(subject=subject, counterparts=counterparts)


# --- deployments -------------------------------------------------------------------------------------


def _deployment_views(session: Session, deployments: Sequence[Deployment]) -> list[DeploymentView]:
    sources = _source_views(session, Source.deployment_id, [d.id for d in deployments if d.id is not None])
    states = state_names(session, [i for d in deployments for i in (d.from_state_id, d.to_state_id)])
    return [
        DeploymentView.model_validate(
            {
                "id": d.id,
                "from": StateRef(id=d.from_state_id, name=states[d.from_state_id]),
                "to": StateRef(id=d.to_state_id, name=states[d.to_state_id]),
                "what": d.what,
                "quantity": d.quantity,
                "date": d.date,
                "modality": d.modality,
                "sources": sources.get(d.id or 0, []),
            }
        )
        for d in deployments
    ]


def list_deployments(
    session: Session,
    *,
    from_: str | None = None,
    to: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page[DeploymentView]:
    """Deployments from and/or to the named states (name or ISO code), newest first, deleted ones left out."""
    check_page(limit, offset)
    conditions: list[ColumnElement[bool]] = [col(Deployment.deleted).is_(False)]
    for name, column in ((from_, Deployment.from_state_id), (to, Deployment.to_state_id)):
        if name is not None:
            state = find_state(session, name)
            if state is None:
                return Page(items=[], total=0)
            conditions.append(col(column) == state.id)
    conditions += _overlapping(Deployment, since, until)
    newest_first = (col(Deployment.date_start).desc().nulls_last(), col(Deployment.id))
    rows, total = page_of(session, Deployment, conditions, newest_first, limit=limit, offset=offset)
    return Page(items=_deployment_views(session, rows), total=total)


def get_deployment(session: Session, deployment_id: int) -> DeploymentView:
    """One deployment by id; NotFound when it does not exist or was deleted."""
    return _deployment_views(session, [stored_row(session, Deployment, deployment_id, "deployment")])[0]


def deployments_for_article(session: Session, article_id: int) -> list[DeploymentView]:
    """Every (not deleted) deployment this article supports."""
    return _deployment_views(session, _supported_by(session, Deployment, Source.deployment_id, article_id))


# --- officials and states ----------------------------------------------------------------------------


def _official_views(session: Session, officials: Sequence[Official]) -> list[OfficialView]:
    ids = [o.id for o in officials if o.id is not None]
    aliases: dict[int, list[str]] = {}
    counts: dict[int, int] = {}
    for chunk in chunks(ids):
        for official_id, alias in session.exec(
            select(OfficialAlias.official_id, OfficialAlias.alias)
            .where(col(OfficialAlias.official_id).in_(chunk))
            .order_by(col(OfficialAlias.id))
        ):
            aliases.setdefault(official_id, []).append(alias)
        counted = session.exec(
            select(EventParticipant.official_id, func.count(func.distinct(EventParticipant.event_id)))
            .join(Event, col(Event.id) == col(EventParticipant.event_id))
            .where(col(EventParticipant.official_id).in_(chunk), col(Event.deleted).is_(False))
            .group_by(col(EventParticipant.official_id))
        )
        counts.update((official_id or 0, count) for official_id, count in counted)
    countries = state_names(session, [o.country_id for o in officials if o.country_id is not None])
    return [
        OfficialView(
            id=o.id or 0,
            name=o.name,
            aliases=aliases.get(o.id or 0, []),
            country=countries.get(o.country_id) if o.country_id is not None else None,
            role=o.role,
            contact_count=counts.get(o.id or 0, 0),
        )
        for o in officials
    ]


def search_officials(
    session: Session, q: str | None, limit: int = 100, offset: int = 0
) -> Page[OfficialView]:
    """Officials whose name or an alias contains ``q`` (any case, any spelling variant), by name."""
    check_page(limit, offset)
    conditions: list[ColumnElement[bool]] = []
    if q is not None and q.strip():
        text, key = q.strip().lower(), name_key(q) or q.strip().lower()
        by_alias = select(OfficialAlias.official_id).where(
            or_(
                func.lower(OfficialAlias.alias).contains(text, autoescape=True),
                col(OfficialAlias.alias_key).contains(key, autoescape=True),
            )
        )
        conditions.append(
            or_(
                func.lower(Official.name).contains(text, autoescape=True),
                col(Official.name_key).contains(key, autoescape=True),
                col(Official.id).in_(by_alias),
            )
        )
    by_name = (func.lower(Official.name), col(Official.id))
    rows, total = page_of(session, Official, conditions, by_name, limit=limit, offset=offset)
    return Page(items=_official_views(session, rows), total=total)


def get_official(session: Session, official_id: int) -> OfficialView:
    """One official by id; NotFound otherwise (also for one merged into another)."""
    return _official_views(session, [stored_row(session, Official, official_id, "official")])[0]


def list_states(session: Session) -> list[StateView]:
    """All states by name, with how many officials represent each."""
    counts = dict(
        session.exec(
            select(Official.country_id, func.count())
            .where(col(Official.country_id).is_not(None))
            .group_by(col(Official.country_id))
        ).all()
    )
    states = session.exec(select(State).order_by(func.lower(State.name), col(State.id))).all()
    return [
        StateView(id=s.id or 0, name=s.name, code=s.code, official_count=counts.get(s.id, 0)) for s in states
    ]
