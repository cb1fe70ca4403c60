"""Who is central in the contact network, and who brokers between actors that do not talk directly."""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterable
from typing import Literal

import networkx as nx

from graph.analysis.build import as_contact_graph
from graph.analysis.nodes import NodeInfo, actors, node_info, node_name
from graph.errors import InvalidInput

__all__ = ["CENTRALITY_KINDS", "Score", "Broker", "centrality", "brokers"]

CentralityKind = Literal["degree", "betweenness", "contacts"]
CENTRALITY_KINDS: tuple[str, ...] = ("degree", "betweenness", "contacts")


class Score(NodeInfo):
    """An actor and its centrality score."""

    score: float


class Broker(NodeInfo):
    """An actor, its betweenness, how many counterparts it has and how many of their pairs it bridges."""

    betweenness: float
    degree: int
    bridged: int


def _order(C: nx.Graph, scores: dict[Hashable, float], only: str | Iterable[str] | None) -> list[Hashable]:
    keep = actors(C, only)
    return sorted(keep, key=lambda n: (-scores.get(n, 0.0), node_name(C, n), str(n)))


def _ranked(C: nx.Graph, scores: dict[Hashable, float], only: str | Iterable[str] | None,
            top: int | None) -> list[Score]:
    ranked = _order(C, scores, only)
    if top is not None:
        ranked = ranked[: max(top, 0)]
    return [Score(**node_info(C, n), score=float(scores.get(n, 0.0))) for n in ranked]


def _betweenness(C: nx.Graph, k: int | None, seed: int | None) -> dict[Hashable, float]:
    """Normalized betweenness, estimated from ``k`` sampled sources when ``k`` is given."""
    sample = min(k, len(C)) if k is not None else None
    return nx.betweenness_centrality(C, k=sample, normalized=True, seed=seed)


def centrality(
    G: nx.Graph,
    kind: CentralityKind | str = "degree",
    *,
    only: str | Iterable[str] | None = None,
    top: int | None = None,
    k: int | None = None,
    seed: int | None = 0,
) -> list[Score]:
    """Rank actors of the contact network, most central first.

    Scores are computed over the whole contact network and then narrowed with ``only``, so an
    official's betweenness counts the paths that run through states too.

    Parameters
    ----------
    G : networkx graph
        From :func:`~graph.analysis.build.build_graph`, or a contact graph.
    kind : {"degree", "betweenness", "contacts"}
        ``degree``: share of the other actors one was in contact with (networkx ``degree_centrality``);
        ``betweenness``: share of shortest contact chains that pass through one (normalized);
        ``contacts``: the number of distinct contacts (events) one took part in, pair by pair.
    only : str or iterable of str, optional
        Keep actors of these kinds (``official``, ``state``, ``organization``).
    top : int, optional
        Keep the first ``top``.
    k, seed : int, optional
        Estimate betweenness from ``k`` sampled sources (for large graphs); ``seed`` fixes the sample.

    Returns
    -------
    list of dict
        Node info plus ``score``; ties broken by name.

    Examples
    --------
    >>> import networkx as nx
    >>> [(row["node"], row["score"]) for row in centrality(nx.star_graph(3), "betweenness", top=2)]
    [('0', 1.0), ('1', 0.0)]
    >>> [round(row["score"], 3) for row in centrality(nx.path_graph(3), "degree")]
    [1.0, 0.5, 0.5]
    """
    C = as_contact_graph(G)
    if kind == "degree":
        scores = nx.degree_centrality(C) if len(C) > 1 else dict.fromkeys(C, 0.0)
    elif kind == "betweenness":
        scores = _betweenness(C, k, seed)
    elif kind == "contacts":
        scores = {n: float(d) for n, d in C.degree(weight="weight")}
    else:
        raise InvalidInput(f"unknown centrality {kind!r}: choose from {', '.join(CENTRALITY_KINDS)}")
    return _ranked(C, scores, only, top)


def brokers(
    G: nx.Graph,
    top: int | None = 10,
    *,
    only: str | Iterable[str] | None = None,
    k: int | None = None,
    seed: int | None = 0,
) -> list[Broker]:
    """Actors who link counterparts that are not in contact with each other.

    A broker sits on shortest contact chains (``betweenness`` > 0); ``bridged`` counts the pairs of its
    counterparts who never spoke directly, the structural holes it spans. Actors with no brokerage
    are left out.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "hub"), ("b", "hub"), ("c", "hub"), ("a", "b")])
    >>> [(row["node"], row["bridged"]) for row in brokers(G)]
    [('hub', 2)]
    """
    C = as_contact_graph(G)
    between = _betweenness(C, k, seed)
    found: list[Broker] = []
    for node in _order(C, between, only):
        if between.get(node, 0.0) <= 0 or (top is not None and len(found) >= top):
            break
        neighbours = list(C.neighbors(node))
        bridged = sum(1 for u, v in itertools.combinations(neighbours, 2) if not C.has_edge(u, v))
        found.append(
            Broker(**node_info(C, node), betweenness=float(between[node]), degree=len(neighbours),
                   bridged=bridged)
        )
    return found
