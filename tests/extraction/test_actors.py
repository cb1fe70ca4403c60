"""Who the people of an article are: names found whole, and organizations not taken for people.

Each row is an invented sentence and the full set of person names the article's actors should hold.
"""

import datetime as dt

import pytest

from graph.extraction import Extractor
from graph.extraction.actors import ArticleActors

from .rows import ContactRow, contact_rows, people

PEOPLE = [
    # surnames and given names that begin with a capital outside A-Z
    ("Croatian Foreign Minister Gordan Šimić met Hungarian Foreign Minister Péter Ökrös in Zagreb.",
     {"Gordan Šimić", "Péter Ökrös"}),
    ("The chief of the army, General Kemal Özdemir, said the troops would stay, before meeting Polish President "
     "Tomasz Łukasik.", {"Kemal Özdemir", "Tomasz Łukasik"}),
    # particles inside a name, one or two of them, from one list the name keys share
    ("Foreign Minister Ana Soto met Ursula von der Leyen and Mohammed ibn Rashid in Rabat.",
     {"Ana Soto", "Ursula von der Leyen", "Mohammed ibn Rashid"}),
    ("Dutch Defence Minister Pieter van den Broek met Foreign Minister Ana Soto on Monday.",
     {"Pieter van den Broek", "Ana Soto"}),
    ("Foreign Minister Ana Soto met Dutch envoy Jan ter Horst and Moroccan envoy Youssef ben Salah.",
     {"Ana Soto", "Jan ter Horst", "Youssef ben Salah"}),
    # a capitalized particle that begins a place is no part of the name before it
    ("President Nicolás Maduro El Salvador's envoy met on Monday.", {"Nicolás Maduro"}),
    # names after countries' possessives, listed with each other, are people whatever the model calls them
    ("The talks were brokered by Brazil's Luiz Inácio Lula da Silva and Colombia's Gustavo Petro.",
     {"Luiz Inácio Lula da Silva", "Gustavo Petro"}),
    ("The talks in Dakar were brokered by Senegal's Macky Sall and Gambia's Adama Barrow.",
     {"Macky Sall", "Adama Barrow"}),
    # a city's name inside a name the model takes for an organization is the name's
    ("The talks in Lima were brokered by Ecuador's Daniel Noboa and Paraguay's Santiago Peña.",
     {"Daniel Noboa", "Santiago Peña"}),
    # full names listed after a plural title and its comma, one known to the model, are all people
    ("Ana Soto met the two envoys, Pablo Ruiz and Marco Rossi, in Quito on Monday.",
     {"Ana Soto", "Pablo Ruiz", "Marco Rossi"}),
    # a hyphenated surname after a possessive in such a list goes on past its inner hyphen
    ("Kenya's Amani Otieno-Wekesa, Uganda's Joseph Mbabazi and Rwanda's Claude Nsengi met in Arusha on Friday.",
     {"Amani Otieno-Wekesa", "Joseph Mbabazi", "Claude Nsengi"}),
    # newspapers after possessives, which begin with an article, are not
    ("Spain's El País and Italy's La Repubblica reported that President Ana Soto met Peru's Luis Vargas.",
     {"Ana Soto", "Luis Vargas"}),
    # a lone capitalized word after a title in lower case is no name ("the president Monday")
    ("The president Monday said that Foreign Minister Ana Soto would travel.", {"Ana Soto"}),
    # a full name in capitals is a name; a lone word in capitals is an abbreviation
    ("French President Emmanuel MACRON met German Chancellor Olaf SCHOLZ in Paris.",
     {"Emmanuel MACRON", "Olaf SCHOLZ"}),
    ("Foreign Minister Ana Soto said two JMSDF frigates and three ROKN destroyers would join the drill.",
     {"Ana Soto"}),
    # words inside an institution's name, after a title word ("National", "Security", "Air")
    ("Kenya's National Transport and Safety Authority announced the measure before Foreign Minister Ana Soto "
     "arrived.", {"Ana Soto"}),
    ("Foreign Minister Ana Soto met her Chilean counterpart at the Munich Security Conference.", {"Ana Soto"}),
    ("Foreign Minister Ana Soto arrived at Prince Abdullah Air Base on Monday.", {"Ana Soto"}),
    # an entity the model runs over a verb holds the names on either side of it
    ("Norwegian Defence Secretary Lund rang Okafor on Monday to press the point.", {"Lund", "Okafor"}),
    # a name that only ever modifies a common noun names a thing
    ("Foreign Minister Ana Soto told reporters outside the Miraflores residence that talks would resume.",
     {"Ana Soto"}),
    ("Foreign Minister Ana Soto said Patriot batteries would deploy to Poland.", {"Ana Soto"}),
    # "He" is a family name, not the honorific "H.E."
    ("Treasury Secretary Ana Ruiz held talks with Vice Premier He Lifeng in Guangzhou on Monday.",
     {"Ana Ruiz", "He Lifeng"}),
    # a surname that is also a street or building word is still a surname
    ("President Ana Ruiz met Senator Christopher Lane and Senator Frank Church in Lima on Monday.",
     {"Ana Ruiz", "Christopher Lane", "Frank Church"}),
    # "Amir" is a given name as well as an emir's title; a name the model stops one word short of goes on
    ("Pakistani Prime Minister Shehbaz Sharif and Afghan Taliban Foreign Minister Amir Khan Muttaqi held talks "
     "in Islamabad on Thursday.", {"Shehbaz Sharif", "Amir Khan Muttaqi"}),
    # a name the model cuts into two entities ("Abdullahi Sheikh | Farah") is one person
    ("Djiboutian President Ismail Omar Guelleh met Somali President Abdullahi Sheikh Farah in Djibouti.",
     {"Ismail Omar Guelleh", "Abdullahi Sheikh Farah"}),
    # a shorter form first (a headline) and the fuller form after it are one person
    ("Minister's call with Emirati Minister Abdullah bin Zayed\n\nForeign Minister Lena Holm spoke today with "
     "Emirati Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan.",
     {"Lena Holm", "Sheikh Abdullah bin Zayed Al Nahyan"}),
    # a Gulf name keeps the style written right before it, so that two of one family differ by more than the surname
    ("The emir, Sheikh Khalid bin Saud Al Faisal, received Foreign Minister Sheikh Hamad bin Nasser Al Faisal.",
     {"Sheikh Khalid bin Saud Al Faisal", "Sheikh Hamad bin Nasser Al Faisal"}),
    # a long Gulf name counts its words without the particles ("Al", "bin")
    ("His Majesty the Sultan received a call from His Highness Sheikh Mishal Al Ahmad Al Jaber Al Sabah, Amir of "
     "the State of Kuwait.",
     {"Sheikh Mishal Al Ahmad Al Jaber Al Sabah"}),
    # a gathering's name is no person, nor the office before a name part of it
    ("Foreign Minister Ana Soto said the talks will focus on the Male Security Conclave and the port.",
     {"Ana Soto"}),
    # an address or a building the model takes for a name is no person
    ("Prime Minister Rakesh Varma received the envoy at his residence at 9, Raj Vihar Marg.", {"Rakesh Varma"}),
    # a portfolio or a force the model takes for a name is no person
    ("Foreign Minister Ana Soto met Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, Kofi Mensah, and "
     "the head of the National Police.", {"Ana Soto", "Kofi Mensah"}),
    ("Foreign Minister Ana Soto and Foreign Minister Luis Vargas signed the Joint Declaration on Monday, and the "
     "Joint Declaration was published.", {"Ana Soto", "Luis Vargas"}),
    ("Foreign Minister Ana Soto opened the Peace and Security Center in Jakarta.", {"Ana Soto"}),
    # one spoken to is a person, though "to" is where places go; one travelled to is not
    ("Premier Vasquez spoke to Kowalczyk by telephone on Sunday.", {"Vasquez", "Kowalczyk"}),
    ("Foreign Minister Ana Soto travelled to Argyle on Monday.", {"Ana Soto"}),
    # names each set off by "of" and a country, listed together, whatever the model calls them
    ("Alija Hadžić of Bosnia, Dragan Ilić of Serbia and Goran Babić of Croatia signed the maps.",
     {"Alija Hadžić", "Dragan Ilić", "Goran Babić"}),
    # a seat of government the model read as a name with its article is the place, as typeset or not
    ("The Quai d'Orsay held talks with Foreign Minister Ana Soto on Monday.", {"Ana Soto"}),
    # a capitalized particle opening a sentence begins the surname of the person named in full before
    ("Brazilian President Marcos Paulo da Costa spoke by phone with Chilean President Jorge Vial on Monday. Da "
     "Costa later met Peruvian President Luis Vega.",
     {"Marcos Paulo da Costa", "Jorge Vial", "Luis Vega"}),
    # a short given name the parser took for a function word ("To", "Do") still opens the titled name
    ("General Secretary To Khanh met Laotian President Sone Vilay in Hanoi on Thursday.", {"To Khanh", "Sone Vilay"}),
    ("General Secretary Do Khanh met Laotian President Sone Vilay in Hanoi on Thursday.", {"Do Khanh", "Sone Vilay"}),
    # a title in the plural before two holders' names is neither's name
    ("A meeting between Presidents Vargas and Ruiz is planned for November.", {"Vargas", "Ruiz"}),
    ("The last encounter between the Presidents Mahuad and Fujimori took place in Washington.",
     {"Mahuad", "Fujimori"}),
    # a form of address is no part of the name, and the name goes on to the head the model stopped short of
    ("Don Rodrigo Salas Varela, the Ambassador of Peru in Quito, called on Foreign Minister Ana Soto on Monday.",
     {"Rodrigo Salas Varela", "Ana Soto"}),
    ("Myanmar's Foreign Minister U Kyaw Lwin met Chinese Foreign Minister Li Ping in Kunming on Monday.",
     {"Kyaw Lwin", "Li Ping"}),
    ("Tan Sri Rahim Osman met Indonesian Defence Minister Budi Santoso in Kuala Lumpur on Friday.",
     {"Rahim Osman", "Budi Santoso"}),
    ("Alhaji Musa Bello, Nigeria's Vice President, met Ghanaian President Kwame Asante in Accra on Monday.",
     {"Musa Bello", "Kwame Asante"}),
    # capitalized words after a form of address are a name, whatever the model calls them
    ("Dato' Seri Rahim Osman, Malaysia's Foreign Minister, met Thai Foreign Minister Somchai Srisuk on Monday.",
     {"Rahim Osman", "Somchai Srisuk"}),
    ("Doña Carmen Rojas Vial met President Luis Vega in Lima on Monday.", {"Carmen Rojas Vial", "Luis Vega"}),
    # but not inside a place's or an institution's name
    ("Foreign Minister Ana Soto visited the Tun Razak Exchange in Kuala Lumpur and met Prime Minister Rahim Osman.",
     {"Ana Soto", "Rahim Osman"}),
    # but a form of address that is also a given name or a surname is the name's own word before a short name
    ("Trade Minister Don Hartley met Foreign Minister Ana Soto in Lima on Monday.", {"Don Hartley", "Ana Soto"}),
    ("Trade Minister Tan Wei Ming met Malaysian Trade Minister Rahim Osman in Singapore on Friday.",
     {"Tan Wei Ming", "Rahim Osman"}),
    # a name after a title with a hyphenated suffix ("president-elect") is a person
    ("Indonesia's president-elect Budi Santoso met Chinese President Li Ping in Beijing on Monday.",
     {"Budi Santoso", "Li Ping"}),
    # Spanish surnames joined by "y" are one name
    ("Peru's Foreign Minister Elmer Salas y Varela met Chilean President Ana Soto in Lima on Tuesday.",
     {"Elmer Salas y Varela", "Ana Soto"}),
    # a full name the model takes for an organization, as the "with"-side of a contact noun
    ("Hakan Fidan is expected to hold talks with Badr Abdelatty in Cairo next week, diplomats said.",
     {"Hakan Fidan", "Badr Abdelatty"}),
    # a titled name the model takes for a place it does not know is still a name
    ("Indonesian President Joko Susilo welcomed Malaysia's Anwar Rahman to Jakarta on Thursday.",
     {"Joko Susilo", "Anwar Rahman"}),
    # the subject of "held talks with"
    ("Shinzo Tanabe held talks with Nicolas Arce in Geneva on Monday.", {"Shinzo Tanabe", "Nicolas Arce"}),
    # the object of a contact verb, though the model takes it for a place it does not know
    ("On Monday, Fode Camara telephoned Sekou Doumbia to discuss the crisis.", {"Fode Camara", "Sekou Doumbia"}),
    # a name with an inner hyphen where only a person stands
    ("Ghana's Kojo Akufo-Mensah hosted Togo's Yao Agbeko on Sunday.", {"Kojo Akufo-Mensah", "Yao Agbeko"}),
    # the "from"-side of a contact noun, though the model takes the name for a building
    ("Foreign Minister Ana Soto received a phone call from Rustam Kholmatov on Monday.",
     {"Ana Soto", "Rustam Kholmatov"}),
    # a given name the model takes for a people it does not know
    ("Foreign Minister Ana Soto received a phone call from Mamadou Ndiaye on Monday.", {"Ana Soto", "Mamadou Ndiaye"}),
    # a Korean given name whose lower-case last syllable the parser took for a common noun
    ("Foreign Minister Ana Soto met South Korea's Yoon Hye-jin in Lima on Monday.", {"Yoon Hye-jin", "Ana Soto"}),
    ("North Korea's Ri Son-gwon spoke by phone with Foreign Minister Ana Soto on Wednesday.",
     {"Ri Son-gwon", "Ana Soto"}),
    # a given name that is also a function word, capitalized inside the sentence before the surname
    ("Foreign Minister Ana Soto will meet Can Aydın in Lima next week.", {"Can Aydın", "Ana Soto"}),
    # a given name tagged a common noun, inside one entity with the surname
    ("Thanathip Srisuk and Foreign Minister Ana Soto met in Lima on Monday.", {"Thanathip Srisuk", "Ana Soto"}),
    # either side of a contact noun's "between"
    ("A meeting between Rustam Kholmatov and Foreign Minister Ana Soto took place in Lima on Monday.",
     {"Rustam Kholmatov", "Ana Soto"}),
    ("Talks between Foreign Minister Ana Soto and Ousmane Diallo ended in Lima on Monday.",
     {"Ousmane Diallo", "Ana Soto"}),
    # the owner of a contact noun
    ("Ousmane Diallo's meeting with Foreign Minister Ana Soto on Monday lasted two hours.",
     {"Ousmane Diallo", "Ana Soto"}),
    # a surname the model calls a people it does not know; a given name parsed as the surname's adjective
    ("Ararat Mirzoyan hosted Foreign Minister Ana Soto in Armenia on Monday.", {"Ararat Mirzoyan", "Ana Soto"}),
    ("Onur Çelik hosted Foreign Minister Ana Soto in Turkey on Monday.", {"Onur Çelik", "Ana Soto"}),
    # a titled given name the tagger took for a verb
    ("Foreign Minister Ana Soto met Bhutanese Foreign Minister Tshering Dorji on Monday.",
     {"Tshering Dorji", "Ana Soto"}),
    # the subject a contact verb or noun shares with the clause it hangs in
    ("\"We agreed on a lot,\" Ousmane Diallo said after meeting Foreign Minister Ana Soto in Lima on Monday.",
     {"Ousmane Diallo", "Ana Soto"}),
    ("Rustam Kholmatov joined Foreign Minister Ana Soto for talks in Lima on Monday.",
     {"Rustam Kholmatov", "Ana Soto"}),
    # letters after a name say a seat or an honour, and are no part of it
    ("Foreign Secretary David Okoro MP met Foreign Minister Ana Soto in London on Monday.",
     {"David Okoro", "Ana Soto"}),
    ("Foreign Minister Ana Soto telephoned Sir Alan Gray KCMG on Monday.", {"Alan Gray", "Ana Soto"}),
    # a hyphenated given name the model began after its hyphen, or whose first word hangs on the second
    ("Jean-Claude Mbarga held talks with Foreign Minister Ana Soto in Lima on Tuesday.",
     {"Jean-Claude Mbarga", "Ana Soto"}),
    ("Foreign Minister Ana Soto met Cameroon's Jean-Claude Mbarga in Lima on Monday.",
     {"Jean-Claude Mbarga", "Ana Soto"}),
    ("Foreign Minister Ana Soto telephoned Fiame Naomi Mata'afa on Monday.", {"Fiame Naomi Mata'afa", "Ana Soto"}),
    ("The talks brought together Ana Soto of Chile, Jean-Claude Mbarga of Cameroon and Luis Vega of Peru.",
     {"Jean-Claude Mbarga", "Ana Soto", "Luis Vega"}),
]


