"""A further round of the contact just told: "Iraqi and US officials began talks in January. A second round,
which had been due to take place on Wednesday, was put off"; "the North proposed another round of talks in July".

A contact noun marked as a further one ("another", "next", "new", "further", an ordinal past the first) that names
no side but those of the last contact is a new contact of that contact's sides, with its own date and fate. A
bare noun told so is otherwise dropped (``trigger_frames.marked_as_another``: it is not the last contact again),
and that lost background rounds told in a story's history. ``FurtherRounds`` is a mixin of the sentence rules,
beside ``contact_references.ReferenceRules`` (a bare noun naming the last contact again).
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.contact_assembly import ContactAssembly
from graph.extraction.discourse import ContactMention
from graph.extraction.modality import modality_of
from graph.extraction.records import ActorRef, ContactType
from graph.extraction.trigger_frames import governing_verb

__all__ = ["FurtherRounds"]

FURTHER_MARKERS = {"next", "another", "new", "further", "fresh"}
# How many sentences back the contact a further round continues may be told.
FURTHER_WINDOW = 2


def marked_as_further(noun: Token, rounds: frozenset[str]) -> bool:
    """ "another round of talks", "a second round", "the next session": a round (one of ``rounds``) marked as a
    later one than one told, on the noun or on the partitive it counts ("a new round of talks"). Not "a separate
    meeting" (another event beside it, not a further one of the same talks), "another negotiation" (too often a
    figure: "will not hold the border hostage to another negotiation") nor "the first round" (an earlier one)."""
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        heads.append(noun.head.head)
    if not any(h.lemma_.lower() in rounds for h in heads):
        return False  # ("hold the border hostage to another negotiation", "a new summit"): not a round of talks
    return any(c.dep_ in {"amod", "advmod", "det"} and (c.lower_ in FURTHER_MARKERS or (
        c.ent_type_ == "ORDINAL" and c.lower_ not in {"first", "1st"})) for head in heads for c in head.children)


class FurtherRounds(ContactAssembly):
    """The rule for a contact noun marked as a further round of the last contact."""

    def further_round(self, noun: Token, sides: list[ActorRef], base: ContactType,
                      heads: list[Token]) -> list[ContactMention]:
        """The further contact ``noun`` tells among the sides of the last contact of an earlier sentence ("A
        second round … was put off"), if it is marked so and names no one else (in the sentence of a contact, "C
        offered to host a new round of talks" may be anyone's). A state named as a side ("the North proposed
        another round") makes the round one of the states whose officials met before."""
        if not marked_as_further(noun, self.lex.round_nouns):
            return []
        told = self.discourse.last_told
        if self.current or told is None or self.index - told.sentence > FURTHER_WINDOW or len(told.participants) < 2:
            return []
        countries = {self.actors.country_of(a) for a in told.participants}
        if any(s not in told.participants and (s.kind != "state" or s.name not in countries) for s in sides):
            return []  # a side of its own: another contact, not a further round of this one
        people = sorted(told.participants)
        if any(s.kind == "state" for s in sides):
            states = sorted({ActorRef("state", c) for c in countries if c})
            if None in countries or len(states) != len(people):
                return []
            people = states
        return self.emit(noun, people[:1], people[1:], base, heads)

    def bare_round(self, noun: Token) -> list[ContactMention]:
        """ "A second round, which had been due on Wednesday, was put off", "proposed another round": a round
        with no "of" names a further round of the talks told in an earlier sentence (a meeting or contact, not a
        call or a trip), and only when whoever did something with it was one of their sides ("Lula won the
        second round" is an election's), and it was held, planned or called off."""
        told = self.discourse.last_told
        if told is None or told.type not in {"meeting", "contact"}:
            return []
        governor = governing_verb(noun)
        sides = self.subject_of(governor) if governor is not None and noun.dep_ == "dobj" else []
        if governor is not None and noun.dep_ == "dobj" and not sides:
            return []
        held = governor is not None and (governor.lemma_.lower() in self.lex.light_verbs or
                                         governor.lemma_.lower() in self.lex.occurrence_verbs)
        if not held and modality_of(noun, self.lex) == "occurred":
            return []  # ("Lula, who won the second round in October"): only a round held, planned or called off
        return self.further_round(noun, sides, "meeting", [governor] if governor is not None else [])
