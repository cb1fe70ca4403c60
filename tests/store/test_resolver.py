"""Resolution: one official per person, never one official for two people."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from graph.errors import InvalidInput
from graph.extraction.records import OfficialRecord
from graph.store.models import Official, OfficialAlias, OfficialTerm, State
from graph.store.resolver import (
    get_or_create_organization,
    get_or_create_state,
    load_actor_dictionary,
    resolve_official,
    state_code,
)


def resolve(
    session: Session, name: str, *aliases: str, country: str | None = None, role: str | None = None
) -> Official:
    country_id = get_or_create_state(session, country).id if country else None
    return resolve_official(session, OfficialRecord(name, aliases, country, role), country_id)


def aliases_of(session: Session, official: Official) -> set[str]:
    return set(session.exec(select(OfficialAlias.alias).where(OfficialAlias.official_id == official.id)))


def test_spellings_titles_and_surnames_resolve_to_one_official(session: Session) -> None:
    milley = resolve(session, "Mark Milley", "General Mark Milley", "Milley", country="United States")
    assert resolve(session, "Top US General Mark Milley", country="United States").id == milley.id
    assert resolve(session, "Milley").id == milley.id
    assert resolve(session, "Milley", country="United States").id == milley.id
    assert resolve(session, "MARK MILLEY").id == milley.id
    assert (milley.name, milley.name_key, milley.surname_key) == ("Mark Milley", "mark milley", "milley")
    assert aliases_of(session, milley) == {"Milley"}  # titled forms share the name's key
    assert len(session.exec(select(Official)).all()) == 1


def test_transliteration_variants_resolve_to_one_official(session: Session) -> None:
    zelensky = resolve(session, "Volodymyr Zelensky", country="Ukraine")
    assert resolve(session, "Volodymyr Zelenskyy", country="Ukraine").id == zelensky.id
    assert resolve(session, "Zelenskiy").id == zelensky.id
    assert "Volodymyr Zelenskyy" not in aliases_of(session, zelensky)  # same key as the name


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Joe Biden", "United States"), ("Jill Biden", "United States")),  # first names differ
        (("Joe Biden", "United States"), ("Hunter Biden", None)),
        (("John Smith", "United States"), ("John Smith", "United Kingdom")),  # countries differ
        (("Smith", "United States"), ("Smith", "United Kingdom")),
        (("John Smith", "United Kingdom"), ("Smith", "United States")),
    ],
)
def test_surname_sharing_officials_stay_apart(
    session: Session, first: tuple[str, str | None], second: tuple[str, str | None]
) -> None:
    a = resolve(session, first[0], country=first[1])
    b = resolve(session, second[0], country=second[1])
    assert a.id != b.id
    assert a.name == first[0] and b.name == second[0]


def test_a_bare_surname_joins_the_compatible_official(session: Session) -> None:
    uk = resolve(session, "John Smith", country="United Kingdom")
    us = resolve(session, "Jane Smith", country="United States")
    assert resolve(session, "Smith", country="United States").id == us.id
    assert resolve(session, "Smith", country="United Kingdom").id == uk.id


def test_a_full_name_completes_an_official_known_by_surname(session: Session) -> None:
    butler = resolve(session, "Butler", country="United States")
    same = resolve(session, "Dave Butler", "Colonel Dave Butler", role="Joint Staff spokesman")
    assert same.id == butler.id
    assert (same.name, same.surname_key, same.role) == ("Dave Butler", "butler", "Joint Staff spokesman")
    assert aliases_of(session, same) == {"Butler"}
    other = resolve(session, "John Butler", country="United States")
    assert other.id != butler.id


def test_blank_role_and_country_are_filled_but_never_overwritten(session: Session) -> None:
    official = resolve(session, "Dmytro Kuleba")
    resolve(session, "Dmytro Kuleba", country="Ukraine", role="Foreign Minister")
    assert official.role == "Foreign Minister"
    resolve(session, "Dmytro Kuleba", role="Deputy Prime Minister")
    assert official.role == "Foreign Minister"
    assert official.country_id == get_or_create_state(session, "Ukraine").id


def test_curated_officials_keep_their_fields(session: Session) -> None:
    official = resolve(session, "Butler")
    official.curated = True
    resolve(session, "Dave Butler", country="United States", role="spokesman")
    assert (official.name, official.country_id, official.role) == ("Butler", None, None)


def test_an_initial_is_compatible_with_the_first_name(session: Session) -> None:
    joe = resolve(session, "Joe Biden", country="United States")
    assert resolve(session, "J. Biden", country="United States").id == joe.id


def test_an_official_needs_a_name(session: Session) -> None:
    with pytest.raises(InvalidInput):
        resolve(session, "  ")


def test_states_get_iso_codes_and_meet_by_code(session: Session) -> None:
    russia = get_or_create_state(session, "Russia")
    assert russia.code == "RU"
    assert get_or_create_state(session, "russia").id == russia.id
    assert get_or_create_state(session, "Russian Federation").id == russia.id
    geneva = get_or_create_state(session, "Atlantis")
    assert geneva.code is None
    assert len(session.exec(select(State)).all()) == 2
    with pytest.raises(InvalidInput):
        get_or_create_state(session, " ")


@pytest.mark.parametrize(
    ("name", "code"),
    [("United States", "US"), ("United Kingdom", "GB"), ("Turkey", "TR"), ("South Korea", "KR"),
     ("Czech Republic", "CZ"), ("Kosovo", "XK"), ("Geneva", None), ("European Union", None)],
)
def test_state_code(name: str, code: str | None) -> None:
    assert state_code(name) == code


def test_organizations_are_created_once(session: Session) -> None:
    nato = get_or_create_organization(session, "NATO")
    assert get_or_create_organization(session, "nato").id == nato.id


YAML_DICTIONARY = """
officials:
  - name: Valery Gerasimov
    aliases: [Gerasimov, Valeriy Gerasimov]
    country: Russia
    roles:
      - {role: Chief of the General Staff, start: 2012-11-09}
  - name: Mark Milley
    aliases: "Milley|General Milley"
    country: United States
    roles:
      - {role: Chief of Staff of the Army, start: 2015-08-14, end: 2019-08-09}
      - {role: Chairman of the Joint Chiefs of Staff, start: 2019-10-01, end: 2023-09-30}
