"""The states a joint body of two countries stands for, when the body itself meets: "the India-Bangladesh Joint
Commission, which last met in Dhaka in 2019"; "the China-Australia Strategic Economic Dialogue, a ministerial
forum that last convened in 2017"; "They agreed to set up a joint commission, which will hold its first session
in Mogadishu in November".

A body's session is a contact of its states (``STATE:`` sides) when the body names them by hyphens, or, for a
body called joint or bilateral, when the clause that sets it up has the two countries (or two officials of two
countries) as its subject. ``JointBodies`` is a mixin of the sentence rules, below the verb triggers.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.contact_assembly import ContactAssembly
from graph.extraction.side_resolver import RELATIVE_TAGS, SUBJECTS

__all__ = ["JointBodies"]



class JointBodies(ContactAssembly):
    """The states of a body that meets."""

    def relative_antecedents(self, verb: Token) -> list[Token]:
        """What the relative pronoun of a relative clause may take up: the noun it hangs on, the nouns that
        noun's phrase hangs on ("the A-B Joint Commission for Cooperation, which last met …": the parser hangs the
        clause on "Cooperation"; the commission met), and what a noun in apposition renames ("the A-B Dialogue, a
        ministerial forum that last convened in 2017"); for a clause the parser hung on the verb before, the noun
        right before ", which"."""
        doc = verb.doc
        pronoun = next((c for c in verb.children if c.dep_ in SUBJECTS and c.tag_ in RELATIVE_TAGS), None)
        if verb.dep_ == "relcl":
            found = [verb.head]
        elif pronoun is not None and pronoun.i >= 2 and doc[pronoun.i - 1].text == "," and \
                doc[pronoun.i - 2].pos_ in {"NOUN", "PROPN"}:
            found = [doc[pronoun.i - 2]]  # "…, which will hold …" that the parser hung on the verb before
        else:
            return []
        while found[-1].dep_ in {"pobj", "appos"} and len(found) < 4:
            up = found[-1].head.head if found[-1].dep_ == "pobj" else found[-1].head
            if up.pos_ not in {"NOUN", "PROPN"}:
                break
            found.append(up)
        return found

    def met_body_states(self, verb: Token) -> list[str]:
        """The states of the body whose relative clause tells it met (``verb`` the clause's verb, its subject a
        relative pronoun)."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.tag_ not in RELATIVE_TAGS:
            return []
        return next((states for body in self.relative_antecedents(verb) if (states := self.body_states(body))), [])

    def body_states(self, body: Token) -> list[str]:
        """ "the India-Bangladesh Joint Commission": the countries joined by hyphens before it; "a joint
        commission" that the clause above it sets up: the two countries of that clause's subject."""
        states = self._hyphenated_states(body)
        if states or body.lemma_.lower() not in self.lex.joint_body_nouns or not any(
                c.dep_ == "amod" and c.lower_ in {"joint", "bilateral", "binational"} for c in body.children):
            return states
        clause = body.head
        while clause.dep_ in {"xcomp", "conj", "prep", "pobj"} and not any(c.dep_ in SUBJECTS for c in clause.children):
            clause = clause.head
        founders = [r for c in clause.children if c.dep_ in SUBJECTS for r in self.refs(c)]
        countries = list(dict.fromkeys(c for r in founders if (c := self.actors.country_of(r))))
        return countries if len(countries) == 2 and len(founders) == 2 else []
