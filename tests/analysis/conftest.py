"""A small stored graph for the analysis tests, written through the real queue, ingestion and writer.

Two articles of our own with their extractions written out by hand, chosen for the cases the graph
builder must get right: a three-party meeting, a planned and a cancelled contact, an event with a
location, deployments (one denied), and one person under two spellings the resolver cannot know are the
same (Mikhail Mishustin / Michail Mischustin), for the curation tests.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
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

CALLS = (
    "General Mark Milley spoke by telephone with General Valery Gerasimov on Friday. "
    "Milley also called his counterpart in France. "
    "Antony Blinken spoke by phone with Dmytro Kuleba. "
    "Joe Biden and Vladimir Putin will speak on Saturday. "
    "Mikhail Mishustin held a video call with Olaf Scholz on Thursday. "
    "The United States is sending 3,000 troops to Poland. "
    "Biden said US troops will not enter Ukraine."
)
SUMMIT = (
    "Milley and Gerasimov met in Finland in September. "
    "Emmanuel Macron, Olaf Scholz and Volodymyr Zelensky met in Paris on Wednesday. "
    "Michail Mischustin telephoned Macron on Thursday. "
    "Blinken has been in contact with Sergei Lavrov. "
    "A meeting between Lavrov and Kuleba was cancelled."
)


def evidence(text: str, sentence: str) -> tuple[Evidence, ...]:
    start = text.index(sentence)
    return (Evidence(sentence=sentence, start=start, end=start + len(sentence)),)


def person(name: str, country: str, role: str) -> OfficialRecord:
    return OfficialRecord(name=name, aliases=(name.split()[-1],), country=country, role=role)


def contact(text: str, sentence: str, *names: str, **fields: Any) -> ContactRecord:
    sides = tuple(
        ActorRef("state", n.removeprefix("STATE:")) if n.startswith("STATE:") else ActorRef("official", n)
        for n in names
    )
    return ContactRecord(participants=sides, evidence=evidence(text, sentence), confidence=0.8, **fields)


EXTRACTIONS: dict[str, ArticleExtraction] = {
    CALLS: ArticleExtraction(
        officials=(
            person("Mark Milley", "United States", "Chairman of the Joint Chiefs of Staff"),
            person("Valery Gerasimov", "Russia", "Chief of the General Staff"),
            person("Antony Blinken", "United States", "Secretary of State"),
            person("Dmytro Kuleba", "Ukraine", "Foreign Minister"),
            person("Joe Biden", "United States", "President"),
            person("Vladimir Putin", "Russia", "President"),
            person("Mikhail Mishustin", "Russia", "Prime Minister"),
            person("Olaf Scholz", "Germany", "Chancellor"),
        ),
        contacts=(
            contact(CALLS, "General Mark Milley spoke by telephone with General Valery Gerasimov on Friday.",
                    "Mark Milley", "Valery Gerasimov", type="phone_call", date="2022-02-11", modality="occurred"),
            contact(CALLS, "Milley also called his counterpart in France.", "Mark Milley", "STATE:France",
                    type="phone_call", date="2022-02-11", modality="occurred"),
            contact(CALLS, "Antony Blinken spoke by phone with Dmytro Kuleba.", "Antony Blinken", "Dmytro Kuleba",
                    type="phone_call", date="2022-02-11", modality="occurred"),
            contact(CALLS, "Joe Biden and Vladimir Putin will speak on Saturday.", "Joe Biden", "Vladimir Putin",
                    type="phone_call", date="2022-02-12", modality="planned"),
            contact(CALLS, "Mikhail Mishustin held a video call with Olaf Scholz on Thursday.",
                    "Mikhail Mishustin", "Olaf Scholz", type="video_call", date="2022-02-10", modality="occurred"),
        ),
        deployments=(
            DeploymentRecord(from_state="United States", to_state="Poland", what="3,000 troops", quantity=3000,
                             date="2022-02-11", modality="occurred",
                             evidence=evidence(CALLS, "The United States is sending 3,000 troops to Poland.")),
            DeploymentRecord(from_state="United States", to_state="Ukraine", what="US troops", quantity=None,
                             date=None, modality="denied",
                             evidence=evidence(CALLS, "Biden said US troops will not enter Ukraine.")),
        ),
        states=("United States", "Russia", "Ukraine", "France", "Germany", "Poland"),
        organizations=("NATO",),
    ),
    SUMMIT: ArticleExtraction(
        officials=(
            person("Mark Milley", "United States", "Chairman of the Joint Chiefs of Staff"),
            person("Valery Gerasimov", "Russia", "Chief of the General Staff"),
            person("Emmanuel Macron", "France", "President"),
            person("Olaf Scholz", "Germany", "Chancellor"),
            person("Volodymyr Zelensky", "Ukraine", "President"),
            person("Michail Mischustin", "Russia", "Prime Minister"),
            person("Antony Blinken", "United States", "Secretary of State"),
            person("Sergei Lavrov", "Russia", "Foreign Minister"),
            person("Dmytro Kuleba", "Ukraine", "Foreign Minister"),
        ),
        contacts=(
            contact(SUMMIT, "Milley and Gerasimov met in Finland in September.", "Mark Milley", "Valery Gerasimov",
                    type="meeting", date="2021-09", modality="occurred", location="Finland"),
            contact(SUMMIT, "Emmanuel Macron, Olaf Scholz and Volodymyr Zelensky met in Paris on Wednesday.",
                    "Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky", type="meeting", date="2021-09-15",
                    modality="occurred", location="France"),
            contact(SUMMIT, "Michail Mischustin telephoned Macron on Thursday.", "Michail Mischustin",
                    "Emmanuel Macron", type="phone_call", date="2021-09-16", modality="occurred"),
            contact(SUMMIT, "Blinken has been in contact with Sergei Lavrov.", "Antony Blinken", "Sergei Lavrov",
                    type="contact", date=None, modality="occurred"),
            contact(SUMMIT, "A meeting between Lavrov and Kuleba was cancelled.", "Sergei Lavrov", "Dmytro Kuleba",
                    type="meeting", date=None, modality="cancelled"),
        ),
        states=("United States", "Russia", "Finland", "France", "Germany", "Ukraine"),
    ),
}


class CannedExtractor:
    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        return EXTRACTIONS[text]


def ingest(engine: Engine, text: str, published_at: dt.date) -> int:
    with session_scope(engine) as session:
        article, _ = enqueue_article(session, text=text, published_at=published_at, source="analysis tests")
        article_id = article.id
    assert article_id is not None
    process_article(engine, CannedExtractor(), article_id)
    return article_id


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "template.db"
    url = f"sqlite:///{path}"
    migrate(url)
    engine = make_engine(url)
    ingest(engine, CALLS, dt.date(2022, 2, 11))
    ingest(engine, SUMMIT, dt.date(2021, 9, 17))
    engine.dispose()
    return path


@pytest.fixture
def db_url(tmp_path: Path, template_db: Path) -> str:
    """A private copy of the stored graph: a test may curate it without touching the others."""
    path = tmp_path / "diplograph.db"
    shutil.copyfile(template_db, path)
    return f"sqlite:///{path}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@pytest.fixture(scope="session")
def stored_graph(template_db: Path) -> nx.MultiDiGraph:
    """The stored graph, unfiltered (read-only: shared by every test)."""
    engine = make_engine(f"sqlite:///{template_db}")
    with Session(engine) as session:
        G = build_graph(session)
    engine.dispose()
    return G
