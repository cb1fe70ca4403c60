"""Where a name or a pronoun stands in its clause: the word a name hangs on, the clause a token is in, who that
clause's subjects are, and whether a name is a subject, the agent of a passive or owns the subject. Kept apart from
``actors`` (which resolves pronouns and descriptions with them) because reading a clause's roles is one concern.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graph.extraction.pipeline import SUBJECTS

if TYPE_CHECKING:
    from graph.extraction.persons import Person

__all__ = ["name_head", "clause_of", "clause_subjects", "subject_clause", "subject_pronouns", "is_subject_name",
           "is_agent_name", "owns_subject"]


def name_head(token: Token) -> Token:
    """The word a name hangs on: "Biden" for the "Joe" of "Joe Biden's remarks"."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def clause_of(token: Token) -> Token:
    """The verb of the clause ``token`` stands in (the root, when no verb governs it)."""
    clause = token
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return clause


def clause_subjects(token: Token, person_at: dict[int, Person]) -> list[Person]:
    """The people who are subjects of the clause ``token`` stands in; a clause with no subject of its own shares
    the one it hangs on ("Sullivan met Wang and spoke with him", "met Lukashenko a day after talking with him":
    the object pronoun is not Sullivan, nor Putin), unless an object controls it ("asked X to call him")."""
    clause = subject_clause(token)
    return [person_at[t.i] for c in clause.children if c.dep_ in SUBJECTS
            for t in c.subtree if t.i in person_at and not _inside_clause(t, c)]


def subject_clause(token: Token) -> Token:
    """The clause whose subject is the one of the clause ``token`` stands in (``clause_subjects``)."""
    clause = clause_of(token)
    while not any(c.dep_ in SUBJECTS for c in clause.children) and clause.head.i != clause.i and (
            clause.dep_ in {"conj", "advcl", "pcomp"} or clause.dep_ == "xcomp" and not any(
                c.dep_ == "dobj" for c in clause.head.children)):
        clause = clause_of(clause.head)
    return clause


def subject_pronouns(token: Token) -> list[Token]:
    """The subject "he" or "she" of the clause ``token`` stands in, itself or up the chain ``clause_subjects``
    follows."""
    clause = subject_clause(token)
    return [c for c in clause.children if c.dep_ in SUBJECTS and c.lower_ in {"he", "she"}]


def _inside_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a clause inside the phrase ``top`` ("Soto, who met Vega in Geneva, …": Vega
    is no subject of the clause Soto is)."""
    while token.i != top.i:
        if token.dep_ in {"relcl", "acl", "advcl"}:
            return True
        token = token.head
    return False


def is_subject_name(doc: Doc, i: int) -> bool:
    """A name that is its clause's subject, also in apposition to it ("Egypt's minister, X, said")."""
    token = doc[i]
    while token.dep_ in {"compound", "flat", "appos"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECTS


def is_agent_name(doc: Doc, i: int) -> bool:
    """A name that is the agent of a passive clause ("was received by President X"): its doer, as a subject is."""
    token = name_head(doc[i])
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def owns_subject(doc: Doc, i: int, person_at: dict[int, Person]) -> bool:
    """A name whose possessive owns its clause's subject, itself no person ("Biden's own swing looked thin. He
    stopped in Manaus"): the one the clause is about, as a subject would be."""
    token = name_head(doc[i])
    return token.dep_ == "poss" and token.head.dep_ in SUBJECTS and token.head.i not in person_at
