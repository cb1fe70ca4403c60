"""The ingestion queue: dedup by content, atomic claims, stale claims, failures, listing."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from graph.errors import InvalidInput, NotFound
from graph.store.db import make_engine, session_scope
from graph.store.models import Article, ArticleStatus, utcnow
from graph.store.queue import (
    claim_article,
    claim_next_article,
    content_hash,
    enqueue_article,
    get_article,
    list_articles,
    mark_failed,
)

from .factories import new_article


def test_content_hash_ignores_whitespace_layout() -> None:
    assert content_hash("Milley  spoke\nwith Gerasimov.") == content_hash(" Milley spoke with Gerasimov. ")
    assert content_hash("Milley spoke.") != content_hash("Milley spoke!")
    assert len(content_hash("x")) == 64


def test_enqueue_creates_once_then_returns_the_existing_article(session: Session) -> None:
    article, created = enqueue_article(
        session, text="Blinken called Kuleba.", title="Call", url="https://example.org/1",
        source="Example", published_at=dt.date(2022, 2, 11),
    )
    session.commit()
    again, created_again = enqueue_article(session, text="Blinken  called\nKuleba.", title="Other")
    assert (created, created_again) == (True, False)
    assert again.id == article.id
    assert again.title == "Call"
    assert article.status == ArticleStatus.QUEUED
    assert len(session.exec(select(Article)).all()) == 1


def test_enqueue_refuses_empty_text(session: Session) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        enqueue_article(session, text="  \n ")


def test_claims_go_oldest_first_and_record_the_worker(engine: Engine) -> None:
    first, second = new_article(engine), new_article(engine)
    claimed = claim_next_article(engine, "worker-a")
    assert claimed is not None
    assert (claimed.id, claimed.status, claimed.claimed_by, claimed.attempts) == (
        first, ArticleStatus.PROCESSING, "worker-a", 1,
    )
    assert claimed.text.startswith("Article number")  # loaded: usable outside any session
    following = claim_next_article(engine, "worker-b")
    assert following is not None and following.id == second
    assert claim_next_article(engine, "worker-a") is None


def test_a_stale_claim_is_taken_over(engine: Engine) -> None:
    article_id = new_article(engine)
    assert claim_next_article(engine, "dead-worker") is not None
    assert claim_next_article(engine, "worker-b", stale_after_seconds=600) is None
    with session_scope(engine) as session:
        session.exec(
            update(Article)
            .where(col(Article.id) == article_id)
            .values(claimed_at=utcnow() - dt.timedelta(seconds=601))
        )
    taken = claim_next_article(engine, "worker-b", stale_after_seconds=600)
    assert taken is not None
    assert (taken.id, taken.claimed_by, taken.attempts) == (article_id, "worker-b", 2)


def test_claim_article_takes_only_a_queued_article(engine: Engine) -> None:
    article_id = new_article(engine)
    claimed = claim_article(engine, article_id, "api")
    assert claimed is not None and claimed.status == ArticleStatus.PROCESSING
    assert claim_article(engine, article_id, "api") is None
    assert claim_next_article(engine, "worker") is None


def test_concurrent_workers_never_claim_the_same_article(database_url: str) -> None:
    engine = make_engine(database_url)
    ids = {new_article(engine) for _ in range(30)}
    claims: dict[str, list[int]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def work(name: str) -> None:
        own = make_engine(database_url)  # each worker as its own process would: its own connections
        mine: list[int] = []
        try:
            start.wait()
            while (article := claim_next_article(own, name)) is not None:
                assert article.id is not None
                mine.append(article.id)
        except BaseException as exc:  # surfaced below: an exception in a thread would pass silently
            errors.append(exc)
        finally:
            own.dispose()
            claims[name] = mine

    threads = [threading.Thread(target=work, args=(f"worker-{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    engine.dispose()
    assert errors == []
    claimed = [article_id for mine in claims.values() for article_id in mine]
    assert sorted(claimed) == sorted(ids)  # every article claimed exactly once


def test_mark_failed_records_the_error(engine: Engine) -> None:
    article_id = new_article(engine)
    claim_next_article(engine, "worker")
    mark_failed(engine, article_id, "RuntimeError: " + "x" * 10_000)
    with session_scope(engine) as session:
        article = get_article(session, article_id)
    assert article.status == ArticleStatus.FAILED
    assert article.error is not None and article.error.startswith("RuntimeError: ")
    assert len(article.error) == 4000
    assert article.processed_at is not None


def test_get_article_raises_not_found(session: Session) -> None:
    with pytest.raises(NotFound, match="no article with id 42"):
        get_article(session, 42)


def test_enqueue_refuses_overlong_metadata(session: Session) -> None:
    with pytest.raises(InvalidInput, match="the title is longer than 1000 characters"):
        enqueue_article(session, text="Some text.", title="t" * 1001)


def test_list_articles_newest_first_with_the_total(engine: Engine) -> None:
    ids = [new_article(engine) for _ in range(3)]
    with session_scope(engine) as session:
        page = list_articles(session, limit=2)
        rest = list_articles(session, limit=2, offset=2)
    assert ([a.id for a in page.items], page.total) == ([ids[2], ids[1]], 3)
    assert ([a.id for a in rest.items], rest.total) == ([ids[0]], 3)


def test_list_articles_of_one_status(engine: Engine) -> None:
    failed, queued = new_article(engine), new_article(engine)
    claim_article(engine, failed, "worker")
    mark_failed(engine, failed, "RuntimeError: the model fell over")
    with session_scope(engine) as session:
        only_failed = list_articles(session, status=ArticleStatus.FAILED)
        only_queued = list_articles(session, status=ArticleStatus.QUEUED)
        none_done = list_articles(session, status=ArticleStatus.DONE)
    assert ([a.id for a in only_failed.items], only_failed.total) == ([failed], 1)
    assert ([a.id for a in only_queued.items], only_queued.total) == ([queued], 1)
    assert (none_done.items, none_done.total) == ([], 0)
