"""GET /v1/graph and /v1/analysis/…: the analysis functions over HTTP, with the shared filters."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.settings import Settings
from graph.extraction.records import ArticleExtraction


class NoExtraction:
    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        return ArticleExtraction()


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    settings = Settings(database_url=db_url, embedded_worker=False, api_key=None)
    with TestClient(create_app(settings, extractor=NoExtraction())) as client:
        yield client


def test_graph_json_is_node_link_data(client: TestClient, stored_graph: nx.MultiDiGraph) -> None:
    response = client.get("/v1/graph")
    assert response.status_code == 200
    G = nx.node_link_graph(response.json(), edges="edges")
    assert set(G.nodes) == set(stored_graph.nodes)
    assert sorted(G.edges(keys=True)) == sorted(stored_graph.edges(keys=True))


@pytest.mark.parametrize(("fmt", "media_type", "read"), [
    ("graphml", "application/graphml+xml", lambda data: nx.read_graphml(io.BytesIO(data), force_multigraph=True)),
    ("gexf", "application/gexf+xml", lambda data: nx.read_gexf(io.BytesIO(data))),
])
def test_graph_downloads_read_back_with_networkx(client: TestClient, stored_graph: nx.MultiDiGraph, fmt: str,
                                                 media_type: str, read: object) -> None:
    response = client.get("/v1/graph", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert f'filename="diplograph.{fmt}"' in response.headers["content-disposition"]
    H = read(response.content)  # type: ignore[operator]
    assert set(H.nodes) == set(stored_graph.nodes)
    assert sorted(H.edges(keys=True)) == sorted(stored_graph.edges(keys=True))


def test_graph_csv_is_a_zip_of_nodes_and_edges(client: TestClient, stored_graph: nx.MultiDiGraph) -> None:
    response = client.get("/v1/graph", params={"format": "csv"})
    assert response.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        nodes = archive.read("nodes.csv").decode().splitlines()
        edges = archive.read("edges.csv").decode().splitlines()
    assert nodes[0].startswith("id,kind,name,country,role")
    assert len(nodes) == stored_graph.number_of_nodes() + 1
    assert len(edges) == stored_graph.number_of_edges() + 1


def test_graph_filters(client: TestClient) -> None:
    response = client.get("/v1/graph", params=[("since", "2022"), ("type", "phone_call"), ("type", "video_call"),
                                                ("modality", "occurred")])
    graph = response.json()
    events = [n for n in graph["nodes"] if n["kind"] == "event"]
    assert {(e["type"], e["modality"]) for e in events} == {("phone_call", "occurred"), ("video_call", "occurred")}
    assert all(e["date"] >= "2022" for e in events)
    assert graph["graph"]["types"] == ["phone_call", "video_call"]


@pytest.mark.parametrize("params", [
    {"since": "2022-13"}, {"since": "Friday"}, {"since": "2022-03", "until": "2022-01"}, {"type": "telepathy"},
    {"modality": "maybe"}, {"format": "pdf"},
])
def test_bad_filters_are_422(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/v1/graph", params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_ego(client: TestClient, ids: dict[str, str]) -> None:
    body = client.get("/v1/analysis/ego", params={"actor": "Milley"}).json()
    milley = ids["Mark Milley"]
    assert body["center"] == {"node": milley, "kind": "official", "name": "Mark Milley", "country": "United States"}
    assert [n["name"] for n in body["nodes"]] == ["Mark Milley", "France", "Valery Gerasimov"]
    assert {(e["source"], e["target"], e["weight"]) for e in body["edges"]} == {
        (milley, ids["Valery Gerasimov"], 2), (milley, ids["France"], 1)}


def test_ego_of_an_unknown_actor_is_404(client: TestClient) -> None:
    response = client.get("/v1/analysis/ego", params={"actor": "Zelenskyy Nobody"})
    assert response.status_code == 404
    assert "Zelenskyy Nobody" in response.json()["detail"]


def test_path(client: TestClient) -> None:
    body = client.get("/v1/analysis/path", params={"source": "Kuleba", "target": "Lavrov"}).json()
    assert body["connected"] is True
    assert [n["name"] for n in body["chain"]] == ["Dmytro Kuleba", "Sergei Lavrov"]
    scoped = client.get("/v1/analysis/path",
                        params={"source": "Kuleba", "target": "Lavrov", "modality": "occurred"}).json()
    assert [n["name"] for n in scoped["chain"]] == ["Dmytro Kuleba", "Antony Blinken", "Sergei Lavrov"]


def test_path_between_unconnected_actors(client: TestClient) -> None:
    body = client.get("/v1/analysis/path", params={"source": "Milley", "target": "Macron"}).json()
    assert (body["connected"], body["length"], body["chain"]) == (False, None, [])


def test_centrality_and_brokers(client: TestClient) -> None:
    ranked = client.get("/v1/analysis/centrality",
                        params={"kind": "betweenness", "only": "official", "top": 3}).json()
    assert len(ranked) == 3 and all(r["kind"] == "official" for r in ranked)
    assert ranked[0]["name"] in {"Emmanuel Macron", "Olaf Scholz", "Dmytro Kuleba", "Antony Blinken", "Sergei Lavrov"}
    assert ranked == sorted(ranked, key=lambda r: -r["score"])
    names = [b["name"] for b in client.get("/v1/analysis/brokers").json()]
    assert "Emmanuel Macron" in names


def test_communities_timeline_activity_matrix(client: TestClient) -> None:
    groups = client.get("/v1/analysis/communities", params={"seed": 3}).json()
    assert any({"Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"} <= {m["name"] for m in g["members"]}
               for g in groups)
    line = client.get("/v1/analysis/timeline", params={"actor": "Gerasimov"}).json()
    assert [(e["date"], e["type"]) for e in line] == [("2021-09", "meeting"), ("2022-02-11", "phone_call")]
    months = client.get("/v1/analysis/activity", params={"by": "year"}).json()
    assert months == [{"period": "2021", "count": 3}, {"period": "2022", "count": 5}]
    matrix = client.get("/v1/analysis/matrix", params={"modality": "occurred"}).json()
    pair = next(p for p in matrix["pairs"] if (p["a"], p["b"]) == ("Russia", "United States"))
    assert pair["count"] == 3


def test_every_analysis_route_is_documented(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for name in ("ego", "path", "centrality", "brokers", "communities", "timeline", "activity", "matrix"):
        assert f"/v1/analysis/{name}" in paths
    assert "/v1/graph" in paths and "/v1/ask" in paths
