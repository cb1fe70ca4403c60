"""Which date phrase of a sentence dates a contact, through the whole extractor on invented sentences: the
event's own phrase, anaphoric and counted phrases, plans, clauses joined to others, days the model or the parser
mislaid (``contact_dates``). Kept apart from test_dates.py, which tests the resolution of a phrase itself."""

import datetime as dt

import pytest

from graph.extraction import Extractor
from graph.extraction.date_phrases import date_phrases

# ---- which date phrase of a sentence dates a contact (whole extractor, invented sentences) ---------------------

WEDNESDAY = dt.date(2023, 3, 15)


def _dates(extractor: Extractor, text: str, published: dt.date = WEDNESDAY) -> dict[tuple[str, ...], list[str | None]]:
    found: dict[tuple[str, ...], list[str | None]] = {}
    for contact in extractor.extract(text, published).contacts:
        key = tuple(sorted(p.label for p in contact.participants))
        found.setdefault(key, []).append(contact.date)
    return found


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # a bound ("since") is not the event's date; the clause it sits in has one
        ("Foreign Minister Anna Lindqvist and Foreign Minister Pedro Salgado agreed on Monday to restore flights "
         "after the first talks between the two countries since 2019.",
         ("Anna Lindqvist", "Pedro Salgado"), ["2023-03-13"]),
        # a date in a relative clause about the speaker, not about the call
        ("Defence Minister Tomas Berg, a former admiral who took charge of the ministry in January, spoke by "
         "telephone on Tuesday with Defence Minister Ilse Varga.",
         ("Ilse Varga", "Tomas Berg"), ["2023-03-14"]),
        # the date of a coordinated clause belongs to that clause
        ("Foreign Minister Rui Costa spoke by phone with Foreign Minister Lena Holm on Monday, and the two will "
         "meet in Lisbon at the end of the month.",
         ("Lena Holm", "Rui Costa"), ["2023-03-13", "2023-03"]),
        # the day a proposal was made is not the day of the talks proposed
        ("On Monday, Foreign Minister Rui Costa proposed talks with Foreign Minister Lena Holm, but Oslo did not "
         "respond.", ("Lena Holm", "Rui Costa"), [None]),
        # a contrasting clause with its own subject tells another event, on its own date
        ("Secretary of State Rui Costa traveled to Beijing in June and met Li Wei, while Treasury Secretary Ana "
         "Pires held talks with Vice Premier Odd Berg in Guangzhou last month.",
         ("Li Wei", "Rui Costa"), ["2022-06"]),
        # a day owned by a noun in a clause of purpose is that noun's, not the event's
        ("Foreign Minister Abdoulaye Diop was received by President Macky Sall on Monday to prepare next week's "
         "regional summit.", ("Abdoulaye Diop", "Macky Sall"), ["2023-03-13"]),
        ("Foreign Minister Abdoulaye Diop was in Dakar on Monday and was received by President Macky Sall to "
         "prepare next month's summit.", ("Abdoulaye Diop", "Macky Sall"), ["2023-03-13"]),
        ("Foreign Minister Rui Costa telephoned Foreign Minister Lena Holm to discuss next month's summit in Oslo.",
         ("Lena Holm", "Rui Costa"), ["2023-03-15"]),  # (undated: the story's day)
    ],
)
def test_the_date_phrase_of_the_event(extractor: Extractor, text: str, pair: tuple[str, ...],
                                      expected: list[str | None]) -> None:
    assert _dates(extractor, text)[pair] == expected


def test_a_scheduling_clause_still_dates_the_event(extractor: Extractor) -> None:
    text = ("Foreign Minister Mira Kovac invited Foreign Minister Jonas Brandt to a meeting in Zagreb, "
            "which had been scheduled for Friday, but the meeting was cancelled.")
    dates = _dates(extractor, text)[("Jonas Brandt", "Mira Kovac")]
    assert set(dates) == {"2023-03-17"}  # the nearest Friday to a Wednesday story: the plan told in the past


def test_a_plan_that_has_been_called_off_may_have_been_due_before_the_story(extractor: Extractor) -> None:
    # "has been postponed" tells a plan of the past as much as of the future: its date is the nearest such day
    text = "Foreign Minister Mira Kovac's visit to Berlin, due on March 10, has been postponed."
    assert _dates(extractor, text)[("Mira Kovac", "STATE:Germany")] == ["2023-03-10"]


def test_the_day_a_plan_is_put_off_to_lies_ahead(extractor: Extractor) -> None:
    # the new day of a postponed visit, not the nearest such day (Monday the 13th, two days back)
    text = ("Foreign Minister Mira Kovac's visit to Berlin has been postponed to Monday, when she will meet "
            "Chancellor Jan Ritter.")
    assert _dates(extractor, text)[("Jan Ritter", "Mira Kovac")] == ["2023-03-20"]


def test_a_plan_told_under_a_reporting_verb_still_dates_the_event(extractor: Extractor) -> None:
    # the clause hangs from the minister and tells the plan under "said", with a particle verb ("pencil in")
    text = ("A visit to Quito by Peru's foreign minister, which officials said had been pencilled in for April, "
            "was postponed without explanation.")
    assert _dates(extractor, text)[("STATE:Ecuador", "STATE:Peru")] == ["2023-04"]


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # "the same day" names the day just told, even when no contact was told with it
        ("Border guards reported new shelling on Monday. Foreign Minister Karl Dorn held a telephone "
         "conversation with Foreign Minister Nadia Petrova the same day.",
         ("Karl Dorn", "Nadia Petrova"), ["2023-03-13"]),
        # "that year" takes the year last named
        ("The two governments last held formal talks in 2017. Their trade ministers, Paul Ode and Ken Sato, "
         "met in October of that year in Hanoi.",
         ("Ken Sato", "Paul Ode"), ["2017-10"]),
        # "the same day" skips a coarser date told in between
        ("President Lena Vik met Prime Minister Aldo Ferri in Rome on Tuesday. Ferri thanked her for her visit "
         "to Italy last year. Earlier the same day, Vik held talks with President Otto Brenner.",
         ("Lena Vik", "Otto Brenner"), ["2023-03-14"]),
    ],
)
def test_anaphoric_dates(extractor: Extractor, text: str, pair: tuple[str, ...], expected: list[str | None]) -> None:
    assert _dates(extractor, text)[pair] == expected


