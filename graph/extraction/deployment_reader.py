"""What the readers of a deployment's sides share: the word helpers, and one sentence's state.

``deployment_sides.DeploymentSides`` is the core (what is sent: the force, its words and its count);
``deployment_senders.DeploymentSenders`` (who sends) and ``deployment_destinations.DeploymentDestinations`` (where
to) are its mixins. Each part calls the others through the methods declared here, so the mixins need not import
``DeploymentSides`` (which inherits from them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.lexicon import Lexicon, fold
from graph.extraction.side_resolver import RELATIVE_TAGS

__all__ = ["DeploymentReader", "FILLER", "LARGE_NUMBERS", "PERSON_PRONOUNS", "RELATIVE_TAGS", "STATE_PRONOUNS",
           "counts_money",
           "infinitive_read_as_noun", "nearest_subject", "quantity"]

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "dozen": 12, "hundred": 100, "thousand": 1000, "dozens": 24, "hundreds": 200,
                 "thousands": 2000}

# Words of a force phrase that say nothing of what the force is ("some", "about", "additional").
FILLER = {"more", "extra", "additional", "enough", "further", "some", "new", "another", "its", "their", "the", "a",
          "an", "of", "about", "around", "nearly", "roughly", "up", "to", "at", "least", "over", "almost", "own",
          "than", "fewer", "less"}


def quantity(tokens: list[Token]) -> int | None:
    """The number the tokens state, words multiplied ("two thousand" = 2000, "3,000" = 3000); None if none."""
    total: int | None = None
    for token in tokens:
        text = token.text.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", text):
            total = int(float(text)) if total is None else total * int(float(text))
        elif token.lower_ in _NUMBER_WORDS:
            value = _NUMBER_WORDS[token.lower_]
            total = value if total is None else total * value
    return total


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearest before it. A dateline ("PARIS/BERLIN, May 3 - Italy will
    send…") can be parsed as a second subject, further away than the real one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else next(iter(subjects), None)


# Pronouns that stand for a state ("it is sending", "its soldiers") or for a person ("his troops").
STATE_PRONOUNS = {"it", "they", "we", "its", "their", "our"}
PERSON_PRONOUNS = {"he", "she", "his", "her"}


def infinitive_read_as_noun(token: Token) -> Token | None:
    """The adjective ("due", "set") whose infinitive the parser took for a noun: "the ship is due to dock in Oslo",
    with "dock" the object of a preposition "to" (or of "due" itself, "to" hung beside it)."""
    doc = token.doc
    if token.dep_ != "pobj" or token.i == 0 or doc[token.i - 1].lower_ != "to" \
            or any(c.dep_ in {"det", "poss"} for c in token.children):
        return None
    head = token.head.head if token.head.lower_ == "to" else token.head
    return head if head.pos_ == "ADJ" else None


# Numbers that count money, not soldiers ("pledged 300 million").
LARGE_NUMBERS = {"million", "billion", "trillion", "bn", "mn", "m"}


def counts_money(tokens: Iterable[Token]) -> bool:
    """ "pledged $50 million", "France 20 million euros": a count of money, not of soldiers."""
    return any(t.ent_type_ == "MONEY" or t.lower_ in LARGE_NUMBERS for t in tokens)


def region_country(token: Token, lex: Lexicon) -> str | None:
    """The state whose territory a region or a military base town is ("Crimea" Ukraine, "South Ossetia" Georgia,
    "Nagorno-Karabakh" Azerbaijan, "Ramstein" Germany): the name ending at the token with the words compounded before
    it, or the token alone, or a name compounded on a base or port noun ("Yokosuka Naval Base")."""
    if token.pos_ not in {"PROPN", "NOUN"} or not token.text[:1].isupper() and (  # ("a ream of paper", "a duty
            token.lemma_.lower() not in lex.place_nouns):  # rota"; but "the Tapa base": its name is compounded)
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].head.i == token.i and doc[start - 1].dep_ in {"compound", "punct"}:
        start -= 1
    names = [doc[start:token.i + 1].text, token.text]
    if token.lemma_.lower() in lex.place_nouns:
        names += [c.text for c in token.children if c.dep_ == "compound" and c.text[:1].isupper()]
    return next((lex.regions[key] for name in names if (key := fold(name)) in lex.regions), None)


class DeploymentReader:
    """Resolves the force, sender and destination phrases of one sentence, with the article's actors and
    the last deployment's sides (``context``: its "target" and "source")."""

    def __init__(self, sent: Span, actors: ArticleActors, lex: Lexicon, context: dict[str, str]) -> None:
        self.context = context  # the destination of the last deployment, for "will contribute 296 soldiers"
        self.sent = sent
        self.actors = actors
        self.lex = lex
        self._resolving: set[int] = set()  # pronouns being resolved, so that two never resolve through each other

    # ---- the core's entry points (``deployment_sides.DeploymentSides``) ------------------------
    def is_force(self, token: Token) -> bool:
        """A noun for forces or military equipment, or a warplane's designation."""
        raise NotImplementedError

    def force_in(self, token: Token) -> Token | None:
        """The force noun heading (or inside) an object phrase."""
        raise NotImplementedError

    def number_after(self, name: Token) -> Token | None:
        """The count right after a name, which makes the name a sender whose verb is left out."""
        raise NotImplementedError

    def state_of_phrase(self, token: Token) -> str | None:
        """The state a subject phrase stands for (``deployment_senders.DeploymentSenders``)."""
        raise NotImplementedError

    # ---- shared ----------------------------------------------------------------------------------
    def force_glued_to_verb(self, noun: Token) -> Token | None:
        """ "14:05 - More US troops land in Poland": the parser may read a headline's verb of movement as a noun and
        glue its plural force subject to it as a compound; that force, right before it, is the verb's subject."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in self.lex.force_subject_verbs:
            return None
        return next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and c.tag_ == "NNS"
                     and self.is_force(c)), None)

    def place_country(self, token: Token) -> str | None:
        """The state a place word names: a state, a part of one named through it, or a region or base the gazetteer
        of states leaves out ("Crimea", "South Ossetia", "Yokosuka Naval Base": ``region_country``)."""
        return self.actors.place_country(token) or region_country(token, self.lex)