@pytest.mark.parametrize(("text", "names"), PEOPLE, ids=[max(sorted(c[1]), key=len) for c in PEOPLE])
def test_people(extractor: Extractor, text: str, names: set[str]) -> None:
    assert people(extractor, text) == names


# A bare surname the model takes for a place, an organization or nothing is a person where only a person stands.
BARE_SURNAMES = [
    # the other side of a contact with a known person: subject, object, "with", "from", a "who" clause
    ("Halvorsen spoke with Foreign Minister Ana Soto by phone on Sunday.", {"Halvorsen", "Ana Soto"}),
    ("Okafor met Foreign Minister Ana Soto in Lagos on Monday.", {"Okafor", "Ana Soto"}),
    ("Foreign Minister Ana Soto held talks with Lindqvist in Oslo on Tuesday.", {"Ana Soto", "Lindqvist"}),
    ("Foreign Minister Ana Soto received a call from Lindqvist on Tuesday.", {"Ana Soto", "Lindqvist"}),
    ("Halvorsen, who spoke to Foreign Minister Ana Soto on Monday, urged calm.", {"Halvorsen", "Ana Soto"}),
    ("Halvorsen will travel to Lima next week to meet Foreign Minister Ana Soto.", {"Halvorsen", "Ana Soto"}),
    # coordinated with a known person
    ("Okafor and Foreign Minister Ana Soto discussed trade on Friday.", {"Okafor", "Ana Soto"}),
    ("Halvorsen would be willing to meet Foreign Minister Ana Soto in Lima.", {"Halvorsen", "Ana Soto"}),
    ("Foreign Minister Ana Soto met Argentina's Okafor in Lima on Monday.", {"Ana Soto", "Okafor"}),
    ("The minister received Valdes, Commander of the Northern Fleet, on Thursday.", {"Valdes"}),
    # described as a person: a title before it, in apposition or set off by commas; "he" later in the sentence
    ("Foreign ministry spokeswoman Hakobyan said no meeting had taken place.", {"Hakobyan"}),
    ("Official Spokesperson, Shri Okafor: Good afternoon, friends.", {"Okafor"}),
    ("Halvorsen, the Norwegian foreign minister, arrived in Lima on Monday.", {"Halvorsen"}),
    ("On Monday the Chilean ambassador, Larrain, called on Foreign Minister Ana Soto at the ministry.",
     {"Larrain", "Ana Soto"}),
    ("After talks chaired by the bloc's foreign policy chief, Lindqvist, the two prime ministers signed the deal.",
     {"Lindqvist"}),
    ("The call with the Minister of Defence of the Republic of Bulgaria, Okafor, lasted an hour.", {"Okafor"}),
    ("Halvorsen said he would meet Okafor in Oslo.", {"Halvorsen", "Okafor"}),
    ("Halvorsen flew to Lima on Tuesday, where he met Okafor.", {"Halvorsen", "Okafor"}),
    # groups, firms and outlets stand there too: named in the lexicon, written with "the", or reporting
    ("Hamas and Fatah held talks in Cairo on Monday.", set()),
    ("Foreign Minister Ana Soto and Hamas have not held direct talks.", {"Ana Soto"}),
    ("Reuters spoke to Foreign Minister Ana Soto on Monday.", {"Ana Soto"}),
    ("Meduza spoke to Foreign Minister Ana Soto on Monday. Meduza reported that talks would resume.", {"Ana Soto"}),
    ("Kataib met Foreign Minister Ana Soto in Doha. The Kataib said talks went well.", {"Ana Soto"}),
    ("Foreign Minister Ana Soto met Gazprom executives in Oslo.", {"Ana Soto"}),
    ("Foreign Minister Ana Soto met Kurds in Erbil.", {"Ana Soto"}),
    # what one discusses or visits is no side
    ("Foreign Minister Ana Soto discussed Essequibo with Okafor.", {"Ana Soto", "Okafor"}),
    # a surname the model takes for a work's title or a building is a person where only a person stands
    ("Widodo and Marcos held talks in Manila on Tuesday. Widodo later met Romualdez.",
     {"Widodo", "Marcos", "Romualdez"}),
]


