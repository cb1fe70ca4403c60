"""Request and response bodies that belong to the HTTP API rather than to the graph's read views.

The graph's own views (``graph.store.views``) are served as they are; these wrap articles and curation
requests, with the examples Swagger UI shows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from graph.store.views import ContactView, DeploymentView

ArticleStatus = Literal["queued", "processing", "done", "failed"]

# Examples from the project's own sample article (samples/01-poland-belarus-border.json).
CONTACT_EXAMPLE: dict[str, Any] = {
    "id": 12,
    "type": "phone_call",
    "date": "2021-11-09",
    "modality": "occurred",
    "location": None,
    "participants": [
        {"id": 3, "kind": "official", "name": "Tomasz Wrona", "country": "Poland", "role": "Foreign Minister"},
        {"id": 4, "kind": "official", "name": "Margaret Ellison", "country": "United States",
         "role": "Secretary of State"},
    ],
    "sources": [{"article_id": 1, "start": 95, "end": 231,
                 "sentence": "Polish Foreign Minister Tomasz Wrona spoke by telephone on Tuesday with US Secretary "
                             "of State Margaret Ellison, the ministry in Warsaw said."}],
    "confidence": 0.9,
    "corroboration": 1,
}

DEPLOYMENT_EXAMPLE: dict[str, Any] = {
    "id": 4,
    "from": {"id": 1, "name": "Poland"},
    "to": {"id": 7, "name": "Belarus"},
    "what": "15,000 soldiers",
    "quantity": 15000,
    "date": None,
    "modality": "occurred",
    "sources": [{"article_id": 1, "start": 1210, "end": 1290,
                 "sentence": "Poland has deployed some 15,000 soldiers to its border with Belarus."}],
}


class ArticleQueued(BaseModel):
    """The answer to a submission that workers will process (202)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"id": 1, "status": "queued"}]})

    id: int
    status: ArticleStatus


class ArticlePublic(ArticleQueued):
    """An article and where it is in the queue; the text itself is left out of listings."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={"examples": [{
            "id": 1, "status": "failed", "error": "RuntimeError: the extractor stopped", "attempts": 1,
            "title": "Poland and US discuss border crisis by phone", "url": "https://example.org/news/1",
            "source": "Example Wire", "published_at": "2021-11-10", "created_at": "2021-11-10T10:00:00",
            "processed_at": "2021-11-10T10:00:02"}]},
    )

    error: str | None = Field(default=None, description="Why processing failed, when status is 'failed'.")
    attempts: int = 0
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: dt.date | None = None
    created_at: dt.datetime
    processed_at: dt.datetime | None = None


class ArticleDetail(ArticlePublic):
    """An article with every contact and deployment it supports (empty until it is done)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": 1, "status": "done", "error": None, "attempts": 1, "title": "US intensifies diplomatic calls",
        "url": None, "source": "AFP", "published_at": "2022-02-11", "created_at": "2022-02-11T10:00:00",
        "processed_at": "2022-02-11T10:00:02", "contacts": [CONTACT_EXAMPLE],
        "deployments": [DEPLOYMENT_EXAMPLE]}]})

    contacts: list[ContactView] = Field(default_factory=list)
    deployments: list[DeploymentView] = Field(default_factory=list)


class ArticlePage(BaseModel):
    items: list[ArticlePublic]
    total: int


class MergeRequest(BaseModel):
    """Fold official ``merge_id`` into the official of the path: aliases, contacts and mentions move over."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"merge_id": 7}]})

    merge_id: int = Field(gt=0, description="The duplicate official, which disappears.")


class OfficialUpdate(BaseModel):
    """Corrections to an official; omitted (or null) fields stay as they are.

    Curated fields are kept when later articles are ingested.
    """

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"role": "Chairman of the Joint Chiefs of Staff"},
                                        {"name": "Valery Gerasimov", "country": "Russia"}]},
    )

    name: str | None = Field(default=None, min_length=1, max_length=300)
    role: str | None = Field(default=None, min_length=1, max_length=300)
    country: str | None = Field(default=None, min_length=1, max_length=200)

    @model_validator(mode="after")
    def _changes_something(self) -> OfficialUpdate:
        if self.name is None and self.role is None and self.country is None:
            raise PydanticCustomError("nothing_to_change", "send at least one of 'name', 'role', 'country'")
        return self


class Health(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok", "database": "ok",
                                                               "worker": "running"}]})

    status: Literal["ok"]
    database: Literal["ok"]
    worker: Literal["running", "stopped", "off"]
