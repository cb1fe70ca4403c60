"""The read side: contacts with filters, who-spoke-with, deployments, officials, states, health."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.store.db import make_engine

JOHN_SMITH = {"id": 3, "kind": "official", "name": "John Smith", "country": "United Kingdom", "role": "envoy"}
JANE_SMITH = {"id": 4, "kind": "official", "name": "Jane Smith", "country": "United States", "role": "diplomat"}


def participant(seed: Any, id: int, name: str) -> dict[str, Any]:
    """An official of the seed's call as the API shows it: name, country and role as the gold has them."""
    official = seed.official(name)
    return {"id": id, "kind": "official", "name": name, "country": official["country"], "role": official["role"]}


def ingest(client: TestClient, text: str) -> dict[str, Any]:
    response = client.post("/v1/articles?wait=true", json={"text": text, "published_at": "2022-02-11"})
    assert response.status_code == 201, response.json()
    return response.json()  # type: ignore[no-any-return]


@pytest.fixture
def graph(client: TestClient, canned: Any) -> dict[str, dict[str, Any]]:
    """Two processed articles: the reference article (canned: its gold Milley–Gerasimov call and a deployment),
    and two Smiths meeting."""
    call = ingest(client, canned.call)["contacts"][0]
    meeting = ingest(client, canned.smiths)["contacts"][0]
    return {"call": call, "meeting": meeting}


def test_contacts_lists_every_contact_most_recent_first(client: TestClient, graph: dict[str, Any]) -> None:
    assert client.get("/v1/contacts").json() == {"items": [graph["call"], graph["meeting"]], "total": 2}


def test_the_call_is_shaped_as_the_contract_says(graph: dict[str, Any], seed: Any) -> None:
    cited = seed.call_evidence
    assert graph["call"] == {
        "id": 1, "type": seed.call["type"], "date": seed.call["date"], "modality": seed.call["modality"],
        "location": seed.call["location"],
        "participants": [participant(seed, id, name) for id, name in enumerate(seed.call["participants"], start=1)],
        "sources": [{"article_id": 1, "sentence": cited.sentence, "start": cited.start, "end": cited.end}],
        "confidence": 0.9, "corroboration": 1,
    }
    [source] = graph["call"]["sources"]
    assert seed.text[source["start"]:source["end"]] == source["sentence"]
    assert seed.call["evidence"] in source["sentence"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("participant=Gerasimov", ["call"]),
        ("participant=mark%20milley", ["call"]),
        ("participant=Jane%20Smith", ["meeting"]),
        ("country=Russia", ["call"]),
        ("country=United%20Kingdom", ["meeting"]),
        ("type=meeting", ["meeting"]),
        ("modality=planned", []),
        ("since=2022-02-10", ["call"]),
        ("until=2022-02-10", ["meeting"]),
        ("article_id=2", ["meeting"]),
        ("limit=1", ["call"]),
        ("limit=1&offset=1", ["meeting"]),
    ],
)
def test_contact_filters(client: TestClient, graph: dict[str, Any], query: str, expected: list[str]) -> None:
    body = client.get(f"/v1/contacts?{query}").json()
    assert [item["id"] for item in body["items"]] == [graph[name]["id"] for name in expected]


def test_paging_keeps_the_total(client: TestClient, graph: dict[str, Any]) -> None:
    assert client.get("/v1/contacts?limit=1&offset=1").json() == {"items": [graph["meeting"]], "total": 2}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=telepathy", {"detail": [{"type": "literal_error", "loc": ["query", "type"],
                                        "msg": "Input should be 'phone_call', 'video_call', 'meeting', 'visit' "
                                               "or 'contact'", "input": "telepathy",
                                        "ctx": {"expected": "'phone_call', 'video_call', 'meeting', 'visit' "
                                                            "or 'contact'"}}]}),
        ("since=last%20week", {"detail": [{"type": "date_from_datetime_parsing", "loc": ["query", "since"],
                                           "msg": "Input should be a valid date or datetime, input is too short",
                                           "input": "last week",
                                           "ctx": {"error": "input is too short"}}]}),
        ("limit=0", {"detail": [{"type": "greater_than_equal", "loc": ["query", "limit"],
                                 "msg": "Input should be greater than or equal to 1", "input": "0",
                                 "ctx": {"ge": 1}}]}),
        ("article_id=first", {"detail": [{"type": "int_parsing", "loc": ["query", "article_id"],
                                          "msg": "Input should be a valid integer, unable to parse string as an "
                                                 "integer", "input": "first"}]}),
    ],
)
def test_bad_filters_are_422(client: TestClient, query: str, expected: dict[str, Any]) -> None:
    response = client.get(f"/v1/contacts?{query}")
    assert (response.status_code, response.json()) == (422, expected)


