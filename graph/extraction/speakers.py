"""Who "I" is: the speaker of the quotation or the transcript turn it is said in.

An official's own words tell his contacts in the first person: "'I just spoke with my Danish colleague,' Berg
said", a live blog's "18:30 Norwegian PM Mikael Berg: 'I just spoke with …'", a transcript's "SECRETARY HOLT: I
had a good conversation with Foreign Minister Tavares". The speaker is the person a reporting verb outside the
quotation names (in its paragraph), or the person a turn's speaker label names (the labels are masked out of the
text before parsing: ``pipeline.speaker_labels`` keeps them). A turn of a reporter ("QUESTION:", "Q:") or of a
speaker the article does not name has no one to stand for.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from graph.extraction.modality_cues import REPORTING
from graph.extraction.persons import Person
from graph.extraction.pipeline import SPEAKERS_KEY

__all__ = ["FIRST_PERSON", "first_person_speaker"]

FIRST_PERSON = {"i", "me", "my", "myself"}
_QUOTES = {'"', "“", "”"}


def first_person_speaker(token: Token, persons: Sequence[Person], person_of: dict[int, Person]) -> Person | None:
    """The person whose words hold ``token`` ("I", "my"): the one a reporting verb of its paragraph names as
    saying a quotation it is in, else the one the speaker label of its transcript turn names."""
    if _quoted(token):
        said = _attributed(token, person_of)
        if said is not None:
            return said
    return _turn_speaker(token, persons)


def _paragraph(token: Token) -> tuple[int, int]:
    """The token span of the line ``token`` is on (a paragraph: the pipeline ends sentences at line breaks)."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    end = token.i
    while end < len(doc) - 1 and "\n" not in doc[end].text_with_ws:
        end += 1
    return start, end + 1


def _quoted(token: Token) -> bool:
    """Whether ``token`` stands inside quotation marks opened on its line."""
    start, _ = _paragraph(token)
    return sum(t.text in _QUOTES for t in token.doc[start:token.i]) % 2 == 1


def _attributed(token: Token, person_of: dict[int, Person]) -> Person | None:
    """The person a reporting verb outside the quotations of the line names as its subject ("…," Berg said;
    Berg told reporters: "…"), the nearest to ``token``."""
    start, end = _paragraph(token)
    doc = token.doc
    opening = max(t.i for t in doc[start:token.i] if t.text in _QUOTES)
    if opening - 2 >= start and doc[opening - 1].text == ":" and (person := person_of.get(opening - 2)):
        return person  # "18:30 Norwegian PM Mikael Berg: "I just spoke …""
    speakers: list[tuple[int, Person]] = []
    inside = False
    for t in doc[start:end]:
        if t.text in _QUOTES:
            inside = not inside
            continue
        if inside or t.pos_ != "VERB" or t.lemma_.lower() not in REPORTING:
            continue
        for subject in (c for c in t.children if c.dep_ == "nsubj"):
            person = person_of.get(subject.i)
            if person is not None:
                speakers.append((abs(t.i - token.i), person))
    return min(speakers, key=lambda pair: pair[0])[1] if speakers else None


def _turn_speaker(token: Token, persons: Sequence[Person]) -> Person | None:
    """The person the speaker label of the turn holding ``token`` names ("SECRETARY HOLT:", "Norwegian PM Mikael
    Berg:"), by surname; the turn runs until the next label."""
    labels: list[tuple[int, str]] = token.doc.user_data.get(SPEAKERS_KEY) or []
    at = bisect_right([offset for offset, _ in labels], token.idx) - 1
    if at < 0:
        return None
    words = {w.strip(".,:'’").lower() for w in labels[at][1].split()}
    named = [p for p in persons if p.surname.lower() in words]
    return named[0] if len(named) == 1 else None
