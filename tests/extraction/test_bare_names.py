"""Single words taken for surnames by the people beside them (graph/extraction/bare_names.py)."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import contact_rows


@pytest.mark.parametrize("surname", ["Kamau", "Nkosi", "Okonkwo"])
def test_a_bare_surname_owning_a_contact_noun_is_a_side_of_it(extractor: Extractor, surname: str) -> None:
    text = f"{surname}'s talks with Foreign Minister Ana Soto ended on Monday."
    assert contact_rows(extractor, text, dt.date(2024, 6, 5)) == [
        (sorted(["Ana Soto", surname]), "meeting", "2024-06-03", "occurred")]
