"""The graph the questions are asked of: three articles ingested through the real queue and writer.

The reference article (``articles/seed.json``, the contract's seed) goes through the real spaCy
extractor. Two short articles of our own add what the seed lacks (a visit, a cancelled meeting, a video
call, a first meeting, more deployments); their extractions are written out below so that these tests pin
``ask`` rather than the extraction rules of the day. Swap ``CANNED`` out for the real extractor once it
extracts them as annotated. Every article goes through ``enqueue_article`` and ``process_article``, the
same path ``diplograph ingest`` and the worker take.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from graph.analysis.build import build_graph
from graph.extraction.records import (
    ActorRef,
    ArticleExtraction,
    ContactRecord,
    DeploymentRecord,
    Evidence,
    OfficialRecord,
)
from graph.ingestion import process_article
from graph.store.db import make_engine, migrate, session_scope
from graph.store.queue import enqueue_article

ARTICLES = Path(__file__).parent / "articles"


def load_article(name: str) -> dict[str, Any]:
    return json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def evidence(text: str, sentence: str) -> tuple[Evidence, ...]:
    start = text.index(sentence)
    return (Evidence(sentence=sentence, start=start, end=start + len(sentence)),)


def official(name: str, country: str, role: str) -> OfficialRecord:
    return OfficialRecord(name=name, aliases=(name.split()[-1],), country=country, role=role)


def contact(text: str, sentence: str, *names: str, **fields: Any) -> ContactRecord:
    participants = tuple(
        ActorRef("state", n.removeprefix("STATE:")) if n.startswith("STATE:") else ActorRef("official", n)
        for n in names
    )
    return ContactRecord(participants=participants, evidence=evidence(text, sentence), confidence=0.8, **fields)


def _warsaw() -> ArticleExtraction:
    text = load_article("warsaw")["text"]
    return ArticleExtraction(
        officials=(
            official("Antony Blinken", "United States", "Secretary of State"),
            official("Zbigniew Rau", "Poland", "Foreign Minister"),
            official("Dmytro Kuleba", "Ukraine", "Foreign Minister"),
            official("Olaf Scholz", "Germany", "Chancellor"),
            official("Vladimir Putin", "Russia", "President"),
            official("Sergei Lavrov", "Russia", "Foreign Minister"),
        ),
        contacts=(
            contact(text, "US Secretary of State Antony Blinken visited Poland on Saturday",
                    "Antony Blinken", "STATE:Poland", type="visit", date="2022-03-05", modality="occurred",
                    location="Poland"),
            contact(text, "Blinken met Polish Foreign Minister Zbigniew Rau in Warsaw on Saturday",
                    "Antony Blinken", "Zbigniew Rau", type="meeting", date="2022-03-05", modality="occurred",
                    location="Poland"),
            contact(text, "On Friday, Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba",
                    "Antony Blinken", "Dmytro Kuleba", type="phone_call", date="2022-03-04",
                    modality="occurred"),
            contact(text, "German Chancellor Olaf Scholz will meet Russian President Vladimir Putin in Moscow",
                    "Olaf Scholz", "Vladimir Putin", type="meeting", date="2022-03", modality="planned",
                    location="Russia"),
            contact(text, "Russian Foreign Minister Sergei Lavrov cancelled a planned meeting with Blinken",
                    "Sergei Lavrov", "Antony Blinken", type="meeting", date=None, modality="cancelled",
                    location="Switzerland"),
        ),
        deployments=(
            DeploymentRecord(from_state="United Kingdom", to_state="Poland", what="350 more troops", quantity=350,
                             date="2022-03-04", modality="occurred",
                             evidence=evidence(text, "Britain is sending 350 more troops to Poland")),
        ),
        states=("United States", "Poland", "Ukraine", "Germany", "Russia", "Switzerland", "United Kingdom"),
    )


def _video_call() -> ArticleExtraction:
    text = load_article("video-call")["text"]
    return ArticleExtraction(
        officials=(
            official("Joe Biden", "United States", "President"),
            official("Vladimir Putin", "Russia", "President"),
            official("Sergei Lavrov", "Russia", "Foreign Minister"),
            official("Antony Blinken", "United States", "Secretary of State"),
        ),
        contacts=(
            contact(text, "US President Joe Biden and Russian President Vladimir Putin held a two-hour video call",
                    "Joe Biden", "Vladimir Putin", type="video_call", date="2021-12-07", modality="occurred"),
            contact(text, "The two leaders last met in Geneva on June 16.", "Joe Biden", "Vladimir Putin",
                    type="meeting", date="2021-06-16", modality="occurred", location="Switzerland"),
            contact(text, "Russian Foreign Minister Sergei Lavrov spoke by phone with US Secretary of State",
                    "Sergei Lavrov", "Antony Blinken", type="phone_call", date="2021-12-06", modality="occurred"),
        ),
        deployments=(
            DeploymentRecord(from_state="Russia", to_state="Ukraine", what="some 100,000 troops", quantity=100000,
                             date="2021-12", modality="occurred",
                             evidence=evidence(text, "Russia has deployed some 100,000 troops near the Ukrainian")),
        ),
        states=("United States", "Russia", "Switzerland", "Ukraine"),
    )


@dataclass
class CorpusExtractor:
    """The real extractor for the seed, the written-out extractions for our own articles."""

    real: Any
    canned: dict[str, ArticleExtraction]

    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        if text in self.canned:
            return self.canned[text]
        return self.real.extract(text, published_at)  # type: ignore[no-any-return]


def ingest(engine: Engine, extractor: Any, *names: str) -> None:
    for name in names:
        article = load_article(name)
        with session_scope(engine) as session:
            row, _ = enqueue_article(
                session,
                text=article["text"],
                title=article["title"],
                source=article["source"],
                published_at=dt.date.fromisoformat(article["published_at"]),
            )
            article_id = row.id
        assert article_id is not None
        process_article(engine, extractor, article_id)


@pytest.fixture(scope="session")
def corpus_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    from graph.extraction import Extractor

    url = f"sqlite:///{tmp_path_factory.mktemp('ask') / 'corpus.db'}"
    migrate(url)
    engine = make_engine(url)
    canned = {load_article("warsaw")["text"]: _warsaw(), load_article("video-call")["text"]: _video_call()}
    ingest(engine, CorpusExtractor(Extractor(), canned), "seed", "warsaw", "video-call")
    yield engine
    engine.dispose()


@pytest.fixture
def session(corpus_engine: Engine) -> Iterator[Session]:
    with Session(corpus_engine) as session:
        yield session


@pytest.fixture(scope="session")
def corpus_graph(corpus_engine: Engine) -> nx.MultiDiGraph:
    with Session(corpus_engine) as session:
        return build_graph(session)
