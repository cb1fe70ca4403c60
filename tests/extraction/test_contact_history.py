"""Contacts told in a story's background: a joint body's past sessions, working-level talks between "the two"
ministries, one leader's call following another's, a bare name two holders of one office share. Sentences are
the project's own."""

import datetime as dt

from graph.extraction import Extractor

from .rows import ContactRow, contact_rows

PUB = dt.date(2023, 5, 10)  # Wednesday


def _contacts(extractor: Extractor, text: str) -> list[ContactRow]:
    return contact_rows(extractor, text, PUB)


def test_a_joint_body_that_met_in_a_relative_clause_is_a_meeting_of_its_states(extractor: Extractor) -> None:
    text = "Catch limits are set by the Peruvian-Chilean Fisheries Commission, which met in Arica in October 2021."
    assert _contacts(extractor, text) == [(["STATE:Chile", "STATE:Peru"], "meeting", "2021-10", "occurred")]


def test_officials_from_the_two_ministries_stand_for_the_two_states(extractor: Extractor) -> None:
    text = ("Ties between Ghana and Togo remain strained over the border. Officials from the two foreign ministries "
            "met in Lomé in January.")
    assert _contacts(extractor, text) == [(["STATE:Ghana", "STATE:Togo"], "meeting", "2023-01", "occurred")]
