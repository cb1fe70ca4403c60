"""How each question form is answered, over the graph narrowed to the question's period and filters.

Every handler takes a :class:`Context` and returns a :class:`Result`: a one-sentence summary, result
rows, and the events and deployments the rows rest on (which become the answer's evidence). Handlers
only read the graph; the analysis functions of :mod:`graph.analysis` do the network work.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.analysis.build import event_participants
from graph.analysis.centrality import brokers, centrality
from graph.analysis.communities import communities
from graph.analysis.nodes import side, split_node
from graph.analysis.paths import contact_chain
from graph.analysis.timeline import events_of
from graph.ask.parse import Parsed

__all__ = ["Context", "Result", "HANDLERS"]

Row = dict[str, Any]
DeploymentKey = tuple[Hashable, Hashable, Hashable]


@dataclass(frozen=True)
class Context:
    """The whole graph (for names and roles), the narrowed graph (for facts) and the parsed question."""

    full: nx.MultiDiGraph
    G: nx.MultiDiGraph
    parsed: Parsed

    def name(self, node: Hashable) -> str:
        return str(self.full.nodes[node].get("name", node))

    def slot(self, name: str) -> Hashable:
        return self.parsed.slots[name]

    @property
    def during(self) -> str:
        """The period as the question put it, ready to append to a sentence."""
        return f" {self.parsed.period.text}" if self.parsed.period else ""

    def side(self, node: Hashable) -> set[Hashable]:
        return side(self.full, node)

    def events(self, node: Hashable | None = None) -> list[Hashable]:
        """Events of the narrowed graph in date order; of one actor's side when ``node`` is given."""
        if node is None:
            return events_of(self.G)
        members = [m for m in self.side(node) if m in self.G]
        found = {e for m in members for e in self.G.successors(m) if self.G.nodes[e].get("kind") == "event"}
        return [e for e in events_of(self.G) if e in found]

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


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _event_row(ctx: Context, e: Hashable) -> Row:
    data = ctx.G.nodes[e]
    return {
        "event": split_node(e)[1],
        "date": data.get("date"),
        "type": data.get("type"),
        "modality": data.get("modality"),
        "location": data.get("location"),
        "participants": [ctx.name(p) for p in event_participants(ctx.G, e)],
    }


def _actor_row(ctx: Context, node: Hashable) -> Row:
    data = ctx.full.nodes[node]
    return {"name": data.get("name"), "kind": data.get("kind"), "country": data.get("country"),
            "role": data.get("role")}


def _count(ctx: Context, count: int) -> str:
    """``count`` of the contacts a question counts, in words ("1 call", "2 planned contacts")."""
    plural = _what(ctx)
    return f"{count} {plural if count != 1 else plural[:-1]}"


def _what(ctx: Context) -> str:
    """The contacts a question counts, in words ("calls", "planned or proposed contacts")."""
    types = ctx.parsed.types
    noun = {("phone_call", "video_call"): "calls", ("meeting",): "meetings", ("visit",): "visits",
            ("video_call",): "video calls"}.get(tuple(types) if types else (), "contacts")
    modalities = ctx.parsed.modalities
    if modalities and modalities != ("occurred",):
        noun = f"{' or '.join(modalities)} {noun}"
    return noun


def _events_answer(ctx: Context, events: list[Hashable], subject: str) -> Result:
    rows = [_event_row(ctx, e) for e in events]
    subject = f" {subject}" if subject else ""
    if not rows:
        return Result(f"The graph holds no {_what(ctx)}{subject}{ctx.during}.", [])
    listed = "; ".join(f"{_names(r['participants'])} ({r['date'] or 'undated'})" for r in rows[:5])
    more = f"; and {len(rows) - 5} more" if len(rows) > 5 else ""
    return Result(f"{_count(ctx, len(rows))}{subject}{ctx.during}: {listed}{more}.", rows, events)


# --- counterparts ------------------------------------------------------------------------------------


def _counterparts(ctx: Context, node: Hashable) -> dict[Hashable, list[Hashable]]:
    mine = ctx.side(node)
    found: dict[Hashable, list[Hashable]] = defaultdict(list)
    for e in ctx.events(node):
        for p in event_participants(ctx.G, e):
            if p not in mine:
                found[p].append(e)
    return found


