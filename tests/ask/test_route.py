"""GET /v1/ask: the answer as JSON, and the 4xx a question that cannot be answered gets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine

from app.api.main import create_app
from app.settings import Settings
from graph.extraction.records import ArticleExtraction


class NoExtraction:
    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        return ArticleExtraction()


@pytest.fixture(scope="module")
def client(corpus_engine: Engine) -> Iterator[TestClient]:
    url = corpus_engine.url.render_as_string(hide_password=False)
    settings = Settings(database_url=url, embedded_worker=False, api_key=SecretStr("a-key"))
    with TestClient(create_app(settings, extractor=NoExtraction())) as client:
        yield client


def test_ask(client: TestClient, seed_text: str) -> None:
    response = client.get("/v1/ask", params={"q": "Who spoke with Gerasimov?"})
    assert response.status_code == 200
    body = response.json()
    assert body["question"] == "Who spoke with Gerasimov?"
    assert body["interpretation"] == {
        "form": "who_spoke_with", "description": "who had contact with Valery Gerasimov",
        "slots": {"a": "Valery Gerasimov"}, "since": None, "until": None, "types": None, "modalities": ["occurred"]}
    assert body["summary"] == "Valery Gerasimov had contacts with Mark Milley (3)."
    [row] = body["rows"]
    assert "Joint Chiefs of Staff" in row.pop("role")  # as the seed words it
    assert row == {"name": "Mark Milley", "kind": "official", "country": "United States", "contacts": 3,
                   "first": "2021-09", "last": "2022-02-11"}
    call = next(c for c in body["contacts"] if c["date"] == "2022-02-11")
    assert call["type"] == "phone_call"
    assert [p["name"] for p in call["participants"]] == ["Mark Milley", "Valery Gerasimov"]
    source = call["sources"][0]
    assert (source["article_id"], seed_text[source["start"]:source["end"]]) == (1, source["sentence"])
    assert "telephone" in source["sentence"] and "Gerasimov" in source["sentence"]
    assert body["deployments"] == []


def test_reads_need_no_key(client: TestClient) -> None:
    assert client.get("/v1/ask", params={"q": "Who is Gerasimov?"}).status_code == 200


def test_a_question_it_cannot_read_is_422_with_suggestions(client: TestClient) -> None:
    response = client.get("/v1/ask", params={"q": "What is the weather in Paris?"})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail["message"].startswith("Could not understand 'What is the weather in Paris?'")
    assert detail["suggestions"] and all(isinstance(s, str) for s in detail["suggestions"])


@pytest.mark.parametrize(("q", "code", "says"), [
    ("Who spoke with Zelensky?", 404, "No official, state or organization called 'Zelensky'"),
    ("Who met in September?", 422, "has no year"),
    ("Who is Russia?", 422, "is a state"),
])
def test_errors(client: TestClient, q: str, code: int, says: str) -> None:
    response = client.get("/v1/ask", params={"q": q})
    assert response.status_code == code
    assert says in response.json()["detail"]


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x" * 501}])
def test_missing_or_overlong_question_is_422(client: TestClient, params: dict[str, str]) -> None:
    assert client.get("/v1/ask", params=params).status_code == 422


def test_documented(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/v1/ask"]["get"]
    assert {"200", "404", "409", "422"} <= set(operation["responses"])