def test_a_preposition_is_no_step_away(extractor: Extractor) -> None:
    text = ("General Omar Haddad was received in Vienna on Monday by General Karl Wendt, a follow-up to a "
            "telephone call between the two men last week.")
    # "on Monday" and "last week" are as near to "received"; the nearer in the text dates the visit, and the
    # call, which hangs from the same verb, takes the one nearer to it
    dates = {c.type: c.date for c in extractor.extract(text, WEDNESDAY).contacts}
    assert dates == {"meeting": "2023-03-13", "phone_call": "2023-03"}


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # "the day before" counts from the day just told ("The day" is all the model tags)
        ("Foreign Minister Ida Lund met President Luis Vega in Quito on Monday. The day before, Lund held talks "
         "with Foreign Minister Marek Novak.", ("Ida Lund", "Marek Novak"), ["2023-03-12"]),
        # phrases the model does not tag at all
        ("President Ana Soto arrived in Lima on Tuesday. That evening she had dinner with President Luis Vega.",
         ("Ana Soto", "Luis Vega"), ["2023-03-14"]),
        ("President Ana Soto held talks with President Luis Vega in Lima on March 2. The following day, Soto flew "
         "to Bogota, where she met President Jorge Ruiz.", ("Ana Soto", "Jorge Ruiz"), ["2023-03-03"]),
        ("Foreign Minister Ida Lund met President Luis Vega on Friday, and 48 hours later she telephoned "
         "Foreign Minister Marek Novak.", ("Ida Lund", "Marek Novak"), ["2023-03-12"]),
        # the day of the saying, which the parser hangs in the clause, is not the day counted back from it
        ("President Ana Soto said on Wednesday she had met President Luis Vega the previous day.",
         ("Ana Soto", "Luis Vega"), ["2023-03-14"]),
        # a year and a month or day of the trigger's own: that month or day of the year
        ("In 2019, President Ana Soto met President Luis Vega in Osaka on June 29.", ("Ana Soto", "Luis Vega"),
         ["2019-06-29"]),
        ("In 2019, President Ana Soto met President Luis Vega in Osaka in June.", ("Ana Soto", "Luis Vega"),
         ["2019-06"]),
        # the eve of a dated event
        ("On the eve of Tuesday's summit, President Ana Soto met Prime Minister Aldo Ferri.",
         ("Aldo Ferri", "Ana Soto"), ["2023-03-13"]),
        # a time of day names no day: the day of the clause the contact is joined to dates it
        ("President Ana Soto landed in Lima on Monday and met President Luis Vega in the afternoon.",
         ("Ana Soto", "Luis Vega"), ["2023-03-13"]),
        ("Prime Minister Ana Soto landed in Lima on Monday morning, and by lunchtime she had met President "
         "Luis Vega at the palace.", ("Ana Soto", "Luis Vega"), ["2023-03-13"]),
        # a day of the month, left unsaid
        ("President Ana Soto spoke with President Luis Vega on the 3rd.", ("Ana Soto", "Luis Vega"), ["2023-03-03"]),
        ("President Ana Soto will meet President Luis Vega on the 20th.", ("Ana Soto", "Luis Vega"), ["2023-03-20"]),
        # an ordinal that numbers a summit is no day
        ("President Ana Soto, who chaired the 12th Andean summit, met President Luis Vega on Monday.",
         ("Ana Soto", "Luis Vega"), ["2023-03-13"]),
    ],
)
def test_phrases_that_count_from_another_date(extractor: Extractor, text: str, pair: tuple[str, ...],
                                              expected: list[str | None]) -> None:
    assert _dates(extractor, text)[pair] == expected


def test_a_day_the_model_fuses_with_the_name_after_it_still_dates_the_verb(extractor: Extractor) -> None:
    text = ("Senegalese President Macky Sall met reporters. On Saturday Sall flew to Abidjan for a summit hosted by "
            "Ivorian President Alassane Ouattara.")
    [visit] = [c for c in extractor.extract(text, dt.date(2013, 1, 24)).contacts if c.type == "visit"]
    assert visit.date == "2013-01-19"


def test_the_day_the_parser_hangs_on_who_led_the_delegation_is_the_meetings(extractor: Extractor) -> None:
    text = ("Mali's junta leader Assimi Goita received a Russian delegation led by Deputy Defence Minister "
            "Yunus-Bek Yevkurov in Bamako on Wednesday.")
    [contact] = extractor.extract(text, dt.date(2025, 3, 8)).contacts
    assert contact.date == "2025-03-05"


def test_a_plan_takes_no_day_from_the_past_clause_it_is_joined_to(extractor: Extractor) -> None:
    text = ("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov spoke by phone "
            "on Friday and agreed to continue talks.")
    found = extractor.extract(text, dt.date(2025, 3, 8)).contacts
    assert sorted((c.type, c.date) for c in found) == [("meeting", None), ("phone_call", "2025-03-07")]


@pytest.mark.parametrize(
    "text",
    [
        # the model tags nothing of "The day before"
        "Chile and Peru move to share fishing data ahead of winter\n\nSANTIAGO, March 15 (Andes Wire) - Chile's "
        "foreign minister, Rosa Ibarra, and her Peruvian counterpart, Hugo Salas, discussed fishing quotas by "
        "telephone on Monday, the Chilean foreign ministry said, as both countries brace for a second poor season."
        "\n\nThe day before, Ibarra had raised the same issue with her Bolivian counterpart, according to the "
        "ministry, which gave no further details of that conversation.",
        # the model tags "night" alone, without its article
        "Chile's foreign minister, Rosa Ibarra, discussed fishing quotas by telephone with her Peruvian "
        "counterpart, Hugo Salas, on Monday. The night before, Ibarra had raised the same issue with her Bolivian "
        "counterpart.",
    ],
)
def test_the_day_before_counts_back_from_the_day_told_however_the_model_tags_it(extractor: Extractor,
                                                                                text: str) -> None:
    assert _dates(extractor, text)[("Rosa Ibarra", "STATE:Bolivia")] == ["2023-03-12"]


