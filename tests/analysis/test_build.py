"""build_graph: the stored graph as networkx, with every node kind, relation and filter."""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest
from sqlmodel import Session

from graph.analysis.build import build_graph, contact_graph, event_participants, filter_graph
from graph.errors import InvalidInput
from graph.store import curation


def relations(G: nx.MultiDiGraph) -> Counter[str]:
    return Counter(d["relation"] for _, _, d in G.edges(data=True))


def test_every_node_kind(stored_graph: nx.MultiDiGraph) -> None:
    assert Counter(kind for _, kind in stored_graph.nodes(data="kind")) == {
        "state": 7, "official": 12, "organization": 1, "event": 10}


def test_every_relation(stored_graph: nx.MultiDiGraph) -> None:
    # 10 events: nine with two participants, one with three.
    assert relations(stored_graph) == {"participated_in": 21, "spoke_with": 12, "represents": 12,
                                       "deploys_to": 2, "located_in": 2}


def test_official_node(stored_graph: nx.MultiDiGraph) -> None:
    assert stored_graph.nodes["official:1"] == {
        "kind": "official", "name": "Mark Milley", "label": "Mark Milley", "country": "United States",
        "role": "Chairman of the Joint Chiefs of Staff", "aliases": ["Milley"]}
    assert stored_graph.has_edge("official:1", "state:1", key="represents")


def test_event_node_carries_its_sources(stored_graph: nx.MultiDiGraph) -> None:
    event = stored_graph.nodes["event:1"]
    assert (event["kind"], event["type"], event["date"], event["modality"]) == (
        "event", "phone_call", "2022-02-11", "occurred")
    assert (event["date_start"], event["date_end"], event["corroboration"]) == ("2022-02-11", "2022-02-11", 1)
    [source] = event["sources"]
    assert source["sentence"] == "General Mark Milley spoke by telephone with General Valery Gerasimov on Friday."
    assert event_participants(stored_graph, "event:1") == ["official:1", "official:2"]


def test_a_three_party_meeting_links_every_pair(stored_graph: nx.MultiDiGraph) -> None:
    pairs = {frozenset((u, v)) for u, v, k in stored_graph.edges(keys=True) if k == "event:7"}
    macron, scholz, zelensky = "official:9", "official:8", "official:10"
    assert pairs == {frozenset((macron, scholz)), frozenset((macron, zelensky)), frozenset((scholz, zelensky))}
    assert event_participants(stored_graph, "event:7") == [macron, scholz, zelensky]
    assert stored_graph.edges["event:7", "state:4", "located_in"]["relation"] == "located_in"
    assert stored_graph.nodes["event:7"]["location"] == "France"


def test_deployments_are_state_to_state_edges(stored_graph: nx.MultiDiGraph) -> None:
    edge = stored_graph.edges["state:1", "state:6", "deployment:1"]
    assert {k: edge[k] for k in ("relation", "what", "quantity", "date", "modality")} == {
        "relation": "deploys_to", "what": "3,000 troops", "quantity": 3000, "date": "2022-02-11",
        "modality": "occurred"}
    assert edge["sources"][0]["sentence"] == "The United States is sending 3,000 troops to Poland."


def test_unfiltered_graph_keeps_actors_without_contacts(stored_graph: nx.MultiDiGraph) -> None:
    assert stored_graph.nodes["organization:1"]["name"] == "NATO"


def test_period_filter_keeps_what_overlaps_and_prunes_actors(session: Session) -> None:
    G = build_graph(session, since="2022", until="2022-02-11")
    events = {n for n, kind in G.nodes(data="kind") if kind == "event"}
    assert events == {"event:1", "event:2", "event:3", "event:5"}
    assert "official:5" not in G  # Biden's only contact is planned for the 12th
    assert "organization:1" not in G and "official:12" not in G
    assert "state:2" in G  # Russia: the state Gerasimov and Mishustin represent
    assert {k for _, _, k in G.edges(keys=True) if str(k).startswith("deployment")} == {"deployment:1"}
    assert (G.graph["since"], G.graph["until"]) == ("2022-01-01", "2022-02-11")


def test_a_month_event_is_in_a_period_that_overlaps_it(session: Session) -> None:
    G = build_graph(session, since="2021-09-20", until="2021-12")
    assert "event:6" in G  # "2021-09" may be after the 20th
    assert "event:7" not in G and "event:8" not in G


def test_type_and_modality_filters(session: Session) -> None:
    meetings = build_graph(session, types=["meeting"])
    assert {n for n, k in meetings.nodes(data="kind") if k == "event"} == {"event:6", "event:7", "event:10"}
    assert relations(meetings)["deploys_to"] == 2  # types narrow events only
    planned = build_graph(session, modalities=["planned"])
    assert {n for n, k in planned.nodes(data="kind") if k == "event"} == {"event:4"}
    assert relations(planned)["deploys_to"] == 0


def test_filter_graph_is_build_graph_in_memory(session: Session, stored_graph: nx.MultiDiGraph) -> None:
    filters = {"since": "2021-09-15", "types": ["meeting", "phone_call"], "modalities": ["occurred"]}
    built = build_graph(session, **filters)  # type: ignore[arg-type]
    narrowed = filter_graph(stored_graph, **filters)  # type: ignore[arg-type]
    assert dict(built.nodes(data=True)) == dict(narrowed.nodes(data=True))
    assert sorted(built.edges(keys=True)) == sorted(narrowed.edges(keys=True))
    assert filter_graph(stored_graph) is not stored_graph


def test_deleted_contacts_are_left_out(session: Session) -> None:
    curation.delete_contact(session, 1)
    session.commit()
    G = build_graph(session)
    assert "event:1" not in G
    assert not any(k == "event:1" for _, _, k in G.edges(keys=True))
    assert contact_graph(G).edges["official:1", "official:2"]["weight"] == 1


@pytest.mark.parametrize(("filters", "message"), [
    ({"since": "2022-13"}, "not a date"),
    ({"since": "2022-03", "until": "2022-01"}, "is after"),
    ({"types": ["telepathy"]}, "unknown type 'telepathy'"),
    ({"modalities": ["maybe"]}, "unknown modality 'maybe'"),
])
def test_bad_filters(session: Session, filters: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        build_graph(session, **filters)  # type: ignore[arg-type]


def test_contact_graph_collapses_events_into_weighted_contacts(stored_graph: nx.MultiDiGraph) -> None:
    C = contact_graph(stored_graph)
    assert not any(kind == "event" for _, kind in C.nodes(data="kind"))
    assert C.number_of_nodes() == 20
    assert C.edges["official:1", "official:2"] == {"weight": 2, "events": [1, 6], "first": "2021-09",
                                                   "last": "2022-02-11"}
    assert C.edges["official:9", "official:10"]["events"] == [7]
    assert C.number_of_edges() == 11  # 12 spoke_with edges, two of them Milley–Gerasimov
