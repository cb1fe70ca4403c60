"""Analyst corrections to the graph, each written to the audit trail with what it was before.

Corrections outlive re-ingestion: an edited official is ``curated`` (ingestion no longer changes its
name, role or country), a merged or renamed official keeps its old names as aliases (so the resolver
finds the surviving official), and a deleted fact stays in the table flagged ``deleted`` (so a new
report of it merges into the deleted row rather than creating a fresh one).
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from graph.errors import InvalidInput
from graph.names import name_key
from graph.store.db import lock_graph_for_writing
from graph.store.models import (
    CurationLog,
    Deployment,
    Event,
    EventParticipant,
    Mention,
    Official,
    OfficialAlias,
    OfficialTerm,
    State,
)
from graph.store.queries import get_official
from graph.store.resolver import add_alias, get_or_create_state, set_official_name
from graph.store.rows import check_page, page_of, stored_row
from graph.store.views import CurationView, OfficialView, Page

__all__ = [
    "merge_officials",
    "rename_official",
    "update_official",
    "delete_contact",
    "delete_deployment",
    "list_curations",
]


def _aliases(session: Session, official_id: int) -> list[OfficialAlias]:
    return list(
        session.exec(
            select(OfficialAlias)
            .where(OfficialAlias.official_id == official_id)
            .order_by(col(OfficialAlias.id))
        )
    )


def _snapshot(session: Session, official: Official) -> dict[str, Any]:
    country = session.get(State, official.country_id) if official.country_id is not None else None
    return {
        "id": official.id,
        "name": official.name,
        "role": official.role,
        "country": country.name if country is not None else None,
        "aliases": [a.alias for a in _aliases(session, official.id or 0)],
        "curated": official.curated,
    }


def _log(session: Session, action: str, kind: str, target_id: int, before: Any, after: Any) -> None:
    detail = json.dumps({"before": before, "after": after}, default=str, ensure_ascii=False)
    session.add(CurationLog(action=action, target_kind=kind, target_id=target_id, detail=detail))
    session.flush()


def merge_officials(session: Session, keep_id: int, merge_id: int) -> OfficialView:
    """Fold official ``merge_id`` into ``keep_id``: names, aliases, contacts, mentions and terms move over.

    The merged official's name becomes an alias of the kept one, so later articles naming it resolve to
    the kept official. Two events that now have the same participants stay two events.
    """
    if keep_id == merge_id:
        raise InvalidInput("cannot merge an official into itself")
    lock_graph_for_writing(session)
    keep, merged = (
        stored_row(session, Official, keep_id, "official"),
        stored_row(session, Official, merge_id, "official"),
    )
    before = {"keep": _snapshot(session, keep), "merge": _snapshot(session, merged)}
    known = {a.alias_key for a in _aliases(session, keep_id)}
    for alias in _aliases(session, merge_id):
        if alias.alias_key in known or alias.alias_key == keep.name_key:
            session.delete(alias)
        else:
            alias.official_id = keep_id
            known.add(alias.alias_key)
            session.add(alias)
    add_alias(session, keep, merged.name, known)
    session.flush()
    # An event both took part in would list the kept official twice: drop the merged one's row there.
    shared = select(EventParticipant.event_id).where(EventParticipant.official_id == keep_id)
    session.exec(
        delete(EventParticipant).where(
            col(EventParticipant.official_id) == merge_id, col(EventParticipant.event_id).in_(shared)
        )
    )
    for table in (EventParticipant, Mention, OfficialTerm):
        session.exec(
            update(table).where(col(table.official_id) == merge_id).values(official_id=keep_id)
        )
    keep.country_id = keep.country_id if keep.country_id is not None else merged.country_id
    keep.role = keep.role or merged.role
    keep.curated = True
    session.add(keep)
    session.delete(merged)
    session.flush()
    _log(session, "merge_officials", "official", keep_id, before, _snapshot(session, keep))
    return get_official(session, keep_id)


def rename_official(session: Session, official_id: int, new_name: str) -> OfficialView:
    """Give an official its proper name; the old one stays as an alias, and ingestion keeps the new one."""
    if not name_key(new_name):
        raise InvalidInput("the new name is empty")
    lock_graph_for_writing(session)
    official = stored_row(session, Official, official_id, "official")
    before = _snapshot(session, official)
    old_name = official.name
    set_official_name(official, new_name)
    official.curated = True
    session.add(official)
    for alias in _aliases(session, official_id):
        if alias.alias_key == official.name_key:  # the alias is the name now
            session.delete(alias)
    session.flush()
    add_alias(session, official, old_name)
    session.flush()
    _log(session, "rename_official", "official", official_id, before, _snapshot(session, official))
    return get_official(session, official_id)


def update_official(
    session: Session, official_id: int, *, role: str | None = None, country: str | None = None
) -> OfficialView:
    """Correct an official's role and/or country ("" clears one); ingestion will not change them back."""
    if role is None and country is None:
        raise InvalidInput("nothing to update: give a role or a country")
    lock_graph_for_writing(session)
    official = stored_row(session, Official, official_id, "official")
    before = _snapshot(session, official)
    if role is not None:
        official.role = role.strip() or None
    if country is not None:
        official.country_id = get_or_create_state(session, country).id if country.strip() else None
    official.curated = True
    session.add(official)
    session.flush()
    _log(session, "update_official", "official", official_id, before, _snapshot(session, official))
    return get_official(session, official_id)


_Reported = TypeVar("_Reported", Event, Deployment)


def _mark_deleted(session: Session, model: type[_Reported], row_id: int, noun: str, kind: str) -> None:
    # A flag, not a DELETE: the writer still matches new reports to the row, so they stay deleted.
    lock_graph_for_writing(session)
    row = stored_row(session, model, row_id, noun)
    row.deleted = True
    session.add(row)
    _log(session, f"delete_{noun}", kind, row_id, {"deleted": False}, {"deleted": True})


def delete_contact(session: Session, event_id: int) -> None:
    """Remove a contact from every answer; re-ingesting an article that reports it will not bring it back."""
    _mark_deleted(session, Event, event_id, "contact", "event")


def delete_deployment(session: Session, deployment_id: int) -> None:
    """Remove a deployment from every answer, for good (like ``delete_contact``)."""
    _mark_deleted(session, Deployment, deployment_id, "deployment", "deployment")


def list_curations(session: Session, limit: int = 100, offset: int = 0) -> Page[CurationView]:
    """The audit trail, newest first."""
    check_page(limit, offset)
    rows, total = page_of(session, CurationLog, [], [col(CurationLog.id).desc()], limit=limit, offset=offset)
    return Page(
        items=[
            CurationView(
                id=r.id or 0,
                at=r.at,
                action=r.action,
                target_kind=r.target_kind,
                target_id=r.target_id,
                detail=json.loads(r.detail),
            )
            for r in rows
        ],
        total=total,
    )
