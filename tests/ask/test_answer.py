"""What an answer carries (reading, rows, evidence) and how ``ask`` refuses what it cannot answer."""

from __future__ import annotations

import networkx as nx
import pytest
from sqlmodel import Session

from graph.ask import QuestionNotUnderstood, answer, answer_graph
from graph.errors import AmbiguousName, InvalidInput, NotFound


def test_who_spoke_with_gerasimov_shows_milley_with_the_call_and_its_sentence(session: Session, seed_text: str) -> None:
    got = answer(session, "who spoke with Gerasimov")
    assert [row["name"] for row in got.rows] == ["Mark Milley"]
    assert got.rows[0]["contacts"] == 3
    [call] = [c for c in got.contacts if c.date == "2022-02-11" and c.type == "phone_call"]
    assert {p.name for p in call.participants} == {"Mark Milley", "Valery Gerasimov"}
    first = call.sources[0]
    assert (first.article_id, seed_text[first.start:first.end]) == (1, first.sentence)  # the seed's own words
    assert all(word in first.sentence for word in ("Milley", "telephone", "Gerasimov"))
    assert all(c.modality == "occurred" for c in got.contacts)


def test_interpretation_says_what_was_counted(session: Session) -> None:
    got = answer(session, "Which countries did Milley call in February 2022?")
    reading = got.interpretation
    assert reading.description == "which countries Mark Milley had contact with in February 2022"
    assert (reading.since, reading.until) == ("2022-02-01", "2022-02-28")
    assert reading.types == ["phone_call", "video_call"]
    assert reading.modalities == ["occurred"]
    assert {row["state"] for row in got.rows} == {
        "Canada", "France", "Germany", "Italy", "Poland", "Romania", "Russia", "United Kingdom"
    }
    assert {"state": "Russia", "contacts": 1, "officials": ["Valery Gerasimov"]} in got.rows
    assert all(c.date == "2022-02-11" for c in got.contacts)


def test_a_period_narrows_the_answer(session: Session) -> None:
    everything = answer(session, "How many times did Milley and Gerasimov speak?")
    in_2021 = answer(session, "How many times did Milley and Gerasimov speak in 2021?")
    since = answer(session, "How many times did Milley and Gerasimov speak since December 2021?")
    assert [r["count"] for r in (everything.rows[0], in_2021.rows[0], since.rows[0])] == [3, 2, 1]


def test_an_empty_answer_says_what_other_modalities_hold(session: Session) -> None:
    got = answer(session, "Who did Macron speak with?")
    assert got.rows == []
    assert got.summary == "The graph holds no contacts of Emmanuel Macron. Not counted here: 1 planned."


def test_did_contact_no_mentions_the_cancelled_meeting(session: Session) -> None:
    got = answer(session, "Did Blinken meet Lavrov?")
    assert got.rows == [{"answer": False, "count": 0}]
    assert got.summary.startswith("No:")
    assert got.summary.endswith("Not counted here: 1 cancelled.")


def test_deployments_carry_their_sentences(session: Session, seed_text: str) -> None:
    got = answer(session, "Who is sending troops to Poland?")
    by_origin = {d.from_.name: d for d in got.deployments}
    assert set(by_origin) == {"United States", "United Kingdom"}
    assert by_origin["United States"].quantity == 3000
    for source in by_origin["United States"].sources:
        assert (source.article_id, seed_text[source.start:source.end]) == (1, source.sentence)
        assert "3,000" in source.sentence and "Poland" in source.sentence
    [british] = by_origin["United Kingdom"].sources
    assert british.sentence == "Britain is sending 350 more troops to Poland, the Ministry of Defence said on Friday."
    assert {row["from"] for row in got.rows} == {"United States", "United Kingdom"}


def test_connection_rows_list_each_step(session: Session) -> None:
    got = answer(session, "How are Kuleba and Lavrov connected?")
    assert [(r["from"], r["to"]) for r in got.rows] == [
        ("Dmytro Kuleba", "Antony Blinken"),
        ("Antony Blinken", "Sergei Lavrov"),
    ]
    assert {c.id for c in got.contacts} == {e for r in got.rows for e in r["events"]}


def test_questions_ignore_case_and_punctuation(corpus_graph: nx.MultiDiGraph) -> None:
    a = answer_graph(corpus_graph, "WHO SPOKE WITH GERASIMOV")
    b = answer_graph(corpus_graph, "  who spoke with gerasimov ?! ")
    assert a.rows == b.rows and a.interpretation == b.interpretation


def test_an_unknown_name_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound, match="'Zelensky'"):
        answer(session, "Who spoke with Zelensky?")


def test_a_question_that_fits_no_form_is_refused_with_suggestions(session: Session) -> None:
    with pytest.raises(QuestionNotUnderstood) as raised:
        answer(session, "What is the weather in Paris?")
    assert isinstance(raised.value, InvalidInput)
    assert "Could not understand 'What is the weather in Paris?'" in str(raised.value)
    assert 3 <= len(raised.value.suggestions) <= 6
    for suggestion in raised.value.suggestions:
        assert suggestion in str(raised.value)


def test_an_empty_question_is_refused(session: Session) -> None:
    with pytest.raises(QuestionNotUnderstood):
        answer(session, "   ")


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("Who met in September?", "has no year"),
        ("Which officials represent Russia in 2022?", "does not apply"),
        ("Who is Russia?", "is a state; this question is about an official"),
        ("Who is sending troops to Milley?", "is an official; this question is about a state"),
        ("Who spoke with Gerasimov on 2022-02-30?", "is not a date"),
    ],
)
def test_questions_that_cannot_be_answered_as_asked(session: Session, question: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        answer(session, question)


def test_a_name_shared_by_two_officials_is_ambiguous() -> None:
    G = nx.MultiDiGraph()
    G.add_node("official:1", kind="official", name="John Smith", country="United Kingdom", aliases=[])
    G.add_node("official:2", kind="official", name="Jane Smith", country="United States", aliases=[])
    with pytest.raises(AmbiguousName) as raised:
        answer_graph(G, "Who spoke with Smith?")
    assert raised.value.candidates == ["Jane Smith", "John Smith"]