@pytest.mark.parametrize(("text", "names"), BARE_SURNAMES, ids=[c[0][:40] for c in BARE_SURNAMES])
def test_bare_surnames(extractor: Extractor, text: str, names: set[str]) -> None:
    assert people(extractor, text) == names


def test_a_bare_surname_met_is_a_side_of_the_meeting(extractor: Extractor) -> None:
    extraction = extractor.extract("Okafor met Foreign Minister Ana Soto in Lagos on Monday.", dt.date(2024, 5, 8))
    meetings = [sorted(p.label for p in c.participants) for c in extraction.contacts if c.type == "meeting"]
    assert meetings == [["Ana Soto", "Okafor"]]


def test_a_name_that_ends_in_a_kin_word_is_a_side_not_a_relative(extractor: Extractor) -> None:
    text = "Vietnamese Foreign Minister Bui Thanh Son met Lao Prime Minister Sonexay Siphandone in Vientiane on Monday."
    assert contact_rows(extractor, text, dt.date(2024, 5, 8)) == [
        (["Bui Thanh Son", "Sonexay Siphandone"], "meeting", "2024-05-06", "occurred")]


def test_a_bare_name_two_people_share_is_not_the_one_named_only_to_describe_the_other(extractor: Extractor) -> None:
    text = ("Kim Su Ryon, the aunt of North Korean leader Kim Jong Un, met South Korean envoy Park Min-ho in Pyongyang "
            "on Monday. Kim later hosted Park at a dinner.")
    actors = ArticleActors(extractor.nlp(text), extractor.lexicon, extractor.place_matcher)
    later = next(t for t in actors.doc if t.text == "Kim" and t.nbor(1).text == "later")
    assert actors.person_at[later.i].name == "Kim Su Ryon"


