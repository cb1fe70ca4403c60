"""What one word on the way up from a trigger says of its event's modality.

``modality`` walks from a trigger up through the words that govern it; each word, with the dependency it was
reached by, is read here (``word_cue``): a verb of fate ("called off", "denied"), of plan ("scheduled", "will")
or of proposal ("proposed", "could"), an adjective ("planned", "possible"), a negation, a present tense with a
day ahead. Reporting verbs (``REPORTING``) pass the question on without answering it. Whether a plan held is
``plan_fates``.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.lexicon import Lexicon
from graph.extraction.pipeline import has_to_infinitive, is_heading, verb_taken_for_noun
from graph.extraction.plan_fates import (
    counterfactual,
    fell_through,
    held_when_put_off,
    no_longer,
    not_as_planned,
    plan_did_not_hold,
    since_a_date,
)
from graph.extraction.records import Modality

__all__ = [
    "word_cue", "auxiliary_cue", "is_adjunct", "proposes_with", "has_particle", "answer_to_proposal", "REPORTING",
    "PURPOSE", "AWAY_PARTICLES",
]

# Particles the parser hangs a contact noun's preposition on ("stayed away from the talks", "kept away from the
# summit"): they stand for their verb, between the noun and the verb whose cue it is.
AWAY_PARTICLES = {"away"}
REPORTING = {"say", "tell", "announce", "report", "add", "note", "write", "state", "confirm", "quote", "explain",
             "insist", "stress", "reveal", "disclose", "acknowledge", "declare", "tweet", "post", "recall"}


def proposes_with(verb: Token, prep: Token, lex: Lexicon) -> bool:
    """ "insisted on a meeting", "called for talks": a verb that proposes what its preposition takes."""
    return prep.dep_ == "prep" and f"{verb.lemma_.lower()} {prep.lower_}" in lex.modality["proposed"]["prepositional"]


def _announced(verb: Token) -> Modality | None:
    """ "The meeting has been confirmed for Tuesday" (planned), "has not (yet) been confirmed" (proposed: talked of,
    not settled): a verb of saying whose subject is the event tells how settled the event is."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "yet") for c in verb.children):
        return "proposed"
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
           for c in verb.children):
        return "planned"
    return None


def _is_copula(token: Token, lex: Lexicon) -> bool:
    """ "is", "remains", "seems": what the event is said to be stands in the verb's complement."""
    return token.lemma_.lower() in lex.modality["copula"]["verbs"]


def _governs(token: Token, lex: Lexicon, kind: str) -> bool:
    """Whether a word gives the event it governs this modality: a verb, adjective or noun ("postpone",
    "postponement"), by lemma or, where the parser mis-lemmatizes ("hopes" → "hop"), by its own form."""
    cues = lex.modality[kind]
    words = cues["governors"] | cues.get("nouns", frozenset())
    return token.lemma_.lower() in words or token.lower_ in words


def _not_come_about(token: Token, lex: Lexicon, via: str, through_prep: bool) -> bool:
    """ "have yet to meet", "failed to hold talks": the complement event has not taken place. Not when the
    event only sits in an adjunct of the complement ("failed to reach a deal in talks": the talks happened)."""
    if via != "xcomp" or through_prep:
        return False
    unfulfilled = lex.modality["denied"]["unfulfilled"]
    return token.lemma_.lower() in unfulfilled or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children)


