"""The whole graph for analysts' tools: JSON (node-link), GraphML, GEXF (Gephi, dynamic) or CSV (zip).

Also home of the filter parameters every graph and analysis endpoint shares (period, type, modality).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

import networkx as nx
from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, Response

from app.api.deps import SessionDep
from graph.analysis.build import build_graph
from graph.analysis.export import to_csv_zip, to_gexf, to_graphml, to_json
from graph.extraction.records import ContactType, Modality

router = APIRouter(prefix="/graph", tags=["graph"])

PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass(frozen=True)
class GraphFilters:
    since: str | None
    until: str | None
    types: list[ContactType] | None
    modalities: list[Modality] | None


def graph_filters(
    since: Annotated[
        str | None,
        Query(pattern=PARTIAL_DATE, description="Facts dated in or after this period: YYYY, YYYY-MM or YYYY-MM-DD.",
              examples=["2022-02"]),
    ] = None,
    until: Annotated[
        str | None,
        Query(pattern=PARTIAL_DATE, description="Facts dated in or before this period (to its last day).",
              examples=["2022-02"]),
    ] = None,
    type: Annotated[
        list[ContactType] | None,
        Query(description="Keep these contact types (repeat the parameter for several); deployments stay."),
    ] = None,
    modality: Annotated[
        list[Modality] | None,
        Query(description="Keep contacts and deployments of these modalities (repeat for several)."),
    ] = None,
) -> GraphFilters:
    return GraphFilters(since=since, until=until, types=type, modalities=modality)


FiltersDep = Annotated[GraphFilters, Depends(graph_filters)]


def filtered_graph(session: SessionDep, filters: FiltersDep) -> nx.MultiDiGraph:
    """The stored graph narrowed by the request's filters; 422 for a bad date or since after until."""
    return build_graph(session, since=filters.since, until=filters.until, types=filters.types,
                       modalities=filters.modalities)


GraphDep = Annotated[nx.MultiDiGraph, Depends(filtered_graph)]

_FORMATS = {
    "graphml": ("application/graphml+xml", "diplograph.graphml"),
    "gexf": ("application/gexf+xml", "diplograph.gexf"),
    "csv": ("application/zip", "diplograph-csv.zip"),
}
_EXAMPLE = {
    "directed": True,
    "multigraph": True,
    "graph": {"name": "diplograph", "since": None, "until": None, "types": None, "modalities": None},
    "nodes": [
        {"id": "official:3", "kind": "official", "name": "Mark Milley", "country": "United States",
         "role": "Chairman of the Joint Chiefs of Staff", "aliases": ["Milley"]},
        {"id": "event:12", "kind": "event", "type": "phone_call", "date": "2022-02-11", "modality": "occurred",
         "location": None, "sources": [{"article_id": 1, "sentence": "…", "start": 812, "end": 930}]},
    ],
    "edges": [
        {"source": "official:3", "target": "event:12", "key": "participated_in", "relation": "participated_in"},
        {"source": "official:3", "target": "official:9", "key": "event:12", "relation": "spoke_with",
         "event": 12, "type": "phone_call", "date": "2022-02-11", "modality": "occurred"},
    ],
}


@router.get(
    "",
    response_class=Response,
    responses={
        200: {
            "description": "The graph in the asked format (GraphML, GEXF and CSV as file downloads).",
            "content": {
                "application/json": {"example": _EXAMPLE},
                "application/graphml+xml": {},
                "application/gexf+xml": {},
                "application/zip": {},
            },
        }
    },
)
def export_graph(
    G: GraphDep,
    format: Annotated[
        Literal["json", "graphml", "gexf", "csv"],
        Query(description="json: networkx node-link; graphml / gexf: read by networkx, Gephi, yEd; "
                          "csv: nodes.csv and edges.csv in a zip."),
    ] = "json",
) -> Response:
    """Officials, states, organizations and events as nodes (``kind``), with ``relation`` edges:
    participated_in, spoke_with, represents, deploys_to, located_in. GEXF carries each dated node and edge's
    start/end, so Gephi's timeline plays the contacts in order."""
    if format == "json":
        return JSONResponse(to_json(G))
    media_type, filename = _FORMATS[format]
    content: str | bytes = {"graphml": to_graphml, "gexf": to_gexf}[format](G) if format != "csv" else to_csv_zip(G)
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
