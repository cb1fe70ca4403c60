"""The curation log: every analyst change, newest first, with what it replaced."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import PagingDep, SessionDep
from graph.store import curation
from graph.store.views import CurationView, Page

router = APIRouter(prefix="/curations", tags=["curation"])


@router.get("", response_model=Page[CurationView])
def list_curations(session: SessionDep, paging: PagingDep) -> Page[CurationView]:
    """Merges, renames, corrections and deletions, newest first; `detail` holds before and after."""
    return curation.list_curations(session, paging.limit, paging.offset)