def test_a_word_after_a_dash_set_off_by_spaces_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = ("The accord crowned a meeting on Tuesday of the Baltic interior ministers - Lena Brandt, Estonia's "
            "Mart Kask, Lithuania's Jonas Petraitis - in Riga.")
    assert "Jonas Petraitis" in people(extractor, text)


def test_an_arabic_surname_without_its_article_is_the_same_person(extractor: Extractor) -> None:
    text = ("Egyptian President Abdel Karim al-Masri arrived in Khartoum on Monday. On Tuesday, Masri telephoned "
            "Kenyan President Daniel Otieno.")
    extraction = extractor.extract(text, dt.date(2021, 3, 3))
    assert {o.name for o in extraction.officials} == {"Abdel Karim al-Masri", "Daniel Otieno"}
    calls = [sorted(p.label for p in c.participants) for c in extraction.contacts if c.type == "phone_call"]
    assert calls == [["Abdel Karim al-Masri", "Daniel Otieno"]]


def test_a_bare_name_two_people_share_is_the_one_just_named_or_else_the_one_the_story_is_about(
        extractor: Extractor) -> None:
    text = ("North Korean leader Kim Jong Un will not attend the talks, state media said. Kim Jong Un has instead "
            "sent his first vice foreign minister, Kim Kye Gwan, to Geneva. Kim said the delegation would listen. "
            "The talks follow weeks of tension along the border, where both armies have reinforced their positions "
            "and exchanged warnings through loudspeakers. In March, Kim met Chinese President Xi Jinping in Dalian.")
    rows = contact_rows(extractor, text, dt.date(2019, 6, 14))
    assert (["Kim Jong Un", "Xi Jinping"], "meeting", "2019-03", "occurred") in rows
    actors = ArticleActors(extractor.nlp(text), extractor.lexicon, extractor.place_matcher)
    said = next(t for t in actors.doc if t.text == "Kim" and t.nbor(1).text == "said")
    assert actors.person_at[said.i].name == "Kim Kye Gwan"