def counterparts(ctx: Context) -> Result:
    a = ctx.slot("a")
    found = _counterparts(ctx, a)
    order = sorted(found, key=lambda p: (-len(found[p]), ctx.name(p)))
    rows = []
    for p in order:
        dates = sorted(d for e in found[p] if (d := ctx.G.nodes[e].get("date")))
        rows.append({**_actor_row(ctx, p), "contacts": len(found[p]),
                     "first": dates[0] if dates else None, "last": dates[-1] if dates else None})
    events = [e for e in ctx.events(a) if any(e in found[p] for p in order)]
    if not rows:
        return Result(f"The graph holds no {_what(ctx)} of {ctx.name(a)}{ctx.during}.", [])
    listed = _names([f"{r['name']} ({r['contacts']})" for r in rows])
    return Result(f"{ctx.name(a)} had {_what(ctx)} with {listed}{ctx.during}.", rows, events)


def officials_contacted(ctx: Context) -> Result:
    result = counterparts(ctx)
    keep = [r for r in result.rows if r["kind"] == "official"]
    if not keep:
        return Result(f"The graph holds no {_what(ctx)} of {ctx.name(ctx.slot('a'))} with named officials"
                      f"{ctx.during}.", [])
    names = {r["name"] for r in keep}
    events = [e for e in result.events if any(ctx.name(p) in names for p in event_participants(ctx.G, e))]
    return Result(f"{ctx.name(ctx.slot('a'))} had {_what(ctx)} with {_names(sorted(names))}{ctx.during}.",
                  keep, events)


def countries_contacted(ctx: Context) -> Result:
    a = ctx.slot("a")
    data = ctx.full.nodes[a]
    own = data.get("name") if data.get("kind") == "state" else data.get("country")
    states: dict[str, list[Hashable]] = defaultdict(list)
    via: dict[str, set[str]] = defaultdict(set)
    for p, events in _counterparts(ctx, a).items():
        pdata = ctx.full.nodes[p]
        state = pdata.get("name") if pdata.get("kind") == "state" else pdata.get("country")
        if state and state != own:
            states[state].extend(e for e in events if e not in states[state])
            if pdata.get("kind") == "official":
                via[state].add(ctx.name(p))
    order = sorted(states, key=lambda s: (-len(states[s]), s))
    rows = [{"state": s, "contacts": len(states[s]), "officials": sorted(via[s])} for s in order]
    if not rows:
        return Result(f"The graph holds no {_what(ctx)} of {ctx.name(a)} with other countries{ctx.during}.", [])
    events = [e for e in ctx.events(a) if any(e in states[s] for s in order)]
    return Result(f"{ctx.name(a)} had {_what(ctx)} with {_plural(len(rows), 'country', 'countries')}"
                  f"{ctx.during}: {_names(order)}.", rows, events)


# --- two actors --------------------------------------------------------------------------------------


def _pair(ctx: Context) -> tuple[Hashable, Hashable, list[Hashable], str]:
    a, b = ctx.slot("a"), ctx.slot("b")
    return a, b, ctx.between(a, b), f"between {ctx.name(a)} and {ctx.name(b)}"


def _extreme(ctx: Context, last: bool) -> Result:
    a, b, events, between = _pair(ctx)
    dated = [e for e in events if ctx.G.nodes[e].get("date")]
    if not dated:
        note = f" ({_plural(len(events), 'undated one')})" if events else ""
        return Result(f"The graph holds no dated {_what(ctx)} {between}{ctx.during}{note}.", [])
    pick = dated[-1] if last else dated[0]
    date = ctx.G.nodes[pick]["date"]
    chosen = [e for e in dated if ctx.G.nodes[e]["date"] == date]
    kinds = _names(sorted({str(ctx.G.nodes[e]["type"]).replace("_", " ") for e in chosen}))
    word = "last" if last else "first"
    return Result(f"{ctx.name(a)} and {ctx.name(b)} {word} had contact on {date} ({kinds}).",
                  [_event_row(ctx, e) for e in chosen], chosen)


