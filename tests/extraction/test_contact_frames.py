"""Contacts in particular frames of a verb or a noun: signings, courtesy calls, raising an issue, shaking
hands, guests called "visiting", meals and embraces, briefings, offers, exchanges and bilaterals, the
members "of" a meeting; and what is no contact of its own (a topic, a relationship kept up, a place, a
question). Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUB = dt.date(2019, 6, 14)  # Friday


def _contacts(extractor: Extractor, text: str) -> list[ContactRow]:
    return contact_rows(extractor, text, PUB)


@pytest.mark.parametrize(("text", "expected"), [
    ("A meeting of the foreign ministers of Chile and Peru is planned for May.",
     (["STATE:Chile", "STATE:Peru"], "meeting", "2020-05", "planned")),
    ("The return visit of the President of Kenya to Ghana is scheduled for next year.",
     (["STATE:Ghana", "STATE:Kenya"], "visit", "2020", "planned")),
])
def test_of_names_the_members_of_a_meeting_and_the_visitor_of_a_visit(
    extractor: Extractor, text: str, expected: tuple
) -> None:
    assert _contacts(extractor, text) == [expected]


def test_a_phone_call_for_something_is_still_a_call(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto met reporters. Soto thanked Peruvian President Luis Vargas during a phone "
            "call on Thursday for Peru's support, while renewing her call for calm.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-13", "occurred")]


def test_a_with_object_the_parser_hangs_on_the_topic(extractor: Extractor) -> None:
    text = "The palace said Chilean President Ana Soto had discussed the floods with Peruvian President Luis Vargas."
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "contact", "2019-06-14", "occurred")]


def test_a_courtesy_call_paid_on_someone_is_a_meeting(extractor: Extractor) -> None:
    text = "Nigerian Foreign Minister Chidi Okonkwo paid a courtesy call on Swedish Prime Minister Erik Sandberg."
    assert _contacts(extractor, text) == [(["Chidi Okonkwo", "Erik Sandberg"], "meeting", "2019-06-14", "occurred")]


def test_calling_on_someone_with_on_read_as_a_particle_is_a_meeting(extractor: Extractor) -> None:
    """ "by calling on opposition leader X": the parser takes "on" for the verb's particle and X for its object."""
    text = ("Swedish Prime Minister Erik Sandberg ended his visit on Thursday by calling on opposition leader "
            "Ama Mensah at her home in Accra.")
    assert _contacts(extractor, text) == [(["Ama Mensah", "Erik Sandberg"], "meeting", "2019-06-13", "occurred")]
    asked = "Swedish Prime Minister Erik Sandberg called on President Ama Mensah to release the prisoners."
    assert _contacts(extractor, asked) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ecuador offered talks to Peru on Monday.", ["STATE:Ecuador", "STATE:Peru"]),
    ("Ecuadorian President Ana Soto offered a meeting to Peruvian President Luis Vargas on Monday.",
     ["Ana Soto", "Luis Vargas"]),
])
def test_the_one_a_contact_is_offered_to_is_its_other_side(extractor: Extractor, text: str,
                                                           expected: list[str]) -> None:
    assert [(row[0], row[3]) for row in _contacts(extractor, text)] == [(expected, "proposed")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Quito rejected Lima's offer of talks on Monday.", ["STATE:Ecuador", "STATE:Peru"]),
    # the country's adjective says whose offer it was too
    ("Ecuadorian Foreign Minister Ana Soto rejected a Peruvian offer of talks on Monday.", ["Ana Soto", "STATE:Peru"]),
    # but not when an official who may be that country's is named as the other side: he is the one asking
    ("Minister Ana Soto turned down Peruvian requests for a meeting with her counterpart Luis Vargas on Monday.",
     ["Ana Soto", "Luis Vargas"]),
])
def test_whose_offer_of_talks_it_was_is_a_side(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert [row[0] for row in _contacts(extractor, text)] == [expected]
    assert all(row[3] == "denied" for row in _contacts(extractor, text))


def test_deepening_consultations_is_no_event(extractor: Extractor) -> None:
    text = ("President Ana Soto and President Luis Vargas spoke by phone on Monday and agreed to deepen "
            "consultations between Santiago and Lima.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-10", "occurred")]


