"""States: the countries the graph knows, as participants, locations and deployment ends."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import SessionDep
from graph.store import queries
from graph.store.views import Page, StateView

router = APIRouter(prefix="/states", tags=["states"])


@router.get("", response_model=Page[StateView])
def list_states(session: SessionDep) -> Page[StateView]:
    """Every state, shaped like the other lists (`items`, `total`) though it is never paged."""
    states = queries.list_states(session)
    return Page[StateView](items=states, total=len(states))
