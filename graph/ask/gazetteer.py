"""The names a question may use for the graph's actors, matched with a spaCy ``PhraseMatcher``.

Officials are found by name, alias or surname; states by name and also by the other names the extraction lexicon
knows for them (aliases like "US", demonyms like "Russian", capitals and seats of government like
"Moscow" or "the Kremlin"). Only actors in the graph are listed, so a question can only ever be about
something the graph holds; a name it lacks stays plain text and is reported as not found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache

import networkx as nx
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graph.analysis.nodes import fold_name
from graph.extraction.lexicon import load_lexicon
from graph.names import surname_key

__all__ = ["Gazetteer", "nlp"]


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The tokenizer every question goes through, loaded once per process.

    A blank English pipeline is enough: questions are matched by phrase and pattern, and a statistical
    model's guesses would make the same question parse differently from one model version to the next.
    """
    return spacy.blank("en")


@lru_cache(maxsize=1)
def _state_phrases() -> dict[str, tuple[str, ...]]:
    """Other names of each country, from the extraction lexicon: canonical name → folded phrases."""
    lexicon = load_lexicon()
    phrases: dict[str, set[str]] = defaultdict(set)
    for table in (lexicon.country_names, lexicon.metonyms, lexicon.places, lexicon.demonyms):
        for phrase, country in table.items():
            phrases[country].add(phrase)
    return {country: tuple(sorted(found)) for country, found in phrases.items()}


@dataclass
class Gazetteer:
    """Phrases → the nodes of a graph they may name."""

    graph: nx.Graph
    phrases: dict[str, set[Hashable]]

    @classmethod
    def from_graph(cls, G: nx.Graph) -> Gazetteer:
        phrases: dict[str, set[Hashable]] = defaultdict(set)
        state_phrases = _state_phrases()
        for node, data in G.nodes(data=True):
            kind, name = data.get("kind"), data.get("name")
            # Organizations never take part in contacts, and extraction names some with common words
            # ("State" from "the State Department"): listing them would only hide words from the patterns.
            if kind not in ("official", "state") or not name:
                continue
            names = {name, *(data.get("aliases") or ())}
            if kind == "official":
                names.add(surname_key(name))
            for folded in filter(None, map(fold_name, names)):
                phrases[folded].add(node)
            if kind == "state":
                for phrase in state_phrases.get(name, ()):
                    phrases[phrase].add(node)
        return cls(G, dict(phrases))

    def matches(self, doc: Doc) -> list[tuple[Span, set[Hashable]]]:
        """The longest non-overlapping spans of ``doc`` that name actors, with the nodes each may name."""
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        tokenizer = nlp().tokenizer
        for phrase in self.phrases:
            matcher.add(phrase, [tokenizer(phrase)])
        spans = [Span(doc, start, end, label=match_id) for match_id, start, end in matcher(doc)]
        return [(span, self.phrases[span.label_]) for span in filter_spans(spans)]
