"""Answers to questions about actors and the network: who is who, who represents a state, who matters."""

from __future__ import annotations

from collections.abc import Hashable

from graph.analysis.build import contact_graph
from graph.analysis.centrality import brokers, centrality
from graph.analysis.communities import communities
from graph.analysis.timeline import events_of
from graph.ask.context import Context, Result, Row, actor_row, listing, plural, what

__all__ = ["represents", "country_of", "who_is", "most_connected", "broker_answer", "community_answer"]


# --- who is who --------------------------------------------------------------------------------------


def _contactcounted(ctx: Context, node: Hashable) -> int:
    return sum(1 for _ in events_of(ctx.full, node)) if node in ctx.full else 0


def represents(ctx: Context) -> Result:
    """The officials of a state, with their roles and how many contacts each has in the graph."""
    a = ctx.slot("a")
    officials = sorted((n for n in ctx.side(a) if n != a), key=ctx.name)
    rows = [{**actor_row(ctx, n), "aliases": list(ctx.full.nodes[n].get("aliases") or []),
             "contacts": _contactcounted(ctx, n)} for n in officials]
    if not rows:
        return Result(f"The graph holds no officials of {ctx.name(a)}.", [])
    listed = listing([f"{r['name']}" + (f" ({r['role']})" if r["role"] else "") for r in rows])
    return Result(f"{plural(len(rows), 'official')} of {ctx.name(a)}: {listed}.", rows)


def country_of(ctx: Context) -> Result:
    """The country an official represents, or a plain statement that the graph does not know it."""
    a = ctx.slot("a")
    country = ctx.full.nodes[a].get("country")
    row = {"name": ctx.name(a), "country": country}
    if not country:
        return Result(f"The graph does not know which country {ctx.name(a)} represents.", [row])
    return Result(f"{ctx.name(a)} represents {country}.", [row])


def who_is(ctx: Context) -> Result:
    """An official's role, country, aliases and number of contacts."""
    a = ctx.slot("a")
    data = ctx.full.nodes[a]
    row = {**actor_row(ctx, a), "aliases": list(data.get("aliases") or []), "contacts": _contactcounted(ctx, a)}
    role, country = data.get("role"), data.get("country")
    what = ", ".join(filter(None, (role, country))) or "an official of unknown role and country"
    return Result(f"{ctx.name(a)}: {what}; {plural(row['contacts'], 'contact')} in the graph.", [row])


# --- the network -------------------------------------------------------------------------------------


def most_connected(ctx: Context) -> Result:
    """The actors with the most counterparts (degree centrality), optionally only officials or states."""
    word = ctx.parsed.groups.get("k", "")
    only = "official" if word.startswith("official") else "state" if word[:5] in ("state", "count") else None
    C = contact_graph(ctx.G)  # collapsed once for both rankings
    scores = centrality(C, "degree", only=only, top=10)
    contacts = {s["node"]: s["score"] for s in centrality(C, "contacts", only=only)}
    rows: list[Row] = [{"name": s["name"], "kind": s["kind"], "country": s["country"], "degree_centrality": s["score"],
             "contacts": int(contacts.get(s["node"], 0))} for s in scores if s["score"] > 0]
    if not rows:
        return Result(f"The graph holds no {what(ctx)}{ctx.during}.", [])
    listed = listing([f"{r['name']} ({plural(r['contacts'], 'contact')})" for r in rows[:3]])
    return Result(f"Most connected{ctx.during}: {listed}.", rows)


def broker_answer(ctx: Context) -> Result:
    """The actors linking counterparts that never spoke directly (see ``graph.analysis.brokers``)."""
    rows: list[Row] = [{"name": b["name"], "kind": b["kind"], "country": b["country"], "betweenness": b["betweenness"],
             "counterparts": b["degree"], "bridged_pairs": b["bridged"]} for b in brokers(ctx.G, top=10)]
    if not rows:
        return Result(f"No actor links otherwise unconnected counterparts{ctx.during}.", [])
    return Result(f"Brokers{ctx.during}: {listing([r['name'] for r in rows[:3]])}.", rows)


def community_answer(ctx: Context) -> Result:
    """The groups of actors in closer contact with each other (Louvain, seed 0: stable answers)."""
    found = communities(ctx.G, seed=0)
    rows: list[Row] = [{"community": c["id"], "size": c["size"], "members": [m["name"] for m in c["members"]]}
                       for c in found]
    if not rows:
        return Result(f"The graph holds no groups of actors in contact{ctx.during}.", [])
    listed = "; ".join(listing(r["members"]) for r in rows[:3])
    return Result(f"{plural(len(rows), 'group')}{ctx.during}: {listed}.", rows)
