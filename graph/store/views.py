"""Read models of the stored graph, shaped as the public contract describes them.

They are plain pydantic models (no HTTP): the API serves them as they are, scripts use them directly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field


class SourceView(BaseModel):
    article_id: int
    sentence: str
    start: int
    end: int


class ParticipantView(BaseModel):
    id: int
    kind: Literal["official", "state"]
    name: str
    country: str | None = None
    role: str | None = None


class ContactView(BaseModel):
    id: int
    type: str
    date: str | None
    modality: str
    location: str | None
    participants: list[ParticipantView]
    sources: list[SourceView]
    confidence: float
    corroboration: int = Field(description="how many distinct articles report this event")


class StateRef(BaseModel):
    id: int
    name: str


class DeploymentView(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    id: int
    from_: StateRef = Field(alias="from")
    to: StateRef
    what: str
    quantity: int | None
    date: str | None
    modality: str
    sources: list[SourceView]


class OfficialView(BaseModel):
    id: int
    name: str
    aliases: list[str]
    country: str | None
    role: str | None
    contact_count: int = 0


class StateView(BaseModel):
    id: int
    name: str
    code: str | None
    official_count: int = 0


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int


class Counterpart(BaseModel):
    participant: ParticipantView
    contacts: list[ContactView]


class WhoSpokeWith(BaseModel):
    subject: ParticipantView
    counterparts: list[Counterpart]


class CurationView(BaseModel):
    """One analyst correction from the audit trail; ``detail`` holds what changed, before and after."""

    id: int
    at: dt.datetime
    action: str
    target_kind: str
    target_id: int
    detail: dict[str, Any]
