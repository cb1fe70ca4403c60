"""How statements become events: the day an undated contact of a narrative takes (invented sentences)."""

import datetime as dt
from dataclasses import replace

import pytest
from spacy.tokens import Token

from graph.extraction import Extractor
from graph.extraction.discourse import ContactMention
from graph.extraction.events import merge_contacts
from graph.extraction.records import ActorRef, Evidence
from graph.extraction.trigger_frames import points_back
from graph.extraction.visits import fold_visits

THURSDAY = dt.date(2022, 9, 22)


def _dates(extractor: Extractor, text: str) -> dict[tuple[str, ...], list[str | None]]:
    found: dict[tuple[str, ...], list[str | None]] = {}
    for contact in extractor.extract(text, THURSDAY).contacts:
        found.setdefault(tuple(sorted(p.label for p in contact.participants)), []).append(contact.date)
    return found


def test_a_look_back_in_between_does_not_break_the_narrative(extractor: Extractor) -> None:
    text = ("Foreign Minister Ida Lund and Foreign Minister Marek Novak met in Oslo on Tuesday. "
            "The pair had last spoken on Saturday, by telephone. "
            "Lund, Novak and trade envoy Petra Sova then sat down for two hours at the foreign ministry.")
    dates = _dates(extractor, text)
    assert dates[("Ida Lund", "Marek Novak", "Petra Sova")] == ["2022-09-20"]
    assert "2022-09-17" in dates[("Ida Lund", "Marek Novak")]


def _mention(sides: list[ActorRef], date: str | None, sentence: int, start: int) -> ContactMention:
    return ContactMention(
        participants=frozenset(sides), type="meeting", modality="occurred", date=date, location=None,
        evidence=Evidence(sentence=f"sentence {sentence}", start=start, end=start + 10), sentence=sentence,
        confidence=0.8,
    )


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "The foreign ministers of Chile and Peru met on Tuesday. Soto and Vega spoke for an hour."
        (("Luis Vega", "Peru"), "2022-09-20"),
        # an official of another state: not the same story, so the story's own day
        (("Jan Berg", "Norway"), "2022-09-22"),
    ],
)
def test_an_undated_contact_continues_the_day_of_its_states_meeting_only_with_their_officials(
    second: tuple[str, str], expected: str
) -> None:
    states = [ActorRef("state", "Chile"), ActorRef("state", "Peru")]
    officials = [ActorRef("official", "Ana Soto"), ActorRef("official", second[0])]
    countries = {"Ana Soto": "Chile", second[0]: second[1]}
    mentions = [_mention(states, "2022-09-20", 0, 0), _mention(officials, None, 1, 100)]
    records = merge_contacts(mentions, THURSDAY, countries)
    assert {r.date for r in records if r.participants == tuple(sorted(officials))} == {expected}


def test_a_contact_told_again_with_its_sides_takes_the_day_of_the_unnamed_one(extractor: Extractor) -> None:
    text = ("The two navies' chiefs agreed on joint patrols after meeting in Manila on Monday. "
            "Admiral Rosa Lim hosted her counterpart Admiral Ken Ito at the naval headquarters.")
    assert _dates(extractor, text)[("Ken Ito", "Rosa Lim")] == ["2022-09-19"]


