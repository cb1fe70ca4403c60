"""Whether a contact or deployment happened, or is only planned, proposed, cancelled or denied.

The cue sits on the trigger ("will speak", "did not meet", "no talks") or on a verb that governs it
("agreed to meet", "proposed a call", "called off the visit", "denied that they had spoken"). Reporting
verbs ("said", "told") pass the question on without answering it.

This module walks up from the trigger and weighs the cues it meets (a fate outranks a plan); what each word on
the way says is ``modality_cues``.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.lexicon import Lexicon
from graph.extraction.modality_cues import (
    AWAY_PARTICLES,
    PURPOSE,
    REPORTING,
    answer_to_proposal,
    auxiliary_cue,
    is_adjunct,
    proposes_with,
    word_cue,
)
from graph.extraction.pipeline import SUBJECTS, has_to_infinitive, semicolon_between
from graph.extraction.plan_fates import held_after_all, planned_did_not_happen, refuses_a_refusal, talked_of
from graph.extraction.questions import answered_no, asked_whether_it_would, in_question
from graph.extraction.records import Modality

__all__ = ["modality_of", "is_future", "TIME_MARKS"]

# Dependencies along which a governing word's cue carries down to the trigger. Not "relcl": a relative clause
# tells its own fact ("the leaders, who met in May, agreed to meet again": the May meeting happened).
_GOVERNED = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "nsubj", "acl", "attr", "oprd", "acomp",
             "compound", "conj", "appos"}
# How many governing words the walk up from a trigger may climb: "are due to meet … for a fresh round of talks"
# takes six steps from "talks" to "due".
CHAIN_DEPTH = 6
# Prepositions that open a clause of its own time ("after meeting X, he cancelled…"): cues stop there.
_TEMPORAL = {"after", "before", "while", "since", "during", "despite", "until", "following", "amid", "upon"}


def _chain(trigger: Token, lex: Lexicon, depth: int = CHAIN_DEPTH) -> list[Token]:
    """The trigger and the words that govern it, innermost first, stopping at a reporting verb."""
    chain = [trigger]
    token = trigger
    for _ in range(depth):
        infinitive = token.dep_ == "advcl" and has_to_infinitive(token)
        # "ruled out sending troops": a bare gerund the parser hangs as an adverbial clause is the complement
        # (told after its verb: a participle before it, "A and B, meeting in Riga on Tuesday, agreed …", is the
        # circumstance of the agreeing, not what was agreed)
        gerund = token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > token.head.i and not any(
            c.dep_ == "mark" for c in token.children)
        # "no plans for Putin to speak with Biden", "rejected calls to negotiate": a "to" clause the parser hangs as
        # relative, with no relative pronoun, is the noun's complement
        complement = token.dep_ == "relcl" and has_to_infinitive(token) and not any(
            c.tag_ in {"WDT", "WP", "WP$", "WRB"} for c in token.children)
        # "will go on to Riga the following day to meet A": the infinitive hung on the day is the going's purpose
        day_purpose = token.dep_ == "npadvmod" and chain[-2:-1] != [] and chain[-2].dep_ == "relcl" and \
            has_to_infinitive(chain[-2])
        # "stayed away from the talks": the particle the parser hangs the preposition on stands for its verb
        away = token.dep_ == "advmod" and token.lower_ in AWAY_PARTICLES and chain[-2:-1] != [] and \
            chain[-2].dep_ == "prep"
        if (token.dep_ not in _GOVERNED and not infinitive and not gerund and not complement and not day_purpose
                and not away) \
                or token.head.i == token.i:
            break  # "will travel … to meet Biden": a purpose clause shares its verb's modality
        if token.dep_ == "prep" and token.lower_ in _TEMPORAL:
            break
        if token.dep_ == "nsubj" and token.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in token.children):
            break  # "A and B, meeting in Riga on Tuesday, agreed to …", parsed as the subject: a clause of its own
        if token.dep_ in {"ccomp", "conj", "parataxis"} and semicolon_between(token, token.head.i):
            break  # "met Juma on Friday; the two will meet again in November": the parser hangs one on the other
        if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"} and token.pos_ in {"VERB", "AUX"} and \
                not _bare_infinitive(token) and not _shares_auxiliary(token):
            break  # "met X and will call Y": coordinated verbs carry their own cues (but "agreed to a ceasefire
            # and to meet again": the infinitive is what the verb it is hung on agreed to; "will visit Havana and
            # meet X": a bare verb shares the auxiliary of the one it is coordinated with)
        if token.dep_ == "pobj" and token.head.lower_ in {"of", "about", "on"} and token.head.head.pos_ in {
            "NOUN", "PROPN"
        } and token.head.head.lemma_.lower() not in \
                lex.setting_nouns | lex.modality_nouns | lex.partitive_nouns | lex.report_nouns:
            break  # "the details of their conversation" asserts nothing; "the cancellation of the summit" does,
            # and what is done to "reports of a meeting" ("denied reports of a meeting") is done to the meeting
        step = token
        token = token.head
        if token.lemma_ in REPORTING and token.pos_ in {"VERB", "AUX"} and not proposes_with(token, step, lex) \
                and step.dep_ != "nsubjpass":
            break  # "said they will meet": the saying is not the meeting ("denied reports that…" goes on; "the
            # meeting was confirmed for Tuesday" tells of the meeting)
        chain.append(token)
    return chain


def _bare_infinitive(verb: Token) -> bool:
    """ "to meet" with no subject or auxiliary of its own but "to"."""
    return has_to_infinitive(verb) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} or c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


def _shares_auxiliary(verb: Token) -> bool:
    """ "will visit Havana and [meet] X": a base form with no subject or auxiliary of its own, coordinated with a
    verb, is governed by that verb's auxiliary."""
    return verb.tag_ == "VB" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)


