"""The stored graph as networkx: one ``MultiDiGraph`` of actors, events and deployments.

Everything else in ``graph.analysis`` works on what :func:`build_graph` returns (or on the actor-to-actor
:func:`contact_graph` it collapses to), so the database is read in one place and every analysis is
filterable the same way: by period, contact type and modality.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Any

import networkx as nx
from sqlmodel import Session, col, select

from graph.analysis.nodes import is_actor, node_key
from graph.analysis.period import DateLike, period_bounds, within
from graph.errors import InvalidInput
from graph.extraction.records import CONTACT_TYPES, MODALITIES
from graph.store.actors import chunks
from graph.store.dates import date_bounds
from graph.store.models import (
    Deployment,
    Event,
    EventParticipant,
    Official,
    OfficialAlias,
    Organization,
    Source,
    State,
)

__all__ = [
    "RELATIONS",
    "build_graph",
    "filter_graph",
    "contact_graph",
    "as_contact_graph",
    "event_participants",
]

#: Edge relations of the graph, as the ``relation`` attribute names them.
RELATIONS: tuple[str, ...] = ("participated_in", "spoke_with", "represents", "deploys_to", "located_in")


def _checked(values: Iterable[str] | None, allowed: tuple[str, ...], what: str) -> tuple[str, ...] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    chosen = tuple(dict.fromkeys(values))
    unknown = [v for v in chosen if v not in allowed]
    if unknown:
        listed = ", ".join(map(repr, unknown))
        raise InvalidInput(f"unknown {what} {listed}: choose from {', '.join(allowed)}")
    return chosen or None


def _dates(date: str | None, start: dt.date | None, end: dt.date | None) -> tuple[str | None, str | None]:
    # Rows written before date_start/date_end were filled still carry the partial date string.
    if start is None and date:
        start, end = date_bounds(date)
    return (start.isoformat() if start else None, end.isoformat() if end else None)


def _sources(session: Session, column: Any, ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in chunks(ids):
        rows = session.exec(select(Source).where(col(column).in_(chunk)).order_by(col(Source.id)))
        for src in rows:
            owner = getattr(src, column.key)
            found[owner].append(
                {"article_id": src.article_id, "sentence": src.sentence, "start": src.start, "end": src.end}
            )
    return found


def build_graph(
    session: Session,
    *,
    since: DateLike = None,
    until: DateLike = None,
    types: Iterable[str] | None = None,
    modalities: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Read the stored graph into a networkx ``MultiDiGraph``.

    Nodes are ``official:ID``, ``state:ID``, ``organization:ID`` and ``event:ID``, each with ``kind`` and
    ``name`` (plus ``label`` = name, which Gephi shows). Officials carry ``country``, ``role`` and
    ``aliases``; states ``country`` (themselves) and ``code``; events ``type``, ``date``, ``date_start``,
    ``date_end``, ``modality``, ``location``, ``confidence``, ``sources`` and ``corroboration``.

    Edges carry ``relation``:

    - ``participated_in``: actor → event, with the actor's ``position`` among the participants;
    - ``spoke_with``: one edge per pair of co-participants of an event (key ``event:ID``; direction is
      only the participants' order), with the event's ``event``, ``type``, ``date`` and ``modality``;
    - ``represents``: official → the state of their country;
    - ``deploys_to``: state → state (key ``deployment:ID``), with ``what``, ``quantity``, ``date``,
      ``modality`` and ``sources``;
    - ``located_in``: event → the state where it took place.

    Deleted (curated away) events and deployments are never included.

    Parameters
    ----------
    session : sqlmodel.Session
    since, until : str or datetime.date, optional
        Keep facts whose dates overlap the period (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``since``
        counts from its first day, ``until`` to its last), as ``/v1/contacts`` does. Undated facts drop
        out when either is given.
    types : iterable of str, optional
        Event types to keep (``phone_call``, ``video_call``, ``meeting``, ``visit``, ``contact``). Only
        events are typed, so deployments stay.
    modalities : iterable of str, optional
        Modalities to keep (``occurred``, ``planned``, ``proposed``, ``cancelled``, ``denied``), for
        events and deployments alike.

    Returns
    -------
    networkx.MultiDiGraph
        Unfiltered, it holds every actor; filtered, only the actors the kept facts touch (and the
        states those officials represent), so isolated actors do not dilute centrality.

    Raises
    ------
    InvalidInput
        A malformed date, ``since`` after ``until``, or an unknown type or modality.
    """
    return filter_graph(_read_graph(session), since=since, until=until, types=types, modalities=modalities)