def test_a_date_the_parser_hangs_on_the_purpose_after_it_is_the_contacts(extractor: Extractor) -> None:
    # "the day before" goes to "to brief him", which the parser makes a clause of "told"
    text = ("ASUNCION, June 11 - Bolivia's president, Hugo Mena, visited Asuncion on Wednesday and was received by "
            "Paraguayan President Ana Ferreira for talks on trade. Mena told reporters after the meeting that he had "
            "telephoned Uruguayan President Tomas Vidal the day before to brief him on the agenda.")
    assert _dates(extractor, text, dt.date(2003, 6, 12))[("Hugo Mena", "Tomas Vidal")] == ["2003-06-10"]


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Soto had telephoned Chancellor Jan Novak to ask for more troops. The call, on March 4, did "
        "take place, but Soto asked for air defence systems.",
        "President Ana Soto telephoned Chancellor Jan Novak to ask for more troops. The call took place on March 4, "
        "officials said.",
        "President Ana Soto met Chancellor Jan Novak in Prague. The meeting was held on March 4, officials said.",
    ],
)
def test_the_contact_noun_after_an_undated_contact_tells_its_day(extractor: Extractor, text: str) -> None:
    assert _dates(extractor, text)[("Ana Soto", "Jan Novak")] == ["2023-03-04"]


def test_a_which_clause_hung_on_a_person_still_dates_the_event(extractor: Extractor) -> None:
    # "which" speaks of the visit, though the parser hangs it on the minister
    text = ("A visit to Baku by Georgian Foreign Minister Irakli Beridze, which Georgian diplomats had floated for "
            "this week, has been called off.")
    assert _dates(extractor, text)[("Irakli Beridze", "STATE:Azerbaijan")] == ["2023-03"]


@pytest.mark.parametrize(
    "text",
    [
        "The visit follows last month's accord, reached after talks in Lima between Foreign Minister Rosa Ibarra "
        "and Foreign Minister Hugo Salas.",
        "The meeting builds on last month's agreement, reached after four days of talks in Cairo between Chile's "
        "top security official, Rosa Ibarra, and Peruvian national security adviser Hugo Salas.",
    ],
)
def test_a_participle_after_a_dated_noun_takes_its_date(extractor: Extractor, text: str) -> None:
    # the parser makes "reached …" a clause of the sentence's verb, not of the accord it speaks of
    assert _dates(extractor, text)[("Hugo Salas", "Rosa Ibarra")] == ["2023-02"]


def test_the_day_before_an_undated_event_counts_back_from_the_story_day(extractor: Extractor) -> None:
    # the meeting, undated, took place on the story's day; the call the day before it
    text = ("LIMA (Andes Wire) - President Ana Soto met President Luis Vega in Lima. The day before, Soto had "
            "telephoned President Jorge Ruiz.")
    dates = _dates(extractor, text)
    assert dates[("Ana Soto", "Luis Vega")] == ["2023-03-15"]
    assert dates[("Ana Soto", "Jorge Ruiz")] == ["2023-03-14"]


def test_the_date_opening_a_timeline_line_dates_it(extractor: Extractor) -> None:
    text = ("Timeline: a decade of summits\n\nKEY DATES\n\n"
            "- March 3, 2019: President Ana Soto met President Luis Vega in Lima.\n"
            "- June 2020: Soto and Vega spoke by telephone about the border.\n"
            "- 2022: Vega visited Prague, where he met Chancellor Jan Novak.\n")
    dates = {c.type: c.date for c in extractor.extract(text, WEDNESDAY).contacts}
    assert dates == {"meeting": "2019-03-03", "phone_call": "2020-06", "visit": "2022"}


def test_the_day_opening_each_line_of_a_digest_dates_it(extractor: Extractor) -> None:
    # the parser runs the lines into one sentence and the model tags no date in "9 March", or only "March"
    text = ("Diplomatic diary:\n"
            "- 9 March: Foreign Minister Ana Soto met Foreign Minister Luis Vega in Lima.\n"
            "- 11 March: President Jorge Ruiz spoke by phone with President Marta Lind.\n")
    dates = _dates(extractor, text)
    assert dates[("Ana Soto", "Luis Vega")] == ["2023-03-09"]
    assert dates[("Jorge Ruiz", "Marta Lind")] == ["2023-03-11"]


def test_the_day_a_plan_is_told_is_not_the_day_planned(extractor: Extractor) -> None:
    # the parser hangs "on Tuesday" in the clause of the meeting; it stands before that clause, with "said"
    text = "President Ana Soto said on Tuesday she would meet President Luis Vega."
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == [None]


def test_a_stay_from_one_day_to_another_starts_on_the_first(extractor: Extractor) -> None:
    # the model tags only "7 April"
    text = "President Ana Soto will visit Peru from 5 to 7 April for talks with President Luis Vega."
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-04-05"]


def test_a_date_in_figures_the_model_does_not_tag_dates_the_contact(extractor: Extractor) -> None:
    text = "Minister Ana Soto held a telephone conversation with her Peruvian counterpart Luis Vega on 14.03.2023."
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main clause has no date: it tells the passage's day (the lead's), and the call lies a day before it
        ("QUITO (Andes Wire) - The two governments will sign a trade pact on Friday, officials said on Wednesday. "
         "The announcement followed a day after President Ana Soto said she had spoken by telephone with "
         "President Luis Vega.", ["2023-03-14"]),
        # the main clause's own day, even when the parser hangs it where the clause's date would be looked for
        ("The border was reopened on Monday, two days after President Ana Soto telephoned President Luis Vega.",
         ["2023-03-11"]),
        # a gerund after "a day after" ("…, a day after receiving a call from X")
        ("President Luis Vega hosted Chancellor Omar Diallo in Lima on Monday, a day after receiving a call from "
         "President Ana Soto.", ["2023-03-12"]),
        # the parser hangs "after" on "a day", itself hung on the main verb; the gerund's subject is the main one's
        ("President Luis Vega held talks with Chancellor Omar Diallo in Lima on Monday, a day after meeting "
         "President Ana Soto in Quito.", ["2023-03-12"]),
    ],
)
def test_a_clause_counted_from_the_main_clause_takes_the_day_counted(extractor: Extractor, text: str,
                                                                     expected: list[str | None]) -> None:
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == expected


