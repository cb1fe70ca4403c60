"""Articles: submit one for ingestion, follow it through the queue, list what has been read."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlmodel import Session

from app import intake
from app.api.deps import EngineDep, ExtractorDep, PagingDep, SessionDep, SettingsDep
from app.api.errors import NOT_FOUND, UNAUTHORIZED, Responses, error_response
from app.api.schemas import ArticleDetail, ArticlePage, ArticlePublic, ArticleStatus
from app.intake import ArticleSubmission
from app.worker import new_worker_id
from graph.store import queries, queue
from graph.store.db import session_scope
from graph.store.models import Article
from graph.store.models import ArticleStatus as Status

router = APIRouter(prefix="/articles", tags=["articles"])


def valid_submission(article: ArticleSubmission, settings: SettingsDep) -> ArticleSubmission:
    """The body, refused with 413 when it is over the configured size (the model checks the rest)."""
    if message := intake.too_long(article.text, settings.max_article_chars):
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, detail=message)
    return article


SubmissionDep = Annotated[ArticleSubmission, Depends(valid_submission)]


def article_detail(session: Session, article: Article) -> ArticleDetail:
    """The article with the contacts and deployments it supports, once it has been processed."""
    detail = ArticleDetail.model_validate(article, from_attributes=True)
    if article.status == Status.DONE:
        detail.contacts = queries.contacts_for_article(session, intake.article_id(article))
        detail.deployments = queries.deployments_for_article(session, intake.article_id(article))
    return detail


_SUBMIT_RESPONSES: Responses = {
    200: {"description": "The same text was sent before: nothing new is created", "model": ArticleDetail},
    201: {"description": "With `?wait=true`: processed; lists what it supports", "model": ArticleDetail},
    202: {"description": "Queued for the ingestion workers", "model": ArticlePublic,
          "content": {"application/json": {"example": {"id": 1, "status": "queued"}}}},
    **error_response(413, "Text over DIPLOGRAPH_MAX_ARTICLE_CHARS",
                     "text is 250,000 characters; the limit is 200,000 (DIPLOGRAPH_MAX_ARTICLE_CHARS): "
                     "split the article or raise the limit"),
    **error_response(422, "Not an article: empty, binary, not English, a bad date; or extraction failed",
                     "Article 3 could not be processed (…); it is kept with status 'failed': "
                     "see GET /v1/articles/3"),
    **UNAUTHORIZED,
}


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=ArticleDetail,
             responses=_SUBMIT_RESPONSES)
def submit_article(
    article: SubmissionDep,
    response: Response,
    engine: EngineDep,
    extractor: ExtractorDep,
    wait: Annotated[bool, Query(description="Extract now and answer with the result (201).")] = False,
) -> ArticleDetail:
    """Queue an article for extraction; `?wait=true` extracts it within the request instead.

    A plain def: FastAPI runs it in a thread, so a long extraction never blocks the event loop.
    """
    [(stored, created)] = intake.enqueue(engine, [article])
    if wait:
        worker_id = new_worker_id("api")
        stored = intake.process_now(engine, extractor, intake.article_id(stored), worker_id=worker_id)
        if created and stored.status == Status.FAILED:
            # Ingestion rolled the graph back and kept only the failure: say where to look.
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_CONTENT,
                detail=f"article {stored.id} could not be processed ({stored.error}); it is kept with "
                f"status 'failed': see GET /v1/articles/{stored.id}",
            )
    if not created:
        response.status_code = status.HTTP_200_OK
    elif stored.status == Status.DONE:
        response.status_code = status.HTTP_201_CREATED
    with session_scope(engine) as session:
        return article_detail(session, queue.get_article(session, intake.article_id(stored)))


@router.get("/{article_id}", response_model=ArticleDetail, responses=NOT_FOUND)
def read_article(article_id: int, session: SessionDep) -> ArticleDetail:
    """Where an article is in the queue; when done, the contacts and deployments it supports."""
    return article_detail(session, queue.get_article(session, article_id))


@router.get("", response_model=ArticlePage)
def list_articles(
    session: SessionDep,
    paging: PagingDep,
    status_: Annotated[ArticleStatus | None, Query(alias="status", description="Only this status.")] = None,
) -> ArticlePage:
    """Articles, newest first; `?status=failed` lists those that need a look."""
    page = queue.list_articles(session, status=status_, limit=paging.limit, offset=paging.offset)
    return ArticlePage(items=[ArticlePublic.model_validate(a, from_attributes=True) for a in page.items],
                       total=page.total)