def _read_graph(session: Session) -> nx.MultiDiGraph:
    """Every actor, event and deployment of the database (deleted facts excepted), unfiltered."""
    G = nx.MultiDiGraph(name="diplograph")
    states: dict[int, State] = {s.id: s for s in session.exec(select(State).order_by(col(State.id))) if s.id}
    aliases: dict[int, list[str]] = defaultdict(list)
    for alias in session.exec(select(OfficialAlias).order_by(col(OfficialAlias.id))):
        aliases[alias.official_id].append(alias.alias)

    for state_id, state in states.items():
        G.add_node(node_key("state", state_id), kind="state", name=state.name, label=state.name,
                   country=state.name, code=state.code)
    for official in session.exec(select(Official).order_by(col(Official.id))):
        assert official.id is not None
        node = node_key("official", official.id)
        country_id = official.country_id if official.country_id in states else None
        G.add_node(node, kind="official", name=official.name, label=official.name,
                   country=states[country_id].name if country_id is not None else None, role=official.role,
                   aliases=aliases.get(official.id, []))
        if country_id is not None:
            G.add_edge(node, node_key("state", country_id), key="represents", relation="represents")
    for org in session.exec(select(Organization).order_by(col(Organization.id))):
        assert org.id is not None
        G.add_node(node_key("organization", org.id), kind="organization", name=org.name, label=org.name)

    events = list(session.exec(select(Event).where(col(Event.deleted).is_(False)).order_by(col(Event.id))))
    participants: dict[int, list[str]] = defaultdict(list)
    for part in session.exec(
        select(EventParticipant)
        .join(Event, col(Event.id) == col(EventParticipant.event_id))
        .where(col(Event.deleted).is_(False))
        .order_by(col(EventParticipant.id))
    ):
        if part.official_id is not None:
            participants[part.event_id].append(node_key("official", part.official_id))
        elif part.state_id is not None:
            participants[part.event_id].append(node_key("state", part.state_id))
    event_sources = _sources(session, Source.event_id, [e.id for e in events if e.id is not None])

    for event in events:
        assert event.id is not None
        enode = node_key("event", event.id)
        actor_nodes = list(dict.fromkeys(participants.get(event.id, [])))
        start, end = _dates(event.date, event.date_start, event.date_end)
        location_id = event.location_id if event.location_id in states else None
        sources = event_sources.get(event.id, [])
        names = " – ".join(G.nodes[n]["name"] for n in actor_nodes)
        title = f"{event.type.replace('_', ' ')}, {event.date or 'undated'}: {names}"
        timing = {"type": event.type, "date": event.date, "date_start": start, "date_end": end,
                  "modality": event.modality}
        location = states[location_id].name if location_id is not None else None
        G.add_node(
            enode,
            kind="event",
            name=title,
            label=title,
            location=location,
            confidence=event.confidence,
            sources=sources,
            corroboration=len({s["article_id"] for s in sources}),
            **timing,
        )
        for position, actor in enumerate(actor_nodes):
            G.add_edge(actor, enode, key="participated_in", relation="participated_in", event=event.id,
                       position=position, **timing)
        for a, b in itertools.combinations(actor_nodes, 2):
            G.add_edge(a, b, key=enode, relation="spoke_with", event=event.id, **timing)
        if location_id is not None:
            G.add_edge(enode, node_key("state", location_id), key="located_in", relation="located_in",
                       event=event.id, **timing)

    deployments = list(
        session.exec(select(Deployment).where(col(Deployment.deleted).is_(False)).order_by(col(Deployment.id)))
    )
    deployment_sources = _sources(session, Source.deployment_id, [d.id for d in deployments if d.id])
    for dep in deployments:
        assert dep.id is not None
        start, end = _dates(dep.date, dep.date_start, dep.date_end)
        G.add_edge(
            node_key("state", dep.from_state_id),
            node_key("state", dep.to_state_id),
            key=node_key("deployment", dep.id),
            relation="deploys_to",
            deployment=dep.id,
            what=dep.what,
            quantity=dep.quantity,
            date=dep.date,
            date_start=start,
            date_end=end,
            modality=dep.modality,
            sources=deployment_sources.get(dep.id, []),
        )
    return G


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def filter_graph(
    G: nx.MultiDiGraph,
    *,
    since: DateLike = None,
    until: DateLike = None,
    types: Iterable[str] | None = None,
    modalities: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """The part of a :func:`build_graph` graph inside a period, of some event types and modalities.

    :func:`build_graph` is this applied to the whole database, so a graph read once can be narrowed
    many times in memory with exactly the same meaning. Parameters are those of :func:`build_graph`;
    the result is a new graph, ``G`` is left as it is.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("official:1", kind="official", name="A")
    >>> G.add_node("official:2", kind="official", name="B")
    >>> for ident, date, modality in ((5, "2022-02-11", "occurred"), (6, "2022-02-12", "planned")):
    ...     G.add_node(f"event:{ident}", kind="event", type="phone_call", date=date, date_start=date,
    ...                date_end=date, modality=modality)
    ...     for person in ("official:1", "official:2"):
    ...         _ = G.add_edge(person, f"event:{ident}", relation="participated_in", event=ident)
    >>> sorted(filter_graph(G, modalities=["planned"]))
    ['event:6', 'official:1', 'official:2']
    >>> sorted(filter_graph(G, since="2022-03"))
    []
    """
    since_d, until_d = period_bounds(since, until)
    types_t = _checked(types, CONTACT_TYPES, "type")
    modalities_t = _checked(modalities, MODALITIES, "modality")
    H = nx.MultiDiGraph(**G.graph)
    H.graph.update(
        since=since_d.isoformat() if since_d else None,
        until=until_d.isoformat() if until_d else None,
        types=list(types_t) if types_t else None,
        modalities=list(modalities_t) if modalities_t else None,
    )
    if all(v is None for v in (since_d, until_d, types_t, modalities_t)):
        H.add_nodes_from(G.nodes(data=True))
        H.add_edges_from(G.edges(keys=True, data=True))
        return H

    def kept(data: dict[str, Any], typed: bool) -> bool:
        return (
            (not typed or types_t is None or data.get("type") in types_t)
            and (modalities_t is None or data.get("modality") in modalities_t)
            and within(_day(data.get("date_start")), _day(data.get("date_end")), since_d, until_d)
        )

    events = {n for n, d in G.nodes(data=True) if d.get("kind") == "event" and kept(d, typed=True)}
    deployments = [
        (u, v, k) for u, v, k, d in G.edges(keys=True, data=True)
        if d.get("relation") == "deploys_to" and kept(d, typed=False)
    ]
    nodes: set[Hashable] = set(events)
    for e in events:
        nodes.update(G.predecessors(e))
        nodes.update(G.successors(e))  # the state an event took place in
    for u, v, _k in deployments:
        nodes.update((u, v))
    for n in list(nodes):
        if G.nodes[n].get("kind") == "official":
            nodes.update(v for _, v, d in G.out_edges(n, data=True) if d.get("relation") == "represents")
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if n in nodes)
    kept_deployments = set(deployments)
    for u, v, k, d in G.edges(keys=True, data=True):
        if u not in nodes or v not in nodes:
            continue
        relation = d.get("relation")
        if relation == "spoke_with" and not kept(d, typed=True):  # the edge carries its event's timing
            continue
        if relation == "deploys_to" and (u, v, k) not in kept_deployments:
            continue
        H.add_edge(u, v, key=k, **d)
    return H


