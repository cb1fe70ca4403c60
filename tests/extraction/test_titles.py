"""Titles, roles and countries of people, one way of writing them per row (the project's own sentences)."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import contact_rows

CASES = [
    # title before the name, with a demonym
    ("Turkish Foreign Minister Mevlut Cavusoglu spoke with Greek Foreign Minister Nikos Dendias.",
     "Mevlut Cavusoglu", "Turkey", "Foreign Minister"),
    # apposition after the name
    ("Nikos Dendias, Greece's top diplomat, spoke with Mevlut Cavusoglu, the Turkish foreign minister.",
     "Mevlut Cavusoglu", "Turkey", "Foreign minister"),
    # the name in apposition to the title
    ("Qatar's prime minister, Sheikh Khalid bin Nasser, met French President Emmanuel Macron.",
     "Sheikh Khalid bin Nasser", "Qatar", "Prime minister"),
    # a seat of government as the country word
    ("Kremlin spokesman Dmitry Peskov said Putin would call Macron.", "Dmitry Peskov", "Russia",
     "Kremlin spokesman"),
    # two-word demonym
    ("South Korean Defence Minister Lee Jong-sup telephoned his US counterpart.", "Lee Jong-sup",
     "South Korea", "Defence Minister"),
    # a titled name the model may take for an organization
    ("Chancellor Olaf Scholz met Polish President Andrzej Duda in Berlin.", "Olaf Scholz", None, "Chancellor"),
    # two offices joined by "and" are one title, and the country before them is the person's
    ("Envoys met Oman's prime minister and foreign minister, Sayyid Badr Hamad, in Muscat.",
     "Badr Hamad", "Oman", "Prime minister and foreign minister"),
    # the counterpart takes the office of the person named last before him, not of the longest name
    ("Thai Defence Minister Somchai Srisuk and Foreign Minister Maris Sangiampong Lee met his Cambodian "
     "counterpart, General Sok Chea, in Phnom Penh.", "Sok Chea", "Cambodia", "Foreign Minister"),
    # in a list of titled names, a title after a name belongs to the next name, not to it
    ("Chancellor Hans Vogel met President of Chile Ana Rojas, President of Peru Luis Vega and others.",
     "Ana Rojas", "Chile", "President"),
    # a long Arabic name with particles after the title
    ("The minister was received by Emir Sheikh Hamad al-Khalid al-Nasser in Doha.",
     "Sheikh Hamad al-Khalid al-Nasser", None, "Emir"),
    # a name after "<title>," that the parser reads as a list item
    ("The plan came after talks between Egypt's top intelligence official, Karim Fouad, and Israeli envoy "
     "Dan Levin.", "Karim Fouad", "Egypt", "Intelligence official"),
    # a counterpart holds the office of the person named before: his own title is only a rank
    ("Peruvian Defence Minister Jorge Salas and his Chilean counterpart, General Rodrigo Vial, met in Arica.",
     "Rodrigo Vial", "Chile", "Defence Minister"),
    # a Korean given name ends on the lower-case syllable after its hyphen
    ("The summit drew Prime Minister of Japan Taro Kono and President of the Republic of Korea Park Geun-hye.",
     "Park Geun-hye", "South Korea", "President"),
    ("Present were President of Vietnam Vo Van Thuong and President of the Republic of Korea Choi Sang-mok.",
     "Choi Sang-mok", "South Korea", "President"),
    # a full name the model takes for an organization, with its title in apposition after it; the title
    # serves a person of a country, so it is that country's
    ("The talks were attended by Marta Quiroga, chief security adviser to Chile's President Luis Vega.",
     "Marta Quiroga", "Chile", "Chief security adviser"),
    # a title in lower case before the name
    ("Rwanda denied it, and government spokeswoman Alinta Mukeshimana told Great Lakes Radio by phone that the "
     "claim was false.", "Alinta Mukeshimana", None, "Government spokeswoman"),
    # a title chained through an institution and a country with a possessive inside it
    ("Premier of the State Council of the People's Republic of China Zhang Wei met President Ana Soto in Lima.",
     "Zhang Wei", "China", "Premier of the State Council"),
    ("Vice Chairman of the Central Military Commission of the People's Republic of China Liu Jianguo met the "
     "US envoy.", "Liu Jianguo", "China", "Vice Chairman of the Central Military Commission"),
    # an office with its portfolio after "for", the country before the title
    ("On Monday Danish Minister for Foreign Affairs Mette Lund received the envoy, the head of Latvian diplomacy.",
     "Mette Lund", "Denmark", "Minister for Foreign Affairs"),
    # but one who serves someone "for" holds no title of his
    ("A spokesman for Chilean President Ana Rojas said the talks would go on.", "Ana Rojas", "Chile", "President"),
    # a country set off by "of" right after the name, in a list of such names
    ("Armen Sarkisyan of Armenia, Giorgi Beridze of Georgia and Elnur Mammadov of Azerbaijan met in Geneva.",
     "Giorgi Beridze", "Georgia", None),
    # a form of address between the office and the name is no part of either
    ("The envoy called on Prime Minister Shri Rakesh Varma in the capital.", "Rakesh Varma", None, "Prime Minister"),
    ("Foreign Minister Senator the Hon. Marcia Bennett met the Kenyan envoy.", "Marcia Bennett", None,
     "Foreign Minister Senator"),
    # letters after the name ("PC", "MP") stand between it and its title
    ("Foreign Minister Arun Mehta received Hon. K.L.M. Ravi Perera, PC, Minister of Justice of Nepal, on Monday.",
     "K.L.M. Ravi Perera", "Nepal", "Minister of Justice"),
    # an office joined by "and" after a membership ("Member of the … Committee and Foreign Minister")
    ("Liu Ming, Member of the Standing Committee of the Central Military Commission and Defence Minister, met "
     "Peruvian President Ana Soto.", "Liu Ming", None, "Defence Minister"),
    # "Amir" is an emir's title, not a person
    ("The king received a call from Sheikh Hamad bin Khalid Al Nasser, Amir of the State of Qatar.",
     "Sheikh Hamad bin Khalid Al Nasser", "Qatar", "Amir"),
    # an emperor's title is a title (his country and role), kept before his one regnal name as monarchs are known
    ("King Carl Lund hosted Japanese Emperor Akihiko at the palace on Tuesday.", "Emperor Akihiko", "Japan",
     "Emperor"),
    # a hyphenated title the tokenizer cut in three is one role
    ("Deputy Secretary-General Amina Lund met Peruvian President Luis Vega in Lima.", "Amina Lund", None,
     "Deputy Secretary-General"),
    # "Chairperson" is a title, not the start of a name
    ("AU Commission Chairperson Amina Lund met Peruvian President Luis Vega in Lima.", "Amina Lund", None,
     "AU Commission Chairperson"),
    # an aide named through the one he serves is of that one's country
    ("Peruvian President Luis Vega stayed home. Vega's foreign policy adviser Jorge Vial met Chilean President Ana "
     "Soto in Santiago.", "Jorge Vial", "Peru", "Foreign policy adviser"),
    # the country of the person before "and" is not the title of the one after it
    ("Prime Minister Ana Soto met President Jorge Vial of Chile and President Vega of Peru on the sidelines of "
     "the summit.", "Vega", "Peru", "President"),
    # countries listed together, then their people in the same order
    ("The foreign ministers of Chile and Peru, Jorge Vial and Luis Vega, met in Lima on Monday.", "Jorge Vial",
     "Chile", "Foreign minister"),
    ("The foreign ministers of Chile and Peru, Jorge Vial and Luis Vega, met in Lima on Monday.", "Luis Vega",
     "Peru", "Foreign minister"),
    # a Gulf style before a single name stays with it, as before a full one
    ("Qatari Prime Minister Sheikh Khalid met Peruvian President Luis Vega in Doha on Monday.", "Sheikh Khalid",
     "Qatar", "Prime Minister"),
    # a title with a hyphenated suffix is still the title, and its country the person's
    ("Indonesia's president-elect Budi Santoso met Chinese President Li Ping in Beijing on Monday.",
     "Budi Santoso", "Indonesia", "President-elect"),
    ("Prime Minister-designate Rahim Osman met Thai Foreign Minister Somchai Srisuk on Monday.", "Rahim Osman",
     None, "Prime Minister-designate"),
    # a form of address between the country's office and the name is neither
    ("Tan Sri Rahim Osman, Malaysia's Foreign Minister, met Thai Foreign Minister Somchai Srisuk on Monday.",
     "Rahim Osman", "Malaysia", "Foreign Minister"),
    # the country in a title after the name is the person's, no part of the role
    ("Don Rodrigo Salas Varela, the Ambassador of Peru in Quito, called on Foreign Minister Ana Soto on Monday.",
     "Rodrigo Salas Varela", "Peru", "Ambassador in Quito"),
    ("Hon. Ravi Perera, Minister of Foreign Affairs of Sri Lanka, met Foreign Minister Ana Soto on Monday.",
     "Ravi Perera", "Sri Lanka", "Minister of Foreign Affairs"),
    # an office's own words in lower case between the country and the title
    ("North Korean leader Kim Jong Un met South Korean unification minister Cho Min-ho on Monday.", "Cho Min-ho",
     "South Korea", "Unification minister"),
    ("Peruvian President Luis Vega met former Brazilian foreign minister Celso Amaral in Lima.", "Celso Amaral",
     "Brazil", "Former foreign minister"),
    # the country in a translated title set off before a form of address and the name
    ("The Minister of Foreign Affairs of the Republic of Korea, Mr. Park Min-ho, met Peruvian President Luis Vega.",
     "Park Min-ho", "South Korea", "Minister of Foreign Affairs"),
    # a royal style between an office and the name is neither ("Crown Prince" is an office)
    ("Saudi Foreign Minister Prince Khalid bin Saad met Peruvian President Luis Vega in Riyadh.", "Khalid bin Saad",
     "Saudi Arabia", "Foreign Minister"),
    ("Saudi Crown Prince Khalid bin Saad met Peruvian President Luis Vega in Riyadh.", "Khalid bin Saad",
     "Saudi Arabia", "Crown Prince"),
    # "its" before a title is the state the clause, or the sentence before, is about; not an organisation
    ("Germany has been cautious in public. Its defence minister, Katrin Wolters, visited Vilnius last month.",
     "Katrin Wolters", "Germany", "Defence minister"),
    ("Poland's government said on Monday that its foreign minister, Anna Nowak, would travel to Kyiv.",
     "Anna Nowak", "Poland", "Foreign minister"),
    ("NATO held talks in Warsaw on Monday. Its secretary general, Jan Berg, met Polish leaders.",
     "Jan Berg", None, "Secretary general"),
    # people named right after an office described by several countries hold it, in the countries' order
    ("The foreign ministers of Chile and Peru held talks on Thursday. Ana Soto and Luis Vega spoke for an hour.",
     "Luis Vega", "Peru", "Foreign minister"),
    ("The Chilean and Peruvian foreign ministers, Ana Soto and Luis Vega, met on Thursday.",
     "Ana Soto", "Chile", "Foreign minister"),
    ("The presidents of Kenya and Uganda, Amos Kariuki and John Okello, met in Entebbe on Monday.",
     "John Okello", "Uganda", "President"),
    # a country's possessive before an office names the country of the one person who holds it
    ("The pictures were striking: Chile's president and Peru's prime minister strolling side by side through the "
     "old town. Luis Vega arrived in Lima on Monday for two days of talks with Prime Minister Ana Soto.",
     "Ana Soto", "Peru", "Prime Minister"),
    # a king named by one name is "King X", and not the president who shares it
    ("President Omar Rashid would not back down. Soto spoke by phone with King Rashid of Jordan on Monday.",
     "King Rashid", "Jordan", "King"),
    # a readout's headline names the document before the title: the document is no part of the role
    ("Readout of Minister Soto's Call with Foreign Minister Vega of Peru\n\nForeign Minister Ana Soto of Chile "
     "spoke today with Foreign Minister Luis Vega of Peru.", "Ana Soto", "Chile", "Foreign Minister"),
]


@pytest.mark.parametrize(("text", "name", "country", "role"), CASES, ids=[c[1] for c in CASES])
def test_titles(extractor: Extractor, text: str, name: str, country: str | None, role: str) -> None:
    officials = {o.name: o for o in extractor.extract(text, dt.date(2022, 5, 2)).officials}
    assert name in officials, sorted(officials)
    assert (officials[name].country, officials[name].role) == (country, role)


def test_one_of_two_family_names_alone_is_that_person(extractor: Extractor) -> None:
    text = ("Paraguayan Foreign Minister Tomás Benítez Ayala arrived in Taipei on Monday. Benítez is due to sit "
            "down with his Taiwanese counterpart, Lin Wei-ting, on Thursday.")
    contacts = extractor.extract(text, dt.date(2025, 7, 15)).contacts
    assert [(sorted(p.label for p in c.participants), c.date, c.modality) for c in contacts if c.type == "meeting"] \
        == [(["Lin Wei-ting", "Tomás Benítez Ayala"], "2025-07-17", "planned")]


def test_a_name_after_a_countrys_possessive_in_a_list_of_people_is_that_countrys_person(
    extractor: Extractor,
) -> None:
    text = ("President Ana Soto met Peru's Luis Vargas, Bhutan's Lotay Tshering and Kenya's William Ruto in "
            "Lima on Monday.")
    officials = {o.name: o.country for o in extractor.extract(text, dt.date(2024, 5, 10)).officials}
    assert officials == {"Ana Soto": None, "Luis Vargas": "Peru", "Lotay Tshering": "Bhutan", "William Ruto": "Kenya"}


@pytest.mark.parametrize(("text", "sides"), [
    # a country of two words before its possessive, first or second in the list
    ("Japan's Fumio Kishida and South Korea's Yoon Suk Yeol met in Seoul on Sunday.",
     ["Fumio Kishida", "Yoon Suk Yeol"]),
    ("South Korea's Yoon Suk Yeol and Japan's Fumio Kishida met in Seoul on Sunday.",
     ["Fumio Kishida", "Yoon Suk Yeol"]),
])
def test_names_after_two_countries_possessives_are_the_sides_of_the_contact(
        extractor: Extractor, text: str, sides: list[str]) -> None:
    assert contact_rows(extractor, text, dt.date(2024, 5, 15)) == [(sides, "meeting", "2024-05-12", "occurred")]


def test_a_possessed_name_alone_is_not_taken_for_a_person(extractor: Extractor) -> None:
    text = "France's Le Monde reported that President Ana Soto met Peru's Luis Vargas on Monday."
    officials = {o.name for o in extractor.extract(text, dt.date(2024, 5, 10)).officials}
    assert officials == {"Ana Soto", "Luis Vargas"}


def test_an_office_described_with_its_country_gives_its_only_holder_that_country(extractor: Extractor) -> None:
    text = ("The Prime Minister, Ana Soto, travelled yesterday to Oslo, where she was received by His Majesty King "
            "Olav VII. The Prime Minister and the King of Norway had spoken by telephone on 31 March.")
    officials = {o.name: o.country for o in extractor.extract(text, dt.date(2022, 4, 8)).officials}
    assert officials.get("Olav VII") == "Norway", officials
    assert (["Ana Soto", "Olav VII"], "phone_call", "2022-03-31", "occurred") in contact_rows(
        extractor, text, dt.date(2022, 4, 8))


@pytest.mark.parametrize("text", [
    "Chancellor Rosa Ibarra met with the Chancellor of Bolivia in La Paz.",
    "Minister Rosa Ibarra held talks with the Minister of Bolivia.",
    # joined by "and", the described office is no apposition of the name before it
    "A telephone conversation took place between Minister Rosa Ibarra and the Minister of Bolivia.",
])
def test_the_same_office_described_beside_its_holder_is_her_counterpart(extractor: Extractor, text: str) -> None:
    # a chancellor does not meet herself: the described office is the other side, not Ibarra's country
    assert [row[0] for row in contact_rows(extractor, text, dt.date(2022, 4, 8))] == [["Rosa Ibarra", "STATE:Bolivia"]]


def test_an_ambassador_extraordinary_and_plenipotentiary_is_one_title(extractor: Extractor) -> None:
    # the words of the diplomatic rank are no people of their own
    text = ("Foreign Minister Rosa Ibarra received the Ambassador Extraordinary and Plenipotentiary of the Republic "
            "of Peru, Hugo Salas, who presented copies of his credentials.")
    assert [row[0] for row in contact_rows(extractor, text, dt.date(2022, 4, 8))] == [["Hugo Salas", "Rosa Ibarra"]]


def test_capitalized_words_after_a_title_word_that_modify_a_noun_name_a_body_not_a_person(
        extractor: Extractor) -> None:
    text = ("President Ana Soto thanked Kenya for leading the Multinational Security Support mission in Haiti, and "
            "met President Luis Vargas on Monday.")
    officials = {o.name for o in extractor.extract(text, dt.date(2024, 5, 15)).officials}
    assert officials == {"Ana Soto", "Luis Vargas"}


def test_a_homologue_is_a_counterpart(extractor: Extractor) -> None:
    # translated readouts say "homologue" for "counterpart": the same office in the other state
    text = "Chilean Foreign Minister Ana Soto held talks with her Peruvian homologue Luis Vargas on Thursday."
    found = extractor.extract(text, dt.date(2024, 5, 15))
    assert [(sorted(p.label for p in c.participants), c.type) for c in found.contacts] == [
        (["Ana Soto", "Luis Vargas"], "meeting")]
    assert {o.name: (o.country, o.role) for o in found.officials}["Luis Vargas"] == ("Peru", "Foreign Minister")


def test_doctor_before_a_name_is_a_form_of_address(extractor: Extractor) -> None:
    text = "The Foreign Minister of Ecuador, Doctor Juan Ortega, spoke by phone with Peruvian President Luis Vargas."
    names = {o.name for o in extractor.extract(text, dt.date(2024, 5, 15)).officials}
    assert names == {"Juan Ortega", "Luis Vargas"}



def test_a_country_hung_on_the_first_name_still_counts_among_the_described_countries(extractor: Extractor) -> None:
    """ "the presidents of Kenya, South Sudan and Djibouti - A, B and C", parsed with "Djibouti" a compound of A:
    three countries for the three names, in order."""
    text = ("Ethiopia's prime minister hosted the presidents of Kenya, South Sudan and Djibouti - Amos Kariuki, "
            "John Okello and Ismail Hassan Farah - in Addis Ababa on Monday.")
    officials = {o.name: o.country for o in extractor.extract(text, dt.date(2022, 5, 2)).officials}
    assert officials == {"Amos Kariuki": "Kenya", "John Okello": "South Sudan", "Ismail Hassan Farah": "Djibouti"}