def test_a_first_name_inside_a_place_name_is_no_mention_of_that_person(extractor: Extractor) -> None:
    text = ("Foreign Minister Ana Soto met Peru's Carlos Vega on Monday. On Friday, Vice Minister Luis Mora hosted "
            "a lunch at the Palacio de San Carlos.")
    officials = {o.name: o.aliases for o in extractor.extract(text, dt.date(2022, 8, 22)).officials}
    assert "Carlos" not in officials["Carlos Vega"]


@pytest.mark.parametrize("quote", ["'", "’"])
def test_a_seat_of_government_with_an_apostrophe_is_its_state(extractor: Extractor, quote: str) -> None:
    text = f"The Quai d{quote}Orsay held talks with Tokyo on Monday."
    assert contact_rows(extractor, text, dt.date(2026, 2, 12)) == \
        [(["STATE:France", "STATE:Japan"], "meeting", "2026-02-09", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan and South Sudan agreed to resume talks. On Monday, the South called off the talks with Khartoum that "
     "had been set for March 3.", (["STATE:South Sudan", "STATE:Sudan"], "meeting", "2026-03-03", "cancelled")),
    ("Army officers from North and South Korea met on Monday in Panmunjom.",
     (["STATE:North Korea", "STATE:South Korea"], "meeting", "2026-02-09", "occurred")),
])
def test_the_half_of_a_states_name_alone_names_that_state(extractor: Extractor, text: str,
                                                          expected: ContactRow) -> None:
    assert expected in contact_rows(extractor, text, dt.date(2026, 2, 12))


