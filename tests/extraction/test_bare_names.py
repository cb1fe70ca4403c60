"""Single words taken for surnames by the people beside them (graph/extraction/bare_names.py)."""

import datetime as dt

import pytest

from graph.extraction import Extractor
from graph.extraction.actors import ArticleActors

from .rows import contact_rows


@pytest.mark.parametrize("surname", ["Kamau", "Nkosi", "Okonkwo"])
def test_a_bare_surname_owning_a_contact_noun_is_a_side_of_it(extractor: Extractor, surname: str) -> None:
    text = f"{surname}'s talks with Foreign Minister Ana Soto ended on Monday."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (sorted(["Ana Soto", surname]), "meeting", "2024-06-03", "occurred")]


def test_a_full_name_the_model_missed_coordinated_with_a_person_is_a_side_too(extractor: Extractor) -> None:
    text = "In a phone call on Monday, Marek Novak and Lucía Paredes discussed trade."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Lucía Paredes", "Marek Novak"], "phone_call", "2024-06-03", "occurred")]


def test_a_full_name_the_model_missed_then_called_she_is_a_person(extractor: Extractor) -> None:
    text = "Siti Rahmawati said on Monday that she had spoken with Fatou Diop by phone."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Fatou Diop", "Siti Rahmawati"], "phone_call", "2024-06-03", "occurred")]


def test_surnames_the_verb_be_calls_by_a_title_are_people(extractor: Extractor) -> None:
    text = "Marek Novak and Lucía Paredes are veteran diplomats. On Monday Novak met Paredes in Oslo."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Lucía Paredes", "Marek Novak"], "meeting", "2024-06-03", "occurred")]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Soto and Amnesty International said she would return.",
    "Foreign Minister Ana Soto visited Foz do Iguaçu and Mar-a-Lago.",
    "Ohrid is the capital of the region. Mar-a-Lago is the president's residence.",
])
def test_bodies_and_places_beside_a_person_stay_no_people(extractor: Extractor, text: str) -> None:
    actors = ArticleActors(extractor.nlp(text), extractor.lexicon, extractor.place_matcher)
    assert {p.name for p in actors.persons} <= {"Ana Soto"}


def test_a_surname_travelling_to_a_known_place_is_a_person(extractor: Extractor) -> None:
    text = "Ruto left for Addis Ababa on Monday. The Kenyan president met Abiy on Tuesday."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Abiy", "Ruto"], "meeting", "2024-06-04", "occurred")]


@pytest.mark.parametrize("text", ["Hamas left for Cairo on Monday.", "Wagner left for Mali in 2021.",
                                  "Frontex flew to Lima on Monday."])
def test_a_group_travelling_is_no_person(extractor: Extractor, text: str) -> None:
    actors = ArticleActors(extractor.nlp(text), extractor.lexicon, extractor.place_matcher)
    assert not actors.persons


def test_the_speaker_after_talks_with_a_person_is_a_side_of_them(extractor: Extractor) -> None:
    text = '"We agreed to work together," Thabo Nkosi said after talks with Ingrid Solberg on Monday.'
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Ingrid Solberg", "Thabo Nkosi"], "meeting", "2024-06-03", "occurred")]


def test_the_name_a_headlines_to_infinitive_hangs_on_is_its_subject(extractor: Extractor) -> None:
    text = "Ana Soto to meet Piotr Zielinski in Lima\n\nThe two ministers will meet in Lima on Friday."
    rows = contact_rows(extractor, text, dt.date(2024, 3, 15))
    assert [r[0] for r in rows] == [["Ana Soto", "Piotr Zielinski"]]
    assert rows[0][1:] == ("meeting", "2024-03-22", "planned")


def test_surnames_each_after_its_own_countrys_possessive_are_the_sides_met(extractor: Extractor) -> None:
    text = "Ethiopia's Okafor met Kenya's Asante on Monday."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Asante", "Okafor"], "meeting", "2024-06-03", "occurred")]


def test_the_guest_a_meal_is_hosted_for_is_a_person(extractor: Extractor) -> None:
    text = "Layla Mansour hosted a dinner for Somchai Prasert on Monday."
    assert [r[0] for r in contact_rows(extractor, text, dt.date(2024, 6, 5))] == [["Layla Mansour", "Somchai Prasert"]]


def test_the_name_leading_a_delegation_is_a_person(extractor: Extractor) -> None:
    text = "A delegation led by Marek Novak arrived in Nairobi on Monday and met President Ruto."
    assert contact_rows(extractor, text, dt.date(2024, 3, 15)) == [
        (["Marek Novak", "Ruto"], "visit", "2024-03-11", "occurred")]


@pytest.mark.parametrize("host", ["Thabo Nkosi", "Nkosi", "Tran Van Minh"])
def test_the_person_a_courtesy_call_is_paid_on_is_a_side_not_a_place(extractor: Extractor, host: str) -> None:
    text = f"Foreign Minister Ana Soto called on {host} at his residence on Monday."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (sorted(["Ana Soto", host]), "meeting", "2024-06-03", "occurred")]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Soto called on Hezbollah to disarm on Monday.",
    "Foreign Minister Ana Soto called on Nairobi to act on Monday.",
    "Foreign Minister Ana Soto called on Amnesty International at its office on Monday.",
])
def test_what_is_called_on_to_act_or_an_institution_is_no_person(extractor: Extractor, text: str) -> None:
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == []


def test_a_surname_the_model_joins_across_a_verb_to_the_one_before_is_a_name_of_its_own(extractor: Extractor) -> None:
    text = "Prime Minister Anthony Stone arrived in Jakarta on Monday. On Wednesday, Stone met Widodo, the " \
           "Indonesian president."
    rows = contact_rows(extractor, text, dt.date(2024, 6, 5))
    assert (["Anthony Stone", "Widodo"], "meeting", "2024-06-05", "occurred") in rows


@pytest.mark.parametrize("traveller", ["Ana Soto", "Tomas Lind"])
def test_a_full_name_the_model_missed_travelling_to_a_known_place_is_a_person(
        extractor: Extractor, traveller: str) -> None:
    text = f"{traveller} arrived in Accra on Monday."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (sorted([traveller, "STATE:Ghana"]), "visit", "2024-06-03", "occurred")]


def test_a_country_of_two_words_travelling_is_no_person(extractor: Extractor) -> None:
    assert all("STATE:Costa Rica" in r[0] for r in contact_rows(
        extractor, "Costa Rica sent envoys to Accra, and Costa Rica arrived in Accra on Monday.", dt.date(2024, 6, 5)))


def test_a_full_name_the_model_missed_before_its_surname_alone_names_the_person(extractor: Extractor) -> None:
    text = "Ana Soto arrived in Accra on Monday. On Tuesday, Soto met Okafor, the Ghanaian president."
    rows = contact_rows(extractor, text, dt.date(2024, 6, 5))
    assert (["Ana Soto", "Okafor"], "meeting", "2024-06-04", "occurred") in rows


def test_a_title_before_a_surname_is_no_first_name(extractor: Extractor) -> None:
    text = "Foreign Minister Soto arrived in Accra on Monday. On Tuesday, Soto met Okafor, the Ghanaian president."
    rows = contact_rows(extractor, text, dt.date(2024, 6, 5))
    assert (["Okafor", "Soto"], "meeting", "2024-06-04", "occurred") in rows


def test_a_name_after_a_form_of_address_the_model_took_in_is_a_person(extractor: Extractor) -> None:
    text = "Foreign Minister Ana Soto met Daw Khin Myo Aye on Monday."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (["Ana Soto", "Khin Myo Aye"], "meeting", "2024-06-03", "occurred")]
