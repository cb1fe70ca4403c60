"""Names the model missed, found by where they stand (graph/extraction/missed_names.py)."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import contact_rows, people


def test_a_name_glued_to_a_date_opening_the_sentence_is_its_subject(extractor: Extractor) -> None:
    text = "On 3 June Ines Ferreira telephoned Teodora Vasquez to discuss the border."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Ines Ferreira", "Teodora Vasquez"], "phone_call", "2024-06-03", "occurred")]


def test_a_name_glued_to_an_opening_weekday_is_the_subject_of_the_verbs_after_it(extractor: Extractor) -> None:
    text = "On Friday Farida Haidari will fly to Quito to meet Emil Lindqvist."
    rows = contact_rows(extractor, text, dt.date(2024, 6, 5))  # (flying in to meet: a visit to the one met)
    assert rows == [(["Emil Lindqvist", "Farida Haidari"], "visit", "2024-06-07", "planned")]


@pytest.mark.parametrize("text", [
    "On Friday Kuala Lumpur will host the summit.",
    "On Monday Foz do Iguaçu hosted the leaders.",
    "On 12 March Commonwealth Heads of Government Meeting opened in Kigali.",
    "On Friday Hamas Politburo met in Doha.",
])
def test_a_place_or_body_after_an_opening_date_is_no_person(extractor: Extractor, text: str) -> None:
    assert people(extractor, text) == set()




def test_names_listed_after_an_opening_date_are_its_subjects(extractor: Extractor) -> None:
    text = "On Monday Kwame Asante and Chidi Okafor met in Doha."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Chidi Okafor", "Kwame Asante"], "meeting", "2024-06-03", "occurred")]


def test_names_listed_after_their_countries_and_a_spaced_dash_are_people(extractor: Extractor) -> None:
    text = ("Ana Soto welcomed the ministers on Monday: Egypt - Karim Mansour, Jordan - Layla Haddad and "
            "Palestine - Abdel Sisi.")
    assert contact_rows(extractor, text, dt.date(2024, 3, 15)) == [
        (["Abdel Sisi", "Ana Soto", "Karim Mansour", "Layla Haddad"], "meeting", "2024-03-11", "occurred")]


@pytest.mark.parametrize("text", ["Malaysia - Kuala Lumpur hosted the talks.",
                                  "Brazil - Foz do Iguaçu hosted the talks.", "Peru - Lima Airport was closed."])
def test_a_place_after_its_country_and_a_dash_is_no_person(extractor: Extractor, text: str) -> None:
    assert people(extractor, text) == set()
