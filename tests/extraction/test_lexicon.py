"""The lexicon files are read strictly: a key told twice is an error, not a silent replacement."""

import pytest

from graph.extraction.lexicon import load_lexicon, read_yaml


def test_a_key_told_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="told twice"):
        read_yaml("verbs: [meet]\nnouns: [talks]\nverbs: [call]\n")


def test_the_shipped_lexicon_reads() -> None:
    assert "meet" in load_lexicon().contact_verbs
