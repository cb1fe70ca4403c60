"""Entity resolution: the same person across sentences and articles becomes one ``Official`` row.

Two records are the same person when a full name (or a full-name alias) has the same key, or when one
side is a bare surname ("Milley") and the surnames and countries agree. What must never happen is worse
than a missed merge: two people whose first names differ, or whose known countries differ, are never
merged automatically. Actor dictionaries (curated lists of officials with their terms in office) win
ties, because they are what an analyst vouched for.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry
import yaml
from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from graph.errors import InvalidInput
from graph.extraction.records import OfficialRecord
from graph.names import first_name_key, first_names_compatible, name_key, surname_key
from graph.store.dates import date_bounds
from graph.store.db import lock_graph_for_writing
from graph.store.models import Mention, Official, OfficialAlias, OfficialTerm, Organization, State

__all__ = [
    "resolve_official",
    "get_or_create_state",
    "get_or_create_organization",
    "find_state",
    "state_code",
    "load_actor_dictionary",
    "add_alias",
    "set_official_name",
]

# Short names pycountry's lookup misses (it knows "Russian Federation", "Türkiye", …).
_CODE_OVERRIDES = {
    "russia": "RU",
    "turkey": "TR",
    "ivory coast": "CI",
    "palestine": "PS",
    "vatican": "VA",
    "vatican city": "VA",
    "kosovo": "XK",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "usa": "US",
    "america": "US",
    "holland": "NL",
    "burma": "MM",
    "east timor": "TL",
    "cape verde": "CV",
    "swaziland": "SZ",
    "macedonia": "MK",
}


# Column widths of the tables: longer text from extraction is cut rather than failing the article.
NAME_CHARS = 300
STATE_CHARS = 200


def _clean(text: str, limit: int = NAME_CHARS) -> str:
    return " ".join(text.split())[:limit].strip()


def state_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country name, or None (organizations, cities, unknown places).

    >>> state_code("Russia"), state_code("South Korea"), state_code("Geneva")
    ('RU', 'KR', None)
    """
    folded = _clean(name).lower().removeprefix("the ")
    if folded in _CODE_OVERRIDES:
        return _CODE_OVERRIDES[folded]
    try:
        country: Any = pycountry.countries.lookup(folded)
    except LookupError:
        return None
    return str(country.alpha_2)


def find_state(session: Session, name: str) -> State | None:
    """The stored state a name (or ISO code) refers to: same name in any case, else same ISO code."""
    cleaned = _clean(name, STATE_CHARS)
    if not cleaned:
        return None
    found = session.exec(select(State).where(func.lower(State.name) == cleaned.lower())).first()
    if found is not None:
        return found
    code = state_code(cleaned)
    if code is None:
        return None
    return session.exec(select(State).where(State.code == code).order_by(col(State.id))).first()


def get_or_create_state(session: Session, name: str) -> State:
    """The state named ``name``, created on first sight with its ISO code when pycountry knows it.

    "Czechia" and "Czech Republic" share a code, so the second spelling finds the first row.
    """
    cleaned = _clean(name, STATE_CHARS)
    if not cleaned:
        raise InvalidInput("a state needs a name")
    state = find_state(session, cleaned)
    if state is None:
        state = State(name=cleaned, code=state_code(cleaned))
        session.add(state)
        session.flush()
    return state


def get_or_create_organization(session: Session, name: str) -> Organization:
    """The organization named ``name`` (compared case-insensitively), created on first sight."""
    cleaned = _clean(name)
    if not cleaned:
        raise InvalidInput("an organization needs a name")
    found = session.exec(
        select(Organization).where(func.lower(Organization.name) == cleaned.lower())
    ).first()
    if found is None:
        found = Organization(name=cleaned)
        session.add(found)
        session.flush()
    return found


def set_official_name(official: Official, name: str) -> None:
    """Give an official a new display name, keeping the resolution keys in step with it."""
    official.name = _clean(name)
    official.name_key = _key(official.name)
    official.surname_key = surname_key(official.name)[:NAME_CHARS]


def add_alias(session: Session, official: Official, alias: str, known_keys: set[str] | None = None) -> bool:
    """Record another spelling of an official's name; False when its key adds nothing.

    ``known_keys`` (the official's alias keys, kept up to date here) saves a query per alias.
    """
    cleaned = _clean(alias)
    key = _key(cleaned)
    if not key or key == official.name_key:
        return False
    if known_keys is None:
        known_keys = _alias_keys(session, [_id(official)]).get(_id(official), set())
    if key in known_keys:
        return False
    session.add(OfficialAlias(official_id=_id(official), alias=cleaned, alias_key=key))
    known_keys.add(key)
    return True


