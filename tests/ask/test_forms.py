"""Every question form, asked of a graph built by ingestion (the seed article included)."""

from __future__ import annotations

import networkx as nx
import pytest
from sqlmodel import Session

from graph.ask import FORMS, answer, answer_graph
from graph.ask.handlers import HANDLERS

# (question, form it must be read as, slots it must resolve, what the one-line answer must say)
CASES: list[tuple[str, str, dict[str, str], tuple[str, ...]]] = [
    ("When did Biden and Putin last speak?", "last_contact", {"a": "Joe Biden", "b": "Vladimir Putin"},
     ("last had contact on 2021-12-07", "video call")),
    ("When did Milley and Gerasimov first meet?", "first_contact",
     {"a": "Mark Milley", "b": "Valery Gerasimov"}, ("first had contact on 2021-09", "meeting")),
    ("How many times did Milley and Gerasimov speak?", "count_contacts",
     {"a": "Mark Milley", "b": "Valery Gerasimov"}, ("3 contacts between Mark Milley and Valery Gerasimov",)),
    ("When did Blinken and Kuleba speak?", "when_contact", {"a": "Antony Blinken", "b": "Dmytro Kuleba"},
     ("2 contacts", "2022-02-11", "2022-03-04")),
    ("Did Blinken speak with Lavrov?", "did_contact", {"a": "Antony Blinken", "b": "Sergei Lavrov"},
     ("Yes: 1 contact", "2021-12-06")),
    ("How are Kuleba and Lavrov connected?", "connection", {"a": "Dmytro Kuleba", "b": "Sergei Lavrov"},
     ("Dmytro Kuleba – Antony Blinken – Sergei Lavrov (2 steps)",)),
    ("Contacts between the United States and Russia", "contacts_between",
     {"a": "United States", "b": "Russia"}, ("7 contacts between United States and Russia",)),
    ("What contacts are planned for Putin?", "planned_contacts", {"a": "Vladimir Putin"},
     ("3 planned or proposed contacts", "Joe Biden", "Emmanuel Macron", "Naftali Bennett")),
    ("Which meetings are planned?", "planned_any", {}, ("1 planned or proposed meeting", "Naftali Bennett")),
    ("Which meetings were cancelled?", "cancelled_contacts", {}, ("1 cancelled or denied meeting", "Lavrov")),
    ("Who met in Finland?", "met_in_place", {"a": "Finland"}, ("Mark Milley and Valery Gerasimov (2021-09)",)),
    ("Which countries did Blinken visit?", "visits_of", {"a": "Antony Blinken"}, ("Antony Blinken visited Poland",)),
    ("Who visited Poland?", "who_visited", {"a": "Poland"}, ("Antony Blinken visited Poland",)),
    ("Who called Kuleba?", "who_called", {"a": "Dmytro Kuleba"}, ("calls with Antony Blinken (2)",)),
    ("Who met Rau?", "who_met", {"a": "Zbigniew Rau"}, ("meetings with Antony Blinken (1)",)),
    ("Who spoke with Gerasimov?", "who_spoke_with", {"a": "Valery Gerasimov"}, ("Mark Milley (3)",)),
    ("Which countries did Milley call in February 2022?", "countries_contacted", {"a": "Mark Milley"},
     ("8 countries in February 2022", "Canada, France, Germany, Italy, Poland, Romania, Russia and United Kingdom")),
    ("Which officials did Blinken speak with?", "officials_contacted", {"a": "Antony Blinken"},
     ("Dmytro Kuleba, Sergei Lavrov and Zbigniew Rau",)),
    ("List the calls of Blinken", "contacts_of", {"a": "Antony Blinken"}, ("3 calls of Antony Blinken",)),
    ("Is the United States sending troops to Poland?", "did_deploy", {"a": "United States", "b": "Poland"},
     ("Yes", "3,000 troops")),
    ("Who is sending troops to Poland?", "deploys_to", {"a": "Poland"},
     ("2 deployments to Poland", "United States → Poland", "United Kingdom → Poland")),
    ("Where is Russia sending troops?", "deploys_where", {"a": "Russia"}, ("Russia → Ukraine",)),
    ("Which officials represent Russia?", "represents", {"a": "Russia"},
     ("Sergei Lavrov", "Valery Gerasimov", "Vladimir Putin")),
    ("Which country does Kuleba represent?", "country_of", {"a": "Dmytro Kuleba"},
     ("Dmytro Kuleba represents Ukraine",)),
    ("Who is Gerasimov?", "who_is", {"a": "Valery Gerasimov"}, ("Valery Gerasimov: Chief of", "Russia")),
    ("Who has the most contacts?", "most_connected", {}, ("Most connected: Mark Milley (10 contacts)",)),
    ("Who are the brokers?", "brokers", {}, ("Mark Milley", "Antony Blinken")),
    ("Which groups are there?", "communities", {}, ("groups",)),
    ("Who spoke in February 2022?", "contacts_in_period", {}, ("9 contacts in February 2022",)),
]


def test_every_form_has_a_handler_and_a_case() -> None:
    names = [form.name for form in FORMS]
    assert len(names) == len(set(names)) >= 20
    assert set(names) == set(HANDLERS)
    assert {form for _, form, _, _ in CASES} == set(names)


@pytest.mark.parametrize(("question", "form", "slots", "says"), CASES, ids=[c[1] for c in CASES])
def test_form(session: Session, question: str, form: str, slots: dict[str, str], says: tuple[str, ...]) -> None:
    got = answer(session, question)
    assert got.interpretation.form == form
    assert got.interpretation.slots == slots
    for words in says:
        assert words in got.summary
    assert got.rows, got.summary


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_each_example_offered_as_a_suggestion_is_understood(corpus_graph: nx.MultiDiGraph, form: object) -> None:
    assert answer_graph(corpus_graph, form.example).interpretation.form == form.name  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("who did Gerasimov speak with", "who_spoke_with"),
        ("Who has been in contact with Gerasimov?", "who_spoke_with"),
        ("who spoke by telephone with gerasimov", "who_called"),
        ("With whom did Milley meet?", "who_met"),
        ("Who did Milley phone?", "who_called"),
        ("When was the last call between Milley and Gerasimov?", "last_contact"),
        ("When did Milley last speak with Gerasimov?", "last_contact"),
        ("How often did Blinken talk to Kuleba?", "count_contacts"),
        ("Have Russia and the US spoken?", "did_contact"),
        ("Who will Putin speak with?", "planned_contacts"),
        ("Gerasimov's counterparts", "who_spoke_with"),
        ("Where are US troops deployed?", "deploys_where"),
        ("Which Russian officials are in the graph?", "represents"),
        ("What's Gerasimov's role?", "who_is"),
        ("Who is the most connected official?", "most_connected"),
        ("Who is the most central state?", "most_connected"),
        ("Who did the Kremlin talk to?", "who_spoke_with"),
        ("What is the shortest chain between Kuleba and Lavrov?", "connection"),
        ("Please tell me who spoke with Gerasimov", "who_spoke_with"),
    ],
)
def test_other_phrasings(corpus_graph: nx.MultiDiGraph, question: str, form: str) -> None:
    assert answer_graph(corpus_graph, question).interpretation.form == form