def has_particle(token: Token, phrases: frozenset[str]) -> bool:
    """ "called off", "pencilled in", "put on hold": the verb and its particle (or its fixed prepositional
    phrase) together make the cue. The parser often takes the particle for an adverb ("pushed back the summit")."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in {"prt", "advmod"} and f"{lemma} {child.lower_}" in phrases:
            return True
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in phrases and any(g.dep_ == "prep" for g in
                                                                                 child.children):
            return True  # "pulled out of a planned meeting", the particle parsed as a preposition before "of"
        if child.dep_ == "prep" and any(f"{lemma} {child.lower_} {o.lower_}" in phrases for o in child.children):
            return True
    # "put on hold her visit": the parser may hang the phrase's words apart, but they still follow the verb; or
    # it takes the phrase's last word for a verb of its own ("hold", governing "her visit"), which ends the phrase
    following = token.doc[token.i + 1:token.i + 3]
    if len(following) == 2 and all(t.head.i in {token.i, following[0].i} for t in following) and \
            f"{lemma} {following.text.lower()}" in phrases:
        return True
    head, doc = token.head, token.doc
    if token.i != head.i + 2 or doc[head.i + 1].head.i != head.i or doc[head.i + 1].dep_ != "prep":
        return False
    return f"{head.lemma_.lower()} {doc[head.i + 1].lower_} {token.lower_}" in phrases


def _describes(token: Token) -> bool:
    """ "held what is likely to be his last meeting with Xi": the plan word governs a description of the event
    ("to be his last"), not the event."""
    return any(c.dep_ == "xcomp" and c.lemma_ == "be" and any(a.dep_ == "attr" for a in c.children)
               for c in token.children)


def answer_to_proposal(proposal: Token, lex: Lexicon) -> Modality | None:
    """ "Soto invited Vega to visit Lima, and Vega accepted" (planned), "…, but Vega declined" (denied): a proposing
    verb whose coordinated verb takes up or turns down what it proposes."""
    for verb in (c for c in proposal.children if c.dep_ == "conj"):
        if verb.lemma_.lower() in lex.modality["planned"]["acceptances"] and not any(
                c.dep_ in {"nsubjpass", "neg"} for c in verb.children):
            return "planned"  # (not "…, but no date has been agreed", "…, but B did not agree")
        if _turns_it_down(verb, lex):
            return "denied"  # (not "…, but declined to comment", "but rejected the charge")
    return None


def _turns_it_down(verb: Token, lex: Lexicon) -> bool:
    """ "…, but B declined", "…, but B rejected the idea", "…, but B turned the offer down": a verb of refusal with
    no complement but the proposal itself, named again by a noun of proposing."""
    denied = lex.modality["denied"]
    if not (verb.lemma_.lower() in denied["governors"] or has_particle(verb, denied["particles"])) or any(
            c.dep_ == "neg" for c in verb.children):
        return False
    return all(c.dep_ == "dobj" and c.lemma_.lower() in lex.modality["proposed"]["nouns"]
               for c in verb.children if c.dep_ in {"xcomp", "ccomp", "dobj"})


def _second_verb_cancels(token: Token, lex: Lexicon) -> bool:
    """A second verb of the trigger's subject tells its fate: "the meeting was pencilled in for March and
    postponed" (a coordinated verb with no subject of its own), "the visit had to be postponed" (a complement)."""
    particles = lex.modality["cancelled"]["particles"]
    for other in token.children:
        shares_subject = other.dep_ == "xcomp" or (
            other.dep_ == "conj" and other.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in other.children)
        )
        if shares_subject and (_governs(other, lex, "cancelled") or has_particle(other, particles)):
            return True
    return False


def auxiliary_cue(token: Token, lex: Lexicon) -> Modality | None:
    """What the auxiliaries of a verb say: "will meet" is planned, "could meet", "would meet if…" proposed."""
    cues = lex.modality
    children = list(token.children)
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    marks = {m.lower_ for c in children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}
    if aux & cues["proposed"]["auxiliaries"]:
        if "would" in aux and token.lemma_.lower() in cues["proposed"]["wishes"]:
            return "proposed"  # "would like to meet", "would welcome a meeting": a wish, not a plan
        if "would" in aux and any(c.dep_ == "advmod" and c.lower_ in NARRATIVE_LATER for c in children) \
                and not marks & {"if", "unless"}:
            return None  # "would later meet Lula in 2019": the future of a past narrative, which happened
        return "proposed" if marks & {"if", "unless"} or aux & cues["proposed"]["tentative"] else "planned"
    if aux & cues["planned"]["auxiliaries"]:
        return "proposed" if "if" in marks else "planned"  # "will travel to Lima if the tariffs go": on offer
    return None