def test_officials_who_sign_together_at_a_place_meet(extractor: Extractor) -> None:
    text = ("The accord was sealed in Lima on Monday by Chilean Foreign Minister Ana Soto, Peruvian Foreign "
            "Minister Luis Vargas and Bolivian Foreign Minister Carlos Mamani.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2019-06-10", "occurred")
    ]


@pytest.mark.parametrize("text", [
    # a witness of the signing, and a host who brings the signers together, are there too
    ("In front of Bolivian President Carlos Mamani, Chilean President Ana Soto and Peruvian President Luis Vargas "
     "signed the accord in La Paz on Monday."),
    ("Bolivian President Carlos Mamani brought together Chilean President Ana Soto and Peruvian President Luis "
     "Vargas in La Paz on Monday."),
])
def test_the_witness_or_the_host_of_a_signing_takes_part(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2019-06-10", "occurred")
    ]


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a fisheries treaty in Lima on Monday.",  # states may sign apart
    "Chilean President Ana Soto signed the decree in Santiago on Monday.",  # one signer
    "Chilean President Ana Soto and Peruvian President Luis Vargas signed the accord on Monday.",  # no place
    "Chilean President Ana Soto and Peruvian President Luis Vargas signed the accord in May.",  # a date, no place
    "Chilean President Ana Soto and Peruvian President Luis Vargas signed the accord in their capitals.",
])
def test_a_signing_by_states_by_one_or_with_no_place_is_no_meeting(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == []


def test_called_on_a_day_is_a_call_not_a_courtesy_visit(extractor: Extractor) -> None:
    text = "Chilean President Ana Soto called Peruvian President Luis Vargas on Wednesday."
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-12", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakh Foreign Minister Marat Tazhin raised the water issue with his Tajik counterpart on Tuesday.",
     [(["Marat Tazhin", "STATE:Tajikistan"], "contact", "2019-06-11", "occurred")]),
    ("Kazakh Foreign Minister Marat Tazhin and Tajik Foreign Minister Hamrokhon Zarifi raised concerns about the "
     "dam.", []),
])
def test_raising_an_issue_with_someone(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In front of UN Secretary-General Antonio Guterres, Houthi negotiator Mohammed Abdulsalam and Yemeni Foreign "
     "Minister Khaled al-Yamani shook hands on Thursday.",
     [(["Antonio Guterres", "Khaled al-Yamani", "Mohammed Abdulsalam"], "meeting", "2019-06-13", "occurred")]),
    ("The earthquake shook the region on Thursday.", []),
])
def test_shaking_hands_in_front_of_someone(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Reporters asked whether Indian Prime Minister Narendra Modi had met Chinese President Xi Jinping on Monday.",
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in front of the Kremlin on Monday.",
])
def test_what_is_only_asked_about_or_only_a_place(extractor: Extractor, text: str) -> None:
    labels = [label for c in _contacts(extractor, text) for label in c[0]]
    assert "Narendra Modi" not in labels and "STATE:Russia" not in labels


def test_a_visitor_standing_beside_his_host(extractor: Extractor) -> None:
    text = ("Ethiopian Prime Minister Abiy Ahmed visited Cairo in 2018 and, standing beside Egyptian President Abdel "
            "Fattah al-Sisi, swore that Ethiopia would never harm Egypt.")
    assert _contacts(extractor, text) == [(["Abdel Fattah al-Sisi", "Abiy Ahmed"], "visit", "2018", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    # what the two discussed is the summit, no meeting of theirs: their contact stays the conversation
    ("Foreign Minister Ana Soto spoke to Foreign Minister Luis Vega on Tuesday. The two ministers discussed the "
     "regional summit.", [(["Ana Soto", "Luis Vega"], "contact")]),
    # a meeting that names its own sides is still theirs
    ("Foreign Minister Ana Soto and Foreign Minister Luis Vega discussed the meeting between Daniel Moraa and "
     "Ruth Akello.", [(["Ana Soto", "Luis Vega"], "contact"), (["Daniel Moraa", "Ruth Akello"], "meeting")]),
])
def test_a_contact_noun_discussed_is_a_topic(extractor: Extractor, text: str, expected: list) -> None:
    assert [c[:2] for c in _contacts(extractor, text)] == expected