# Prepositions that order two events of one subject ("will travel to Lima before continuing to Quito").
_SEQUENCE = {"before", "after"}
# Cues that tell an event's fate: once one is found, a plan or a proposal further out does not undo it.
_FATES = {"cancelled", "denied"}


def modality_of(trigger: Token, lex: Lexicon) -> Modality:
    """The modality of the fact a trigger states, walking outwards from the trigger. A fate (cancelled, denied)
    outranks any plan or proposal around it ("a planned visit was called off", "wants to call off the summit");
    otherwise the outermost decisive cue wins over "planned"."""
    if _reported_falsely(trigger, lex) or _without(trigger):
        return "denied"
    if asked_whether_it_would(trigger, lex):  # "asked whether it would send units, said it had no plans to"
        return "denied" if answered_no(trigger.sent, lex) else "proposed"
    found: Modality | None = None
    chain = _chain(trigger, lex)
    adjunct_head: int | None = None  # where the contact became only the setting of another verb's action
    for position, token in enumerate(chain):
        via = chain[position - 1].dep_ if position else ""
        if via == "prep" and chain[position - 1].lower_ == "for":
            via = PURPOSE  # "flies to Seoul on Sunday for talks with Moon": the talks are the trip's, ahead too
        if adjunct_head is None and position and is_adjunct(chain[position - 1], token, lex):
            adjunct_head = position
        if adjunct_head == position:
            cue = auxiliary_cue(token, lex)  # "will agree at the summit": the summit is ahead
        else:
            through_prep = any(t.dep_ in {"prep", "pobj", "agent"} for t in chain[:max(position - 1, 0)])
            cue = word_cue(token, lex, is_trigger=position == 0, via=via, through_prep=through_prep)
        if cue is None and position == 1 and talked_of(trigger, token, lex):
            cue = "proposed"  # "discussed a trilateral summit with China"
        if found == "proposed" and cue is None and token.lemma_.lower() in lex.modality["planned"]["acceptances"]:
            found = "planned"  # "accepted an invitation to visit Oslo": agreed, so planned
            continue
        if cue == "proposed":  # "invited Vega to visit in October, and Vega accepted" ("but Vega declined")
            cue = answer_to_proposal(token, lex) or cue
        if cue is None or (adjunct_head is not None and position > adjunct_head and cue != "planned"):
            continue  # "refused to comment on the meeting": the refusal is not the meeting's
        if adjunct_head is not None and position > adjunct_head and via not in {"xcomp", "ccomp", "aux"} and \
                auxiliary_cue(token, lex) is None:
            continue  # "agreed a ceasefire by phone": the agreeing was by phone, it plans no call
        if found == "denied" and cue == "denied" and refuses_a_refusal(chain[position - 1], token, lex):
            found = "proposed"  # "refused to rule out a meeting": the meeting stays possible
            continue
        if found in _FATES and cue not in _FATES:
            continue  # "asked to postpone the talks": the request is about the fate, the talks are still off
        if found is None or (found == "planned" and cue != "planned"):
            found = cue
        elif cue in {"cancelled", "denied", "proposed"}:
            found = cue
    if found in {"planned", "proposed"} and (fate := _fate_of_the_setting(chain[-1], lex)) is not None:
        return fate  # "boycotted the summit in Granada, where he was due to meet B"
    if found == "planned" and in_question(trigger):
        return "proposed"  # "declined to say whether he would meet Vega": not a plan yet
    if found == "denied" and planned_did_not_happen(trigger, lex):
        return "cancelled"
    if found == "cancelled" and held_after_all(trigger, lex):
        return "planned"  # "the meeting, postponed last week, will now take place on May 28"
    return found or _time_clause_of_a_plan(trigger, lex) or _during_a_plan(trigger, lex) or "occurred"


