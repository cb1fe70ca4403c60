"""Officials: search and read them; curation renames, corrects and merges duplicates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from app.api.deps import PagingDep, SessionDep
from app.api.errors import NOT_FOUND, UNAUTHORIZED
from app.api.schemas import MergeRequest, OfficialUpdate
from graph.store import curation, queries
from graph.store.views import OfficialView, Page

router = APIRouter(prefix="/officials", tags=["officials"])


@router.get("", response_model=Page[OfficialView])
def search_officials(
    session: SessionDep,
    paging: PagingDep,
    q: Annotated[
        str | None, Query(description="Part of a name or alias, any case.", examples=["milley"])
    ] = None,
) -> Page[OfficialView]:
    """Officials whose name or an alias contains `q` (all officials without it)."""
    return queries.search_officials(session, q, paging.limit, paging.offset)


@router.get("/{official_id}", response_model=OfficialView, responses=NOT_FOUND)
def read_official(official_id: int, session: SessionDep) -> OfficialView:
    return queries.get_official(session, official_id)


@router.patch("/{official_id}", response_model=OfficialView, tags=["curation"],
              responses={**NOT_FOUND, **UNAUTHORIZED})
def update_official(official_id: int, update: OfficialUpdate, session: SessionDep) -> OfficialView:
    """Correct an official's name, role or country; the change is logged in /v1/curations."""
    if update.name is not None:
        curation.rename_official(session, official_id, update.name)
    if update.role is not None or update.country is not None:
        curation.update_official(session, official_id, role=update.role, country=update.country)
    return queries.get_official(session, official_id)


@router.post("/{official_id}/merge", response_model=OfficialView, tags=["curation"],
             responses={**NOT_FOUND, **UNAUTHORIZED})
def merge_officials(official_id: int, merge: MergeRequest, session: SessionDep) -> OfficialView:
    """Merge a duplicate into this official: the duplicate's aliases and contacts move here, it goes."""
    if merge.merge_id == official_id:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            detail="merge_id is the official itself: name the duplicate to fold in")
    return curation.merge_officials(session, keep_id=official_id, merge_id=merge.merge_id)