def _id(row: Official) -> int:
    if row.id is None:  # only unflushed rows lack an id, and this module flushes what it creates
        raise RuntimeError("official has no id yet")
    return row.id


def _alias_keys(session: Session, official_ids: Sequence[int]) -> dict[int, set[str]]:
    keys: dict[int, set[str]] = {}
    if official_ids:
        rows = session.exec(
            select(OfficialAlias.official_id, OfficialAlias.alias_key).where(
                col(OfficialAlias.official_id).in_(official_ids)
            )
        )
        for official_id, key in rows:
            keys.setdefault(official_id, set()).add(key)
    return keys


def _key(name: str) -> str:
    """The key as stored: of the name cut to its column's width, cut to the key column's width."""
    return name_key(_clean(name))[:NAME_CHARS]


def _is_full_name(name: str) -> bool:
    return first_name_key(name) is not None


def _role(role: str | None) -> str | None:
    return _clean(role) or None if role else None


def _countries_compatible(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


@dataclass
class _Candidate:
    official: Official
    by_name: bool  # the record's own name (not only one of its aliases) has this official's key
    dictionary: bool = False
    mentions: int = 0

    def rank(self, country_id: int | None) -> tuple[bool, bool, bool, int, int]:
        same_country = country_id is not None and self.official.country_id == country_id
        return (not self.dictionary, not same_country, not self.by_name, -self.mentions, _id(self.official))


def _annotate(session: Session, candidates: list[_Candidate]) -> None:
    ids = [_id(c.official) for c in candidates]
    if not ids:
        return
    with_terms = set(
        session.exec(
            select(OfficialTerm.official_id).where(col(OfficialTerm.official_id).in_(ids))
        )
    )
    mention_counts = dict(
        session.exec(
            select(Mention.official_id, func.count())
            .where(col(Mention.official_id).in_(ids))
            .group_by(col(Mention.official_id))
        ).all()
    )
    for candidate in candidates:
        candidate.dictionary = _id(candidate.official) in with_terms
        candidate.mentions = mention_counts.get(_id(candidate.official), 0)


def _by_key(session: Session, record: OfficialRecord, country_id: int | None) -> list[_Candidate]:
    """Officials sharing a full-name key with the record (its name or an alias).

    The record's own key also counts when it is a bare surname, but only towards a curated official
    that carries it: an analyst's merge or rename left that name there on purpose, so it is honoured
    even across countries. Every other bare-surname match goes through ``_by_surname`` and its rules.
    """
    own_key = _key(record.name)
    full_keys = {_key(n) for n in (record.name, *record.aliases) if _is_full_name(n)}
    keys = full_keys | {own_key}
    alias_owner = select(OfficialAlias.official_id).where(col(OfficialAlias.alias_key).in_(keys))
    officials = session.exec(
        select(Official).where(or_(col(Official.name_key).in_(keys), col(Official.id).in_(alias_owner)))
    ).all()
    aliases = _alias_keys(session, [_id(o) for o in officials])
    own_first = first_name_key(record.name)
    found = []
    for official in officials:
        official_keys = aliases.get(_id(official), set()) | {official.name_key}
        by_name = own_key in official_keys
        if official.curated and by_name:
            found.append(_Candidate(official, by_name=True))
            continue
        if not official_keys & full_keys:
            continue
        if not _countries_compatible(official.country_id, country_id):
            continue
        if not by_name and not first_names_compatible(own_first, first_name_key(official.name)):
            continue
        found.append(_Candidate(official, by_name=by_name))
    return found


def _by_surname(session: Session, record: OfficialRecord, country_id: int | None) -> list[_Candidate]:
    surname = surname_key(record.name)
    if not surname:
        return []
    own_first = first_name_key(record.name)
    officials = session.exec(select(Official).where(Official.surname_key == surname)).all()
    found = []
    for official in officials:
        if not _countries_compatible(official.country_id, country_id):
            continue
        if not first_names_compatible(own_first, first_name_key(official.name)):
            continue
        found.append(_Candidate(official, by_name=False))
    return found


def find_official(session: Session, record: OfficialRecord, country_id: int | None) -> Official | None:
    """The stored official a record names, or None; see the module docstring for the rules."""
    candidates = _by_key(session, record, country_id) or _by_surname(session, record, country_id)
    if not candidates:
        return None
    _annotate(session, candidates)
    return min(candidates, key=lambda c: c.rank(country_id)).official


def resolve_official(session: Session, record: OfficialRecord, country_id: int | None) -> Official:
    """The official a record names: an existing one (filled in where it was blank) or a new one.

    An official an analyst edited (``curated``) keeps its name, role and country; it still gains the
    record's spellings as aliases, which only help later resolution.
    """
    name = _clean(record.name)
    if not name_key(name):
        raise InvalidInput(f"an official needs a name, got {record.name!r}")
    official = find_official(session, record, country_id)
    if official is None:
        official = Official(name=name, name_key="", country_id=country_id, role=_role(record.role))
        set_official_name(official, name)
        session.add(official)
        session.flush()
    elif not official.curated:
        if not _is_full_name(official.name) and _is_full_name(name):
            old = official.name
            set_official_name(official, name)
            add_alias(session, official, old)
        if official.country_id is None and country_id is not None:
            official.country_id = country_id
        if not official.role and record.role:
            official.role = _role(record.role)
    known = _alias_keys(session, [_id(official)]).get(_id(official), set())
    for alias in (name, *record.aliases):
        add_alias(session, official, alias, known)
    session.flush()
    return official


# --- actor dictionaries -------------------------------------------------------------------------------


@dataclass
class _Entry:
    name: str
    country: str | None
    aliases: list[str]
    terms: list[tuple[str, dt.date | None, dt.date | None]]


def _split_aliases(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split("|") if a.strip()]
    return [str(a).strip() for a in value if str(a).strip()]


def _term_date(value: Any, *, end: bool) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        first, last = date_bounds(str(value).strip())
    except ValueError as exc:
        raise InvalidInput(f"bad date {value!r} in actor dictionary: {exc}") from exc
    return last if end else first


def _term(item: Any) -> tuple[str, dt.date | None, dt.date | None] | None:
    role = _clean(str(item.get("role") or ""))
    if not role:
        return None
    return role, _term_date(item.get("start"), end=False), _term_date(item.get("end"), end=True)


def _read_entries(path: Path) -> list[_Entry]:
    text = path.read_text(encoding="utf-8")
    merged: dict[tuple[str, str | None], _Entry] = {}
    items: Iterable[Any]
    if path.suffix.lower() == ".csv":
        items = csv.DictReader(text.splitlines())
    else:
        loaded = yaml.safe_load(text) or []
        if isinstance(loaded, dict):
            loaded = loaded.get("officials", [])
        if not isinstance(loaded, list):
            raise InvalidInput(f"{path}: expected a list of officials")
        items = loaded
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            raise InvalidInput(f"{path}: entry {number} has no name")
        name = _clean(str(item["name"]))
        country = _clean(str(item["country"])) if item.get("country") else None
        entry = merged.setdefault((name_key(name), country), _Entry(name, country, [], []))
        entry.aliases += [a for a in _split_aliases(item.get("aliases")) if a not in entry.aliases]
        roles = item.get("roles")
        terms = [_term(r) for r in roles] if isinstance(roles, list) else [_term(item)]
        entry.terms += [t for t in terms if t is not None and t not in entry.terms]
    return list(merged.values())


def _current_role(terms: list[tuple[str, dt.date | None, dt.date | None]]) -> str | None:
    if not terms:
        return None
    ongoing = [t for t in terms if t[2] is None]
    pool = ongoing or terms
    return max(pool, key=lambda t: (t[1] or dt.date.min, t[2] or dt.date.max))[0]


def load_actor_dictionary(session: Session, path: Path) -> int:
    """Load officials, aliases and terms from a YAML or CSV actor dictionary; returns the entries read.

    YAML: a list (or ``{"officials": [...]}``) of ``{name, aliases, country, roles: [{role, start,
    end}]}``. CSV: columns ``name, aliases, country, role, start, end``, aliases "|"-separated, one row
    per term. Loading the same file again changes nothing. An entry matching an official that ingestion
    created upgrades that official instead of making a second one.
    """
    entries = _read_entries(path)
    lock_graph_for_writing(session)
    for entry in entries:
        country_id = get_or_create_state(session, entry.country).id if entry.country else None
        role = _current_role(entry.terms)
        record = OfficialRecord(
            name=entry.name, aliases=tuple(entry.aliases), country=entry.country, role=role
        )
        official = resolve_official(session, record, country_id)
        if not official.curated:
            if country_id is not None:
                official.country_id = country_id
            if role:
                official.role = role
        existing = {
            (t.role, t.start, t.end)
            for t in session.exec(select(OfficialTerm).where(OfficialTerm.official_id == official.id))
        }
        for role_name, start, end in entry.terms:
            if (role_name, start, end) not in existing:
                session.add(OfficialTerm(official_id=_id(official), role=role_name, start=start, end=end))
    session.flush()
    return len(entries)
