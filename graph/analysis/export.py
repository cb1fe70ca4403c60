"""Exports for analysts' tools: node-link JSON, GraphML, GEXF (Gephi, with a timeline) and CSV.

GraphML and GEXF hold only strings, numbers and booleans, so values are flattened on the way out:
``None`` is dropped (an absent attribute already means "unknown"), a list of strings becomes one
"; "-joined string, and anything else (sources, lists of ids) becomes JSON text.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

__all__ = ["EXPORT_FORMATS", "to_json", "to_graphml", "to_gexf", "to_csv", "to_csv_zip"]

EXPORT_FORMATS: tuple[str, ...] = ("json", "graphml", "gexf", "csv")

_NODE_COLUMNS = ("id", "kind", "name", "country", "role", "type", "date", "date_start", "date_end",
                 "modality", "location")
_EDGE_COLUMNS = ("source", "target", "key", "relation", "event", "deployment", "type", "date", "date_start",
                 "date_end", "modality", "what", "quantity", "weight")


def _flat_value(value: Any) -> str | int | float | bool | None:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, list | tuple | set | frozenset) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _flat(data: Mapping[str, Any], rename: Mapping[str, str] | None = None) -> dict[str, Any]:
    rename = rename or {}
    flat = {rename.get(k, k): _flat_value(v) for k, v in data.items()}
    return {k: v for k, v in flat.items() if v is not None}


def _flat_graph(
    G: nx.Graph, *, edge_rename: Mapping[str, str] | None = None, dynamic: bool = False
) -> nx.Graph:
    H = G.__class__()
    H.graph.update(_flat(G.graph))

    def timed(data: dict[str, Any]) -> dict[str, Any]:
        # Gephi's timeline reads GEXF 'start'/'end'; undated elements get none and are always shown.
        if dynamic and data.get("date_start"):
            data["start"] = data["date_start"]
            data["end"] = data.get("date_end") or data["date_start"]
        return data

    H.add_nodes_from((n, timed(_flat(d))) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from(
            (u, v, k, timed(_flat(d, edge_rename))) for u, v, k, d in G.edges(keys=True, data=True)
        )
    else:
        H.add_edges_from((u, v, timed(_flat(d, edge_rename))) for u, v, d in G.edges(data=True))
    return H


def to_json(G: nx.Graph) -> dict[str, Any]:
    """The graph as networkx node-link data (``nodes``, ``edges``), ready for ``json.dumps``.

    Values are kept as they are (lists and all); ``networkx.node_link_graph(data, edges="edges")``
    rebuilds the graph.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("official:1", "event:2", key="participated_in", relation="participated_in")
    >>> to_json(G)["edges"]
    [{'relation': 'participated_in', 'source': 'official:1', 'target': 'event:2', 'key': 'participated_in'}]
    """
    return nx.node_link_data(G, edges="edges")


def to_graphml(G: nx.Graph) -> str:
    """The graph as GraphML text; ``networkx.read_graphml`` reads back the same nodes and edges.

    Examples
    --------
    >>> import io, networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("official:1", kind="official", name="Mark Milley", role=None)
    >>> _ = G.add_edge("official:1", "state:2", key="represents", relation="represents")
    >>> H = nx.read_graphml(io.StringIO(to_graphml(G)), force_multigraph=True)
    >>> sorted(H.edges(keys=True)), H.nodes["official:1"]
    ([('official:1', 'state:2', 'represents')], {'kind': 'official', 'name': 'Mark Milley'})
    """
    return "\n".join(nx.generate_graphml(_flat_graph(G), named_key_ids=True)) + "\n"


def to_gexf(G: nx.Graph) -> str:
    """The graph as GEXF 1.2 text for Gephi, dynamic over the facts' dates.

    Every dated node and edge gets ``start``/``end`` from its ``date_start``/``date_end``, so Gephi's
    timeline can play the contacts in order; actors and undated facts have no interval and stay visible
    throughout. GEXF reserves an edge's ``type`` for its direction, so the contact type is written as
    ``contact_type``.

    Examples
    --------
    >>> import io, networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("official:1", "official:2", key="event:3", relation="spoke_with",
    ...                type="phone_call", date_start="2022-02-11", date_end="2022-02-11")
    >>> H = nx.read_gexf(io.StringIO(to_gexf(G)))
    >>> H.graph["mode"], H.edges["official:1", "official:2"]["start"]
    ('dynamic', '2022-02-11')
    """
    H = _flat_graph(G, edge_rename={"type": "contact_type"}, dynamic=True)
    if H.is_multigraph():
        # GEXF edge ids must be unique across the file; (source, target, key) is, and reads well in Gephi.
        for u, v, k, data in H.edges(keys=True, data=True):
            data["id"] = f"{u}->{v}:{k}"
    return "\n".join(nx.generate_gexf(H)) + "\n"


def _columns(rows: Iterable[Mapping[str, Any]], leading: tuple[str, ...]) -> list[str]:
    seen = {k for row in rows for k in row}
    return [c for c in leading if c in seen] + sorted(seen - set(leading))


def _csv_text(rows: list[dict[str, Any]], leading: tuple[str, ...]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_columns(rows, leading) or list(leading[:1]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_csv(G: nx.Graph) -> tuple[str, str]:
    """The graph as two CSV texts, nodes then edges, for spreadsheets and Gephi's data laboratory.

    ``nodes`` has an ``id`` column and ``edges`` ``source``, ``target`` and (for a multigraph) ``key``;
    every attribute gets a column, the common ones first.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("state:1", kind="state", name="Poland")
    >>> G.add_node("state:2", kind="state", name="United States")
    >>> _ = G.add_edge("state:2", "state:1", key="deployment:4", relation="deploys_to", quantity=3000)
    >>> nodes, edges = to_csv(G)
    >>> print(edges, end="")
    source,target,key,relation,quantity
    state:2,state:1,deployment:4,deploys_to,3000
    """
    node_rows = [{"id": str(n), **_flat(d)} for n, d in G.nodes(data=True)]
    if G.is_multigraph():
        edge_rows = [{"source": str(u), "target": str(v), "key": str(k), **_flat(d)}
                     for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edge_rows = [{"source": str(u), "target": str(v), **_flat(d)} for u, v, d in G.edges(data=True)]
    return _csv_text(node_rows, _NODE_COLUMNS), _csv_text(edge_rows, _EDGE_COLUMNS)


def to_csv_zip(G: nx.Graph) -> bytes:
    """``nodes.csv`` and ``edges.csv`` (see :func:`to_csv`) in one zip archive, for one download."""
    nodes, edges = to_csv(G)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", nodes)
        archive.writestr("edges.csv", edges)
    return buffer.getvalue()
