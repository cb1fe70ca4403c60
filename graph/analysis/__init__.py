"""Network analysis of the stored graph with networkx: build it, then ask who matters and how.

Each function takes a networkx graph (from :func:`build_graph`, narrowed by period, contact type and
modality as wanted) and returns plain data, so the same calls serve the HTTP API, the CLI and notebooks.
"""

from graph.analysis.build import RELATIONS, as_contact_graph, build_graph, contact_graph, filter_graph
from graph.analysis.centrality import brokers, centrality
from graph.analysis.communities import communities
from graph.analysis.ego import ego_network
from graph.analysis.export import to_csv, to_csv_zip, to_gexf, to_graphml, to_json
from graph.analysis.matrix import state_contact_matrix
from graph.analysis.nodes import find_node
from graph.analysis.paths import contact_chain
from graph.analysis.timeline import activity, timeline

__all__ = [
    "RELATIONS",
    "build_graph",
    "filter_graph",
    "contact_graph",
    "as_contact_graph",
    "find_node",
    "ego_network",
    "contact_chain",
    "centrality",
    "brokers",
    "communities",
    "timeline",
    "activity",
    "state_contact_matrix",
    "to_json",
    "to_graphml",
    "to_gexf",
    "to_csv",
    "to_csv_zip",
]
