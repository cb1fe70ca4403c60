"""Communities: groups of actors in closer contact with each other than with the rest."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Literal

import networkx as nx
from typing_extensions import TypedDict

from graph.analysis.build import as_contact_graph
from graph.analysis.nodes import NodeInfo, node_info, node_name
from graph.errors import InvalidInput

__all__ = ["COMMUNITY_METHODS", "Community", "communities"]

COMMUNITY_METHODS: tuple[str, ...] = ("louvain", "greedy")


class Community(TypedDict):
    """A group of actors, with how many contacts it holds inside."""

    id: int
    size: int
    contacts: int
    members: list[NodeInfo]


def communities(
    G: nx.Graph,
    seed: int | None = 0,
    *,
    method: Literal["louvain", "greedy"] | str = "louvain",
    resolution: float = 1.0,
    min_size: int = 2,
) -> list[Community]:
    """Partition the contact network into communities, largest first.

    Edges are weighted by how many contacts a pair had, so frequent counterparts end up together.

    Parameters
    ----------
    G : networkx graph
        From :func:`~graph.analysis.build.build_graph`, or a contact graph.
    seed : int, optional
        Louvain visits nodes in random order; the same seed gives the same partition.
    method : {"louvain", "greedy"}
        networkx ``louvain_communities`` or ``greedy_modularity_communities`` (deterministic).
    resolution : float, default 1.0
        Above 1 favours smaller communities, below 1 larger ones.
    min_size : int, default 2
        Smaller communities (isolated actors, by default) are left out.

    Returns
    -------
    list of dict
        ``id`` (0 for the largest), ``size``, ``contacts`` (weight of the edges inside) and
        ``members`` sorted by name.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.barbell_graph(3, 0)
    >>> [sorted(int(m["node"]) for m in c["members"]) for c in communities(G, seed=1)]
    [[0, 1, 2], [3, 4, 5]]
    """
    if method not in COMMUNITY_METHODS:
        raise InvalidInput(f"unknown community method {method!r}: choose from {', '.join(COMMUNITY_METHODS)}")
    C = as_contact_graph(G)
    groups: list[set[Hashable]]
    if C.number_of_edges() == 0:
        groups = [{n} for n in C]
    elif method == "louvain":
        groups = [set(g) for g in nx.community.louvain_communities(C, weight="weight", resolution=resolution,
                                                                    seed=seed)]
    else:
        groups = [set(g) for g in nx.community.greedy_modularity_communities(C, weight="weight",
                                                                             resolution=resolution)]

    ordered = sorted(
        (sorted(g, key=lambda n: (node_name(C, n), str(n))) for g in groups if len(g) >= min_size),
        key=lambda members: (-len(members), node_name(C, members[0]), str(members[0])),
    )
    return [
        Community(
            id=i,
            size=len(members),
            contacts=int(C.subgraph(members).size(weight="weight")),
            members=[node_info(C, n) for n in members],
        )
        for i, members in enumerate(ordered)
    ]
