"""Who the people of an article are: names found whole, and organizations not taken for people.

Each row is an invented sentence and the full set of person names the extractor should find in it.
"""

import datetime as dt

import pytest

from graph.extraction import Extractor

PEOPLE = [
    # surnames and given names that begin with a capital outside A-Z
    ("Croatian Foreign Minister Gordan Šimić met Hungarian Foreign Minister Péter Ökrös in Zagreb.",
     {"Gordan Šimić", "Péter Ökrös"}),
    ("The chief of the army, General Kemal Özdemir, said the troops would stay, before meeting Polish President "
     "Tomasz Łukasik.", {"Kemal Özdemir", "Tomasz Łukasik"}),
]


@pytest.mark.parametrize(("text", "names"), PEOPLE, ids=[sorted(c[1])[0] for c in PEOPLE])
def test_people(extractor: Extractor, text: str, names: set[str]) -> None:
    officials = extractor.extract(text, dt.date(2023, 3, 6)).officials
    assert {o.name for o in officials} == names