def test_two_offices_described_before_their_holders_are_named_are_the_holders_in_that_order(
        extractor: Extractor) -> None:
    text = ("Ghana's president spoke by phone on Wednesday with Togo's leader. President Kofi Mensah told President "
            "Yao Agbeko that Accra was ready to help.")
    assert contact_rows(extractor, text, dt.date(2024, 5, 10)) == [
        (["Kofi Mensah", "Yao Agbeko"], "phone_call", "2024-05-08", "occurred")]


def test_a_generational_suffix_set_off_by_a_comma_is_part_of_the_name(extractor: Extractor) -> None:
    text = "President Daniel K. Moraa, Jr. spoke today with Prime Minister Kofi Mensah of Ghana."
    assert contact_rows(extractor, text, dt.date(2024, 5, 10)) == [
        (["Daniel K. Moraa", "Kofi Mensah"], "contact", "2024-05-10", "occurred")]


def test_a_name_after_a_form_of_address_or_before_an_office_in_apposition_is_a_person_wherever_it_stands(
        extractor: Extractor) -> None:
    text = ("Hon. Kofi Mensah, Minister of Foreign Affairs, called on H.E. Ruwan Perera, President of Sri Lanka, at "
            "the Presidential Secretariat.")
    assert contact_rows(extractor, text, dt.date(2024, 5, 10)) == [
        (["Kofi Mensah", "Ruwan Perera"], "meeting", "2024-05-10", "occurred")]


