"""DIPLOGRAPH_API_KEY: every write under /v1 needs the bearer key, reads and health checks never do."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

MISSING = {"detail": "Missing API key: send the header 'Authorization: Bearer <DIPLOGRAPH_API_KEY>'"}
WRONG = {"detail": "Wrong API key"}


def write_operations(client: TestClient) -> set[tuple[str, str]]:
    """Every write the API documents, path parameters set to 1: routes added later are covered too."""
    paths = client.get("/openapi.json").json()["paths"]
    return {
        (method.upper(), re.sub(r"\{[^}]+\}", "1", path))
        for path, operations in paths.items()
        for method in operations
        if method in {"post", "put", "patch", "delete"}
    }


def test_a_write_without_the_key_is_401(keyed_client: TestClient, canned: Any) -> None:
    response = keyed_client.post("/v1/articles", json={"text": canned.call})
    assert (response.status_code, response.json()) == (401, MISSING)
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer nope", "Bearer test-key2", "Basic dGVzdC1rZXk=", "test-key"])
def test_a_wrong_key_is_401(keyed_client: TestClient, canned: Any, header: str) -> None:
    response = keyed_client.post("/v1/articles", json={"text": canned.call}, headers={"Authorization": header})
    assert response.status_code == 401
    assert response.json() in (MISSING, WRONG)
    assert keyed_client.get("/v1/articles").json()["total"] == 0


def test_the_key_is_checked_before_the_body(keyed_client: TestClient) -> None:
    """An anonymous caller learns nothing about what the endpoint would accept."""
    response = keyed_client.post("/v1/articles", json={"text": ""})
    assert (response.status_code, response.json()) == (401, MISSING)


def test_the_right_key_writes(keyed_client: TestClient, canned: Any) -> None:
    response = keyed_client.post("/v1/articles", json={"text": canned.call},
                                 headers={"Authorization": "Bearer test-key"})
    assert response.status_code == 202


def test_every_write_route_is_guarded(keyed_client: TestClient) -> None:
    operations = write_operations(keyed_client)
    assert {("POST", "/v1/articles"), ("DELETE", "/v1/contacts/1"), ("PATCH", "/v1/officials/1"),
            ("POST", "/v1/officials/1/merge")} <= operations
    for method, path in sorted(operations):
        response = keyed_client.request(method, path)
        assert (response.status_code, response.json()) == (401, MISSING), (method, path)


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/contacts", "/v1/officials", "/v1/states",
                                  "/v1/deployments", "/v1/curations", "/healthz"])
def test_reads_need_no_key(keyed_client: TestClient, path: str) -> None:
    assert keyed_client.get(path).status_code == 200


def test_without_a_configured_key_writes_are_open(make_client: Callable[..., TestClient], canned: Any) -> None:
    client = make_client(api_key="")  # an empty DIPLOGRAPH_API_KEY means no key, not the empty key
    assert client.post("/v1/articles", json={"text": canned.call}).status_code == 202
