"""Contacts told in a story's background: a joint body's past sessions, working-level talks between "the two"
ministries, one leader's call following another's, a bare name two holders of one office share. Sentences are
the project's own."""

import datetime as dt

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUB = dt.date(2023, 5, 10)  # Wednesday


def _contacts(extractor: Extractor, text: str) -> list[ContactRow]:
    return contact_rows(extractor, text, PUB)


def test_a_joint_body_that_met_in_a_relative_clause_is_a_meeting_of_its_states(extractor: Extractor) -> None:
    text = "Catch limits are set by the Peruvian-Chilean Fisheries Commission, which met in Arica in October 2021."
    assert _contacts(extractor, text) == [(["STATE:Chile", "STATE:Peru"], "meeting", "2021-10", "occurred")]


def test_officials_from_the_two_ministries_stand_for_the_two_states(extractor: Extractor) -> None:
    text = ("Ties between Ghana and Togo remain strained over the border. Officials from the two foreign ministries "
            "met in Lomé in January.")
    assert _contacts(extractor, text) == [(["STATE:Ghana", "STATE:Togo"], "meeting", "2023-01", "occurred")]


def test_a_call_of_ones_own_is_with_the_other_side_of_the_call_before(extractor: Extractor) -> None:
    # (Nilsson's country goes unsaid: he stands in for the side whose country goes unsaid too, not for Moyo's)
    text = ("Prime Minister Tomas Berg held a phone call with Kenyan President Ali Moyo in March 2019, days after "
            "taking office, and Lars Nilsson followed with a call of his own in June 2021.")
    assert _contacts(extractor, text) == [
        (["Ali Moyo", "Lars Nilsson"], "phone_call", "2021-06", "occurred"),
        (["Ali Moyo", "Tomas Berg"], "phone_call", "2019-03", "occurred")]


def test_a_bare_name_two_holders_of_one_office_share_is_the_later_holder(extractor: Extractor) -> None:
    # (each named once: not the first named, as a story's main figure would be)
    text = ("In 2015 Chancellor Anna Weber welcomed the Slovenian prime minister to Vienna. Relations then stalled "
            "for years over a border dispute and a row about transit fees. In March 2022, Chancellor Karl Weber "
            "received a Croatian delegation at the chancellery, and the talks went well, officials on both sides "
            "said at the time, though little came of them in the months that followed. In May 2023 Mr Weber met "
            "Serbian President Dragan Ilić in Vienna to sign a transit accord.")
    rows = _contacts(extractor, text)
    assert (["Dragan Ilić", "Karl Weber"], "meeting", "2023-05", "occurred") in rows
    assert not any("Anna Weber" in row[0] and "Dragan Ilić" in row[0] for row in rows)


def test_a_body_whose_relative_clause_hangs_on_its_purpose_still_met(extractor: Extractor) -> None:
    # (the parser hangs "which" on "Trade", the last word of the body's name)
    text = "The Ghana-Togo Joint Commission for Trade, which last met in Accra in 2018, has not convened since."
    assert (["STATE:Ghana", "STATE:Togo"], "meeting", "2018", "occurred") in _contacts(extractor, text)


def test_a_further_round_of_the_talks_just_told_is_a_contact_of_their_sides(extractor: Extractor) -> None:
    text = ("Chilean and Bolivian officials opened talks on water rights in La Paz in March. A second round, which "
            "had been due to take place on Monday, was postponed after the floods.")
    assert _contacts(extractor, text) == [
        (["STATE:Bolivia", "STATE:Chile"], "meeting", "2023-03", "occurred"),
        (["STATE:Bolivia", "STATE:Chile"], "meeting", "2023-05-08", "cancelled")]


def test_a_round_proposed_by_one_state_is_of_the_states_whose_officials_met(extractor: Extractor) -> None:
    text = ("Colonel Ana Ruiz of Peru and Colonel Jorge Vidal of Ecuador met at the border post on Thursday. At the "
            "end of the meeting Ecuador proposed another round of talks in July.")
    assert (["STATE:Ecuador", "STATE:Peru"], "meeting", "2023-07", "proposed") in _contacts(extractor, text)


def test_a_round_someone_won_is_no_round_of_talks(extractor: Extractor) -> None:
    text = "Lula met Biden in Washington on Monday. Lula, who won the second round in October, praised the talks."
    assert _contacts(extractor, text) == [(["Biden", "Lula"], "meeting", "2023-05-08", "occurred")]


def test_the_officer_a_state_sent_leads_its_side_of_the_talks_just_told(extractor: Extractor) -> None:
    text = ("Norwegian and Estonian officers met in Tallinn on Monday. Norway's delegation was led by Colonel Erik "
            "Lund, while Estonia sent Major Mira Tamm. The last talks between the two militaries were held in 2009.")
    assert _contacts(extractor, text) == [
        (["Erik Lund", "Mira Tamm"], "meeting", "2023-05-08", "occurred"),
        (["STATE:Estonia", "STATE:Norway"], "meeting", "2009", "occurred")]


def test_an_official_sent_somewhere_leads_no_side_of_the_talks_just_told(extractor: Extractor) -> None:
    text = ("Norwegian and Estonian officers met in Tallinn on Monday. Two days later Estonia sent Foreign Minister "
            "Mira Tamm to Oslo.")
    assert (["STATE:Estonia", "STATE:Norway"], "meeting", "2023-05-08", "occurred") in _contacts(extractor, text)


