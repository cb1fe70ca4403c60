"""Groups a phrase counts by a bloc's name: "the eight SAARC countries", "Mercosur's four member states", "the
five Nordic foreign ministers", and "the eight" taking such a group up again (``counted_groups``, the bloc data in
``lexicon/blocs.yaml``). Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor
from graph.extraction.lexicon import load_lexicon

from .rows import contact_rows

PUB = dt.date(2020, 3, 17)  # Tuesday

SAARC = ["STATE:Afghanistan", "STATE:Bangladesh", "STATE:Bhutan", "STATE:India", "STATE:Maldives", "STATE:Nepal",
         "STATE:Pakistan", "STATE:Sri Lanka"]
NORDIC = ["STATE:Denmark", "STATE:Finland", "STATE:Iceland", "STATE:Norway", "STATE:Sweden"]

CASES = [
    # the count is the bloc's size: its name stands for its members
    ("The last time leaders of the eight SAARC countries met in person was in Kathmandu in November 2014.",
     [(SAARC, "meeting", "2014-11", "occurred")]),
    ("The five Nordic foreign ministers will meet in Oslo on Thursday.",
     [(NORDIC, "meeting", "2020-03-19", "planned")]),
    ("The defence ministers of the three Baltic states met their Polish counterpart in Warsaw on Monday.",
     [(["STATE:Estonia", "STATE:Latvia", "STATE:Lithuania", "STATE:Poland"], "meeting", "2020-03-16",
       "occurred")]),
    ("Foreign ministers of the six Gulf Cooperation Council states will meet in Riyadh on Sunday.",
     [(["STATE:Bahrain", "STATE:Kuwait", "STATE:Oman", "STATE:Qatar", "STATE:Saudi Arabia",
        "STATE:United Arab Emirates"], "meeting", "2020-03-22", "planned")]),
    # a count the bloc never had, or no count at all, says nothing of who was there
    ("Uruguay's President Luis Ferrer met the leaders of Argentina and the three Mercosur founding members in "
     "Montevideo on Friday.", [(["Luis Ferrer", "STATE:Argentina"], "meeting", "2020-03-13", "occurred")]),
    ("Nepal's Prime Minister Ram Thapa met the president of Sri Lanka and other SAARC leaders in Kathmandu in "
     "November 2014.", [(["Ram Thapa", "STATE:Sri Lanka"], "meeting", "2014-11", "occurred")]),
    # a format that only ever meets complete needs no count; other blocs do
    ("Quad foreign ministers met in Tokyo on Tuesday.",
     [(["STATE:Australia", "STATE:India", "STATE:Japan", "STATE:United States"], "meeting", "2020-03-17",
       "occurred")]),
    ("AUKUS defence ministers will meet in London on Thursday.",
     [(["STATE:Australia", "STATE:United Kingdom", "STATE:United States"], "meeting", "2020-03-19", "planned")]),
    # the members' named leaders, when the phrase is definite ("the leaders of …")
    ("Brazilian President Rui Prado met Argentine President Tomas Vidal in Brasilia on Monday. Uruguay's President "
     "Luis Ferrer and Paraguay's President Hugo Benitez were not there. The leaders of Mercosur's four member "
     "states are due to meet in Asuncion on Friday.",
     [(["Hugo Benitez", "Luis Ferrer", "Rui Prado", "Tomas Vidal"], "meeting", "2020-03-20", "planned"),
      (["Rui Prado", "Tomas Vidal"], "meeting", "2020-03-16", "occurred")]),
    # a member left as a state is the head of state the article names with no country, one for one
    ("Estonian Prime Minister Kaja Tamm, Latvian President Edgars Ozols and President Gitanas Vilkas spoke on Monday. "
     "The leaders of the three Baltic states are due to meet in Riga on Friday.",
     [(["Edgars Ozols", "Gitanas Vilkas", "Kaja Tamm"], "contact", "2020-03-16", "occurred"),
      (["Edgars Ozols", "Gitanas Vilkas", "Kaja Tamm"], "meeting", "2020-03-20", "planned")]),
    # "the eight" takes up the bloc counted before; so does "the eight countries'"
    ("Indian Prime Minister Ravi Menon spoke with the leaders of the eight SAARC countries by video link on "
     "Sunday. A summit of the eight due to be held in Islamabad in 2016 was called off.",
     [(SAARC, "meeting", "2016", "cancelled"),
      (["Ravi Menon", *[s for s in SAARC if s != "STATE:India"]], "video_call", "2020-03-15", "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counted_bloc_cases(extractor: Extractor, text: str, expected: list) -> None:
    assert contact_rows(extractor, text, PUB) == sorted(expected, key=lambda r: (r[0], r[1], r[2] or "", r[3]))


def test_a_bloc_count_reads_the_members_of_its_own_era() -> None:
    blocs = load_lexicon().blocs
    (mercosur,) = blocs["mercosur"]
    assert mercosur.counted(4) == ("Argentina", "Brazil", "Paraguay", "Uruguay")
    assert mercosur.counted(5) == ()  # with Venezuela, or later with Bolivia: the count alone cannot tell
    (asean,) = blocs["asean"]
    assert "East Timor" not in asean.counted(10) and "East Timor" in asean.counted(11)
    assert asean.counted(12) == ()
    assert {b.name for b in blocs["sahel"]} == {"Alliance of Sahel States", "G5 Sahel"}