def test_a_plan_called_off_days_after_keeps_its_own_day(extractor: Extractor) -> None:
    # "two days after" dates the calling off, not the meeting that had been planned
    text = ("President Ana Soto met President Luis Vega briefly on Wednesday, two days after Lima called off "
            "their formal meeting.")
    assert "2023-03-13" not in _dates(extractor, text)[("Ana Soto", "Luis Vega")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # announced on Tuesday: the Monday it had been due on is the coming one, not the one before the announcement
        ("President Ana Soto called off a visit to Chile that had been due to start on Monday, when she was to be "
         "received by President Luis Vega, her spokesman said on Tuesday.", "2023-03-20"),
        # no day of announcement told: the nearest Monday
        ("President Ana Soto called off a visit to Chile that had been due to start on Monday, when she was to be "
         "received by President Luis Vega.", "2023-03-13"),
    ],
)
def test_a_plan_called_off_is_not_due_before_the_day_it_was_called_off(extractor: Extractor, text: str,
                                                                       expected: str) -> None:
    assert expected in _dates(extractor, text)[("Ana Soto", "Luis Vega")]


def test_the_same_day_as_a_named_contact_is_that_contacts_day(extractor: Extractor) -> None:
    # "the same day as the talks with Vega" is Soto's talks' day, not that of Vega's meeting told just before
    text = ("President Ana Soto held talks with President Luis Vega in Lima on Wednesday. On Tuesday, Vega had "
            "met Mayor Rita Lenz at city hall. On the same day as the talks with Vega, Soto telephoned "
            "Chancellor Jan Novak.")
    assert _dates(extractor, text)[("Ana Soto", "Jan Novak")] == ["2023-03-15"]


def test_an_undated_contact_right_after_a_dated_arrival_takes_its_day(extractor: Extractor) -> None:
    # the arrival names no host, so it is no contact, but the welcome told next is on its day
    text = ("LIMA (Andes Wire) - Peru and Chile signed a border accord on Wednesday.\n\nPresident Ana Soto arrived "
            "by plane on Monday. President Luis Vega welcomed her at the palace.")
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-13"]


def test_a_date_across_a_semicolon_is_the_other_clauses(extractor: Extractor) -> None:
    doc = extractor.nlp("Soto received President Luis Vega in the palace; the two last met in Lima in October.")
    received = next(t for t in doc if t.text == "received")
    assert [p.span.text for p in date_phrases(received, doc[:], extractor.lexicon.schedule_words)] == []


def test_the_news_is_not_dated_by_the_last_meeting_told_beside_it(extractor: Extractor) -> None:
    text = "Soto received President Luis Vega in the palace; the two last met in Lima in October."
    assert sorted(_dates(extractor, text)[("Luis Vega", "Soto")]) == ["2022-10", "2023-03-15"]


@pytest.mark.parametrize("text", ["Foreign Minister Ana Soto will not travel to Lima in April.",
                                  "Foreign Minister Ana Soto is not expected to visit Peru in April."])
def test_what_will_not_happen_lies_ahead(extractor: Extractor, text: str) -> None:
    # a denied event told with "will" or a plan verb in the present is one to come: next April, not last
    assert _dates(extractor, text)[("Ana Soto", "STATE:Peru")] == ["2023-04"]


def test_a_where_clause_tells_its_own_days_event(extractor: Extractor) -> None:
    # "flew to Peru, where she is due to meet Vega on Thursday": Thursday is the meeting's, not the flight's
    text = "Foreign Minister Ana Soto flew to Peru, where she is due to meet President Luis Vega on Thursday."
    found = _dates(extractor, text)
    assert found[("Ana Soto", "Luis Vega")] == ["2023-03-16"]
    assert found[("Ana Soto", "STATE:Peru")] == ["2023-03-15"]


def test_an_article_with_a_count_past_the_calendar_still_extracts(extractor: Extractor) -> None:
    text = ("President Ana Soto met President Luis Vega on Monday. 9999999 days later, they spoke again. Soto will "
            "travel to Lima in 9999999 days.")
    found = extractor.extract(text, WEDNESDAY)
    assert ("2023-03-13", "meeting") in {(c.date, c.type) for c in found.contacts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model tags "the 5th" before a place as an ordinal: still a day of the month
        ("Foreign Minister Ana Soto met President Luis Vega on the 5th in Lima.", ["2023-03-05"]),
        ("Foreign Minister Ana Soto met President Luis Vega for the 5th time in Lima.", ["2023-03-15"]),
    ],
)
def test_a_day_of_the_month_the_model_tags_as_an_ordinal(extractor: Extractor, text: str,
                                                         expected: list[str | None]) -> None:
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == expected


def test_an_undated_lead_takes_the_day_of_the_dateline(extractor: Extractor) -> None:
    # filed the day before it was published: the lead's undated call is the dateline's day
    text = ("LIMA, March 14 (Andean Wire) - Foreign Minister Ana Soto spoke by telephone with President Luis Vega, "
            "the ministry said.")
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-14"]


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, March 14 (Andean Wire) - Foreign Minister Ana Soto met President Luis Vega in Lima today.",
        "LIMA, March 14 (Andean Wire) - Foreign Minister Ana Soto met President Luis Vega in Lima on Tuesday.",
        "LIMA, 14 March 2023 (Andean Wire) - Foreign Minister Ana Soto today received President Luis Vega.",
        "LIMA, March 14. /AW/. Foreign Minister Ana Soto met President Luis Vega today.",
    ],
)
def test_today_and_a_weekday_count_from_the_datelines_day(extractor: Extractor, text: str) -> None:
    # filed on Tuesday the 14th, published on Wednesday: "today" and "on Tuesday" are the day it was filed
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-14"]


