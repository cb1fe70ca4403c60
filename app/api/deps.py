"""Typed dependencies: what a route may ask for, each resolved once per request from ``app.state``.

The lifespan puts the settings, the engine and the extractor on ``app.state``; tests build an app with
their own ``Settings`` (and a fake extractor) instead of patching globals.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, Security, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlmodel import Session

from app.settings import Settings
from graph.ingestion import SupportsExtract
from graph.store.db import session_scope

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="APIKey",
    description="`DIPLOGRAPH_API_KEY`: needed for writes (POST, PUT, PATCH, DELETE under /v1) when the "
    "server sets it. Reads are open.",
)


def app_settings(request: Request) -> Settings:
    """The settings this app was created with (not the environment's: tests build apps with their own)."""
    return request.app.state.settings  # type: ignore[no-any-return]


def app_engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def app_extractor(request: Request) -> SupportsExtract:
    return request.app.state.extractor  # type: ignore[no-any-return]


SettingsDep = Annotated[Settings, Depends(app_settings)]
EngineDep = Annotated[Engine, Depends(app_engine)]
ExtractorDep = Annotated[SupportsExtract, Depends(app_extractor)]


def get_session(engine: EngineDep) -> Iterator[Session]:
    """One transaction per request, committed before the response leaves (``scope="function"``).

    Committing after the response would let a client see 200 for a write that then fails to commit.
    """
    with session_scope(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def require_write_key(
    request: Request,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
) -> None:
    """Guard every write under /v1 when ``DIPLOGRAPH_API_KEY`` is set.

    It sits on the whole /v1 router and looks at the method, so a write route added later is guarded
    without anyone remembering to ask for it.
    """
    if settings.api_key is None or request.method not in WRITE_METHODS:
        return
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Missing API key: send the header 'Authorization: Bearer <DIPLOGRAPH_API_KEY>'",
            headers=challenge,
        )
    expected = settings.api_key.get_secret_value().encode()
    if not secrets.compare_digest(credentials.credentials.encode(), expected):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="Wrong API key", headers=challenge)


@dataclass(frozen=True)
class Paging:
    """``limit``/``offset`` query parameters, the same on every list endpoint."""

    limit: int
    offset: int


def get_paging(
    limit: Annotated[int, Query(ge=1, le=500, description="Page size.")] = 50,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
) -> Paging:
    return Paging(limit=limit, offset=offset)


PagingDep = Annotated[Paging, Depends(get_paging)]