def test_a_region_after_the_is_no_person_and_he_is_the_one_the_story_follows(extractor: Extractor) -> None:
    # an obituary's "he" carries on the main-clause subject of the sentence before, not the envoy named inside it
    text = ("Youssef Mansouri, who died on Monday, was Tunisia's most patient diplomat. In 1997 he sat at the table "
            "in Geneva when the UN envoy, Lars Eriksen, brought the two sides together. In 2006, as special envoy "
            "for the Sahel, he travelled to Bamako to meet President Amadou Touré.")
    rows = _contacts(extractor, text)
    assert (["Amadou Touré", "Youssef Mansouri"], "visit", "2006", "occurred") in rows
    assert not any("Sahel" in row[0] or "Lars Eriksen" in row[0] and "Amadou Touré" in row[0] for row in rows)


def test_a_later_planned_trip_is_made_by_the_one_who_travelled_before(extractor: Extractor) -> None:
    # (no one's country is said: the traveller is the subject of the earlier trip's travel verb, not its host)
    text = ("In 2008 Youssef Mansouri travelled to Tripoli to meet Omar Zidane. A planned visit to Cairo in 2011 to "
            "meet the interim president, Adel Hamdi, was cancelled after Mansouri fell ill.")
    assert _contacts(extractor, text) == [
        (["Adel Hamdi", "Youssef Mansouri"], "visit", "2011", "cancelled"),
        (["Omar Zidane", "Youssef Mansouri"], "visit", "2008", "occurred")]


def test_a_meeting_of_the_two_countries_body_is_a_meeting_of_the_two_states(extractor: Extractor) -> None:
    text = ("Peru and Ecuador traded accusations over the river again on Sunday. A meeting of the two countries' "
            "Joint Water Committee that had been due to take place in Quito on 5 May was called off.")
    assert _contacts(extractor, text) == [(["STATE:Ecuador", "STATE:Peru"], "meeting", "2023-05-05", "cancelled")]


def test_a_joint_commission_two_countries_set_up_meets_for_them(extractor: Extractor) -> None:
    text = ("Ghana and Togo agreed to set up a joint commission on fisheries, which will hold its first session in "
            "Lomé in November.")
    assert _contacts(extractor, text) == [(["STATE:Ghana", "STATE:Togo"], "meeting", "2023-11", "planned")]


def test_a_forum_in_apposition_to_a_hyphenated_body_is_that_bodys(extractor: Extractor) -> None:
    text = ("Lima suspended all activity under the Peru-Chile Strategic Dialogue, a ministerial forum that last "
            "convened in 2018.")
    assert (["STATE:Chile", "STATE:Peru"], "meeting", "2018", "occurred") in _contacts(extractor, text)


def test_a_commission_set_up_by_one_country_is_no_contact(extractor: Extractor) -> None:
    text = "Ghana set up a joint commission on fisheries, which will hold its first session in Accra in November."
    assert _contacts(extractor, text) == []


def test_a_call_by_video_link_parsed_as_an_agent_is_a_video_call_and_their_last_meeting_another(
        extractor: Extractor) -> None:
    text = ("Latvian President Anna Ozola and Estonian President Mart Tamm spoke by video link on Monday; they last "
            "met in person in Riga in February.")
    assert _contacts(extractor, text) == [
        (["Anna Ozola", "Mart Tamm"], "meeting", "2023-02", "occurred"),
        (["Anna Ozola", "Mart Tamm"], "video_call", "2023-05-08", "occurred")]


def test_a_summit_counted_back_from_a_call_is_an_earlier_meeting_of_its_own(extractor: Extractor) -> None:
    text = ("Japanese Prime Minister Taro Sato and South Korean President Min-ho Park spoke by phone on Tuesday, two "
            "months after their summit in Tokyo.")
    assert _contacts(extractor, text) == [
        (["Min-ho Park", "Taro Sato"], "meeting", "2023-03", "occurred"),
        (["Min-ho Park", "Taro Sato"], "phone_call", "2023-05-09", "occurred")]


def test_their_leaders_in_a_since_clause_are_the_leaders_of_the_states_before(extractor: Extractor) -> None:
    text = "Chile and Bolivia have held several rounds of talks since their leaders met in Arica in October 2021."
    assert (["STATE:Bolivia", "STATE:Chile"], "meeting", "2021-10", "occurred") in _contacts(extractor, text)


def test_a_meeting_there_with_one_named_host_is_the_travellers(extractor: Extractor) -> None:
    text = ("Foreign Secretary Anil Verma had travelled to Kathmandu in the last week of March, but the planned "
            "meeting there with Prime Minister Ram Thapa was postponed at the last minute.")
    rows = _contacts(extractor, text)
    assert (["Anil Verma", "Ram Thapa"], "meeting", "2023-03", "cancelled") in rows
    assert (["Anil Verma", "STATE:Nepal"], "visit", "2023-03", "occurred") in rows


def test_whose_approval_was_won_at_a_meeting_took_part_in_it(extractor: Extractor) -> None:
    text = ("Omani Sultan Khalid bin Said welcomed the envoys. British Defence Secretary Tom Hale won the sultan's "
            "approval at a meeting in Muscat on Monday.")
    assert (["Khalid bin Said", "Tom Hale"], "meeting", "2023-05-08", "occurred") in _contacts(extractor, text)


def test_whose_policies_were_criticised_at_a_meeting_took_no_part(extractor: Extractor) -> None:
    text = "British Defence Secretary Tom Hale criticised President Omar Nasser's policies at a meeting in Oslo."
    assert not any("Omar Nasser" in row[0] for row in _contacts(extractor, text))


def test_those_who_agreed_where_a_summit_was_held_took_part_in_it(extractor: Extractor) -> None:
    text = ("Talks resumed on Monday for the first time since the November summit in Luanda, where Congolese "
            "President Felix Mbala and Rwandan President Paul Nkusi agreed on a ceasefire.")
    assert (["Felix Mbala", "Paul Nkusi"], "meeting", "2022-11", "occurred") in _contacts(extractor, text)
