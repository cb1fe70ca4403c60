"""The state-to-state contact matrix: how often each pair of states was in contact, officials included."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

import networkx as nx
from typing_extensions import TypedDict

from graph.analysis.build import event_participants
from graph.analysis.nodes import row_id, state_of

__all__ = ["StatePair", "StateMatrix", "state_contact_matrix"]


class StatePair(TypedDict):
    """Two states (``a`` ≤ ``b`` by name), how many contacts they had and which events."""

    a: str
    b: str
    count: int
    events: list[int]


class StateMatrix(TypedDict):
    """State names, their symmetric contact-count matrix in that order, and the non-zero pairs."""

    states: list[str]
    counts: list[list[int]]
    pairs: list[StatePair]


def state_contact_matrix(G: nx.Graph) -> StateMatrix:
    """Count contacts between states, each official standing for the state of their country.

    With event nodes (a graph from :func:`~graph.analysis.build.build_graph`), every event adds one to
    each pair of distinct states among its participants, so a three-way meeting counts once per pair
    and not once per official. Two officials of the same state meeting count on the diagonal. Officials
    of unknown country are left out. On a contact graph (no event nodes) each edge adds its ``weight``.

    Returns
    -------
    dict
        ``states`` (sorted names), ``counts`` (a symmetric matrix in that order) and ``pairs``
        (non-zero pairs, most frequent first, with the event ids when known).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("official:1", kind="official", name="Mark Milley", country="United States")
    >>> G.add_node("official:2", kind="official", name="Valery Gerasimov", country="Russia")
    >>> G.add_node("state:3", kind="state", name="France")
    >>> G.add_edge("official:1", "official:2", weight=3)
    >>> G.add_edge("official:1", "state:3", weight=1)
    >>> m = state_contact_matrix(G)
    >>> m["states"], m["counts"]
    (['France', 'Russia', 'United States'], [[0, 0, 1], [0, 0, 3], [1, 3, 0]])
    """
    counts: Counter[tuple[str, str]] = Counter()
    events: dict[tuple[str, str], list[int]] = defaultdict(list)
    event_nodes = [n for n, kind in G.nodes(data="kind") if kind == "event"]
    if event_nodes or G.is_multigraph():
        for e in event_nodes:
            known = [s for p in event_participants(G, e) if (s := state_of(G, p))]
            sides = sorted(set(known))
            met = list(itertools.combinations(sides, 2))
            if len(sides) == 1 and len(known) > 1:  # two of the same state's officials
                met = [(sides[0], sides[0])]
            ident = row_id(e)
            for pair in met:
                counts[pair] += 1
                if ident is not None:
                    events[pair].append(ident)
    else:
        for u, v, weight in G.edges(data="weight", default=1):
            su, sv = state_of(G, u), state_of(G, v)
            if su and sv:
                counts[(min(su, sv), max(su, sv))] += int(weight)
    states = sorted({s for pair in counts for s in pair})
    index = {s: i for i, s in enumerate(states)}
    matrix = [[0] * len(states) for _ in states]
    for (a, b), count in counts.items():
        matrix[index[a]][index[b]] = count
        matrix[index[b]][index[a]] = count
    pairs = [
        StatePair(a=a, b=b, count=c, events=sorted(events.get((a, b), [])))
        for (a, b), c in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    return StateMatrix(states=states, counts=matrix, pairs=pairs)