@pytest.mark.parametrize(("text", "kind"), [
    ("Prime Minister Ana Soto discussed water sharing with President Luis Vega during a meeting in Quito.", "meeting"),
    ("Prime Minister Ana Soto conferred with President Luis Vega in talks in Quito on Monday.", "meeting"),
    ("Prime Minister Ana Soto talked with President Luis Vega over dinner on Monday.", "meeting"),
])
def test_the_contact_a_conversation_was_held_in_gives_its_form(extractor: Extractor, text: str, kind: str) -> None:
    assert [c[1] for c in _contacts(extractor, text)] == [kind]


@pytest.mark.parametrize("text", [
    "President Luis Vega received visiting Ghanaian Foreign Minister Kofi Mensah in Quito on Friday.",
    "President Luis Vega met with visiting Ghanaian Foreign Minister Kofi Mensah in Quito on Friday.",
])
def test_a_guest_called_visiting_is_met(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [(["Kofi Mensah", "Luis Vega"], "meeting", "2019-06-14", "occurred")]



@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Ana Soto dined with President Luis Vega in Quito on Friday.",
     [(["Ana Soto", "Luis Vega"], "meeting")]),
    ("President Luis Vega and Prime Minister Kofi Mensah embraced on the tarmac in Accra on Friday.",
     [(["Kofi Mensah", "Luis Vega"], "meeting")]),
    ("President Luis Vega and Prime Minister Kofi Mensah embraced the plan on Friday.", []),
])
def test_dining_and_embracing_are_meetings(extractor: Extractor, text: str, expected: list) -> None:
    assert [c[:2] for c in _contacts(extractor, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Ana Soto met Foreign Minister Luis Vega on Monday. The two ministers agreed to remain in "
     "touch.", [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-10", "occurred")]),
    # a standing contact told as a fact is told
    ("Foreign Minister Ana Soto remained in close contact with Foreign Minister Luis Vega.",
     [(["Ana Soto", "Luis Vega"], "contact", None, "occurred")]),
])
def test_agreeing_to_remain_in_touch_is_no_event(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one who only speaks of a meeting between others is no side of it
    ("Foreign Minister Ana Soto criticised the meeting between President Luis Vega and President Kofi Mensah.",
     [(["Kofi Mensah", "Luis Vega"], "meeting")]),
    # a host or broker of talks between others takes part
    ("Foreign Minister Ana Soto brokered talks between President Luis Vega and President Kofi Mensah in Quito.",
     [(["Ana Soto", "Kofi Mensah", "Luis Vega"], "meeting")]),
    # a capitalized title runs into its holder's name, however the parser cut the phrase
    ("The meeting between Philippine Foreign Secretary Ramon Cruz and Chinese Foreign Minister Wang Yi lasted more "
     "than two hours.", [(["Ramon Cruz", "Wang Yi"], "meeting")]),
])
def test_the_sides_of_a_meeting_between_others(extractor: Extractor, text: str, expected: list) -> None:
    assert [c[:2] for c in _contacts(extractor, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Ana Soto held a bilateral with President Luis Vega in Quito on Thursday.",
     [(["Ana Soto", "Luis Vega"], "meeting")]),
    ("Prime Minister Ana Soto and President Luis Vega had a brief exchange on the sidelines of the summit.",
     [(["Ana Soto", "Luis Vega"], "contact")]),
    ("Chile and Peru held an exchange of prisoners on Monday.", []),
])
def test_a_bilateral_held_and_an_exchange_had(extractor: Extractor, text: str, expected: list) -> None:
    assert [c[:2] for c in _contacts(extractor, text)] == expected


