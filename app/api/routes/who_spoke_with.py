"""Who spoke with whom: one actor's counterparts and the contacts with each."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import SessionDep
from app.api.errors import AMBIGUOUS, NOT_FOUND
from graph.store import queries
from graph.store.views import WhoSpokeWith

router = APIRouter(prefix="/who-spoke-with", tags=["contacts"])


@router.get("", response_model=WhoSpokeWith, responses={**NOT_FOUND, **AMBIGUOUS})
def who_spoke_with(
    session: SessionDep,
    name: Annotated[
        str,
        Query(min_length=1, description="An official (full name, alias or surname) or a state.",
              examples=["Gerasimov"]),
    ],
) -> WhoSpokeWith:
    """Everyone the named actor had contact with; a name matching several actors answers 409 with them."""
    return queries.who_spoke_with(session, name)
