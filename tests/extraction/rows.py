"""How the extraction tests read contacts: sorted rows of (participant labels, type, date, modality)."""

import datetime as dt

from graph.extraction import Extractor

ContactRow = tuple[list[str], str, str | None, str]


def contact_rows(extractor: Extractor, text: str, published: dt.date) -> list[ContactRow]:
    """The contacts ``text`` yields, as sorted rows, so a test states them as a plain list."""
    found = extractor.extract(text, published)
    return sorted((sorted(p.label for p in c.participants), c.type, c.date, c.modality) for c in found.contacts)
