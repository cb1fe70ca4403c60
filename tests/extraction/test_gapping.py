"""Gapped conjuncts (``gapping``): one contact verb said once for two contacts on two days, through the whole
extractor on invented sentences."""

import datetime as dt

import pytest

from graph.extraction import Extractor

FRIDAY = dt.date(2024, 3, 15)


@pytest.mark.parametrize("opener", ["then", "also"])
def test_an_adverb_of_sequence_may_open_the_gapped_side(extractor: Extractor, opener: str) -> None:
    text = f"Foreign Minister Karl Jones telephoned Sameh Ahmed on Monday and {opener} Igor Petrov on Wednesday."
    found = {tuple(sorted(p.label for p in c.participants)): (c.type, c.date)
             for c in extractor.extract(text, FRIDAY).contacts}
    assert found == {("Karl Jones", "Sameh Ahmed"): ("phone_call", "2024-03-11"),
                     ("Igor Petrov", "Karl Jones"): ("phone_call", "2024-03-13")}
