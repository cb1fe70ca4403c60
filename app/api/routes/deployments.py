"""Deployments: deploys-to edges between states (troops, ships, systems sent or massed)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import PagingDep, SessionDep
from graph.store import queries
from graph.store.views import DeploymentView, Page

router = APIRouter(prefix="/deployments", tags=["deployments"])


@router.get("", response_model=Page[DeploymentView])
def list_deployments(
    session: SessionDep,
    paging: PagingDep,
    from_: Annotated[str | None, Query(alias="from", description="The sending state.",
                                       examples=["United States"])] = None,
    to: Annotated[str | None, Query(description="The receiving state.", examples=["Poland"])] = None,
    since: Annotated[dt.date | None, Query(description="Deployments on or after this day.")] = None,
    until: Annotated[dt.date | None, Query(description="Deployments on or before this day.")] = None,
) -> Page[DeploymentView]:
    """Deployments, most recent first."""
    return queries.list_deployments(
        session, from_=from_, to=to, since=since, until=until, limit=paging.limit, offset=paging.offset
    )