def test_a_plan_for_a_time_of_day_is_for_the_day_told(extractor: Extractor) -> None:
    # "at 3pm" and no day: later on the story's day (published on Wednesday the 15th)
    text = "Taoiseach Ana Soto will meet President Luis Vega at 3pm, a spokesman confirmed."
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-15"]


def test_a_day_in_a_clause_after_the_news_is_not_the_leads(extractor: Extractor) -> None:
    # "days after Russia launched an offensive on Friday": Friday is the offensive's, not the meeting's
    text = ("Foreign Minister Ana Soto met President Luis Vega in Lima, days after the rebels launched an offensive "
            "on Friday.")
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-15"]


@pytest.mark.parametrize(
    "text",
    [
        # the date of the event that bounds the meeting ("ahead of", "after") is that event's, not the meeting's
        "Foreign Minister Ana Soto met President Luis Vega ahead of the June 2 election.",
        "Foreign Minister Ana Soto met President Luis Vega after the March 3 election.",
    ],
)
def test_the_day_of_an_event_that_bounds_the_contact_is_not_its(extractor: Extractor, text: str) -> None:
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-15"]  # (undated: the story's day)


def test_the_eve_of_an_event_told_with_its_day_after_it(extractor: Extractor) -> None:
    # "on the eve of the summit on Tuesday": the Monday before it
    text = "Foreign Minister Ana Soto met President Luis Vega on the eve of the summit on Tuesday."
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-13"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Ana Soto met President Luis Vega in the autumn.", ["2022"]),  # the model tags nothing
    ("Foreign Minister Ana Soto will meet President Luis Vega in the fall.", ["2023"]),
    ("Foreign Minister Ana Soto met President Luis Vega after the fall of the government.", ["2023-03-15"]),
    # a season "of" something other than a year is no season
    ("Foreign Minister Ana Soto met President Luis Vega during the fall of Kabul.", ["2023-03-15"]),
])
def test_a_season_the_model_leaves_untagged_dates_the_contact(extractor: Extractor, text: str,
                                                              expected: list[str | None]) -> None:
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == expected


def test_the_day_first_planned_for_a_put_off_meeting_is_the_nearest(extractor: Extractor) -> None:
    # "originally set for March 10" and put off: that March 10 (days ago), not next year's
    text = ("Foreign Minister Ana Soto's meeting with President Luis Vega, originally set for March 10, has been "
            "postponed until April.")
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-10"]


@pytest.mark.parametrize(("text", "expected"), [
    # the day told before the invited visit is the day of the inviting; the visit's own date is its
    ("Foreign Minister Ana Soto invited President Luis Vega on Monday to visit Santiago in July.", ["2023-07"]),
    ("Foreign Minister Ana Soto invited President Luis Vega on Monday to visit Santiago.", [None]),
])
def test_the_day_of_an_invitation_is_not_the_visits(extractor: Extractor, text: str,
                                                    expected: list[str | None]) -> None:
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Ana Soto will meet President Luis Vega before the end of the year.", ["2023"]),
    ("Foreign Minister Ana Soto is to meet President Luis Vega by the end of June.", ["2023-06"]),
    ("Foreign Minister Ana Soto met President Luis Vega before the end of the year.", ["2023-03-15"]),  # a bound
])
def test_a_plan_due_by_the_end_of_a_period_falls_in_it(extractor: Extractor, text: str,
                                                       expected: list[str | None]) -> None:
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == expected


def test_a_day_and_month_in_figures_the_model_tags_as_a_number(extractor: Extractor) -> None:
    assert _dates(extractor, "Foreign Minister Ana Soto met President Luis Vega on 14/3 in Lima.")[
        ("Ana Soto", "Luis Vega")] == ["2023-03-14"]


def test_a_day_counted_on_from_the_contacts_own_is_a_later_events(extractor: Extractor) -> None:
    # the parser hangs "two days later" (Boric's meeting) on the verb beside Vega's Friday
    text = "Foreign Minister Ana Soto met President Luis Vega on Friday and President Gabriel Boric two days later."
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-10"]


def test_a_days_label_opening_a_digest_line_dates_it(extractor: Extractor) -> None:
    # "Monday:" is no transcript speaker's label: it stays in the text and dates its line
    text = ("WEEK IN REVIEW\n\nMonday: Foreign Minister Ana Soto met President Luis Vega in Lima.\n\n"
            "Wednesday: Soto flew home.")
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == ["2023-03-13"]


def test_a_month_of_that_year_is_the_year_told_before(extractor: Extractor) -> None:
    text = ("Foreign Minister Ana Soto first met President Luis Vega in Bogota in February 2015. They met again in "
            "Lima that September.")
    assert sorted(_dates(extractor, text)[("Ana Soto", "Luis Vega")]) == ["2015-02", "2015-09"]


def test_earlier_in_the_day_is_the_day_told_before(extractor: Extractor) -> None:
    # a readout: the meeting "earlier in the day" is today's, not the day of the last call told after it (the model
    # may tag only "the day")
    text = ("Readout: Secretary's call with Foreign Minister Vega\n\nSecretary Ana Soto spoke today with Peruvian "
            "Foreign Minister Luis Vega to discuss the border. The Secretary thanked Vega for hosting her in Lima last "
            "month.\n\nEarlier in the day, the Secretary met with Chilean Foreign Minister Rosa Paz. The two had last "
            "spoken on March 2.")
    assert sorted(_dates(extractor, text)[("Ana Soto", "Rosa Paz")]) == ["2023-03-02", "2023-03-15"]


