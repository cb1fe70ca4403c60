"""Whether a contact or deployment happened, or is only planned, proposed, cancelled or denied.

The cue sits on the trigger ("will speak", "did not meet", "no talks") or on a verb that governs it
("agreed to meet", "proposed a call", "called off the visit", "denied that they had spoken"). Reporting
verbs ("said", "told") pass the question on without answering it.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.lexicon import Lexicon
from graph.extraction.pipeline import has_to_infinitive, is_heading, verb_taken_for_noun
from graph.extraction.plan_fates import (
    counterfactual,
    fell_through,
    held_after_all,
    no_longer,
    not_as_planned,
    plan_did_not_hold,
    planned_did_not_happen,
    refuses_a_refusal,
    since_a_date,
    talked_of,
)
from graph.extraction.questions import answered_no, asked_whether_it_would, in_question
from graph.extraction.records import Modality

__all__ = ["modality_of", "is_future", "has_particle", "answer_to_proposal", "TIME_MARKS"]

REPORTING = {"say", "tell", "announce", "report", "add", "note", "write", "state", "confirm", "quote", "explain",
             "insist", "stress", "reveal", "disclose", "acknowledge", "declare", "tweet", "post", "recall"}
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
        gerund = token.dep_ == "advcl" and token.tag_ == "VBG" and not any(c.dep_ == "mark" for c in token.children)
        # "no plans for Putin to speak with Biden", "rejected calls to negotiate": a "to" clause the parser hangs as
        # relative, with no relative pronoun, is the noun's complement
        complement = token.dep_ == "relcl" and has_to_infinitive(token) and not any(
            c.tag_ in {"WDT", "WP", "WP$", "WRB"} for c in token.children)
        # "will go on to Riga the following day to meet A": the infinitive hung on the day is the going's purpose
        day_purpose = token.dep_ == "npadvmod" and chain[-2:-1] != [] and chain[-2].dep_ == "relcl" and \
            has_to_infinitive(chain[-2])
        if (token.dep_ not in _GOVERNED and not infinitive and not gerund and not complement and not day_purpose) \
                or token.head.i == token.i:
            break  # "will travel … to meet Biden": a purpose clause shares its verb's modality
        if token.dep_ == "prep" and token.lower_ in _TEMPORAL:
            break
        if token.dep_ in {"ccomp", "conj", "parataxis"} and _across_a_semicolon(token, token.head):
            break  # "met Juma on Friday; the two will meet again in November": the parser hangs one on the other
        if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"} and token.pos_ in {"VERB", "AUX"} and \
                not _bare_infinitive(token):
            break  # "met X and will call Y": coordinated verbs carry their own cues (but "agreed to a ceasefire
            # and to meet again": the infinitive is what the verb it is hung on agreed to)
        if token.dep_ == "pobj" and token.head.lower_ in {"of", "about", "on"} and token.head.head.pos_ in {
            "NOUN", "PROPN"
        } and token.head.head.lemma_.lower() not in \
                lex.setting_nouns | lex.modality_nouns | lex.partitive_nouns | lex.report_nouns:
            break  # "the details of their conversation" asserts nothing; "the cancellation of the summit" does,
            # and what is done to "reports of a meeting" ("denied reports of a meeting") is done to the meeting
        step = token
        token = token.head
        if token.lemma_ in REPORTING and token.pos_ in {"VERB", "AUX"} and not _proposes_with(token, step, lex) \
                and step.dep_ != "nsubjpass":
            break  # "said they will meet": the saying is not the meeting ("denied reports that…" goes on; "the
            # meeting was confirmed for Tuesday" tells of the meeting)
        chain.append(token)
    return chain


def _proposes_with(verb: Token, prep: Token, lex: Lexicon) -> bool:
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


def _bare_infinitive(verb: Token) -> bool:
    """ "to meet" with no subject or auxiliary of its own but "to"."""
    return has_to_infinitive(verb) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} or c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


def _across_a_semicolon(a: Token, b: Token) -> bool:
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low:high])


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
        if verb.lemma_.lower() in lex.modality["denied"]["governors"] and not any(
                c.dep_ in {"xcomp", "ccomp", "dobj"} for c in verb.children):
            return "denied"  # (not "…, but declined to comment", "but rejected the charge")
    return None


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


def _auxiliary_cue(token: Token, lex: Lexicon) -> Modality | None:
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


def _is_adjunct(prep: Token, head: Token, lex: Lexicon) -> bool:
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


def _cue(token: Token, lex: Lexicon, is_trigger: bool, via: str = "", through_prep: bool = False) -> Modality | None:
    cues = lex.modality
    lemma = token.lemma_.lower()
    children = list(token.children)
    if not is_trigger and via == "nsubjpass" and lemma in REPORTING:
        return _announced(token)
    if _governs(token, lex, "cancelled") and not is_trigger:
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
    if no_longer(token) and (_auxiliary_cue(token, lex) == "planned" or (
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
        if lemma in _prepositional_heads(lex) and not any(_proposes_with(token, c, lex) for c in children):
            return None  # "called for talks" proposes; "pressed the case in a meeting" does not
        if lemma == "ask" and token.head.lemma_ in REPORTING:
            return None
        if lemma == "open" and token.pos_ != "ADJ":
            return None  # "open to talks" proposes; "opened talks in Vienna" held them
        return "proposed"
    if not is_trigger and any(_proposes_with(token, c, lex) for c in children):
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
    tense = _auxiliary_cue(token, lex)
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


def _prepositional_heads(lex: Lexicon) -> set[str]:
    """The verbs of the proposals made only with a preposition ("call" of "call for")."""
    return {phrase.split()[0] for phrase in lex.modality["proposed"]["prepositional"]}


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
        if adjunct_head is None and position and _is_adjunct(chain[position - 1], token, lex):
            adjunct_head = position
        if adjunct_head == position:
            cue = _auxiliary_cue(token, lex)  # "will agree at the summit": the summit is ahead
        else:
            through_prep = any(t.dep_ in {"prep", "pobj", "agent"} for t in chain[:max(position - 1, 0)])
            cue = _cue(token, lex, is_trigger=position == 0, via=via, through_prep=through_prep)
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
                _auxiliary_cue(token, lex) is None:
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
    if found == "planned" and in_question(trigger):
        return "proposed"  # "declined to say whether he would meet Vega": not a plan yet
    if found == "denied" and planned_did_not_happen(trigger, lex):
        return "cancelled"
    if found == "cancelled" and held_after_all(trigger, lex):
        return "planned"  # "the meeting, postponed last week, will now take place on May 28"
    return found or _time_clause_of_a_plan(trigger, lex) or "occurred"


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
    return modality in {"planned", "proposed"}
