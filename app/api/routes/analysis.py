"""Network analysis of the (filtered) graph: ego networks, contact chains, centrality, brokers, communities,
timelines and the state-to-state matrix. Each endpoint takes the filters of ``GET /v1/graph``."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from app.api.errors import AMBIGUOUS, NOT_FOUND
from app.api.routes.graph import GraphDep
from graph.analysis.centrality import Broker, Score, brokers, centrality
from graph.analysis.communities import Community, communities
from graph.analysis.ego import EgoNetwork, ego_network
from graph.analysis.matrix import StateMatrix, state_contact_matrix
from graph.analysis.paths import ContactChain, contact_chain
from graph.analysis.timeline import PeriodCount, TimelineEntry, activity, timeline

router = APIRouter(prefix="/analysis", tags=["analysis"])

ActorKind = Literal["official", "state", "organization"]
Actor = Annotated[
    str,
    Query(min_length=1, description="An official or state: node id (official:3), name, alias or surname.",
          examples=["Milley"]),
]


@router.get("/ego", response_model=EgoNetwork, responses={**NOT_FOUND, **AMBIGUOUS})
def ego(
    G: GraphDep,
    actor: Actor,
    radius: Annotated[int, Query(ge=0, le=4, description="1: direct counterparts; 2: theirs too…")] = 1,
) -> EgoNetwork:
    """The actors within ``radius`` contacts of ``actor`` and every contact among them."""
    return ego_network(G, actor, radius)


@router.get("/path", response_model=ContactChain, responses={**NOT_FOUND, **AMBIGUOUS})
def path(G: GraphDep, source: Actor, target: Actor) -> ContactChain:
    """The shortest chain of contacts from ``source`` to ``target``; ``connected`` is false if none."""
    return contact_chain(G, source, target)


@router.get("/centrality", response_model=list[Score])
def rank(
    G: GraphDep,
    kind: Annotated[Literal["degree", "betweenness", "contacts"], Query(description="The measure.")] = "degree",
    only: Annotated[ActorKind | None, Query(description="Rank only actors of this kind.")] = None,
    top: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> list[Score]:
    """Actors ranked by degree (share of actors contacted), betweenness or number of contacts."""
    return centrality(G, kind, only=only, top=top)


@router.get("/brokers", response_model=list[Broker])
def list_brokers(
    G: GraphDep,
    top: Annotated[int, Query(ge=1, le=1000)] = 10,
    only: Annotated[ActorKind | None, Query(description="Only actors of this kind.")] = None,
) -> list[Broker]:
    """Actors on shortest contact chains, with how many pairs of their counterparts never spoke directly."""
    return brokers(G, top, only=only)


@router.get("/communities", response_model=list[Community])
def list_communities(
    G: GraphDep,
    seed: Annotated[int, Query(description="The same seed gives the same partition.")] = 0,
    method: Annotated[Literal["louvain", "greedy"], Query()] = "louvain",
    resolution: Annotated[float, Query(gt=0, le=10, description=">1: smaller groups; <1: larger.")] = 1.0,
    min_size: Annotated[int, Query(ge=1)] = 2,
) -> list[Community]:
    """Groups of actors in closer contact with each other than with the rest, largest first."""
    return communities(G, seed, method=method, resolution=resolution, min_size=min_size)


@router.get("/timeline", response_model=list[TimelineEntry], responses={**NOT_FOUND, **AMBIGUOUS})
def list_timeline(
    G: GraphDep,
    actor: Annotated[str | None, Query(description="Only this actor's contacts (a state's: its officials' too).",
                                       examples=["Gerasimov"])] = None,
) -> list[TimelineEntry]:
    """Contacts in date order, undated ones last."""
    return timeline(G, actor)


@router.get("/activity", response_model=list[PeriodCount], responses={**NOT_FOUND, **AMBIGUOUS})
def list_activity(
    G: GraphDep,
    actor: Annotated[str | None, Query(description="Only this actor's contacts.")] = None,
    by: Annotated[Literal["year", "month", "day"], Query()] = "month",
) -> list[PeriodCount]:
    """How many contacts each year, month or day holds."""
    return activity(G, actor, by=by)


@router.get("/matrix", response_model=StateMatrix)
def matrix(G: GraphDep) -> StateMatrix:
    """State-to-state contact counts, each official standing for the state of their country."""
    return state_contact_matrix(G)
