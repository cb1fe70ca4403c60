"""A cheap check, before any parsing, that a text is English prose at all."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_score(text: str) -> float:
    """Share of words that are English function words; English news prose sits around 0.4-0.5."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    if not words:
        return 0.0
    return sum(w in STOP_WORDS for w in words) / len(words)


def looks_english(text: str, threshold: float = 0.15) -> bool:
    """True for English prose; False for other languages, word lists, or binary junk.

    Short texts (a headline) carry few function words, so fewer than 8 words is given the benefit
    of the doubt when at least one is an English function word or the text is mostly ASCII letters.
    """
    words = _WORD.findall(text[:20_000])
    if len(words) < 8:
        return english_score(text) > 0 or (bool(words) and text.isascii())
    return english_score(text) >= threshold
