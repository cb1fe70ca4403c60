"""centrality and brokers on small standard graphs, checked against networkx and by hand."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis.centrality import brokers, centrality
from graph.errors import InvalidInput


def scores(rows: list) -> dict[str, float]:  # type: ignore[type-arg]
    return {row["node"]: row["score"] for row in rows}


def test_betweenness_of_a_path() -> None:
    got = scores(centrality(nx.path_graph(4), "betweenness"))
    assert got == pytest.approx({"0": 0.0, "1": 2 / 3, "2": 2 / 3, "3": 0.0})


def test_degree_matches_networkx() -> None:
    G = nx.karate_club_graph()
    expected = {str(n): s for n, s in nx.degree_centrality(G).items()}
    assert scores(centrality(G, "degree")) == pytest.approx(expected)


def test_ranked_most_central_first_ties_by_name() -> None:
    G = nx.Graph()
    G.add_nodes_from([("b", {"name": "Bravo"}), ("a", {"name": "Alpha"}), ("hub", {"name": "Hub"})])
    G.add_edges_from([("hub", "a"), ("hub", "b")])
    assert [row["name"] for row in centrality(G)] == ["Hub", "Alpha", "Bravo"]


def test_only_keeps_one_kind_but_scores_over_everything() -> None:
    # The official in the middle of two states brokers between them: the states count for its score.
    G = nx.Graph()
    G.add_node("official:1", kind="official", name="Envoy")
    G.add_node("state:1", kind="state", name="A")
    G.add_node("state:2", kind="state", name="B")
    G.add_edges_from([("state:1", "official:1"), ("official:1", "state:2")])
    assert centrality(G, "betweenness", only="official") == [
        {"node": "official:1", "kind": "official", "name": "Envoy", "country": None, "score": 1.0}]


def test_contacts_counts_events_pair_by_pair() -> None:
    G = nx.Graph()
    G.add_edge("a", "b", weight=3)
    G.add_edge("a", "c", weight=1)
    assert scores(centrality(G, "contacts")) == {"a": 4.0, "b": 3.0, "c": 1.0}


def test_top() -> None:
    assert len(centrality(nx.star_graph(5), "degree", top=2)) == 2


def test_sampled_betweenness_is_reproducible() -> None:
    G = nx.connected_caveman_graph(4, 5)
    assert centrality(G, "betweenness", k=6, seed=1) == centrality(G, "betweenness", k=6, seed=1)


def test_unknown_kind() -> None:
    with pytest.raises(InvalidInput, match="unknown centrality 'pagerank'"):
        centrality(nx.path_graph(3), "pagerank")


def test_single_node_graph() -> None:
    assert scores(centrality(nx.empty_graph(1))) == {"0": 0.0}


def test_brokers_count_the_holes_they_span() -> None:
    G = nx.Graph([("a", "hub"), ("b", "hub"), ("c", "hub"), ("a", "b"), ("c", "d")])
    found = brokers(G)
    assert [(b["node"], b["degree"], b["bridged"]) for b in found] == [("hub", 3, 2), ("c", 2, 1)]
    assert found[0]["betweenness"] == pytest.approx(nx.betweenness_centrality(G)["hub"])


def test_a_clique_has_no_brokers() -> None:
    assert brokers(nx.complete_graph(4)) == []


def test_brokers_top() -> None:
    assert len(brokers(nx.path_graph(6), top=2)) == 2
