"""The owner a title names before a name: "Putin's aide Yuri Ushakov", "Germany … Its defence minister, Katrin
Wolters".

A title phrase right before a name can open with a possessive that says whose office it is. A person's
possessive ("Lavrov's deputy, Sergei Ryabkov") is read by ``TitleReader``; "its" is read here: the state the
sentence, or else the one before it, is about.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extraction.lexicon import Lexicon
from graph.extraction.pipeline import SUBJECTS

__all__ = ["title_opener", "country_of_its"]

# How many title words may stand between the one served and the name ("Putin's foreign policy aide X").
SERVED_TITLE_TOKENS = 5


def title_opener(mention: Span, lex: Lexicon) -> Token | None:
    """The word before the title words that stand right before a name (and a comma after them): the "'s" of
    "Putin's aide Yuri Ushakov", the "Its" of "Its defence minister, Katrin Wolters"; None without a title."""
    doc = mention.doc
    i = mention.start - 1
    if i > mention.sent.start and doc[i].text == ",":
        i -= 1
    words = 0
    while i > mention.sent.start and words < SERVED_TITLE_TOKENS and (
            doc[i].lower_ in lex.title_words | lex.portfolios | lex.honorifics
            or doc[i].lower_ in lex.portfolio_nouns or doc[i].lower_ in {"of", "the"}):
        i -= 1
        words += 1
    return doc[i] if words and i >= mention.sent.start else None


def country_of_its(mention: Span, lex: Lexicon, state_at: dict[int, str]) -> str | None:
    """ "Poland's government said that its foreign minister, Radek Sikorski, would travel", "Germany has been
    cautious. Its defence minister, Katrin Wolters, …": the state "its" stands for — the nearest subject before it
    in its sentence, else the subject of the sentence before, when that subject is a state or a state's
    (its government). None when that subject is anything else ("NATO said its secretary general, X, …")."""
    opener = title_opener(mention, lex)
    if opener is None or opener.lower_ != "its":
        return None
    sent = mention.sent
    subjects = [t for t in sent if t.i < opener.i and t.dep_ in SUBJECTS]
    if not subjects and sent.start > 0:
        before = mention.doc[sent.start - 1].sent
        subjects = [c for c in before.root.children if c.dep_ in SUBJECTS]
    if not subjects:
        return None
    subject = subjects[-1]
    if subject.i in state_at:
        return state_at[subject.i]
    return next((state_at[c.i] for c in subject.children if c.dep_ == "poss" and c.i in state_at), None)