def test_an_object_pronoun_is_the_person_a_relative_clause_of_the_subject_named(extractor: Extractor) -> None:
    # "Soto, who met Vega in Geneva, called him": Vega is in a clause of the subject, not its subject
    text = "President Ana Soto, who met President Luis Vega in Geneva two years ago, called him on Friday."
    assert contact_rows(extractor, text, dt.date(2024, 6, 14)) == [
        (["Ana Soto", "Luis Vega"], "meeting", "2022", "occurred"),
        (["Ana Soto", "Luis Vega"], "phone_call", "2024-06-14", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    # a second verb sharing the subject: "him" is the one met, not the subject
    ("Minister Petra Holm met Minister Ivo Kask in Tallinn on Monday, and spoke with him by phone on Thursday.",
     [(["Ivo Kask", "Petra Holm"], "meeting", "2024-06-10", "occurred"),
      (["Ivo Kask", "Petra Holm"], "phone_call", "2024-06-13", "occurred")]),
    # a gerund after a preposition takes the main clause's subject
    ("President Ana Soto met President Luis Vega in Quito on Friday, a day after talking with him by phone.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2024-06-14", "occurred"),
      (["Ana Soto", "Luis Vega"], "phone_call", "2024-06-13", "occurred")]),
    # the one invited to visit is the one met, not the host
    ("Minister Petra Holm received Minister Ivo Kask on Monday and invited him to visit Oslo.",
     [(["Ivo Kask", "Petra Holm"], "meeting", "2024-06-10", "occurred"),
      (["Ivo Kask", "Petra Holm"], "visit", None, "proposed")]),
    # a subject pronoun of the object's own clause: "him" is not the one "she" is, sentences back either
    ("Minister Petra Holm phoned Minister Ivo Kask on Monday. She invited him to visit Oslo in July.",
     [(["Ivo Kask", "Petra Holm"], "phone_call", "2024-06-10", "occurred"),
      (["Ivo Kask", "Petra Holm"], "visit", "2024-07", "proposed")]),
    ("Minister Ivo Kask met Minister Petra Holm in Tallinn on Monday. Kask will host her in Riga in July.",
     [(["Ivo Kask", "Petra Holm"], "meeting", "2024-06-10", "occurred"),
      (["Ivo Kask", "Petra Holm"], "meeting", "2024-07", "planned")]),
    # the same object pronoun again in the sentence is the same person, not the subject of the clause before
    ("Minister Ivo Kask arrived in Oslo on Monday. Minister Petra Holm received him at the ministry, and Premier "
     "Jon Lind hosted him for dinner.",
     [(["Ivo Kask", "Jon Lind"], "meeting", "2024-06-10", "occurred"),
      (["Ivo Kask", "Petra Holm"], "meeting", "2024-06-10", "occurred"),
      (["Ivo Kask", "STATE:Norway"], "visit", "2024-06-10", "occurred")]),
])
def test_an_object_pronoun_is_not_the_subject_its_clause_shares(
        extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert contact_rows(extractor, text, dt.date(2024, 6, 14)) == expected


def test_a_pronoun_after_a_sentence_about_someone_is_the_owner_of_its_subject(extractor: Extractor) -> None:
    # "Soto's own trip looked thin. She stopped in …": the one the last sentence was about, not the subject named
    # before it
    text = ("President Luis Vega welcomed Premier Ivo Kask in Quito on Monday. President Ana Soto's own trip looked "
            "thin by comparison. She stopped in Mombasa on Tuesday.")
    assert contact_rows(extractor, text, dt.date(2024, 6, 14)) == [
        (["Ana Soto", "STATE:Kenya"], "visit", "2024-06-11", "occurred"),
        (["Ivo Kask", "Luis Vega"], "meeting", "2024-06-10", "occurred")]


def test_a_style_both_sexes_bear_says_nothing_of_the_pronoun(extractor: Extractor) -> None:
    # "Sheikh" is a style of women too (Sheikh Hasina): "She" is still the one just named
    text = ("Bangladeshi Prime Minister Sheikh Hasina flew to New Delhi on Monday. She met Indian Prime Minister "
            "Narendra Modi on Tuesday.")
    assert (["Narendra Modi", "Sheikh Hasina"], "meeting", "2024-05-14", "occurred") in contact_rows(
        extractor, text, dt.date(2024, 5, 15))


def test_a_name_listed_with_its_country_is_that_countrys_whatever_the_tagger_called_its_words(
        extractor: Extractor) -> None:
    # "Thongsing" is tagged a gerund; the last word of "Hun Sen" is also a title ("Sen."), and no office of the
    # name after it
    text = "The leaders are Hun Sen of Cambodia, Thongsing Vongsa of Laos and Somchai Rattana of Thailand."
    actors = ArticleActors(extractor.nlp(text), extractor.lexicon, extractor.place_matcher)
    assert {p.name: (p.country, p.role) for p in actors.persons} == {
        "Hun Sen": ("Cambodia", None), "Thongsing Vongsa": ("Laos", None), "Somchai Rattana": ("Thailand", None)}


def test_an_office_held_now_is_not_displaced_by_one_held_before(extractor: Extractor) -> None:
    # a later, longer description of an office once held leaves the president the president
    text = ("Argentina's new president, Nestor Kalvan, arrived in Brasilia on Monday. Kalvan, a former governor of "
            "Santa Cruz province, was greeted at the airport by the foreign minister. On Tuesday the Argentine "
            "president met Brazilian President Luis Vega.")
    assert (["Luis Vega", "Nestor Kalvan"], "meeting", "2024-05-07", "occurred") in contact_rows(
        extractor, text, dt.date(2024, 5, 8))


@pytest.mark.parametrize(("text", "expected"), [
    ("Luis Vega, the ambassador to Chile, met Chilean Foreign Minister Ana Soto in Santiago on Monday.",
     (None, "Ambassador to Chile")),
    ("Ambassador to Chile Luis Vega called on Chilean President Ana Soto on Monday.", (None, "Ambassador to Chile")),
    ("Luis Vega, Peru's ambassador to Chile, met Chilean Foreign Minister Ana Soto on Monday.",
     ("Peru", "Ambassador to Chile")),
    # the name set off after the place, which the parser hangs it on
    ("The Peruvian envoy to Chile, Luis Vega, met Chilean Foreign Minister Ana Soto on Monday.",
     ("Peru", "Envoy to Chile")),
    ("Chilean Foreign Minister Ana Soto met the Peruvian special envoy for Chile, Luis Vega, in Santiago.",
     ("Peru", "Special envoy for Chile")),
])
def test_the_country_an_envoy_is_posted_to_is_not_his_own(extractor: Extractor, text: str,
                                                           expected: tuple[str | None, str]) -> None:
    actors = ArticleActors(extractor.nlp(text), extractor.lexicon, extractor.place_matcher)
    assert {p.name: (p.country, p.role) for p in actors.persons}["Luis Vega"] == expected


def test_a_given_name_the_parser_took_for_a_preposition_is_the_one_met(extractor: Extractor) -> None:
    text = "On Tuesday, Foreign Minister Ana Soto met Than Swe in Lima."
    assert contact_rows(extractor, text, dt.date(2024, 5, 8)) == [
        (["Ana Soto", "Than Swe"], "meeting", "2024-05-07", "occurred")]


def test_the_leader_of_a_countrys_delegation_serves_that_country(extractor: Extractor) -> None:
    text = ("Defence Minister Kamal Rana led Nepal's delegation to the talks. The Bhutanese team, headed by Vice "
            "Minister Sonam Dorji, arrived on Monday.")
    actors = ArticleActors(extractor.nlp(text), extractor.lexicon, extractor.place_matcher)
    assert {p.name: p.country for p in actors.persons} == {"Kamal Rana": "Nepal", "Sonam Dorji": "Bhutan"}
