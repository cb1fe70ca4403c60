"""Contacts: the events (calls, meetings, visits) of the graph, filtered; curation may delete one."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import PagingDep, SessionDep
from app.api.errors import NOT_FOUND, UNAUTHORIZED
from graph.extraction.records import ContactType, Modality
from graph.store import curation, queries
from graph.store.views import ContactView, Page

router = APIRouter(prefix="/contacts", tags=["contacts"])


@router.get("", response_model=Page[ContactView])
def list_contacts(
    session: SessionDep,
    paging: PagingDep,
    participant: Annotated[
        str | None,
        Query(description="A name: full name, alias or surname, any case.", examples=["Gerasimov"]),
    ] = None,
    country: Annotated[
        str | None, Query(description="Contacts with a participant of this country.", examples=["Russia"])
    ] = None,
    type: Annotated[ContactType | None, Query(description="The form of the contact.")] = None,
    modality: Annotated[Modality | None, Query(description="Happened, planned, denied…")] = None,
    since: Annotated[dt.date | None, Query(description="Events on or after this day.")] = None,
    until: Annotated[dt.date | None, Query(description="Events on or before this day.")] = None,
    article_id: Annotated[int | None, Query(description="Only contacts this article supports.")] = None,
) -> Page[ContactView]:
    """Contacts, most recent first; every filter narrows the list."""
    return queries.list_contacts(
        session,
        participant=participant,
        country=country,
        type=type,
        modality=modality,
        since=since,
        until=until,
        article_id=article_id,
        limit=paging.limit,
        offset=paging.offset,
    )


@router.delete(
    "/{contact_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["curation"],
    responses={**NOT_FOUND, **UNAUTHORIZED},
)
def delete_contact(contact_id: int, session: SessionDep) -> None:
    """Remove a wrongly extracted contact; re-ingesting its article will not bring it back."""
    curation.delete_contact(session, contact_id)
