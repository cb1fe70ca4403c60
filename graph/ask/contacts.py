"""Answers to questions about contacts: counterparts, pairs of actors, one actor's contacts, places, visits."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable

from graph.analysis.build import event_participants
from graph.analysis.nodes import split_node, state_of
from graph.analysis.paths import contact_chain
from graph.ask.context import Context, Result, actor_row, counted, event_row, events_answer, listing, plural, what

__all__ = [
    "counterparts", "officials_contacted", "countries_contacted", "last_contact", "first_contact", "when_contact",
    "contacts_between", "count_contacts", "did_contact", "connection", "contacts_of", "planned_contacts",
    "contacts_in_period", "cancelled_contacts", "met_in_place", "who_visited", "visits_of",
]


# --- counterparts ------------------------------------------------------------------------------------


def _counterparts(ctx: Context, node: Hashable) -> dict[Hashable, list[Hashable]]:
    mine = ctx.side(node)
    found: dict[Hashable, list[Hashable]] = defaultdict(list)
    for e in ctx.events(node):
        for p in event_participants(ctx.G, e):
            if p not in mine:
                found[p].append(e)
    return found


def _used(ordered: list[Hashable], groups: Iterable[list[Hashable]]) -> list[Hashable]:
    """The events of ``ordered`` that some group of result rows rests on, in that order."""
    used = {e for group in groups for e in group}
    return [e for e in ordered if e in used]


def counterparts(ctx: Context) -> Result:
    """Who had contact with an actor (who spoke with / called / met X), most frequent first."""
    a = ctx.slot("a")
    found = _counterparts(ctx, a)
    order = sorted(found, key=lambda p: (-len(found[p]), ctx.name(p)))
    rows = []
    for p in order:
        dates = sorted(d for e in found[p] if (d := ctx.G.nodes[e].get("date")))
        rows.append({**actor_row(ctx, p), "contacts": len(found[p]),
                     "first": dates[0] if dates else None, "last": dates[-1] if dates else None})
    events = _used(ctx.events(a), found.values())
    if not rows:
        return Result(f"The graph holds no {what(ctx)} of {ctx.name(a)}{ctx.during}.", [])
    listed = listing([f"{r['name']} ({r['contacts']})" for r in rows])
    return Result(f"{ctx.name(a)} had {what(ctx)} with {listed}{ctx.during}.", rows, events)


def officials_contacted(ctx: Context) -> Result:
    """The named officials among an actor's counterparts (states standing for unnamed ones left out)."""
    result = counterparts(ctx)
    keep = [r for r in result.rows if r["kind"] == "official"]
    if not keep:
        return Result(f"The graph holds no {what(ctx)} of {ctx.name(ctx.slot('a'))} with named officials"
                      f"{ctx.during}.", [])
    names = {r["name"] for r in keep}
    events = [e for e in result.events if any(ctx.name(p) in names for p in event_participants(ctx.G, e))]
    return Result(f"{ctx.name(ctx.slot('a'))} had {what(ctx)} with {listing(sorted(names))}{ctx.during}.",
                  keep, events)


def countries_contacted(ctx: Context) -> Result:
    """The countries an actor had contact with: counterpart states and officials' countries, its own excepted."""
    a = ctx.slot("a")
    own = state_of(ctx.full, a)
    states: dict[str, list[Hashable]] = defaultdict(list)
    via: dict[str, set[str]] = defaultdict(set)
    for p, events in _counterparts(ctx, a).items():
        state = state_of(ctx.full, p)
        if state and state != own:
            states[state].extend(e for e in events if e not in states[state])
            if ctx.full.nodes[p].get("kind") == "official":
                via[state].add(ctx.name(p))
    order = sorted(states, key=lambda s: (-len(states[s]), s))
    rows = [{"state": s, "contacts": len(states[s]), "officials": sorted(via[s])} for s in order]
    if not rows:
        return Result(f"The graph holds no {what(ctx)} of {ctx.name(a)} with other countries{ctx.during}.", [])
    events = _used(ctx.events(a), states.values())
    return Result(f"{ctx.name(a)} had {what(ctx)} with {plural(len(rows), 'country', 'countries')}"
                  f"{ctx.during}: {listing(order)}.", rows, events)


# --- two actors --------------------------------------------------------------------------------------


def _pair(ctx: Context) -> tuple[Hashable, Hashable, list[Hashable], str]:
    a, b = ctx.slot("a"), ctx.slot("b")
    return a, b, ctx.between(a, b), f"between {ctx.name(a)} and {ctx.name(b)}"


def _extreme(ctx: Context, last: bool) -> Result:
    a, b, events, between = _pair(ctx)
    dated = [e for e in events if ctx.G.nodes[e].get("date")]
    if not dated:
        note = f" ({plural(len(events), 'undated one')})" if events else ""
        return Result(f"The graph holds no dated {what(ctx)} {between}{ctx.during}{note}.", [])
    pick = dated[-1] if last else dated[0]
    date = ctx.G.nodes[pick]["date"]
    chosen = [e for e in dated if ctx.G.nodes[e]["date"] == date]
    kinds = listing(sorted({str(ctx.G.nodes[e]["type"]).replace("_", " ") for e in chosen}))
    word = "last" if last else "first"
    return Result(f"{ctx.name(a)} and {ctx.name(b)} {word} had contact on {date} ({kinds}).",
                  [event_row(ctx, e) for e in chosen], chosen)


