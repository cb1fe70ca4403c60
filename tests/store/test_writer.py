"""Writing extractions: merging reports of one event, dates and types, and all-or-nothing writes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from graph.errors import InvalidInput
from graph.ingestion import process_article
from graph.store.db import session_scope
from graph.store.models import (
    Article,
    ArticleStatus,
    Deployment,
    Event,
    EventParticipant,
    Mention,
    Official,
    Organization,
    Source,
    State,
)
from graph.store.queue import get_article
from graph.store.writer import combined_confidence, write_extraction

from .factories import (
    BLINKEN,
    GERASIMOV,
    KULEBA,
    MILLEY,
    FixedExtractor,
    contact,
    count,
    deployment,
    extraction,
    ingest,
    new_article,
    official,
    person,
    state,
)


def event(engine: Engine, event_id: int) -> Event:
    with session_scope(engine) as session:
        found = session.get(Event, event_id)
        assert found is not None
        return found


def test_an_article_becomes_officials_states_events_and_sources(engine: Engine) -> None:
    text = "Mark Milley spoke with Valery Gerasimov."
    gerasimov = official("Valery Gerasimov", country="Russia", at=text.index("Valery"))
    article_id, result = ingest(
        engine,
        extraction(
            MILLEY, gerasimov,
            contact(person("Mark Milley"), person("Valery Gerasimov"), location="Finland", confidence=0.8),
            contact(person("Mark Milley"), state("France"), sentence="He called counterparts in France."),
            deployment("United States", "Poland"),
            states=("Poland",), organizations=("NATO",),
        ),
        text=text,
    )
    assert len(result.event_ids) == 2 and len(result.deployment_ids) == 1
    with session_scope(engine) as session:
        article = get_article(session, article_id)
        assert article.status == ArticleStatus.DONE and article.processed_at is not None
        names = sorted(session.exec(select(State.name)).all())
        assert names == ["Finland", "France", "Poland", "Russia", "United States"]
        call = session.get(Event, result.event_ids[0])
        assert call is not None
        assert (call.type, call.date, call.date_start, call.date_end, call.confidence) == (
            "phone_call", "2022-02-11", dt.date(2022, 2, 11), dt.date(2022, 2, 11), 0.8,
        )
        mentions = session.exec(select(Mention)).all()
        assert sorted((m.text, m.start) for m in mentions) == [("Mark Milley", 0), ("Valery Gerasimov", 23)]
        assert session.exec(select(Organization.name)).all() == ["NATO"]
    assert count(engine, Source) == 3
    assert count(engine, EventParticipant) == 4


def test_one_event_reported_by_two_articles_has_two_sources(engine: Engine) -> None:
    call = contact(person("Mark Milley"), person("Valery Gerasimov"), confidence=0.6)
    first_id, first = ingest(engine, extraction(MILLEY, GERASIMOV, call))
    second_id, second = ingest(
        engine,
        extraction(
            GERASIMOV, MILLEY,
            contact(person("Valery Gerasimov"), person("Mark Milley"), sentence="Gerasimov took a call.",
                    confidence=0.5),
        ),
    )
    assert first.event_ids == second.event_ids
    merged = event(engine, first.event_ids[0])
    assert merged.confidence == combined_confidence([0.6, 0.5]) == 0.8
    with session_scope(engine) as session:
        sources = session.exec(select(Source.article_id, Source.sentence).order_by(Source.article_id)).all()
    assert sources == [(first_id, "They spoke by phone."), (second_id, "Gerasimov took a call.")]
    assert count(engine, Event) == 1 and count(engine, Official) == 2


def test_one_article_counts_once_towards_confidence(engine: Engine) -> None:
    _, result = ingest(
        engine,
        extraction(
            MILLEY, GERASIMOV,
            contact(person("Mark Milley"), person("Valery Gerasimov"), confidence=0.5),
            contact(person("Mark Milley"), person("Valery Gerasimov"), sentence="Again.", start=50, confidence=0.7),
        ),
    )
    assert result.event_ids == (result.event_ids[0],)
    assert event(engine, result.event_ids[0]).confidence == 0.7
    assert count(engine, Source) == 2


def test_confidence_is_capped() -> None:
    assert combined_confidence([0.99, 0.99]) == 0.99
    assert combined_confidence([]) == 0.0


@pytest.mark.parametrize(
    ("first", "second", "merged_type", "merged_date"),
    [
        (("contact", "2022-02"), ("phone_call", "2022-02-11"), "phone_call", "2022-02-11"),
        (("phone_call", "2022-02-11"), ("contact", "2022"), "phone_call", "2022-02-11"),
        (("meeting", "2022"), ("meeting", "2022-02"), "meeting", "2022-02"),
        (("visit", None), ("contact", None), "visit", None),
    ],
)
def test_compatible_reports_merge_keeping_the_more_specific(
    engine: Engine, first: tuple, second: tuple, merged_type: str, merged_date: str | None
) -> None:
    _, a = ingest(engine, extraction(BLINKEN, KULEBA, contact(person("Antony Blinken"), person("Dmytro Kuleba"),
                                                              type=first[0], date=first[1])))
    _, b = ingest(engine, extraction(BLINKEN, KULEBA, contact(person("Antony Blinken"), person("Dmytro Kuleba"),
                                                              type=second[0], date=second[1])))
    assert a.event_ids == b.event_ids
    merged = event(engine, a.event_ids[0])
    assert (merged.type, merged.date) == (merged_type, merged_date)
    if merged_date == "2022-02":
        assert (merged.date_start, merged.date_end) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))


@pytest.mark.parametrize(
    "changes",
    [
        {"type": "meeting"},  # phone call vs meeting: two events
        {"date": "2022-02-12"},
        {"date": "2022-03"},
        {"date": None},  # an undated report is not evidence about a dated call
        {"modality": "planned"},
    ],
)
def test_incompatible_reports_stay_separate_events(engine: Engine, changes: dict) -> None:
    base = {"type": "phone_call", "date": "2022-02-11", "modality": "occurred"}
    _, a = ingest(engine, extraction(BLINKEN, KULEBA, contact(person("Antony Blinken"), person("Dmytro Kuleba"),
                                                              **base)))  # type: ignore[arg-type]
    _, b = ingest(engine, extraction(BLINKEN, KULEBA, contact(person("Antony Blinken"), person("Dmytro Kuleba"),
                                                              **{**base, **changes})))  # type: ignore[arg-type]
    assert a.event_ids != b.event_ids
    assert count(engine, Event) == 2


def test_different_participants_make_different_events(engine: Engine) -> None:
    ingest(engine, extraction(MILLEY, GERASIMOV, contact(person("Mark Milley"), person("Valery Gerasimov"))))
    ingest(engine, extraction(MILLEY, contact(person("Mark Milley"), state("Russia"))))
    ingest(engine, extraction(MILLEY, GERASIMOV, BLINKEN,
                              contact(person("Mark Milley"), person("Valery Gerasimov"), person("Antony Blinken"))))
    assert count(engine, Event) == 3


def test_a_contact_of_one_person_with_himself_is_dropped(engine: Engine) -> None:
    _, result = ingest(engine, extraction(MILLEY, contact(person("Mark Milley"), person("Milley"))))
    assert result.event_ids == ()
    assert count(engine, Event) == 0


def test_participants_missing_from_the_officials_are_resolved_too(engine: Engine) -> None:
    _, result = ingest(engine, extraction(contact(person("Jake Sullivan"), person("Nikolai Patrushev"))))
    assert len(result.event_ids) == 1
    assert count(engine, Official) == 2


def test_deployments_merge_on_states_date_and_modality(engine: Engine) -> None:
    _, a = ingest(engine, extraction(deployment("United States", "Poland", date="2022-02", quantity=None)))
    _, b = ingest(engine, extraction(deployment("United States", "Poland", date="2022-02-11")))
    _, c = ingest(engine, extraction(deployment("United States", "Poland", modality="planned")))
    _, d = ingest(engine, extraction(deployment("United States", "Romania")))
    assert a.deployment_ids == b.deployment_ids
    assert len({a.deployment_ids, c.deployment_ids, d.deployment_ids}) == 3
    with session_scope(engine) as session:
        merged = session.get(Deployment, a.deployment_ids[0])
        assert merged is not None
        assert (merged.date, merged.quantity, merged.what) == ("2022-02-11", 3000, "3,000 troops")
        assert session.exec(select(func.count()).select_from(Source).where(
            Source.deployment_id == merged.id)).one() == 2


def test_a_failed_write_leaves_nothing_but_the_failed_status(engine: Engine) -> None:
    article_id = new_article(engine)
    broken = extraction(
        MILLEY, GERASIMOV,
        contact(person("Mark Milley"), person("Valery Gerasimov")),
        contact(person("Mark Milley"), state("France"), date="2022-13-01"),
        deployment("United States", "Poland"),
    )
    with pytest.raises(InvalidInput, match="2022-13-01"):
        process_article(engine, FixedExtractor(broken), article_id)
    for table in (Official, State, Event, EventParticipant, Deployment, Source, Mention, Organization):
        assert count(engine, table) == 0, table.__name__
    with session_scope(engine) as session:
        article = get_article(session, article_id)
    assert article.status == ArticleStatus.FAILED
    assert article.error is not None and "InvalidInput" in article.error and "2022-13-01" in article.error


def test_processing_an_article_again_replaces_its_contribution(engine: Engine) -> None:
    first = extraction(
        MILLEY, GERASIMOV,
        contact(person("Mark Milley"), person("Valery Gerasimov")),
        contact(person("Mark Milley"), state("France")),
        deployment("United States", "Poland"),
    )
    article_id, result = ingest(engine, first)
    again = process_article(engine, FixedExtractor(first), article_id)
    assert again == result
    assert (count(engine, Event), count(engine, Source), count(engine, Mention)) == (2, 3, 2)
    # A better extractor finds only the first call: the rest no article supports any more.
    fewer = extraction(MILLEY, GERASIMOV, contact(person("Mark Milley"), person("Valery Gerasimov")))
    third = process_article(engine, FixedExtractor(fewer), article_id)
    assert third.event_ids == result.event_ids[:1]
    assert (count(engine, Event), count(engine, Deployment), count(engine, Source)) == (1, 0, 1)


def test_events_other_articles_support_survive_reprocessing(engine: Engine) -> None:
    call = extraction(MILLEY, GERASIMOV, contact(person("Mark Milley"), person("Valery Gerasimov"), confidence=0.6))
    first_id, result = ingest(engine, call)
    ingest(engine, call)
    process_article(engine, FixedExtractor(extraction()), first_id)
    assert count(engine, Event) == 1
    assert event(engine, result.event_ids[0]).confidence == 0.6


def test_write_extraction_works_inside_the_callers_transaction(session: Session) -> None:
    article = Article(content_hash="h", text="Milley called Gerasimov.")
    session.add(article)
    session.flush()
    result = write_extraction(
        session, article, extraction(MILLEY, GERASIMOV, contact(person("Mark Milley"), person("Valery Gerasimov")))
    )
    assert len(result.event_ids) == 1
    session.rollback()
    assert session.exec(select(func.count()).select_from(Event)).one() == 0


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (contact(person("A B"), person("C D"), type="call"), "unknown contact type"),  # type: ignore[arg-type]
        (contact(person("A B"), person("C D"), modality="rumoured"), "unknown modality"),  # type: ignore[arg-type]
        (contact(person("A B"), person("C D"), date="11/02/2022"), "YYYY"),
    ],
)
def test_malformed_records_are_refused_with_a_message(engine: Engine, record: object, message: str) -> None:
    article_id = new_article(engine)
    with pytest.raises(InvalidInput, match=message):
        process_article(engine, FixedExtractor(extraction(record)), article_id)  # type: ignore[arg-type]


def test_overlong_names_are_cut_to_fit_the_columns(engine: Engine) -> None:
    long_name = "Alexander " + "Verylongsurname" * 30
    _, result = ingest(engine, extraction(official(long_name, long_name + " Jr"),
                                          contact(person(long_name), state("Republic of " + "X" * 300))))
    assert len(result.event_ids) == 1
    _, again = ingest(engine, extraction(contact(person(long_name), state("Republic of " + "X" * 300))))
    assert again.event_ids == result.event_ids
    with session_scope(engine) as session:
        (stored,) = session.exec(select(Official)).all()
    assert len(stored.name) == 300
