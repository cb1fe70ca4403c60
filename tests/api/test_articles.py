"""POST/GET /v1/articles on SQLite and on PostgreSQL: queueing, in-request extraction, duplicates,
every refusal of bad input, and a failed ingestion that leaves nothing behind but its status."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any
from unittest.mock import ANY

import pytest
from fastapi.testclient import TestClient

from app.intake import DATE_FORMAT_HINT

MILLEY = {"id": 1, "kind": "official", "name": "Mark Milley", "country": "United States",
          "role": "Chairman of the Joint Chiefs of Staff"}
GERASIMOV = {"id": 2, "kind": "official", "name": "Valery Gerasimov", "country": "Russia",
             "role": "Chief of the General Staff"}


def article_body(id: int, status: str, **fields: Any) -> dict[str, Any]:
    """An article as the API shows it, timestamps left free."""
    body = {"id": id, "status": status, "error": None, "attempts": 0, "title": None, "url": None,
            "source": None, "published_at": None, "created_at": ANY, "processed_at": None,
            "contacts": [], "deployments": []}
    return body | fields


def call_contacts(call_text: str) -> list[dict[str, Any]]:
    sentence = call_text.split(" The United States")[0]
    return [{
        "id": 1, "type": "phone_call", "date": "2022-02-11", "modality": "occurred", "location": None,
        "participants": [MILLEY, GERASIMOV],
        "sources": [{"article_id": 1, "sentence": sentence, "start": 0, "end": len(sentence)}],
        "confidence": 0.9, "corroboration": 1,
    }]


def troops_deployments(call_text: str) -> list[dict[str, Any]]:
    sentence = "The United States announced Friday it is sending 3,000 more troops to Poland."
    start = call_text.index(sentence)
    return [{
        "id": 1, "from": {"id": 1, "name": "United States"}, "to": {"id": 3, "name": "Poland"},
        "what": "3,000 troops", "quantity": 3000, "date": "2022-02-11", "modality": "occurred",
        "sources": [{"article_id": 1, "sentence": sentence, "start": start, "end": start + len(sentence)}],
    }]


@pytest.fixture
def client(make_client: Callable[..., TestClient], database_url: str) -> TestClient:
    """This module runs on every backend of the shared ``database_url`` fixture."""
    return make_client(database_url=database_url)


def test_submitting_queues_the_article(client: TestClient, canned: Any) -> None:
    response = client.post("/v1/articles", json={"text": canned.call, "title": "Calls", "source": "AFP",
                                                 "url": "https://example.org/1", "published_at": "2022-02-11"})
    assert response.status_code == 202
    queued = article_body(1, "queued", title="Calls", source="AFP", url="https://example.org/1",
                          published_at="2022-02-11")
    assert response.json() == queued
    assert client.get("/v1/articles/1").json() == queued


def test_wait_extracts_within_the_request_and_lists_what_the_article_supports(
    client: TestClient, canned: Any
) -> None:
    response = client.post("/v1/articles?wait=true", json={"text": canned.call, "published_at": "2022-02-11"})
    assert response.status_code == 201
    done = article_body(1, "done", attempts=1, published_at="2022-02-11", processed_at=ANY,
                        contacts=call_contacts(canned.call), deployments=troops_deployments(canned.call))
    assert response.json() == done
    assert client.get("/v1/articles/1").json() == done


def test_the_same_text_again_creates_nothing(client: TestClient, canned: Any) -> None:
    first = client.post("/v1/articles?wait=true", json={"text": canned.call})
    again = client.post("/v1/articles", json={"text": "  " + canned.call.replace(" ", "\n", 3)})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert client.get("/v1/articles").json()["total"] == 1
    assert client.get("/v1/contacts").json()["total"] == 1


def test_an_iso_datetime_keeps_its_publication_day(client: TestClient, canned: Any) -> None:
    response = client.post("/v1/articles", json={"text": canned.plain, "published_at": "2022-02-11T23:30:00-05:00"})
    assert response.json()["published_at"] == "2022-02-11"


def test_articles_are_listed_newest_first_and_by_status(client: TestClient, canned: Any) -> None:
    client.post("/v1/articles?wait=true", json={"text": canned.call})
    client.post("/v1/articles", json={"text": canned.plain})
    listed = client.get("/v1/articles?limit=1").json()
    assert listed == {"items": [{k: v for k, v in article_body(2, "queued").items()
                                 if k not in {"contacts", "deployments"}}], "total": 2}
    assert [a["id"] for a in client.get("/v1/articles?status=done").json()["items"]] == [1]


def test_a_failed_ingestion_leaves_nothing_but_its_status(client: TestClient, canned: Any) -> None:
    response = client.post("/v1/articles?wait=true", json={"text": canned.broken})
    error = ("InvalidInput: unknown contact type 'telepathy'; expected one of "
             "('phone_call', 'video_call', 'meeting', 'visit', 'contact')")
    assert response.status_code == 422
    assert response.json() == {"detail": f"article 1 could not be processed ({error}); it is kept with "
                                         "status 'failed': see GET /v1/articles/1"}
    assert client.get("/v1/articles/1").json() == article_body(1, "failed", attempts=1, error=error,
                                                               processed_at=ANY)
    # The officials and states written before the bad event were rolled back with it.
    for path in ("/v1/contacts", "/v1/deployments", "/v1/officials", "/v1/states"):
        assert client.get(path).json() == {"items": [], "total": 0}, path


def test_an_extractor_crash_is_a_failed_article_not_a_500(
    make_client: Callable[..., TestClient], database_url: str, canned: Any, exploding_extractor: Any
) -> None:
    client = make_client(exploding_extractor, database_url=database_url)
    response = client.post("/v1/articles?wait=true", json={"text": canned.call})
    assert response.status_code == 422
    assert client.get("/v1/articles/1").json()["error"] == "RuntimeError: the parser ran out of memory"


def test_the_embedded_worker_processes_the_queue(
    make_client: Callable[..., TestClient], database_url: str, canned: Any, fake_extractor: Any
) -> None:
    client = make_client(fake_extractor, database_url=database_url, embedded_worker=True, worker_poll_seconds=0.05)
    assert client.post("/v1/articles", json={"text": canned.call, "published_at": "2022-02-11"}).status_code == 202
    deadline = time.monotonic() + 20
    while (article := client.get("/v1/articles/1").json())["status"] in {"queued", "processing"}:
        assert time.monotonic() < deadline, article
        time.sleep(0.05)
    assert article["status"] == "done"
    assert article["contacts"] == call_contacts(canned.call)
    assert fake_extractor.calls == [(canned.call, dt.date(2022, 2, 11))]
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "worker": "running"}


def test_an_unknown_article_is_404(client: TestClient) -> None:
    response = client.get("/v1/articles/99")
    assert (response.status_code, response.json()) == (404, {"detail": "no article with id 99"})


def _error(kind: str, loc: list[str | int], msg: str, input: Any) -> dict[str, Any]:
    return {"detail": [{"type": kind, "loc": loc, "msg": msg, "input": input}]}


GERMAN = "Der Bundeskanzler traf sich am Freitag mit dem französischen Präsidenten in Berlin zu Gesprächen."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param({"text": ""}, _error("empty_text", ["body", "text"], "text is empty: send the article body", ""),
                     id="empty"),
        pytest.param({"text": " \n\t "}, _error("empty_text", ["body", "text"],
                                                "text is empty: send the article body", " \n\t "), id="whitespace"),
        pytest.param({"text": "PK\x03\x04 the report"},
                     _error("binary_text", ["body", "text"], "text contains a binary or control character "
                            "(U+0003 at offset 2): send plain UTF-8 text", "PK\x03\x04 the report"), id="binary"),
        pytest.param({"text": GERMAN},
                     _error("not_english", ["body", "text"],
                            "text does not look like English prose: diplograph reads English news only", GERMAN),
                     id="not-english"),
        pytest.param({"text": "The minister met his counterpart on Friday.", "published_at": "11/02/2022"},
                     _error("date_format", ["body", "published_at"],
                            f"published_at must be {DATE_FORMAT_HINT}; got '11/02/2022'", "11/02/2022"),
                     id="malformed-date"),
        pytest.param({"text": "The minister met his counterpart on Friday.", "published_at": "2022-02-30"},
                     _error("date_format", ["body", "published_at"],
                            f"published_at must be {DATE_FORMAT_HINT}; got '2022-02-30'", "2022-02-30"),
                     id="impossible-date"),
        pytest.param({"text": 42}, _error("string_type", ["body", "text"], "Input should be a valid string", 42),
                     id="text-not-a-string"),
        pytest.param({"title": "No text"}, _error("missing", ["body", "text"], "Field required",
                                                  {"title": "No text"}), id="no-text"),
        pytest.param(["a list"], _error("model_attributes_type", ["body"],
                                        "Input should be a valid dictionary or object to extract fields from",
                                        ["a list"]), id="not-an-object"),
    ],
)
def test_bad_input_is_refused_with_a_reason(client: TestClient, body: Any, expected: dict[str, Any]) -> None:
    response = client.post("/v1/articles?wait=true", json=body)
    assert (response.status_code, response.json()) == (422, expected)
    assert client.get("/v1/articles").json() == {"items": [], "total": 0}


def test_text_over_the_limit_is_413(make_client: Callable[..., TestClient], database_url: str) -> None:
    client = make_client(database_url=database_url, max_article_chars=100)
    response = client.post("/v1/articles", json={"text": "The minister met his counterpart. " * 4})
    assert (response.status_code, response.json()) == (413, {
        "detail": "text is 136 characters; the limit is 100 (DIPLOGRAPH_MAX_ARTICLE_CHARS): "
                  "split the article or raise the limit"})
    assert client.get("/v1/articles").json()["total"] == 0
