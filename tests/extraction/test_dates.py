"""Date expressions resolved against the publication date, in both directions."""

import datetime as dt

import pytest

from graph.extraction.dates import date_bounds, resolve_date

PUBLISHED = dt.date(2019, 6, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("Friday", "past", "2019-06-14"),
        ("on Friday", "future", "2019-06-21"),
        ("last Friday", "past", "2019-06-07"),
        ("Tuesday", "past", "2019-06-11"),
        ("Tuesday", "future", "2019-06-18"),
        ("next Monday", "past", "2019-06-17"),
        ("Saturday morning", "future", "2019-06-15"),
        ("today", "past", "2019-06-14"),
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