def test_a_dated_contact_with_its_sides_named_leaves_the_next_one_the_story_day(extractor: Extractor) -> None:
    # the story's day is the one its lead tells (Tuesday), not the day of the contact of other people just told
    text = ("Border guards reported heavy shelling on Tuesday. "
            "Foreign Minister Ida Lund met Foreign Minister Marek Novak in Oslo on Monday. "
            "Trade Minister Olga Berg hosted Trade Minister Tom Hale at the trade ministry.")
    assert _dates(extractor, text)[("Olga Berg", "Tom Hale")] == ["2022-09-20"]


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # the lead tells the story's day, the day before publication: an undated contact later on is that day's
        ("The vote was counted late on Wednesday, and the motion failed.\n\nDeputies argued in the corridors. "
         "Within an hour, Foreign Minister Ida Lund was on the phone to Foreign Minister Marek Novak.",
         ("Ida Lund", "Marek Novak"), ["2022-09-21"]),
        # so is talks only referred to, which no other statement tells
        ("Sweden and Poland signed a fisheries pact on Tuesday.\n\nThe pact was signed in Warsaw by Foreign "
         "Minister Ida Lund and Foreign Minister Marek Novak at the end of their talks.",
         ("Ida Lund", "Marek Novak"), ["2022-09-20"]),
        # a plan in the lead names no day that has passed
        ("The assembly will vote on Friday.\n\nForeign Minister Ida Lund met Foreign Minister Marek Novak.",
         ("Ida Lund", "Marek Novak"), ["2022-09-22"]),
        # a dated heading gives its section its day; a live blog's time stamp, the day the blog is written
        ("Summit live: day two\n\nWhat happened on Tuesday\n\nForeign Minister Ida Lund held talks with "
         "Foreign Minister Marek Novak.\n\n10:42 - Lund meets Berg\n\nLund held talks with Trade Minister "
         "Olga Berg.", ("Ida Lund", "Marek Novak"), ["2022-09-20"]),
        ("Summit live: day two\n\nWhat happened on Tuesday\n\nForeign Minister Ida Lund held talks with "
         "Foreign Minister Marek Novak.\n\n10:42 - Lund meets Berg\n\nLund held talks with Trade Minister "
         "Olga Berg.", ("Ida Lund", "Olga Berg"), ["2022-09-22"]),
        # a heading that is a date alone gives its day to what follows, time stamps included
        ("Summit live\n\nTuesday, September 20\n\n10:42\n\nForeign Minister Ida Lund held talks with Foreign "
         "Minister Marek Novak.\n\nWednesday, 21 September\n\n09:15\n\nLund spoke by phone with Trade Minister "
         "Olga Berg.", ("Ida Lund", "Marek Novak"), ["2022-09-20"]),
        ("Summit live\n\nTuesday, September 20\n\n10:42\n\nForeign Minister Ida Lund held talks with Foreign "
         "Minister Marek Novak.\n\nWednesday, 21 September\n\n09:15\n\nLund spoke by phone with Trade Minister "
         "Olga Berg.", ("Ida Lund", "Olga Berg"), ["2022-09-21"]),
        # "tonight", "on Monday" in an entry under a date heading count from the heading's day, not publication's
        ("Summit live\n\nWednesday, September 21\n\n09:15 Talks resume.\n\nTuesday, September 20\n\n22:10 "
         "Foreign Minister Ida Lund held a phone call with Foreign Minister Marek Novak tonight.",
         ("Ida Lund", "Marek Novak"), ["2022-09-20"]),
        ("Summit live\n\nFriday, September 16\n\n10:42 Foreign Minister Ida Lund said she had met Foreign "
         "Minister Marek Novak on Monday.", ("Ida Lund", "Marek Novak"), ["2022-09-12"]),
        # a key-events line stamped by a time the parser splits off is the blog's day (published Thursday)
        ("Key events\n10:32 Foreign Minister Ida Lund arrives in Warsaw for talks with Foreign Minister Marek "
         "Novak\n10:15 Storms reported in the north", ("Ida Lund", "Marek Novak"), ["2022-09-22"]),
        # a bulletin's opening line of a place and a date, when the lead tells no day of its own
        ("Oslo, 20 September 2022. Foreign Minister Ida Lund received Foreign Minister Marek Novak at the "
         "ministry.", ("Ida Lund", "Marek Novak"), ["2022-09-20"]),
        ("Oslo, 20 September 2022\nForeign Minister Ida Lund travelled on Wednesday to Warsaw. She held talks "
         "with Foreign Minister Marek Novak.", ("Ida Lund", "Marek Novak"), ["2022-09-21"]),
    ],
)
def test_an_undated_contact_takes_the_day_of_its_passage(
    extractor: Extractor, text: str, pair: tuple[str, ...], expected: list[str | None]
) -> None:
    assert _dates(extractor, text)[pair] == expected


