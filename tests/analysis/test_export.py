"""Exports: GraphML and GEXF read back by networkx with the same nodes and edges; JSON and CSV too."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile

import networkx as nx
import pytest
from sqlmodel import Session

from graph.analysis.build import build_graph, contact_graph
from graph.analysis.export import to_csv, to_csv_zip, to_gexf, to_graphml, to_json
from graph.store import curation

GEXF = "{http://www.gexf.net/1.2draft}"
# Events of articles/*.json, by the names the graph builder gives them.
CALL = "phone call, 2022-02-11: Mark Milley – Valery Gerasimov"
FINLAND = "meeting, 2021-09: Mark Milley – Valery Gerasimov"
LAVROV = "contact, undated: Antony Blinken – Sergei Lavrov"


def keyed_edges(H: nx.Graph) -> list[tuple[str, str, str]]:
    """A read-back graph's edges with their keys; without parallel edges the readers return a DiGraph
    and keep the key in the edge's ``id`` (GEXF ids read ``source->target:key``)."""
    if H.is_multigraph():
        return sorted(H.edges(keys=True))
    return sorted((u, v, d["id"].removeprefix(f"{u}->{v}:")) for u, v, d in H.edges(data=True))


def same_nodes_and_edges(H: nx.Graph, G: nx.Graph) -> None:
    assert set(H.nodes) == set(G.nodes)
    if G.is_multigraph():
        assert keyed_edges(H) == sorted(G.edges(keys=True))
    else:
        assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in G.edges}


def deployment(G: nx.MultiDiGraph, ids: dict[str, str], source: str, target: str) -> str:
    """The key of the one deploys_to edge from one state to another."""
    [key] = G.get_edge_data(ids[source], ids[target])
    return str(key)


