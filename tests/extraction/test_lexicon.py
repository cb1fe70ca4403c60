"""The lexicon files are read strictly: a key told twice is an error, not a silent replacement."""

import pytest

from graph.extraction.lexicon import load_lexicon, read_yaml


def test_a_key_told_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="told twice"):
        read_yaml("verbs: [meet]\nnouns: [talks]\nverbs: [call]\n")


def test_the_shipped_lexicon_reads() -> None:
    assert "meet" in load_lexicon().contact_verbs


@pytest.mark.parametrize(("role", "expected"), [
    ("President", True), ("Prime Minister", True), ("King", True),
    ("Vice President", False), ("former Prime Minister", False), ("Deputy Prime Minister", False),
    ("Foreign Minister", False), ("Vice-Presidential envoy", False), (None, False),
])
def test_whether_a_role_is_a_head_of_state_or_government(role: str | None, expected: bool) -> None:
    assert load_lexicon().heads_state(role) is expected
