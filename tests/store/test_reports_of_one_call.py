"""Two articles reporting one call, through the real extractor and the real store: one event, two sources."""

import datetime as dt

import pytest
from sqlalchemy import Engine

from graph.extraction import Extractor
from graph.ingestion import process_article
from graph.store import queries
from graph.store.db import session_scope
from graph.store.queue import enqueue_article

WIRE = (
    "Indonesian Foreign Minister Retno Marsudi spoke by telephone on Tuesday with her Australian counterpart "
    "Penny Wong, the ministry said."
)
READOUT = (
    "Foreign Minister Penny Wong held a phone call with Indonesian Foreign Minister Retno Marsudi on Tuesday. "
    "The two ministers discussed maritime security."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_two_reports_of_one_call_make_one_event(engine: Engine, extractor: Extractor) -> None:
    ids = []
    for text in (WIRE, READOUT, WIRE):  # the wire story posted twice creates nothing new
        with session_scope(engine) as session:
            article, created = enqueue_article(session, text=text, published_at=dt.date(2023, 3, 10))
            ids.append((article.id, created))
    assert [created for _, created in ids] == [True, True, False]
    for article_id, _ in ids[:2]:
        process_article(engine, extractor, article_id)
    with session_scope(engine) as session:
        page = queries.list_contacts(session, participant="Wong")
    assert page.total == 1
    (contact,) = page.items
    assert (contact.type, contact.date, contact.modality) == ("phone_call", "2023-03-07", "occurred")
    assert sorted(p.name for p in contact.participants) == ["Penny Wong", "Retno Marsudi"]
    assert sorted({s.article_id for s in contact.sources}) == sorted(article_id for article_id, _ in ids[:2])
    assert contact.corroboration == 2
