"""The ingestion queue: articles are rows, and workers claim them one at a time.

Any number of workers, on any machines sharing the database, may poll the same table. A claim is one
atomic statement: PostgreSQL skips rows other workers hold (``FOR UPDATE SKIP LOCKED``); SQLite runs it
inside a ``BEGIN IMMEDIATE`` transaction, which already excludes every other writer. A worker that dies
mid-article leaves it ``processing``; after ``stale_after_seconds`` another worker takes it over.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import ColumnElement, Engine, and_, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from graph.errors import InvalidInput
from graph.store.db import session_scope
from graph.store.models import Article, ArticleStatus, utcnow
from graph.store.rows import page_of, stored_row
from graph.store.views import Page

__all__ = [
    "content_hash",
    "enqueue_article",
    "claim_next_article",
    "claim_article",
    "mark_failed",
    "get_article",
    "list_articles",
    "MAX_ERROR_CHARS",
]

MAX_ERROR_CHARS = 4000


def content_hash(text: str) -> str:
    """sha256 of the text with whitespace runs collapsed: re-wrapped copies of an article are one article.

    >>> content_hash("a  b\\n") == content_hash(" a b")
    True
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def enqueue_article(
    session: Session,
    *,
    text: str,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published_at: dt.date | None = None,
) -> tuple[Article, bool]:
    """Queue an article for extraction; the same text again returns the existing row and False.

    Two requests racing with the same text both end up with the one row: the loser of the unique
    constraint rolls back to a savepoint and reads the winner's.
    """
    if not text.strip():
        raise InvalidInput("the article text is empty")
    for field, value, limit in (("title", title, 1000), ("url", url, 2000), ("source", source, 200)):
        if value is not None and len(value) > limit:
            raise InvalidInput(f"the {field} is longer than {limit} characters")
    digest = content_hash(text)
    existing = session.exec(select(Article).where(Article.content_hash == digest)).first()
    if existing is not None:
        return existing, False
    article = Article(
        content_hash=digest, text=text, title=title, url=url, source=source, published_at=published_at
    )
    try:
        with session.begin_nested():
            session.add(article)
    except IntegrityError:
        winner = session.exec(select(Article).where(Article.content_hash == digest)).first()
        if winner is None:
            raise
        return winner, False
    return article, True


def _claimable(now: dt.datetime, stale_after_seconds: int) -> ColumnElement[bool]:
    cutoff = now - dt.timedelta(seconds=stale_after_seconds)
    return or_(
        col(Article.status) == ArticleStatus.QUEUED,
        and_(col(Article.status) == ArticleStatus.PROCESSING, col(Article.claimed_at) < cutoff),
    )


def _claim(engine: Engine, worker_id: str, condition: ColumnElement[bool]) -> Article | None:
    now = utcnow()
    pick = select(Article.id).where(condition).order_by(col(Article.id)).limit(1)
    if engine.dialect.name == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    statement = (
        update(Article)
        .where(col(Article.id) == pick.scalar_subquery())
        .values(
            status=ArticleStatus.PROCESSING,
            claimed_by=worker_id,
            claimed_at=now,
            attempts=Article.attempts + 1,
            error=None,
        )
        .returning(Article)
        .execution_options(synchronize_session=False)
    )
    with session_scope(engine) as session:
        return session.exec(statement).scalars().first()


def claim_next_article(engine: Engine, worker_id: str, stale_after_seconds: int = 600) -> Article | None:
    """Move the oldest queued (or abandoned) article to ``processing`` for this worker; None if idle.

    The returned row is detached and fully loaded: the worker reads its text without holding a
    transaction open during extraction.
    """
    return _claim(engine, worker_id, _claimable(utcnow(), stale_after_seconds))


def claim_article(engine: Engine, article_id: int, worker_id: str) -> Article | None:
    """Claim one particular queued article (for a request that waits for its own article).

    None when it is not queued any more, typically because a worker took it first: then wait for that
    worker instead of processing the article twice.
    """
    return _claim(
        engine, worker_id, and_(col(Article.id) == article_id, col(Article.status) == ArticleStatus.QUEUED)
    )


def mark_failed(engine: Engine, article_id: int, error: str) -> None:
    """Record in its own transaction that an article failed (the failed write has been rolled back)."""
    with session_scope(engine) as session:
        session.exec(
            update(Article)
            .where(col(Article.id) == article_id)
            .values(status=ArticleStatus.FAILED, error=error[:MAX_ERROR_CHARS], processed_at=utcnow())
        )


def get_article(session: Session, article_id: int) -> Article:
    """The article with this id; NotFound otherwise."""
    return stored_row(session, Article, article_id, "article")


def list_articles(
    session: Session, *, status: str | None = None, limit: int = 50, offset: int = 0
) -> Page[Article]:
    """Articles, newest first, optionally of one status (``failed`` lists those that need a look)."""
    conditions = [col(Article.status) == status] if status is not None else []
    rows, total = page_of(session, Article, conditions, [col(Article.id).desc()], limit=limit, offset=offset)
    return Page[Article](items=list(rows), total=total)