def is_adjunct(prep: Token, head: Token, lex: Lexicon) -> bool:
    """ "agreed in a phone call to…", "set out his demands at the meeting": the contact is only where the
    verb's action took place, so the verb's meaning says nothing of the contact's fate. "took part in talks"
    is different: there the talks are what the verb is about."""
    adjunct = lex.modality["adjunct"]
    if any(c.dep_ == "pcomp" for c in prep.children) and (head.lemma_.lower() in lex.modality_nouns or (
            head.pos_ == "ADJ" and _governs(head, lex, "proposed"))):
        return False  # "interest in meeting", "interested in meeting": a gerund is what the cue word is about ("the
        # plan in a call" is not)
    return prep.dep_ == "prep" and prep.lower_ in adjunct["prepositions"] and (
        head.lemma_.lower() not in adjunct["participation_verbs"]
    )


def word_cue(
    token: Token, lex: Lexicon, is_trigger: bool, via: str = "", through_prep: bool = False
) -> Modality | None:
    """What ``token`` says of the event it governs, reached from below by the dependency ``via`` (``PURPOSE`` for
    a "for"-phrase); ``through_prep`` when the event sits under a preposition further down. The trigger itself
    (``is_trigger``) is read only for what sits on it (auxiliaries, negation, particles, modifiers, tense), not as a
    word that governs the event."""
    cues = lex.modality
    lemma = token.lemma_.lower()
    children = list(token.children)
    if not is_trigger and via == "nsubjpass" and lemma in REPORTING:
        return _announced(token)
    if not is_trigger and lemma == "be" and via in {"prep", PURPOSE} and any(c.dep_ == "expl" for c in children):
        # "there were no plans (yet) for a meeting", the parser hanging "for" on "were": what the event is for is
        # what the existential's noun says of it
        said = next((c for c in children if c.dep_ == "attr"), None)
        cue = word_cue(said, lex, is_trigger=False, via="prep", through_prep=through_prep) if said else None
        if cue is not None:
            return cue
    if _governs(token, lex, "cancelled") and not is_trigger:
        if via in {"nsubj", "nsubjpass"} and held_when_put_off(token, lex):
            return None  # "the visit was delayed by a day and took place on Tuesday"
        return "cancelled"
    if has_particle(token, cues["cancelled"]["particles"]):
        return "cancelled"
    if via == "xcomp" and lemma in cues["cancelled"]["cessation"] and any(
            c.dep_ == "xcomp" and c.tag_ == "VBG" for c in children):
        return "cancelled"  # "will stop sending troops"
    if not is_trigger and fell_through(token, lex):
        return "cancelled"  # "had been due to hold talks"
    if not is_trigger and not through_prep and plan_did_not_hold(token, lex, via):
        return "cancelled"  # "were supposed to meet on Friday"
    if no_longer(token) and (auxiliary_cue(token, lex) == "planned" or (
            not is_trigger and _governs(token, lex, "planned"))):
        return "cancelled"  # "will no longer travel to Minsk"
    if via in {"nsubj", "nsubjpass"} and _second_verb_cancels(token, lex):
        return "cancelled"
    if token.lower_ in cues["cancelled"]["adjectives"] and not is_trigger:
        return "cancelled"
    if any(c.dep_ == "amod" and c.lower_ in cues["cancelled"]["adjectives"] for c in children):
        return "cancelled"
    negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children) or any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.lower_ == "neither"  # "Neither A nor B has shown any
        for c in children) or any(  # willingness to meet", "Neither A nor B attended the summit"
        c.dep_ in {"dobj", "advmod"} and c.lower_ == "neither" for c in children)  # "but met neither"
    if not is_trigger and _is_copula(token, lex) and via == "nsubj" and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in cues["planned"]["agendas"] for o in c.children)
            for c in children):
        return "denied" if negated else "planned"  # "a meeting between A and B is (not) on the agenda"
    if negated and not is_trigger and lemma in cues["denied"]["uninformed"] and token.pos_ == "NOUN":
        negated = False  # "No details on who initiated the call": nothing known of the call, not no call
    if negated and lemma == "be" and via in {"nsubj", "attr"}:
        negated = False  # "the call is not the first": says nothing about whether it happened
    if negated and via == "ccomp" and not _governs(token, lex, "denied"):
        negated = False  # "has not forgotten (that) the summit was cancelled": the clause keeps its own modality
    if negated and since_a_date(token):
        negated = False  # "have not spoken since 2019" tells when they last spoke
    if negated and not_as_planned(token, lex):
        return "cancelled"
    if via == "prep" and any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in cues["denied"]["closures"]
                             for c in children):
        return "proposed" if negated else "denied"  # "shut the door on talks" ("did not close the door to talks")
    if via == "pcomp" and token.pos_ == "ADP" and token.lower_ in cues["denied"]["prepositions"]:
        return "denied"  # "decided against sending troops"
    if via == "pcomp" and token.lower_ == "from" and token.head.lemma_.lower() in cues["denied"]["preventions"]:
        return "denied"  # "was barred from meeting X"
    if (_governs(token, lex, "denied") and not is_trigger) or has_particle(token, cues["denied"]["particles"]):
        return "proposed" if negated else "denied"
    if not is_trigger and lemma in cues["proposed"]["answers"] and (
            negated or _not_come_about(token, lex, via, through_prep)):
        return "proposed"  # "has not responded to a proposal for talks", "has yet to reply": unanswered, still open
    if negated or _not_come_about(token, lex, via, through_prep):
        return "denied"
    if not is_trigger and via == "nsubj" and _not_come_about(token, lex, "xcomp", False):
        # "the meeting has yet to take place" (denied), "… has yet to be confirmed" (proposed: not settled)
        done = next((c for c in children if c.dep_ == "xcomp"), None)
        if done is not None:
            return "proposed" if done.lemma_ in REPORTING else "denied"
    if not is_trigger and via == "nsubjpass" and lemma in lex.topic_verbs:
        return "proposed"  # "a visit by Modi to China has been discussed": talked of, not yet decided
    if not is_trigger and _governs(token, lex, "proposed"):
        if lemma in lex.prepositional_proposals and not any(proposes_with(token, c, lex) for c in children):
            return None  # "called for talks" proposes; "pressed the case in a meeting" does not
        if lemma == "ask" and token.head.lemma_ in REPORTING and via != PURPOSE:  # (but "asked for a summit")
            return None
        if lemma == "open" and token.pos_ != "ADJ":
            return None  # "open to talks" proposes; "opened talks in Vienna" held them
        return "proposed"
    if not is_trigger and any(proposes_with(token, c, lex) for c in children):
        return "proposed"  # "insisted on a meeting"
    if not is_trigger and token.dep_ == "acomp" and lemma in cues["proposed"]["wishes"] and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in token.head.children):
        return "proposed"  # "would be happy to meet": a wish
    if not is_trigger and _is_copula(token, lex) and via == "nsubj" and any(
            c.dep_ == "prep" and c.lower_ == "under" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in cues["proposed"]["under"] for o in c.children)
            for c in children):
        return "proposed"  # "a visit to Beijing is under consideration"
    if any(c.dep_ == "amod" and c.lower_ in cues["proposed"]["adjectives"] for c in children):
        return "proposed"
    if not is_trigger and _is_copula(token, lex) and via == "nsubj" and any(
            c.dep_ == "acomp" and c.lower_ in cues["proposed"]["adjectives"] for c in children):
        return "proposed"  # "a meeting between Putin and Erdogan was possible"
    if counterfactual(token):
        return "cancelled"  # "would have met on Monday had the flight not been cancelled"
    tense = auxiliary_cue(token, lex)
    if tense is not None:
        return tense
    # "flies on Sunday to meet", "begins a visit on Sunday", "the visit begins on Tuesday"
    unfolds = via == "nsubj" and lemma in cues["planned"]["unfolding"]
    if (is_trigger or via in {"advcl", "xcomp", "dobj", PURPOSE} or unfolds) and _scheduled_present(token, lex):
        return "planned"
    if not is_trigger and _governs(token, lex, "planned") and not _describes(token):
        return "planned"
    if not is_trigger and has_particle(token, cues["planned"]["particles"]):
        return "planned"  # "the meeting pencilled in for March"
    if not is_trigger and _is_copula(token, lex) and via == "nsubj" and any(
        c.dep_ == "acomp" and c.lower_ in cues["planned"]["adjectives"] for c in children
    ):
        return "planned"  # "talks are due to resume next week"
    if not is_trigger and lemma == "be" and via == "xcomp":
        return "planned"  # "the UK is to send tanks", "they are to meet on Monday"
    if not is_trigger and token.lower_ == "going" and via == "xcomp":
        return "planned"  # "is going to meet" (but "the talks went ahead" happened)
    if token.lower_ in cues["planned"]["adjectives"] and not is_trigger and token.pos_ == "ADJ":
        return "planned"
    if any(c.dep_ == "amod" and c.lower_ in cues["planned"]["adjectives"] for c in children):
        return "planned"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in cues["planned"]["governors"] for c in children):
        return "planned"  # "the summit planned between Kim and Trump"
    if token.pos_ == "VERB" and has_to_infinitive(token) and (
            token.dep_ == "ROOT" or (token.dep_ in {"acl", "relcl"} and token.head.dep_ == "ROOT")
            or is_heading(token.sent) and _subject_and_infinitive(token)):
        return "planned"  # headline infinitive: "Putin to talk to Biden", "Chile's president-elect to travel to X"
    return None


