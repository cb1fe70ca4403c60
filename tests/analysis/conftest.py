"""A small stored graph for the analysis tests: two articles of our own through the real ingestion.

``articles/calls.json`` and ``articles/summit.json`` are written for the cases the graph builder must get
right, in sentences the real extractor reads as intended: a three-party meeting, a planned and a cancelled
contact, an unnamed official standing for a state, an event with a location, deployments (one denied), and
one person under two spellings the resolver cannot know are the same (Mikhail Mishustin / Michail
Mischustin), for the curation tests. They go through the queue, the spaCy extractor and the writer, as
``diplograph ingest`` sends them.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from analysis.ingest import ArticleFile, ingest, read_article
from graph.analysis.build import build_graph
from graph.store.db import make_engine, migrate

ARTICLES = Path(__file__).parent / "articles"


def articles() -> list[ArticleFile]:
    return [read_article(ARTICLES / "calls.json"), read_article(ARTICLES / "summit.json")]


def ingest_both(url: str) -> None:
    """Ingest the two articles into the (migrated, empty) database at ``url``."""
    engine = make_engine(url)
    try:
        ingest(engine, articles())
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "template.db"
    url = f"sqlite:///{path}"
    migrate(url)
    ingest_both(url)
    return path


@pytest.fixture
def db_url(tmp_path: Path, template_db: Path) -> str:
    """A private copy of the stored graph: a test may curate it without touching the others."""
    path = tmp_path / "diplograph.db"
    shutil.copyfile(template_db, path)
    return f"sqlite:///{path}"


@pytest.fixture
def stored_in() -> Callable[[str], None]:
    """Ingest the two articles into another database (the root conftest's SQLite or PostgreSQL one)."""
    return ingest_both


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """The stored graph's engine, in place of the root conftest's empty database (its ``session`` uses it)."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def stored_graph(template_db: Path) -> nx.MultiDiGraph:
    """The stored graph, unfiltered (read-only: shared by every test)."""
    engine = make_engine(f"sqlite:///{template_db}")
    with Session(engine) as session:
        G = build_graph(session)
    engine.dispose()
    return G


@pytest.fixture(scope="session")
def ids(stored_graph: nx.MultiDiGraph) -> dict[str, str]:
    """Node ids by name: "Mark Milley", "Poland", "NATO", "meeting, 2021-09: Mark Milley – Valery Gerasimov".

    The writer numbers rows in the order extraction yields them; the tests name what they mean instead.
    """
    names = {data["name"]: node for node, data in stored_graph.nodes(data=True)}
    assert len(names) == stored_graph.number_of_nodes(), "two nodes share a name"
    return names
