"""Contacts told over more than one sentence or against time: the same event told twice, headlines,
questions, plans called off, rescheduled or left behind, trips and the talks held on them, people joining
the talks just told. Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUB = dt.date(2019, 6, 14)  # Friday


def _contacts(extractor: Extractor, text: str) -> list[ContactRow]:
    return contact_rows(extractor, text, PUB)


def test_same_event_told_twice_is_one_event(extractor: Extractor) -> None:
    text = (
        "Indian External Affairs Minister Subrahmanyam Jaishankar spoke by phone with his Chinese counterpart "
        "Wang Yi on Wednesday.\n\nDuring the call, Jaishankar raised the border standoff.\n\n"
        "Wang told Jaishankar during their conversation that both sides should show restraint."
    )
    found = extractor.extract(text, PUB)
    assert len(found.contacts) == 1
    contact = found.contacts[0]
    assert contact.type == "phone_call" and contact.date == "2019-06-12"
    assert len(contact.evidence) >= 2
    officials = {o.name: o for o in found.officials}
    assert officials["Wang Yi"].country == "China"


def test_headline_repeats_the_story_instead_of_adding_an_event(extractor: Extractor) -> None:
    text = (
        "Rutte meets Michel in Brussels\n\n"
        "Dutch Prime Minister Mark Rutte met Belgian Prime Minister Charles Michel in Brussels on Tuesday."
    )
    found = extractor.extract(text, PUB)
    assert [(c.date, c.location, len(c.evidence)) for c in found.contacts] == [("2019-06-11", "Belgium", 2)]


def test_a_headline_of_two_states_is_the_call_of_their_ministers_told_below(extractor: Extractor) -> None:
    # a ministry's readout is headed by the states, the body names the ministers: one call, not two
    text = ("Fiji-Tonga Foreign Ministers' Telephone Talk\n\n"
            "On June 12, Mr. Losa Tuilagi, Minister for Foreign Affairs of Fiji, held a telephone talk with "
            "Mr. Sione Fifita, Minister for Foreign Affairs of the Kingdom of Tonga.")
    assert _contacts(extractor, text) == [(["Losa Tuilagi", "Sione Fifita"], "phone_call", "2019-06-12", "occurred")]


def test_a_plan_then_called_off_is_one_cancelled_event(extractor: Extractor) -> None:
    text = "Admiral Lars Berg had been due to travel to Japan in April, but that trip was postponed."
    assert _contacts(extractor, text) == [(["Lars Berg", "STATE:Japan"], "visit", "2019-04", "cancelled")]


def test_a_question_states_no_contact_but_names_the_two_its_answer_means(extractor: Extractor) -> None:
    text = ("Question: Has Prime Minister Arjun Mehta spoken to Prime Minister Tariq Aziz since he took office?\n"
            "Spokesperson: There has been no conversation between the two Prime Ministers.")
    contacts = extractor.extract(text, dt.date(2022, 6, 2)).contacts
    assert [(sorted(p.label for p in c.participants), c.modality) for c in contacts] == [
        (["Arjun Mehta", "Tariq Aziz"], "denied")
    ]


@pytest.mark.parametrize("label", ["QUESTION", "Q", "QUESTION (Andes Daily)"])
def test_what_a_reporters_turn_says_is_asked_not_stated(extractor: Extractor, label: str) -> None:
    # a reporter's premise in a briefing ("There are reports that …") is no contact; the spokesman's answer is
    text = (f"{label}: There are reports that President Ana Soto will travel to Caracas next week. Can you "
            "confirm?\nMR. RUIZ: I have nothing to announce. Foreign Minister Hugo Salas met Foreign Minister Rosa "
            "Vidal on Tuesday.")
    assert _contacts(extractor, text) == [(["Hugo Salas", "Rosa Vidal"], "meeting", "2019-06-11", "occurred")]


def test_talks_of_a_trip_told_again_stay_the_trip(extractor: Extractor) -> None:
    text = ("Defence Minister Piet Jansen travelled to Oslo on Tuesday for talks with Norwegian Defence Minister "
            "Ola Berg. The ministers discussed air defence. Under plans confirmed at the meeting, a Dutch frigate "
            "will join the Norwegian fleet.")
    assert _contacts(extractor, text) == [(["Ola Berg", "Piet Jansen"], "visit", "2019-06-11", "occurred")]


def test_a_trip_takes_the_day_of_the_talks_held_on_it(extractor: Extractor) -> None:
    text = ("Chile's President Ana Soto met Argentina's President Jorge Diaz in Buenos Aires on Monday. Soto then "
            "flew to Montevideo, where she met Uruguay's President Pablo Ruiz on Tuesday.")
    assert (["Ana Soto", "Pablo Ruiz"], "visit", "2019-06-11", "occurred") in _contacts(extractor, text)


def test_unable_to_travel_is_no_trip(extractor: Extractor) -> None:
    text = ("Nigerian Foreign Minister Chidi Okonkwo held a video call with Danish Foreign Minister Mette Holm, who "
            "was unable to travel to Stockholm.")
    assert (["Mette Holm", "STATE:Sweden"], "visit", None, "denied") in _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan's foreign minister, Yoko Kamikawa, cancelled a planned trip to Seoul in February after a row.",
     (["STATE:South Korea", "Yoko Kamikawa"], "visit", "2024-02", "cancelled")),
    ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo in March. A meeting "
     "between the two countries' defence chiefs, which had been scheduled for April, has also been put off.",
     (["STATE:Japan", "STATE:South Korea"], "meeting", "2024-04", "cancelled")),
])
def test_a_month_of_a_plan_told_off_in_the_past_lies_behind(extractor: Extractor, text: str, expected: tuple) -> None:
    found = extractor.extract(text, dt.date(2024, 9, 20)).contacts
    assert expected in [(sorted(p.label for p in c.participants), c.type, c.date, c.modality) for c in found]


def test_a_meeting_someone_will_not_attend_does_not_give_the_last_call_its_form(extractor: Extractor) -> None:
    text = ("Kuwait's foreign minister, Salem al-Sabah, said he spoke with his Omani counterpart Badr Albusaidi on "
            "Tuesday. Iran says its foreign minister will not attend Thursday's regional meeting in Baghdad.")
    assert (["Badr Albusaidi", "Salem al-Sabah"], "contact", "2019-06-11", "occurred") in _contacts(extractor, text)


def test_an_arrival_that_names_no_place_is_at_the_dateline_and_meets_no_host_from_elsewhere(
    extractor: Extractor,
) -> None:
    text = ("Leaders meet in Nairobi\n\nNAIROBI, June 14 (Wire) - Ethiopian Prime Minister Abiy Ahmed met Kenyan "
            "President William Ruto on Friday.\n\nAbiy, who arrived on Thursday for a two-day state visit, also "
            "met Somalia's President Hassan Sheikh Mohamud on the sidelines.")
    contacts = _contacts(extractor, text)
    assert (["Abiy Ahmed", "STATE:Kenya"], "visit", "2019-06-13", "occurred") in contacts
    assert (["Abiy Ahmed", "Hassan Sheikh Mohamud"], "meeting", "2019-06-13", "occurred") in contacts


def test_talks_a_traveller_is_due_for_are_the_planned_trip(extractor: Extractor) -> None:
    text = "Turkish President Recep Tayyip Erdogan is due in Sochi on Tuesday for talks with the Russian leader."
    assert _contacts(extractor, text) == [
        (["Recep Tayyip Erdogan", "STATE:Russia"], "visit", "2019-06-18", "planned")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The third session of the Chile-Peru Joint Commission, which had been scheduled to take place in Lima in "
         "February, was postponed at the request of the Peruvian side. It has now been rescheduled for June, also "
         "in Lima.",
         [(["STATE:Chile", "STATE:Peru"], "meeting", "2023-02", "cancelled"),
          (["STATE:Chile", "STATE:Peru"], "meeting", "2023-06", "planned")]),
        ("President Ana Soto was due to meet President Luis Vega in Quito on Friday, but the meeting was postponed. "
         "It has been rescheduled for March 24.",
         [(["Ana Soto", "Luis Vega"], "meeting", "2023-03-17", "cancelled"),
          (["Ana Soto", "Luis Vega"], "meeting", "2023-03-24", "planned")]),
    ],
)
def test_a_contact_rescheduled_is_planned_again_on_its_new_date(extractor: Extractor, text: str,
                                                                expected: list[ContactRow]) -> None:
    assert contact_rows(extractor, text, dt.date(2023, 3, 15)) == expected


def test_people_who_join_the_sides_of_the_talks_just_told_take_part(extractor: Extractor) -> None:
    text = ("President Luis Vega and Prime Minister Ana Soto held talks over dinner in Quito on Monday. Vega and Soto "
            "were joined by their foreign ministers, Kofi Mensah and Daniel Moraa.")
    assert [c[:2] for c in _contacts(extractor, text)] == [
        (["Ana Soto", "Daniel Moraa", "Kofi Mensah", "Luis Vega"], "meeting")]


@pytest.mark.parametrize("text", [
    ("Delegations from Chile and Peru met in Quito on Monday. The Chilean delegation was led by Deputy Minister "
     "Ana Soto, while Peru's was headed by Vice Minister Luis Vargas."),
    ("Chilean and Peruvian delegations met in Quito on Monday. Deputy Minister Ana Soto led the Chilean team, and "
     "Vice Minister Luis Vargas headed the Peruvian delegation."),
])
def test_the_leaders_of_the_parties_named_after_the_talks_are_their_sides(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "meeting", "2019-06-10", "occurred")]


def test_a_leader_named_for_a_party_of_no_contact_told_changes_nothing(extractor: Extractor) -> None:
    text = ("Chile and Peru signed a fisheries accord on Monday. The Chilean delegation was led by Deputy Minister "
            "Ana Soto.")
    assert _contacts(extractor, text) == []


def test_meetings_counted_over_a_year_are_not_the_talks_of_the_trip_told_beside_them(extractor: Extractor) -> None:
    text = "Envoy Ana Soto, who has met President Luis Vargas three times this year, flew to Lima again on Monday."
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Luis Vargas"], "meeting", "2019", "occurred"),
        (["Ana Soto", "STATE:Peru"], "visit", "2019-06-10", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    # a stop elsewhere told after a trip is the traveller's (the host of the trip is not its visitor)
    ("Foreign Minister Ana Soto of Peru flew to Nairobi on Monday for talks with Kenyan President Ali Moyo. A "
     "planned stop in Kampala was scrapped.",
     [(["Ali Moyo", "Ana Soto"], "visit", "2019-06-10", "occurred"),
      (["Ana Soto", "STATE:Uganda"], "visit", None, "cancelled")]),
    ("Foreign Minister Ana Soto of Peru flew to Nairobi on Monday. A planned visit to Kampala was called off.",
     [(["Ana Soto", "STATE:Kenya"], "visit", "2019-06-10", "occurred"),
      (["Ana Soto", "STATE:Uganda"], "visit", None, "cancelled")]),
    # whoever planned the trip makes it
    ("A visit to Kampala that Foreign Minister Ana Soto had planned for July was called off.",
     [(["Ana Soto", "STATE:Uganda"], "visit", "2019-07", "cancelled")]),
    # a stop is a leg of a trip only with a place
    ("Foreign Minister Ana Soto made a brief stop in Mombasa on Tuesday.",
     [(["Ana Soto", "STATE:Kenya"], "visit", "2019-06-11", "occurred")]),
    ("Foreign Minister Ana Soto called for a stop to the fighting in Sudan.", []),
])
def test_a_trip_whose_noun_names_no_visitor_is_the_planners_or_the_travellers_just_told(
        extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_talks_held_in_another_country_than_the_trip_told_beside_them_are_another_leg(extractor: Extractor) -> None:
    # the place may hang on the person met ("talks with Ali Moyo | in Nairobi")
    text = ("Foreign Minister Ana Soto will hold talks with Ali Moyo in Nairobi on Monday and will travel on to "
            "Kampala on Wednesday.")
    assert _contacts(extractor, text) == [
        (["Ali Moyo", "Ana Soto"], "meeting", "2019-06-17", "planned"),
        (["Ana Soto", "STATE:Uganda"], "visit", "2019-06-19", "planned")]


def test_talks_held_before_agreeing_to_visits_ahead_are_not_those_visits(extractor: Extractor) -> None:
    # the talks took place; the visits they agreed on are ahead, on no day yet
    text = ("President Ana Soto and President Ali Moyo agreed on Tuesday to resume regular visits between their "
            "capitals, after talks in Nairobi.")
    assert _contacts(extractor, text) == [
        (["Ali Moyo", "Ana Soto"], "meeting", "2019-06-11", "occurred"),
        (["Ali Moyo", "Ana Soto"], "visit", None, "planned")]


def test_a_trip_a_reporting_verb_names_again_is_the_trip_told(extractor: Extractor) -> None:
    # "…, her office said — her first trip to Kenya since …": the plan named again, not a trip that took place
    text = ("President Ana Duarte will visit Nairobi next week for talks with President Ali Moyo, her office said — "
            "her first trip to Kenya since the election.")
    assert _contacts(extractor, text) == [(["Ali Moyo", "Ana Duarte"], "visit", "2019-06", "planned")]


def test_one_who_refuses_to_meet_a_traveller_is_no_host_of_the_trip(extractor: Extractor) -> None:
    text = ("Kenyan President Ali Moyo refused to meet Peruvian Foreign Minister Ana Soto, who had flown to Nairobi "
            "on Monday.")
    assert _contacts(extractor, text) == [
        (["Ali Moyo", "Ana Soto"], "meeting", "2019-06-10", "denied"),
        (["Ana Soto", "STATE:Kenya"], "visit", "2019-06-10", "occurred")]


def test_a_headline_of_two_states_discussing_is_the_leaders_contact_told_below(extractor: Extractor) -> None:
    text = ("Ghana, Togo leaders discuss Sahel crisis\n\n"
            "ACCRA - Ghanaian President Kofi Mensah and Togolese President Yao Agbeko discussed the Sahel in a phone "
            "call on Tuesday.")
    assert _contacts(extractor, text) == [(["Kofi Mensah", "Yao Agbeko"], "phone_call", "2019-06-11", "occurred")]


def test_a_headline_of_two_states_holding_talks_is_their_officials_talks_even_of_unsaid_country(
        extractor: Extractor) -> None:
    # the headline's present tense tells the story's talks; one official's country may go unsaid
    text = ("Chilean and Peruvian diplomats hold first talks in years in Quito\n\n"
            "Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega met in Quito on Tuesday.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-11", "occurred")]


def test_telling_the_press_by_phone_is_not_the_form_of_the_contact_before(extractor: Extractor) -> None:
    # "by phone" under a verb of telling is how the press heard it: the meeting told before stays one meeting
    text = ("President Ana Soto received President Luis Vega in Lima on Monday. The two discussed the crisis. Later, "
            "Vega told Al Jazeera by phone that the talks went well.")
    contacts = extractor.extract(text, dt.date(2023, 3, 15)).contacts
    assert [(c.type, c.date) for c in contacts] == [("meeting", "2023-03-13")]


def test_the_two_sides_after_a_host_and_two_guests_are_the_two_delegations(extractor: Extractor) -> None:
    # "the two sides" of a host and two guests are the two delegations just told, not an older pair
    text = ("President Ana Soto spoke with President Luis Vega on Sunday. On Thursday, Vega received Foreign "
            "Minister Carlos Rojas and Trade Minister Erik Lund in Lima. After four hours of talks, the two sides "
            "announced a deal.")
    rows = contact_rows(extractor, text, dt.date(2023, 3, 17))
    assert rows == [(["Ana Soto", "Luis Vega"], "contact", "2023-03-12", "occurred"),
                    (["Carlos Rojas", "Erik Lund", "Luis Vega"], "meeting", "2023-03-16", "occurred")]


def test_a_meeting_begun_is_held_and_their_is_the_clauses_own_subject(extractor: Extractor) -> None:
    # "have begun their meeting" states the meeting; "their" is Soto's and Vega's, not the pair told just before
    text = ("Foreign Minister Ana Soto and Foreign Minister Luis Vega will meet later today. Envoy Rui Prado met "
            "President Kofi Mensah last week. Soto and Vega have begun their meeting, state media reported.")
    rows = _contacts(extractor, text)
    assert (["Ana Soto", "Luis Vega"], "meeting", "2019-06-14", "occurred") in rows
    assert all(row[3] != "occurred" or row[0] != ["Kofi Mensah", "Rui Prado"] or row[2] != "2019-06-14" for row in rows)


def test_an_occasions_proper_name_is_where_the_verbs_meeting_takes_place(extractor: Extractor) -> None:
    # "Meeting" ending the occasion's name is no second, occurred meeting that would turn the call into one
    text = ("Prime Minister Ravi Menon spoke to President Kofi Mensah of Ghana this afternoon. The leaders agreed to "
            "meet at the Commonwealth Heads of Government Meeting in Apia later this year.")
    assert _contacts(extractor, text) == [
        (["Kofi Mensah", "Ravi Menon"], "contact", "2019-06-14", "occurred"),
        (["Kofi Mensah", "Ravi Menon"], "meeting", "2019", "planned")]