def _subject_and_infinitive(verb: Token) -> bool:
    """A headline's second clause "X to visit Y" ("Leaders discuss Sudan crisis; Ruto to visit Addis next month"),
    however the parser hung it: a clause with a subject of its own, or hung on its subject where the subject stands
    as a clause ("Soto" parsed a dependent of the first verb); not the complement of a noun ("rejects calls to
    visit Addis")."""
    if verb.dep_ in {"ccomp", "conj"}:
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ in {"acl", "relcl"} and (verb.head.pos_ == "PROPN" or verb.head.dep_ in {"dep", "nsubj"})


def _scheduled_present(token: Token, lex: Lexicon) -> bool:
    """ "Trump flies to Seoul on Sunday", "she is travelling to Nairobi next week": a verb in the present
    (simple or progressive) with a date that lies ahead is a plan."""
    progressive = token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"} for c in token.children
    )
    present = token.tag_ in {"VBZ", "VBP"} or (token.tag_ == "NNS" and verb_taken_for_noun(token))  # "Ruiz hosts"
    if not present and not progressive:
        return False
    ahead = lex.modality["planned"]["ahead"]
    return any(
        t.ent_type_ in {"DATE", "TIME"} and t.lower_ in ahead
        for child in token.children if child.dep_ in {"prep", "npadvmod", "advmod", "tmod"}
        for t in child.subtree
    )


# "would later meet", "would eventually visit": told of a past narrative, the event came about.
NARRATIVE_LATER = {"later", "eventually", "subsequently", "afterwards", "afterward"}
PURPOSE = "purpose"  # the step from a "for"-phrase up to its verb, named apart from other prepositions