def test_briefing_the_cabinet_on_a_trip_leaves_the_trip(extractor: Extractor) -> None:
    rows = _contacts(extractor, "Foreign Minister Ana Soto briefed the cabinet on Monday on her visit to Lima.")
    assert [(sides, kind, modality) for sides, kind, _, modality in rows] == [
        (["Ana Soto", "STATE:Peru"], "visit", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Both sides said the April summit, at which Peruvian President Luis Vargas and Ecuadorian President Ana Soto "
     "pledged to end hostilities, had changed the mood.", [(["Ana Soto", "Luis Vargas"], "meeting", "2019-04",
                                                           "occurred")]),
    # a noun that names its sides keeps them: "they" of its clause are those
    ("President Luis Vargas held a virtual meeting with President Ana Soto on Monday, in which they discussed trade.",
     [(["Ana Soto", "Luis Vargas"], "video_call", "2019-06-10", "occurred")]),
])
def test_those_who_acted_at_a_summit_took_part_in_it(extractor: Extractor, text: str,
                                                     expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_a_call_between_two_people_is_one_call_of_them_both(extractor: Extractor) -> None:
    # one call of the pair (the broker with them), not a call from the broker to each
    text = "Ecuador brokered a call between President Ana Soto and President Luis Vargas on Monday."
    rows = _contacts(extractor, text)
    assert len(rows) == 1 and {"Ana Soto", "Luis Vargas"} <= set(rows[0][0]) and rows[0][1] == "phone_call"


@pytest.mark.parametrize(("text", "location"), [
    # a city in apposition to the venue is where; a place in what was spoken of is not
    ("President Ana Soto hosted President Luis Vargas at the Carondelet Palace, Quito, on Monday for talks on the "
     "flooding in northern Peru.", "Ecuador"),
    ("President Ana Soto met President Luis Vargas on the sidelines of the summit in Brasilia on Monday.", "Brazil"),
    ("President Ana Soto met President Luis Vargas on Monday for talks on the drought in Bolivia.", None),
    # the place the parser hangs on the one met
    ("Foreign Minister Ana Soto met Iraqi Foreign Minister Omar Saleh in Muscat on Monday.", "Oman"),
    # the place of the light verb that holds the talks
    ("In Muscat, Foreign Minister Ana Soto held talks with Iraqi Foreign Minister Omar Saleh on Monday.", "Oman"),
])
def test_where_a_contact_took_place(extractor: Extractor, text: str, location: str | None) -> None:
    assert [c.location for c in extractor.extract(text, PUB).contacts] == [location]


@pytest.mark.parametrize(("text", "expected"), [
    # the small model reads a present-tense verb after a titled name as a plural noun with the name as compound
    ("Chilean President Ana Soto hosts Peruvian President Luis Vargas on Monday in Santiago.",
     [(["Ana Soto", "Luis Vargas"], "meeting", "2019-06-17", "planned")]),
    ("Chilean President Ana Soto heads to Lima on Monday for talks with Peruvian President Luis Vargas.",
     [(["Ana Soto", "Luis Vargas"], "visit", "2019-06-17", "planned")]),
])
def test_a_present_tense_verb_read_as_a_noun_after_a_name_is_the_verb(
        extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "kind"), [
    # the other side's "with" hung on a manner or a place
    ("Chilean President Ana Soto held talks via video link with Peruvian President Luis Vargas on Monday.",
     "video_call"),
    ("Chilean President Ana Soto met behind closed doors with Peruvian President Luis Vargas on Monday.", "meeting"),
    # "rang", which the small model takes for a noun
    ("Chilean President Ana Soto rang Peruvian President Luis Vargas on Monday.", "phone_call"),
])
def test_the_other_side_hung_on_a_manner_or_a_place(extractor: Extractor, text: str, kind: str) -> None:
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], kind, "2019-06-10", "occurred")]


