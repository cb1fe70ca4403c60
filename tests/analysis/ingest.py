"""Stored graphs built the way users build them: article files → queue → the real extractor → writer.

Shared by the analysis and ask tests (``from analysis.ingest import …``: pytest puts ``tests/`` on the
path), so the spaCy pipeline loads once per test session however many of their folders run.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Engine

from graph.extraction import Extractor
from graph.ingestion import process_article
from graph.store.db import session_scope
from graph.store.queue import enqueue_article

# The reference article is not ours: it stays in ../shared/seed, beside the repository, and is read there.
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"
SEED_PUBLISHED = dt.date(2022, 2, 11)


@dataclass(frozen=True)
class ArticleFile:
    """One article as ``diplograph ingest`` reads it."""

    text: str
    published_at: dt.date | None
    title: str | None = None
    source: str | None = None


@cache
def real_extractor() -> Extractor:
    """The pinned spaCy pipeline with the project's rules (about a second to load)."""
    return Extractor()


def read_article(path: Path) -> ArticleFile:
    """A JSON article of the project's own writing (``{"text", "title", "source", "published_at"}``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    published = data.get("published_at")
    return ArticleFile(text=data["text"], title=data.get("title"), source=data.get("source"),
                       published_at=dt.date.fromisoformat(published[:10]) if published else None)


def seed_article() -> ArticleFile:
    """The reference article, read from ``../shared/seed`` (callers skip when that folder is missing)."""
    return ArticleFile(text=(SEED / "article.txt").read_text(encoding="utf-8"), published_at=SEED_PUBLISHED,
                       source="reference article (shared/seed)")


def ingest(engine: Engine, articles: Iterable[ArticleFile]) -> list[int]:
    """Queue each article and process it with the real extractor, as the worker does; the article ids."""
    ids = []
    for article in articles:
        with session_scope(engine) as session:
            row, _ = enqueue_article(session, text=article.text, title=article.title, source=article.source,
                                     published_at=article.published_at)
            article_id = row.id
        assert article_id is not None
        process_article(engine, real_extractor(), article_id)
        ids.append(article_id)
    return ids