def test_who_spoke_with(client: TestClient, graph: dict[str, Any], seed: Any) -> None:
    response = client.get("/v1/who-spoke-with?name=gerasimov")
    assert response.json() == {
        "subject": participant(seed, 2, "Valery Gerasimov"),
        "counterparts": [{"participant": participant(seed, 1, "Mark Milley"), "contacts": [graph["call"]]}],
    }


def test_who_spoke_with_an_unknown_name_is_404(client: TestClient, graph: dict[str, Any]) -> None:
    response = client.get("/v1/who-spoke-with?name=Shoigu")
    assert (response.status_code, response.json()) == (
        404, {"detail": "no official or state named 'Shoigu' in the graph"})


def test_who_spoke_with_an_ambiguous_name_lists_the_candidates(client: TestClient, graph: dict[str, Any]) -> None:
    response = client.get("/v1/who-spoke-with?name=Smith")
    assert (response.status_code, response.json()) == (409, {"detail": {
        "message": "'Smith' matches 2 officials: John Smith (United Kingdom, id 3), Jane Smith (United States, "
                   "id 4); use a full name",
        "candidates": ["John Smith", "Jane Smith"],
    }})


def test_who_spoke_with_needs_a_name(client: TestClient) -> None:
    response = client.get("/v1/who-spoke-with?name=")
    assert (response.status_code, response.json()) == (422, {"detail": [{
        "type": "string_too_short", "loc": ["query", "name"], "msg": "String should have at least 1 character",
        "input": "", "ctx": {"min_length": 1}}]})


def test_deployments(client: TestClient, graph: dict[str, Any], seed: Any) -> None:
    cited = seed.troops_evidence
    deployment = {
        "id": 1, "from": {"id": 1, "name": "United States"}, "to": {"id": 3, "name": "Poland"},
        "what": seed.troops["what"], "quantity": 3000, "date": seed.troops["date"],
        "modality": seed.troops["modality"],
        "sources": [{"article_id": 1, "sentence": cited.sentence, "start": cited.start, "end": cited.end}],
    }
    assert client.get("/v1/deployments").json() == {"items": [deployment], "total": 1}
    assert seed.text[cited.start:cited.end] == cited.sentence and seed.troops["evidence"] in cited.sentence
    assert client.get("/v1/deployments?from=United%20States&to=Poland").json()["total"] == 1
    assert client.get("/v1/deployments?from=Poland").json() == {"items": [], "total": 0}
    assert client.get("/v1/deployments?since=2022-03-01").json() == {"items": [], "total": 0}


def test_officials_search_and_read(client: TestClient, graph: dict[str, Any], seed: Any) -> None:
    gold = seed.official("Mark Milley")
    milley = {"id": 1, "name": "Mark Milley", "aliases": ["Milley"], "country": gold["country"],
              "role": gold["role"], "contact_count": 1}
    assert client.get("/v1/officials?q=milley").json() == {"items": [milley], "total": 1}
    assert client.get("/v1/officials").json()["total"] == 4
    assert client.get("/v1/officials/1").json() == milley
    response = client.get("/v1/officials/99")
    assert (response.status_code, response.json()) == (404, {"detail": "no official with id 99"})


def test_states(client: TestClient, graph: dict[str, Any]) -> None:
    assert client.get("/v1/states").json() == {
        "items": [
            {"id": 3, "name": "Poland", "code": "PL", "official_count": 0},
            {"id": 2, "name": "Russia", "code": "RU", "official_count": 1},
            {"id": 5, "name": "Switzerland", "code": "CH", "official_count": 0},
            {"id": 4, "name": "United Kingdom", "code": "GB", "official_count": 1},
            {"id": 1, "name": "United States", "code": "US", "official_count": 2},
        ],
        "total": 5,
    }


def test_health(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "worker": "off"}


def test_health_is_503_when_the_database_does_not_answer(client: TestClient, tmp_path: Path) -> None:
    broken = make_engine(f"sqlite:///{tmp_path / 'no-such-folder' / 'x.db'}")
    client.app.state.engine = broken  # type: ignore[attr-defined]
    response = client.get("/healthz")
    assert (response.status_code, response.json()) == (503, {"detail": "database unavailable: OperationalError"})
    broken.dispose()