def test_a_state_stands_for_its_official_named_elsewhere() -> None:
    """ "Minister Holm's call with Minister Vidal" (a headline) / "On Monday, Holm had a call with Peru's side." """
    holm, vidal, peru = ActorRef("official", "Eva Holm"), ActorRef("official", "Rosa Vidal"), ActorRef("state", "Peru")
    headline = replace(_mention([holm, vidal], None, 0, 0), reference=True)
    dated = _mention([holm, peru], "2022-09-19", 1, 100)
    records = merge_contacts([headline, dated], THURSDAY, {"Rosa Vidal": "Peru", "Eva Holm": "Sweden"})
    assert [(r.participants, r.date) for r in records] == [(tuple(sorted([holm, vidal])), "2022-09-19")]


def test_a_state_does_not_stand_for_an_official_of_another_state() -> None:
    holm, vidal = ActorRef("official", "Eva Holm"), ActorRef("official", "Rosa Vidal")
    chile = ActorRef("state", "Chile")
    headline = replace(_mention([holm, vidal], None, 0, 0), reference=True)
    dated = _mention([holm, chile], "2022-09-19", 1, 100)
    records = merge_contacts([headline, dated], THURSDAY, {"Rosa Vidal": "Peru", "Eva Holm": "Sweden"})
    assert len(records) == 2


def _contacts(extractor: Extractor, text: str) -> list[tuple[tuple[str, ...], str, str, str | None]]:
    return [
        (tuple(sorted(p.label for p in c.participants)), c.type, c.modality, c.date)
        for c in extractor.extract(text, THURSDAY).contacts
    ]


def test_a_later_call_told_with_a_trip_is_not_part_of_it(extractor: Extractor) -> None:
    text = ("Foreign Minister Ida Lund flew to Warsaw in May for talks with her Polish counterpart Marek Novak, "
            "and the two ministers spoke again by telephone earlier this month.")
    found = _contacts(extractor, text)
    pair = ("Ida Lund", "Marek Novak")
    assert (pair, "visit", "occurred", "2022-05") in found
    assert (pair, "phone_call", "occurred", "2022-09") in found


def test_talks_on_the_next_day_of_a_trip_are_the_trip(extractor: Extractor) -> None:
    text = ("Foreign Minister Ida Lund arrived in Warsaw on Monday, where Foreign Minister Marek Novak welcomed her, "
            "and the two ministers signed a treaty on Tuesday after two days of talks.")
    found = [c for c in _contacts(extractor, text) if c[0] == ("Ida Lund", "Marek Novak")]
    assert [c[1] for c in found] == ["visit"]


def test_a_refusal_beside_a_trip_stays_a_refusal() -> None:
    """ "Ola Berg refused to see a Chilean envoy who had flown to Oslo": a trip and a refusal, two events."""
    berg, chile = ActorRef("official", "Ola Berg"), ActorRef("state", "Chile")
    trip = replace(_mention([berg, chile], "2022-09", 0, 0), type="visit")
    refusal = replace(_mention([berg, chile], "2022-09", 0, 0), modality="denied")
    assert {(m.type, m.modality) for m in fold_visits([refusal, trip])} == {("visit", "occurred"),
                                                                              ("meeting", "denied")}


def test_an_earlier_meeting_does_not_refine_the_contact_told_before(extractor: Extractor) -> None:
    text = ("Foreign Minister Ida Lund and Foreign Minister Marek Novak last spoke in 2019. "
            "The last face-to-face meeting between the two governments' trade ministers came a year later.")
    found = [c for c in _contacts(extractor, text) if c[0] == ("Ida Lund", "Marek Novak")]
    assert [c[1] for c in found] == ["contact"]


def test_a_bare_call_still_gives_the_form_of_the_contact_told_before(extractor: Extractor) -> None:
    text = ("Foreign Minister Ida Lund spoke with Foreign Minister Marek Novak on Monday. "
            "The call lasted an hour.")
    assert [c[1] for c in _contacts(extractor, text)] == ["phone_call"]


def test_no_such_meeting_gives_the_form_of_the_denied_contact(extractor: Extractor) -> None:
    text = ("The ministry denied that Foreign Minister Ida Lund had secretly spoken with Foreign Minister "
            "Marek Novak. \"No such meeting took place,\" a spokesman said.")
    assert [(c[1], c[2]) for c in _contacts(extractor, text)] == [("meeting", "denied")]


