"""Page furniture and wire datelines are blanked before parsing, keeping every offset; the dateline names a place."""

import pytest

from graph.extraction import Extractor
from graph.extraction.pipeline import dateline_date, dateline_place, mask_boilerplate


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("NEW DELHI, Oct 9 (Subcontinent Wire) - Chinese President Xi", "Chinese President Xi"),
        ("BRUSSELS (Reuters) — NATO allies met.", "NATO allies met."),
        ("JEDDAH, Saudi Arabia (Gulf Dispatch) - US Secretary", "US Secretary"),
        ("READ MORE: another story", ""),
        ("US President Joe Biden - a statement", "US President Joe Biden - a statement"),
        ("CAIRO/ADDIS ABABA (Nile Review) - Water talks", "Water talks"),
        ("Spokesperson Lin Jian: Foreign Minister Wang Yi met", "Foreign Minister Wang Yi met"),
        ("Q: Will they meet?", "Will they meet?"),
        ("The minister said: we will meet.", "The minister said: we will meet."),
        ("Vucic (as the papers still call him here) met", "Vucic" + " " * 37 + "met"),
        ("He met X (who arrived on Monday) in Lima.", "He met X (who arrived on Monday) in Lima."),
        ("The talks (AFP) went on.", "The talks (AFP) went on."),
        # agencies' other datelines: day first, a colon or a full stop after, or no mark at all
        ("SUVA, 4 March 2021 (Pacific Wire) - Fiji's premier", "Fiji's premier"),
        ("APIA, 5th March, 2021 (Samoa Wire) -- Samoa's premier", "Samoa's premier"),
        ("DILI, March 6 (TLW): Timor-Leste's premier", "Timor-Leste's premier"),
        ("KOROR, March 7. /PNW/. Palau's premier", "Palau's premier"),
        ("HONIARA, March 8 (SIW) Solomon Islands' premier", "Solomon Islands' premier"),
        ("NATO. The alliance met.", "NATO. The alliance met."),
        ("NATO (the alliance) met.", "NATO (the alliance) met."),
        # a byline on its own line; not a sentence that opens with "By" and a day or a name's possessive
        ("By Sara Lindqvist", ""),
        ("By Ana Soto and Luis Vega, Reuters", ""),
        ("By Jean-Paul de la Tour in Dakar", ""),
        ("By Monday, the talks had ended.", "By Monday, the talks had ended."),
        ("By Soto's account, they met twice.", "By Soto's account, they met twice."),
    ],
)
def test_masking_keeps_offsets(text: str, kept: str) -> None:
    masked = mask_boilerplate(text)
    assert len(masked) == len(text)
    assert masked.strip() == kept


def test_credits_and_captions_are_not_read() -> None:
    text = "Photo: ministers meet in Rome\nReporting by Jane Doe; editing by John Roe\nThe talks went on."
    assert mask_boilerplate(text).split("\n")[2] == "The talks went on."
    assert mask_boilerplate(text).split("\n")[0].strip() == ""
    assert mask_boilerplate(text).split("\n")[1].strip() == ""


@pytest.mark.parametrize(("text", "place"), [
    ("Headline\n\nNAIROBI, March 14 (Wire) - Kenya said …", "NAIROBI"),
    ("CAIRO/ADDIS ABABA (Nile Review) - Water …", "CAIRO"),
    ("The minister said on Monday …", None),
    # a state agency's "CITY. Month day. AGENCY -": the place ends at the day, not at a period in the name
    ("ASTANA. January 7. KAZINFORM - The Head of State …", "ASTANA"),
    ("ST. PETERSBURG, June 3 (Wire) - …", "ST. PETERSBURG"),
    # a place written with accented capitals is a dateline too (and is masked out of the lead)
    ("BOGOTÁ, May 2 (Andes Wire) - Peru's new president, Ana Soto, …", "BOGOTÁ"),
])
def test_the_dateline_place(text: str, place: str | None) -> None:
    assert dateline_place(text) == place


@pytest.mark.parametrize(("text", "date"), [
    ("NAIROBI, March 14 (Wire) - Kenya said …", "March 14"),
    ("SUVA, 4 March 2021 (Pacific Wire) - Fiji said …", "4 March 2021"),
    ("KOROR, March 7. /PNW/. Palau said …", "March 7"),
    ("DILI, March 6 (TLW): Timor-Leste said …", "March 6"),
    ("KYIV (Wire) - Ukraine said …", None),
])
def test_the_dateline_date(text: str, date: str | None) -> None:
    assert dateline_date(text) == date


@pytest.mark.parametrize("text", [
    "Foreign Minister Dr. Ana Ruiz on Tuesday received Hon. M.K. Perera, PC, at the ministry.",
    "The talks were led by Lt.-Gen. Omar Diallo and Brig. Kofi Mensah on Monday.",
])
def test_an_abbreviated_title_ends_no_sentence(extractor: Extractor, text: str) -> None:
    assert len(list(extractor.nlp(text).sents)) == 1


def test_the_writer_of_a_byline_is_no_side_of_the_story(extractor: Extractor) -> None:
    text = ("Analysis: Gulf mediators step up\n\nBy Sara Lindqvist\n\nQatar's emir received Somali President Hassan "
            "Nur on May 14, and the two men discussed a meeting with Ethiopia's prime minister.")
    found = extractor.extract(text).contacts
    assert found and all("Sara Lindqvist" not in {p.label for p in c.participants} for c in found)


def test_a_country_word_opening_a_paragraph_after_a_dateline_stays_with_its_title(extractor: Extractor) -> None:
    # the blanked dateline leaves "UK" alone on its line's start; it is still the country of the title after it
    text = ("Okafor takes Sahel talks to Dakar\n\nDAKAR, Senegal (Westwire) - UK Foreign Secretary Grace Okafor met "
            "the foreign ministers of Senegal and Mali in Dakar on Tuesday.")
    countries = {o.name: o.country for o in extractor.extract(text).officials}
    assert countries["Grace Okafor"] == "United Kingdom"
