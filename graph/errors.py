"""The domain's exception hierarchy: the API maps each class to one HTTP status, the CLI to one message."""

from __future__ import annotations


class GraphError(Exception):
    """Base of every error the domain raises on purpose."""


class NotFound(GraphError):
    """A name or id that the graph does not hold (HTTP 404)."""


class AmbiguousName(GraphError):
    """A name that matches several actors; ``candidates`` lists them so the user can choose (HTTP 409)."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class InvalidInput(GraphError):
    """Input the domain cannot work with: empty, binary, not English, malformed (HTTP 422)."""
