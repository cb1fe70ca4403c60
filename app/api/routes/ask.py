"""Questions in plain English, answered offline over the graph with the evidence behind the answer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from app.api.deps import SessionDep
from app.api.errors import AMBIGUOUS, NOT_FOUND, error_response
from graph.ask import Answer, QuestionNotUnderstood, answer
from graph.ask.parse import MAX_QUESTION_CHARS

router = APIRouter(prefix="/ask", tags=["ask"])

NOT_UNDERSTOOD = error_response(
    422,
    "The question fits no known form (the answer lists questions that do), or asks something impossible",
    {"message": "Could not understand 'what is the weather'. Questions like these work: …",
     "suggestions": ["Who spoke with Gerasimov?", "When did Biden and Putin last speak?"]},
)


@router.get("", response_model=Answer, responses={**NOT_UNDERSTOOD, **NOT_FOUND, **AMBIGUOUS})
def ask(
    session: SessionDep,
    q: Annotated[
        str,
        Query(min_length=1, max_length=MAX_QUESTION_CHARS, description="A question in English.",
              examples=["Who spoke with Gerasimov?", "Which countries did Blinken call in February 2022?"]),
    ],
) -> Answer:
    """How the question was read (``interpretation``), the answer (``summary``, ``rows``) and the contacts
    and deployments it rests on, each with its source sentences. A question that fits no form is refused
    with suggestions rather than guessed at."""
    try:
        return answer(session, q)
    except QuestionNotUnderstood as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, detail={"message": str(exc), "suggestions": exc.suggestions}
        ) from exc
