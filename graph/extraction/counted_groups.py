"""A group a phrase counts: how many it says ("the three leaders", "the 27 ministers") and, when it names a bloc,
which states ("the eight SAARC countries", "Mercosur's four member states", "the five Nordic prime ministers").

A bloc's name alone ("SAARC leaders", "a G7 summit") does not say which members took part, so only a count that
is the bloc's size at some time (``lexicon.Bloc.counted``) makes its name stand for its members; a format that only
ever meets complete ("Quad leaders", "the E3 ministers"; ``whole`` in blocs.yaml) needs no count.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.dates import NUMBER_WORDS as DATE_COUNTS
from graph.extraction.lexicon import Lexicon, fold

__all__ = ["NUMBER_WORDS", "bloc_members", "bloc_of_phrase", "group_size"]

# The words that count a group ("the three leaders"): the date words' counts of two to twelve, and "both".
NUMBER_WORDS = {word: n for word, n in DATE_COUNTS.items() if 2 <= n <= 12} | {"both": 2}
# How a bloc's name hangs on the noun it qualifies: "SAARC countries", "Nordic ministers", "Mercosur's members".
_QUALIFIERS = {"compound", "amod", "poss", "nmod", "npadvmod"}
# Words between a bloc's name and its noun that belong to neither: "the eight SAARC member states".
_MEMBER_WORDS = {"member", "members", "partner", "partners"}


def group_size(token: Token) -> int | None:
    """How many a group noun counts: "the two men", "the same three leaders", "the 27 ministers", "both sides"."""
    for child in token.children:
        if child.dep_ in {"nummod", "det", "predet", "amod"}:
            if child.lower_ in NUMBER_WORDS:
                return NUMBER_WORDS[child.lower_]
            if child.dep_ == "nummod" and child.text.isdigit() and int(child.text) >= 2:
                return int(child.text)
    return None


def bloc_members(noun: Token, lex: Lexicon) -> tuple[str, ...]:
    """The states a counted group noun names by its bloc: "the eight SAARC countries", "Mercosur's four member
    states", "the five Nordic prime ministers", "the four members of the Quad". Nothing without a count (but for a
    format that only ever meets complete: "Quad leaders"), or when the count is no size the bloc ever had ("the
    three Mercosur founders")."""
    size = group_size(noun)
    for name in _bloc_names(noun):
        if size is None:  # "Quad leaders", "the AUKUS defence ministers": a format that meets only complete
            found = {tuple(sorted(bloc.eras[-1])) for bloc in lex.blocs.get(name, ()) if bloc.whole}
            if len(found) == 1:
                return found.pop()
            continue
        found = {members for bloc in lex.blocs.get(name, ()) if (members := bloc.counted(size))}
        if len(found) == 1:
            return found.pop()
    return ()


def bloc_of_phrase(noun: Token, lex: Lexicon) -> tuple[str, ...]:
    """The bloc's members a description of people counts, on itself or on whose they are: "the five Nordic prime
    ministers", "the leaders of the eight SAARC countries", "envoys from the six Gulf states"."""
    return bloc_members(noun, lex) or next(
        (members for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}
         for obj in prep.children if obj.dep_ == "pobj" and (members := bloc_members(obj, lex))), ())


def _bloc_names(noun: Token) -> list[str]:
    """The folded phrases that may name a bloc around a noun: each qualifier alone and with the words before it
    ("Gulf Cooperation Council states"), and the object of "of" ("the members of the Quad")."""
    names: list[str] = []
    for child in noun.children:
        if child.dep_ in _QUALIFIERS and child.lower_ not in _MEMBER_WORDS:
            words = [t for t in child.subtree if t.i <= child.i and t.dep_ not in {"det", "case", "nummod"}]
            names += [fold(child.text), fold(" ".join(t.text for t in words))]
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in {"det", "case"}]
                    names.append(fold(" ".join(t.text for t in words)))
    return names
