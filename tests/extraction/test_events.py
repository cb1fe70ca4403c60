"""How statements become events: the day an undated contact of a narrative takes (invented sentences)."""

import datetime as dt
from dataclasses import replace

from graph.extraction import Extractor
from graph.extraction.discourse import ContactMention
from graph.extraction.events import merge_contacts
from graph.extraction.records import ActorRef, Evidence

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


def test_officials_continue_the_day_their_states_were_said_to_meet() -> None:
    """ "The foreign ministers of Chile and Peru met on Tuesday. Soto and Vega spoke for an hour." """
    states = [ActorRef("state", "Chile"), ActorRef("state", "Peru")]
    officials = [ActorRef("official", "Ana Soto"), ActorRef("official", "Luis Vega")]
    countries = {"Ana Soto": "Chile", "Luis Vega": "Peru"}
    mentions = [_mention(states, "2022-09-20", 0, 0), _mention(officials, None, 1, 100)]
    records = merge_contacts(mentions, THURSDAY, countries)
    assert {r.date for r in records if r.participants == tuple(sorted(officials))} == {"2022-09-20"}


def test_an_undated_contact_of_other_states_keeps_the_story_day() -> None:
    states = [ActorRef("state", "Chile"), ActorRef("state", "Peru")]
    others = [ActorRef("official", "Ana Soto"), ActorRef("official", "Jan Berg")]
    countries = {"Ana Soto": "Chile", "Jan Berg": "Norway"}
    mentions = [_mention(states, "2022-09-20", 0, 0), _mention(others, None, 1, 100)]
    records = merge_contacts(mentions, THURSDAY, countries)
    assert {r.date for r in records if r.participants == tuple(sorted(others))} == {"2022-09-22"}


def test_a_contact_told_again_with_its_sides_takes_the_day_of_the_unnamed_one(extractor: Extractor) -> None:
    text = ("The two navies' chiefs agreed on joint patrols after meeting in Manila on Monday. "
            "Admiral Rosa Lim hosted her counterpart Admiral Ken Ito at the naval headquarters.")
    assert _dates(extractor, text)[("Ken Ito", "Rosa Lim")] == ["2022-09-19"]


def test_a_dated_contact_with_its_sides_named_leaves_the_next_one_the_story_day(extractor: Extractor) -> None:
    text = ("Foreign Minister Ida Lund met Foreign Minister Marek Novak in Oslo on Monday. "
            "Trade Minister Olga Berg hosted Trade Minister Tom Hale at the trade ministry.")
    assert _dates(extractor, text)[("Olga Berg", "Tom Hale")] == ["2022-09-22"]


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
