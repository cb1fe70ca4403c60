"""Fixtures for the HTTP API: a real migrated SQLite file per test and an extractor with fixed answers.

The API's job is the mechanics around extraction (validation, queueing, persistence, shaping answers),
so these tests feed it extractions written out by hand: they pin the API whatever the rules extract
today. The main canned article is the reference article, read from ../shared/seed (it is not ours: no
test copies its text), and its canned extraction is made from the seed's gold.json. The real spaCy
pipeline runs in tests/e2e.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"
MISSING_SEED = (
    f"THE REFERENCE ARTICLE IS MISSING: no {SEED / 'article.txt'} or {SEED / 'gold.json'}. The API tests that "
    "ingest it need the shared/seed folder beside the repository (../shared/seed); it is read there, never copied."
)
# Which of the seed's gold events the canned extraction answers with: a call between two officials and a
# deployment (names and countries are facts; the article's wording stays in ../shared/seed).
CALL_PAIR = ("Mark Milley", "Valery Gerasimov")
TROOPS_ROUTE = ("United States", "Poland")


def line_around(text: str, fragment: str) -> Evidence:
    """The line of ``text`` holding ``fragment``, as the evidence sentence (the seed puts a sentence a line)."""
    at = text.index(fragment)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return Evidence(sentence=text[start:end], start=start, end=end)


@dataclass(frozen=True)
class Seed:
    """The reference article, read from ../shared/seed, with the gold entries its canned extraction is made of."""

    text: str
    gold: dict[str, Any]
    call: dict[str, Any]  # the gold contact: the phone call between CALL_PAIR
    troops: dict[str, Any]  # the gold deployment along TROOPS_ROUTE
    call_evidence: Evidence  # the article's line holding the call's gold evidence
    troops_evidence: Evidence

    def official(self, name: str) -> dict[str, Any]:
        [official] = [o for o in self.gold["officials"] if o["name"] == name]
        return official  # type: ignore[no-any-return]

    def extraction(self) -> ArticleExtraction:
        officials = tuple(
            OfficialRecord(name=o["name"], aliases=tuple(o["aliases"]), country=o["country"], role=o["role"])
            for o in map(self.official, self.call["participants"])
        )
        return ArticleExtraction(
            officials=officials,
            contacts=(
                ContactRecord(
                    participants=tuple(ActorRef("official", name) for name in self.call["participants"]),
                    type=self.call["type"],
                    date=self.call["date"],
                    modality=self.call["modality"],
                    evidence=(self.call_evidence,),
                    confidence=0.9,
                ),
            ),
            deployments=(
                DeploymentRecord(
                    from_state=self.troops["from"],
                    to_state=self.troops["to"],
                    what=self.troops["what"],
                    quantity=3000,
                    date=self.troops["date"],
                    modality=self.troops["modality"],
                    evidence=(self.troops_evidence,),
                ),
            ),
            states=("United States", "Russia", "Poland"),
        )


@functools.cache
def load_seed() -> Seed | None:
    article, gold_file = SEED / "article.txt", SEED / "gold.json"
    if not (article.is_file() and gold_file.is_file()):
        return None
    text = article.read_text(encoding="utf-8")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    [call] = [c for c in gold["contacts"] if tuple(c["participants"]) == CALL_PAIR and c["type"] == "phone_call"]
    [troops] = [d for d in gold["deployments"] if (d["from"], d["to"]) == TROOPS_ROUTE]
    return Seed(text=text, gold=gold, call=call, troops=troops, call_evidence=line_around(text, call["evidence"]),
                troops_evidence=line_around(text, troops["evidence"]))


def the_seed() -> Seed:
    """The reference article, or a loud skip when ../shared/seed is not beside the repository."""
    seed = load_seed()
    if seed is None:
        pytest.skip(MISSING_SEED)
    return seed


@dataclass(frozen=True)
class Canned:
    """Article texts whose extraction the fake extractor knows: the reference article (``call``), and ours."""

    smiths: str
    broken: str
    plain: str

    @property
    def call(self) -> str:
        """The reference article: its gold call and deployment are the canned extraction (skips without it)."""
        return the_seed().text


SMITHS_SENTENCE = "British envoy John Smith met the American diplomat Jane Smith in Geneva on Monday."
SMITHS = f"{SMITHS_SENTENCE} They talked about the crisis for an hour."
BROKEN = "The foreign minister of France held talks with his counterpart from Italy in Rome on Tuesday."
PLAIN = "The weather in the capital was mild for the time of the year, and the markets were calm."

EXTRACTIONS: dict[str, ArticleExtraction] = {
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
        seed = load_seed()
        if seed is not None and text == seed.text:
            return seed.extraction()
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
    return Canned(smiths=SMITHS, broken=BROKEN, plain=PLAIN)


@pytest.fixture
def seed() -> Seed:
    """The reference article and its gold, read from ../shared/seed; a loud skip when that folder is missing."""
    return the_seed()


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
