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


def article_body(id: int, status: str, **fields: Any) -> dict[str, Any]:
    """An article as the API shows it, timestamps left free."""
    body = {"id": id, "status": status, "error": None, "attempts": 0, "title": None, "url": None,
            "source": None, "published_at": None, "created_at": ANY, "processed_at": None,
            "contacts": [], "deployments": []}
    return body | fields


def participants(seed: Any) -> list[dict[str, Any]]:
    """The call's officials as the API shows them, read from the seed's gold (ids in order of writing)."""
    return [{"id": id, "kind": "official", "name": o["name"], "country": o["country"], "role": o["role"]}
            for id, o in enumerate(map(seed.official, seed.call["participants"]), start=1)]


def source(evidence: Any) -> dict[str, Any]:
    return {"article_id": 1, "sentence": evidence.sentence, "start": evidence.start, "end": evidence.end}


def call_contacts(seed: Any) -> list[dict[str, Any]]:
    """The gold call, with the line of the article the canned extraction cites."""
    return [{
        "id": 1, "type": seed.call["type"], "date": seed.call["date"], "modality": seed.call["modality"],
        "location": seed.call["location"], "participants": participants(seed),
        "sources": [source(seed.call_evidence)], "confidence": 0.9, "corroboration": 1,
    }]


def troops_deployments(seed: Any) -> list[dict[str, Any]]:
    """The gold deployment, with the line of the article the canned extraction cites."""
    return [{
        "id": 1, "from": {"id": 1, "name": seed.troops["from"]}, "to": {"id": 3, "name": seed.troops["to"]},
        "what": seed.troops["what"], "quantity": 3000, "date": seed.troops["date"],
        "modality": seed.troops["modality"], "sources": [source(seed.troops_evidence)],
    }]


def assert_cites_the_article(seed: Any, sources: list[dict[str, Any]], gold_evidence: str) -> None:
    """Each source is the article's own words at its offsets, and holds the gold evidence."""
    for cited in sources:
        assert seed.text[cited["start"]:cited["end"]] == cited["sentence"]
        assert gold_evidence in cited["sentence"]


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
    client: TestClient, canned: Any, seed: Any
) -> None:
    response = client.post("/v1/articles?wait=true", json={"text": canned.call, "published_at": "2022-02-11"})
    assert response.status_code == 201
    done = article_body(1, "done", attempts=1, published_at="2022-02-11", processed_at=ANY,
                        contacts=call_contacts(seed), deployments=troops_deployments(seed))
    assert response.json() == done
    assert client.get("/v1/articles/1").json() == done
    [contact], [deployment] = done["contacts"], done["deployments"]
    assert_cites_the_article(seed, contact["sources"], seed.call["evidence"])
    assert_cites_the_article(seed, deployment["sources"], seed.troops["evidence"])


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
    make_client: Callable[..., TestClient], database_url: str, canned: Any, seed: Any, fake_extractor: Any
) -> None:
    client = make_client(fake_extractor, database_url=database_url, embedded_worker=True, worker_poll_seconds=0.05)
    assert client.post("/v1/articles", json={"text": canned.call, "published_at": "2022-02-11"}).status_code == 202
    deadline = time.monotonic() + 20
    while (article := client.get("/v1/articles/1").json())["status"] in {"queued", "processing"}:
        assert time.monotonic() < deadline, article
        time.sleep(0.05)
    assert article["status"] == "done"
    assert article["contacts"] == call_contacts(seed)
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
