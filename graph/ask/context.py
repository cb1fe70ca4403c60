"""What every question handler works with: the graph narrowed to the question, and the shape of a result.

Also the small phrasing helpers the handlers share, so that every answer words counts, lists and contact
kinds the same way.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.analysis.build import event_participants
from graph.analysis.nodes import node_name, side, split_node
from graph.analysis.timeline import events_of, events_of_side
from graph.ask.parse import Parsed

__all__ = [
    "Context", "Result", "Row", "DeploymentKey", "plural", "listing", "event_row", "actor_row", "counted", "what",
    "events_answer",
]

Row = dict[str, Any]
DeploymentKey = tuple[Hashable, Hashable, Hashable]


@dataclass(frozen=True)
class Context:
    """The whole graph (for names and roles), the narrowed graph (for facts) and the parsed question."""

    full: nx.MultiDiGraph
    G: nx.MultiDiGraph
    parsed: Parsed

    def name(self, node: Hashable) -> str:
        return node_name(self.full, node)

    def slot(self, name: str) -> Hashable:
        return self.parsed.slots[name]

    @property
    def during(self) -> str:
        """The period as the question put it, ready to append to a sentence."""
        return self.parsed.during

    def side(self, node: Hashable) -> set[Hashable]:
        return side(self.full, node)

    def events(self, node: Hashable | None = None) -> list[Hashable]:
        """Events of the narrowed graph in date order; of one actor's side when ``node`` is given."""
        if node is None:
            return events_of(self.G)
        return events_of_side(self.G, (m for m in self.side(node) if m in self.G))

    def between(self, a: Hashable, b: Hashable) -> list[Hashable]:
        side_a, side_b = self.side(a), self.side(b)
        found = []
        for e in self.events(a):
            people = set(event_participants(self.G, e))
            if any(p in side_b and any(q != p for q in people & side_a) for p in people):
                found.append(e)
        return found


@dataclass
class Result:
    summary: str
    rows: list[Row]
    events: list[Hashable] = field(default_factory=list)
    deployments: list[DeploymentKey] = field(default_factory=list)


def plural(count: int, word: str, plural: str | None = None) -> str:
    """``count`` with ``word``, pluralized unless it is 1."""
    return f"{count} {word if count == 1 else plural or word + 's'}"


def listing(names: list[str]) -> str:
    """Names as English lists them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def event_row(ctx: Context, e: Hashable) -> Row:
    """The row an answer gives for one event."""
    data = ctx.G.nodes[e]
    return {
        "event": split_node(e)[1],
        "date": data.get("date"),
        "type": data.get("type"),
        "modality": data.get("modality"),
        "location": data.get("location"),
        "participants": [ctx.name(p) for p in event_participants(ctx.G, e)],
    }


def actor_row(ctx: Context, node: Hashable) -> Row:
    """The row an answer gives for one actor."""
    data = ctx.full.nodes[node]
    return {"name": data.get("name"), "kind": data.get("kind"), "country": data.get("country"),
            "role": data.get("role")}


def counted(ctx: Context, count: int) -> str:
    """``count`` of the contacts a question counts, in words ("1 call", "2 planned contacts")."""
    plural = what(ctx)
    return f"{count} {plural if count != 1 else plural[:-1]}"


def what(ctx: Context) -> str:
    """The contacts a question counts, in words ("calls", "planned or proposed contacts")."""
    types = ctx.parsed.types
    noun = {("phone_call", "video_call"): "calls", ("meeting",): "meetings", ("visit",): "visits",
            ("video_call",): "video calls"}.get(tuple(types) if types else (), "contacts")
    modalities = ctx.parsed.modalities
    if modalities and modalities != ("occurred",):
        noun = f"{' or '.join(modalities)} {noun}"
    return noun


def events_answer(ctx: Context, events: list[Hashable], subject: str) -> Result:
    """A list of events as an answer: rows, evidence, and a summary naming the first five."""
    rows = [event_row(ctx, e) for e in events]
    subject = f" {subject}" if subject else ""
    if not rows:
        return Result(f"The graph holds no {what(ctx)}{subject}{ctx.during}.", [])
    listed = "; ".join(f"{listing(r['participants'])} ({r['date'] or 'undated'})" for r in rows[:5])
    more = f"; and {len(rows) - 5} more" if len(rows) > 5 else ""
    return Result(f"{counted(ctx, len(rows))}{subject}{ctx.during}: {listed}{more}.", rows, events)