def event_participants(G: nx.Graph, event: Hashable) -> list[Hashable]:
    """The actors of an event node, in the order the article named them.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("official:1", "event:5", relation="participated_in")
    >>> _ = G.add_edge("state:2", "event:5", relation="participated_in")
    >>> event_participants(G, "event:5")
    ['official:1', 'state:2']
    """
    pred = G.pred[event] if G.is_directed() else G.adj[event]
    found: list[tuple[int, int, Hashable]] = []
    for i, (actor, edges) in enumerate(pred.items()):
        for data in edges.values() if G.is_multigraph() else [edges]:
            if data.get("relation") == "participated_in":
                # ``position`` keeps the article's order even after the graph was copied or filtered.
                found.append((data.get("position", i), i, actor))
                break
    return [actor for *_, actor in sorted(found, key=lambda item: item[:2])]


def contact_graph(G: nx.Graph) -> nx.Graph:
    """Collapse a graph from :func:`build_graph` to who was in contact with whom.

    Every actor of ``G`` becomes a node (with its attributes); two actors are joined when they took
    part in at least one common event. An edge carries ``weight`` (the number of distinct events),
    ``events`` (their ids, sorted), ``first`` and ``last`` (the earliest and latest known dates).
    Analyses of who-talks-to-whom (ego networks, chains, centrality, communities) want this shape:
    events and deployments as nodes would otherwise count as intermediaries.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("official:1", kind="official", name="A")
    >>> G.add_node("official:2", kind="official", name="B")
    >>> for event, date in ((7, "2022-02-11"), (8, "2021-11-23")):
    ...     _ = G.add_edge("official:1", "official:2", key=f"event:{event}", relation="spoke_with",
    ...                    event=event, date=date)
    >>> C = contact_graph(G)
    >>> C.edges["official:1", "official:2"]
    {'weight': 2, 'events': [7, 8], 'first': '2021-11-23', 'last': '2022-02-11'}
    """
    C = nx.Graph(**G.graph)
    C.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True) if is_actor(G, n))
    for u, v, data in G.edges(data=True):
        if data.get("relation") != "spoke_with" or u == v:
            continue
        if not C.has_edge(u, v):
            C.add_edge(u, v, weight=0, events=[], first=None, last=None)
        attrs = C.edges[u, v]
        event = data.get("event")
        if event is not None:
            if event in attrs["events"]:
                continue
            bisect.insort(attrs["events"], event)
        attrs["weight"] += 1
        date = data.get("date")
        if date:
            attrs["first"] = min(filter(None, (attrs["first"], date)))
            attrs["last"] = max(filter(None, (attrs["last"], date)))
    return C


def as_contact_graph(G: nx.Graph) -> nx.Graph:
    """The actor-to-actor view the contact analyses need, whatever graph they were handed.

    A multigraph (what :func:`build_graph` returns) is collapsed with :func:`contact_graph`; a simple
    graph is taken as already being a contact graph (made undirected if need be), so the analyses
    also run on hand-made networkx graphs.
    """
    if G.is_multigraph():
        return contact_graph(G)
    return G.to_undirected(as_view=True) if G.is_directed() else G
