"""Which actors a name refers to, the way users type names: full name, alias or surname, any case or spelling.

The queries filter and answer with this matching; keeping it in one place makes the ``participant`` filter,
``find_actors`` and ``who_spoke_with`` agree on what a name means.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_
from sqlmodel import Session, col, select

from graph.errors import AmbiguousName, NotFound
from graph.names import first_name_key, name_key, surname_key
from graph.store.models import Official, OfficialAlias, State
from graph.store.resolver import find_state
from graph.store.views import ParticipantView

__all__ = [
    "find_actors",
    "designated_actor",
    "officials_by_name",
    "official_participants",
    "state_participant",
    "state_names",
    "chunks",
]

CHUNK = 2000  # ids per IN (...) list: far below SQLite's and PostgreSQL's parameter limits


def chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    """Distinct ids in sorted slices, so a page of thousands of events still binds few parameters."""
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        yield unique[start : start + CHUNK]


def officials_by_name(session: Session, name: str) -> tuple[list[Official], list[Official]]:
    """Officials a name designates: by full name or full-name alias, else (a bare name) by surname.

    A bare name ("Biden") is matched against aliases and surnames alike, and all of those officials
    come back together: Joe Biden's alias "Biden" must not hide Jill Biden.
    """
    key = name_key(name)
    if not key:
        return [], []
    alias_owner = select(OfficialAlias.official_id).where(OfficialAlias.alias_key == key)
    matches = or_(col(Official.name_key) == key, col(Official.id).in_(alias_owner))
    if first_name_key(name) is None:
        matches = or_(matches, col(Official.surname_key) == surname_key(name))
        return [], list(session.exec(select(Official).where(matches).order_by(col(Official.id))).all())
    return list(session.exec(select(Official).where(matches).order_by(col(Official.id))).all()), []


def state_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Names of many states in one query per chunk (views need names, rows carry ids)."""
    names: dict[int, str] = {}
    for chunk in chunks(ids):
        rows = session.exec(select(State.id, State.name).where(col(State.id).in_(chunk)))
        names.update((state_id or 0, state_name) for state_id, state_name in rows)
    return names


def official_participants(session: Session, officials: Iterable[Official]) -> list[ParticipantView]:
    rows = list(officials)
    countries = state_names(session, [o.country_id for o in rows if o.country_id is not None])
    return [
        ParticipantView(
            id=o.id or 0,
            kind="official",
            name=o.name,
            country=countries.get(o.country_id) if o.country_id is not None else None,
            role=o.role,
        )
        for o in rows
    ]


def state_participant(state: State) -> ParticipantView:
    return ParticipantView(id=state.id or 0, kind="state", name=state.name, country=state.name, role=None)


def find_actors(session: Session, name: str) -> list[ParticipantView]:
    """Every actor a name may refer to: officials by full name, alias or surname, then a state by name.

    This is the matching behind the ``participant`` filter and ``who_spoke_with``.
    """
    exact, by_surname = officials_by_name(session, name)
    found = official_participants(session, [*exact, *by_surname])
    state = find_state(session, name)
    if state is not None:
        found.append(state_participant(state))
    return found


def designated_actor(session: Session, name: str) -> ParticipantView:
    """The one actor a name designates; NotFound or AmbiguousName (with the candidates) otherwise."""
    exact, by_surname = officials_by_name(session, name)
    state = find_state(session, name)
    # A full name beats a state's name, which beats a bare surname ("Jordan" is the country).
    groups: list[list[ParticipantView]] = [
        official_participants(session, exact),
        [state_participant(state)] if state is not None else [],
        official_participants(session, by_surname),
    ]
    for views in groups:
        if len(views) == 1:
            return views[0]
        if len(views) > 1:
            described = ", ".join(f"{v.name} ({v.country or 'country unknown'}, id {v.id})" for v in views)
            raise AmbiguousName(
                f"{name!r} matches {len(views)} officials: {described}; use a full name",
                candidates=[v.name for v in views],
            )
    raise NotFound(f"no official or state named {name!r} in the graph")


