"""Rows in general: one by id, or one page of many. Every module of the store looks up and pages this way."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, SQLModel, select

from graph.errors import InvalidInput, NotFound

__all__ = ["check_page", "stored_row", "page_of"]

_Row = TypeVar("_Row", bound=SQLModel)


def check_page(limit: int, offset: int) -> None:
    """InvalidInput for a negative ``limit`` or ``offset``, before any query runs."""
    if limit < 0 or offset < 0:
        raise InvalidInput("limit and offset must not be negative")


def stored_row(session: Session, model: type[_Row], row_id: int, noun: str) -> _Row:
    """The row with this id; NotFound when there is none or curation deleted it (events, deployments)."""
    row = session.get(model, row_id)
    if row is None or getattr(row, "deleted", False):
        raise NotFound(f"no {noun} with id {row_id}")
    return row


def page_of(
    session: Session,
    model: type[_Row],
    conditions: Sequence[ColumnElement[bool]],
    order_by: Sequence[Any],
    *,
    limit: int,
    offset: int,
) -> tuple[Sequence[_Row], int]:
    """One page of the rows matching every condition, in this order, and how many match in all."""
    total = session.exec(select(func.count()).select_from(model).where(*conditions)).one()
    rows = session.exec(select(model).where(*conditions).order_by(*order_by).offset(offset).limit(limit)).all()
    return rows, total
