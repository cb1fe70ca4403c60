"""How the extraction tests read what a text yields: contacts as sorted rows of (participant labels, type, date,
modality), deployments as sorted tuples of the fields a test names, and the people found."""

import datetime as dt
from typing import Any

from graph.extraction import Extractor
from graph.extraction.actors import ArticleActors

ContactRow = tuple[list[str], str, str | None, str]


def contact_rows(extractor: Extractor, text: str, published: dt.date) -> list[ContactRow]:
    """The contacts ``text`` yields, as sorted rows, so a test states them as a plain list."""
    found = extractor.extract(text, published)
    rows = [(sorted(p.label for p in c.participants), c.type, c.date, c.modality) for c in found.contacts]
    return sorted(rows, key=lambda row: (row[0], row[1], row[2] or "", row[3]))  # (an undated row sorts first)


def deployment_rows(extractor: Extractor, text: str, published: dt.date, *fields: str) -> list[tuple[Any, ...]]:
    """The deployments ``text`` yields, as sorted tuples of ``fields`` ("from_state", "to_state", "quantity", …)."""
    found = extractor.extract(text, published)
    return sorted(tuple(getattr(d, name) for name in fields) for d in found.deployments)


def people(extractor: Extractor, text: str) -> set[str]:
    """Every person found, with or without a title or a part in a fact (officials keep only those)."""
    actors = ArticleActors(extractor.nlp(text), extractor.lexicon, extractor.place_matcher)
    return {p.name for p in actors.persons}
