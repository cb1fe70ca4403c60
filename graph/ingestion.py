"""One ingestion step: article in the queue → extraction → graph, all or nothing.

Extraction (spaCy, the slow part) runs outside any transaction, so SQLite's single write lock and
PostgreSQL's graph-writer lock are held only for the short write that follows.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Protocol

from sqlalchemy import Engine

from graph.extraction.records import ArticleExtraction
from graph.store.db import session_scope
from graph.store.queue import claim_next_article, get_article, mark_failed
from graph.store.writer import WriteResult, write_extraction

__all__ = ["SupportsExtract", "process_article", "run_once"]

log = logging.getLogger(__name__)


class SupportsExtract(Protocol):
    """Anything that turns article text into an extraction: the spaCy ``Extractor``, or a test double."""

    def extract(self, text: str, published_at: dt.date | None = None) -> ArticleExtraction: ...


def process_article(engine: Engine, extractor: SupportsExtract, article_id: int) -> WriteResult:
    """Extract one article and write the result in one transaction; on failure, record it and re-raise.

    A failure leaves nothing of the article in the graph but its ``failed`` status and error message.
    Running it again on a done article replaces that article's contribution instead of doubling it.
    """
    try:
        with session_scope(engine) as session:
            article = get_article(session, article_id)
            text, published_at = article.text, article.published_at
        extraction = extractor.extract(text, published_at)
        with session_scope(engine) as session:
            result = write_extraction(session, get_article(session, article_id), extraction)
    except Exception as exc:
        mark_failed(engine, article_id, f"{type(exc).__name__}: {exc}")
        raise
    return result


def run_once(
    engine: Engine, extractor: SupportsExtract, worker_id: str, *, stale_after_seconds: int = 600
) -> int | None:
    """Claim and process the next article; its id, or None when the queue is empty.

    A failing article is recorded as failed and logged, never raised: one bad article must not stop a
    worker's loop.
    """
    article = claim_next_article(engine, worker_id, stale_after_seconds)
    if article is None or article.id is None:
        return None
    try:
        process_article(engine, extractor, article.id)
    except Exception:
        log.exception("article %s failed", article.id)
    return article.id
