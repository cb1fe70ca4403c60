"""Gatherings whose members are named apart from the sentence that tells them (graph/extraction/participation.py)
and counted groups that refer back to them ("the four presidents"). Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUB = dt.date(2024, 5, 10)  # a Friday


def _contacts(extractor: Extractor, text: str) -> list[ContactRow]:
    return contact_rows(extractor, text, PUB)


ANDEAN = ["Ana Soto", "Carlos Mamani", "Elena Ruiz", "Jorge Paredes", "Luis Vargas"]


def test_members_listed_after_a_one_sided_gathering_join_it(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto joined a video conference of Andean leaders on Thursday. "
            "Also taking part were Peru's President Luis Vargas, Bolivia's Carlos Mamani and Ecuador's Jorge "
            "Paredes. Colombia was represented by Vice President Elena Ruiz rather than by President Tomas "
            "Herrera.")
    assert _contacts(extractor, text) == [(ANDEAN, "video_call", "2024-05-09", "occurred")]


def test_the_gathering_keeps_every_sentence_that_names_its_members(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto joined a video conference of Andean leaders on Thursday. "
            "Around the virtual table were Peru's Luis Vargas and Bolivia's Carlos Mamani.")
    [contact] = extractor.extract(text, PUB).contacts
    assert [e.sentence[:14] for e in contact.evidence] == ["Chilean Presid", "Around the vir"]


def test_a_participation_verb_over_the_gathering_adds_its_subjects(extractor: Extractor) -> None:
    text = ("Foreign Minister Lena Brandt chaired a session of the Baltic council in Riga on Tuesday with "
            "Estonian Foreign Minister Mart Kask and Lithuanian Foreign Minister Jonas Petraitis. "
            "Finnish Foreign Minister Aino Virtanen also attended the session.")
    assert _contacts(extractor, text) == [
        (["Aino Virtanen", "Jonas Petraitis", "Lena Brandt", "Mart Kask"], "meeting", "2024-05-07", "occurred")
    ]


def test_a_counted_group_means_the_gathering_of_that_size(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto joined a video conference of Andean leaders on Thursday. "
            "Also taking part were Peru's President Luis Vargas, Bolivia's Carlos Mamani and Ecuador's Jorge "
            "Paredes. The four presidents agreed to meet in Lima in June.")
    contacts = _contacts(extractor, text)
    assert (["Ana Soto", "Carlos Mamani", "Jorge Paredes", "Luis Vargas"], "meeting", "2024-06", "planned") \
        in contacts


def test_both_men_leaves_out_the_subject_of_a_three_sided_contact(extractor: Extractor) -> None:
    text = ("In March, President Ivan Horvat and Prime Minister Marko Novak met EU envoy Pierre Lambert in "
            "Ohrid. Lambert has now invited both men to Brussels next month.")
    assert (["Ivan Horvat", "Marko Novak", "Pierre Lambert"], "visit", "2024-06", "proposed") \
        in _contacts(extractor, text)


def test_members_are_not_added_far_from_the_gathering(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto joined a video conference of Andean leaders on Thursday. "
            "The call lasted two hours. Trade was the main topic. Prices rose. Markets fell. "
            "Also taking part were Peru's President Luis Vargas and Bolivia's Carlos Mamani.")
    assert _contacts(extractor, text) == []


def test_joining_something_else_adds_no_member(extractor: Extractor) -> None:
    text = ("President Ana Soto met Peru's President Luis Vargas and Bolivia's President Carlos Mamani in Lima "
            "on Monday. Chilean navy captain Pablo Ortiz will join the Pacific exercise next year.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2024-05-06", "occurred")
    ]


def test_the_two_countries_are_the_two_states_named_before_in_the_sentence(extractor: Extractor) -> None:
    text = ("President Ana Soto met Peru's President Luis Vargas in Lima on Monday. In February Quito turned "
            "down a request from Bogota for a meeting between the two countries' foreign ministers.")
    assert (["STATE:Colombia", "STATE:Ecuador"], "meeting", "2024-02", "denied") in _contacts(extractor, text)


def test_the_ministers_are_the_people_of_the_last_contact(extractor: Extractor) -> None:
    text = ("Foreign Minister Lena Brandt held a video conference on Monday with Estonian Foreign Minister Mart "
            "Kask and Lithuanian Foreign Minister Jonas Petraitis. During the two-hour videoconference, the "
            "ministers agreed to meet in person in Vilnius in June.")
    assert _contacts(extractor, text) == [
        (["Jonas Petraitis", "Lena Brandt", "Mart Kask"], "meeting", "2024-06", "planned"),
        (["Jonas Petraitis", "Lena Brandt", "Mart Kask"], "video_call", "2024-05-06", "occurred"),
    ]


def test_a_setting_told_before_is_that_event_not_another(extractor: Extractor) -> None:
    text = ("Prime Minister Lena Brandt held a video conference on Monday with Estonian Prime Minister Mart Kask "
            "and Lithuanian President Jonas Petraitis. At the summit, the leaders exchanged views on energy and "
            "welcomed the establishment of a joint grid fund.")
    assert _contacts(extractor, text) == [
        (["Jonas Petraitis", "Lena Brandt", "Mart Kask"], "video_call", "2024-05-06", "occurred"),
    ]


def test_gathering_the_same_three_leaders_again(extractor: Extractor) -> None:
    text = ("On Tuesday President Ana Soto convened a video conference with Peruvian President Luis Vargas, "
            "Bolivian President Carlos Mamani and Ecuadorian President Jorge Paredes. Soto first gathered the "
            "same three leaders by video link on April 2. The inquiry gathered evidence for months.")
    four = ["Ana Soto", "Carlos Mamani", "Jorge Paredes", "Luis Vargas"]
    assert _contacts(extractor, text) == [(four, "video_call", "2024-04-02", "occurred"),
                                          (four, "video_call", "2024-05-07", "occurred")]


def test_a_member_named_for_a_state_already_a_side_takes_its_place(extractor: Extractor) -> None:
    text = ("Peruvian Defence Minister Luis Vargas will meet Chilean Defence Minister Ana Soto in Quito on Tuesday "
            "in talks hosted by Ecuador. Vargas and Soto will be joined by Ecuador's defence minister, Jorge "
            "Paredes.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Jorge Paredes", "Luis Vargas"], "meeting", "2024-05-14", "planned")
    ]


def test_the_two_generals_are_the_generals_of_a_wider_meeting(extractor: Extractor) -> None:
    text = ("Peruvian Defence Minister General Luis Vargas met Chilean Defence Minister General Ana Soto and "
            "Ecuador's defence minister, Jorge Paredes, in Quito on Tuesday. The two generals last met in January.")
    assert (["Ana Soto", "Luis Vargas"], "meeting", "2024-01", "occurred") in _contacts(extractor, text)


def test_states_that_sent_people_are_members_and_a_named_bodys_meeting_is_another(extractor: Extractor) -> None:
    text = ("Norway's foreign minister, Espen Barth Eide, hosted his Danish and Icelandic counterparts in Tromso on "
            "Monday. Finland and Sweden sent state secretaries. Russia will boycott the Arctic Council meeting "
            "planned for October in Reykjavik.")
    assert _contacts(extractor, text) == [
        (["Espen Barth Eide", "STATE:Denmark", "STATE:Finland", "STATE:Iceland", "STATE:Sweden"], "meeting",
         "2024-05-06", "occurred"),
    ]


def test_sending_troops_or_envoys_elsewhere_adds_no_member(extractor: Extractor) -> None:
    text = ("Norway's foreign minister, Espen Barth Eide, hosted his Danish and Icelandic counterparts in Tromso on "
            "Monday. Finland sent troops to Estonia, and Sweden sent envoys to Riga.")
    assert [c[0] for c in _contacts(extractor, text) if c[1] == "meeting"] == [
        ["Espen Barth Eide", "STATE:Denmark", "STATE:Iceland"]
    ]


def test_a_host_of_unnamed_leaders_and_the_leaders_named_after(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto hosted the leaders of the four Andean states in Santiago on Friday. The "
            "leaders - Peru's Luis Vargas, Bolivia's Carlos Mamani, Colombia's Gustavo Petro and Ecuador's Jorge "
            "Paredes - signed a declaration. The five leaders agreed to meet again in Lima in 2026.")
    five = ["Ana Soto", "Carlos Mamani", "Gustavo Petro", "Jorge Paredes", "Luis Vargas"]
    assert _contacts(extractor, text) == [
        (five, "meeting", "2024-05-10", "occurred"), (five, "meeting", "2026", "planned")
    ]


def test_each_of_the_three_is_a_call_each(extractor: Extractor) -> None:
    text = ("Bosnian President Alija Izetbegovic, Serbian President Slobodan Milosevic and Croatian President Franjo "
            "Tudjman met in Dayton on Tuesday. US President Bill Clinton spoke by telephone with each of the three "
            "presidents before the ceremony.")
    calls = [c[0] for c in _contacts(extractor, text) if c[1] == "phone_call"]
    assert calls == [["Alija Izetbegovic", "Bill Clinton"], ["Bill Clinton", "Franjo Tudjman"],
                     ["Bill Clinton", "Slobodan Milosevic"]]


@pytest.mark.parametrize("second", [
    "Peru's President Luis Vargas and Bolivia's Carlos Mamani did not attend.",
    "Peru's President Luis Vargas and Bolivia's Carlos Mamani will attend next year.",
])
def test_members_of_another_fate_do_not_join(extractor: Extractor, second: str) -> None:
    text = f"Chilean President Ana Soto joined a video conference of Andean leaders on Thursday. {second}"
    assert not any("Luis Vargas" in c[0] and c[3] == "occurred" for c in _contacts(extractor, text))


def test_a_heading_names_no_members(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto joined a video conference of Andean leaders on Thursday.\n\n"
            "Why Peru's President Luis Vargas and Bolivia's Carlos Mamani attended\n\nTrade was discussed.")
    assert not any("Luis Vargas" in c[0] for c in _contacts(extractor, text))


def test_among_those_attending_were(extractor: Extractor) -> None:
    text = ("Kenyan President William Ruto chaired an emergency summit of East African leaders in Nairobi on Monday. "
            "Among those attending were Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu "
            "Hassan.")
    assert _contacts(extractor, text) == [
        (["Samia Suluhu Hassan", "William Ruto", "Yoweri Museveni"], "meeting", "2024-05-06", "occurred")
    ]


def test_every_member_cue_of_a_sentence_counts(extractor: Extractor) -> None:
    text = ("Kenyan President William Ruto hosted an emergency summit of East African leaders in Nairobi on Monday. "
            "Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan attended, while Rwanda "
            "sent its foreign minister.")
    assert _contacts(extractor, text) == [
        (["STATE:Rwanda", "Samia Suluhu Hassan", "William Ruto", "Yoweri Museveni"], "meeting", "2024-05-06",
         "occurred")
    ]


def test_members_listed_after_a_dash_in_a_meeting_of_a_group_on_a_day(extractor: Extractor) -> None:
    text = ("Latvian Interior Minister Lena Brandt said on Wednesday that the border would stay closed. "
            "The accord crowned a meeting on Tuesday of the Baltic interior ministers - Brandt, Estonia's "
            "Mart Kask, Lithuania's Jonas Petraitis - in Riga. Later the same day the ministers held a video "
            "conference with Polish Interior Minister Tomasz Nowak.")
    contacts = _contacts(extractor, text)
    assert (["Jonas Petraitis", "Lena Brandt", "Mart Kask"], "meeting", "2024-05-07", "occurred") in contacts
    assert (["Jonas Petraitis", "Lena Brandt", "Mart Kask", "Tomasz Nowak"], "video_call", "2024-05-07",
            "occurred") in contacts


def test_talks_held_at_a_video_summit_told_before_are_that_summit(extractor: Extractor) -> None:
    text = ("President Ana Soto yesterday presided over the Andean summit, which was convened by videoconference. "
            "Joining from their capitals were Peru's President Luis Vargas and Bolivia's President Carlos Mamani. "
            "At the summit, the leaders held talks on trade.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "video_call", "2024-05-09", "occurred")
    ]


def test_the_three_leaders_are_the_people_of_contacts_told_apart(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto telephoned Peru's Luis Vargas and Bolivia's Carlos Mamani separately on "
            "Wednesday. The three leaders will meet in Quito next month.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani"], "phone_call", "2024-05-08", "occurred"),
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2024-06", "planned"),
        (["Ana Soto", "Luis Vargas"], "phone_call", "2024-05-08", "occurred"),
    ]


def test_a_gerund_whose_subject_the_parser_took_for_a_compound_has_that_subject(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto held separate telephone calls with Peru's Luis Vargas and Bolivia's Carlos "
            "Mamani on Wednesday to discuss the deployment and the return of refugees, her office said.\n\n"
            "The ceasefire agreement was signed late on Monday without the three leaders meeting. Soto and Vargas "
            "appeared together by video link for the announcement, while Mamani signed separately in La Paz.")
    assert (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2024-05-06", "denied") \
        in _contacts(extractor, text)


@pytest.mark.parametrize("text", [
    "Army chief Tariq Baig, accompanied by Interior Minister Omar Rind, met President Ana Soto on Wednesday.",
    "Army chief Tariq Baig met President Ana Soto on Wednesday. He was accompanied by Interior Minister Omar Rind.",
    "Army chief Tariq Baig met President Ana Soto on Wednesday. Interior Minister Omar Rind accompanied Baig.",
])
def test_an_official_accompanying_another_takes_part_in_his_contact(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [(["Ana Soto", "Omar Rind", "Tariq Baig"], "meeting", "2024-05-08",
                                           "occurred")]


def test_a_companion_of_a_planned_meeting_joins_it_but_not_a_different_fate(extractor: Extractor) -> None:
    planned = ("Army chief Tariq Baig will meet President Ana Soto on Monday. He will be accompanied by Interior "
               "Minister Omar Rind.")
    assert _contacts(extractor, planned) == [(["Ana Soto", "Omar Rind", "Tariq Baig"], "meeting", "2024-05-13",
                                              "planned")]
    reporters = "Army chief Tariq Baig, accompanied by reporters, met President Ana Soto on Wednesday."
    assert _contacts(extractor, reporters) == [(["Ana Soto", "Tariq Baig"], "meeting", "2024-05-08", "occurred")]


@pytest.mark.parametrize(("text", "sides"), [
    ("Kenyan President William Ruto hosted a summit in Nairobi on Monday, attended by Ugandan President Yoweri "
     "Museveni and Tanzanian President Samia Suluhu Hassan.",
     ["Samia Suluhu Hassan", "William Ruto", "Yoweri Museveni"]),
    ("Brazil's President Lula da Silva convened a meeting in Brasilia on Monday, attended by Argentine President "
     "Alberto Fernandez, Chilean President Gabriel Boric and Colombian President Gustavo Petro.",
     ["Alberto Fernandez", "Gabriel Boric", "Gustavo Petro", "Lula da Silva"]),
    ("Senegal's President Macky Sall hosted a mini-summit in Dakar on Monday, attended by Gambian President Adama "
     "Barrow, Guinea-Bissau's Umaro Sissoco Embalo and the ECOWAS mediator, former Nigerian president Goodluck "
     "Jonathan.", ["Adama Barrow", "Goodluck Jonathan", "Macky Sall", "Umaro Sissoco Embalo"]),
])
def test_a_hosted_gathering_attended_by_people_has_them_as_members(
        extractor: Extractor, text: str, sides: list[str]) -> None:
    assert _contacts(extractor, text) == [(sides, "meeting", "2024-05-06", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A meeting was held on Tuesday in Lima with the participation of Foreign Minister Ana Soto and Foreign "
     "Minister Luis Vega.", [(["Ana Soto", "Luis Vega"], "meeting", "2024-05-07", "occurred")]),
    ("The summit opened on Monday in Quito under the presidency of President Jorge Paredes, with the participation "
     "of President Luis Vargas.", [(["Jorge Paredes", "Luis Vargas"], "meeting", "2024-05-06", "occurred")]),
    ("The conference of the Sahel states opens today in Niamey, with the participation of Mr. Abdoulaye Diop of "
     "Mali and Mr. Hassoumi Massoudou of Niger.",
     [(["Abdoulaye Diop", "Hassoumi Massoudou"], "contact", "2024-05-10", "occurred")]),
    # states after "participation" take part as their governments (after "in front of", a state is a place)
    ("An extraordinary session will be held by videoconference on Monday with the participation of the heads of "
     "state of Chile, Peru and Bolivia.",
     [(["STATE:Bolivia", "STATE:Chile", "STATE:Peru"], "video_call", "2024-05-13", "planned")]),
])
def test_with_the_participation_of_names_members(extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_declining_to_attend_the_session_joins_no_one(extractor: Extractor) -> None:
    text = ("Foreign Minister Lena Brandt chaired a session of the Baltic council in Riga on Tuesday with "
            "Estonian Foreign Minister Mart Kask and Lithuanian Foreign Minister Jonas Petraitis. "
            "Finnish Foreign Minister Aino Virtanen declined to attend the session.")
    assert not any("Aino Virtanen" in sides and modality == "occurred"
                   for sides, _, _, modality in _contacts(extractor, text))


def test_a_member_whose_own_clause_says_he_did_not_join_is_left_out(extractor: Extractor) -> None:
    text = ("President Ana Soto chaired a virtual summit of Andean leaders on Thursday. Peruvian President Luis "
            "Vargas and Bolivia's Carlos Rojas took part, but Colombian President Marta Ruiz did not join, officials "
            "said.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Rojas", "Luis Vargas"], "video_call", "2024-05-09", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    # the gathering named again, its members in a "with"-clause ("expected alongside")
    ("Chilean Foreign Minister Ana Soto will attend a regional ministerial meeting. That meeting is scheduled for "
     "Monday in Lima, with ministers from Peru, Bolivia and Ecuador expected alongside Soto.",
     [(["Ana Soto", "STATE:Bolivia", "STATE:Ecuador", "STATE:Peru"], "meeting", "2024-05-13", "planned")]),
    ("Kenyan President William Ruto will host a summit in Nairobi on Friday, with Ugandan President Yoweri "
     "Museveni and Rwandan President Paul Kagame expected to attend.",
     [(["Paul Kagame", "William Ruto", "Yoweri Museveni"], "meeting", "2024-05-17", "planned")]),
    ("Mexican President Claudia Sheinbaum met Canadian Prime Minister Mark Carney in Ottawa on Monday, with US "
     "Ambassador Ronald Johnson present.",
     [(["Claudia Sheinbaum", "Mark Carney", "Ronald Johnson"], "meeting", "2024-05-06", "occurred")]),
    ("Mexican President Claudia Sheinbaum met Canadian Prime Minister Mark Carney in Ottawa on Monday, with US "
     "Ambassador Ronald Johnson looking on.",
     [(["Claudia Sheinbaum", "Mark Carney", "Ronald Johnson"], "meeting", "2024-05-06", "occurred")]),
    ("Mexican President Claudia Sheinbaum met Canadian Prime Minister Mark Carney in Ottawa on Monday, with US "
     "Ambassador Ronald Johnson also in attendance.",
     [(["Claudia Sheinbaum", "Mark Carney", "Ronald Johnson"], "meeting", "2024-05-06", "occurred")]),
    # (the parser hangs "with" on the object and "in the room" on the verb)
    ("Prime Minister Avi Levin met Saudi Arabia's foreign minister, Faisal Saud, in the Red Sea city of Jeddah, "
     "with US envoy Ronald Johnson in the room.",
     [(["Avi Levin", "Faisal Saud", "Ronald Johnson"], "meeting", "2024-05-10", "occurred")]),
    # a "with"-clause that says someone stayed away names no side
    ("Nigerian President Bola Tinubu hosted a summit in Abuja on Sunday with Ghanaian President John Mahama, "
     "with Malian leader Assimi Goita refusing to attend.",
     [(["Bola Tinubu", "John Mahama"], "meeting", "2024-05-05", "occurred")]),
])
def test_a_with_clause_of_presence_names_members(extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three days of talks in Doha between Sudanese army envoy Omar Sadiq and RSF negotiator Ahmed Nour, brokered by "
     "Qatari Minister of State Mohammed Al-Khulaifi, ended on Tuesday.",
     [(["Ahmed Nour", "Mohammed Al-Khulaifi", "Omar Sadiq"], "meeting", "2024-05-07", "occurred")]),
    ("Armenian Foreign Minister Ararat Mirzoyan held talks on Thursday with Azerbaijani Foreign Minister Jeyhun "
     "Bayramov, hosted by Kazakh Foreign Minister Murat Nurtleu.",
     [(["Ararat Mirzoyan", "Jeyhun Bayramov", "Murat Nurtleu"], "meeting", "2024-05-09", "occurred")]),
    # a participle that tells who a side is brokers nothing
    ("The talks between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev, elected by "
     "parliament in 2018, went on late into Tuesday night.",
     [(["Ilham Aliyev", "Nikol Pashinyan"], "meeting", "2024-05-07", "occurred")]),
])
def test_a_broker_hung_on_the_last_side_takes_part(extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_every_member_of_a_list_the_parser_broke_after_attended_by_joins(extractor: Extractor) -> None:
    text = ("Egyptian President Abdel Fattah al-Sisi hosted a regional summit in Cairo on Saturday. The summit was "
            "attended by Jordan's King Abdullah II, Palestinian President Mahmoud Abbas and Bahraini King Hamad bin "
            "Isa Al Khalifa.")
    assert _contacts(extractor, text) == [(["Abdel Fattah al-Sisi", "Abdullah II", "Hamad bin Isa Al Khalifa",
                                            "Mahmoud Abbas"], "meeting", "2024-05-04", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. Also present were "
     "Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov.",
     [(["Sergei Lavrov", "Vladimir Putin", "Wang Yi", "Xi Jinping"], "meeting", "2024-05-07", "occurred")]),
    ("Saudi Crown Prince Mohammed bin Salman hosted an Arab summit in Riyadh on Sunday. In attendance were Egyptian "
     "President Abdel Fattah al-Sisi and Qatari Emir Tamim bin Hamad Al Thani.",
     [(["Abdel Fattah al-Sisi", "Mohammed bin Salman", "Tamim bin Hamad Al Thani"], "meeting", "2024-05-05",
       "occurred")]),
    ("US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Thursday. UN envoy "
     "Lakhdar Brahimi sat in on the talks.",
     [(["John Kerry", "Lakhdar Brahimi", "Sergei Lavrov"], "meeting", "2024-05-09", "occurred")]),
])
def test_people_also_present_join_the_two_sided_contact_just_told(
        extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_people_present_join_the_gathering_still_open_not_a_later_pair(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto joined a video conference of Andean leaders on Thursday. The call was the "
            "idea of Peru's President Luis Vargas, who spoke with Soto on Wednesday. Also present were Bolivia's "
            "Carlos Mamani and Ecuador's Jorge Paredes.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Jorge Paredes"], "video_call", "2024-05-09", "occurred"),
        (["Ana Soto", "Luis Vargas"], "contact", "2024-05-08", "occurred")]


def test_an_infinitive_hung_on_the_day_meets_all_those_listed_with_the_goer(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto will fly to Lima on Monday. She will go on to Quito the following day to meet "
            "Peruvian President Luis Vargas, Bolivian President Carlos Mamani and Ecuadorian President Jorge Paredes.")
    rows = _contacts(extractor, text)
    assert (["Ana Soto", "Carlos Mamani", "Jorge Paredes", "Luis Vargas"], "meeting", "2024-05-14", "planned") in rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivian opposition leader Marta Quispe was expected to appear in the border town of Desaguadero on Saturday "
     "alongside Peruvian President Luis Vargas, Chilean President Ana Soto and Ecuadorian President Jorge Paredes.",
     [(["Ana Soto", "Jorge Paredes", "Luis Vargas", "Marta Quispe"], "meeting", "2024-05-11", "planned")]),
    ("Peruvian President Luis Vargas stood beside Chilean President Ana Soto at the palace on Monday as the two "
     "announced a border accord.", [(["Ana Soto", "Luis Vargas"], "meeting", "2024-05-06", "occurred")]),
    ("Chilean President Ana Soto said Chile would stand alongside Peru for as long as it takes.", []),
    ("Peruvian President Luis Vargas appeared on television on Sunday evening.", []),
])
def test_appearing_alongside_officials_is_meeting_them(extractor: Extractor, text: str,
                                                       expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign ministers of Peru, Bolivia and Chile met in Washington on Tuesday under the auspices of US "
     "Secretary of State Marco Rubio.",
     [(["Marco Rubio", "STATE:Bolivia", "STATE:Chile", "STATE:Peru"], "meeting", "2024-05-07", "occurred")]),
    ("The talks, held under the auspices of UN Secretary-General Antonio Guterres, brought together Peruvian "
     "President Luis Vargas and Chilean President Ana Soto on Monday.",
     [(["Ana Soto", "Antonio Guterres", "Luis Vargas"], "meeting", "2024-05-06", "occurred")]),
])
def test_under_the_auspices_of_names_a_member(extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_among_those_present_after_a_host_gathered_a_region_s_leaders(extractor: Extractor) -> None:
    text = ("Brazilian President Luiz Inacio Lula da Silva gathered South American leaders in Brasilia on Tuesday. "
            "Among those present were Colombian President Gustavo Petro and Chilean President Gabriel Boric.")
    assert _contacts(extractor, text) == [(["Gabriel Boric", "Gustavo Petro", "Luiz Inacio Lula da Silva"],
                                           "meeting", "2024-05-07", "occurred")]


@pytest.mark.parametrize("text", [
    "Mexican President Andres Manuel Lopez Obrador met Latin American foreign ministers in Mexico City on Monday.",
    "Canadian Prime Minister Justin Trudeau met Central American leaders in Ottawa on Monday.",
])
def test_a_region_s_adjective_is_no_state(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == []


def test_attending_the_event_two_met_on_the_sidelines_of_joins_no_one(extractor: Extractor) -> None:
    text = ("Peruvian President Luis Vargas met Chilean President Ana Soto on the sidelines of the summit in Quito on "
            "Thursday. Bolivian President Carlos Mamani also attended the summit.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Luis Vargas"], "meeting", "2024-05-09", "occurred")]


def test_a_second_participle_the_parser_hung_on_the_verb_adds_its_agent(extractor: Extractor) -> None:
    text = ("Peruvian President Luis Vargas and Chilean President Ana Soto met in Quito in talks hosted by Ecuadorian "
            "President Jorge Paredes and attended by Bolivian President Carlos Mamani.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Carlos Mamani", "Jorge Paredes", "Luis Vargas"], "meeting",
                                           "2024-05-10", "occurred")]


@pytest.mark.parametrize("text", [
    "Army chief Tariq Baig, together with Interior Minister Omar Rind, met President Ana Soto on Wednesday.",
    "Army chief Tariq Baig, flanked by Interior Minister Omar Rind, met President Ana Soto on Wednesday.",
    "Army chief Tariq Baig, joined by Interior Minister Omar Rind, met President Ana Soto on Wednesday.",
    "Army chief Tariq Baig met President Ana Soto on Wednesday, joined by Interior Minister Omar Rind.",
    "Army chief Tariq Baig met President Ana Soto along with Interior Minister Omar Rind on Wednesday.",
])
def test_an_official_going_along_with_another_takes_part_in_his_contact(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [(["Ana Soto", "Omar Rind", "Tariq Baig"], "meeting", "2024-05-08",
                                           "occurred")]


def test_those_who_join_the_pair_just_told_take_part_in_its_contact(extractor: Extractor) -> None:
    text = ("Army chief Tariq Baig met President Ana Soto on Wednesday. They were joined by Interior Minister "
            "Omar Rind.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Omar Rind", "Tariq Baig"], "meeting", "2024-05-08",
                                           "occurred")]


@pytest.mark.parametrize("text", [
    "The meeting between army chief Tariq Baig and President Ana Soto on Wednesday was mediated by Interior "
    "Minister Omar Rind.",
    "The talks on Wednesday, hosted by Interior Minister Omar Rind, included army chief Tariq Baig and President "
    "Ana Soto.",
    "Army chief Tariq Baig met President Ana Soto on Wednesday in a meeting that also included Interior Minister "
    "Omar Rind.",
    "Army chief Tariq Baig met President Ana Soto on Wednesday. The meeting, which also included Interior Minister "
    "Omar Rind, focused on the border.",
])
def test_those_a_clause_over_the_gathering_names_as_members_take_part(extractor: Extractor, text: str) -> None:
    rows = _contacts(extractor, text)
    assert (["Ana Soto", "Omar Rind", "Tariq Baig"], "meeting", "2024-05-08", "occurred") in rows
    assert all(set(sides) <= {"Ana Soto", "Omar Rind", "Tariq Baig"} for sides, *_ in rows)


@pytest.mark.parametrize("text", [
    # the host named in the gathering's own clause, its members in the next sentence
    ("The decision came on Wednesday at an emergency summit hosted by Kenyan President Daniel Moraa. Uganda's Peter "
     "Okello and Tanzania's Grace Mwamba were among the leaders at the closed-door meeting."),
    ("Kenyan President Daniel Moraa spoke on Wednesday after a virtual meeting with some 20 leaders that he "
     "hosted.\n\nUgandan President Peter Okello and Tanzanian President Grace Mwamba joined the video call, which "
     "lasted two hours."),
    # the host in a relative clause of the gathering
    "Uganda's Peter Okello and Tanzania's Grace Mwamba attended the summit that Daniel Moraa hosted on Wednesday.",
])
def test_the_host_of_a_gathering_takes_part_with_its_members(extractor: Extractor, text: str) -> None:
    [(sides, _, date, modality)] = _contacts(extractor, text)
    assert (sides, date, modality) == (["Daniel Moraa", "Grace Mwamba", "Peter Okello"], "2024-05-08", "occurred")


@pytest.mark.parametrize("text", [
    "Army chief Tariq Baig met President Ana Soto on Wednesday. Interior Minister Omar Rind joined them later.",
    "Army chief Tariq Baig met President Ana Soto on Wednesday. Interior Minister Omar Rind was also at the meeting.",
])
def test_one_who_joins_the_pair_or_was_at_their_meeting_takes_part(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [(["Ana Soto", "Omar Rind", "Tariq Baig"], "meeting", "2024-05-08",
                                           "occurred")]


@pytest.mark.parametrize("text", [
    ("Army chief Tariq Baig hosted a security summit on Wednesday, attended by President Ana Soto; Peru was "
     "represented by its interior minister, Omar Rind."),
    "Army chief Tariq Baig met President Ana Soto on Wednesday; Interior Minister Omar Rind also attended.",
])
def test_members_named_after_a_semicolon_join_the_contact_the_sentence_told(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [(["Ana Soto", "Omar Rind", "Tariq Baig"], "meeting", "2024-05-08",
                                           "occurred")]


def test_a_mini_summit_is_one_word_and_its_attendants_join_it(extractor: Extractor) -> None:
    text = ("Kenyan President Daniel Moraa hosted a mini-summit in Nairobi on Monday attended by Ugandan President "
            "Peter Okello. Rwanda was represented by its foreign minister, Vincent Biruta.")
    assert _contacts(extractor, text) == [(["Daniel Moraa", "Peter Okello", "Vincent Biruta"], "meeting",
                                           "2024-05-06", "occurred")]


def test_one_who_also_attended_another_gathering_does_not_join_the_contact(extractor: Extractor) -> None:
    text = ("Army chief Tariq Baig met President Ana Soto on Wednesday. Interior Minister Omar Rind also attended a "
            "conference in Lima.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Tariq Baig"], "meeting", "2024-05-08", "occurred")]


def test_a_gathering_chaired_by_one_and_joined_by_others_has_them_all(extractor: Extractor) -> None:
    # the second participle shares the passive subject of the first ("was chaired by C and joined by A and B")
    text = ("The virtual summit was chaired by Chilean President Ana Soto on Tuesday and joined by Peruvian President "
            "Luis Vargas and Bolivian President Carlos Mamani.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "video_call", "2024-05-07", "occurred")]


@pytest.mark.parametrize("second", [
    "The talks took place in the presence of Ecuadorian President Jorge Paredes.",
    "They signed the accord in the presence of Ecuadorian President Jorge Paredes.",
])
def test_one_in_whose_presence_the_contact_told_before_took_place_joins_it(extractor: Extractor, second: str) -> None:
    text = f"Peruvian President Luis Vargas and Chilean President Ana Soto met in Arica on Monday. {second}"
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Jorge Paredes", "Luis Vargas"], "meeting", "2024-05-06", "occurred")]


@pytest.mark.parametrize("second", [
    "Also present were the foreign ministers of Ecuador and Bolivia.",
    "The talks took place in the presence of the heads of state of Ecuador and Bolivia.",
])
def test_office_holders_of_states_described_as_present_join_as_their_states(
        extractor: Extractor, second: str) -> None:
    text = f"Peruvian President Luis Vargas and Chilean President Ana Soto met in Arica on Monday. {second}"
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Luis Vargas", "STATE:Bolivia", "STATE:Ecuador"], "meeting", "2024-05-06", "occurred")]


@pytest.mark.parametrize(("second", "joined", "form"), [
    # states of a third country make the trip's talks a meeting held there
    ("The talks will take place in the presence of the foreign ministers of Brazil and Argentina.",
     ["STATE:Argentina", "STATE:Brazil"], "meeting"),
    # the host's own minister leaves it a visit
    ("Also present will be Ecuadorian Foreign Minister Maria Sosa.", ["Maria Sosa"], "visit"),
])
def test_a_visit_joined_by_third_states_is_a_meeting(
        extractor: Extractor, second: str, joined: list[str], form: str) -> None:
    text = ("Peruvian President Luis Vargas will travel to Quito on Monday for talks with Ecuadorian President Jorge "
            f"Paredes. {second}")
    assert _contacts(extractor, text) == [
        (sorted(["Jorge Paredes", "Luis Vargas", *joined]), form, "2024-05-13", "planned")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Andean leaders, including Ana Soto and Luis Vargas, will hold their next summit on May 23, Bolivian President "
     "Carlos Mamani, who will chair it, said.",
     [(["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2024-05-23", "planned")]),
    # the summit only spoken of is no gathering its host joins
    ("Chilean President Ana Soto met Peruvian President Luis Vargas on Monday to discuss the summit, Bolivian "
     "President Carlos Mamani, who will host it, said.",
     [(["Ana Soto", "Luis Vargas"], "meeting", "2024-05-06", "occurred")]),
])
def test_one_who_will_chair_it_takes_part_in_the_gathering_just_told(
        extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_members_after_an_aside_that_left_by_without_its_object_are_its_agents(extractor: Extractor) -> None:
    text = ("The summit in Lima on Tuesday was attended by, among others, Chilean President Ana Soto and Bolivian "
            "President Carlos Mamani.")
    assert _contacts(extractor, text) == [(["Ana Soto", "Carlos Mamani"], "meeting", "2024-05-07", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A regional summit was held in Quito on Monday. Taking part were Peruvian President Luis Vargas, Chilean "
     "President Ana Soto and Bolivian President Carlos Mamani.",
     [(["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2024-05-06", "occurred")]),
    ("An extraordinary summit took place in Lima on Monday. Chilean President Ana Soto and Bolivian President Carlos "
     "Mamani attended.", [(["Ana Soto", "Carlos Mamani"], "meeting", "2024-05-06", "occurred")]),
    # the summit told as the setting of a contact is not one its members join
    ("Chilean President Ana Soto met Bolivian President Carlos Mamani at a summit in Lima on Monday. Also present "
     "was Ecuadorian President Jorge Paredes.",
     [(["Ana Soto", "Carlos Mamani", "Jorge Paredes"], "meeting", "2024-05-06", "occurred")]),
])
def test_a_gathering_held_with_no_member_named_takes_the_members_named_next(
        extractor: Extractor, text: str, expected: list[ContactRow]) -> None:
    assert _contacts(extractor, text) == expected


def test_participants_included_lists_the_members_of_the_gathering_just_told(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto joined a video conference of Andean leaders on Thursday. Participants included "
            "Peru's President Luis Vargas and Bolivia's Carlos Mamani.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "video_call", "2024-05-09", "occurred")]


def test_attending_were_lists_members_though_parsed_as_the_subject(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto joined a regional summit in Quito on Thursday. Attending were Peruvian "
            "President Luis Vargas and Bolivian President Carlos Mamani.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2024-05-09", "occurred")]


@pytest.mark.parametrize("text", [
    "Peruvian President Luis Vargas and Bolivian President Carlos Mamani were among the leaders who attended a summit "
    "hosted by Chilean President Ana Soto on Monday.",
    "Leaders who attended the summit, hosted by Chilean President Ana Soto on Monday, included Peruvian President "
    "Luis Vargas and Bolivian President Carlos Mamani.",
])
def test_the_members_named_for_a_group_that_attended_are_its_subjects(extractor: Extractor, text: str) -> None:
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2024-05-06", "occurred")]


def test_one_who_witnessed_the_contact_just_told_joins_it(extractor: Extractor) -> None:
    text = ("Peruvian President Luis Vargas and Chilean President Ana Soto met in Arica on Monday. The signing of the "
            "accord was witnessed by Bolivian President Carlos Mamani.")
    assert _contacts(extractor, text) == [
        (["Ana Soto", "Carlos Mamani", "Luis Vargas"], "meeting", "2024-05-06", "occurred")]
