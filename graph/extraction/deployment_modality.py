"""When and how surely a deployment is stated: its date and its modality.

The date is the sending's own date phrase, else that of the clause it sits in, else the bound of a stationing ("since
August"). The modality is the verb's ("will send" planned, "did not send" denied), sharpened for deployments: "no
troops" are denied ones, a verb of offering proposes ("pledged 60 soldiers"), a gerund under a verb of refusal or
cancellation takes that verb's cue ("ruled out sending troops"), and an offer the other side refused is none. It is
kept apart from ``deployment_sentence.DeploymentSentence`` (which inherits it) because dating and weighing a sending
is one concern.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.date_phrases import date_phrases, through_conjunction
from graph.extraction.dates import Direction, resolve_date
from graph.extraction.deployment_sides import DeploymentSides
from graph.extraction.discourse import Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality import is_future, modality_of
from graph.extraction.modality_cues import has_particle
from graph.extraction.records import Modality

__all__ = ["DeploymentModality"]


class DeploymentModality(DeploymentSides):
    """The date and modality of a sending; a mixin of ``deployment_sentence.DeploymentSentence``."""

    discourse: Discourse  # set by ``DeploymentSentence``: the article's publication date dates the sending

    def weighed(self, verb: Token) -> bool:
        """A sending a state deliberates whether to make (``deployment_filters.DeploymentFilters``)."""
        raise NotImplementedError

    def date_of(self, verb: Token, modality: Modality) -> str | None:
        """The date of the sending: its own date phrase nearest in the tree, else that of a clause it sits in
        ("said on Friday it would send"), never a bound ("since 2017") or another clause's date. A perfect ("has
        massed") lies before the time of the report, so only its own phrases date it."""
        direction: Direction = "future" if is_future(modality) else "past"
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        phrases = date_phrases(verb, self.sent, self.lex.schedule_words)
        clause_dated = any(p.governor is None or not through_conjunction(verb, p.governor) for p in phrases)
        for phrase in phrases:
            if phrase.governor is not None and (perfect or clause_dated and through_conjunction(verb, phrase.governor)):
                continue
            told = phrase.governor is not None and phrase.governor.tag_ == "VBD"  # "said on Tuesday it would send":
            told = told or _between_saying_and_clause(verb, phrase.span.start, phrase.span.end)  # (hung on "send")
            resolved = resolve_date(phrase.span.text, self.discourse.published,  # the Tuesday before, when said
                                    "past" if told else direction)
            if resolved:
                return resolved
        return self._start_date(verb)

    def _start_date(self, verb: Token) -> str | None:
        """ "has massed troops along the border since August": a bound that dates a contact's talks in general
        dates when forces stationed or massed got there."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "since":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ == "DATE":
                        span = next(e for e in self.sent.ents if e.start <= obj.i < e.end)
                        return resolve_date(span.text, self.discourse.published, "past")
        return None

    def modality(self, verb: Token) -> Modality:
        """The modality of the sending. "No troops" are denied ones. A verb of offering proposes ("pledged 60
        soldiers"). A gerund under a verb of refusal or cancellation ("ruled out sending troops", "abandoned
        deploying") takes that verb's cue, which the parser often hangs as an adverbial."""
        modality = modality_of(verb, self.lex)
        if verb.dep_ in {"csubj", "csubjpass"} and modality == "occurred":  # "sending troops is not on the agenda",
            modality = _said_of_gerund(verb.head, self.lex)  # "sending troops was approved": what is said of it
        if _reported(verb, self.lex) and modality_of(verb.head, self.lex) == "denied":
            return "denied"  # "denied reports that A had moved troops"
        force = self._moved_force(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if force is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in force.children):
            return "denied"  # "no American troops would be sent", "will send no troops"
        aim = verb.head.head if verb.dep_ in {"pobj", "pcomp"} and verb.head.lower_ == "of" else None
        if aim is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in aim.children):
            return "denied"  # "had no intention of crossing into B"
        pledged = verb.lemma_.lower() in self.lex.offer_verbs or (  # (narrower than ``offered``: "ready to" plans)
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.offer_verbs)
        if (pledged or self.weighed(verb)) and modality in {"occurred", "planned"}:
            return "proposed"  # "has pledged 60 soldiers", "promised to send", "weighs whether to send": not yet sent
        gerund = verb  # "denied arming or sending fighters": the first of coordinated gerunds hangs on the governor
        while gerund.dep_ == "conj" and gerund.head.tag_ == "VBG" and gerund.head.i != gerund.i:
            gerund = gerund.head
        if modality in {"denied", "cancelled"} or verb.tag_ != "VBG" or gerund.dep_ not in {"advcl", "xcomp", "pcomp"}:
            return modality
        governor = gerund.head.lemma_.lower()
        if governor in self.lex.modality["denied"]["governors"]:
            return "denied"
        if governor in self.lex.modality["cancelled"]["governors"]:
            return "cancelled"
        return modality

    def offered(self, verb: Token) -> bool:
        """ "A offered to deploy troops", "pledged 60 soldiers", "said it was ready to send troops": a sending a
        verb (or adjective) of proposing governs."""
        proposing = self.lex.offer_verbs | self.lex.modality["proposed"]["governors"]
        return verb.lemma_.lower() in proposing or (
            verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head.lemma_.lower() in proposing)

    def refused(self, verb: Token) -> bool:
        """ "offered to send troops, but Kyiv declined": an offer the other side refused is no deployment. A
        refusal of a sending of its own ("A has pledged 150 soldiers, while C has ruled out sending troops") is
        C's denial, not a refusal of A's offer."""
        denied = self.lex.modality["denied"]
        return any(
            (t.lemma_.lower() in denied["governors"] or has_particle(t, denied["particles"]))  # "turned it down"
            and t.pos_ == "VERB" and t.i != verb.i and verb not in t.subtree and not self._refuses_sending(t)
            for t in self.sent
        )

    def _refuses_sending(self, refusal: Token) -> bool:
        """Whether a verb of refusal takes a sending of its own as complement ("ruled out sending troops")."""
        return any(c.dep_ in {"xcomp", "advcl", "pcomp", "dobj", "ccomp"} and c.pos_ == "VERB"
                   and c.lemma_.lower() in self.lex.deploy_verbs for c in refusal.children)


def _said_of_gerund(head: Token, lex: Lexicon) -> Modality:
    """The modality a verb gives the gerund that is its subject: its own cues ("is not on the agenda"), else the
    cue its own word is ("was approved" plans, "was ruled out" denies)."""
    modality = modality_of(head, lex)
    if modality != "occurred":
        return modality
    kinds: tuple[Modality, ...] = ("denied", "cancelled", "planned", "proposed")
    return next((kind for kind in kinds if head.lemma_.lower() in lex.modality[kind]["governors"]
                 or has_particle(head, lex.modality[kind].get("particles", frozenset()))), modality)


def _reported(clause: Token, lex: Lexicon) -> bool:
    """ "denied press reports that Chile had moved troops": a "that" clause on a noun of what is said tells what
    was said, though the parser may take it for a relative clause (whose "that" would be its subject or object,
    never a mark), through which no cue of the noun's verb reaches the sending."""
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in lex.report_nouns \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _between_saying_and_clause(verb: Token, start: int, end: int) -> bool:
    """ "Germany said on Friday it would send troops": the parser may hang a date phrase that stands between a past
    verb of saying and the subject of the clause said on that clause's verb; standing there, it dates the saying."""
    if verb.dep_ != "ccomp" or verb.head.tag_ != "VBD":
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and verb.head.i < start and end <= subject.left_edge.i
