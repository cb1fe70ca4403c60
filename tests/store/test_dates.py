"""Stored dates: the days a partial date covers, and the malformed dates the store refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.store.dates import date_bounds


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, (None, None)),
        ("", (None, None)),
        ("2021", (dt.date(2021, 1, 1), dt.date(2021, 12, 31))),
        ("2020-02", (dt.date(2020, 2, 1), dt.date(2020, 2, 29))),
        ("2021-09-14", (dt.date(2021, 9, 14), dt.date(2021, 9, 14))),
    ],
)
def test_date_bounds_cover_the_precision(value: str | None, expected: tuple[dt.date | None, ...]) -> None:
    assert date_bounds(value) == expected


# Extraction's date_bounds, which does the arithmetic, would read the first three as the year 21, September
# 2021 and the year 2021; filters and actor dictionaries must refuse them instead.
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("21", "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2021-9", "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2021-09-14-01", "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2021-13", "is not a valid date"),
        ("2021-02-30", "is not a valid date"),
    ],
)
def test_date_bounds_refuse_malformed_dates(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        date_bounds(value)
