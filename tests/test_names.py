"""Name keys: one key for the spellings of one person, different keys for different people."""

from __future__ import annotations

import pytest

from graph.names import first_name_key, first_names_compatible, name_key, surname_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mark Milley", "General Mark Milley"),
        ("Mark Milley", "Top US General Mark Milley"),
        ("Mark Milley", "Chairman of the Joint Chiefs of Staff Gen. Mark Milley"),
        ("Antony Blinken", "Secretary of State Antony Blinken"),
        ("Joe Biden", "President Joe Biden"),
        ("Joe Biden", "the U.S. President Joe Biden Jr."),
        ("Tedros Ghebreyesus", "Dr. Tedros Ghebreyesus"),
        ("John Smith", "Mr. John Smith"),
        ("Pedro Sánchez", "Pedro Sanchez"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyi"),
        ("Zelensky", "Zelenskyy"),
        ("Kiev", "Kyiv"),
        ("Valery Gerasimov", "Valeriy Gerasimov"),
        ("Valery Gerasimov", "Valerii Gerasimov"),
        ("Dmitry Peskov", "Dmitriy Peskov"),
        ("Dmitry Peskov", "Dmitri Peskov"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Alexei Navalny", "Aleksey Navalny"),
        ("Yevgeny Prigozhin", "Evgeny Prigozhin"),
        ("Nikolai Patrushev", "Nikolay Patrushev"),
        ("Maria Zakharova", "Mariya Zakharova"),
        ("Jean-Yves Le Drian", "Jean Yves Le Drian"),
        ("Dan O'Brien", "Dan O’Brien"),
        ("  Mark   Milley ", "MARK MILLEY"),
    ],
)
def test_spellings_of_one_person_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Joe Biden", "Jill Biden"),
        ("Mark Milley", "Mark Miller"),
        ("Sergey Lavrov", "Sergey Lavrova"),
        ("John Major", "John"),  # a title word is only dropped in front
    ],
)
def test_different_people_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mark Milley", "mark milley"),
        ("General Mark Milley", "mark milley"),
        ("Secretary of State Antony Blinken", "antony blinken"),
        ("John Major", "john major"),
        ("President", "president"),  # nothing but a title: keep it rather than an empty key
        ("Wang Yi", "wang yi"),  # short words are not folded
    ],
)
def test_name_key(name: str, expected: str) -> None:
    assert name_key(name) == expected


@pytest.mark.parametrize(
    ("name", "surname", "first"),
    [
        ("Mark Milley", "milley", "mark"),
        ("Top US General Mark Milley", "milley", "mark"),
        ("Milley", "milley", None),
        ("General Milley", "milley", None),
        ("Zelenskyy", "zelensky", None),
        ("Ursula von der Leyen", "leyen", "ursula"),
        ("von der Leyen", "leyen", None),
        ("Joe Biden Jr.", "biden", "joe"),
        ("Valeriy Gerasimov", "gerasimov", "valery"),
    ],
)
def test_surname_and_first_name_keys(name: str, surname: str, first: str | None) -> None:
    assert surname_key(name) == surname
    assert first_name_key(name) == first


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("mark", "mark", True),
        ("j", "joe", True),
        ("joe", "jill", False),
        ("k", "joe", False),
        (None, "joe", True),
    ],
)
def test_first_names_compatible(a: str | None, b: str | None, compatible: bool) -> None:
    assert first_names_compatible(a, b) is compatible


def test_docstring_examples_run() -> None:
    import doctest

    import graph.names

    result = doctest.testmod(graph.names)
    assert result.failed == 0 and result.attempted > 0
