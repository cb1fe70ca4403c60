"""Plain helpers that build extraction records by hand and push them through the real write path."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import Engine, func
from sqlmodel import select

from graph.extraction.records import (
    ActorRef,
    ArticleExtraction,
    ContactRecord,
    ContactType,
    DeploymentRecord,
    Evidence,
    Modality,
    OfficialRecord,
)
from graph.ingestion import process_article
from graph.store.db import session_scope
from graph.store.queue import enqueue_article
from graph.store.writer import WriteResult

_texts = itertools.count(1)


def evidence(sentence: str, start: int = 0) -> tuple[Evidence, ...]:
    """The sentence as a record's only evidence, found at ``start`` in its article."""
    return (Evidence(sentence=sentence, start=start, end=start + len(sentence)),)


def official(
    name: str, *aliases: str, country: str | None = None, role: str | None = None, at: int = 0
) -> OfficialRecord:
    return OfficialRecord(
        name=name,
        aliases=aliases,
        country=country,
        role=role,
        mentions=evidence(name, at),
    )


def person(name: str) -> ActorRef:
    return ActorRef(kind="official", name=name)


def state(name: str) -> ActorRef:
    return ActorRef(kind="state", name=name)


def contact(
    *participants: ActorRef,
    type: ContactType = "phone_call",
    date: str | None = "2022-02-11",
    modality: Modality = "occurred",
    location: str | None = None,
    sentence: str = "They spoke by phone.",
    start: int = 0,
    confidence: float = 0.5,
) -> ContactRecord:
    return ContactRecord(
        participants=participants,
        type=type,
        date=date,
        modality=modality,
        location=location,
        evidence=evidence(sentence, start),
        confidence=confidence,
    )


def deployment(
    from_state: str,
    to_state: str,
    *,
    what: str = "3,000 troops",
    quantity: int | None = 3000,
    date: str | None = "2022-02-11",
    modality: Modality = "occurred",
    sentence: str = "Troops were sent.",
) -> DeploymentRecord:
    return DeploymentRecord(
        from_state=from_state,
        to_state=to_state,
        what=what,
        quantity=quantity,
        date=date,
        modality=modality,
        evidence=evidence(sentence),
    )


def extraction(
    *records: OfficialRecord | ContactRecord | DeploymentRecord,
    states: tuple[str, ...] = (),
    organizations: tuple[str, ...] = (),
) -> ArticleExtraction:
    return ArticleExtraction(
        officials=tuple(r for r in records if isinstance(r, OfficialRecord)),
        contacts=tuple(r for r in records if isinstance(r, ContactRecord)),
        deployments=tuple(r for r in records if isinstance(r, DeploymentRecord)),
        states=states,
        organizations=organizations,
    )


class FixedExtractor:
    """Returns a prepared extraction whatever the text, remembering what it was asked."""

    def __init__(self, result: ArticleExtraction) -> None:
        self.result = result
        self.calls: list[tuple[str, dt.date | None]] = []

    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        self.calls.append((text, published_at))
        return self.result


class FailingExtractor:
    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        raise RuntimeError("the model fell over")


def new_article(engine: Engine, text: str | None = None, published_at: dt.date | None = None) -> int:
    """Queue an article with a text no other test article has; its id."""
    with session_scope(engine) as session:
        article, _ = enqueue_article(
            session, text=text or f"Article number {next(_texts)} about diplomacy.", published_at=published_at
        )
        assert article.id is not None
        return article.id


def count(engine: Engine, table: type) -> int:
    """How many rows ``table`` holds."""
    with session_scope(engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()


def ingest(engine: Engine, result: ArticleExtraction, text: str | None = None) -> tuple[int, WriteResult]:
    """Queue a new article and write ``result`` for it through ``process_article``."""
    article_id = new_article(engine, text)
    return article_id, process_article(engine, FixedExtractor(result), article_id)


MILLEY = official(
    "Mark Milley", "Milley", "General Mark Milley", country="United States",
    role="Chairman of the Joint Chiefs of Staff",
)
GERASIMOV = official(
    "Valery Gerasimov", "Gerasimov", "General Valery Gerasimov", country="Russia",
    role="Chief of the General Staff",
)
BLINKEN = official("Antony Blinken", "Blinken", country="United States", role="Secretary of State")
KULEBA = official("Dmytro Kuleba", "Kuleba", country="Ukraine", role="Foreign Minister")
