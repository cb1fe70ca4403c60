"""Analyst corrections, their audit trail, and that re-ingestion never undoes them."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from graph.errors import InvalidInput, NotFound
from graph.ingestion import process_article
from graph.store import queries
from graph.store.curation import (
    delete_contact,
    delete_deployment,
    list_curations,
    merge_officials,
    rename_official,
    update_official,
)
from graph.store.db import session_scope
from graph.store.models import Event, Mention, Official, OfficialTerm
from graph.store.resolver import load_actor_dictionary

from .factories import (
    GERASIMOV,
    MILLEY,
    FixedExtractor,
    contact,
    count,
    deployment,
    extraction,
    ingest,
    official,
    person,
    state,
)

MILLEY_CALL = extraction(MILLEY, GERASIMOV, contact(person("Mark Milley"), person("Valery Gerasimov")))
# An extraction error: Gerasimov taken for a Ukrainian, so the resolver rightly kept him apart.
WRONG_GERASIMOV = official("Gerasimov", country="Ukraine")
WRONG_CALL = extraction(
    MILLEY, WRONG_GERASIMOV,
    contact(person("Mark Milley"), person("Gerasimov"), type="meeting", date="2022-03-01"),
    contact(person("Gerasimov"), state("France"), date="2022-03-02"),
)


def official_id(session: Session, name: str) -> int:
    found = session.exec(select(Official.id).where(Official.name == name)).one()
    assert found is not None
    return found


def test_merge_officials_moves_everything_and_survives_reingestion(engine: Engine) -> None:
    ingest(engine, MILLEY_CALL)
    _, wrong = ingest(engine, WRONG_CALL)
    with session_scope(engine) as session:
        keep, merge = official_id(session, "Valery Gerasimov"), session.exec(
            select(Official.id).where(Official.name == "Gerasimov")).one()
        assert keep != merge
        merge_id = merge or 0
        session.add(OfficialTerm(official_id=merge_id, role="General"))
    with session_scope(engine) as session:
        view = merge_officials(session, keep, merge_id)
    assert (view.id, view.name, view.country, view.contact_count) == (keep, "Valery Gerasimov", "Russia", 3)
    assert "Gerasimov" in view.aliases
    with session_scope(engine) as session:
        assert session.get(Official, merge_id) is None
        assert {m.official_id for m in session.exec(select(Mention))} <= {keep, official_id(session, "Mark Milley")}
        assert session.exec(select(OfficialTerm.official_id)).all() == [keep]
        entry = list_curations(session).items[0]
    assert (entry.action, entry.target_kind, entry.target_id) == ("merge_officials", "official", keep)
    assert entry.detail["before"]["merge"]["country"] == "Ukraine"
    assert entry.detail["after"]["name"] == "Valery Gerasimov"
    # The same mistaken article again: its "Gerasimov" is now the merged official.
    ingest(engine, WRONG_CALL, text="A copy of the mistaken article.")
    with session_scope(engine) as session:
        assert session.exec(select(Official.name).order_by(Official.name)).all() == [
            "Mark Milley", "Valery Gerasimov",
        ]
        assert queries.who_spoke_with(session, "Gerasimov").subject.id == keep
    assert count(engine, Event) == 3


def test_merge_drops_the_duplicate_participation_of_a_shared_event(engine: Engine) -> None:
    ingest(engine, extraction(
        MILLEY, GERASIMOV, WRONG_GERASIMOV,
        contact(person("Mark Milley"), person("Valery Gerasimov"), person("Gerasimov")),
    ))
    with session_scope(engine) as session:
        merge_officials(session, official_id(session, "Valery Gerasimov"), official_id(session, "Gerasimov"))
    with session_scope(engine) as session:
        (call,) = queries.list_contacts(session).items
    assert [p.name for p in call.participants] == ["Mark Milley", "Valery Gerasimov"]


def test_merge_refuses_nonsense(engine: Engine, session: Session) -> None:
    ingest(engine, MILLEY_CALL)
    milley = official_id(session, "Mark Milley")
    with pytest.raises(InvalidInput, match="into itself"):
        merge_officials(session, milley, milley)
    with pytest.raises(NotFound, match="no official with id 999"):
        merge_officials(session, milley, 999)


def test_rename_survives_reingestion(engine: Engine) -> None:
    ingest(engine, MILLEY_CALL)
    with session_scope(engine) as session:
        milley = official_id(session, "Mark Milley")
        view = rename_official(session, milley, "Mark A. Milley")
    assert view.name == "Mark A. Milley"
    assert set(view.aliases) >= {"Mark Milley", "Milley"}
    ingest(engine, MILLEY_CALL, text="Another report of the call.")
    with session_scope(engine) as session:
        assert queries.get_official(session, milley).name == "Mark A. Milley"
        assert queries.search_officials(session, "milley").total == 1
        assert queries.list_contacts(session, participant="Mark Milley").items[0].corroboration == 2
        assert list_curations(session).items[0].detail == {
            "before": {"id": milley, "name": "Mark Milley", "role": "Chairman of the Joint Chiefs of Staff",
                       "country": "United States", "aliases": ["Milley"], "curated": False},
            "after": {"id": milley, "name": "Mark A. Milley", "role": "Chairman of the Joint Chiefs of Staff",
                      "country": "United States", "aliases": ["Milley", "Mark Milley"], "curated": True},
        }
    with session_scope(engine) as session, pytest.raises(InvalidInput):
        rename_official(session, milley, "  ")


def test_update_official_survives_reingestion(engine: Engine) -> None:
    article_id, _ = ingest(engine, WRONG_CALL)
    with session_scope(engine) as session:
        gerasimov = official_id(session, "Gerasimov")
        view = update_official(session, gerasimov, role="Chief of the General Staff", country="Russia")
    assert (view.role, view.country) == ("Chief of the General Staff", "Russia")
    process_article(engine, FixedExtractor(WRONG_CALL), article_id)  # says Ukraine again
    ingest(engine, extraction(official("Gerasimov", country="Ukraine", role="Colonel")), text="More.")
    with session_scope(engine) as session:
        assert queries.get_official(session, gerasimov).model_dump(include={"role", "country"}) == {
            "role": "Chief of the General Staff", "country": "Russia",
        }
        assert session.exec(select(func.count()).select_from(Official)).one() == 2
        cleared = update_official(session, gerasimov, role="")
        assert cleared.role is None
        with pytest.raises(InvalidInput, match="nothing to update"):
            update_official(session, gerasimov)


def test_a_deleted_contact_stays_deleted_after_reingestion(engine: Engine) -> None:
    article_id, result = ingest(engine, MILLEY_CALL)
    with session_scope(engine) as session:
        delete_contact(session, result.event_ids[0])
    again_id, again = ingest(engine, MILLEY_CALL, text="The same call, reported elsewhere.")
    process_article(engine, FixedExtractor(MILLEY_CALL), article_id)
    assert again.event_ids == result.event_ids  # merged into the deleted event, not a new one
    assert count(engine, Event) == 1
    with session_scope(engine) as session:
        assert queries.list_contacts(session).total == 0
        assert queries.contacts_for_article(session, again_id) == []
        with pytest.raises(NotFound):
            delete_contact(session, result.event_ids[0])
    # Even when no article supports it any more, the deleted row stays to keep it deleted.
    process_article(engine, FixedExtractor(extraction()), article_id)
    process_article(engine, FixedExtractor(extraction()), again_id)
    assert count(engine, Event) == 1


def test_a_deleted_deployment_stays_deleted(engine: Engine) -> None:
    moved = extraction(deployment("United States", "Poland"))
    _, result = ingest(engine, moved)
    with session_scope(engine) as session:
        delete_deployment(session, result.deployment_ids[0])
    ingest(engine, moved, text="Troops again.")
    with session_scope(engine) as session:
        assert queries.list_deployments(session).total == 0
        with pytest.raises(NotFound):
            delete_deployment(session, result.deployment_ids[0])


def test_dictionary_load_respects_curation(engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ingest(engine, MILLEY_CALL)
    with session_scope(engine) as session:
        update_official(session, official_id(session, "Valery Gerasimov"), role="General")
    path = tmp_path / "actors.yaml"
    path.write_text("- {name: Valery Gerasimov, country: Russia, roles: [{role: Chief of the General Staff}]}\n")
    with session_scope(engine) as session:
        load_actor_dictionary(session, path)
        assert queries.get_official(session, official_id(session, "Valery Gerasimov")).role == "General"


def test_list_curations_pages_newest_first(engine: Engine) -> None:
    _, result = ingest(engine, MILLEY_CALL)
    with session_scope(engine) as session:
        milley = official_id(session, "Mark Milley")
        update_official(session, milley, role="General")
        rename_official(session, milley, "Mark Alexander Milley")
        delete_contact(session, result.event_ids[0])
    with session_scope(engine) as session:
        page = list_curations(session, limit=2)
        assert page.total == 3
        assert [c.action for c in page.items] == ["delete_contact", "rename_official"]
        assert [c.action for c in list_curations(session, limit=2, offset=2).items] == ["update_official"]
