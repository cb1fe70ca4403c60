"""Reading the graph: filters, name matching, who-spoke-with, and a bounded number of queries per page."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session

from graph.errors import AmbiguousName, InvalidInput, NotFound
from graph.store import queries
from graph.store.curation import delete_contact
from graph.store.db import session_scope

from .factories import (
    BLINKEN,
    GERASIMOV,
    KULEBA,
    MILLEY,
    contact,
    deployment,
    extraction,
    ingest,
    official,
    person,
    state,
)

JOE = official("Joe Biden", "Biden", "President Joe Biden", country="United States", role="President")
JILL = official("Jill Biden", country="United States", role="First Lady")
PUTIN = official("Vladimir Putin", "Putin", country="Russia", role="President")
LAVROV = official("Sergei Lavrov", "Lavrov", country="Russia", role="Foreign Minister")
ZELENSKA = official("Olena Zelenska", country="Ukraine")


def build_graph(engine: Engine) -> dict[str, Any]:
    first, one = ingest(
        engine,
        extraction(
            MILLEY, GERASIMOV,
            contact(person("Mark Milley"), person("Valery Gerasimov"), location="Finland", confidence=0.9,
                    sentence="Milley spoke by phone with Gerasimov."),
            contact(person("Mark Milley"), state("France"), sentence="Milley called counterparts in France."),
            deployment("United States", "Poland"),
        ),
    )
    second, two = ingest(
        engine,
        extraction(
            BLINKEN, KULEBA, LAVROV, JOE, PUTIN, JILL, ZELENSKA,
            contact(person("Antony Blinken"), person("Dmytro Kuleba"), date="2022-02"),
            contact(person("Antony Blinken"), person("Sergei Lavrov"), type="meeting", date="2022-01-21"),
            contact(person("Joe Biden"), person("Vladimir Putin"), type="video_call", date="2021-12-07"),
            contact(person("Joe Biden"), person("Vladimir Putin"), date=None, modality="planned"),
            contact(person("Jill Biden"), person("Olena Zelenska"), type="meeting", date="2022-05-08"),
            deployment("Russia", "Belarus", what="30,000 troops", quantity=30000, date="2022-02"),
        ),
    )
    return {"first": first, "second": second, "one": one, "two": two}


def names(page: Any) -> list[list[str]]:
    return [[p.name for p in item.participants] for item in page.items]


def test_contacts_come_newest_first_with_undated_last(engine: Engine, session: Session) -> None:
    build_graph(engine)
    page = queries.list_contacts(session)
    assert page.total == 7
    assert [c.date for c in page.items] == [
        "2022-05-08", "2022-02-11", "2022-02-11", "2022-02", "2022-01-21", "2021-12-07", None,
    ]


def test_a_contact_is_shaped_like_the_contract(engine: Engine, session: Session) -> None:
    built = build_graph(engine)
    call = queries.get_contact(session, built["one"].event_ids[0])
    assert call.model_dump() == {
        "id": built["one"].event_ids[0],
        "type": "phone_call",
        "date": "2022-02-11",
        "modality": "occurred",
        "location": "Finland",
        "participants": [
            {"id": 1, "kind": "official", "name": "Mark Milley", "country": "United States",
             "role": "Chairman of the Joint Chiefs of Staff"},
            {"id": 2, "kind": "official", "name": "Valery Gerasimov", "country": "Russia",
             "role": "Chief of the General Staff"},
        ],
        "sources": [{"article_id": built["first"], "sentence": "Milley spoke by phone with Gerasimov.",
                     "start": 0, "end": 37}],
        "confidence": 0.9,
        "corroboration": 1,
    }
    france = queries.get_contact(session, built["one"].event_ids[1])
    assert france.participants[1].model_dump() == {
        "id": france.participants[1].id, "kind": "state", "name": "France", "country": "France", "role": None,
    }


@pytest.mark.parametrize(
    ("participant", "expected"),
    [
        ("Mark Milley", 2),
        ("milley", 2),
        ("General Mark Milley", 2),
        ("MILLEY", 2),
        ("Valeriy Gerasimov", 1),  # a transliteration variant
        ("France", 1),  # a state
        ("france", 1),
        ("Biden", 3),  # a surname of two officials: both count
        ("Jill Biden", 1),
        ("Nobody Known", 0),
    ],
)
def test_filter_by_participant(engine: Engine, session: Session, participant: str, expected: int) -> None:
    build_graph(engine)
    page = queries.list_contacts(session, participant=participant)
    assert page.total == expected == len(page.items)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"country": "Russia"}, 4),  # any participant's country
        ({"country": "France"}, 1),  # a state participant
        ({"country": "FR"}, 1),
        ({"country": "Atlantis"}, 0),
        ({"type": "meeting"}, 2),
        ({"modality": "planned"}, 1),
        ({"since": dt.date(2022, 2, 15)}, 2),  # "2022-02" overlaps the second half of February
        ({"until": dt.date(2021, 12, 31)}, 1),
        ({"since": dt.date(2022, 2, 1), "until": dt.date(2022, 2, 28)}, 3),
        ({"participant": "Blinken", "type": "meeting"}, 1),
    ],
)
def test_filters(engine: Engine, session: Session, filters: dict[str, Any], expected: int) -> None:
    build_graph(engine)
    assert queries.list_contacts(session, **filters).total == expected


def test_filter_by_article_and_contacts_for_article(engine: Engine, session: Session) -> None:
    built = build_graph(engine)
    page = queries.list_contacts(session, article_id=built["first"])
    assert {c.id for c in page.items} == set(built["one"].event_ids)
    assert [c.id for c in queries.contacts_for_article(session, built["first"])] == list(built["one"].event_ids)
    assert [d.id for d in queries.deployments_for_article(session, built["second"])] == list(
        built["two"].deployment_ids
    )
    assert queries.contacts_for_article(session, 999) == []


def test_paging(engine: Engine, session: Session) -> None:
    build_graph(engine)
    everything = [c.id for c in queries.list_contacts(session).items]
    page = queries.list_contacts(session, limit=3, offset=2)
    assert page.total == 7
    assert [c.id for c in page.items] == everything[2:5]
    with pytest.raises(InvalidInput):
        queries.list_contacts(session, limit=-1)


def test_unknown_type_and_modality_are_refused(session: Session) -> None:
    with pytest.raises(InvalidInput, match="unknown contact type 'call'"):
        queries.list_contacts(session, type="call")
    with pytest.raises(InvalidInput, match="unknown modality"):
        queries.list_contacts(session, modality="maybe")


def test_deleted_contacts_never_appear(engine: Engine, session: Session) -> None:
    built = build_graph(engine)
    with session_scope(engine) as writing:
        delete_contact(writing, built["one"].event_ids[0])
    assert queries.list_contacts(session).total == 6
    assert queries.list_contacts(session, participant="Gerasimov").total == 0
    assert [c.id for c in queries.contacts_for_article(session, built["first"])] == [built["one"].event_ids[1]]
    with pytest.raises(NotFound):
        queries.get_contact(session, built["one"].event_ids[0])


def test_who_spoke_with(engine: Engine, session: Session) -> None:
    build_graph(engine)
    answer = queries.who_spoke_with(session, "milley")
    assert answer.subject.name == "Mark Milley"
    assert [(c.participant.name, c.participant.kind, len(c.contacts)) for c in answer.counterparts] == [
        ("France", "state", 1), ("Valery Gerasimov", "official", 1),
    ]
    joe = queries.who_spoke_with(session, "Joe Biden")
    assert [(c.participant.name, [x.type for x in c.contacts]) for c in joe.counterparts] == [
        ("Vladimir Putin", ["video_call", "phone_call"]),
    ]
    france = queries.who_spoke_with(session, "France")
    assert (france.subject.kind, [c.participant.name for c in france.counterparts]) == ("state", ["Mark Milley"])


def test_who_spoke_with_an_unknown_name(session: Session) -> None:
    with pytest.raises(NotFound, match="no official or state named 'Gerasimov'"):
        queries.who_spoke_with(session, "Gerasimov")


def test_who_spoke_with_an_ambiguous_surname(engine: Engine, session: Session) -> None:
    build_graph(engine)
    with pytest.raises(AmbiguousName, match="'Biden' matches 2 officials") as raised:
        queries.who_spoke_with(session, "Biden")
    assert raised.value.candidates == ["Joe Biden", "Jill Biden"]
    # "Biden" is also Joe's alias, but Jill shares the surname: still ambiguous, not silently Joe.


def test_find_actors(engine: Engine, session: Session) -> None:
    build_graph(engine)
    assert [(a.kind, a.name) for a in queries.find_actors(session, "biden")] == [
        ("official", "Joe Biden"), ("official", "Jill Biden"),
    ]
    assert [(a.kind, a.name) for a in queries.find_actors(session, "russia")] == [("state", "Russia")]
    assert queries.find_actors(session, "nobody") == []


def test_deployments(engine: Engine, session: Session) -> None:
    built = build_graph(engine)
    page = queries.list_deployments(session)
    assert page.total == 2
    assert [d.date for d in page.items] == ["2022-02-11", "2022-02"]
    first = page.items[0]
    assert first.model_dump(by_alias=True) == {
        "id": built["one"].deployment_ids[0],
        "from": {"id": first.from_.id, "name": "United States"},
        "to": {"id": first.to.id, "name": "Poland"},
        "what": "3,000 troops",
        "quantity": 3000,
        "date": "2022-02-11",
        "modality": "occurred",
        "sources": [{"article_id": built["first"], "sentence": "Troops were sent.", "start": 0, "end": 17}],
    }
    assert queries.list_deployments(session, from_="US").total == 1
    assert queries.list_deployments(session, to="belarus").total == 1
    assert queries.list_deployments(session, from_="Russia", to="Poland").total == 0
    assert queries.list_deployments(session, from_="Atlantis").total == 0
    assert queries.list_deployments(session, since=dt.date(2022, 2, 20)).total == 1
    assert queries.get_deployment(session, first.id).id == first.id


def test_officials(engine: Engine, session: Session) -> None:
    build_graph(engine)
    everyone = queries.search_officials(session, None)
    assert everyone.total == 9
    assert [o.name for o in everyone.items][:3] == ["Antony Blinken", "Dmytro Kuleba", "Jill Biden"]
    assert [o.name for o in queries.search_officials(session, "BID").items] == ["Jill Biden", "Joe Biden"]
    assert [o.name for o in queries.search_officials(session, "valeriy").items] == ["Valery Gerasimov"]
    assert [o.name for o in queries.search_officials(session, "President Joe").items] == ["Joe Biden"]
    assert queries.search_officials(session, "%").total == 0
    joe = queries.search_officials(session, "joe").items[0]
    assert joe.model_dump() == {
        "id": joe.id, "name": "Joe Biden", "aliases": ["Biden"], "country": "United States",
        "role": "President", "contact_count": 2,
    }
    assert queries.get_official(session, joe.id) == joe
    with pytest.raises(NotFound, match="no official with id 999"):
        queries.get_official(session, 999)


def test_states(engine: Engine, session: Session) -> None:
    build_graph(engine)
    states = {s.name: (s.code, s.official_count) for s in queries.list_states(session)}
    assert states["United States"] == ("US", 4)
    assert states["Russia"] == ("RU", 3)
    assert states["France"] == ("FR", 0)


def test_a_page_costs_the_same_few_queries_whatever_its_size(engine: Engine, session: Session) -> None:
    people = [official(f"Person{i} Surname{i}", country="Russia") for i in range(40)]
    calls = [
        contact(person(MILLEY.name), person(p.name), date=f"2022-01-{1 + i % 28:02d}")
        for i, p in enumerate(people)
    ]
    ingest(engine, extraction(MILLEY, *people, *calls))
    statements: list[str] = []

    def record(*args: Any) -> None:
        if not args[2].startswith("BEGIN"):
            statements.append(args[2])

    event.listen(engine, "before_cursor_execute", record)
    try:
        small = queries.list_contacts(session, participant="Milley", limit=2)
        small_cost = len(statements)
        statements.clear()
        large = queries.list_contacts(session, participant="Milley", limit=40)
        large_cost = len(statements)
        statements.clear()
        queries.who_spoke_with(session, "Milley")
        who_cost = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert (len(small.items), len(large.items)) == (2, 40)
    assert large_cost == small_cost <= 10
    assert who_cost <= 10


def test_a_full_name_beats_a_state_which_beats_a_surname(engine: Engine, session: Session) -> None:
    ingest(engine, extraction(
        official("Michael Jordan", country="United States"),
        contact(person("Michael Jordan"), state("Jordan")),
    ))
    assert queries.who_spoke_with(session, "Jordan").subject.kind == "state"
    assert queries.who_spoke_with(session, "Michael Jordan").subject.kind == "official"
    assert [a.kind for a in queries.find_actors(session, "jordan")] == ["official", "state"]
