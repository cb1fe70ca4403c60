"""Date expressions resolved against the publication date, in both directions. Which phrase of a sentence dates a
contact is tested through the extractor in test_contact_dates.py."""

import datetime as dt

import pytest

from graph.extraction import Extractor
from graph.extraction.date_anaphora import anaphoric_unit, resolve_anaphoric
from graph.extraction.date_direction import calls_off
from graph.extraction.date_mentions import names_a_date
from graph.extraction.date_spans import date_bounds
from graph.extraction.dates import Direction, resolve_date

PUBLISHED = dt.date(2019, 6, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("Friday", "past", "2019-06-14"),
        # a month or a day told with the way it lies ("the past 9 of October", translated copy) lies that way, whatever
        # the tense of the clause it is read in
        ("the past 9 of October", "future", "2018-10-09"),
        ("last March", "nearest", "2019-03"),
        ("next March", "past", "2020-03"),
        ("this past Tuesday", "future", "2019-06-11"),
        ("the 3 of the present month", "past", "2019-06-03"),  # translated copy's "del presente mes"
        ("in the last week of August", "past", "2018-08"),  # a part of a month names the month, not "last week"
        ("in the last week of August", "future", "2019-08"),
        ("the first week of May", "past", "2019-05"),
        ("on Friday", "future", "2019-06-21"),
        ("last Friday", "past", "2019-06-07"),
        ("Tuesday", "past", "2019-06-11"),
        ("Tuesday", "future", "2019-06-18"),
        ("next Monday", "past", "2019-06-17"),
        ("Saturday morning", "future", "2019-06-15"),
        ("today", "past", "2019-06-14"),
        ("earlier this morning", "past", "2019-06-14"),
        ("this autumn", "past", "2019"),  # "this": the story's own year, whichever way the event lies
        ("this May", "future", "2019-05"),
        ("this March", "nearest", "2019-03"),
        ("in this same morning", "past", "2019-06-14"),  # translated copy's "esta misma mañana": this very morning
        ("yesterday", "past", "2019-06-13"),
        ("tomorrow", "future", "2019-06-15"),
        ("March 3", "past", "2019-03-03"),
        ("3 March", "future", "2020-03-03"),
        ("November 23", "past", "2018-11-23"),
        ("Nov. 23rd", "past", "2018-11-23"),
        ("in September", "past", "2018-09"),
        ("in September", "future", "2019-09"),
        ("June", "past", "2019-06"),
        ("in 2016", "past", "2016"),
        ("September 2017", "past", "2017-09"),
        ("May 4, 2015", "past", "2015-05-04"),
        ("2015-05-04", "past", "2015-05-04"),
        ("last week", "past", "2019-06"),
        ("next week", "future", "2019-06"),
        ("last month", "past", "2019-05"),
        ("earlier this month", "past", "2019-06"),
        ("next month", "future", "2019-07"),
        ("last year", "past", "2018"),
        ("three days ago", "past", "2019-06-11"),
        ("two months ago", "past", "2019-04"),
        ("several years", "past", None),
        ("February 30", "past", None),
        # "previous" and "upcoming" say which way a date lies whatever the tense, as "last" and "next" do
        ("the previous Wednesday", "future", "2019-06-12"),
        ("the previous 9 March", "future", "2019-03-09"),
        ("the upcoming 20 March", "past", "2020-03-20"),
    ],
)
def test_resolve_date(text: str, direction: str, expected: str | None) -> None:
    assert resolve_date(text, PUBLISHED, direction) == expected  # type: ignore[arg-type]


def test_weekday_without_publication_date_is_unknown() -> None:
    assert resolve_date("Friday", None) is None
    assert resolve_date("in 2016", None) == "2016"


