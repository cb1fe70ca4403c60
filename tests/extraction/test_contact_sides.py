"""Who the sides of a contact are: people by name, title or description, pronouns, "the two", groups,
delegations, lists of countries, names the parser broke or joined by hyphens. Kept apart from
test_contacts.py (the triggers) as ``sides``/``group_sides``/``described_sides`` are from ``contacts``.
Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUB = dt.date(2019, 6, 14)  # Friday

CASES = [
    # the one whose desk two visitors sit on either side of is at the meeting too
    ("Israeli Prime Minister Avi Levin sat with Emirati Foreign Minister Abdullah Zayed on either side of U.S. "
     "President John Harlan's desk on Tuesday.",
     [(["Abdullah Zayed", "Avi Levin", "John Harlan"], "meeting", "2019-06-11", "occurred")]),
    # the members of an unnamed group of subjects, "among them", which the parser hung on the verb
    ("Several leaders attended the summit hosted by Kenyan President Daniel Moraa in Nairobi on Tuesday, among them "
     "Ugandan President Peter Okello and Tanzanian President Grace Mwamba.",
     [(["Daniel Moraa", "Grace Mwamba", "Peter Okello"], "meeting", "2019-06-11", "occurred")]),
    # a person added to the objects after the place and day, "as well as", which the parser hung on the verb
    ("Chilean President Ana Soto met Peruvian President Luis Vargas and Bolivian President Carlos Mamani in Lima on "
     "Tuesday, as well as Ecuadorian President Jorge Paredes.",
     [(["Ana Soto", "Carlos Mamani", "Jorge Paredes", "Luis Vargas"], "meeting", "2019-06-11", "occurred")]),
    # a list of three inside the subject's "between" that the parser broke after the first comma, making the
    # second and third names another subject of the verb
    ("The talks between Peruvian President Luis Vera, Chilean President Marta Soto and Bolivian President Juan "
     "Mamani lasted four hours on Tuesday.",
     [(["Juan Mamani", "Luis Vera", "Marta Soto"], "meeting", "2019-06-11", "occurred")]),
    ("Talks between Peruvian President Luis Vera, Chilean President Marta Soto and Bolivian President Juan Mamani "
     "were held in Lima on Tuesday.",
     [(["Juan Mamani", "Luis Vera", "Marta Soto"], "meeting", "2019-06-11", "occurred")]),
    ("A summit in Lima on Tuesday between Peruvian President Luis Vera, Chilean President Marta Soto and Bolivian "
     "President Juan Mamani ended without a deal.",
     [(["Juan Mamani", "Luis Vera", "Marta Soto"], "meeting", "2019-06-11", "occurred")]),
    # a list of four subjects the parser broke in two, the first part ending in a dangling "and"
    ("Japanese Prime Minister Hiro Tanaka, Australian Prime Minister Liam Grant, Indian Prime Minister Ravi Kapoor "
     "and U.S. President John Harlan held a virtual summit on Tuesday.",
     [(["Hiro Tanaka", "John Harlan", "Liam Grant", "Ravi Kapoor"], "video_call", "2019-06-11", "occurred")]),
    # the people named among those a contact noun is with, hung by the parser on the noun
    ("Chilean President Ana Soto held a video conference with Andean leaders on Tuesday, including Peruvian "
     "President Luis Vargas and Bolivian President Carlos Mamani.",
     [(["Ana Soto", "Carlos Mamani", "Luis Vargas"], "video_call", "2019-06-11", "occurred")]),
    # the country of a ministry named down a chain of "of"s is whose officials they are
    ("Vice Chancellor Rosa Ibarra held a videoconference with authorities of the Ministry of Foreign Relations of "
     "Guatemala.", [(["Rosa Ibarra", "STATE:Guatemala"], "video_call", "2019-06-14", "occurred")]),
    # "I" in a quotation is its speaker: the one a reporting verb names, or the name before a colon in a live blog
    ('"I just spoke with my Danish colleague," Norwegian Prime Minister Mikael Berg said.',
     [(["Mikael Berg", "STATE:Denmark"], "contact", "2019-06-14", "occurred")]),
    ('18:30 Norwegian PM Mikael Berg: "I just spoke with Danish Prime Minister Lars Holm. We agree."',
     [(["Lars Holm", "Mikael Berg"], "contact", "2019-06-14", "occurred")]),
    # in a transcript, the one the turn's speaker label names; a reporter's turn has no one to stand for
    ("Remarks by Secretary of State Dana Holt\nSECRETARY HOLT: Good morning. I met Foreign Minister Rui Tavares "
     "of Portugal this morning.", [(["Dana Holt", "Rui Tavares"], "meeting", "2019-06-14", "occurred")]),
    ("Remarks by Secretary of State Dana Holt\nQUESTION: I met Foreign Minister Rui Tavares of Portugal "
     "yesterday. Did you?", []),
    # the parser takes "by telephone" for an agent and hangs the "with"-side on the telephone
    ("Selim Aksoy conversed by telephone with Ivan Petrov.",
     [(["Ivan Petrov", "Selim Aksoy"], "phone_call", "2019-06-14", "occurred")]),
    # a list of people after the person met, which the parser hung elsewhere, is read by its commas; a name that
    # is the subject of the next clause ends it
    ("Chancellor Olaf Scholz flew to Amman to meet the kingdom's King Abdullah II, Iraqi Prime Minister Mohammed "
     "Shia al-Sudani and Palestinian President Mahmoud Abbas.",
     [(["Abdullah II", "Mahmoud Abbas", "Mohammed Shia al-Sudani", "Olaf Scholz"], "visit", "2019-06-14",
       "occurred")]),
    ("President Ana Soto met President Luis Vega, and Foreign Minister Jorge Vial met Foreign Minister Rita Lenz.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-14", "occurred"),
      (["Jorge Vial", "Rita Lenz"], "meeting", "2019-06-14", "occurred")]),
    # a person the parser made a conjunct of the country of the one before is the next item of the list
    ("Prime Minister Kenji Mori met Hun Sen of Cambodia, Khamsing Vongsa of Laos and Somchai Rattana of Thailand "
     "in Tokyo on Saturday.",
     [(["Hun Sen", "Kenji Mori", "Khamsing Vongsa", "Somchai Rattana"], "meeting", "2019-06-08", "occurred")]),
    # "by phone" parsed as a passive's agent, with the other side hung on "phone"
    ("The prime minister, Viktor Szabo, spoke by phone with Petr Fiala on Monday.",
     [(["Petr Fiala", "Viktor Szabo"], "phone_call", "2019-06-10", "occurred")]),
    # a name the parser made a conjunct of the verb, after the object's apposition, is the object's next item
    # (the parse depends on the names: with these the model hangs the last name on "hosted")
    ("General Abdourahamane Tiani hosted his Malian counterpart, Colonel Assimi Goita, and Burkina Faso's Captain "
     "Ibrahim Traore at the presidential palace.",
     [(["Abdourahamane Tiani", "Assimi Goita", "Ibrahim Traore"], "meeting", "2019-06-14", "occurred")]),
    # a government's noun with "of" and a thing is the leading of it, not the leaders
    ("Prime Minister Ravi Menon met President Kofi Mensah on Monday and welcomed Kenya's leadership of the peace "
     "process.", [(["Kofi Mensah", "Ravi Menon"], "meeting", "2019-06-10", "occurred")]),
    ("Prime Minister Ravi Menon met the leadership of Kenya on Monday.",
     [(["Ravi Menon", "STATE:Kenya"], "meeting", "2019-06-10", "occurred")]),
    # leaders or officials marked as speaking for no state are no side ("leaders in London" would be the UK)
    ("Prime Minister Ravi Menon met with business leaders in London on Monday.", []),
    ("Foreign Minister Ana Duarte met opposition leaders in Caracas.", []),
    # a capitalized "State Visit" after a title word ("State") is the visit, not a person named "Visit"
    ("At the invitation of President Ana Duarte, Prime Minister Ravi Menon will pay a State Visit to Portugal "
     "from July 2 to 4.", [(["Ana Duarte", "Ravi Menon"], "visit", "2019-07-02", "planned")]),
    ("Prime Minister Ravi Menon will pay a State Visit to Portugal in July.",
     [(["Ravi Menon", "STATE:Portugal"], "visit", "2019-07", "planned")]),
    # titled names chained by the parser: two sides meet two sides
    ("External Affairs Minister Anil Rao and Defence Minister Vikram Desai will meet Foreign Minister Penny Hale "
     "and Defence Minister Linda Crane.",
     [(["Anil Rao", "Linda Crane", "Penny Hale", "Vikram Desai"], "meeting", None, "planned")]),
    # the head of an organization, named in apposition; a city says where, not whose
    ("President Vladimir Putin met with the head of the International Atomic Energy Agency, Rafael Grossi, "
     "in Kaliningrad.",
     [(["Rafael Grossi", "Vladimir Putin"], "meeting", "2019-06-14", "occurred")]),
    # a singular title "of <country>, Name" names its holder, honorifics and all
    ("Prime Minister Ravi Menon held a virtual summit with the Prime Minister of Fiji, H.E. Mr. Sitiveni Naulu, "
     "on Wednesday.",
     [(["Ravi Menon", "Sitiveni Naulu"], "video_call", "2019-06-12", "occurred")]),
    # a group subject is the members it names after "including" (one state's officials: only those named)
    ("African leaders, including Kenyan President Amani Otieno and Ghanaian President Kofi Mensah, held a video "
     "conference on Monday.",
     [(["Amani Otieno", "Kofi Mensah"], "video_call", "2019-06-10", "occurred")]),
    ("Israeli officials, including Defence Minister Avi Ronen, met Egyptian President Omar Fathy on Monday.",
     [(["Avi Ronen", "Omar Fathy"], "meeting", "2019-06-10", "occurred")]),
    # "either"/"neither" standing alone is the two listed just before, each met (or not) one at a time
    ("Envoy Ana Soto praised Foreign Minister Luis Vega and President Pedro Castro, but was not allowed to meet "
     "either.",
     [(["Ana Soto", "Luis Vega"], "meeting", None, "denied"),
      (["Ana Soto", "Pedro Castro"], "meeting", None, "denied")]),
    ("Envoy Ana Soto flew to Lima on Monday hoping to see Prime Minister Luis Vega and President Pedro Castro, but "
     "met neither.",
     [(["Ana Soto", "STATE:Peru"], "visit", "2019-06-10", "occurred"),
      (["Ana Soto", "Luis Vega"], "meeting", "2019-06-10", "denied"),
      (["Ana Soto", "Pedro Castro"], "meeting", "2019-06-10", "denied")]),
    # "the two Koreas" are North and South Korea whoever met before
    ("U.S. envoy Ana Soto met North Korean leader Kim Jong Un on Monday. Officials from the two Koreas held "
     "working-level talks at Panmunjom on Wednesday.",
     [(["Ana Soto", "Kim Jong Un"], "meeting", "2019-06-10", "occurred"),
      (["STATE:North Korea", "STATE:South Korea"], "meeting", "2019-06-12", "occurred")]),
    ("Delegations from both Koreas met at the border village on Tuesday.",
     [(["STATE:North Korea", "STATE:South Korea"], "meeting", "2019-06-11", "occurred")]),
    # the names listed after "counterparts," are the counterparts, whatever the model called them
    ("Dutch Foreign Minister Anna Berg held talks in Rome on Monday with her Italian and Spanish counterparts, "
     "Marco Rossi and Pablo Ruiz.",
     [(["Anna Berg", "Marco Rossi", "Pablo Ruiz"], "meeting", "2019-06-10", "occurred")]),
    # full names the model does not know are people where only people stand: subject and object of "met"
    ("In August 2015 Dragan Vukotić met Kosovo's Ilir Gashi in Brussels.",
     [(["Dragan Vukotić", "Ilir Gashi"], "meeting", "2015-08", "occurred")]),
    # an object pronoun is not its own clause's subject; "on the phone to" names the other side
    ("Greek Foreign Minister Eleni Vlachou said Secretary of State Tom Harlan was on the phone to her on Tuesday.",
     [(["Eleni Vlachou", "Tom Harlan"], "phone_call", "2019-06-11", "occurred")]),
    # a plural title in capitals is no person's name
    ("Talks between the Senior Military Commanders of India and China were held on Monday.",
     [(["STATE:China", "STATE:India"], "meeting", "2019-06-10", "occurred")]),
    # someone's predecessor is another holder of the office: his country, not him
    ("Japanese Defence Minister Akira Sato recalled the visit to New Delhi by his predecessor in January.",
     [(["STATE:India", "STATE:Japan"], "visit", "2019-01", "occurred")]),
    # a long formal title with the country inside it, before the name
    ("President Marek Nowak held a telephone conversation with President of the Republic of Kazakhstan "
     "Arman Serikov on Monday.",
     [(["Arman Serikov", "Marek Nowak"], "phone_call", "2019-06-10", "occurred")]),
    # two subjects the parser left uncoordinated ("A and B" with a dangling "and")
    ("Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Antony Blinken did not meet on the "
     "sidelines of the G20 meeting in New Delhi.",
     [(["Antony Blinken", "Sergei Lavrov"], "meeting", None, "denied")]),
    # an organisation's "Federation of <state>" is neither a state's name nor a person
    ("The Football Federation of Australia met officials. Later the Federation met Russian President Vladimir "
     "Putin.", []),
    # a named host whose country goes unsaid stands for the visited state
    ("Peruvian President Luis Vega is visiting Ecuador at the invitation of President Ana Ruiz.",
     [(["Ana Ruiz", "Luis Vega"], "visit", "2019-06-14", "occurred")]),
    # "the first leader to meet X": the one who became (or is) that leader meets X
    ("Chilean President Ana Ruiz became the first foreign leader to meet Peruvian President Luis Vega in person "
     "since the coup.", [(["Ana Ruiz", "Luis Vega"], "meeting", "2019-06-14", "occurred")]),
    # a role's initials stand for the one person named with that role
    ("External Affairs Minister Dr. Arun Mehta arrived in Canberra on Monday. On Tuesday, EAM held talks with "
     "Australian Foreign Minister Claire Dawson.",
     [(["Arun Mehta", "Claire Dawson"], "meeting", "2019-06-11", "occurred"),
      (["Arun Mehta", "STATE:Australia"], "visit", "2019-06-10", "occurred")]),
    # a body's acronym is no role's initials
    ("Assistant Undersecretary Luis Vega arrived in Addis Ababa on Monday. Ethiopian Foreign Minister Taye Atske "
     "met the AU commissioner on Tuesday.", [(["Luis Vega", "STATE:Ethiopia"], "visit", "2019-06-10", "occurred")]),
    # a title set off by a comma before a name the parser hung on the verb is still that name's
    ("The Minister of Foreign Affairs, Senator the Hon. Marcia Bennett, held talks with Ghana's Cabinet Secretary "
     "for Foreign and Regional Affairs, Hon. Kwame Boateng, in Accra last month on trade.",
     [(["Kwame Boateng", "Marcia Bennett"], "meeting", "2019-05", "occurred")]),
    # "His Majesty the Sultan" is the sultan named; "His Majesty" alone the one so styled before
    ("His Majesty Sultan Khalid bin Said received a phone call yesterday from President Ana Soto of Chile. His "
     "Majesty the Sultan also received yesterday a similar phone call from President Luis Vargas of Peru. "
     "Sources said His Majesty is expected to pay a state visit to Peru at the invitation of President Vargas.",
     [(["Ana Soto", "Khalid bin Said"], "phone_call", "2019-06-13", "occurred"),
      (["Khalid bin Said", "Luis Vargas"], "phone_call", "2019-06-13", "occurred"),
      (["Khalid bin Said", "Luis Vargas"], "visit", None, "planned")]),
    # a title's phrase runs on through "in" ("the Ambassador of A in B, X"), however the parser hung the name
    ("Meanwhile, the new Ambassador of Argentina in Venezuela, Pedro Molina, will travel to Caracas next week.",
     [(["Pedro Molina", "STATE:Venezuela"], "visit", "2019-06", "planned")]),
    # "the Kingdom" names again the one state the story named "the Kingdom of …"
    ("Foreign Minister Ana Soto will pay a visit to the Kingdom of Norway next month. Soto last visited the "
     "Kingdom in November.",
     [(["Ana Soto", "STATE:Norway"], "visit", "2018-11", "occurred"),
      (["Ana Soto", "STATE:Norway"], "visit", "2019-07", "planned")]),
    # a name's first word the model left out after a comma ("…, Than Kyaw Aung")
    ("In June, its then foreign minister, Somchai Srisuk, hosted the junta-appointed foreign minister, Than Kyaw "
     "Aung, at a seaside hotel in Pattaya.",
     [(["Somchai Srisuk", "Than Kyaw Aung"], "meeting", "2019-06", "occurred")]),
    # a president-elect stands for the state; a headline infinitive hung on its subject noun is a plan
    ("Chile's president-elect to travel to Buenos Aires before the inauguration",
     [(["STATE:Argentina", "STATE:Chile"], "visit", None, "planned")]),
    ("Brazil's president-elect will visit Washington next week.",
     [(["STATE:Brazil", "STATE:United States"], "visit", "2019-06", "planned")]),
    ("Japan's prime minister to fly to Canberra for security talks",
     [(["STATE:Australia", "STATE:Japan"], "visit", None, "planned")]),
    # "the heads of state of A and B" are their presidents, not any other official of A and B named before
    ("Foreign Minister Ana Soto of Chile met Foreign Minister Luis Vega of Peru on Monday. The heads of state of "
     "Chile and Peru will meet in July.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-10", "occurred"),
      (["STATE:Chile", "STATE:Peru"], "meeting", "2019-07", "planned")]),
    # "their" in a participle's clause with an agent is the agent's, nearer than the main clause's subject
    ("The envoys Ana Soto and Luis Vega praised the roadmap agreed by President Carlos Rojas and President "
     "Erik Lund during their talks in Lima in May.",
     [(["Carlos Rojas", "Erik Lund"], "meeting", "2019-05", "occurred")]),
    # a noun whose participle names both its sides ("held … between A and B") is theirs, not the welcomer's
    ("Foreign Minister Ana Soto welcomed the outcome of the summit held in Lima on Monday between President Luis "
     "Vega and President Carlos Rojas.",
     [(["Carlos Rojas", "Luis Vega"], "meeting", "2019-06-10", "occurred")]),
    # a summit "with" a third state that two sides discussed is the summit's side, talked of; not the discussion's
    ("President Ana Soto met President Luis Vega on Monday. They discussed a trilateral summit with Brazil.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-10", "occurred"),
      (["Ana Soto", "Luis Vega", "STATE:Brazil"], "meeting", None, "proposed")]),
    # subjects who "both"/"each" spoke with someone spoke with him one at a time; he is not at their own meeting
    ("President Ana Soto and President Luis Vega, who both spoke with Chancellor Erik Lund last week, met in Lima on "
     "Monday.",
     [(["Ana Soto", "Erik Lund"], "contact", "2019-06", "occurred"),
      (["Erik Lund", "Luis Vega"], "contact", "2019-06", "occurred"),
      (["Ana Soto", "Luis Vega"], "meeting", "2019-06-10", "occurred")]),
    # "the heads of state of A and B" are not the one person of unsaid country and role named just before
    ("Foreign ministers Ana Soto and Luis Vega reviewed the agreements reached by the heads of state of Chile and "
     "Peru during their talks in Lima in May.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", "2019-05", "occurred")]),
    # "plans for the Chilean leader to visit Lima", the "for" phrase hung on the noun: the leader visits
    ("President Ana Soto of Chile met President Luis Vega of Peru in Quito in May. Peru has shelved plans for the "
     "Chilean leader to visit Lima.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019-05", "occurred"),
      (["Ana Soto", "STATE:Peru"], "visit", None, "cancelled")]),
    # a seat of government before the noun is where the meeting is held; the sides are the subject and "with"
    ("Prime Minister Ana Soto will hold a White House meeting with President Luis Vega on Monday.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-17", "planned")]),
    # (a country before the noun is a side)
    ("Chile talks with Peru will be held in Quito on Monday, Foreign Minister Ana Soto said.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", "2019-06-17", "planned")]),
]


def _contacts(extractor: Extractor, text: str) -> list[ContactRow]:
    return contact_rows(extractor, text, PUB)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_contact_side_cases(extractor: Extractor, text: str, expected: list) -> None:
    assert _contacts(extractor, text) == sorted(expected)


def test_pronouns_and_the_pair_refer_back(extractor: Extractor) -> None:
    text = (
        "Greek Prime Minister Alexis Tsipras spoke with North Macedonia's Prime Minister Zoran Zaev on "
        "Thursday.\n\nThe two leaders last met in January, in Davos."
    )
    found = extractor.extract(text, PUB)
    got = sorted((sorted(p.label for p in c.participants), c.type, c.date) for c in found.contacts)
    assert got == [
        (["Alexis Tsipras", "Zoran Zaev"], "contact", "2019-06-13"),
        (["Alexis Tsipras", "Zoran Zaev"], "meeting", "2019-01"),
    ]


def test_the_title_refers_back_to_the_person_who_holds_it(extractor: Extractor) -> None:
    text = (
        "Foreign Secretary Jeremy Hunt spoke with Iranian Foreign Minister Mohammad Javad Zarif on Monday.\n\n"
        "Later, the Foreign Secretary telephoned his Omani counterpart."
    )
    pairs = [sides for sides, *_ in _contacts(extractor, text)]
    assert pairs == [["Jeremy Hunt", "Mohammad Javad Zarif"], ["Jeremy Hunt", "STATE:Oman"]]


def test_officials_described_before_they_are_named_are_the_people_named_later(extractor: Extractor) -> None:
    text = ("The foreign ministers of Brazil and Kenya met in Geneva on Thursday. Brazilian Foreign Minister "
            "Ana Prado and Kenyan Foreign Minister Joseph Otieno agreed to open consulates. The defence ministers "
            "of Brazil and Kenya will meet next month.")
    contacts = extractor.extract(text, dt.date(2019, 6, 14)).contacts
    found = {(tuple(p.label for p in c.participants), c.date) for c in contacts}
    assert (("Ana Prado", "Joseph Otieno"), "2019-06-13") in found
    # the defence ministers are not the foreign ministers named before
    assert (("STATE:Brazil", "STATE:Kenya"), "2019-07") in found


def test_holders_named_in_a_sentence_closed_by_its_teller_take_the_countries_described(extractor: Extractor) -> None:
    # "A and B spoke for an hour, aides said": the people the reported clause opens with are the two ministers
    text = ("The foreign ministers of Chile and Ghana met in Lisbon on Monday. Maria Lopez and Kofi Boateng spoke "
            "for about an hour at a hotel near the summit venue, aides from both delegations said. The Ghanaian "
            "minister had a longer day. His Monday meeting with Dutch Foreign Minister Pieter Smit ran late.")
    extraction = extractor.extract(text, dt.date(2019, 6, 12))
    officials = {o.name: o.country for o in extraction.officials}
    assert officials["Kofi Boateng"] == "Ghana"
    assert ["Kofi Boateng", "Pieter Smit"] in [sorted(p.label for p in c.participants) for c in extraction.contacts]


def test_who_proposed_a_meeting_its_hyphenated_word_names_the_sides_of_is_no_side(extractor: Extractor) -> None:
    # "A Berg-Nowak meeting has been suggested by the Swedish side": the proposer is no third side; a host is
    text = ("Foreign Minister Anna Berg travelled to Warsaw in March and held talks with Piotr Nowak. A Berg-Nowak "
            "meeting on the margins of the summit in Oslo in May has been suggested by the Swedish side but not "
            "confirmed. Another Berg-Nowak meeting in Riga in June was hosted by Latvia.")
    sides = [sorted(p.label for p in c.participants) for c in extractor.extract(text, dt.date(2017, 2, 1)).contacts]
    assert ["Anna Berg", "Piotr Nowak"] in sides[1:] and ["Anna Berg", "Piotr Nowak", "STATE:Latvia"] in sides
    assert all("STATE:Sweden" not in s for s in sides)


def test_his_trip_a_companion_joins_is_the_one_he_accompanies(extractor: Extractor) -> None:
    # "B, who is accompanying A on his visit": A's visit, not that of the subject the sentence is about
    text = ("Foreign Minister Maria Lopez on Monday received General Tomas Ruiz, the army chief of Chile, who is "
            "accompanying President Carlos Vidal on his visit to Peru, which began on Saturday.")
    visits = [sorted(p.label for p in c.participants) for c in extractor.extract(text, dt.date(2019, 6, 12)).contacts
              if c.type == "visit"]
    assert visits and all("Carlos Vidal" in v and "Maria Lopez" not in v for v in visits)


def test_a_head_visited_where_a_tour_began_is_that_countrys_head(extractor: Extractor) -> None:
    # "began her tour in Oman, visiting Sultan X": met in Oman, so "Oman's sultan" later is X, not the state
    text = ("British Foreign Secretary Grace Okafor began her tour on Monday in Oman, visiting Sultan Hamid bin Said. "
            "Oman's sultan is expected to travel to London in May, when Prime Minister Tom Hale will host him at "
            "Downing Street.")
    assert (["Hamid bin Said", "Tom Hale"], "visit", "2020-05", "planned") in _contacts(extractor, text)


def test_the_one_a_stranded_preposition_leaves_to_the_relative_is_the_side(extractor: Extractor) -> None:
    # "B, whom he said he had spoken to": "to" ends the clause, its object is the relative's noun
    text = 'Peruvian President Luis Vega thanked Gabriel Boric, whom he said he had spoken to "as a friend".'
    assert [sorted(p.label for p in c.participants) for c in extractor.extract(text, dt.date(2020, 4, 17)).contacts
            ] == [["Gabriel Boric", "Luis Vega"]]


def test_people_named_before_the_verb_of_an_at_which_clause_took_part(extractor: Extractor) -> None:
    # "the summit at which A and B pledged": both, also when the parser broke the list at A's hyphenated name
    text = ('The talks were a follow-up to the April summit at which South Korean President Lee Jae-in and North '
            'Korean leader Ri Chol Ho pledged to end "all hostile acts" against each other.')
    assert [sorted(p.label for p in c.participants) for c in extractor.extract(text, dt.date(2019, 6, 14)).contacts
            ] == [["Lee Jae-in", "Ri Chol Ho"]]


def test_a_meeting_planned_where_someone_is_due_is_his(extractor: Extractor) -> None:
    # "A is due to attend a forum in X, where a meeting with B is planned": A's meeting; a summit there is no one's
    text = ("Polish President Piotr Nowak spoke on Monday. Prime Minister Anna Berg is due to attend a forum in "
            "Gdansk at the end of March, where a meeting with Piotr Nowak is planned, her office said. The summit "
            "will be held in Sopot, where a meeting with Piotr Nowak is planned.")
    assert [sorted(p.label for p in c.participants) for c in extractor.extract(text, dt.date(2017, 2, 1)).contacts
            ] == [["Anna Berg", "Piotr Nowak"]]


def test_a_list_of_countries_parsed_as_appositions_is_every_country(extractor: Extractor) -> None:
    text = ("Norway's defence minister, Ingrid Holm, convened a video conference on Monday with counterparts from "
            "Finland, Denmark, the Netherlands, Portugal and other allies.")
    contacts = extractor.extract(text, dt.date(2021, 3, 10)).contacts
    assert [sorted(p.label for p in c.participants) for c in contacts] == [
        ["Ingrid Holm", "STATE:Denmark", "STATE:Finland", "STATE:Netherlands", "STATE:Portugal"]
    ]


def test_each_listed_country_with_its_minister_is_that_minister(extractor: Extractor) -> None:
    text = ("Foreign Minister Laila Haddad on Tuesday hosted a virtual meeting with the foreign ministers of "
            "Tunisia, Omar Ben Salem; Morocco, Youssef Alaoui; and Libya, Khaled Zentani.")
    extraction = extractor.extract(text, dt.date(2022, 10, 12))
    officials = {o.name: (o.country, o.role) for o in extraction.officials}
    assert officials["Youssef Alaoui"] == ("Morocco", "Foreign minister")
    assert [sorted(p.label for p in c.participants) for c in extraction.contacts] == [
        ["Khaled Zentani", "Laila Haddad", "Omar Ben Salem", "Youssef Alaoui"]
    ]


def test_he_is_the_subject_named_in_apposition_and_particle_names_are_found(extractor: Extractor) -> None:
    text = ("Talks were chaired by Ghanaian President Kofi Mensah. Morocco's Foreign Minister, Youssef Bennani, "
            "has spent weeks lobbying. He travelled to Algiers on Monday and held talks with his Algerian "
            "counterpart, Amina al-Hadi.")
    contacts = extractor.extract(text, dt.date(2020, 7, 22)).contacts
    assert [(sorted(p.label for p in c.participants), c.type, c.date) for c in contacts] == [
        (["Amina al-Hadi", "Youssef Bennani"], "visit", "2020-07-20")
    ]


def test_office_holders_described_by_their_institution_are_the_people_named_next(extractor: Extractor) -> None:
    text = ("The chief of Kenya's defence forces and the head of US Africa Command spoke by phone on Tuesday. "
            "Kenyan General Peter Njoroge and US General Alan Brooks discussed border security, the army said.")
    contacts = extractor.extract(text, dt.date(2024, 2, 1)).contacts
    assert [(sorted(p.label for p in c.participants), c.type, c.date) for c in contacts] == [
        (["Alan Brooks", "Peter Njoroge"], "phone_call", "2024-01-30")
    ]


def test_one_surname_in_two_transliterations_is_one_person(extractor: Extractor) -> None:
    text = ("Ukrainian President Volodymyr Zelenskyy spoke by phone with Dutch Prime Minister Mark Rutte on Monday. "
            "On Wednesday Zelensky received Danish Prime Minister Mette Frederiksen in Kyiv.")
    contacts = extractor.extract(text, dt.date(2024, 2, 23)).contacts
    assert sorted(sorted(p.label for p in c.participants) for c in contacts) == [
        ["Mark Rutte", "Volodymyr Zelenskyy"], ["Mette Frederiksen", "Volodymyr Zelenskyy"]
    ]


def test_the_two_refers_to_the_pair_named_earlier_in_the_same_sentence(extractor: Extractor) -> None:
    text = ("President Ana Rojas met Prime Minister Luis Vega on Monday. A spokesman said President Carla Mendes "
            "and Chancellor Hans Vogel would not meet in Lima, since the two leaders had met in "
            "Geneva in May.")
    contacts = extractor.extract(text, dt.date(2019, 6, 14)).contacts
    assert (["Carla Mendes", "Hans Vogel"], "2019-05") in [
        (sorted(p.label for p in c.participants), c.date) for c in contacts
    ]


def test_a_name_after_a_title_and_comma_that_speaks_is_not_the_title_holder(extractor: Extractor) -> None:
    text = "Foreign Minister Penny Hale met the Turkish foreign minister, Omar Celik said on Monday."
    contacts = extractor.extract(text, dt.date(2019, 6, 14)).contacts
    assert [sorted(p.label for p in c.participants) for c in contacts] == [["Penny Hale", "STATE:Turkey"]]


def test_a_list_of_people_the_parser_broke_after_a_comma(extractor: Extractor) -> None:
    text = ("On Tuesday President Ana Soto convened a video conference with Peru's President Luis Vargas, "
            "Bolivia's President Carlos Mamani and Ecuador's President Jorge Paredes.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Jorge Paredes", "Luis Vargas"], "video_call", "2019-06-11", "occurred")
    ]


@pytest.mark.parametrize("members", [
    "with around 20 leaders, among them Peru's President Luis Vargas and Chilean President Ana Soto,",
    "with regional leaders including Peru's President Luis Vargas and Chilean President Ana Soto",
])
def test_the_members_a_plural_group_names(extractor: Extractor, members: str) -> None:
    text = f"Brazil's President Rui Costa hosted a video call on Tuesday {members} and then flew to Lima."
    assert (["Ana Soto", "Luis Vargas", "Rui Costa"], "video_call", "2019-06-11", "occurred") in \
        _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru-Chile talks on the maritime border resumed in Lima on Monday.",
     (["STATE:Chile", "STATE:Peru"], "meeting", "2019-06-10", "occurred")),
    ("The next session of the Kenyan-Ethiopian Joint Ministerial Commission will take place in Nairobi on "
     "June 20.", (["STATE:Ethiopia", "STATE:Kenya"], "meeting", "2019-06-20", "planned")),
    ("The Joint Norwegian-Russian Fisheries Commission met in Moscow in October.",
     (["STATE:Norway", "STATE:Russia"], "meeting", "2018-10", "occurred")),
])
def test_countries_joined_by_a_hyphen_are_the_sides(extractor: Extractor, text: str, expected: tuple) -> None:
    assert _contacts(extractor, text) == [expected]


def test_between_the_two_means_the_pair_just_told(extractor: Extractor) -> None:
    text = ("Chile's foreign minister, Ana Soto, said she had spoken by phone with her Peruvian counterpart, Luis "
            "Vargas, but that no meeting between the two had been arranged.")
    contacts = _contacts(extractor, text)
    assert (["Ana Soto", "Luis Vargas"], "phone_call", "2019-06-14", "occurred") in contacts
    assert [c for c in contacts if c[1] == "meeting"][0][0::3] == (["Ana Soto", "Luis Vargas"], "denied")


def test_their_ministers_are_the_ministers_of_the_two_countries(extractor: Extractor) -> None:
    text = ("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo in March. "
            "Their foreign ministers spoke by phone on Tuesday.")
    found = extractor.extract(text, dt.date(2024, 9, 20)).contacts
    assert (["STATE:Japan", "STATE:South Korea"], "phone_call") in [
        (sorted(p.label for p in c.participants), c.type) for c in found
    ]


def test_a_delegation_is_the_one_who_leads_it(extractor: Extractor) -> None:
    text = ("An Eritrean delegation led by Foreign Minister Osman Saleh arrived in Addis Ababa on Tuesday. Prime "
            "Minister Abiy Ahmed received the delegation on Wednesday.")
    contacts = _contacts(extractor, text)
    assert (["Osman Saleh", "STATE:Ethiopia"], "visit", "2019-06-11", "occurred") in contacts
    assert (["Abiy Ahmed", "Osman Saleh"], "meeting", "2019-06-12", "occurred") in contacts


def test_the_hosts_of_the_talks_a_group_is_due_for_are_not_a_leader_named_as_a_source(extractor: Extractor) -> None:
    text = ("Diplomats from Chile and Peru are due in Quito on Tuesday for talks with Ecuadorian officials, "
            "Ecuadorian President Daniel Mora's spokesman Pablo Ruiz told reporters.")
    assert _contacts(extractor, text) == [
        (["STATE:Chile", "STATE:Ecuador", "STATE:Peru"], "visit", "2019-06-18", "planned")
    ]


def test_the_two_named_just_before_outrank_an_older_pair(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto met Peruvian President Luis Vargas on Monday. Trade was the main topic. "
            "A quotation came from an interview, not from Argentine Foreign Minister Jorge Diaz or Bolivian Foreign "
            "Minister Carlos Mamani. The two are due to meet in La Paz next week.")
    assert (["Carlos Mamani", "Jorge Diaz"], "meeting", "2019-06", "planned") in _contacts(extractor, text)


def test_officials_from_both_countries_are_the_two_states(extractor: Extractor) -> None:
    text = ("Kazakh President Nursultan Nazarbayev met Kyrgyz President Kurmanbek Bakiyev on Monday. Energy officials "
            "from both countries will meet in Bishkek next week.")
    assert (["STATE:Kazakhstan", "STATE:Kyrgyzstan"], "meeting", "2019-06", "planned") in _contacts(extractor, text)


def test_people_joined_by_a_hyphen_are_the_sides(extractor: Extractor) -> None:
    text = ("Norwegian Foreign Minister Borge Brende and Russian Foreign Minister Sergei Lavrov spoke on Monday. "
            "A Brende-Lavrov meeting in Fairbanks in May has been suggested.")
    assert (["Borge Brende", "Sergei Lavrov"], "meeting", "2020-05", "proposed") in _contacts(extractor, text)


def test_an_outlet_told_by_phone_is_no_side_even_when_it_shares_a_particle_with_a_name(extractor: Extractor) -> None:
    text = ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met reporters. Senior Hamas official Moussa Abu Marzouk "
            "told Al Jazeera by phone from Cairo that no deal had been reached.")
    assert _contacts(extractor, text) == []


def test_whose_minister_he_is_is_no_side(extractor: Extractor) -> None:
    text = ("Argentine President Nestor Kirchner met Brazilian President Luiz Inacio Lula da Silva on Wednesday. "
            "Also on Wednesday, Kirchner's foreign minister, Rafael Bielsa, held talks with his Brazilian "
            "counterpart, Celso Amorim.")
    assert (["Celso Amorim", "Rafael Bielsa"], "meeting", "2003-06-11", "occurred") in [
        (sorted(p.label for p in c.participants), c.type, c.date, c.modality)
        for c in extractor.extract(text, dt.date(2003, 6, 12)).contacts
    ]


def test_a_name_the_parser_makes_own_another_is_a_list_item(extractor: Extractor) -> None:
    text = ("President Vladimir Putin held separate telephone calls with Azerbaijan's Ilham Aliyev and Armenia's "
            "Nikol Pashinyan on Wednesday.")
    assert [c[0] for c in _contacts(extractor, text)] == [["Ilham Aliyev", "Vladimir Putin"],
                                                        ["Nikol Pashinyan", "Vladimir Putin"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday, Malawian Defence Minister Harry Mkandawire and Mozambique's defence minister, Cristovao Chume, "
     "met in Blantyre.", (["Cristovao Chume", "Harry Mkandawire"], "meeting", "2019-06-14", "occurred")),
    ("On Monday, Tanzanian Foreign Minister January Makamba and Uganda's foreign minister, Jeje Odongo, met in "
     "Kampala.", (["January Makamba", "Jeje Odongo"], "meeting", "2019-06-10", "occurred")),
])
def test_a_name_the_parser_makes_own_a_title_beside_a_country_is_a_list_item(
        extractor: Extractor, text: str, expected: ContactRow) -> None:
    assert _contacts(extractor, text) == [expected]


def test_the_two_do_not_count_someone_whose_remarks_are_asked_about(extractor: Extractor) -> None:
    text = ("French President Emmanuel Macron met German Chancellor Olaf Scholz on Monday. Asked about President "
            "Joe Biden's remarks, Macron said the two would meet again in May.")
    planned = [c[0] for c in _contacts(extractor, text) if c[3] == "planned"]
    assert planned == [["Emmanuel Macron", "Olaf Scholz"]]


def test_a_leaders_wife_is_no_side_of_his_diplomacy(extractor: Extractor) -> None:
    text = ("Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on Thursday, and in the evening "
            "he and his wife, Peng Liyuan, hosted him at a banquet.")
    assert [c[0] for c in _contacts(extractor, text)] == [["Kassym-Jomart Tokayev", "Xi Jinping"]]


def test_two_surnames_joined_by_a_hyphen_are_the_two_people_named_before(extractor: Extractor) -> None:
    # (the model takes "Mensah-Agbeko" for one more person's name)
    text = ("Ghanaian President Kofi Mensah and Togolese President Yao Agbeko signed the pact. The Mensah-Agbeko "
            "summit lasted nine hours.")
    assert [c[:2] for c in _contacts(extractor, text)] == [(["Kofi Mensah", "Yao Agbeko"], "meeting")]


def test_a_charge_d_affaires_summoned_stands_for_his_state(extractor: Extractor) -> None:
    text = "Chilean Foreign Minister Ana Soto summoned the Peruvian charge d'affaires on Monday."
    assert [c[:2] for c in _contacts(extractor, text)] == [(["Ana Soto", "STATE:Peru"], "meeting")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Ana Soto is expected to press Minister Luis Vargas on fishing quotas when they meet in Lima on Monday.",
     (["Ana Soto", "Luis Vargas"], "meeting", "2019-06-17", "planned")),
    ("President Ana Soto thanked President Luis Vargas for his support as they met in Quito on Monday.",
     (["Ana Soto", "Luis Vargas"], "meeting", "2019-06-10", "occurred")),
])
def test_they_of_a_time_clause_are_the_two_the_clause_it_hangs_on_names(
        extractor: Extractor, text: str, expected: ContactRow) -> None:
    assert _contacts(extractor, text) == [expected]


def test_an_object_the_parser_took_for_a_second_subject_is_the_other_side(extractor: Extractor) -> None:
    text = ("A Japanese delegation led by Deputy Foreign Minister Kenji Sato arrived in Dhaka on Monday. On Tuesday, "
            "the delegation met Bangladeshi Foreign Minister Hasan Mahmud.")
    assert (["Hasan Mahmud", "Kenji Sato"], "meeting", "2019-06-11", "occurred") in _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the delegation a relative clause speaks of is its leader's
    ("Chilean Foreign Minister Ana Soto led a delegation that was received by Peruvian President Luis Vargas in "
     "Lima on Monday.", ["Ana Soto", "Luis Vargas"]),
    # with the other states it came from
    ("Chile's Foreign Minister Ana Soto led a joint delegation from Chile and Bolivia that was received by "
     "Peruvian President Luis Vargas on Monday.", ["Ana Soto", "Luis Vargas", "STATE:Bolivia"]),
])
def test_a_delegation_someone_led_is_its_leader(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _contacts(extractor, text) == [(expected, "meeting", "2019-06-10", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("President Ana Soto will travel to Quito on Monday together with President Luis Vargas.",
     (["Ana Soto", "Luis Vargas", "STATE:Ecuador"], "visit", "2019-06-17", "planned")),
    ("President Ana Soto travelled to Quito alongside President Luis Vargas on Monday.",
     (["Ana Soto", "Luis Vargas", "STATE:Ecuador"], "visit", "2019-06-10", "occurred")),
    # "with" alone may be anyone: a spouse, a delegation of business leaders
    ("President Ana Soto travelled to Quito with her husband on Monday.",
     (["Ana Soto", "STATE:Ecuador"], "visit", "2019-06-10", "occurred")),
])
def test_officials_who_travel_together_with_the_visitor_are_visitors_too(
        extractor: Extractor, text: str, expected: ContactRow) -> None:
    assert _contacts(extractor, text) == [expected]


def test_the_first_of_three_titled_subjects_the_parser_set_apart_is_a_side(extractor: Extractor) -> None:
    # "A, B and C will travel" parsed as two subjects, A and "B and C"
    text = ("French President Emmanuel Macron, German Chancellor Friedrich Merz and British Prime Minister Keir "
            "Starmer will travel to Kyiv on Saturday.")
    assert _contacts(extractor, text) == [
        (["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "STATE:Ukraine"], "visit", "2019-06-15", "planned")]


def test_the_first_of_three_titled_subjects_is_a_side_when_the_parser_hung_the_second_on_the_third(
        extractor: Extractor) -> None:
    # parsed as two subjects, A and C, with B a modifier of C's name: the "and" is inside the second subject
    text = ("Peruvian President Luis Vera, Chilean President Marta Soto and Bolivian President Juan Mamani held a "
            "trilateral meeting on the sidelines of the summit in Lima on Tuesday.")
    assert _contacts(extractor, text) == [
        (["Juan Mamani", "Luis Vera", "Marta Soto"], "meeting", "2019-06-11", "occurred")]


def test_the_first_signer_of_a_statement_is_a_side_of_their_talks(extractor: Extractor) -> None:
    # "signed by A, B and C" with B and C parsed as a second subject of "was issued": A, the last name of the
    # first subject's phrase, opens the list "their" stands for
    text = ("A joint statement signed by Peruvian President Luis Vera, Chilean President Marta Soto and Bolivian "
            "President Juan Mamani was issued on Tuesday after their talks in Lima.")
    assert [row[0] for row in _contacts(extractor, text)] == [["Juan Mamani", "Luis Vera", "Marta Soto"]]


def test_a_name_past_an_office_of_several_words_after_a_dangling_and_is_the_next_side(extractor: Extractor) -> None:
    # the parser leaves "and" hanging on the first name and makes the second the verb's subject
    text = ("A meeting between Russian Foreign Minister Sergei Lavrov and US Secretary of State Antony Blinken was "
            "held on Monday.")
    assert _contacts(extractor, text) == [(["Antony Blinken", "Sergei Lavrov"], "meeting", "2019-06-10", "occurred")]


def test_a_name_past_its_descriptive_office_after_a_dangling_and_is_the_next_side(extractor: Extractor) -> None:
    # "paramilitary leader B": an adjective and a common noun before the name; the first name is a title's apposition
    text = ("Saudi Arabia and the United States hosted talks between Sudanese army chief Abdel Fattah al-Burhan and "
            "paramilitary leader Mohamed Hamdan Dagalo in Jeddah on Monday.")
    assert _contacts(extractor, text) == [(["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "STATE:Saudi Arabia",
                                            "STATE:United States"], "meeting", "2019-06-10", "occurred")]


@pytest.mark.parametrize("text", [
    "Peruvian President Luis Vargas, whom Chilean President Ana Soto met on Monday, praised the deal.",
    "Peruvian President Luis Vargas, whose meeting with Chilean President Ana Soto on Monday ran late, praised it.",
])
def test_a_relative_pronoun_is_the_one_its_clause_hangs_on(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "meeting", "2019-06-10", "occurred")]


def test_landing_in_a_capital_is_a_visit_to_its_state(extractor: Extractor) -> None:
    assert _contacts(extractor, "President Ana Soto landed in Quito on Monday.") == [
        (["Ana Soto", "STATE:Ecuador"], "visit", "2019-06-10", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on June 3 and Bolivian Foreign "
     "Minister Carlos Rojas on June 5.",
     [(["Ana Soto", "Carlos Rojas"], "meeting", "2019-06-05", "occurred"),
      (["Ana Soto", "Luis Vega"], "meeting", "2019-06-03", "occurred")]),
    ("Prime Minister Ken Ito held talks with Chinese Premier Li Qiang in Vientiane in October 2018, and with "
     "President Xi Jinping in Lima the following month.",
     [(["Ken Ito", "Li Qiang"], "meeting", "2018-10", "occurred"),
      (["Ken Ito", "Xi Jinping"], "meeting", "2018-11", "occurred")]),
    ("Chilean Foreign Minister Ana Soto called Peruvian Foreign Minister Luis Vega on Monday, and Bolivian Foreign "
     "Minister Carlos Rojas a day later.",
     [(["Ana Soto", "Carlos Rojas"], "phone_call", "2019-06-11", "occurred"),
      (["Ana Soto", "Luis Vega"], "phone_call", "2019-06-10", "occurred")]),
    ("Chilean Foreign Minister Ana Soto will meet Peruvian Foreign Minister Luis Vega on Monday and Bolivian Foreign "
     "Minister Carlos Rojas in July.",
     [(["Ana Soto", "Carlos Rojas"], "meeting", "2019-07", "planned"),
      (["Ana Soto", "Luis Vega"], "meeting", "2019-06-17", "planned")]),
    # not gapped: the side after "and" has a verb of its own, or no day of its own
    ("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega on Monday and Bolivian Foreign "
     "Minister Carlos Rojas on Tuesday accused her of bad faith.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-10", "occurred")]),
    ("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega and Bolivian Foreign Minister "
     "Carlos Rojas on Monday.", [(["Ana Soto", "Carlos Rojas", "Luis Vega"], "meeting", "2019-06-10", "occurred")]),
])
def test_a_gapped_conjunct_is_a_contact_of_its_own_on_its_own_day(
        extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker after the clause is no side, but the name right before the verb still is its subject
    ("There are no plans for Chilean President Ana Soto to meet Peruvian President Luis Vega, a spokesman said.",
     [(["Ana Soto", "Luis Vega"], "meeting", None, "denied")]),
    # a subject "it" of a clause a state tells is that state
    ("Moscow said it would be open to direct talks with Washington.",
     [(["STATE:Russia", "STATE:United States"], "meeting", None, "proposed")]),
    ("Chile, which says it will not meet Peru until the dispute is settled, voted against the motion.",
     [(["STATE:Chile", "STATE:Peru"], "meeting", None, "denied")]),
])
def test_the_subject_of_a_clause_told_by_someone_else(extractor: Extractor, text: str,
                                                      expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia has no intention of talking to the government in Kyiv.",
     [(["STATE:Russia", "STATE:Ukraine"], "contact", None, "denied")]),
    ("Washington will not negotiate with the regime in Tehran.",
     [(["STATE:Iran", "STATE:United States"], "contact", None, "denied")]),
])
def test_a_government_in_a_capital_is_that_capitals_state(extractor: Extractor, text: str,
                                                          expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_the_one_who_became_the_first_to_visit_is_the_visitor(extractor: Extractor) -> None:
    # (not "the first Turkish foreign minister" read as Turkey's unnamed one)
    text = ("Mevlut Cavusoglu and Sameh Shoukry spoke by phone in 2018 and met in Cairo in March 2019, when Cavusoglu "
            "became the first Turkish foreign minister to visit Egypt in a decade.")
    found = _contacts(extractor, text)
    assert (["Mevlut Cavusoglu", "Sameh Shoukry"], "visit", "2019-03", "occurred") in found
    assert not any("STATE:Turkey" in sides for sides, *_ in found)


def test_a_homologue_of_a_country_set_off_before_a_name_is_that_person(extractor: Extractor) -> None:
    # the parser hangs the name on the country as its apposition
    text = "Foreign Minister Jose Ayala Lasso spoke by telephone with his homologue of Peru, Fernando Trazegnies."
    assert _contacts(extractor, text)[0][0] == ["Fernando Trazegnies", "Jose Ayala Lasso"]


def test_a_pronoun_opening_a_sentence_takes_up_the_official_the_last_one_described(extractor: Extractor) -> None:
    # "The Kenyan leader had a busier day. His Tuesday meeting …": the one the description stands for, not the
    # subject named before it
    text = ("Peruvian Foreign Minister Ana Soto met Kenyan President Ali Moyo on Monday. The Kenyan leader had a "
            "busier day on Tuesday. His Tuesday meeting with Chilean President Luis Vega ran late.")
    assert (["Ali Moyo", "Luis Vega"], "meeting", "2019-06-11", "occurred") in _contacts(extractor, text)


def test_a_countrys_top_official_is_the_one_the_article_names(extractor: Extractor) -> None:
    text = ("Chinese Foreign Minister Wang Yi flew to Hanoi on Monday. Beijing's top diplomat met Vietnamese Prime "
            "Minister Pham Minh Chinh on Tuesday.")
    assert (["Pham Minh Chinh", "Wang Yi"], "meeting", "2019-06-11", "occurred") in _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade Minister Ana Soto of Peru met officials at the Chinese commerce ministry on Tuesday.",
     [(["Ana Soto", "STATE:China"], "meeting", "2019-06-11", "occurred")]),
    ("Trade Minister Ana Soto of Peru held talks with officials at Kenya's foreign ministry on Tuesday.",
     [(["Ana Soto", "STATE:Kenya"], "meeting", "2019-06-11", "occurred")]),
    ("Trade Minister Ana Soto of Peru met officials at the Peruvian embassy in Nairobi on Tuesday.", []),
])
def test_unnamed_officials_at_a_countrys_ministry_are_that_countrys(
        extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_a_verb_after_a_parenthetical_report_shares_the_reported_clauses_subject(extractor: Extractor) -> None:
    # "A will meet B …, her spokesman said, and plans to travel on": A plans, not the spokesman
    text = ("Foreign Minister Ana Soto will meet Kenyan President Ali Moyo in Nairobi on Monday, her spokesman said, "
            "and plans to travel on to Kampala on Wednesday.")
    assert _contacts(extractor, text) == [
        (["Ali Moyo", "Ana Soto"], "meeting", "2019-06-17", "planned"),
        (["Ana Soto", "STATE:Uganda"], "visit", "2019-06-19", "planned")]


def test_a_described_object_is_not_its_clauses_subject(extractor: Extractor) -> None:
    # the one person just named whose country goes unsaid is the subject himself: the leader is his host's state
    text = ("The call between Jair Bolsonaro and Alberto Fernandez changed everything. More talks may follow soon. "
            "Fernandez is due in Santiago on Tuesday for talks with the Chilean leader.")
    assert (["Alberto Fernandez", "STATE:Chile"], "visit", "2019-06-18", "planned") in _contacts(extractor, text)


def test_the_person_a_parser_took_from_an_empty_with_for_the_next_subject_is_its_object(extractor: Extractor) -> None:
    # "her Tuesday meeting with [U.S. Secretary of State X] had been useful": "with" left without its object
    text = ("Peruvian Foreign Minister Ana Soto said her Tuesday meeting with U.S. Secretary of State Antony Blinken "
            "had been useful.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Antony Blinken"], "meeting", "2019-06-11", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean officials denied that they had met Bolivian officials in Lima.",
     [(["STATE:Bolivia", "STATE:Chile"], "meeting", None, "denied")]),
    ("Peruvian diplomats said they would meet Ecuadorian officials in Quito on Monday.",
     [(["STATE:Ecuador", "STATE:Peru"], "meeting", "2019-06-17", "planned")]),
    ("Chilean and Bolivian officials said they had met in Lima on Monday.",
     [(["STATE:Bolivia", "STATE:Chile"], "meeting", "2019-06-10", "occurred")]),
    ("Chilean officials said they met on Monday.", []),
])
def test_they_in_what_unnamed_officials_tell_is_those_officials(extractor: Extractor, text: str,
                                                               expected: list[ContactRow]) -> None:
    assert contact_rows(extractor, text, PUB) == expected


def test_countries_of_the_office_officials_are_named_by_are_theirs(extractor: Extractor) -> None:
    text = "Greek and Turkish defence ministry officials held talks in Athens on Monday."
    assert contact_rows(extractor, text, PUB) == [
        (["STATE:Greece", "STATE:Turkey"], "meeting", "2019-06-10", "occurred")]


def test_the_two_sides_officials_are_those_of_the_two_countries_told(extractor: Extractor) -> None:
    text = "Chile and Bolivia have quarrelled over water for years. The two sides' negotiators met in Lima on Monday."
    assert contact_rows(extractor, text, PUB) == [
        (["STATE:Bolivia", "STATE:Chile"], "meeting", "2019-06-10", "occurred")]


def test_a_first_demonym_parsed_as_a_noun_joined_to_the_officials_is_theirs(extractor: Extractor) -> None:
    text = "Thai and Cambodian foreign ministers met on Monday in Kuala Lumpur."
    assert contact_rows(extractor, text, PUB) == [
        (["STATE:Cambodia", "STATE:Thailand"], "meeting", "2019-06-10", "occurred")]


@pytest.mark.parametrize("first", [
    # the foreign president was a subject too: the one whose country goes unsaid is the readout's own
    "President Ana Soto spoke by phone with President Luis Vega of Peru on Monday. Vega thanked her for the call.",
    # the host named as the agent of a passive is as much the one the story is about as a subject
    "On Monday, President Luis Vega of Peru was received by President Ana Soto.",
])
def test_the_president_is_the_readouts_own_one(extractor: Extractor, first: str) -> None:
    text = f"{first} The President has said that she is willing to meet the President of Bolivia, Jorge Vial."
    assert (["Ana Soto", "Jorge Vial"], "meeting", None, "proposed") in _contacts(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a head of government telling what "there" will be speaks of his own talks
    ("Prime Minister Jon Lind said on Monday there would be no talks with Swedish Prime Minister Erik Berg.",
     [(["Erik Berg", "Jon Lind"], "meeting", None, "denied")]),
    # a spokesman telling it stays no side
    ("Government spokesman Jon Lind said on Monday there would be no talks with Swedish Prime Minister Erik Berg.",
     []),
])
def test_a_leader_telling_there_will_be_talks_is_their_side(extractor: Extractor, text: str,
                                                            expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected
