"""The public scripting API: open a diplograph database from a notebook or a script.

>>> from graph.api import open_graph
>>> from graph.analysis import centrality
>>> with open_graph("sqlite:///diplograph.db") as g:                       # doctest: +SKIP
...     ranking = centrality(g.networkx(since="2022"), "betweenness", only="official", top=10)

Reading only: nothing here writes to the database, so a notebook can stay open beside a running server.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import networkx as nx
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url
from sqlmodel import Session

from graph.analysis.build import build_graph, contact_graph
from graph.analysis.period import DateLike, period_bounds
from graph.ask.answer import answer_graph
from graph.ask.models import Answer
from graph.errors import InvalidInput, NotFound
from graph.store import queries
from graph.store.db import is_sqlite, make_engine
from graph.store.views import ContactView, DeploymentView, Page, WhoSpokeWith

__all__ = ["Graph", "open_graph"]


class Graph:
    """An open diplograph database: the graph as networkx, its contacts, and questions in English.

    Every method reads in its own short session, so results are always current and the object can be
    kept for a whole notebook session. Close it (or use ``with``) to release the connections.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def networkx(
        self,
        *,
        since: DateLike = None,
        until: DateLike = None,
        types: Iterable[str] | None = None,
        modalities: Iterable[str] | None = None,
    ) -> nx.MultiDiGraph:
        """The graph as a networkx ``MultiDiGraph``; see :func:`graph.analysis.build.build_graph`."""
        with Session(self.engine) as session:
            return build_graph(session, since=since, until=until, types=types, modalities=modalities)

    def contact_graph(
        self,
        *,
        since: DateLike = None,
        until: DateLike = None,
        types: Iterable[str] | None = None,
        modalities: Iterable[str] | None = None,
    ) -> nx.Graph:
        """Who was in contact with whom, weighted by contacts; see :func:`graph.analysis.build.contact_graph`."""
        return contact_graph(self.networkx(since=since, until=until, types=types, modalities=modalities))

    def contacts(
        self,
        *,
        participant: str | None = None,
        country: str | None = None,
        type: str | None = None,
        modality: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        article_id: int | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Page[ContactView]:
        """Contacts as ``GET /v1/contacts`` lists them; ``since``/``until`` also take "2022" or "2022-02"."""
        since_d, until_d = period_bounds(since, until)
        with Session(self.engine) as session:
            return queries.list_contacts(session, participant=participant, country=country, type=type,
                                         modality=modality, since=since_d, until=until_d, article_id=article_id,
                                         limit=limit, offset=offset)

    def deployments(
        self,
        *,
        from_: str | None = None,
        to: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Page[DeploymentView]:
        """Deployments as ``GET /v1/deployments`` lists them."""
        since_d, until_d = period_bounds(since, until)
        with Session(self.engine) as session:
            return queries.list_deployments(session, from_=from_, to=to, since=since_d, until=until_d,
                                            limit=limit, offset=offset)

    def who_spoke_with(self, name: str) -> WhoSpokeWith:
        """An actor's counterparts and the contacts with each, as ``GET /v1/who-spoke-with``."""
        with Session(self.engine) as session:
            return queries.who_spoke_with(session, name)

    def ask(self, question: str) -> Answer:
        """A question in plain English; see :func:`graph.ask.answer`."""
        return answer_graph(self.networkx(), question)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Graph:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Graph({self.engine.url.render_as_string(hide_password=True)!r})"


def open_graph(database_url: str) -> Graph:
    """Open the diplograph database at ``database_url`` (``sqlite:///path.db`` or ``postgresql+psycopg://…``).

    Raises
    ------
    NotFound
        A SQLite file that does not exist: opening it would silently create an empty database.
    InvalidInput
        A database without the diplograph schema (run ``diplograph migrate`` or ``make run`` first).
    """
    if is_sqlite(database_url):
        path = make_url(database_url).database
        if path and path != ":memory:" and not Path(path).exists():
            raise NotFound(f"No database at {path}: ingest articles first (make run, or diplograph ingest)")
    engine = make_engine(database_url)
    if not inspect(engine).has_table("event"):
        engine.dispose()
        raise InvalidInput(f"{database_url} holds no diplograph graph: run `diplograph migrate` first")
    return Graph(engine)