def test_a_person_named_like_a_month_is_no_date(extractor: Extractor) -> None:
    text = ("Prime Minister Theresa May spoke in parliament on Wednesday. Her office has been busy since Friday, and "
            "May discussed the dispute with Irish Prime Minister Leo Varadkar.")
    assert [(c.type, c.date) for c in extractor.extract(text, dt.date(2018, 3, 14)).contacts] == [
        ("contact", "2018-03-14")]


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # the occasion a contact is told at is dated in the sentence before
        ("The Andean summit opened in Quito on March 6. During the summit, President Ana Soto met President Luis "
         "Vega.", ("Ana Soto", "Luis Vega"), ["2023-03-06"]),
        ("Leaders of the Andean Community gathered for their summit in Quito on February 20. On the sidelines of the "
         "summit, President Ana Soto held talks with President Luis Vega.", ("Ana Soto", "Luis Vega"),
         ["2023-02-20"]),
        # a count of days from that occasion
        ("The Andean summit opened in Quito on February 20. Two days after the summit, President Ana Soto met "
         "President Luis Vega in Lima.", ("Ana Soto", "Luis Vega"), ["2023-02-22"]),
        ("The Andean summit opened in Quito on February 20. President Ana Soto met President Luis Vega in Lima the "
         "day after the summit.", ("Ana Soto", "Luis Vega"), ["2023-02-21"]),
        # another occasion of the kind, told as a look back, does not date it
        ("The first Andean summit was held in Lima in 2019. Leaders gathered again in Quito on Monday. President "
         "Ana Soto met President Luis Vega at the summit.", ("Ana Soto", "Luis Vega"), ["2023-03-13"]),
        # a line's own opening date comes before the occasion's
        ("The Andean summit opened in Quito on March 1.\n- 3 March: During the summit, President Ana Soto met "
         "President Luis Vega.", ("Ana Soto", "Luis Vega"), ["2023-03-03"]),
    ],
)
def test_the_occasion_a_contact_is_told_at_dates_it(extractor: Extractor, text: str, pair: tuple[str, ...],
                                                   expected: list[str | None]) -> None:
    assert _dates(extractor, text)[pair] == expected


def test_a_refusal_that_holds_now_is_not_dated_by_the_story_told_before(extractor: Extractor) -> None:
    # "has refused to meet" tells how things stand, not what happened on Monday; "refused to meet" on the trip
    # told just before does take its day
    lead = "Prime Minister Ravi Menon spoke with General Ali Osman on Monday. "
    found = extractor.extract(lead + "Osman has refused to meet Hamid Musa.", dt.date(2024, 3, 12)).contacts
    assert [(c.modality, c.date) for c in found if c.modality == "denied"] == [("denied", None)]
    found = extractor.extract(lead + "Osman refused to meet Hamid Musa.", dt.date(2024, 3, 12)).contacts
    assert [(c.modality, c.date) for c in found if c.modality == "denied"] == [("denied", "2024-03-11")]


@pytest.mark.parametrize("text", [
    "President Ana Soto met President Luis Vega, their third meeting this year.",
    "Secretary Elena Moreno joined a trilateral meeting with Minister Kenji Ota and Secretary Manuel Reyes, the "
    "second such meeting this year.",
])
def test_a_period_an_ordinal_counts_within_is_no_day_of_the_event(extractor: Extractor, text: str) -> None:
    # "this year" says what the count is within; the meeting took place on the story's day
    assert [c.date for c in extractor.extract(text, dt.date(2024, 7, 27)).contacts] == ["2024-07-27"]


def test_an_ordinal_numbering_a_series_leaves_the_plans_date(extractor: Extractor) -> None:
    text = ("The eighth meeting of the Chile-Peru border commission, which was planned in Arica this week, has been "
            "postponed.")
    assert [c.date for c in extractor.extract(text, dt.date(2024, 7, 24)).contacts] == ["2024-07"]


@pytest.mark.parametrize("text", [
    "President Ana Soto on Monday ruled out meeting President Luis Vega.",
    "President Ana Soto refused on Friday to meet President Luis Vega.",
    ("The ministry on Tuesday denied a newspaper's report that President Ana Soto had spoken by phone with "
     "President Luis Vega."),
])
def test_the_day_of_a_refusal_is_not_the_day_of_the_meeting_refused(extractor: Extractor, text: str) -> None:
    assert _dates(extractor, text) == {("Ana Soto", "Luis Vega"): [None]}


