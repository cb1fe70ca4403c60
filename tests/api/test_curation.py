"""Curation through the API: merge, rename/correct, delete a contact, and the log of it all."""

from __future__ import annotations

from typing import Any
from unittest.mock import ANY

import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def graph(client: TestClient, canned: Any) -> None:
    for text in (canned.call, canned.smiths):
        assert client.post("/v1/articles?wait=true", json={"text": text}).status_code == 201


def test_rename_and_correct_an_official(client: TestClient, graph: None) -> None:
    response = client.patch("/v1/officials/3", json={"name": "John Anthony Smith", "role": "Ambassador"})
    renamed = {"id": 3, "name": "John Anthony Smith", "aliases": ["Smith", "John Smith"],
               "country": "United Kingdom", "role": "Ambassador", "contact_count": 1}
    assert (response.status_code, response.json()) == (200, renamed)
    assert client.get("/v1/officials/3").json() == renamed
    assert client.get("/v1/contacts?participant=John%20Anthony%20Smith").json()["total"] == 1

    def snapshot(name: str, role: str, aliases: list[str], curated: bool) -> dict[str, Any]:
        return {"id": 3, "name": name, "role": role, "country": "United Kingdom", "aliases": aliases,
                "curated": curated}

    renamed_envoy = snapshot("John Anthony Smith", "envoy", ["Smith", "John Smith"], True)
    assert client.get("/v1/curations").json() == {"items": [
        {"id": 2, "at": ANY, "action": "update_official", "target_kind": "official", "target_id": 3,
         "detail": {"before": renamed_envoy,
                    "after": snapshot("John Anthony Smith", "Ambassador", ["Smith", "John Smith"], True)}},
        {"id": 1, "at": ANY, "action": "rename_official", "target_kind": "official", "target_id": 3,
         "detail": {"before": snapshot("John Smith", "envoy", ["Smith"], False), "after": renamed_envoy}},
    ], "total": 2}


def test_an_empty_patch_is_422(client: TestClient, graph: None) -> None:
    response = client.patch("/v1/officials/3", json={})
    assert (response.status_code, response.json()) == (422, {"detail": [{
        "type": "nothing_to_change", "loc": ["body"], "msg": "send at least one of 'name', 'role', 'country'",
        "input": {}}]})


def test_an_unknown_field_is_422(client: TestClient, graph: None) -> None:
    response = client.patch("/v1/officials/3", json={"rank": "General"})
    assert (response.status_code, response.json()) == (422, {"detail": [{
        "type": "extra_forbidden", "loc": ["body", "rank"], "msg": "Extra inputs are not permitted",
        "input": "General"}]})


def test_patching_an_unknown_official_is_404(client: TestClient, graph: None) -> None:
    response = client.patch("/v1/officials/99", json={"role": "Ambassador"})
    assert (response.status_code, response.json()) == (404, {"detail": "no official with id 99"})
    assert client.get("/v1/curations").json() == {"items": [], "total": 0}


def test_merge_folds_the_duplicate_in(client: TestClient, graph: None) -> None:
    response = client.post("/v1/officials/4/merge", json={"merge_id": 3})
    assert (response.status_code, response.json()) == (200, {
        "id": 4, "name": "Jane Smith", "aliases": ["Smith", "John Smith"], "country": "United States",
        "role": "diplomat", "contact_count": 1})
    assert client.get("/v1/officials/3").status_code == 404
    [entry] = client.get("/v1/curations").json()["items"]
    assert (entry["action"], entry["target_kind"], entry["target_id"]) == ("merge_officials", "official", 4)
    assert entry["detail"]["before"]["merge"]["name"] == "John Smith"


@pytest.mark.parametrize(
    ("path", "body", "status", "detail"),
    [
        ("/v1/officials/4/merge", {"merge_id": 4}, 422,
         "merge_id is the official itself: name the duplicate to fold in"),
        ("/v1/officials/4/merge", {"merge_id": 99}, 404, "no official with id 99"),
        ("/v1/officials/99/merge", {"merge_id": 4}, 404, "no official with id 99"),
    ],
)
def test_merge_refusals(
    client: TestClient, graph: None, path: str, body: dict[str, Any], status: int, detail: str
) -> None:
    response = client.post(path, json=body)
    assert (response.status_code, response.json()) == (status, {"detail": detail})
    assert client.get("/v1/officials").json()["total"] == 4


def test_merge_needs_an_integer_id(client: TestClient, graph: None) -> None:
    response = client.post("/v1/officials/4/merge", json={"merge_id": "John"})
    assert (response.status_code, response.json()) == (422, {"detail": [{
        "type": "int_parsing", "loc": ["body", "merge_id"],
        "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "John"}]})


def test_delete_a_contact(client: TestClient, graph: None) -> None:
    response = client.delete("/v1/contacts/1")
    assert (response.status_code, response.content) == (204, b"")
    assert [c["id"] for c in client.get("/v1/contacts").json()["items"]] == [2]
    assert client.get("/v1/who-spoke-with?name=Gerasimov").json()["counterparts"] == []
    again = client.delete("/v1/contacts/1")
    assert (again.status_code, again.json()) == (404, {"detail": "no contact with id 1"})


def test_a_deleted_contact_stays_deleted_when_its_article_comes_again(
    client: TestClient, graph: None, canned: Any
) -> None:
    client.delete("/v1/contacts/1")
    assert client.post("/v1/articles?wait=true", json={"text": canned.call}).status_code == 200
    assert client.get("/v1/contacts?participant=Milley").json() == {"items": [], "total": 0}
