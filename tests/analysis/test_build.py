"""build_graph: the stored graph as networkx, with every node kind, relation and filter."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import networkx as nx
import pytest
from sqlmodel import Session

from graph.analysis.build import build_graph, contact_graph, event_participants, filter_graph
from graph.errors import InvalidInput
from graph.store import curation
from graph.store.db import make_engine


def relations(G: nx.MultiDiGraph) -> Counter[str]:
    return Counter(d["relation"] for _, _, d in G.edges(data=True))


def events(G: nx.MultiDiGraph) -> set[str]:
    return {d["name"] for _, d in G.nodes(data=True) if d["kind"] == "event"}


def number(node: str) -> int:
    """The stored row behind a node: ``event:7`` is contact 7."""
    return int(node.split(":")[1])


# The events of articles/calls.json and articles/summit.json, by the names the graph builder gives them.
CALL = "phone call, 2022-02-11: Mark Milley – Valery Gerasimov"
FRANCE = "phone call, 2022-02-11: Mark Milley – France"
KULEBA = "phone call, 2022-02-11: Antony Blinken – Dmytro Kuleba"
PLANNED = "phone call, 2022-02-12: Joe Biden – Vladimir Putin"
VIDEO = "video call, 2022-02-10: Mikhail Mishustin – Olaf Scholz"
FINLAND = "meeting, 2021-09: Mark Milley – Valery Gerasimov"
PARIS = "meeting, 2021-09-15: Emmanuel Macron – Olaf Scholz – Volodymyr Zelensky"
MACRON = "phone call, 2021-09-16: Emmanuel Macron – Michail Mischustin"
LAVROV = "contact, undated: Antony Blinken – Sergei Lavrov"
CANCELLED = "meeting, undated: Dmytro Kuleba – Sergei Lavrov"
EVENTS = {CALL, FRANCE, KULEBA, PLANNED, VIDEO, FINLAND, PARIS, MACRON, LAVROV, CANCELLED}


def test_every_node_kind(stored_graph: nx.MultiDiGraph) -> None:
    kinds = Counter(kind for _, kind in stored_graph.nodes(data="kind"))
    assert (kinds["state"], kinds["official"], kinds["event"]) == (7, 12, 10)
    assert events(stored_graph) == EVENTS
    assert "NATO" in {d["name"] for _, d in stored_graph.nodes(data=True) if d["kind"] == "organization"}


def test_every_relation(stored_graph: nx.MultiDiGraph) -> None:
    # 10 events: nine with two participants, one with three; every official represents a state.
    assert relations(stored_graph) == {"participated_in": 21, "spoke_with": 12, "represents": 12,
                                       "deploys_to": 2, "located_in": 2}


def test_official_node(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    assert stored_graph.nodes[ids["Mark Milley"]] == {
        "kind": "official", "name": "Mark Milley", "label": "Mark Milley", "country": "United States",
        "role": "General", "aliases": ["Milley"]}
    assert stored_graph.has_edge(ids["Mark Milley"], ids["United States"], key="represents")


def test_event_node_carries_its_sources(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    event = stored_graph.nodes[ids[CALL]]
    assert (event["kind"], event["type"], event["date"], event["modality"]) == (
        "event", "phone_call", "2022-02-11", "occurred")
    assert (event["date_start"], event["date_end"], event["corroboration"]) == ("2022-02-11", "2022-02-11", 1)
    [source] = event["sources"]
    assert source["sentence"] == ("US General Mark Milley and his Russian counterpart General Valery Gerasimov "
                                  "spoke by telephone on Friday, the Pentagon said.")
    assert event_participants(stored_graph, ids[CALL]) == [ids["Mark Milley"], ids["Valery Gerasimov"]]


def test_a_three_party_meeting_links_every_pair(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    paris = ids[PARIS]
    pairs = {frozenset((u, v)) for u, v, k in stored_graph.edges(keys=True) if k == paris}
    macron, scholz, zelensky = ids["Emmanuel Macron"], ids["Olaf Scholz"], ids["Volodymyr Zelensky"]
    assert pairs == {frozenset((macron, scholz)), frozenset((macron, zelensky)), frozenset((scholz, zelensky))}
    assert event_participants(stored_graph, paris) == [macron, scholz, zelensky]
    assert stored_graph.edges[paris, ids["France"], "located_in"]["relation"] == "located_in"
    assert stored_graph.nodes[paris]["location"] == "France"


def test_deployments_are_state_to_state_edges(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    [(key, edge)] = stored_graph.get_edge_data(ids["United States"], ids["Poland"]).items()
    assert key.startswith("deployment:")
    assert {k: edge[k] for k in ("relation", "what", "quantity", "date", "modality")} == {
        "relation": "deploys_to", "what": "3,000 troops", "quantity": 3000, "date": "2022-02-11",
        "modality": "occurred"}
    assert edge["sources"][0]["sentence"] == (
        "The United States on Friday ordered 3,000 troops to Poland to bolster NATO's eastern flank.")
    [denied] = stored_graph.get_edge_data(ids["United States"], ids["Ukraine"]).values()
    assert (denied["relation"], denied["modality"]) == ("deploys_to", "denied")


def test_unfiltered_graph_keeps_actors_without_contacts(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    assert stored_graph.nodes[ids["NATO"]]["kind"] == "organization"
    assert not any(d["relation"] == "participated_in" for _, _, d in stored_graph.out_edges(ids["NATO"], data=True))


def test_period_filter_keeps_what_overlaps_and_prunes_actors(session: Session, ids: dict[str, str]) -> None:
    G = build_graph(session, since="2022", until="2022-02-11")
    assert events(G) == {CALL, FRANCE, KULEBA, VIDEO}
    assert ids["Joe Biden"] not in G  # his only contact is planned for the 12th
    assert ids["NATO"] not in G and ids["Sergei Lavrov"] not in G
    assert ids["Russia"] in G  # the state Gerasimov and Mishustin represent
    assert [d["what"] for _, _, d in G.edges(data=True) if d["relation"] == "deploys_to"] == ["3,000 troops"]
    assert (G.graph["since"], G.graph["until"]) == ("2022-01-01", "2022-02-11")


def test_a_month_event_is_in_a_period_that_overlaps_it(session: Session) -> None:
    G = build_graph(session, since="2021-09-20", until="2021-12")
    assert events(G) == {FINLAND}  # "2021-09" may be after the 20th; the 15th and 16th are not


def test_type_and_modality_filters(session: Session) -> None:
    meetings = build_graph(session, types=["meeting"])
    assert events(meetings) == {FINLAND, PARIS, CANCELLED}
    assert relations(meetings)["deploys_to"] == 2  # types narrow events only
    planned = build_graph(session, modalities=["planned"])
    assert events(planned) == {PLANNED}
    assert relations(planned)["deploys_to"] == 0


def test_filter_graph_is_build_graph_in_memory(session: Session, stored_graph: nx.MultiDiGraph) -> None:
    filters = {"since": "2021-09-15", "types": ["meeting", "phone_call"], "modalities": ["occurred"]}
    built = build_graph(session, **filters)  # type: ignore[arg-type]
    narrowed = filter_graph(stored_graph, **filters)  # type: ignore[arg-type]
    assert events(built) == {CALL, FRANCE, KULEBA, FINLAND, PARIS, MACRON}
    assert dict(built.nodes(data=True)) == dict(narrowed.nodes(data=True))
    assert sorted(built.edges(keys=True)) == sorted(narrowed.edges(keys=True))
    assert filter_graph(stored_graph) is not stored_graph


def test_deleted_contacts_are_left_out(session: Session, ids: dict[str, str]) -> None:
    curation.delete_contact(session, number(ids[CALL]))
    session.commit()
    G = build_graph(session)
    assert ids[CALL] not in G
    assert not any(k == ids[CALL] for _, _, k in G.edges(keys=True))
    assert contact_graph(G).edges[ids["Mark Milley"], ids["Valery Gerasimov"]]["weight"] == 1


@pytest.mark.parametrize(("filters", "message"), [
    ({"since": "2022-13"}, "not a date"),
    ({"since": "2022-03", "until": "2022-01"}, "is after"),
    ({"types": ["telepathy"]}, "unknown type 'telepathy'"),
    ({"modalities": ["maybe"]}, "unknown modality 'maybe'"),
])
def test_bad_filters(session: Session, filters: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        build_graph(session, **filters)  # type: ignore[arg-type]


def test_contact_graph_collapses_events_into_weighted_contacts(
    stored_graph: nx.MultiDiGraph, ids: dict[str, str]
) -> None:
    C = contact_graph(stored_graph)
    assert set(C) == {n for n, kind in stored_graph.nodes(data="kind") if kind != "event"}
    assert C.edges[ids["Mark Milley"], ids["Valery Gerasimov"]] == {
        "weight": 2, "events": sorted([number(ids[CALL]), number(ids[FINLAND])]), "first": "2021-09",
        "last": "2022-02-11"}
    assert C.edges[ids["Emmanuel Macron"], ids["Volodymyr Zelensky"]]["events"] == [number(ids[PARIS])]
    assert C.number_of_edges() == 11  # 12 spoke_with edges, two of them Milley–Gerasimov


def test_contact_graph_counts_an_event_once_and_keeps_event_ids_sorted() -> None:
    G = nx.MultiDiGraph()
    for u, v, event in (("a", "b", 9), ("b", "a", 9), ("a", "b", 3), ("a", "b", None), ("a", "b", 5)):
        G.add_edge(u, v, relation="spoke_with", event=event)
    # Event 9 seen from both sides counts once; an edge without an event id still counts.
    assert contact_graph(G).edges["a", "b"] == {"weight": 4, "events": [3, 5, 9], "first": None, "last": None}


def test_every_backend_reads_the_same_graph(
    database_url: str, stored_in: Callable[[str], None], stored_graph: nx.MultiDiGraph
) -> None:
    """SQLite and PostgreSQL (the root conftest's ``database_url``) give the same networkx graph."""
    stored_in(database_url)
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            G = build_graph(session, since="2021", modalities=["occurred", "planned"])
            H = build_graph(session)
    finally:
        engine.dispose()
    assert dict(H.nodes(data=True)) == dict(stored_graph.nodes(data=True))
    assert sorted(H.edges(keys=True)) == sorted(stored_graph.edges(keys=True))
    assert events(G) == EVENTS - {LAVROV, CANCELLED}  # undated, and cancelled