def last_contact(ctx: Context) -> Result:
    return _extreme(ctx, last=True)


def first_contact(ctx: Context) -> Result:
    return _extreme(ctx, last=False)


def when_contact(ctx: Context) -> Result:
    _a, _b, events, between = _pair(ctx)
    return _events_answer(ctx, events, between)


def contacts_between(ctx: Context) -> Result:
    return when_contact(ctx)


def count_contacts(ctx: Context) -> Result:
    a, b, events, between = _pair(ctx)
    by_type = Counter(str(ctx.G.nodes[e]["type"]) for e in events)
    detail = ", ".join(f"{c} {t.replace('_', ' ')}" for t, c in sorted(by_type.items()))
    summary = f"{_count(ctx, len(events))} {between}{ctx.during}"
    return Result(summary + (f": {detail}." if detail else "."),
                  [{"a": ctx.name(a), "b": ctx.name(b), "count": len(events), "by_type": dict(by_type)}], events)


def did_contact(ctx: Context) -> Result:
    a, b, events, between = _pair(ctx)
    row = {"answer": bool(events), "count": len(events)}
    if not events:
        return Result(f"No: the graph holds no {_what(ctx)} {between}{ctx.during}.", [row])
    dates = sorted(d for e in events if (d := ctx.G.nodes[e].get("date")))
    last = f", the last on {dates[-1]}" if dates else ""
    return Result(f"Yes: {_count(ctx, len(events))} {between}{ctx.during}{last}.",
                  [row], events)


def connection(ctx: Context) -> Result:
    a, b = ctx.slot("a"), ctx.slot("b")
    if a not in ctx.G or b not in ctx.G:
        chain = None
    else:
        chain = contact_chain(ctx.G, a, b)
    if chain is None or not chain["connected"]:
        return Result(f"No chain of {_what(ctx)} links {ctx.name(a)} and {ctx.name(b)}{ctx.during}.", [])
    rows = [
        {"step": i, "from": ctx.name(link["source"]), "to": ctx.name(link["target"]),
         "contacts": link["weight"], "events": link["events"]}
        for i, link in enumerate(chain["links"], start=1)
    ]
    path = " – ".join(node["name"] for node in chain["chain"])
    events = [f"event:{ident}" for link in chain["links"] for ident in link["events"]]
    return Result(f"{path} ({_plural(len(rows), 'step')}){ctx.during}.", rows,
                  [e for e in events if e in ctx.G])


# --- one actor's contacts ----------------------------------------------------------------------------


def contacts_of(ctx: Context) -> Result:
    a = ctx.slot("a")
    return _events_answer(ctx, ctx.events(a), f"of {ctx.name(a)}")


def planned_contacts(ctx: Context) -> Result:
    return contacts_of(ctx)


def contacts_in_period(ctx: Context) -> Result:
    return _events_answer(ctx, ctx.events(), "")


def cancelled_contacts(ctx: Context) -> Result:
    if "a" in ctx.parsed.slots:
        return contacts_of(ctx)
    return contacts_in_period(ctx)


def met_in_place(ctx: Context) -> Result:
    place = ctx.name(ctx.slot("a"))
    events = [e for e in ctx.events() if ctx.G.nodes[e].get("location") == place]
    return _events_answer(ctx, events, f"in {place}")


def who_visited(ctx: Context) -> Result:
    a = ctx.slot("a")
    mine = ctx.side(a)
    place = ctx.name(a) if ctx.full.nodes[a].get("kind") == "state" else None
    visitors: dict[Hashable, list[Hashable]] = defaultdict(list)
    for e in ctx.events():
        people = event_participants(ctx.G, e)
        if (place and ctx.G.nodes[e].get("location") == place) or mine & set(people):
            for p in people:
                if p not in mine:
                    visitors[p].append(e)
    order = sorted(visitors, key=lambda p: (-len(visitors[p]), ctx.name(p)))
    rows = [{**_actor_row(ctx, p), "visits": len(visitors[p]),
             "dates": sorted(d for e in visitors[p] if (d := ctx.G.nodes[e].get("date")))} for p in order]
    if not rows:
        return Result(f"The graph holds no visits to {ctx.name(a)}{ctx.during}.", [])
    events = [e for e in ctx.events() if any(e in visitors[p] for p in order)]
    return Result(f"{_names([ctx.name(p) for p in order])} visited {ctx.name(a)}{ctx.during}.", rows, events)


