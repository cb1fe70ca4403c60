"""The stored graph: SQLModel tables shared by SQLite and PostgreSQL.

Nodes are officials, states, organizations and events; edges are derived from the link tables
(``event_participant`` → participated_in / spoke_with, ``official.country_id`` → represents,
``deployment`` → deploys_to). Every fact carries ``source`` rows pointing at the article sentence.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Column, Index, MetaData, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# One explicit naming convention, so Alembic autogenerate and batch mode see stable names on both backends.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


def utcnow() -> dt.datetime:
    """Now, timezone-aware: SQLModel's datetime columns refuse naive values (they store UTC)."""
    return dt.datetime.now(dt.UTC)


class ArticleStatus:
    QUEUED = "queued"
    PROCESSING = "processing"
    DONE = "done"
    FAILED = "failed"


class Article(SQLModel, table=True):
    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    content_hash: str = Field(max_length=64, unique=True, description="sha256 of the normalized text")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)
    published_at: dt.date | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(default=ArticleStatus.QUEUED, max_length=16, index=True)
    error: str | None = Field(default=None, sa_column=Column(Text))
    attempts: int = 0
    claimed_by: str | None = Field(default=None, max_length=200)
    claimed_at: dt.datetime | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    processed_at: dt.datetime | None = None


class State(SQLModel, table=True):
    __tablename__ = "state"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    code: str | None = Field(default=None, max_length=3, description="ISO 3166-1 alpha-2 where known")


class Organization(SQLModel, table=True):
    __tablename__ = "organization"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, unique=True)


class Official(SQLModel, table=True):
    __tablename__ = "official"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    name_key: str = Field(max_length=300, index=True, description="normalized name used for resolution")
    surname_key: str = Field(
        default="", max_length=300, index=True, description="normalized last name: 'Milley' finds him"
    )
    country_id: int | None = Field(default=None, foreign_key="state.id", ondelete="SET NULL")
    role: str | None = Field(default=None, max_length=300)
    curated: bool = Field(default=False, description="an analyst edited it: ingestion keeps its fields")
    created_at: dt.datetime = Field(default_factory=utcnow)


class OfficialAlias(SQLModel, table=True):
    __tablename__ = "official_alias"
    __table_args__ = (UniqueConstraint("official_id", "alias_key"),)

    id: int | None = Field(default=None, primary_key=True)
    official_id: int = Field(foreign_key="official.id", ondelete="CASCADE", index=True)
    alias: str = Field(max_length=300)
    alias_key: str = Field(max_length=300, index=True)


class OfficialTerm(SQLModel, table=True):
    """A role held over a date range, as actor dictionaries keep them."""

    __tablename__ = "official_term"

    id: int | None = Field(default=None, primary_key=True)
    official_id: int = Field(foreign_key="official.id", ondelete="CASCADE", index=True)
    role: str = Field(max_length=300)
    start: dt.date | None = None
    end: dt.date | None = None


class Event(SQLModel, table=True):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint(
            "type IN ('phone_call', 'video_call', 'meeting', 'visit', 'contact')", name="event_type"
        ),
        CheckConstraint(
            "modality IN ('occurred', 'planned', 'proposed', 'cancelled', 'denied')", name="event_modality"
        ),
        Index(None, "date_start", "date_end"),
    )

    id: int | None = Field(default=None, primary_key=True)
    type: str = Field(max_length=16, index=True)
    date: str | None = Field(default=None, max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY")
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    modality: str = Field(max_length=16, index=True)
    location_id: int | None = Field(default=None, foreign_key="state.id", ondelete="SET NULL")
    confidence: float = 0.0
    deleted: bool = Field(
        default=False, description="removed by curation; kept so re-ingestion stays removed"
    )
    created_at: dt.datetime = Field(default_factory=utcnow)


class EventParticipant(SQLModel, table=True):
    __tablename__ = "event_participant"
    __table_args__ = (
        CheckConstraint(
            "(official_id IS NULL) <> (state_id IS NULL)", name="participant_is_official_or_state"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", index=True)
    official_id: int | None = Field(default=None, foreign_key="official.id", ondelete="CASCADE", index=True)
    state_id: int | None = Field(default=None, foreign_key="state.id", ondelete="CASCADE", index=True)


class Deployment(SQLModel, table=True):
    __tablename__ = "deployment"
    __table_args__ = (
        CheckConstraint(
            "modality IN ('occurred', 'planned', 'proposed', 'cancelled', 'denied')",
            name="deployment_modality",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    from_state_id: int = Field(foreign_key="state.id", ondelete="CASCADE", index=True)
    to_state_id: int = Field(foreign_key="state.id", ondelete="CASCADE", index=True)
    what: str = Field(max_length=500)
    quantity: int | None = None
    date: str | None = Field(default=None, max_length=10)
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    modality: str = Field(max_length=16)
    deleted: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)


class Source(SQLModel, table=True):
    """The sentence of an article that states an event or a deployment."""

    __tablename__ = "source"
    __table_args__ = (
        CheckConstraint("(event_id IS NULL) <> (deployment_id IS NULL)", name="source_has_one_target"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    event_id: int | None = Field(default=None, foreign_key="event.id", ondelete="CASCADE", index=True)
    deployment_id: int | None = Field(
        default=None, foreign_key="deployment.id", ondelete="CASCADE", index=True
    )
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    confidence: float = Field(
        default=0.5, description="the extractor's confidence in this report; events recompute theirs from it"
    )


class Mention(SQLModel, table=True):
    """Where an article names an official: ties officials (and their roles) to articles."""

    __tablename__ = "mention"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    official_id: int = Field(foreign_key="official.id", ondelete="CASCADE", index=True)
    text: str = Field(max_length=300)
    start: int
    end: int


class CurationLog(SQLModel, table=True):
    """Audit trail: every analyst change, with what it was before."""

    __tablename__ = "curation_log"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow)
    action: str = Field(max_length=50)
    target_kind: str = Field(max_length=30)
    target_id: int
    detail: str = Field(sa_column=Column(Text, nullable=False), description="JSON: before/after")