@pytest.mark.parametrize(("text", "expected"), [
    # one event named by a singular noun spans the days listed; calls named in the plural are one a day
    ("President Ana Soto will pay a state visit to Peru on Monday and Tuesday.", ["2023-03-20"]),
    ("President Ana Soto held telephone conversations with President Luis Vega on March 6 and March 8.",
     ["2023-03-06", "2023-03-08"]),
])
def test_one_event_over_listed_days_is_one_event(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert sorted(d for dates in _dates(extractor, text).values() for d in dates if d) == expected


def test_the_day_a_denial_is_told_is_not_the_day_of_the_contact_denied(extractor: Extractor) -> None:
    text = "No meeting between President Ana Soto and President Luis Vega is planned, her office said on Monday."
    assert _dates(extractor, text) == {("Ana Soto", "Luis Vega"): [None]}


@pytest.mark.parametrize(("text", "pair", "expected"), [
    ("President Tomas Berg visited Peru last week, meeting President Luis Vega in Lima. He called for new trade "
     "rules.\nOn Saturday Berg will be in Tokyo, where he is due to meet Japanese Prime Minister Kenji Sato.",
     ("Kenji Sato", "Tomas Berg"), ["2023-03-18"]),
    ("President Tomas Berg visited Peru last week, meeting President Luis Vega in Lima.\nOn Monday Vega will be in "
     "Brasília, where he is to hold talks with President Carlos Lima.", ("Carlos Lima", "Luis Vega"),
     ["2023-03-20"]),
])
def test_a_day_the_parser_glued_onto_the_name_after_it_is_the_verbs(
        extractor: Extractor, text: str, pair: tuple[str, ...], expected: list[str | None]) -> None:
    # "On [Saturday Berg]": the parser made the name the object of "On"; the day still dates the stay and what
    # is to happen there
    assert _dates(extractor, text)[pair] == expected


def test_the_talks_a_contact_is_told_at_date_it(extractor: Extractor) -> None:
    # "talks" (lemma "talk") is an occasion as the lexicon writes it
    text = ("GENEVA, March 15 (CPS) - Foreign Minister Ana Soto said on Wednesday that progress had been made on the "
            "ceasefire.\n\nDelegations from both countries opened talks in Geneva on Monday. President Luis Vega sat "
            "down with Envoy Tomas Berg at the talks.")
    assert _dates(extractor, text)[("Luis Vega", "Tomas Berg")] == ["2023-03-13"]


@pytest.mark.parametrize(("text", "pair", "expected"), [
    # a day still ahead is no day of a proposal told in the past
    ("President Ana Vega proposed a meeting with Prime Minister Luca Neri next year.", ("Ana Vega", "Luca Neri"),
     ["2024"]),
    # "the next year" of a plan told from now counts on from now, not from a day gone by told before it
    ("President Ana Vega will visit Oslo in the next year to meet Prime Minister Jonas Dahl.",
     ("Ana Vega", "Jonas Dahl"), ["2024"]),
    ("President Ana Vega and Prime Minister Luca Neri last met in Lima the past 9 of October. President Vega has "
     "proposed that both leaders realize a joint visit to the frontier zone in the next year.",
     ("Ana Vega", "Luca Neri"), ["2022-10-09", "2024"]),
])
def test_a_time_still_ahead_dates_the_plan_not_its_telling(
        extractor: Extractor, text: str, pair: tuple[str, ...], expected: list[str | None]) -> None:
    assert sorted(d or "" for d in _dates(extractor, text)[pair]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # translated copy: the day the model tags as a number apart from its month; a range it tags as an event
    ("The past 19 of August, the Chancellor Ana Soto received the Ambassador of Spain, Luis Vega.", ["2022-08-19"]),
    ("On the 9 of the present month, the Chancellor Ana Soto received the Ambassador of Spain, Luis Vega.",
     ["2023-03-09"]),
    ("Chancellor Ana Soto will meet Luis Vega in Havana between September 5 and 7.", ["2023-09-05"]),
])
def test_a_day_of_a_month_the_model_splits_or_mislabels_dates_the_contact(extractor: Extractor, text: str,
                                                                         expected: list[str]) -> None:
    assert _dates(extractor, text)[("Ana Soto", "Luis Vega")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date told "again" and the one it repeats are two meetings
    ("President Luis Soto and President Carlos Ruiz met for the first time in 2017, and again last year in Lima.",
     ["2017", "2022"]),
    # prepositions conjoined ("in January and in February"), the months of the year told with them
    ("President Luis Soto has met President Carlos Ruiz twice this year, in January and in February.",
     ["2023-01", "2023-02"]),
    ("In 2019, President Luis Soto met President Carlos Ruiz in March and in October.", ["2019-03", "2019-10"]),
])
def test_a_contact_told_on_two_dates_is_two_contacts(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert sorted(d or "" for d in _dates(extractor, text)[("Carlos Ruiz", "Luis Soto")]) == expected


@pytest.mark.parametrize("text", [
    ("On Monday, President Luis Soto received Foreign Minister Carlos Ruiz. Soto praised the agreement signed in Lima "
     "on Friday. On the same day, Vice-President Ana Vega held talks with Minister Pedro Gil."),
    ("President Luis Soto received Foreign Minister Carlos Ruiz on Monday. Soto welcomed the outcome of the summit "
     "held in Tokyo on Saturday between Prime Minister Kenji Sato and President Min Park. That same day, "
     "Vice-President Ana Vega held talks with Minister Pedro Gil."),
])
def test_the_same_day_is_not_a_day_told_in_a_clause_about_a_noun(extractor: Extractor, text: str) -> None:
    # "the agreement signed on Friday": that date is the agreement's, told aside; "the same day" is the story's
    assert _dates(extractor, text)[("Ana Vega", "Pedro Gil")] == ["2023-03-13"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said on Monday that the summit between President Luis Soto and President Carlos Ruiz had been "
     "called off.", [None]),
    ("President Luis Soto's visit to Lima to meet President Carlos Ruiz has been cancelled, his office said on "
     "Tuesday.", [None]),
    # the day the called-off event was set for still dates it
    ("The ministry said on Monday that the summit between President Luis Soto and President Carlos Ruiz set for "
     "April 4 had been called off.", ["2023-04-04"]),
])
def test_the_day_a_cancellation_is_told_is_not_the_day_of_the_event_called_off(
        extractor: Extractor, text: str, expected: list[str | None]) -> None:
    assert _dates(extractor, text)[("Carlos Ruiz", "Luis Soto")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting between President Luis Soto and President Carlos Ruiz, originally set for March 3, was moved to "
     "March 20.", ["2023-03-20"]),
    ("Talks between President Luis Soto and President Carlos Ruiz, initially planned for April 2, have been moved to "
     "April 9.", ["2023-04-09"]),
])
def test_a_plan_moved_to_another_day_is_for_the_new_day(extractor: Extractor, text: str,
                                                       expected: list[str | None]) -> None:
    assert _dates(extractor, text)[("Carlos Ruiz", "Luis Soto")] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a plan told in the past with no day of its own was for the day of the trip told just before
    ("Envoy Luis Soto flew to the northern Cajamarca region on Monday for talks with rebel leaders. In the regional "
     "capital he was expected to meet Governor Carlos Ruiz.", dt.date(2023, 3, 15), ["2023-03-13"]),
    ("Foreign Minister Luis Soto arrived in Lima on Tuesday. He was due to meet President Carlos Ruiz later in the "
     "day.", dt.date(2023, 3, 15), ["2023-03-14"]),
    # the day a trip's verb is told on lies behind, as that verb is past ("on Monday, where he was due to meet")
    ("Foreign Minister Luis Soto left for Lima on Monday, where he was due to meet President Carlos Ruiz.",
     dt.date(2023, 3, 17), ["2023-03-13"]),
])
def test_a_plan_told_in_the_past_of_a_trip_is_for_the_trips_day(extractor: Extractor, text: str,
                                                                published: dt.date, expected: list[str]) -> None:
    assert _dates(extractor, text, published)[("Carlos Ruiz", "Luis Soto")] == expected


def test_a_timelines_month_lines_take_the_year_heading_above_them(extractor: Extractor) -> None:
    text = ("Key dates\n2019\n- March: Foreign Minister Anna Berg meets Foreign Minister Jonas Dahl in Oslo.\n"
            "- October: Berg and Dahl speak by phone.\n2021\n- June: Dahl visits Stockholm and meets Berg.")
    assert sorted(d or "" for d in _dates(extractor, text)[("Anna Berg", "Jonas Dahl")]) == [
        "2019-03", "2019-10", "2021-06"]


