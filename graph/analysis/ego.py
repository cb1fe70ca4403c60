"""Ego networks: the contacts of one official or state, and the contacts among those contacts."""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
from typing_extensions import TypedDict

from graph.analysis.build import as_contact_graph
from graph.analysis.nodes import NodeInfo, find_node, node_info, node_name
from graph.errors import InvalidInput

__all__ = ["EgoNode", "ContactEdge", "EgoNetwork", "ego_network", "contact_edge"]


class EgoNode(NodeInfo):
    """An actor of an ego network and how many contacts away from the center it is."""

    distance: int


class ContactEdge(TypedDict):
    """Two actors in contact: how often (``weight`` distinct events), which events, first and last date."""

    source: str
    target: str
    weight: int
    events: list[int]
    first: str | None
    last: str | None


class EgoNetwork(TypedDict):
    """An actor, the actors around it and every contact among them."""

    center: NodeInfo
    radius: int
    nodes: list[EgoNode]
    edges: list[ContactEdge]


def contact_edge(C: nx.Graph, u: Hashable, v: Hashable) -> ContactEdge:
    """An edge of a contact graph as plain data (hand-made graphs count each edge as one contact)."""
    data = C.edges[u, v]
    return ContactEdge(
        source=str(u),
        target=str(v),
        weight=int(data.get("weight", 1)),
        events=list(data.get("events", [])),
        first=data.get("first"),
        last=data.get("last"),
    )


def ego_network(G: nx.Graph, actor: Hashable, radius: int = 1) -> EgoNetwork:
    """The actors within ``radius`` contacts of ``actor``, and every contact among them.

    Parameters
    ----------
    G : networkx graph
        From :func:`~graph.analysis.build.build_graph` (filtered as wanted), or a contact graph.
    actor : node id or str
        A node id, name, alias or surname.
    radius : int, default 1
        1 gives the direct counterparts; 2 adds their counterparts, and so on.

    Returns
    -------
    dict
        ``center``, ``radius``, ``nodes`` (each with its ``distance`` from the center, nearest first)
        and ``edges`` (contacts among those nodes, with their weight and event ids).

    Examples
    --------
    >>> import networkx as nx
    >>> ego = ego_network(nx.path_graph(4), 0, radius=2)
    >>> [(n["node"], n["distance"]) for n in ego["nodes"]]
    [('0', 0), ('1', 1), ('2', 2)]
    >>> [(e["source"], e["target"]) for e in ego["edges"]]
    [('0', '1'), ('1', '2')]
    """
    if radius < 0:
        raise InvalidInput("radius must be 0 or more")
    C = as_contact_graph(G)
    center = find_node(C, actor)
    distances = nx.single_source_shortest_path_length(C, center, cutoff=radius)
    order = sorted(distances, key=lambda n: (distances[n], node_name(C, n), str(n)))
    nodes = [EgoNode(**node_info(C, n), distance=distances[n]) for n in order]
    edges = sorted(
        (contact_edge(C, *sorted((u, v), key=str)) for u, v in C.subgraph(distances).edges()),
        key=lambda e: (e["source"], e["target"]),
    )
    return EgoNetwork(center=node_info(C, center), radius=radius, nodes=nodes, edges=edges)