def visits_of(ctx: Context) -> Result:
    a = ctx.slot("a")
    mine = ctx.side(a)
    rows, events = [], []
    for e in ctx.events(a):
        hosts = [ctx.name(p) for p in event_participants(ctx.G, e) if p not in mine]
        data = ctx.G.nodes[e]
        rows.append({"event": split_node(e)[1], "date": data.get("date"), "location": data.get("location"),
                     "hosts": hosts, "modality": data.get("modality")})
        events.append(e)
    if not rows:
        return Result(f"The graph holds no visits by {ctx.name(a)}{ctx.during}.", [])
    places = [r["location"] or _names(r["hosts"]) or "an unknown place" for r in rows]
    return Result(f"{ctx.name(a)} visited {_names(list(dict.fromkeys(places)))}{ctx.during}.", rows, events)


# --- deployments -------------------------------------------------------------------------------------


def _deployments(ctx: Context, source: Hashable | None, target: Hashable | None) -> list[DeploymentKey]:
    found = [
        (u, v, k) for u, v, k, d in ctx.G.edges(keys=True, data=True)
        if d.get("relation") == "deploys_to" and source in (None, u) and target in (None, v)
    ]
    return sorted(found, key=lambda e: (str(ctx.G.edges[e].get("date_start") or "9999"), str(e[2])))


def _deployment_answer(ctx: Context, found: list[DeploymentKey], subject: str) -> Result:
    rows = []
    for u, v, k in found:
        data = ctx.G.edges[u, v, k]
        rows.append({"deployment": split_node(k)[1], "from": ctx.name(u), "to": ctx.name(v),
                     "what": data.get("what"), "quantity": data.get("quantity"), "date": data.get("date"),
                     "modality": data.get("modality")})
    if not rows:
        return Result(f"The graph holds no deployments {subject}{ctx.during}.", [])
    listed = "; ".join(f"{r['from']} → {r['to']}: {r['what']} ({r['modality']}, {r['date'] or 'undated'})"
                       for r in rows)
    return Result(f"{_plural(len(rows), 'deployment')} {subject}{ctx.during}: {listed}.", rows,
                  deployments=found)


def deploys_to(ctx: Context) -> Result:
    a = ctx.slot("a")
    return _deployment_answer(ctx, _deployments(ctx, None, a), f"to {ctx.name(a)}")


def deploys_where(ctx: Context) -> Result:
    a = ctx.slot("a")
    return _deployment_answer(ctx, _deployments(ctx, a, None), f"by {ctx.name(a)}")


def did_deploy(ctx: Context) -> Result:
    a, b = ctx.slot("a"), ctx.slot("b")
    found = _deployments(ctx, a, b)
    result = _deployment_answer(ctx, found, f"from {ctx.name(a)} to {ctx.name(b)}")
    positive = [r for r in result.rows if r["modality"] in ("occurred", "planned", "proposed")]
    verdict = "Yes" if positive else "No"
    return Result(f"{verdict}: {result.summary[0].lower()}{result.summary[1:]}", result.rows,
                  deployments=result.deployments)


# --- who is who --------------------------------------------------------------------------------------


def _contact_count(ctx: Context, node: Hashable) -> int:
    return sum(1 for _ in events_of(ctx.full, node)) if node in ctx.full else 0


def represents(ctx: Context) -> Result:
    a = ctx.slot("a")
    officials = sorted((n for n in ctx.side(a) if n != a), key=ctx.name)
    rows = [{**_actor_row(ctx, n), "aliases": list(ctx.full.nodes[n].get("aliases") or []),
             "contacts": _contact_count(ctx, n)} for n in officials]
    if not rows:
        return Result(f"The graph holds no officials of {ctx.name(a)}.", [])
    listed = _names([f"{r['name']}" + (f" ({r['role']})" if r["role"] else "") for r in rows])
    return Result(f"{_plural(len(rows), 'official')} of {ctx.name(a)}: {listed}.", rows)


