"""Answers to questions about deployments: who deploys to a state, where a state deploys, whether A deploys to B."""

from __future__ import annotations

from collections.abc import Hashable

from graph.analysis.nodes import split_node
from graph.ask.context import Context, DeploymentKey, Result, plural

__all__ = ["deploys_to", "deploys_where", "did_deploy"]


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
    return Result(f"{plural(len(rows), 'deployment')} {subject}{ctx.during}: {listed}.", rows,
                  deployments=found)


def deploys_to(ctx: Context) -> Result:
    """Deployments into a state, by whom."""
    a = ctx.slot("a")
    return _deployment_answer(ctx, _deployments(ctx, None, a), f"to {ctx.name(a)}")


def deploys_where(ctx: Context) -> Result:
    """Deployments by a state, to where."""
    a = ctx.slot("a")
    return _deployment_answer(ctx, _deployments(ctx, a, None), f"by {ctx.name(a)}")


def did_deploy(ctx: Context) -> Result:
    """Whether one state deploys forces to another: yes when a deployment occurred or is planned or proposed."""
    a, b = ctx.slot("a"), ctx.slot("b")
    found = _deployments(ctx, a, b)
    result = _deployment_answer(ctx, found, f"from {ctx.name(a)} to {ctx.name(b)}")
    positive = [r for r in result.rows if r["modality"] in ("occurred", "planned", "proposed")]
    verdict = "Yes" if positive else "No"
    return Result(f"{verdict}: {result.summary[0].lower()}{result.summary[1:]}", result.rows,
                  deployments=result.deployments)
