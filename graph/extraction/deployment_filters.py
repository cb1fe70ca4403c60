"""What looks like a sending but is none, or is only someone else's claim.

A sending stated only as a condition ("if Britain sends troops, …"), as an open question ("has not decided whether
to send"), or as what one party asks of another ("asked Germany to send tanks"); a "be" that says nowhere; a verb of
giving that gives to a state rather than to a force; a career ("General X, who led the contingent"); a force that
makes something or a weapon that was fired; and a sending that others allege. It is kept apart from
``deployment_sentence.DeploymentSentence`` (which inherits it) because telling these apart is one concern.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.deployment_destinations import HEADING_PREPS
from graph.extraction.deployment_reader import PERSON_PRONOUNS, nearest_subject
from graph.extraction.deployment_sides import DeploymentSides
from graph.extraction.pipeline import has_to_infinitive
from graph.extraction.sides import PREP_DEPS

__all__ = ["DeploymentFilters"]


class DeploymentFilters(DeploymentSides):
    """The tests that keep a verb of sending from being read as a sending; a mixin of
    ``deployment_sentence.DeploymentSentence``."""

    def _supposed(self, verb: Token) -> bool:
        """ "If Britain sends troops to B, C will see it as an escalation": a sending stated only as the condition
        of something else is supposed, not reported. (A threat's condition, "will send troops if B attacks", hangs
        on the sending and leaves it be.)"""
        clause = _first_conjunct(verb)
        return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.lex.condition_marks
                                              for c in clause.children)

    def _undecided(self, verb: Token) -> bool:
        """ "Spain has not yet decided whether to send troops to B", "it is unclear whether Austria will send
        soldiers": a sending in an open question is neither made nor refused. What someone is asked whether they
        would do ("asked whether it would send troops") is left to the answer the sentence gives; what someone
        weighs whether to do ("is weighing whether to send troops") is proposed (``weighed``)."""
        clause = _first_conjunct(verb)
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        open_question = "whether" in marks or ("if" in marks and clause.dep_ in {"ccomp", "xcomp"})
        return open_question and clause.head.lemma_.lower() not in self.lex.modality["denied"]["question_verbs"] \
            and not self.weighed(verb)

    def weighed(self, verb: Token) -> bool:
        """ "Britain is weighing whether to send troops", "Denmark is debating whether it should deploy jets": a
        sending in a question a state deliberates is one it considers, proposed as "considering sending" is."""
        clause = _first_conjunct(verb)
        return clause.head.lemma_.lower() in self.lex.deliberation_verbs and any(
            c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)

    def _wished_of_another(self, verb: Token) -> bool:
        """ "Nauseda said he hoped Germany would send troops", "Kyiv wants Berlin to send jets": a sending one party
        wishes another to make is neither the wisher's nor the other's plan. A wish for one's own sending ("Spain
        hopes to send troops", "Poland hopes it can send") is its own."""
        wish = verb.head
        if not {wish.lemma_.lower(), wish.lower_} & self.lex.wish_verbs or wish.pos_ != "VERB":
            return False
        if verb.dep_ == "xcomp":  # "wants Berlin to send": the one wished of is the wish's object
            return any(c.dep_ == "dobj" and self.force_in(c) is None for c in wish.children)
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return verb.dep_ == "ccomp" and subject is not None and subject.pos_ != "PRON" \
            and self.force_in(subject) is None  # ("hopes US troops will arrive" is the troops' own move)

    def _permitted_by_a_text(self, verb: Token) -> bool:
        """ "signed a pact allowing Japanese troops to be deployed to the Philippines", "the accord permits US forces
        to be stationed in Poland": what an agreement or a law allows is no sending yet (a state that allows forces
        on its soil hosts them: ``host_verbs``)."""
        permit = verb.head
        if verb.dep_ not in {"ccomp", "xcomp"} or permit.lemma_.lower() not in self.lex.permission_verbs:
            return False
        text = permit.head if permit.dep_ == "acl" else next(
            (c for c in permit.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if text is not None and text.tag_ in {"WDT", "WP"} and permit.dep_ == "relcl":
            text = permit.head  # "a pact that allows …"
        return text is not None and text.lemma_.lower() in self.lex.instrument_nouns

    def _asked_of_another(self, verb: Token) -> bool:
        """ "Poland asked Germany to send tanks to B", "called on Austria to deploy soldiers": a sending that one
        party asks of another is neither the asker's sending nor an offer of the one asked."""
        if verb.head.lemma_.lower() not in self.lex.request_verbs or not (
                verb.dep_ == "xcomp" or verb.dep_ == "advcl" and has_to_infinitive(verb)):
            return False  # ("pushed Germany to send tanks": the parser may hang the infinitive as a purpose)
        asked = [c for c in verb.head.children if c.dep_ in {"dobj", "nsubjpass"}] + [  # ("B was asked to send")
            o for p in verb.head.children if p.dep_ == "prep" and p.lower_ in {"on", "upon", "to"}
            for o in p.children if o.dep_ == "pobj"]
        return any(self.force_in(o) is None for o in asked)

    def _for_a_force(self, verb: Token) -> bool:
        """ "Ivory Coast would provide a battalion for the force", "supplied two companies to the mission": what a
        verb of giving gives goes "for"/"to" a force or a mission, not to a state ("provided weapons to B")."""
        return any(t.dep_ == "pobj" and t.head.lower_ in {"for", "to"} and t.i not in self.actors.state_at
                   and (self.is_force(t) or t.lemma_.lower() in self.lex.mission_nouns)
                   and not any(c.dep_ in PREP_DEPS and c.lower_ == "of" for c in t.children)
                   for t in verb.subtree)

    def _part_of_force(self, copula: Token) -> bool:
        """ "no US troops would be part of any such force", "Dutch soldiers will be part of the mission": being
        part of a force or a mission is joining it, and goes where it goes."""
        return copula.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() == "part" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.dep_ == "pobj" and (self.is_force(o) or o.lemma_.lower() in self.lex.mission_nouns)
                    for o in p.children)
                for p in c.children)
            for c in copula.children)

    def _somewhere(self, copula: Token) -> bool:
        """ "US troops are in Syria", "Patriot batteries are operational in Slovakia", "there are no US troops in
        Ukraine", "warships are on their way to B": "be" states where forces are only with a place of its own (or of
        its complement, or of a way); "battalions
        are due to deploy to B" is told by the verb it completes."""
        if any(c.dep_ in {"xcomp", "ccomp"} for c in copula.children):
            return False
        heads = [copula, *(c for c in copula.children if c.dep_ in {"acomp", "attr"})]
        return any(
            c.dep_ == "prep" and (c.lower_ in self.lex.destinations or c.lower_ == "en") and any(
                o.dep_ == "pobj" and (self._located_in(o) or self.place_country(o) or self._way_to(o))
                for o in c.children)
            for head in heads for c in head.children)

    def _way_to(self, noun: Token) -> str | None:
        """ "three warships are on their way to B", "a carrier is en route to B": a noun of a way whose "to" names
        a place says where the forces are going."""
        if noun.lemma_.lower() not in self.lex.way_nouns:
            return None
        return next((country for p in noun.children if p.dep_ == "prep" and p.lower_ in HEADING_PREPS
                     for o in p.children if o.dep_ == "pobj" and (country := self.place_country(o)) is not None), None)

    def _alleged(self, verb: Token, origin: str) -> bool:
        """ "Some accounts in B claim A is sending troops", "C accused A of sending troops": the sending is a clause
        under a verb of allegation whose subject is not the sender itself."""
        head = verb.head
        if self._charged_object(verb) is not None:  # "Russia accused Britain of sending special forces"
            head = head.head
        elif verb.dep_ != "ccomp":
            return False
        if head.lemma_.lower() not in self.lex.allegation_verbs:
            return False
        speaker = nearest_subject(head)
        return speaker is None or self.state_of_phrase(speaker) != origin

    def port_call(self, verb: Token) -> bool:
        """ "the destroyer is to make a port call in Constanța": a light verb whose object names a ship's visit."""
        return verb.lemma_.lower() in {"make", "pay", "conduct"} and any(
            c.dep_ == "dobj" and any(f"{m.lower_} {c.lemma_.lower()}" in self.lex.visit_phrases
                                     for m in c.children if m.dep_ == "compound")
            for c in verb.children)

    def phrasal_move(self, verb: Token) -> bool:
        """ "500 French soldiers set off for Romania", "Canadian troops shipped out to Latvia", "French troops took
        up positions in Estonia": a verb that moves its force subject only with its particle (and object)."""
        words = [c.lower_ for c in verb.children if c.dep_ in {"prt", "dobj"}]
        lemma = verb.lemma_.lower()
        return f"{lemma} {' '.join(words)}" in self.lex.moving_phrases or any(
            f"{lemma} {w}" in self.lex.moving_phrases for w in words)

    def _made(self, verb: Token) -> bool:
        """ "asked whether Iceland would consider building its own defence force": a verb of making without "up"
        makes a force; it does not send one anywhere unless the place is said."""
        return verb.lemma_.lower() in self.lex.making_verbs and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)

    def _made_or_fired(self, verb: Token, force: Token) -> bool:
        """ "A Chinese company will build a port in B", "troops built a bridge": a force that makes something is not
        moving; "missiles landed in the sea near B": a weapon fired struck, it was not deployed."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.making_verbs and any(c.dep_ == "dobj" and self.force_in(c) is None
                                                   for c in verb.children):
            return True
        return lemma == "land" and force.lower_ in self.lex.munitions

    def _a_person(self, subject: Token) -> bool:
        """Whether a subject names a person ("General Smith", "who" after one, "he", "the defence chief") rather
        than a state or a force."""
        if subject.lower_ in {"who", "that"} and subject.head.dep_ == "relcl":
            subject = subject.head.head
        return (self.actors.person_of(subject) is not None or subject.ent_type_ == "PERSON"
                or subject.lower_ in PERSON_PRONOUNS or subject.lemma_.lower() in self.lex.title_words)


def _first_conjunct(verb: Token) -> Token:
    """The clause a verb is coordinated in: its first conjunct ("If Britain sends troops and Spain follows" →
    "sends"), whose marks and head the whole coordination shares."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb
