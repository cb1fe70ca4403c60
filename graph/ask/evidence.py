"""Contacts and deployments of a ``build_graph`` graph in the API's shapes, sentences included.

``ask`` reasons over the networkx graph, so it shapes its evidence from the same graph rather than
querying the database a second time: the rows and the evidence cannot disagree.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import networkx as nx

from graph.analysis.build import event_participants
from graph.analysis.nodes import split_node
from graph.store.views import ContactView, DeploymentView, ParticipantView, SourceView

__all__ = ["participant_view", "contact_view", "contact_views", "deployment_view"]


def participant_view(G: nx.Graph, node: Hashable) -> ParticipantView:
    """An official or state node as a contact's participant."""
    kind, ident = split_node(node)
    data = G.nodes[node]
    return ParticipantView(id=ident, kind="state" if kind == "state" else "official", name=data["name"],
                           country=data.get("country"), role=data.get("role"))


def contact_view(G: nx.Graph, event: Hashable) -> ContactView:
    """An event node as the API's Contact, with its participants in order and its source sentences."""
    data = G.nodes[event]
    return ContactView(
        id=split_node(event)[1],
        type=data["type"],
        date=data.get("date"),
        modality=data["modality"],
        location=data.get("location"),
        participants=[participant_view(G, p) for p in event_participants(G, event)],
        sources=[SourceView(**s) for s in data.get("sources") or ()],
        confidence=float(data.get("confidence") or 0.0),
        corroboration=int(data.get("corroboration") or 0),
    )


def contact_views(G: nx.Graph, events: Iterable[Hashable]) -> list[ContactView]:
    """Each event once, in the order given."""
    return [contact_view(G, e) for e in dict.fromkeys(events)]


def deployment_view(G: nx.Graph, u: Hashable, v: Hashable, key: Hashable) -> DeploymentView:
    """A deploys_to edge as the API's Deployment, with its source sentences."""
    data = G.edges[u, v, key]
    return DeploymentView.model_validate(
        {
            "id": split_node(key)[1],
            "from": {"id": split_node(u)[1], "name": G.nodes[u]["name"]},
            "to": {"id": split_node(v)[1], "name": G.nodes[v]["name"]},
            "what": data["what"],
            "quantity": data.get("quantity"),
            "date": data.get("date"),
            "modality": data["modality"],
            "sources": data.get("sources") or [],
        }
    )
