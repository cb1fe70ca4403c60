"""Whether a plan held: told in the pluperfect ("had been due to meet"), as an obligation of the past ("were
supposed to meet"), as what would have happened ("would have met"), dropped ("will no longer travel"), negated
against its plan ("will not travel as planned"), or planned and then not held ("the planned call did not take
place"); put off and set again ("the meeting, postponed last week, will now take place on May 28"); and a
negation that only dates the last contact ("have not met since March").

These are the cues of fate ``modality`` reads beside the governing verbs' own.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.lexicon import Lexicon

__all__ = ["fell_through", "plan_did_not_hold", "counterfactual", "no_longer", "not_as_planned",
           "since_a_date", "planned_did_not_happen", "held_after_all", "talked_of",
           "refuses_a_refusal", "held_when_put_off"]


def _is_pluperfect(token: Token) -> bool:
    """ "had planned", "had been scheduled", "had been due" (the "had" sits on "been" for an adjective)."""
    holders = [token, token.head] if token.dep_ in {"acomp", "attr"} else [token]
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for h in holders for c in h.children)


def fell_through(token: Token, lex: Lexicon) -> bool:
    """A plan told in the pluperfect ("had been due to hold talks", "had planned to travel to Rome")
    is news because it no longer holds: the event was called off. When a coordinated clause goes on to tell
    what became of it ("had been due in April, but the trip was moved to May"), that clause decides."""
    plans = lex.modality["cancelled"]["pluperfect_plans"]
    if (token.lemma_.lower() not in plans and token.lower_ not in plans) or not _is_pluperfect(token):
        return False
    clause = token.head if token.dep_ in {"acomp", "attr"} else token
    return not any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in clause.children)


def plan_did_not_hold(token: Token, lex: Lexicon, via: str) -> bool:
    """ "were supposed to meet in Lima on Friday", "was meant to travel last week", "were to have met": a plan
    told in the simple past with "was/were" is told because it did not hold. Only for the plan's complement ("the
    call was meant to reassure Kyiv": the call happened)."""
    if via != "xcomp" or any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in token.children):
        return False
    if token.lemma_.lower() == "be" and token.lower_ in {"was", "were"}:  # "were to have met"
        return any(c.dep_ == "xcomp" and c.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "have"
                                                                  for a in c.children) for c in token.children)
    return token.lemma_.lower() in lex.modality["cancelled"]["past_obligations"] and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were"} for c in token.children)


def counterfactual(token: Token) -> bool:
    """ "would have met", "could have travelled": what would have happened, and so did not."""
    aux = [c.lower_ for c in token.children if c.dep_ == "aux"]
    return token.tag_ == "VBN" and "have" in aux and bool({"would", "could"} & set(aux))


def no_longer(token: Token) -> bool:
    """ "will no longer travel", "is no longer expected to attend": a plan that has been dropped."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
               for c in token.children)


def not_as_planned(token: Token, lex: Lexicon) -> bool:
    """ "will not travel to Minsk next week as planned": a negated event that was planned is cancelled."""
    plans = lex.modality["cancelled"]["as_planned"]
    return any(
        c.dep_ == "advcl" and c.lemma_.lower() in plans
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        for c in token.children
    )


def since_a_date(token: Token) -> bool:
    """ "had not met since March", "have not spoken since the summit in May": the negation dates the last meeting
    rather than denying one (not "since taking office", which may have seen none); so does a bare "since" ("the two
    have not spoken since"), the contact told before."""
    return any(
        c.dep_ == "prep" and c.lower_ == "since" and any(
            o.dep_ == "pobj" and any(t.ent_type_ == "DATE" for t in o.subtree) for o in c.children)
        # "have not spoken since (then)": since the contact told before
        or c.lower_ == "since" and all(o.lower_ == "then" for o in c.children)
        for c in token.children
    )


def planned_did_not_happen(trigger: Token, lex: Lexicon) -> bool:
    """ "The planned call did not take place", "the meeting, scheduled for Friday, did not happen": an event that
    was planned and then did not happen was called off, not denied."""
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or not any(c.dep_ == "neg" for c in trigger.head.children):
        return False
    planned = lex.modality["planned"]
    if any(c.dep_ == "amod" and c.lower_ in planned["adjectives"] for c in trigger.children):
        return True
    # "the meeting between A and B, scheduled for Friday": the parser may hang the participle on a participant
    return any(t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in planned["governors"]
               for t in trigger.subtree)


def held_after_all(trigger: Token, lex: Lexicon) -> bool:
    """ "The meeting, postponed last week, will now take place on May 28", "the postponed summit will be held in
    June": an event put off (told by its own modifier) that its verb of occurrence sets in the future is planned
    again, on the verb's date."""
    verb = trigger.head
    cancelled = lex.modality["cancelled"]
    if trigger.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in cancelled["governors"]:
        # "The meeting …, postponed last week, will now take place": the parser makes the participle the verb and
        # the occurrence its conjunct
        again = [c for c in verb.children if c.dep_ == "conj" and not any(s.dep_ in {"nsubj", "nsubjpass"}
                                                                         for s in c.children)]
        verb = again[0] if again else verb
        put_off = True
    else:
        put_off = any(c.dep_ == "amod" and c.lower_ in cancelled["adjectives"] or c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() in cancelled["governors"] for c in trigger.children)
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or not any(c.dep_ == "aux" and c.lower_ in {"will", "shall"}
                                                             for c in verb.children):
        return False
    return _tells_occurrence(verb, lex) and put_off


def _tells_occurrence(verb: Token, lex: Lexicon) -> bool:
    """ "took place", "was held", "went ahead": a verb that says its subject's event happens."""
    lemma = verb.lemma_.lower()
    return lemma in lex.occurrence_verbs or any(f"{lemma} {c.lower_}" in lex.occurrence_verbs
                                                for c in verb.children if c.dep_ in {"dobj", "prt", "advmod"})


def held_when_put_off(verb: Token, lex: Lexicon) -> bool:
    """ "The visit was delayed by a day and took place on Tuesday", "the talks were postponed but went ahead on
    Friday": an event put off that a coordinated verb, past and with no subject of its own, says then happened is
    one that occurred."""
    return any(c.dep_ == "conj" and c.tag_ in {"VBD", "VBN"} and _tells_occurrence(c, lex)
               and not any(a.dep_ in {"nsubj", "nsubjpass", "aux"} and a.lower_ not in {"was", "were"}
                           for a in c.children)
               for c in verb.children)


def talked_of(trigger: Token, verb: Token, lex: Lexicon) -> bool:
    """ "discussed a trilateral summit with China", "reviewed a visit to Beijing": an event named with "a" as what a
    talk was about is an idea talked of, not one told as held (as "a visit … has been discussed" is)."""
    return trigger.dep_ == "dobj" and trigger.head.i == verb.i and verb.lemma_.lower() in lex.topic_verbs and \
        trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in trigger.children)


def refuses_a_refusal(inner: Token, outer: Token, lex: Lexicon) -> bool:
    """ "refused to rule out a meeting", "declined to reject talks": a verb of refusal over a complement that itself
    refuses the event leaves the event open (proposed), where "refused to meet" denies it."""
    denied = lex.modality["denied"]
    refusing = {"refuse", "decline"}
    if inner.dep_ != "xcomp" or inner.head.i != outer.i or outer.lemma_.lower() not in refusing:
        return False
    return inner.lemma_.lower() in denied["governors"] or any(
        c.dep_ in {"prt", "advmod"} and f"{inner.lemma_.lower()} {c.lower_}" in denied["particles"]
        for c in inner.children)
