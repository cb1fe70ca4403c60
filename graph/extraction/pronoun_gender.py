"""Whether a person of the article is a woman or a man, as far as the article itself says, so that "her" is never
taken for a man ("Mr A hosted B, a day after her visit to Kyiv": her = B).

The article says it by a word before a name ("Ms", "Mr", "Queen", "Sheikha") or in a role ("spokeswoman"), and by
a sentence that names one person only, as its subject, and goes on with "she" or "he" ("B said she would …").
Evidence both ways leaves the person's gender unsaid; so does no evidence, and then any pronoun may be the person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extraction.lexicon import Lexicon
from graph.extraction.persons import Person

__all__ = ["pronoun_gender", "person_genders"]

FEMININE = frozenset({"she", "her", "hers", "herself"})
MASCULINE = frozenset({"he", "him", "his", "himself"})


def pronoun_gender(token: Token) -> str | None:
    """ "f" for "she"/"her", "m" for "he"/"his", else None."""
    lower = token.lower_
    return "f" if lower in FEMININE else "m" if lower in MASCULINE else None


def person_genders(doc: Doc, named: list[tuple[int, Person]], lex: Lexicon) -> dict[str, str]:
    """Each person's name → "f" or "m", where the article's own words say it and never say the other."""
    votes: dict[str, set[str]] = {}

    def vote(person: Person, gender: str | None) -> None:
        if gender is not None:
            votes.setdefault(person.name, set()).add(gender)

    for i, person in named:
        vote(person, _word_gender(doc[i - 1].lower_, lex) if i > 0 else None)
    for person in {p.name: p for _, p in named}.values():
        for word in (person.role or "").lower().split():
            vote(person, _word_gender(word, lex))
    for sent in doc.sents:
        people = [(i, p) for i, p in named if sent.start <= i < sent.end]
        if len({p.name for _, p in people}) != 1 or not any(doc[i].dep_ == "nsubj" or doc[i].head.dep_ == "nsubj"
                                                             for i, _ in people):
            continue  # (only a sentence naming one person, as a subject, tells: "B said she would …")
        last = people[-1][0]
        said = {g for t in sent if t.i > last and t.dep_ == "nsubj" and (g := pronoun_gender(t))}
        if len(said) == 1:
            vote(people[0][1], next(iter(said)))
    return {name: next(iter(g)) for name, g in votes.items() if len(g) == 1}


def _word_gender(word: str, lex: Lexicon) -> str | None:
    return "f" if word in lex.female_words else "m" if word in lex.male_words else None