def country_of(ctx: Context) -> Result:
    a = ctx.slot("a")
    country = ctx.full.nodes[a].get("country")
    row = {"name": ctx.name(a), "country": country}
    if not country:
        return Result(f"The graph does not know which country {ctx.name(a)} represents.", [row])
    return Result(f"{ctx.name(a)} represents {country}.", [row])


def who_is(ctx: Context) -> Result:
    a = ctx.slot("a")
    data = ctx.full.nodes[a]
    row = {**_actor_row(ctx, a), "aliases": list(data.get("aliases") or []), "contacts": _contact_count(ctx, a)}
    role, country = data.get("role"), data.get("country")
    what = ", ".join(filter(None, (role, country))) or "an official of unknown role and country"
    return Result(f"{ctx.name(a)}: {what}; {_plural(row['contacts'], 'contact')} in the graph.", [row])


# --- the network -------------------------------------------------------------------------------------


def most_connected(ctx: Context) -> Result:
    word = ctx.parsed.groups.get("k", "")
    only = "official" if word.startswith("official") else "state" if word[:5] in ("state", "count") else None
    scores = centrality(ctx.G, "degree", only=only, top=10)
    contacts = {s["node"]: s["score"] for s in centrality(ctx.G, "contacts", only=only)}
    rows: list[Row] = [{"name": s["name"], "kind": s["kind"], "country": s["country"], "degree_centrality": s["score"],
             "contacts": int(contacts.get(s["node"], 0))} for s in scores if s["score"] > 0]
    if not rows:
        return Result(f"The graph holds no {_what(ctx)}{ctx.during}.", [])
    listed = _names([f"{r['name']} ({_plural(r['contacts'], 'contact')})" for r in rows[:3]])
    return Result(f"Most connected{ctx.during}: {listed}.", rows)


def broker_answer(ctx: Context) -> Result:
    rows: list[Row] = [{"name": b["name"], "kind": b["kind"], "country": b["country"], "betweenness": b["betweenness"],
             "counterparts": b["degree"], "bridged_pairs": b["bridged"]} for b in brokers(ctx.G, top=10)]
    if not rows:
        return Result(f"No actor links otherwise unconnected counterparts{ctx.during}.", [])
    return Result(f"Brokers{ctx.during}: {_names([r['name'] for r in rows[:3]])}.", rows)


def community_answer(ctx: Context) -> Result:
    found = communities(ctx.G, seed=0)
    rows: list[Row] = [{"community": c["id"], "size": c["size"], "members": [m["name"] for m in c["members"]]}
                       for c in found]
    if not rows:
        return Result(f"The graph holds no groups of actors in contact{ctx.during}.", [])
    listed = "; ".join(_names(r["members"]) for r in rows[:3])
    return Result(f"{_plural(len(rows), 'group')}{ctx.during}: {listed}.", rows)


HANDLERS: dict[str, Callable[[Context], Result]] = {
    "last_contact": last_contact,
    "first_contact": first_contact,
    "count_contacts": count_contacts,
    "when_contact": when_contact,
    "did_contact": did_contact,
    "connection": connection,
    "contacts_between": contacts_between,
    "planned_contacts": planned_contacts,
    "planned_any": contacts_in_period,
    "cancelled_contacts": cancelled_contacts,
    "met_in_place": met_in_place,
    "visits_of": visits_of,
    "who_visited": who_visited,
    "who_called": counterparts,
    "who_met": counterparts,
    "who_spoke_with": counterparts,
    "countries_contacted": countries_contacted,
    "officials_contacted": officials_contacted,
    "contacts_of": contacts_of,
    "did_deploy": did_deploy,
    "deploys_to": deploys_to,
    "deploys_where": deploys_where,
    "represents": represents,
    "country_of": country_of,
    "who_is": who_is,
    "most_connected": most_connected,
    "brokers": broker_answer,
    "communities": community_answer,
    "contacts_in_period": contacts_in_period,
}