def test_graphml_round_trip(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    H = nx.read_graphml(io.StringIO(to_graphml(stored_graph)), force_multigraph=True)
    same_nodes_and_edges(H, stored_graph)
    for node, data in stored_graph.nodes(data=True):
        assert H.nodes[node]["kind"] == data["kind"] and H.nodes[node]["name"] == data["name"]
    assert H.nodes[ids["Mark Milley"]]["aliases"] == "Milley"
    assert "location" not in H.nodes[ids[CALL]]  # None is dropped: GraphML has no null
    assert json.loads(H.nodes[ids[CALL]]["sources"])[0]["article_id"] == 1
    us_poland = deployment(stored_graph, ids, "United States", "Poland")
    assert H.edges[ids["United States"], ids["Poland"], us_poland]["quantity"] == 3000
    assert {d["relation"] for _, _, d in H.edges(data=True)} == {
        "participated_in", "spoke_with", "represents", "deploys_to", "located_in"}


def test_gexf_round_trip(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    H = nx.read_gexf(io.StringIO(to_gexf(stored_graph)))
    same_nodes_and_edges(H, stored_graph)
    milley = ids["Mark Milley"]
    assert H.nodes[milley]["kind"] == "official" and H.nodes[milley]["label"] == "Mark Milley"
    spoke = H.edges[milley, ids["Valery Gerasimov"], ids[CALL]]
    assert (spoke["relation"], spoke["contact_type"], spoke["modality"]) == ("spoke_with", "phone_call", "occurred")


def test_gexf_is_dynamic_over_the_facts_dates(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    graph = ET.fromstring(to_gexf(stored_graph)).find(f"{GEXF}graph")
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in graph.iter(f"{GEXF}node")}
    finland = nodes[ids[FINLAND]]
    assert (finland.get("start"), finland.get("end")) == ("2021-09-01", "2021-09-30")
    assert nodes[ids["Mark Milley"]].get("start") is None  # actors stay visible over the whole timeline
    assert nodes[ids[LAVROV]].get("start") is None  # so do undated contacts
    edges = {e.get("id"): e for e in graph.iter(f"{GEXF}edge")}
    assert edges[f"{ids['Mark Milley']}->{ids['Valery Gerasimov']}:{ids[CALL]}"].get("start") == "2022-02-11"
    us_poland = deployment(stored_graph, ids, "United States", "Poland")
    assert edges[f"{ids['United States']}->{ids['Poland']}:{us_poland}"].get("start") == "2022-02-11"


def test_contact_graph_exports(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    C = contact_graph(stored_graph)
    same_nodes_and_edges(nx.read_graphml(io.StringIO(to_graphml(C))), C)
    H = nx.read_gexf(io.StringIO(to_gexf(C)))
    assert H.edges[ids["Mark Milley"], ids["Valery Gerasimov"]]["weight"] == 2
    same_nodes_and_edges(H, C)


def test_json_round_trip(stored_graph: nx.MultiDiGraph, ids: dict[str, str]) -> None:
    data = json.loads(json.dumps(to_json(stored_graph)))
    H = nx.node_link_graph(data, edges="edges")
    same_nodes_and_edges(H, stored_graph)
    assert H.nodes[ids[CALL]]["sources"] == stored_graph.nodes[ids[CALL]]["sources"]


def test_csv(stored_graph: nx.MultiDiGraph) -> None:
    nodes_text, edges_text = to_csv(stored_graph)
    nodes = list(csv.DictReader(io.StringIO(nodes_text)))
    edges = list(csv.DictReader(io.StringIO(edges_text)))
    assert {row["id"] for row in nodes} == set(stored_graph.nodes)
    assert list(nodes[0])[:5] == ["id", "kind", "name", "country", "role"]
    assert list(edges[0])[:4] == ["source", "target", "key", "relation"]
    assert sorted((r["source"], r["target"], r["key"]) for r in edges) == sorted(stored_graph.edges(keys=True))
    with zipfile.ZipFile(io.BytesIO(to_csv_zip(stored_graph))) as archive:
        assert archive.namelist() == ["nodes.csv", "edges.csv"]
        assert archive.read("edges.csv").decode() == edges_text


def test_an_empty_graph_exports() -> None:
    G = nx.MultiDiGraph(name="diplograph", since=None)
    assert nx.read_graphml(io.StringIO(to_graphml(G))).number_of_nodes() == 0
    assert nx.read_gexf(io.StringIO(to_gexf(G))).number_of_nodes() == 0
    assert to_csv(G) == ("id\n", "source\n")


@pytest.mark.parametrize("export", [to_graphml, to_gexf])
def test_filtered_exports_round_trip(session: Session, export: object) -> None:
    G = build_graph(session, since="2021-09", until="2021-09", modalities=["occurred"])
    assert G.number_of_edges() > 0  # the filter leaves something to round-trip
    text = export(G)  # type: ignore[operator]
    read = nx.read_gexf if export is to_gexf else nx.read_graphml
    same_nodes_and_edges(read(io.StringIO(text)), G)


def test_merging_two_officials_exports_one_node_with_both_contacts(session: Session, ids: dict[str, str]) -> None:
    # The resolver cannot know the two spellings are one man: "Mikhail Mishustin" spoke with Scholz,
    # "Michail Mischustin" with Macron. An analyst merges the second into the first.
    kept, merged = ids["Mikhail Mishustin"], ids["Michail Mischustin"]
    curation.merge_officials(session, int(kept.removeprefix("official:")), int(merged.removeprefix("official:")))
    session.commit()
    H = nx.read_graphml(io.StringIO(to_graphml(build_graph(session))), force_multigraph=True)
    assert merged not in H
    assert H.nodes[kept]["name"] == "Mikhail Mishustin"
    assert [n for n, d in H.nodes(data=True) if d["kind"] == "official" and "Mis" in d["name"]] == [kept]
    counterparts = {H.nodes[v]["name"] for _, v, d in H.out_edges(kept, data=True)
                    if d["relation"] == "spoke_with"}
    counterparts |= {H.nodes[u]["name"] for u, _, d in H.in_edges(kept, data=True)
                     if d["relation"] == "spoke_with"}
    assert counterparts == {"Olaf Scholz", "Emmanuel Macron"}
