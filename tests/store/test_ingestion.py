"""The ingestion step as workers run it: claim, extract outside the transaction, write, or record failure."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from graph.errors import NotFound
from graph.ingestion import process_article, run_once
from graph.store.db import make_engine, session_scope
from graph.store.models import ArticleStatus, Event, Official
from graph.store.queue import get_article

from .factories import GERASIMOV, MILLEY, FailingExtractor, FixedExtractor, contact, extraction, new_article, person

CALL = extraction(MILLEY, GERASIMOV, contact(person("Mark Milley"), person("Valery Gerasimov")))


def status(engine: Engine, article_id: int) -> tuple[str, str | None]:
    with session_scope(engine) as session:
        article = get_article(session, article_id)
        return article.status, article.error


def test_run_once_processes_the_next_article(engine: Engine) -> None:
    article_id = new_article(engine, "Milley called Gerasimov on Friday.", published_at=dt.date(2022, 2, 11))
    extractor = FixedExtractor(CALL)
    assert run_once(engine, extractor, "worker-1") == article_id
    assert extractor.calls == [("Milley called Gerasimov on Friday.", dt.date(2022, 2, 11))]
    assert status(engine, article_id) == (ArticleStatus.DONE, None)
    assert run_once(engine, extractor, "worker-1") is None


def test_run_once_records_failures_without_raising(engine: Engine) -> None:
    failing, fine = new_article(engine), new_article(engine)
    assert run_once(engine, FailingExtractor(), "worker-1") == failing
    assert status(engine, failing) == (ArticleStatus.FAILED, "RuntimeError: the model fell over")
    assert run_once(engine, FixedExtractor(CALL), "worker-1") == fine
    assert status(engine, fine)[0] == ArticleStatus.DONE


def test_process_article_records_and_reraises(engine: Engine) -> None:
    article_id = new_article(engine)
    with pytest.raises(RuntimeError, match="fell over"):
        process_article(engine, FailingExtractor(), article_id)
    assert status(engine, article_id)[0] == ArticleStatus.FAILED
    # A retry that succeeds clears the error.
    process_article(engine, FixedExtractor(CALL), article_id)
    assert status(engine, article_id) == (ArticleStatus.DONE, None)
    with session_scope(engine) as session:
        assert session.exec(select(func.count()).select_from(Event)).one() == 1
        assert session.exec(select(func.count()).select_from(Official)).one() == 2


def test_process_article_of_an_unknown_id(engine: Engine) -> None:
    with pytest.raises(NotFound):
        process_article(engine, FixedExtractor(CALL), 12345)


def test_workers_writing_the_same_event_at_once_make_one_event(database_url: str) -> None:
    setup = make_engine(database_url)
    article_ids = [new_article(setup) for _ in range(6)]
    start = threading.Barrier(len(article_ids))
    errors: list[BaseException] = []

    def work(article_id: int) -> None:
        engine = make_engine(database_url)
        try:
            start.wait()
            process_article(engine, FixedExtractor(CALL), article_id)
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=work, args=(article_id,)) for article_id in article_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    with session_scope(setup) as session:
        events = session.exec(select(func.count()).select_from(Event)).one()
        officials = session.exec(select(func.count()).select_from(Official)).one()
    setup.dispose()
    assert errors == []
    assert (events, officials) == (1, 2)