def test_a_denial_of_any_such_meeting_denies_the_contact_reported_before(extractor: Extractor) -> None:
    text = ("Media in Lima reported that President Ana Soto had met President Jan Berg in Arica. The government "
            "denied that any such meeting had taken place.")
    assert ("meeting", "denied") in [(c[1], c[2]) for c in _contacts(extractor, text)]


def test_a_contact_told_in_a_relative_clause_is_the_call_it_follows(extractor: Extractor) -> None:
    text = ("Officials described a long telephone conversation on Monday, in which President Ana Soto and "
            "President Jan Berg discussed trade.")
    assert _contacts(extractor, text) == [(("Ana Soto", "Jan Berg"), "phone_call", "occurred", "2022-09-19")]


def test_a_planned_trip_does_not_absorb_an_earlier_meeting(extractor: Extractor) -> None:
    text = ("The two presidents, Ida Lund and Marek Novak, last met in March, and Lund is expected "
            "to make a trip to Poland in the autumn.")
    found = _contacts(extractor, text)
    assert (("Ida Lund", "Marek Novak"), "meeting", "occurred", "2022-03") in found
    assert any(c[1:3] == ("visit", "planned") for c in found)


def test_a_referred_bilateral_inside_a_stated_group_meeting_is_that_meeting() -> None:
    """ "Soto and Vega agreed on Tuesday … after their talks" / "Soto, her aide Ruiz and Vega sat down on Tuesday" """
    soto, vega, ruiz = (ActorRef("official", n) for n in ("Ana Soto", "Luis Vega", "Eva Ruiz"))
    referred = replace(_mention([soto, vega], "2022-09-20", 0, 0), reference=True)
    stated = _mention([soto, vega, ruiz], "2022-09-20", 1, 100)
    records = merge_contacts([referred, stated], THURSDAY)
    assert [(r.participants, len(r.evidence)) for r in records] == [(tuple(sorted([soto, vega, ruiz])), 2)]


def test_a_stated_bilateral_beside_a_group_meeting_stays_its_own_event() -> None:
    """ "Soto met Vega on Tuesday" is told as its own meeting, even on the day of a larger one."""
    soto, vega, ruiz = (ActorRef("official", n) for n in ("Ana Soto", "Luis Vega", "Eva Ruiz"))
    bilateral = _mention([soto, vega], "2022-09-20", 0, 0)
    group = _mention([soto, vega, ruiz], "2022-09-20", 1, 100)
    assert len(merge_contacts([bilateral, group], THURSDAY)) == 2


def test_a_relative_clause_about_something_else_keeps_its_own_form(extractor: Extractor) -> None:
    text = "Officials praised a phone call about the pact that President Ana Soto and President Jan Berg met to sign."
    assert [c[1] for c in _contacts(extractor, text)] == ["meeting"]


def _noun(extractor: Extractor, text: str, word: str) -> Token:
    return next(t for t in extractor.nlp(text) if t.text == word)


def test_which_later_nouns_point_back_at_the_contact_told_before(extractor: Extractor) -> None:
    denied = replace(_mention([ActorRef("official", "Ida Lund"), ActorRef("official", "Jan Berg")], None, 0, 0),
                     type="contact", modality="denied")
    spoke = replace(denied, modality="occurred")
    cases = [
        ("No such meeting took place.", "meeting", "meeting", "denied", denied, True),
        ("Their last face-to-face meeting came in 2019.", "meeting", "meeting", "occurred", spoke, False),
        ("The fourth session was postponed.", "session", "meeting", "cancelled", spoke, False),
        ("There will be no talks with Lima.", "talks", "meeting", "denied", denied, False),
        ("The Nordic Economic Dialogue was suspended.", "Dialogue", "meeting", "cancelled", spoke, False),
        ("The trip came after weeks of tension.", "trip", "visit", "occurred", spoke, False),
    ]
    for text, word, base, modality, last, expected in cases:
        assert points_back(_noun(extractor, text, word), base, modality, last) is expected, text


