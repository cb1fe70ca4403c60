"""Timelines: contacts in the order they happened, and how many per month or year."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from typing import Literal

import networkx as nx
from typing_extensions import TypedDict

from graph.analysis.build import event_participants
from graph.analysis.nodes import NodeInfo, find_node, node_info, row_id, side
from graph.errors import InvalidInput

__all__ = ["TimelineEntry", "PeriodCount", "timeline", "activity", "events_of", "events_of_side"]


class TimelineEntry(TypedDict):
    """One contact of a timeline: when, what, where, with whom."""

    node: str
    event: int | None
    date: str | None
    type: str | None
    modality: str | None
    location: str | None
    participants: list[NodeInfo]


class PeriodCount(TypedDict):
    """How many contacts one year, month or day holds."""

    period: str
    count: int


def _sort_key(G: nx.Graph, n: Hashable) -> tuple[bool, str, str, str]:
    data = G.nodes[n]
    start = data.get("date_start") or data.get("date") or ""
    return (not start, start, str(data.get("date_end") or ""), str(n))


def events_of(G: nx.Graph, actor: Hashable | None = None) -> list[Hashable]:
    """Event nodes of ``G`` in date order (undated last), optionally those of one actor's side.

    For a state, the events of its officials count too (see :func:`~graph.analysis.nodes.side`).
    """
    if actor is None:
        return sorted((n for n, kind in G.nodes(data="kind") if kind == "event"), key=lambda n: _sort_key(G, n))
    return events_of_side(G, side(G, find_node(G, actor)))


def events_of_side(G: nx.Graph, members: Iterable[Hashable]) -> list[Hashable]:
    """The event nodes any of ``members`` took part in, in date order (undated last)."""
    neighbours = G.successors if G.is_directed() else G.neighbors
    found = {e: None for m in members for e in neighbours(m) if G.nodes[e].get("kind") == "event"}
    return sorted(found, key=lambda n: _sort_key(G, n))


def timeline(G: nx.Graph, actor: Hashable | None = None) -> list[TimelineEntry]:
    """The contacts of ``G`` (or of one actor) in date order; undated ones come last.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        From :func:`~graph.analysis.build.build_graph`: the timeline needs its event nodes.
    actor : node id or str, optional
        Only this actor's contacts (for a state: also its officials').

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("official:1", kind="official", name="A")
    >>> G.add_node("official:2", kind="official", name="B")
    >>> for ident, date in ((5, "2022-02-11"), (6, "2021-11-23")):
    ...     G.add_node(f"event:{ident}", kind="event", type="phone_call", date=date, date_start=date,
    ...                modality="occurred")
    ...     for person in ("official:1", "official:2"):
    ...         _ = G.add_edge(person, f"event:{ident}", relation="participated_in")
    >>> [(row["date"], [p["name"] for p in row["participants"]]) for row in timeline(G, "A")]
    [('2021-11-23', ['A', 'B']), ('2022-02-11', ['A', 'B'])]
    """
    entries = []
    for n in events_of(G, actor):
        data = G.nodes[n]
        entries.append(
            TimelineEntry(
                node=str(n),
                event=row_id(n),
                date=data.get("date"),
                type=data.get("type"),
                modality=data.get("modality"),
                location=data.get("location"),
                participants=[node_info(G, p) for p in event_participants(G, n)],
            )
        )
    return entries


def activity(
    G: nx.Graph, actor: Hashable | None = None, *, by: Literal["year", "month", "day"] | str = "month"
) -> list[PeriodCount]:
    """How many contacts each period holds, oldest first; contacts dated less precisely are skipped.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for ident, date in ((1, "2022-02-11"), (2, "2022-02"), (3, "2021-09"), (4, None)):
    ...     G.add_node(f"event:{ident}", kind="event", date=date, date_start=date)
    >>> activity(G, by="month")
    [{'period': '2021-09', 'count': 1}, {'period': '2022-02', 'count': 2}]
    """
    width = {"year": 4, "month": 7, "day": 10}.get(by)
    if width is None:
        raise InvalidInput(f"unknown period {by!r}: choose from year, month, day")
    counts = Counter(
        date[:width] for n in events_of(G, actor) if len(date := G.nodes[n].get("date") or "") >= width
    )
    return [PeriodCount(period=p, count=c) for p, c in sorted(counts.items())]