def test_a_contact_noun_after_a_preposition_of_two_words_hangs_on_the_verb(extractor: Extractor) -> None:
    text = "Chilean President Ana Soto walked out of talks with Peruvian President Luis Vargas on Monday."
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "meeting", "2019-06-10", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean President Ana Soto took Peruvian President Luis Vargas's call on Monday.",
     (["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-10", "occurred")),
    ("Chilean President Ana Soto refused to take Peruvian President Luis Vargas's call.",
     (["Ana Soto", "Luis Vargas"], "phone_call", None, "denied")),
])
def test_the_one_who_takes_someones_call_is_its_other_side(extractor: Extractor, text: str,
                                                           expected: ContactRow) -> None:
    assert _contacts(extractor, text) == [expected]


def test_an_invitation_to_meet_someone_with_no_inviter_named_is_a_meeting_with_him(extractor: Extractor) -> None:
    text = "Chilean President Ana Soto rejected an invitation to meet Peruvian President Luis Vargas."
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "meeting", None, "denied")]


@pytest.mark.parametrize("text", [
    "The presidents of Chile and Peru will hold talks in the format of a videoconference on Monday.",
    "The council will hold a session in the format of a videoconference on Monday with the presidents of Chile "
    "and Peru.",
    "The council will hold talks in the form of a video call on Monday with the presidents of Chile and Peru.",
])
def test_a_contact_noun_after_a_form_noun_is_the_form_of_its_host(extractor: Extractor, text: str) -> None:
    # one planned video call, not a second one read from "videoconference" alone (which was dated last Monday)
    assert _contacts(extractor, text) == [(["STATE:Chile", "STATE:Peru"], "video_call", "2019-06-17", "planned")]


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO held talks with Finland and Sweden on Monday.",
     [(["STATE:Finland", "STATE:Sweden"], "meeting", "2019-06-10", "occurred")]),
    ("The Andean Council will hold a summit on Monday with the presidents of Chile and Peru.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", "2019-06-17", "planned")]),
])
def test_a_bodys_name_as_subject_hosts_the_sides_it_meets(extractor: Extractor, text: str,
                                                          expected: list[ContactRow]) -> None:
    # (unlike an unknown person's: "The minister held calls with A and B" is no contact of A and B)
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Omani mediators handed the draft to Yemeni officials on Monday.",
     [(["STATE:Oman", "STATE:Yemen"], "contact", "2019-06-10", "occurred")]),
    ("The draft was delivered to Yemeni negotiators by Omani mediators on Monday.",
     [(["STATE:Oman", "STATE:Yemen"], "contact", "2019-06-10", "occurred")]),
    # the receiver the parser hung on the thing handed
    ("Peruvian envoy Mario Ortiz delivered a letter to Chilean President Gabriel Boric at the palace on Monday.",
     [(["Gabriel Boric", "Mario Ortiz"], "contact", "2019-06-10", "occurred")]),
    ("Norway delivered two frigates to Chile on Monday.", []),
    ("Norway handed over two frigates to the Chilean navy on Monday.", []),
])
def test_handing_a_thing_to_people_is_a_contact_of_giver_and_receiver(extractor: Extractor, text: str,
                                                                      expected: list[ContactRow]) -> None:
    # (a state or a force receiving goods is no one met)
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean and Peruvian officials held a strategic dialogue in Lima on Monday.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", "2019-06-10", "occurred")]),
    ("The next round of the Chile-Peru strategic dialogue will be held in Lima on Monday.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", "2019-06-17", "planned")]),
    ("The Chilean and Peruvian ministers stressed the importance of dialogue and peaceful solutions.", []),
])
def test_a_dialogue_held_is_a_meeting_and_dialogue_as_a_way_is_none(extractor: Extractor, text: str,
                                                                   expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean and Bolivian officials exchanged messages through Swiss intermediaries on Monday.",
     [(["STATE:Bolivia", "STATE:Chile"], "contact", "2019-06-10", "occurred")]),
    ("Santiago and La Paz exchanged letters last month.",
     [(["STATE:Bolivia", "STATE:Chile"], "contact", "2019-05", "occurred")]),
    ("The Chilean president sent a message to Bolivians on Monday.", []),
])
def test_messages_exchanged_are_a_contact(extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected
