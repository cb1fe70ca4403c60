"""``answer``: a question in plain English → its reading, the result rows and the evidence.

Offline and deterministic: spaCy tokenizes, the gazetteer finds the names, patterns pick the form, and
networkx answers it. A question that fits no form is refused with suggestions, never guessed at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import networkx as nx
from sqlmodel import Session

from graph.analysis.build import build_graph, filter_graph
from graph.ask.context import Context, Result
from graph.ask.evidence import contact_views, deployment_view
from graph.ask.handlers import HANDLERS
from graph.ask.models import Answer, Interpretation
from graph.ask.parse import Parsed, parse

__all__ = ["answer", "answer_graph"]


def _description(parsed: Parsed, names: dict[str, str]) -> str:
    text = parsed.form.summary
    # An optional slot's phrase is in parentheses: filled in when the slot is, dropped when it is not.
    text = re.sub(r"\s*\(([^()]*?)<(\w)>([^()]*)\)",
                  lambda m: f" {m[1]}{names[m[2]]}{m[3]}" if m[2] in names else "", text)
    for slot, name in names.items():
        text = text.replace(f"<{slot}>", name)
    return text + parsed.during


def _left_out(G: nx.MultiDiGraph, parsed: Parsed, handler: Callable[[Context], Result]) -> str:
    """For an empty answer: what the same question finds with other modalities ("1 planned").

    "When did Biden and Putin last speak?" has no answer when their call is only planned; saying so
    beats a bare "nothing", and the planned call stays out of the answer proper.
    """
    wider = replace(parsed, modalities=None)
    H = filter_graph(G, since=parsed.since, until=parsed.until, types=parsed.types)
    other = handler(Context(G, H, wider))
    counted = set(parsed.modalities or ())
    found = Counter(str(H.nodes[e].get("modality")) for e in other.events)
    found.update(str(H.edges[key].get("modality")) for key in other.deployments)
    left = [f"{n} {modality}" for modality, n in sorted(found.items()) if modality not in counted]
    return f" Not counted here: {', '.join(left)}." if left else ""


def answer_graph(G: nx.MultiDiGraph, question: str) -> Answer:
    """Answer ``question`` over ``G``, a graph from :func:`~graph.analysis.build.build_graph`.

    Raises
    ------
    graph.ask.parse.QuestionNotUnderstood
        (an ``InvalidInput``) when no question form fits; it lists questions that work.
    graph.errors.InvalidInput, NotFound, AmbiguousName
        See :func:`graph.ask.parse.parse`.
    """
    parsed = parse(question, G)
    since, until = parsed.since, parsed.until
    narrowed = filter_graph(G, since=since, until=until, types=parsed.types, modalities=parsed.modalities)
    handler = HANDLERS[parsed.form.name]
    result = handler(Context(G, narrowed, parsed))
    if not (result.events or result.deployments) and parsed.modalities is not None:
        result.summary += _left_out(G, parsed, handler)
    names = {slot: str(G.nodes[node]["name"]) for slot, node in parsed.slots.items()}
    return Answer(
        question=question,
        interpretation=Interpretation(
            form=parsed.form.name,
            description=_description(parsed, names),
            slots=names,
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            types=list(parsed.types) if parsed.types else None,
            modalities=list(parsed.modalities) if parsed.modalities else None,
        ),
        summary=result.summary,
        rows=result.rows,
        contacts=contact_views(narrowed, result.events),
        deployments=[deployment_view(narrowed, *key) for key in result.deployments],
    )


def answer(session: Session, question: str) -> Answer:
    """Answer ``question`` over the stored graph.

    Examples
    --------
    With the reference article ingested (see ``tests/ask``)::

        >>> answer(session, "Who spoke with Gerasimov?").summary  # doctest: +SKIP
        'Valery Gerasimov: Mark Milley (3 contacts).'
    """
    return answer_graph(build_graph(session), question)
