"""The HTTP application, assembled: routers, error handlers, and the resources its lifespan holds.

Nothing runs at import: ``uvicorn app.api.main:create_app --factory`` (or ``diplograph serve``) calls
the factory, and tests call it with their own settings.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI

from app.api.deps import require_write_key
from app.api.errors import add_error_handlers
from app.api.routes import (
    analysis,
    articles,
    ask,
    contacts,
    curations,
    deployments,
    health,
    officials,
    states,
    who_spoke_with,
)
from app.api.routes import graph as graph_routes  # not to shadow the `graph` package
from app.settings import Settings, get_settings
from app.worker import SerialExtractor, Worker
from graph.extraction import Extractor
from graph.ingestion import SupportsExtract
from graph.store.db import make_engine, migrate


def build_api_router() -> APIRouter:
    """Everything under /v1; the write-key guard covers each write route, present and future."""
    api_router = APIRouter(prefix="/v1", dependencies=[Depends(require_write_key)])
    routes = (articles, contacts, who_spoke_with, deployments, officials, states, curations, graph_routes,
              analysis, ask)
    for module in routes:
        api_router.include_router(module.router)
    return api_router


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Migrate, connect, load spaCy once; start the embedded worker; undo it all on shutdown."""
    settings: Settings = app.state.settings
    migrate(settings.database_url)
    extractor = app.state.extractor or SerialExtractor(Extractor())
    engine = make_engine(settings.database_url)
    app.state.engine, app.state.extractor = engine, extractor
    worker = None
    if settings.embedded_worker:
        worker = Worker(
            engine,
            extractor,
            poll_seconds=settings.worker_poll_seconds,
            stale_after_seconds=settings.stale_claim_seconds,
        )
        worker.start()
    app.state.worker = worker
    try:
        yield
    finally:
        if worker is not None:
            worker.stop()
        engine.dispose()


def create_app(settings: Settings | None = None, *, extractor: SupportsExtract | None = None) -> FastAPI:
    """The API for ``settings`` (the environment's by default).

    ``extractor`` shares one already loaded (tests, scripts); it must be safe for the embedded worker and
    request threads together. By default the lifespan loads one and serializes its use.
    """
    app = FastAPI(
        title="diplograph",
        version="1",
        summary="News about diplomacy as a knowledge graph of contacts and deployments.",
        description="Submit English news articles; query who spoke with whom, when and how, and who "
        "deploys forces where. Writes need `Authorization: Bearer <DIPLOGRAPH_API_KEY>` when the server "
        "sets a key: use **Authorize**.",
        lifespan=lifespan,
    )
    app.state.settings = settings or get_settings()
    app.state.extractor = extractor
    app.state.worker = None
    add_error_handlers(app)
    app.include_router(health.router)
    app.include_router(build_api_router())
    return app