def last_contact(ctx: Context) -> Result:
    """The latest dated contact between two actors (their sides, for states)."""
    return _extreme(ctx, last=True)


def first_contact(ctx: Context) -> Result:
    """The earliest dated contact between two actors."""
    return _extreme(ctx, last=False)


def when_contact(ctx: Context) -> Result:
    """Every contact between two actors, in date order."""
    _a, _b, events, between = _pair(ctx)
    return events_answer(ctx, events, between)


def contacts_between(ctx: Context) -> Result:
    """Every contact between two actors or states, in date order."""
    return when_contact(ctx)


def count_contacts(ctx: Context) -> Result:
    """How many contacts two actors had, by type."""
    a, b, events, between = _pair(ctx)
    by_type = Counter(str(ctx.G.nodes[e]["type"]) for e in events)
    detail = ", ".join(f"{c} {t.replace('_', ' ')}" for t, c in sorted(by_type.items()))
    summary = f"{counted(ctx, len(events))} {between}{ctx.during}"
    return Result(summary + (f": {detail}." if detail else "."),
                  [{"a": ctx.name(a), "b": ctx.name(b), "count": len(events), "by_type": dict(by_type)}], events)


def did_contact(ctx: Context) -> Result:
    """Yes or no, with the contacts that make it yes."""
    a, b, events, between = _pair(ctx)
    row = {"answer": bool(events), "count": len(events)}
    if not events:
        return Result(f"No: the graph holds no {what(ctx)} {between}{ctx.during}.", [row])
    dates = sorted(d for e in events if (d := ctx.G.nodes[e].get("date")))
    last = f", the last on {dates[-1]}" if dates else ""
    return Result(f"Yes: {counted(ctx, len(events))} {between}{ctx.during}{last}.",
                  [row], events)


def connection(ctx: Context) -> Result:
    """The shortest chain of contacts linking two actors, step by step."""
    a, b = ctx.slot("a"), ctx.slot("b")
    if a not in ctx.G or b not in ctx.G:
        chain = None
    else:
        chain = contact_chain(ctx.G, a, b)
    if chain is None or not chain["connected"]:
        return Result(f"No chain of {what(ctx)} links {ctx.name(a)} and {ctx.name(b)}{ctx.during}.", [])
    rows = [
        {"step": i, "from": ctx.name(link["source"]), "to": ctx.name(link["target"]),
         "contacts": link["weight"], "events": link["events"]}
        for i, link in enumerate(chain["links"], start=1)
    ]
    path = " – ".join(node["name"] for node in chain["chain"])
    events = [f"event:{ident}" for link in chain["links"] for ident in link["events"]]
    return Result(f"{path} ({plural(len(rows), 'step')}){ctx.during}.", rows,
                  [e for e in events if e in ctx.G])


# --- one actor's contacts ----------------------------------------------------------------------------


def contacts_of(ctx: Context) -> Result:
    """Every contact of one actor (for a state: of its officials too), in date order."""
    a = ctx.slot("a")
    return events_answer(ctx, ctx.events(a), f"of {ctx.name(a)}")


def planned_contacts(ctx: Context) -> Result:
    """An actor's planned and proposed contacts (the form narrows the modalities)."""
    return contacts_of(ctx)


def contacts_in_period(ctx: Context) -> Result:
    """Every contact the narrowed graph holds, in date order."""
    return events_answer(ctx, ctx.events(), "")


def cancelled_contacts(ctx: Context) -> Result:
    """Cancelled and denied contacts, of one actor or of everyone."""
    if "a" in ctx.parsed.slots:
        return contacts_of(ctx)
    return contacts_in_period(ctx)


def met_in_place(ctx: Context) -> Result:
    """The contacts that took place in a state (a capital or city names its state)."""
    place = ctx.name(ctx.slot("a"))
    events = [e for e in ctx.events() if ctx.G.nodes[e].get("location") == place]
    return events_answer(ctx, events, f"in {place}")


def who_visited(ctx: Context) -> Result:
    """Who visited a state (visits located there or with it) or an official."""
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
    rows = [{**actor_row(ctx, p), "visits": len(visitors[p]),
             "dates": sorted(d for e in visitors[p] if (d := ctx.G.nodes[e].get("date")))} for p in order]
    if not rows:
        return Result(f"The graph holds no visits to {ctx.name(a)}{ctx.during}.", [])
    events = _used(ctx.events(), visitors.values())
    return Result(f"{listing([ctx.name(p) for p in order])} visited {ctx.name(a)}{ctx.during}.", rows, events)


def visits_of(ctx: Context) -> Result:
    """The visits an actor made: where, when, and whom they saw."""
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
    places = [r["location"] or listing(r["hosts"]) or "an unknown place" for r in rows]
    return Result(f"{ctx.name(a)} visited {listing(list(dict.fromkeys(places)))}{ctx.during}.", rows, events)
