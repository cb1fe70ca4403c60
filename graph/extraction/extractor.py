"""The extraction entry point: article text + publication date → ``ArticleExtraction``."""

from __future__ import annotations

import datetime as dt

from graph.errors import InvalidInput
from graph.extraction.actors import ArticleActors
from graph.extraction.contacts import find_contacts
from graph.extraction.deployments import find_deployments
from graph.extraction.discourse import Discourse
from graph.extraction.events import merge_contacts, merge_deployments
from graph.extraction.lexicon import load_lexicon
from graph.extraction.passage_days import filed_day, passage_day_of
from graph.extraction.pipeline import (
    DATELINE_KEY,
    SPEAKERS_KEY,
    dateline_date,
    dateline_place,
    load_pipeline,
    mask_boilerplate,
    speaker_labels,
)
from graph.extraction.records import ArticleExtraction
from graph.extraction.states import build_place_matcher

__all__ = ["Extractor"]


def _story_day(dateline: str | None, published: dt.date | None) -> dt.date | None:
    """The day the story is told from: its wire dateline's ("TEHRAN, Oct. 15 (Wire) -"), where that is a day or
    a few before publication (a wire story filed late in the day is published the next), else publication's.
    "Today", "on Tuesday" and "yesterday" in the story count from the day it was filed."""
    filed = filed_day(dateline, published) if published else None
    return dt.date.fromisoformat(filed) if filed else published


class Extractor:
    """Loads the spaCy pipeline and the lexicon once; ``extract`` is then cheap to call per article.

    One instance is not shared between threads (spaCy pipelines are not thread-safe); a worker owns one.
    """

    def __init__(self) -> None:
        self.nlp = load_pipeline()
        self.lexicon = load_lexicon()
        self.place_matcher = build_place_matcher(self.nlp, self.lexicon)

    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("the article text is empty")
        doc = self.nlp(mask_boilerplate(text))
        doc.user_data[DATELINE_KEY] = dateline = dateline_date(text)  # (masked out; the passage days read it)
        doc.user_data[SPEAKERS_KEY] = speaker_labels(text)  # (masked out; who "I" is in a transcript's turn)
        published_at = _story_day(dateline, published_at)
        actors = ArticleActors(doc, self.lexicon, self.place_matcher)
        sents = [s for s in doc.sents if s.text.strip()]
        place = dateline_place(text)
        discourse = Discourse(published=published_at, dateline_country=self.lexicon.country(place) if place else None)
        find_contacts(sents, actors, self.lexicon, discourse)
        countries = actors.official_countries
        contacts = merge_contacts(discourse.mentions, published_at, countries,
                                  [passage_day_of(s, published_at) for s in sents])  # (worked out once per article)
        deployments = merge_deployments(find_deployments(sents, actors, self.lexicon, discourse))
        in_facts = {p.name for c in contacts for p in c.participants if p.kind == "official"}
        officials = actors.official_records(in_facts)
        states = sorted(
            {p.name for c in contacts for p in c.participants if p.kind == "state"}
            | {d.from_state for d in deployments}
            | {d.to_state for d in deployments}
            | {o.country for o in officials if o.country}
            | {c.location for c in contacts if c.location}
        )
        return ArticleExtraction(
            officials=officials, contacts=contacts, deployments=deployments, states=tuple(states),
            organizations=tuple(sorted({e.text for e in doc.ents if e.label_ == "ORG" and len(e.text) > 2})),
        )
