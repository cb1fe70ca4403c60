"""Whether a contact or deployment happened, or is only planned, proposed, cancelled or denied.

The cue sits on the trigger ("will speak", "did not meet", "no talks") or on a verb that governs it
("agreed to meet", "proposed a call", "called off the visit", "denied that they had spoken"). Reporting
verbs ("said", "told") pass the question on without answering it.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.lexicon import Lexicon
from graph.extraction.records import Modality

__all__ = ["modality_of", "is_future"]

REPORTING = {"say", "tell", "announce", "report", "add", "note", "write", "state", "confirm", "quote", "explain",
             "insist", "stress", "reveal", "disclose", "acknowledge", "declare", "tweet", "post", "recall"}
# Dependencies along which a governing word's cue carries down to the trigger. Not "relcl": a relative clause
# tells its own fact ("the leaders, who met in May, agreed to meet again": the May meeting happened).
_GOVERNED = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "nsubj", "acl", "attr", "oprd",
             "compound", "conj", "appos"}
# Prepositions that open a clause of its own time ("after meeting X, he cancelled…"): cues stop there.
_TEMPORAL = {"after", "before", "while", "since", "during", "despite", "until", "following", "amid", "upon"}


def _chain(trigger: Token, depth: int = 4) -> list[Token]:
    """The trigger and the words that govern it, innermost first, stopping at a reporting verb."""
    chain = [trigger]
    token = trigger
    for _ in range(depth):
        infinitive = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if (token.dep_ not in _GOVERNED and not infinitive) or token.head.i == token.i:
            break  # "will travel … to meet Biden": a purpose clause shares its verb's modality
        if token.dep_ == "prep" and token.lower_ in _TEMPORAL:
            break
        if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"} and token.pos_ in {"VERB", "AUX"}:
            break  # "met X and will call Y": coordinated verbs carry their own cues
        if token.dep_ == "pobj" and token.head.lower_ in {"of", "about", "on"} and token.head.head.pos_ in {
            "NOUN", "PROPN"
        } and token.head.head.lemma_.lower() not in {"sideline", "sidelines", "margin", "margins", "side"}:
            break  # "the details of their conversation": a noun inside another noun asserts nothing
        token = token.head
        if token.lemma_ in REPORTING and token.pos_ in {"VERB", "AUX"}:
            break  # "said they will meet": the saying is not the meeting ("denied reports that…" goes on)
        chain.append(token)
    return chain


def _cue(token: Token, lex: Lexicon, is_trigger: bool, via: str = "") -> Modality | None:
    cues = lex.modality
    lemma = token.lemma_.lower()
    children = list(token.children)
    if lemma in cues["cancelled"]["governors"] and not is_trigger:
        return "cancelled"
    if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in cues["cancelled"]["particles"] for c in children):
        return "cancelled"
    if token.lower_ in cues["cancelled"]["adjectives"] and not is_trigger:
        return "cancelled"
    if any(c.dep_ == "amod" and c.lower_ in cues["cancelled"]["adjectives"] for c in children):
        return "cancelled"
    negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children)
    if negated and lemma == "be" and via in {"nsubj", "attr"}:
        negated = False  # "the call is not the first": says nothing about whether it happened
    if lemma in cues["denied"]["governors"] and not is_trigger:
        return "proposed" if negated else "denied"
    if negated:
        return "denied"
    if not is_trigger and lemma in cues["proposed"]["governors"]:
        if lemma in {"call", "press", "push"} and not any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
            return None  # "called for talks" proposes; "pressed the case in a meeting" does not
        if lemma == "ask" and token.head.lemma_ in REPORTING:
            return None
        return "proposed"
    if any(c.dep_ == "amod" and c.lower_ in cues["proposed"]["adjectives"] for c in children):
        return "proposed"
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    if aux & cues["proposed"]["auxiliaries"]:
        conditional = any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in children
        )
        return "proposed" if conditional or aux & {"could", "might", "may"} else "planned"
    if aux & cues["planned"]["auxiliaries"]:
        return "planned"
    if not is_trigger and lemma in cues["planned"]["governors"]:
        return "planned"
    if not is_trigger and lemma == "be" and via == "xcomp":
        return "planned"  # "the UK is to send tanks", "they are to meet on Monday"
    if token.lower_ in cues["planned"]["adjectives"] and not is_trigger and token.pos_ == "ADJ":
        return "planned"
    if any(c.dep_ == "amod" and c.lower_ in cues["planned"]["adjectives"] for c in children):
        return "planned"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in cues["planned"]["governors"] for c in children):
        return "planned"  # "the summit planned between Kim and Trump"
    if token.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and token.dep_ == "ROOT":
        return "planned"  # headline infinitive: "Putin to talk to Biden"
    return None


def modality_of(trigger: Token, lex: Lexicon) -> Modality:
    """The modality of the fact a trigger states; the outermost decisive cue wins over "planned"."""
    found: Modality | None = None
    chain = _chain(trigger)
    for position, token in enumerate(chain):
        via = chain[position - 1].dep_ if position else ""
        cue = _cue(token, lex, is_trigger=position == 0, via=via)
        if cue is None:
            continue
        if found is None or (found == "planned" and cue != "planned"):
            found = cue
        elif cue in {"cancelled", "denied", "proposed"}:
            found = cue
    return found or "occurred"


def is_future(modality: Modality) -> bool:
    return modality in {"planned", "proposed"}
