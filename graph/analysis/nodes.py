"""Node names and lookups shared by the analysis functions.

Nodes are strings ``"<kind>:<id>"`` (``official:3``, ``state:7``, ``event:12``) so that one graph can hold
every kind of node without id clashes and so that exports keep ids that point back at the database.
Users name actors the way articles do ("Milley", "general mark milley"), so every function that takes an
actor accepts a node id, a canonical name, an alias or a surname.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Hashable, Iterable

import networkx as nx
from typing_extensions import TypedDict

from graph.errors import AmbiguousName, NotFound
from graph.names import name_key, surname_key

__all__ = [
    "ACTOR_KINDS",
    "NodeInfo",
    "node_key",
    "split_node",
    "row_id",
    "is_actor",
    "actors",
    "fold_name",
    "find_node",
    "node_name",
    "node_info",
    "side",
    "state_of",
]

ACTOR_KINDS: frozenset[str] = frozenset({"official", "state", "organization"})


class NodeInfo(TypedDict):
    """How an analysis result names a node: its id in the graph plus what a reader needs."""

    node: str
    kind: str | None
    name: str
    country: str | None


def node_key(kind: str, ident: int) -> str:
    """The graph's node id for a database row.

    Examples
    --------
    >>> node_key("official", 3)
    'official:3'
    """
    return f"{kind}:{ident}"


def split_node(node: Hashable) -> tuple[str, int]:
    """The kind and database id of a node made by :func:`node_key`.

    Examples
    --------
    >>> split_node("state:7")
    ('state', 7)
    """
    kind, _, ident = str(node).partition(":")
    return kind, int(ident)


def row_id(node: Hashable) -> int | None:
    """The database id of a node made by :func:`node_key`; None for a node named otherwise (hand-made graphs).

    Examples
    --------
    >>> row_id("event:12"), row_id("e1")
    (12, None)
    """
    _, _, ident = str(node).partition(":")
    return int(ident) if ident.isdigit() else None


def is_actor(G: nx.Graph, node: Hashable) -> bool:
    """Officials, states and organizations are actors; events are not.

    A node without a ``kind`` (a hand-made graph) counts as an actor, so the functions work on plain
    networkx graphs too.
    """
    kind = G.nodes[node].get("kind")
    return kind is None or kind in ACTOR_KINDS


def actors(G: nx.Graph, only: str | Iterable[str] | None = None) -> list[Hashable]:
    """The actor nodes of ``G``, optionally only those of the given kind(s)."""
    kinds = {only} if isinstance(only, str) else set(only) if only is not None else None
    return [
        n
        for n, data in G.nodes(data=True)
        if is_actor(G, n) and (kinds is None or data.get("kind") in kinds)
    ]


def fold_name(text: str) -> str:
    """A name as lookups compare it: no case, accents, dots, apostrophe variants or leading "the".

    Examples
    --------
    >>> fold_name("  The U.S. ")
    'us'
    >>> fold_name("Sergeï Lavrov")
    'sergei lavrov'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("’", "'").replace(".", "")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def find_node(G: nx.Graph, actor: Hashable, *, kinds: Iterable[str] | None = None) -> Hashable:
    """The node an actor reference points at.

    Tries, in order, a node id, the canonical name, an alias, then the surname; the first level with
    exactly one match wins, so "Milley" finds Mark Milley unless two Milleys exist. Names compare as
    the store's name keys do, so titles, accents and transliterations ("Zelenskyy") do not matter.

    Parameters
    ----------
    G : networkx graph
    actor : node id or str
    kinds : iterable of str, optional
        Restrict the search to these node kinds (default: officials, states, organizations).

    Raises
    ------
    NotFound
        No node matches; the message suggests close names.
    AmbiguousName
        Several nodes match at the same level; ``candidates`` lists their names.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("official:1", kind="official", name="Mark Milley", aliases=["General Mark Milley"])
    >>> find_node(G, "milley")
    'official:1'
    """
    allowed = set(kinds) if kinds is not None else set(ACTOR_KINDS)
    if actor in G and G.nodes[actor].get("kind") in allowed | {None}:
        return actor
    query = fold_name(str(actor))
    if not query:
        raise NotFound("An empty name matches nobody")
    candidates = [
        (n, data) for n, data in G.nodes(data=True) if data.get("kind") in allowed or "kind" not in data
    ]

    key = name_key(str(actor))

    def same(name: str) -> bool:
        return fold_name(name) == query or (bool(key) and name_key(name) == key)

    levels = (
        lambda n, d: same(node_name(G, n)),
        lambda n, d: any(same(a) for a in d.get("aliases") or ()),
        lambda n, d: d.get("kind") == "official" and " " not in key and surname_key(node_name(G, n)) == key,
    )
    for matches_level in levels:
        found = [n for n, data in candidates if matches_level(n, data)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listed = sorted(node_name(G, n) for n in found)
            raise AmbiguousName(
                f"{actor!r} matches {len(found)} actors: {', '.join(listed)}; use a full name",
                listed,
            )
    known = sorted({node_name(G, n) for n, _ in candidates})
    close = difflib.get_close_matches(str(actor), known, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise NotFound(f"No official, state or organization called {str(actor)!r} in the graph{hint}")


def node_name(G: nx.Graph, node: Hashable) -> str:
    """The name a node is shown by: its ``name``, or the node id for a node without one (hand-made graphs).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("state:7", name="Poland")
    >>> G.add_node("e1")
    >>> node_name(G, "state:7"), node_name(G, "e1")
    ('Poland', 'e1')
    """
    return str(G.nodes[node].get("name", node))


def node_info(G: nx.Graph, node: Hashable) -> NodeInfo:
    """The :class:`NodeInfo` of a node.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("state:7", kind="state", name="Poland", country="Poland")
    >>> node_info(G, "state:7")
    {'node': 'state:7', 'kind': 'state', 'name': 'Poland', 'country': 'Poland'}
    """
    data = G.nodes[node]
    return NodeInfo(
        node=str(node),
        kind=data.get("kind"),
        name=node_name(G, node),
        country=data.get("country"),
    )


def side(G: nx.Graph, node: Hashable) -> set[Hashable]:
    """The actors that act for ``node``: itself, and for a state every official of that country.

    "Who spoke with Russia" means the Russian state and Russian officials alike, so analyses of a
    state look at its whole side.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("state:2", kind="state", name="Russia", country="Russia")
    >>> G.add_node("official:5", kind="official", name="Valery Gerasimov", country="Russia")
    >>> sorted(side(G, "state:2"))
    ['official:5', 'state:2']
    """
    data = G.nodes[node]
    if data.get("kind") != "state":
        return {node}
    name = data.get("name")
    officials = {n for n, d in G.nodes(data=True) if d.get("kind") == "official" and d.get("country") == name}
    return {node} | officials


def state_of(G: nx.Graph, node: Hashable) -> str | None:
    """The name of the state an actor stands for: a state itself, an official their country (None unknown).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("state:2", kind="state", name="Russia")
    >>> G.add_node("official:5", kind="official", name="Valery Gerasimov", country="Russia")
    >>> state_of(G, "state:2"), state_of(G, "official:5")
    ('Russia', 'Russia')
    """
    data = G.nodes[node]
    if data.get("kind") == "state":
        return node_name(G, node)
    country = data.get("country")
    return str(country) if country else None