def _fate_of_the_setting(clause: Token, lex: Lexicon) -> Modality | None:
    """ "boycotted the summit in Granada, where he was due to meet B", "a planned visit to X, where it was to meet
    B, was cancelled": a contact planned in a "where" clause of the place of an event shares that event's fate."""
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    host = clause.head
    while host.dep_ in {"pobj", "prep"} and host.head.i != host.i:
        host = host.head  # (the place, in the event's "in"/"to" phrase)
    fate = modality_of(host, lex) if host.i != clause.head.i else None
    return fate if fate in _FATES else None


TIME_MARKS = {"when", "once", "after", "before", "whenever"}  # words opening a clause of time


def _time_clause_of_a_plan(trigger: Token, lex: Lexicon) -> Modality | None:
    """ "will sign the accord when she visits Lima in May": English tells a future event in a time clause in the
    present tense; under a plan or a proposal it is as planned as the clause it times."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else None
    if clause is None or clause.dep_ != "advcl" or clause.tag_ not in {"VBZ", "VBP"}:
        return None
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_MARKS for c in clause.children):
        return None
    timed = modality_of(clause.head, lex)
    return "planned" if is_future(timed) else None


def _during_a_plan(trigger: Token, lex: Lexicon) -> Modality | None:
    """ "is scheduled to meet Xi during a state visit to Beijing next week": what a planned contact happens during is
    still ahead as well, and so is what its subject will do before or after it ("will travel to Lima before
    continuing to Quito"). (A noun after "after" opens a time of its own: "after his visit, he will meet B".)"""
    gerund = trigger.dep_ == "pcomp" and trigger.tag_ == "VBG" and trigger.head.lower_ in _SEQUENCE \
        and not any(c.dep_ in SUBJECTS for c in trigger.children) and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in trigger.head.head.children)  # (not "agreed to resume
    # talks after sitting down for 80 minutes", where the parser hangs the sitting on the infinitive)
    if not (gerund or trigger.dep_ == "pobj" and trigger.head.lower_ == "during") or trigger.head.head.tag_ != "VB":
        return None  # a base form, under "will" or "to" (not "hopes for a role during the call", "the roadmap
        # agreed during their talks": what was hoped or agreed then plans nothing for the talks)
    timed = modality_of(trigger.head.head, lex)
    return "planned" if is_future(timed) else None


def _without(trigger: Token) -> bool:
    """ "signed late on Monday without the three leaders meeting", "without a meeting": it did not take place."""
    return trigger.head.lower_ == "without" and trigger.dep_ in {"pcomp", "pobj"}


def _reported_falsely(trigger: Token, lex: Lexicon) -> bool:
    """ "The article incorrectly stated that A met B", "An earlier version of this article reported that A met B":
    what a correction says was reported wrongly did not happen."""
    false = lex.modality["denied"]["false_report"]
    for verb in trigger.ancestors:
        if verb.lemma_ not in REPORTING:
            continue
        if any(c.dep_ == "advmod" and c.lower_ in false for c in verb.children):
            return True
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() == "version" and any(
                m.lower_ in lex.modality["denied"]["superseded_versions"] for m in c.children) for c in verb.children):
            return True  # "An earlier version (of this article) stated that …"
    return False


def is_future(modality: Modality) -> bool:
    """Whether the event is still ahead of the story: planned or proposed (not occurred, cancelled or denied)."""
    return modality in {"planned", "proposed"}