"""

CSV_DICTIONARY = """name,aliases,country,role,start,end
Antony Blinken,Blinken|Tony Blinken,United States,Deputy Secretary of State,2015-01-09,2017-01-20
Antony Blinken,Blinken,United States,Secretary of State,2021-01-26,
Dmytro Kuleba,Kuleba,Ukraine,Foreign Minister,2020-03,
"""


def test_load_yaml_actor_dictionary_is_idempotent(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(YAML_DICTIONARY, encoding="utf-8")
    assert load_actor_dictionary(session, path) == 2
    assert load_actor_dictionary(session, path) == 2
    officials = session.exec(select(Official).order_by(col(Official.name))).all()
    assert [o.name for o in officials] == ["Mark Milley", "Valery Gerasimov"]
    milley = officials[0]
    assert milley.role == "Chairman of the Joint Chiefs of Staff"  # the latest term
    terms = session.exec(select(OfficialTerm).where(OfficialTerm.official_id == milley.id)).all()
    assert sorted((t.role, t.start, t.end) for t in terms) == [
        ("Chairman of the Joint Chiefs of Staff", dt.date(2019, 10, 1), dt.date(2023, 9, 30)),
        ("Chief of Staff of the Army", dt.date(2015, 8, 14), dt.date(2019, 8, 9)),
    ]
    assert aliases_of(session, milley) == {"Milley"}  # "General Milley" has the same key
    assert len(session.exec(select(OfficialAlias)).all()) == 2


def test_load_csv_actor_dictionary(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(CSV_DICTIONARY, encoding="utf-8")
    assert load_actor_dictionary(session, path) == 2
    load_actor_dictionary(session, path)
    blinken = session.exec(select(Official).where(Official.name == "Antony Blinken")).one()
    assert blinken.role == "Secretary of State"
    assert aliases_of(session, blinken) == {"Blinken", "Tony Blinken"}
    kuleba = session.exec(select(Official).where(Official.name == "Dmytro Kuleba")).one()
    term = session.exec(select(OfficialTerm).where(OfficialTerm.official_id == kuleba.id)).one()
    assert (term.start, term.end) == (dt.date(2020, 3, 1), None)
    assert len(session.exec(select(OfficialTerm)).all()) == 3


def test_a_dictionary_entry_upgrades_the_ingested_official(session: Session, tmp_path: Path) -> None:
    ingested = resolve(session, "Gerasimov")
    path = tmp_path / "actors.yaml"
    path.write_text(YAML_DICTIONARY, encoding="utf-8")
    load_actor_dictionary(session, path)
    assert ingested.name == "Valery Gerasimov"
    assert len(session.exec(select(Official)).all()) == 2


def test_the_resolver_prefers_dictionary_entries(session: Session, tmp_path: Path) -> None:
    # An ingested "Smith" of unknown country could be either; the dictionary's Smith is preferred.
    resolve(session, "Jane Smith", country="United Kingdom")
    path = tmp_path / "actors.yaml"
    path.write_text("- {name: John Smith, country: United States, roles: [{role: Envoy}]}\n", encoding="utf-8")
    load_actor_dictionary(session, path)
    john = session.exec(select(Official).where(Official.name == "John Smith")).one()
    assert resolve(session, "Smith").id == john.id


def test_a_dictionary_without_names_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("- {country: Russia}\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="entry 1 has no name"):
        load_actor_dictionary(session, path)
