"""Dates counted from the story's day in words: "the day after tomorrow", "in two weeks", "forty-eight hours
later", "a fortnight ago" (the model may tag only part of such a phrase, or nothing)."""

import datetime as dt

import pytest

from graph.extraction import Extractor
from graph.extraction.date_anaphora import date_shift
from graph.extraction.dates import resolve_date

THURSDAY = dt.date(2024, 1, 4)


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("the day after tomorrow", "future", "2024-01-06"),
        ("in two weeks", "future", "2024-01"),
        ("in three days' time", "future", "2024-01-07"),
        ("in ten days", "future", "2024-01-14"),
        ("in two days", "past", None),  # of the past, a length of time ("met twice in two days")
        ("forty-eight hours ago", "past", "2024-01-02"),
        ("the week before last", "past", "2023-12"),
        ("the month before last", "past", "2023-11"),
        ("later in the day", "future", "2024-01-04"),
        ("later in the day", "past", None),  # of the past it is the day told before (an anaphor)
        # counted from an event whose date the phrase names
        ("the day after the election on December 3", "past", "2023-12-04"),
        ("two days before the vote on Sunday", "past", "2023-12-29"),
        ("two weeks after the election of 3 December", "past", "2023-12"),  # "of" a date, as "on" one
    ],
)
def test_counts_from_the_story_day(text: str, direction: str, expected: str | None) -> None:
    assert resolve_date(text, THURSDAY, direction) == expected  # type: ignore[arg-type]


def test_counts_in_words_shift_from_the_date_told_before() -> None:
    assert date_shift("Forty-eight hours later") == (2, "day")
    assert date_shift("seventy two hours later") == (3, "day")
    assert date_shift("the day before yesterday") is None  # counted from the story's day, not a day told before
    assert date_shift("the day after tomorrow") is None


def _dates(extractor: Extractor, text: str) -> list[tuple[str | None, str]]:
    return [(c.date, c.modality) for c in extractor.extract(text, THURSDAY).contacts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign Minister Odile Brandt spoke by phone with Foreign Minister Kofi Asare the day before yesterday.",
         [("2024-01-02", "occurred")]),
        ("Foreign Minister Odile Brandt will speak by phone with Foreign Minister Kofi Asare the day after tomorrow.",
         [("2024-01-06", "planned")]),
        ("Foreign Minister Odile Brandt will travel to Ghana in two weeks.", [("2024-01", "planned")]),
        # "in five years" after "first" measures the gap since the last visit: no day ahead
        ("Foreign Minister Odile Brandt will make her first visit to Ghana in five years.", [(None, "planned")]),
        ("Foreign Minister Odile Brandt visited Ghana a fortnight ago.", [("2023-12", "occurred")]),
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare on Tuesday last week.",
         [("2023-12-26", "occurred")]),
        # a date told before the complement dates the agreeing, not the talks agreed on
        ("Foreign Minister Odile Brandt and Foreign Minister Kofi Asare agreed on Monday to hold talks in Accra.",
         [(None, "planned")]),
        # "later on Thursday", told on a Thursday: that same day (a bare "on Thursday" ahead is next week's)
        ("Foreign Minister Odile Brandt is expected to call Foreign Minister Kofi Asare later on Thursday.",
         [("2024-01-04", "planned")]),
        # the model tags only the event's date: the count before it is taken in
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare on the day after the election on "
         "December 3.", [("2023-12-04", "occurred")]),
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare two days after the vote on December 3.",
         [("2023-12-05", "occurred")]),
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare the day after the election of 3 December.",
         [("2023-12-04", "occurred")]),
        # "not since": the last contact's date
        ("Foreign Minister Odile Brandt has not spoken to Foreign Minister Kofi Asare since March 2020.",
         [("2020-03", "occurred")]),
        # "were to have met", "would have met": the day the plan was for has gone by
        ("Foreign Minister Odile Brandt would have met Foreign Minister Kofi Asare on Tuesday had the flight not "
         "been cancelled.", [("2024-01-02", "cancelled")]),
        ("Foreign Minister Odile Brandt and Foreign Minister Kofi Asare were to have met in Accra on Friday.",
         [("2023-12-29", "cancelled")]),
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare in Accra on Friday. Forty-eight hours "
         "later, the two ministers spoke by phone.", [("2023-12-29", "occurred"), ("2023-12-31", "occurred")]),
    ],
)
def test_counted_dates_of_contacts(extractor: Extractor, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert sorted(_dates(extractor, text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month without its year, right after a month of a past year, carries the story on from there
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare in June 2019. In October, Brandt visited "
         "Ghana.", "2019-10"),
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare in December 2019. On March 3, Brandt "
         "visited Ghana.", "2020-03-03"),
        # "that June" and a length ("weeks after") go on in the year told before
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare in February 2019, weeks after the vote. The "
         "two met again that June, and on October 3 Brandt visited Ghana.", "2019-10-03"),
        # after a year alone, or a look back in a relative clause, the month is the latest such one
        ("Foreign Minister Odile Brandt met Foreign Minister Kofi Asare in 2015. In October, Brandt visited Ghana.",
         "2023-10"),
        ("Foreign Minister Odile Brandt, who first met Foreign Minister Kofi Asare in June 2019, visited Ghana in "
         "October.", "2023-10"),
    ],
)
def test_a_month_without_its_year_continues_the_narrative(extractor: Extractor, text: str, expected: str) -> None:
    visits = [c.date for c in extractor.extract(text, THURSDAY).contacts if c.type == "visit"]
    assert visits == [expected]
