"""How articles come in, for both the HTTP API and ``diplograph ingest``: checked, then queued.

The checks run before anything is written, so bad input never reaches the queue or the graph: the API
answers 4xx with a message, the CLI exits 2 naming the file.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import Engine

from graph.extraction.language import looks_english
from graph.ingestion import SupportsExtract, process_article
from graph.store.db import session_scope
from graph.store.models import Article, ArticleStatus
from graph.store.queue import claim_article, enqueue_article, get_article

logger = logging.getLogger(__name__)

# How long a request or command that waits for its article waits for a worker that claimed it first.
WAIT_SECONDS = 120.0

# C0 controls other than tab, newline, carriage return and form feed, DEL, and the C1 block: their
# presence means a binary file or text decoded with the wrong codec, never news prose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")

DATE_FORMAT_HINT = "a date YYYY-MM-DD (2022-02-11) or an ISO 8601 datetime (2022-02-11T09:30:00Z)"

EXAMPLE_ARTICLE: dict[str, Any] = {
    "text": (
        "Polish Foreign Minister Tomasz Wrona spoke by telephone on Tuesday with US Secretary of State "
        "Margaret Ellison about the crisis on the Belarusian border, the ministry said."
    ),
    "title": "Poland and US discuss border crisis by phone",
    "url": "https://example.org/news/wrona-ellison-call",
    "source": "Example Wire",
    "published_at": "2021-11-10",
}


class ArticleSubmission(BaseModel):
    """An article to ingest: English news prose plus what is known about where and when it appeared."""

    model_config = ConfigDict(str_strip_whitespace=False, json_schema_extra={"examples": [EXAMPLE_ARTICLE]})

    text: str = Field(description="The article body: plain UTF-8 English prose.")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200, description="Publisher or wire service.")
    published_at: dt.date | None = Field(
        default=None,
        description="Publication day; relative dates in the text ('Friday', 'last week') resolve against it. "
        "Accepts YYYY-MM-DD or an ISO 8601 datetime (its date is kept).",
    )

    @field_validator("text")
    @classmethod
    def _readable_english(cls, text: str) -> str:
        if not text.strip():
            raise PydanticCustomError("empty_text", "text is empty: send the article body")
        if match := _CONTROL.search(text):
            raise PydanticCustomError(
                "binary_text",
                f"text contains a binary or control character (U+{ord(match.group()):04X} at offset "
                f"{match.start()}): send plain UTF-8 text",
            )
        if not looks_english(text):
            raise PydanticCustomError(
                "not_english", "text does not look like English prose: diplograph reads English news only"
            )
        return text

    @field_validator("published_at", mode="before")
    @classmethod
    def _date_or_datetime(cls, value: Any) -> Any:
        """Accept a datetime string too (feeds carry them), keeping its calendar date."""
        if value is None or isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            return parse_published_at(value)
        raise PydanticCustomError("date_type", "published_at must be " + DATE_FORMAT_HINT)


def parse_published_at(value: str) -> dt.date:
    """``YYYY-MM-DD`` or an ISO 8601 datetime → its date; anything else names the expected format.

    >>> parse_published_at("2022-02-11T23:30:00+00:00")
    datetime.date(2022, 2, 11)
    """
    try:
        # The date as the publisher wrote it: a timezone offset does not move the publication day.
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        message = f"published_at must be {DATE_FORMAT_HINT}; got {value!r}"
        raise PydanticCustomError("date_format", message) from None


def too_long(text: str, max_chars: int) -> str | None:
    """The message refusing ``text`` when it is over the configured limit, else None."""
    if len(text) <= max_chars:
        return None
    return (
        f"text is {len(text):,} characters; the limit is {max_chars:,} "
        "(DIPLOGRAPH_MAX_ARTICLE_CHARS): split the article or raise the limit"
    )


def enqueue(engine: Engine, submissions: Sequence[ArticleSubmission]) -> list[tuple[Article, bool]]:
    """Queue every submission in one transaction (all or none); a known text yields its existing article."""
    with session_scope(engine) as session:
        return [
            enqueue_article(
                session,
                text=item.text,
                title=item.title,
                url=item.url,
                source=item.source,
                published_at=item.published_at,
            )
            for item in submissions
        ]


def process_now(
    engine: Engine,
    extractor: SupportsExtract,
    article_id: int,
    *,
    worker_id: str,
    timeout: float = WAIT_SECONDS,
    poll_seconds: float = 0.2,
) -> Article:
    """Extract a queued article in this thread, or wait for the worker that claimed it first.

    Claiming before extracting means an article is never processed twice, whoever gets there first.
    The article comes back as it ends up: done, failed (with its error), or still queued/processing
    when ``timeout`` passes.
    """
    if claim_article(engine, article_id, worker_id) is not None:
        try:
            process_article(engine, extractor, article_id)
        except Exception:  # recorded on the article as failed; the caller reads it from there
            logger.exception("article %d failed", article_id)
    deadline = time.monotonic() + timeout
    while True:
        with session_scope(engine) as session:
            article = get_article(session, article_id)
        if article.status in (ArticleStatus.DONE, ArticleStatus.FAILED) or time.monotonic() >= deadline:
            return article
        time.sleep(poll_seconds)


def article_id(article: Article) -> int:
    """The id of a stored article (typed optional only because it is unset before the insert)."""
    if article.id is None:
        raise ValueError("the article has not been stored yet")
    return article.id
