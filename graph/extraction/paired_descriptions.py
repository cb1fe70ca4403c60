"""Two heads described together: "Much may hinge on a call between A and B. The US president said he would speak
to his Russian counterpart" — the two descriptions are the two people of the contact just told, whose countries
the article never says.

Kept apart from ``described_sides.DescribedSides`` (which inherits it) because it reads the sentence's
descriptions as a pair rather than one phrase at a time; with it, the other ways a head whose country goes unsaid
is told apart: who cannot be a state's unnamed head (someone told in a contact with that state), and who is (the
one holder of the office met in that country: "was in Amman, where he met King Abdullah … Jordan's king").
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.persons import Person
from graph.extraction.records import ActorRef
from graph.extraction.side_resolver import SideResolver

__all__ = ["PairedDescriptions"]


class PairedDescriptions(SideResolver):
    """The heads of two countries a sentence describes just after a contact between two people of unsaid
    country; a mixin of ``described_sides.DescribedSides``."""

    def _one_of_unsaid_pair(self, token: Token, country: str) -> Person | None:
        """ "Much may hinge on a call between A and B. The US president said he would speak to his Russian
        counterpart": a sentence that describes the heads of two countries just after a contact between two people
        whose countries go unsaid (told in this sentence or the one before) means those two. The descriptions
        take them in the order they were named, unless a contact told before puts one of them with the other
        country's state; either way the two descriptions are the two people, so the contact between them is
        theirs. Two people merely named before ("analysts A and B said") are no one's heads."""
        described = self._head_descriptions()
        if len(described) != 2 or token.i not in {i for i, _ in described}:
            return None
        doc = self.sent.doc
        window = doc[doc[self.sent.start - 1].sent.start if self.sent.start > 0 else self.sent.start].idx
        first = described[0][0]
        told = next((m.participants for m in self.discourse.recent(self.current)
                     if window <= m.evidence.start < doc[first].idx), None)
        if told is None or len(told) != 2 or any(a.kind != "official" for a in told):
            return None
        names = {a.name for a in told}
        people: list[Person] = []
        for _, person in self.actors.persons_before(first):
            if person.name in names and person not in people:
                people.append(person)
        if len(people) != 2 or any(p.country is not None or not self._may_head(p) for p in people):
            return None
        order = [c for _, c in described]
        for pairing in (people, people[::-1]):
            if all(p.name not in self._met_as_foreign(c) for p, c in zip(pairing, order, strict=True)):
                return pairing[order.index(country)]
        return None

    def _head_descriptions(self) -> list[tuple[int, str]]:
        """The heads of state or government and counterparts the sentence describes by country, as (token index,
        country) in text order: one country each ("the US president", "his Russian counterpart"), or two for one
        plural phrase ("the US and Chinese presidents"). The same country twice is not two sides."""
        found: list[tuple[int, str]] = []
        for t in self.sent:
            if t.tag_ not in {"NN", "NNP", "NNS", "NNPS"}:
                continue
            lemma = t.lemma_.lower()
            if lemma == "minister" and any(c.lower_ == "prime" for c in t.children):
                lemma = "prime minister"
            head = lemma in {"leader", "premier"} or lemma in self.lex.head_roles
            if not head and lemma not in self.lex.counterpart_words:
                continue
            countries = self._country_cues(t)
            if len(countries) == (1 if t.tag_ in {"NN", "NNP"} else 2):
                found += [(t.i, c) for c in countries]
        return found if len({c for _, c in found}) == len(found) else []

    def _may_head(self, person: Person) -> bool:
        """Whether a person whose country goes unsaid may be a head described by country: no role given, or a
        head's ("President A")."""
        return person.role is None or self.lex.heads_state(person.role)

    def _met_as_foreign(self, country: str) -> frozenset[str]:
        """People told so far in a contact with the state itself ("Biden visited France"): none of them can be
        that state's unnamed head."""
        state = ActorRef("state", country)
        told = [*self.discourse.mentions, *self.current]
        return frozenset(a.name for m in told if state in m.participants for a in m.participants
                         if a.kind == "official")

    def _head_met_there(self, country: str, role_word: str) -> Person | None:
        """ "X was in Amman on Sunday, where he met King Abdullah. Jordan's king will travel to Madrid": the one
        holder of that head's office, his country unsaid, whom a contact told so far met in that country."""
        found = {p.name: p for m in [*self.discourse.mentions, *self.current] if m.location == country
                 for a in m.participants if a.kind == "official"
                 for p in self.actors.persons if p.name == a.name and p.country is None
                 and role_word in (p.role or "").lower().split()}
        return next(iter(found.values())) if len(found) == 1 else None
