"""Fixtures for the HTTP API: a real migrated SQLite file per test and an extractor with fixed answers.

The API's job is the mechanics around extraction (validation, queueing, persistence, shaping answers),
so these tests feed it extractions written out by hand: they pin the API whatever the rules extract
today. The real spaCy pipeline runs in tests/e2e.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.settings import Settings
from graph.extraction.records import (
    ActorRef,
    ArticleExtraction,
    ContactRecord,
    DeploymentRecord,
    Evidence,
    OfficialRecord,
)

API_KEY = "test-key"


def evidence(text: str, sentence: str) -> tuple[Evidence, ...]:
    start = text.index(sentence)
    return (Evidence(sentence=sentence, start=start, end=start + len(sentence)),)


@dataclass(frozen=True)
class Canned:
    """Article texts whose extraction the fake extractor knows."""

    call: str
    smiths: str
    broken: str
    plain: str


CALL_SENTENCE = (
    "Top US General Mark Milley spoke by telephone with his Russian counterpart General Valery Gerasimov "
    "on Friday, the Pentagon said."
)
TROOPS_SENTENCE = "The United States announced Friday it is sending 3,000 more troops to Poland."
CALL = f"{CALL_SENTENCE} {TROOPS_SENTENCE} The two generals discussed issues of concern."
SMITHS_SENTENCE = "British envoy John Smith met the American diplomat Jane Smith in Geneva on Monday."
SMITHS = f"{SMITHS_SENTENCE} They talked about the crisis for an hour."
BROKEN = "The foreign minister of France held talks with his counterpart from Italy in Rome on Tuesday."
PLAIN = "The weather in the capital was mild for the time of the year, and the markets were calm."

MILLEY = OfficialRecord(
    name="Mark Milley",
    aliases=("Milley", "General Mark Milley"),
    country="United States",
    role="Chairman of the Joint Chiefs of Staff",
)
GERASIMOV = OfficialRecord(
    name="Valery Gerasimov", aliases=("Gerasimov",), country="Russia", role="Chief of the General Staff"
)

EXTRACTIONS: dict[str, ArticleExtraction] = {
    CALL: ArticleExtraction(
        officials=(MILLEY, GERASIMOV),
        contacts=(
            ContactRecord(
                participants=(ActorRef("official", "Mark Milley"), ActorRef("official", "Valery Gerasimov")),
                type="phone_call",
                date="2022-02-11",
                modality="occurred",
                evidence=evidence(CALL, CALL_SENTENCE),
                confidence=0.9,
            ),
        ),
        deployments=(
            DeploymentRecord(
                from_state="United States",
                to_state="Poland",
                what="3,000 troops",
                quantity=3000,
                date="2022-02-11",
                modality="occurred",
                evidence=evidence(CALL, TROOPS_SENTENCE),
            ),
        ),
        states=("United States", "Russia", "Poland"),
    ),
    SMITHS: ArticleExtraction(
        officials=(
            OfficialRecord(name="John Smith", aliases=("Smith",), country="United Kingdom", role="envoy"),
            OfficialRecord(name="Jane Smith", aliases=("Smith",), country="United States", role="diplomat"),
        ),
        contacts=(
            ContactRecord(
                participants=(ActorRef("official", "John Smith"), ActorRef("official", "Jane Smith")),
                type="meeting",
                date="2022-02-07",
                modality="occurred",
                location="Switzerland",
                evidence=evidence(SMITHS, SMITHS_SENTENCE),
                confidence=0.8,
            ),
        ),
        states=("United Kingdom", "United States", "Switzerland"),
    ),
    # Valid officials and states, then an event the schema refuses: the write fails half-way through.
    BROKEN: ArticleExtraction(
        officials=(OfficialRecord(name="Jean Dupont", country="France", role="Foreign Minister"),),
        contacts=(
            ContactRecord(
                participants=(ActorRef("official", "Jean Dupont"), ActorRef("state", "Italy")),
                type="telepathy",  # type: ignore[arg-type]
                date="2022-02-08",
                modality="occurred",
                evidence=evidence(BROKEN, BROKEN),
            ),
        ),
        states=("France", "Italy"),
    ),
}


class FakeExtractor:
    """Answers the canned extractions; any other text yields nothing, as an article without contacts."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dt.date | None]] = []

    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        self.calls.append((text, published_at))
        return EXTRACTIONS.get(text, ArticleExtraction())


class ExplodingExtractor(FakeExtractor):
    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        raise RuntimeError("the parser ran out of memory")


@pytest.fixture
def fake_extractor() -> FakeExtractor:
    return FakeExtractor()


@pytest.fixture
def exploding_extractor() -> ExplodingExtractor:
    return ExplodingExtractor()


@pytest.fixture
def canned() -> Canned:
    return Canned(call=CALL, smiths=SMITHS, broken=BROKEN, plain=PLAIN)


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """A copy of the session's migrated SQLite file (tests/conftest.py): only test_articles also runs on
    PostgreSQL, through ``database_url``."""
    path = tmp_path / "api.db"
    shutil.copyfile(_sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def make_client(sqlite_url: str) -> Iterator[Callable[..., TestClient]]:
    """Build a started app (lifespan run) with settings overrides and an extractor; closed after the test."""
    clients: list[TestClient] = []

    def make(extractor: object | None = None, database_url: str = sqlite_url, **overrides: object) -> TestClient:
        fields: dict[str, object] = {"embedded_worker": False, "api_key": None} | overrides
        settings = Settings(database_url=database_url, **fields)  # type: ignore[arg-type]
        client = TestClient(create_app(settings, extractor=extractor or FakeExtractor()))  # type: ignore[arg-type]
        clients.append(client.__enter__())
        return client

    yield make
    for client in reversed(clients):
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


@pytest.fixture
def keyed_client(make_client: Callable[..., TestClient]) -> TestClient:
    """An app whose writes need ``Authorization: Bearer test-key``."""
    return make_client(api_key=API_KEY)
