"""Liveness for load balancers and compose: the service answers and so does its database."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status

from app.api.deps import EngineDep
from app.api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health,
            responses={503: {"description": "The database does not answer",
                             "content": {"application/json": {"example": {
                                 "detail": "database unavailable: connection refused"}}}}})
def healthz(request: Request, engine: EngineDep) -> Health:
    """200 when a query reaches the database; the embedded worker's state rides along."""
    try:
        # A raw DBAPI connection: no SQLAlchemy "begin", so on SQLite no write lock to queue behind.
        connection = engine.raw_connection()
        try:
            connection.cursor().execute("SELECT 1")
        finally:
            connection.close()
    except Exception as exc:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE,
                            detail=f"database unavailable: {exc.__class__.__name__}") from exc
    worker = request.app.state.worker
    return Health(status="ok", database="ok",
                  worker="off" if worker is None else "running" if worker.alive else "stopped")
