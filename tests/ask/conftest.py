"""The graph the questions are asked of: the reference article and two of our own, ingested for real.

The reference article is read from ``../shared/seed`` (it is not ours, so it is never copied into the
project). ``articles/warsaw.json`` and ``articles/video-call.json`` are the project's own writing; they add
what the seed lacks (a visit, a cancelled and a planned meeting, a video call, an earlier meeting, a second
deployment to Poland). All three go through the queue, the real spaCy extractor and the writer, the path
``diplograph ingest`` and the worker take, so every answer here is an answer about real ingestion.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from analysis.ingest import SEED, ingest, read_article, seed_article
from sqlalchemy import Engine
from sqlmodel import Session

from graph.analysis.build import build_graph
from graph.store.db import make_engine, migrate

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference article's text, or a loud skip when ../shared/seed is not beside the repository."""
    if not (SEED / "article.txt").is_file():
        pytest.skip(f"THE REFERENCE ARTICLE IS MISSING: no {SEED / 'article.txt'}. The ask tests need the "
                    "shared/seed folder beside the repository (../shared/seed); it is read there, never copied.")
    return seed_article().text


@pytest.fixture(scope="session")
def corpus_engine(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Iterator[Engine]:
    """The seed is article 1, warsaw.json article 2, video-call.json article 3."""
    url = f"sqlite:///{tmp_path_factory.mktemp('ask') / 'corpus.db'}"
    migrate(url)
    engine = make_engine(url)
    ingest(engine, [seed_article(), read_article(ARTICLES / "warsaw.json"), read_article(ARTICLES / "video-call.json")])
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