def test_date_bounds_cover_the_precision() -> None:
    assert date_bounds("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert date_bounds("2021") == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert date_bounds("2021-03-05") == (dt.date(2021, 3, 5), dt.date(2021, 3, 5))
    assert date_bounds(None) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("April last year", "2018-04"), ("in March next year", "2020-03"), ("23 May this year", "2019-05-23")],
)
def test_month_with_a_relative_year(text: str, expected: str) -> None:
    assert resolve_date(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Tuesday", "2019-06-11"), ("Wednesday", "2019-06-12"), ("Monday", "2019-06-17"),
     ("July 7", "2019-07-07"), ("Dec. 15", "2018-12-15"), ("in April", "2019-04"), ("in October", "2019-10")],
)
def test_nearest_for_plans_told_in_the_past(text: str, expected: str) -> None:
    assert resolve_date(text, PUBLISHED, "nearest") == expected


def test_the_end_of_the_month_is_the_month_of_the_story() -> None:
    assert resolve_date("at the end of the month", PUBLISHED, "future") == "2019-06"


@pytest.mark.parametrize(
    ("text", "published", "direction", "expected"),
    [
        # a day of the month with the month left unsaid: this month's, else the one before (or after, ahead)
        ("the 14th", PUBLISHED, "past", "2019-06-14"),
        ("the 20th", PUBLISHED, "past", "2019-05-20"),
        ("the 20th", PUBLISHED, "future", "2019-06-20"),
        ("the 3rd", PUBLISHED, "future", "2019-07-03"),
        ("the 31st", dt.date(2019, 7, 2), "past", "2019-05-31"),  # June has no 31st
        # with the month said as one counted from the story's (translated copy)
        ("on the 3rd of this month", PUBLISHED, "past", "2019-06-03"),
        ("the 28th of last month", PUBLISHED, "past", "2019-05-28"),
        ("the 2 of next month", PUBLISHED, "future", "2019-07-02"),
        # the weekend just gone is that of its Saturday, which may lie in the month before
        ("over the weekend", dt.date(2019, 7, 1), "past", "2019-06"),
        ("last weekend", dt.date(2019, 7, 1), "past", "2019-06"),
        ("at the weekend", dt.date(2019, 5, 31), "future", "2019-06"),
        ("this weekend", dt.date(2019, 6, 1), "future", "2019-06"),
        ("48 hours ago", PUBLISHED, "past", "2019-06-12"),
        ("an hour ago", PUBLISHED, "past", "2019-06-14"),
        ("a week ago", dt.date(2019, 7, 3), "past", "2019-06"),
        ("a fortnight ago", dt.date(2019, 7, 10), "past", "2019-06"),
        # a date in figures: day first, unless only the American order makes a date
        ("14.03.2019", PUBLISHED, "past", "2019-03-14"),
        ("05/06/2019", PUBLISHED, "past", "2019-06-05"),
        ("03/14/2019", PUBLISHED, "past", "2019-03-14"),
        ("31.02.2019", PUBLISHED, "past", None),
        ("last night", dt.date(2019, 7, 1), "past", "2019-06-30"),
        ("the day before yesterday", PUBLISHED, "past", "2019-06-12"),
        ("late last month", PUBLISHED, "past", "2019-05"),
        ("in mid-March", PUBLISHED, "past", "2019-03"),
        ("early next month", PUBLISHED, "future", "2019-07"),
        # the eve of a day is the day before it
        ("eve of Tuesday's", PUBLISHED, "past", "2019-06-10"),
        ("eve of the Monday", PUBLISHED, "future", "2019-06-16"),
        ("eve of March 3", PUBLISHED, "past", "2019-03-02"),
        ("eve of the talks", PUBLISHED, "past", None),
    ],
)
def test_relative_expressions(text: str, published: dt.date, direction: str, expected: str | None) -> None:
    assert resolve_date(text, published, direction) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("on Wednesday morning", True), ("the 14th", True), ("that evening", True), ("the day before", True),
     ("in the afternoon", False), ("at 6 p.m.", False), ("10:42 GMT", False), ("for four days", False)],
)
def test_a_time_of_day_or_a_length_names_no_date(text: str, expected: bool) -> None:
    assert names_a_date(text) is expected


