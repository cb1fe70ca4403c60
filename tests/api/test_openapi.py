"""/docs and /openapi.json describe every endpoint of the contract, with examples and the Authorize button."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.settings import Settings

CONTRACT = [
    ("post", "/v1/articles"),
    ("get", "/v1/articles"),
    ("get", "/v1/articles/{article_id}"),
    ("get", "/v1/contacts"),
    ("delete", "/v1/contacts/{contact_id}"),
    ("get", "/v1/who-spoke-with"),
    ("get", "/v1/deployments"),
    ("get", "/v1/officials"),
    ("get", "/v1/officials/{official_id}"),
    ("patch", "/v1/officials/{official_id}"),
    ("post", "/v1/officials/{official_id}/merge"),
    ("get", "/v1/states"),
    ("get", "/v1/curations"),
    ("get", "/v1/graph"),
    ("get", "/healthz"),
]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The schema needs no started app: nothing here touches the database."""
    return create_app(Settings(database_url="sqlite:///unused.db", embedded_worker=False)).openapi()


@pytest.mark.parametrize(("method", "path"), CONTRACT)
def test_every_endpoint_is_documented(spec: dict[str, Any], method: str, path: str) -> None:
    operation = spec["paths"][path][method]
    assert operation["summary"] and operation["tags"]
    assert any(code.startswith("2") for code in operation["responses"])


def test_request_bodies_carry_examples(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in ("ArticleSubmission", "MergeRequest", "OfficialUpdate"):
        assert schemas[name]["examples"], name
    example = schemas["ArticleSubmission"]["examples"][0]
    assert example["text"] and example["published_at"] == "2021-11-10"


def test_responses_carry_examples(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["ArticleDetail"]["examples"][0]["contacts"][0]["type"] == "phone_call"
    submit = spec["paths"]["/v1/articles"]["post"]["responses"]
    assert set(submit) == {"200", "201", "202", "401", "413", "422"}
    assert submit["413"]["content"]["application/json"]["example"]["detail"].startswith("text is 250,000")
    who = spec["paths"]["/v1/who-spoke-with"]["get"]["responses"]
    assert who["409"]["content"]["application/json"]["example"]["detail"]["candidates"]


def test_the_authorize_button_sends_a_bearer_key(spec: dict[str, Any]) -> None:
    assert spec["components"]["securitySchemes"]["APIKey"]["type"] == "http"
    assert spec["components"]["securitySchemes"]["APIKey"]["scheme"] == "bearer"
    assert spec["paths"]["/v1/articles"]["post"]["security"] == [{"APIKey": []}]


def test_swagger_ui_is_served(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "swagger-ui" in response.text and "/openapi.json" in response.text