def test_nested_statements_of_one_sentence_end_in_the_fullest() -> None:
    a, b, c, d = (ActorRef("official", n) for n in ("Ana Soto", "Luis Vega", "Jan Berg", "Kim Lee"))
    mentions = [_mention([a, b], "2022-09-20", 0, 0), _mention([a, b, c], None, 0, 0),
                _mention([a, b, c, d], None, 0, 0)]
    records = merge_contacts(mentions, THURSDAY, {})
    assert [(len(r.participants), r.date) for r in records] == [(4, "2022-09-20")]


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # the officials of the states just told, their countries unsaid, continue that day (and are that event)
        ("The foreign ministers of Chile and Peru held talks in Lima on Tuesday. Ana Soto and Luis Vega spoke "
         "for two hours at the palace.", ("Ana Soto", "Luis Vega"), ["2022-09-20"]),
        # the story told just before dates an undated contact ahead of an earlier one told after it
        ("The army chiefs of Chile and Peru spoke by phone on Tuesday. General Rosa Lim and General Ken Ito "
         "discussed border patrols. The two generals had also been in contact on Sunday.",
         ("Ken Ito", "Rosa Lim"), ["2022-09-20", "2022-09-18"]),
        # a meeting refused on a trip told just before took place, or failed to, on the trip's day
        ("Trade Minister Ida Lund flew to Quito on Monday and held talks with Finance Minister Rosa Lim. She "
         "said afterwards that she had been refused a meeting with President Luis Vega.",
         ("Ida Lund", "Luis Vega"), ["2022-09-19"]),
        # a plan continues the dated plan told just before it
        ("Foreign Minister Ida Lund will travel to Poland on 5 October. In Warsaw she will hold talks with "
         "Foreign Minister Marek Novak.", ("Ida Lund", "Marek Novak"), ["2022-10-05"]),
    ],
)
def test_an_undated_contact_continues_the_story_told_just_before(
    extractor: Extractor, text: str, pair: tuple[str, ...], expected: list[str | None]
) -> None:
    dates = _dates(extractor, text)
    assert dates[pair] == expected
    assert not any(p[0].startswith("STATE:") and p[1].startswith("STATE:") for p in dates)


def test_a_reference_to_talks_of_the_states_just_told_takes_their_day() -> None:
    """ "The foreign ministers of Chile and Peru met on Tuesday. Soto and Vega shook hands before their talks." """
    states = [ActorRef("state", "Chile"), ActorRef("state", "Peru")]
    officials = [ActorRef("official", "Ana Soto"), ActorRef("official", "Luis Vega")]
    talks = replace(_mention(officials, None, 1, 100), reference=True)
    records = merge_contacts([_mention(states, "2022-09-20", 0, 0), talks], THURSDAY, {})
    assert [(r.participants, r.date) for r in records] == [(tuple(sorted(officials)), "2022-09-20")]


def test_officials_of_unsaid_countries_are_a_states_contact_only_on_its_day() -> None:
    """ "Iraqi and US officials held talks on Saturday" is not the generals' call of Monday, though the generals'
    countries go unsaid; told for the same day, it is."""
    states = [ActorRef("state", "Iraq"), ActorRef("state", "United States")]
    officials = [ActorRef("official", "Rosa Lim"), ActorRef("official", "Ken Ito")]
    for day, expected in (("2022-09-17", 2), ("2022-09-19", 1)):
        mentions = [_mention(officials, "2022-09-19", 0, 0), _mention(states, day, 1, 100)]
        assert len(merge_contacts(mentions, THURSDAY, {})) == expected


def test_an_event_never_lists_a_state_beside_its_own_official() -> None:
    holm, vidal, peru = ActorRef("official", "Eva Holm"), ActorRef("official", "Rosa Vidal"), ActorRef("state", "Peru")
    [record] = merge_contacts([_mention([holm, vidal, peru], "2022-09-19", 0, 0)], THURSDAY,
                              {"Rosa Vidal": "Peru", "Eva Holm": "Sweden"})
    assert record.participants == tuple(sorted([holm, vidal]))


def test_a_counterpart_described_by_country_and_named_in_the_next_sentence_is_one_call(extractor: Extractor) -> None:
    text = ("Chilean Foreign Minister Ana Soto spoke with her Peruvian counterpart on Thursday, the ministry said. "
            "Soto and Luis Vargas discussed the border and fishing rights.")
    assert _dates(extractor, text) == {("Ana Soto", "Luis Vargas"): ["2022-09-22"]}