@pytest.mark.parametrize("text", [
    "President Luis Soto spoke with President Carlos Ruiz about the elections due in May.",
    "President Luis Soto spoke by phone with President Carlos Ruiz regarding the referendum scheduled for June.",
])
def test_a_date_of_what_a_contact_is_about_is_not_its_date(extractor: Extractor, text: str) -> None:
    assert _dates(extractor, text)[("Carlos Ruiz", "Luis Soto")] == ["2023-03-15"]  # (undated: the story's day)


# ---- a day for each counterpart; an earlier event under a dated saying (dates2) -----------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # separate calls, each counterpart with its own day after its own "with"
        ("Foreign Minister Karl Jones spoke with his Egyptian counterpart Sameh Ahmed on Monday, and with Russian "
         "Foreign Minister Igor Petrov on Tuesday.",
         {("Karl Jones", "Sameh Ahmed"): ["2023-03-13"], ("Igor Petrov", "Karl Jones"): ["2023-03-14"]}),
        ("Chancellor Hans Vogel held phone calls with President Louis Martin on March 4 and with Prime Minister "
         "Marco Bianchi on March 6.",
         {("Hans Vogel", "Louis Martin"): ["2023-03-04"], ("Hans Vogel", "Marco Bianchi"): ["2023-03-06"]}),
    ],
)
def test_each_separate_call_takes_its_counterparts_own_day(
        extractor: Extractor, text: str, expected: dict[tuple[str, ...], list[str | None]]) -> None:
    assert _dates(extractor, text) == expected


def test_talks_told_in_the_pluperfect_under_a_dated_saying_take_the_day_told_elsewhere(extractor: Extractor) -> None:
    text = ("President Ali Demir met President Reza Karimi in Ankara on Friday. Demir said on Monday he had held "
            "talks with Karimi about the border.")
    assert _dates(extractor, text) == {("Ali Demir", "Reza Karimi"): ["2023-03-10"]}
    # no other day of theirs told: the saying's day is all a reader has
    alone = "President Ali Demir said on Monday he had held talks with President Reza Karimi about the border."
    assert _dates(extractor, alone) == {("Ali Demir", "Reza Karimi"): ["2023-03-13"]}


def test_an_undated_contact_told_as_the_last_one_takes_no_story_day(extractor: Extractor) -> None:
    text = ("President Ana Silva said on Monday she would visit Spain next month. Silva and Spanish Prime Minister "
            "Tomas Ruiz last met in Madrid.")
    assert _dates(extractor, text)[("Ana Silva", "Tomas Ruiz")] == [None]


@pytest.mark.parametrize("background", [
    "The two leaders last met in October 1995 at a summit in Madrid.",
    "Vogel had visited Rome in October 1995.",
])
def test_an_undated_contact_after_a_look_back_continues_the_story_not_the_look_back(
        extractor: Extractor, background: str) -> None:
    text = ("Prime Minister Marco Bianchi met Chancellor Hans Vogel in Rome on Monday. " + background +
            " Bianchi also spoke by phone with President Louis Martin.")
    assert _dates(extractor, text)[("Louis Martin", "Marco Bianchi")] == ["2023-03-13"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A meeting between Foreign Minister Ravi Kumar and Foreign Minister Li Wei was postponed and will be held in "
     "May.", "2023-05"),
    ("Talks between Foreign Minister Ravi Kumar and Foreign Minister Li Wei have been put off and will now take "
     "place next month.", "2023-04"),
])
def test_a_verb_joined_to_the_one_a_contact_noun_is_subject_of_dates_the_contact(
        extractor: Extractor, text: str, expected: str) -> None:
    [contact] = extractor.extract(text, WEDNESDAY).contacts
    assert contact.date == expected and contact.modality != "occurred"


def test_the_same_day_after_a_look_back_is_the_storys_day(extractor: Extractor) -> None:
    text = ("On Tuesday, Foreign Minister Lena Holm received Foreign Minister Rui Costa in Oslo. Holm had met Chinese "
            "Foreign Minister Li Wei in Beijing on Monday last week. The ministers discussed trade. They also "
            "discussed fisheries. Holm expressed her thanks. On the same day, Holm spoke by phone with Foreign "
            "Minister Pedro Salgado.")
    dates = _dates(extractor, text)
    assert dates[("Lena Holm", "Li Wei")] == ["2023-03-06"]
    assert dates[("Lena Holm", "Pedro Salgado")] == ["2023-03-14"]


def test_respectively_pairs_each_counterpart_with_its_day(extractor: Extractor) -> None:
    text = ("Foreign Minister Karl Jones met Foreign Minister Sameh Ahmed and Foreign Minister Igor Petrov on Monday "
            "and Tuesday respectively.")
    assert _dates(extractor, text) == {("Karl Jones", "Sameh Ahmed"): ["2023-03-13"],
                                       ("Igor Petrov", "Karl Jones"): ["2023-03-14"]}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Aleksi Korpela received Prime Minister Maris Ozols in Helsinki to review the 1975 Baltic "
        "Accord.",
        "Prime Minister Aleksi Korpela met Prime Minister Maris Ozols in Helsinki under the 1975 Baltic Accord "
        "framework.",
    ],
)
def test_an_old_year_of_a_treaty_is_no_day_of_todays_contact(extractor: Extractor, text: str) -> None:
    """A bare year modifying another noun, years before the story, is when that thing was signed: the contact
    takes the story's day."""
    assert _dates(extractor, text)[("Aleksi Korpela", "Maris Ozols")] == ["2023-03-15"]


def test_the_year_an_anniversary_gathering_marks_is_not_its_date(extractor: Extractor) -> None:
    text = ("Prime Minister Aleksi Korpela and Prime Minister Maris Ozols met in Turku on Monday for the council's "
            "1962 anniversary summit.")
    assert _dates(extractor, text)[("Aleksi Korpela", "Maris Ozols")] == ["2023-03-13"]
