"""Date expressions resolved against the publication date, in both directions."""

import datetime as dt

import pytest

from graph.extraction import Extractor
from graph.extraction.dates import anaphoric_unit, date_bounds, resolve_anaphoric, resolve_date

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


def test_the_end_of_the_month_is_the_month_of_the_story() -> None:
    assert resolve_date("at the end of the month", PUBLISHED, "future") == "2019-06"


# ---- which date phrase of a sentence dates a contact (whole extractor, invented sentences) ---------------------

WEDNESDAY = dt.date(2023, 3, 15)


def _dates(extractor: Extractor, text: str, published: dt.date = WEDNESDAY) -> dict[tuple[str, ...], list[str | None]]:
    found: dict[tuple[str, ...], list[str | None]] = {}
    for contact in extractor.extract(text, published).contacts:
        key = tuple(sorted(p.label for p in contact.participants))
        found.setdefault(key, []).append(contact.date)
    return found


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # a bound ("since") is not the event's date; the clause it sits in has one
        ("Foreign Minister Anna Lindqvist and Foreign Minister Pedro Salgado agreed on Monday to restore flights "
         "after the first talks between the two countries since 2019.",
         ("Anna Lindqvist", "Pedro Salgado"), ["2023-03-13"]),
        # a date in a relative clause about the speaker, not about the call
        ("Defence Minister Tomas Berg, a former admiral who took charge of the ministry in January, spoke by "
         "telephone on Tuesday with Defence Minister Ilse Varga.",
         ("Ilse Varga", "Tomas Berg"), ["2023-03-14"]),
        # the date of a coordinated clause belongs to that clause
        ("Foreign Minister Rui Costa spoke by phone with Foreign Minister Lena Holm on Monday, and the two will "
         "meet in Lisbon at the end of the month.",
         ("Lena Holm", "Rui Costa"), ["2023-03-13", "2023-03"]),
    ],
)
def test_the_date_phrase_of_the_event(extractor: Extractor, text: str, pair: tuple[str, ...],
                                      expected: list[str | None]) -> None:
    assert _dates(extractor, text)[pair] == expected


def test_a_scheduling_clause_still_dates_the_event(extractor: Extractor) -> None:
    text = ("Foreign Minister Mira Kovac invited Foreign Minister Jonas Brandt to a meeting in Zagreb, "
            "which had been scheduled for Friday, but the meeting was cancelled.")
    dates = _dates(extractor, text)[("Jonas Brandt", "Mira Kovac")]
    assert "2023-03-10" in dates or "2023-03-17" in dates


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # "the same day" names the day just told, even when no contact was told with it
        ("Border guards reported new shelling on Monday. Foreign Minister Karl Dorn held a telephone "
         "conversation with Foreign Minister Nadia Petrova the same day.",
         ("Karl Dorn", "Nadia Petrova"), ["2023-03-13"]),
        # "that year" takes the year last named
        ("The two governments last held formal talks in 2017. Their trade ministers, Paul Ode and Ken Sato, "
         "met in October of that year in Hanoi.",
         ("Ken Sato", "Paul Ode"), ["2017-10"]),
        # "the same day" skips a coarser date told in between
        ("President Lena Vik met Prime Minister Aldo Ferri in Rome on Tuesday. Ferri thanked her for her visit "
         "to Italy last year. Earlier the same day, Vik held talks with President Otto Brenner.",
         ("Lena Vik", "Otto Brenner"), ["2023-03-14"]),
    ],
)
def test_anaphoric_dates(extractor: Extractor, text: str, pair: tuple[str, ...], expected: list[str | None]) -> None:
    assert _dates(extractor, text)[pair] == expected


def test_a_preposition_is_no_step_away(extractor: Extractor) -> None:
    text = ("General Omar Haddad was received in Vienna on Monday by General Karl Wendt, a follow-up to a "
            "telephone call between the two men last week.")
    # "on Monday" and "last week" are as near to "received"; the nearer in the text dates the visit, and the
    # call, which hangs from the same verb, takes the one nearer to it
    dates = {c.type: c.date for c in extractor.extract(text, WEDNESDAY).contacts}
    assert dates == {"meeting": "2023-03-13", "phone_call": "2023-03"}


@pytest.mark.parametrize(
    ("text", "antecedent", "expected"),
    [
        ("the same day", "2019-06-11", "2019-06-11"),
        ("later that day", "2019-06", None),  # a month names no day
        ("earlier that month", "2019-05-28", "2019-05"),
        ("in March of that year", "2016", "2016-03"),
        ("later that year", "2016-10-02", "2016"),
    ],
)
def test_anaphoric_phrases_take_the_antecedent_at_their_precision(text: str, antecedent: str,
                                                                  expected: str | None) -> None:
    assert resolve_anaphoric(text, antecedent, PUBLISHED, "past") == expected


def test_only_anaphoric_phrases_have_a_unit() -> None:
    assert anaphoric_unit("earlier that month") == "month"
    assert anaphoric_unit("last month") is None
