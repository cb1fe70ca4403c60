"""ego_network and contact_chain on small graphs, and actor lookup by name."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis.ego import ego_network
from graph.analysis.nodes import find_node
from graph.analysis.paths import contact_chain
from graph.errors import AmbiguousName, InvalidInput, NotFound


@pytest.fixture
def people() -> nx.Graph:
    G = nx.Graph()
    for ident, name, country in ((1, "Mark Milley", "United States"), (2, "Valery Gerasimov", "Russia"),
                                 (3, "Jane Smith", "United States"), (4, "John Smith", "United Kingdom")):
        G.add_node(f"official:{ident}", kind="official", name=name, country=country,
                   aliases=[name.split()[-1], f"General {name}"] if ident < 3 else [])
    G.add_node("state:1", kind="state", name="Russia", country="Russia")
    G.add_edge("official:1", "official:2", weight=3, events=[1, 2, 3], first="2021-09", last="2022-02-11")
    G.add_edge("official:2", "state:1", weight=1, events=[4], first=None, last=None)
    return G


def test_ego_radius(people: nx.Graph) -> None:
    assert [n["node"] for n in ego_network(people, "Milley", 0)["nodes"]] == ["official:1"]
    one = ego_network(people, "Milley")
    assert [(n["name"], n["distance"]) for n in one["nodes"]] == [("Mark Milley", 0), ("Valery Gerasimov", 1)]
    assert one["edges"] == [{"source": "official:1", "target": "official:2", "weight": 3, "events": [1, 2, 3],
                             "first": "2021-09", "last": "2022-02-11"}]
    two = ego_network(people, "Milley", radius=2)
    assert [n["name"] for n in two["nodes"]] == ["Mark Milley", "Valery Gerasimov", "Russia"]
    assert len(two["edges"]) == 2


def test_ego_of_an_isolated_actor(people: nx.Graph) -> None:
    ego = ego_network(people, "Jane Smith")
    assert [n["name"] for n in ego["nodes"]] == ["Jane Smith"] and ego["edges"] == []


def test_ego_bad_radius(people: nx.Graph) -> None:
    with pytest.raises(InvalidInput):
        ego_network(people, "Milley", -1)


def test_chain(people: nx.Graph) -> None:
    chain = contact_chain(people, "Mark Milley", "Russia")
    assert chain["connected"] and chain["length"] == 2
    assert [n["name"] for n in chain["chain"]] == ["Mark Milley", "Valery Gerasimov", "Russia"]
    assert [(link["source"], link["target"], link["weight"]) for link in chain["links"]] == [
        ("official:1", "official:2", 3), ("official:2", "state:1", 1)]


def test_no_chain(people: nx.Graph) -> None:
    chain = contact_chain(people, "Milley", "Jane Smith")
    assert (chain["connected"], chain["length"], chain["chain"], chain["links"]) == (False, None, [], [])
    assert chain["target"]["name"] == "Jane Smith"


def test_chain_to_oneself() -> None:
    assert contact_chain(nx.path_graph(3), 1, 1)["length"] == 0


@pytest.mark.parametrize(("ref", "node"), [
    ("official:2", "official:2"), ("Valery Gerasimov", "official:2"), ("valery GERASIMOV", "official:2"),
    ("General Valery Gerasimov", "official:2"), ("Gerasimov", "official:2"), ("Valeriy Gerasimov", "official:2"),
    ("russia", "state:1"), ("the Russia", "state:1"),
])
def test_find_node(people: nx.Graph, ref: str, node: str) -> None:
    assert find_node(people, ref) == node


def test_find_node_ambiguous_surname(people: nx.Graph) -> None:
    with pytest.raises(AmbiguousName) as raised:
        find_node(people, "Smith")
    assert raised.value.candidates == ["Jane Smith", "John Smith"]


def test_find_node_not_found_suggests(people: nx.Graph) -> None:
    with pytest.raises(NotFound, match="did you mean Mark Milley"):
        find_node(people, "Mark Miley")


def test_find_node_kinds(people: nx.Graph) -> None:
    with pytest.raises(NotFound):
        find_node(people, "Russia", kinds=["official"])
