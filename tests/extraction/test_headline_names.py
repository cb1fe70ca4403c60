"""Names in a title-case headline, found beside its verb (graph/extraction/headline_names.py)."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import contact_rows, people


def test_the_names_around_a_title_case_headlines_verb_are_people(extractor: Extractor) -> None:
    text = "Tomas Varga Meets Kwame Asante In Lima\n\nVarga met Asante on Monday to discuss fisheries."
    assert contact_rows(extractor, text, dt.date(2024, 3, 15)) == [
        (["Kwame Asante", "Tomas Varga"], "meeting", "2024-03-11", "occurred")]


def test_a_name_after_its_countrys_possessive_opening_a_headline_is_a_person(extractor: Extractor) -> None:
    assert people(extractor, "Kenya's Ruto Hosts Ana Soto") == {"Ruto", "Ana Soto"}


@pytest.mark.parametrize("text", [
    "Buenos Aires Hosts G20 Leaders", "Santa Cruz Hosts Mercosur Leaders", "Kuala Lumpur Hosts Asean Summit",
    "Camp David Hosts Middle East Peace Summit", "Foz Do Iguaçu Hosts Mercosur Leaders", "Mar-a-Lago Hosts Talks",
    "Commonwealth Heads Of Government Meeting Opens In Kigali", "Air Force One Lands In Lima",
])
def test_places_and_events_in_a_title_case_headline_are_no_people(extractor: Extractor, text: str) -> None:
    assert people(extractor, text) == set()


@pytest.mark.parametrize(("headline", "expected"), [
    ("Ambassador Meets Kwame Asante", ["Kwame Asante", "Lisa Grant"]),
    ("Ambassador Visits Accra, Meets Kwame Asante", ["Kwame Asante", "Lisa Grant"]),
])
def test_a_headlines_capitalized_verb_is_no_part_of_the_name_after_it(extractor: Extractor, headline: str,
                                                                       expected: list[str]) -> None:
    text = f"{headline}\n\nAmbassador Lisa Grant met Trade Minister Kwame Asante in Accra on Monday."
    assert sorted(o.name for o in extractor.extract(text, dt.date(2024, 3, 15)).officials) == expected


def test_a_portfolio_word_of_a_headline_is_no_title_before_a_name(extractor: Extractor) -> None:
    text = ("Soto Meets Asante In Accra Amid Trade Row\n\n"
            "Foreign Minister Ana Soto met Trade Minister Kwame Asante in Accra on Monday.")
    assert sorted(o.name for o in extractor.extract(text, dt.date(2024, 3, 15)).officials) == ["Ana Soto",
                                                                                               "Kwame Asante"]
