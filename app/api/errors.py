"""The domain's errors as HTTP answers: each ``graph.errors`` class has one status and a ``{"detail"}`` body.

Routes let domain errors propagate; mapping them here keeps routes short and keeps a lookup miss from
ever surfacing as a 500.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from graph.errors import AmbiguousName, GraphError, InvalidInput, NotFound

_STATUS: dict[type[GraphError], int] = {
    NotFound: status.HTTP_404_NOT_FOUND,
    InvalidInput: status.HTTP_422_UNPROCESSABLE_CONTENT,
}


async def graph_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    """NotFound → 404, InvalidInput → 422, AmbiguousName → 409 listing the candidates, others → 400."""
    if isinstance(exc, AmbiguousName):
        return JSONResponse(
            status_code=status.HTTP_409_CONFLICT,
            content={"detail": {"message": str(exc), "candidates": exc.candidates}},
        )
    code = next((code for cls, code in _STATUS.items() if isinstance(exc, cls)), status.HTTP_400_BAD_REQUEST)
    return JSONResponse(status_code=code, content={"detail": str(exc)})


def add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(GraphError, graph_error_handler)


Responses = dict[int | str, dict[str, Any]]


def error_response(code: int, description: str, detail: Any) -> Responses:
    """An OpenAPI ``responses=`` entry, so /docs shows each error's shape next to the success."""
    return {code: {"description": description,
                   "content": {"application/json": {"example": {"detail": detail}}}}}


NOT_FOUND = error_response(404, "No such id or name", "No official with id 999")
AMBIGUOUS = error_response(
    409,
    "The name matches several actors: ask again with one of the candidates",
    {"message": "'Smith' matches 2 officials", "candidates": ["Jane Smith", "John Smith"]},
)
UNAUTHORIZED = error_response(401, "DIPLOGRAPH_API_KEY is set and the request has no or a wrong key",
                              "Wrong API key")