@pytest.mark.parametrize(
    ("text", "antecedent", "expected"),
    [
        ("the same day", "2019-06-11", "2019-06-11"),
        ("later that day", "2019-06", None),  # a month names no day
        ("earlier that month", "2019-05-28", "2019-05"),
        ("in March of that year", "2016", "2016-03"),
        ("that September", "2016-02", "2016-09"),  # a month of the year told before
        ("Earlier in the day", "2019-06-11", "2019-06-11"),
        ("in that spring", "2016", "2016"),
        ("later that year", "2016-10-02", "2016"),
        ("that evening", "2019-06-11", "2019-06-11"),
        ("the same night", "2019-06-11", "2019-06-11"),
        # counted from the date told before
        ("the day before", "2019-06-11", "2019-06-10"),
        ("the previous evening", "2019-06-11", "2019-06-10"),
        ("the following day", "2019-06-30", "2019-07-01"),
        ("the next morning", "2019-06-11", "2019-06-12"),
        ("two days later", "2019-06-11", "2019-06-13"),
        ("48 hours later", "2019-06-11", "2019-06-13"),
        ("a day earlier", "2019-06-01", "2019-05-31"),
        ("a week later", "2019-06-28", "2019-07"),
        ("a month earlier", "2019-03", "2019-02"),
        ("the following year", "2016", "2017"),
        ("the following day", "2019-06", None),  # a month names no day to count from
    ],
)
def test_anaphoric_phrases_take_the_antecedent_at_their_precision(text: str, antecedent: str,
                                                                  expected: str | None) -> None:
    assert resolve_anaphoric(text, antecedent, PUBLISHED, "past") == expected


def test_only_anaphoric_phrases_have_a_unit() -> None:
    assert anaphoric_unit("earlier that month") == "month"
    assert anaphoric_unit("last month") is None
    assert anaphoric_unit("that evening") == "day"
    assert anaphoric_unit("a week later") == "day"  # a week is counted from a day
    assert anaphoric_unit("next week") is None  # counted from the story's day, not from a date told before


@pytest.mark.parametrize(("text", "direction", "expected"), [
    ("in the spring", "future", "2024"),
    ("in the spring", "past", "2023"),
    ("next summer", "past", "2024"),
    ("last summer", "future", "2023"),
    ("in the autumn", "future", "2023"),  # under way on the day of publication
    ("in the fall", "past", "2023"),  # American English: the autumn, begun on September 1
    ("in the fall", "future", "2023"),
    ("summer", "future", None),  # "his summer residence": a season word alone names no date
])
def test_a_season_names_the_year_it_begins_in(text: str, direction: Direction, expected: str | None) -> None:
    assert resolve_date(text, dt.date(2023, 9, 14), direction) == expected



@pytest.mark.parametrize("text", ["in 9999999 days", "99999999 days after the vote on October 3", "9999999 days ago",
                                  "99999 months ago"])
def test_a_count_past_the_calendar_names_no_date(text: str) -> None:
    assert resolve_date(text, PUBLISHED, "future") is None


@pytest.mark.parametrize(("text", "direction", "expected"), [
    ("on 14/5", "past", "2019-05-14"),  # day first, as most of the world writes it
    ("on 5/14", "past", "2019-05-14"),  # only the American order can be a date
    ("on 3/7", "future", "2019-07-03"),
    ("3/4", "past", None),  # alone it may be a share or a score
])
def test_a_day_and_month_in_figures_after_on(text: str, direction: Direction, expected: str | None) -> None:
    assert resolve_date(text, PUBLISHED, direction) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The regent called off the talks.", "called", True),
    ("The regent postponed the talks.", "postponed", True),
    ("The regent called for talks on Friday.", "called", False),
])
def test_a_verb_that_calls_off_a_plan(extractor: Extractor, text: str, word: str, expected: bool) -> None:
    token = next(t for t in extractor.nlp(text) if t.text == word)
    assert calls_off(token, extractor.lexicon) is expected


@pytest.mark.parametrize(("published", "expected"), [
    (dt.date(2024, 3, 3), "2024-02"),  # told on a Sunday: the weekend before, as "last Friday" on a Friday
    (dt.date(2024, 3, 4), "2024-03"),  # told on the Monday after: the weekend just gone
])
def test_last_weekend_told_on_a_weekend_is_the_one_before(published: dt.date, expected: str) -> None:
    assert resolve_date("last weekend", published) == expected
