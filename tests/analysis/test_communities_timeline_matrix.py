"""communities, timeline/activity and the state contact matrix on hand-made graphs."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis.communities import communities
from graph.analysis.matrix import state_contact_matrix
from graph.analysis.timeline import activity, timeline
from graph.errors import InvalidInput


def members(found: list) -> list[list[str]]:  # type: ignore[type-arg]
    return [[m["node"] for m in c["members"]] for c in found]


def test_two_cliques_are_two_communities() -> None:
    G = nx.barbell_graph(4, 0)
    for method in ("louvain", "greedy"):
        got = communities(G, seed=7, method=method)
        assert sorted(members(got)) == [["0", "1", "2", "3"], ["4", "5", "6", "7"]]
        assert [c["contacts"] for c in got] == [6, 6]


def test_same_seed_same_partition() -> None:
    G = nx.connected_caveman_graph(5, 4)
    assert communities(G, seed=11) == communities(G, seed=11)


def test_largest_first_and_isolates_left_out() -> None:
    G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y")])
    G.add_node("alone")
    got = communities(G)
    assert [c["size"] for c in got] == [3, 2] and [c["id"] for c in got] == [0, 1]
    assert ["alone"] in members(communities(G, min_size=1))


def test_edgeless_graph() -> None:
    assert communities(nx.empty_graph(3)) == []


def test_unknown_method() -> None:
    with pytest.raises(InvalidInput):
        communities(nx.path_graph(3), method="girvan")


@pytest.fixture
def events() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("official:1", kind="official", name="Milley", country="United States")
    G.add_node("official:2", kind="official", name="Gerasimov", country="Russia")
    G.add_node("official:3", kind="official", name="Austin", country="United States")
    G.add_node("official:4", kind="official", name="Nobody", country=None)
    G.add_node("state:1", kind="state", name="Russia", country="Russia")
    G.add_node("state:2", kind="state", name="France", country="France")
    for ident, date, people in (
        (1, "2022-02-11", ["official:1", "official:2"]),
        (2, None, ["state:1", "official:1"]),
        (3, "2021-09", ["official:1", "official:2", "state:2"]),
        (4, "2021-09-14", ["official:1", "official:3"]),
        (5, "2022-01", ["official:4", "state:2"]),
    ):
        G.add_node(f"event:{ident}", kind="event", type="meeting", date=date, date_start=date,
                   modality="occurred")
        for position, person in enumerate(people):
            G.add_edge(person, f"event:{ident}", relation="participated_in", position=position)
    return G


def test_timeline_in_date_order_undated_last(events: nx.MultiDiGraph) -> None:
    assert [e["event"] for e in timeline(events)] == [3, 4, 5, 1, 2]
    assert [p["name"] for p in timeline(events)[0]["participants"]] == ["Milley", "Gerasimov", "France"]


def test_timeline_of_a_state_includes_its_officials(events: nx.MultiDiGraph) -> None:
    assert [e["event"] for e in timeline(events, "Russia")] == [3, 1, 2]
    assert [e["event"] for e in timeline(events, "Austin")] == [4]


def test_activity(events: nx.MultiDiGraph) -> None:
    assert activity(events, by="year") == [{"period": "2021", "count": 2}, {"period": "2022", "count": 2}]
    assert activity(events, by="day") == [{"period": "2021-09-14", "count": 1}, {"period": "2022-02-11", "count": 1}]
    with pytest.raises(InvalidInput):
        activity(events, by="week")


def test_matrix_counts_each_event_once_per_pair(events: nx.MultiDiGraph) -> None:
    m = state_contact_matrix(events)
    assert m["states"] == ["France", "Russia", "United States"]
    # Event 3 (three parties) adds France–Russia, France–US and Russia–US once each; event 4 is domestic.
    assert m["counts"] == [[0, 1, 1], [1, 0, 3], [1, 3, 1]]
    assert m["pairs"][0] == {"a": "Russia", "b": "United States", "count": 3, "events": [1, 2, 3]}
    assert {"a": "United States", "b": "United States", "count": 1, "events": [4]} in m["pairs"]


def test_matrix_on_the_stored_graph(stored_graph: nx.MultiDiGraph) -> None:
    pairs = {(p["a"], p["b"]): p["count"] for p in state_contact_matrix(stored_graph)["pairs"]}
    # Two Milley–Gerasimov contacts, the planned Biden–Putin call and Blinken–Lavrov.
    assert pairs[("Russia", "United States")] == 4
    assert pairs[("France", "Germany")] == pairs[("France", "Ukraine")] == pairs[("Germany", "Ukraine")] == 1
