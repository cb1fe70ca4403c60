"""Contact chains: the shortest sequence of contacts that links two actors ("who could pass a message")."""

from __future__ import annotations

import itertools
from collections.abc import Hashable

import networkx as nx
from typing_extensions import TypedDict

from graph.analysis.build import as_contact_graph
from graph.analysis.ego import ContactEdge, contact_edge
from graph.analysis.nodes import NodeInfo, find_node, node_info

__all__ = ["ContactChain", "contact_chain"]


class ContactChain(TypedDict):
    """The chain of actors from ``source`` to ``target`` and the contacts linking each step."""

    source: NodeInfo
    target: NodeInfo
    connected: bool
    length: int | None
    chain: list[NodeInfo]
    links: list[ContactEdge]


def contact_chain(G: nx.Graph, a: Hashable, b: Hashable) -> ContactChain:
    """The shortest chain of contacts from actor ``a`` to actor ``b``.

    Length counts contacts, not intermediaries: two actors who spoke directly have a chain of length 1.
    When several chains are equally short, the one networkx's breadth-first search meets first is
    returned, which is stable for a given graph.

    Parameters
    ----------
    G : networkx graph
        From :func:`~graph.analysis.build.build_graph`, or a contact graph.
    a, b : node id or str
        Node ids, names, aliases or surnames.

    Returns
    -------
    dict
        ``connected`` is False (with an empty ``chain``) when no chain exists; otherwise ``chain`` lists
        the actors from ``a`` to ``b`` and ``links`` the contacts between consecutive ones.

    Examples
    --------
    >>> import networkx as nx
    >>> found = contact_chain(nx.path_graph(4), 0, 3)
    >>> found["length"], [n["node"] for n in found["chain"]]
    (3, ['0', '1', '2', '3'])
    """
    C = as_contact_graph(G)
    source, target = find_node(C, a), find_node(C, b)
    try:
        path = nx.shortest_path(C, source, target)
    except nx.NetworkXNoPath:
        return ContactChain(source=node_info(C, source), target=node_info(C, target), connected=False,
                            length=None, chain=[], links=[])
    return ContactChain(
        source=node_info(C, source),
        target=node_info(C, target),
        connected=True,
        length=len(path) - 1,
        chain=[node_info(C, n) for n in path],
        links=[contact_edge(C, u, v) for u, v in itertools.pairwise(path)],
    )
