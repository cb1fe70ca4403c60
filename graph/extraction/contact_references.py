"""A bare contact noun that names the contact told before: its form, or its fate.

"Russia proposed a call" refines the form of the last contact; "…, but that trip was postponed" and "The
bilateral meeting, which had been scheduled for Tuesday, was scrapped" cancel it. A noun of a later sentence
does so only when it points back at that contact and shares its fate (``trigger_frames.points_back``): not
"the last face-to-face encounter…", nor "will not attend the meeting". "A call in which the two discussed…" is
the contact its relative clause tells. "C followed with a call of his own" is a new contact of C with the other
side of the last one.

``ReferenceRules`` is a mixin of the sentence rules (``contacts._Sentence``); ``contact_verbs.ContactVerbs``
gives it ``verb_trigger``.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graph.extraction.contact_assembly import MANNER_PREPS, ContactAssembly
from graph.extraction.date_phrases import date_phrases
from graph.extraction.discourse import ContactMention
from graph.extraction.modality import modality_of
from graph.extraction.modality_cues import REPORTING, has_particle
from graph.extraction.pipeline import SUBJECTS, is_question
from graph.extraction.records import ActorRef, ContactType, Modality, types_compatible
from graph.extraction.sides import PREP_DEPS
from graph.extraction.trigger_frames import marked_as_another, points_back

__all__ = ["ReferenceRules"]


class ReferenceRules(ContactAssembly):
    """The rules for a contact noun with no sides of its own."""

    def verb_trigger(self, verb: Token) -> list[ContactMention]:
        """The contact a verb states ("during which the pair talked"); the verb rules are in ``contact_verbs``."""
        raise NotImplementedError

    def _refine_previous(self, noun: Token, base: ContactType) -> list[ContactMention]:
        """A bare "a call"/"the meeting" names the last contact again. It may tell its form ("Russia proposed
        a call"), or its fate: a plan "…, but that trip was postponed" is a cancelled trip, and "The bilateral
        meeting, which had been scheduled for Tuesday, was scrapped" cancels the meeting told before.

        A noun of a later sentence refines a contact told before only when it points back at it
        (``points_back``); "a call in which the two discussed…" is the contact its clause tells."""
        relative = self._told_in_relative_clause(noun, base)
        if relative:
            return relative
        if noun.dep_ == "pobj" and noun.head.lower_ in MANNER_PREPS and noun.head.head.lemma_ in REPORTING:
            return []  # "told Al Jazeera by phone": how the press was told, not the form of the contact before
        in_sentence = bool(self.current)
        pool = self.current if in_sentence else self.discourse.mentions
        if not pool or in_sentence and marked_as_another(noun):
            return []  # "A and B exchanged views; C offered to host a new round of talks": another event
        last = pool[-1]
        if self.index - last.sentence > 3:
            return []
        modality = modality_of(noun, self.lex)
        if not in_sentence and not points_back(noun, base, modality, last):
            return []
        definite = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "that", "this", "their"}
                       or c.dep_ == "amod" and c.lower_ == "such" for c in noun.children)  # "any/no such meeting"
        if modality == "denied" and last.modality == "proposed" and noun.dep_ in SUBJECTS and \
                noun.head.lemma_.lower() in self.lex.modality["planned"]["governors"]:
            return []  # "would be prepared to travel to X, though no such trip has been arranged": still on offer
        if modality in {"cancelled", "denied"} and definite and len(last.participants) >= 2:
            kind = base if base != "contact" else last.type
            date = self.date_of(noun, modality) or (last.date if last.modality in {"planned", "proposed"} else None)
            fate = replace(last, type=kind, modality=modality, date=date, reference=False, prior=False,
                           asked=is_question(self.sent))  # "Has Modi met Sharif? The meeting was cancelled."
            if last.modality in {"planned", "proposed"}:
                pool[-1] = fate  # the plan told just before is this cancelled one
                return []
            if modality == "denied" and last.modality == "occurred" and self._said_not_to_have_happened(noun):
                # "X said A had met B. The State Department denied that any such meeting had taken place": the
                # meeting claimed is the one denied, one event (on the claim's date, if any)
                pool[-1] = replace(fate, date=last.date)
                return []

            return [replace(fate, evidence=self.evidence(), sentence=self.index)]
        if last.date is None and modality == last.modality and types_compatible(base, last.type) and \
                self._own_date(noun):
            # "A had telephoned B. The call, on March 4, did take place": the noun tells the day of the contact
            pool[-1] = last = replace(last, date=self.date_of(noun, modality))
        plans = {"planned", "proposed"}  # "They will speak Saturday. Russia proposed a call Monday": one plan
        if base == "contact" or last.type != "contact" or not (modality == last.modality or
                                                               {modality, last.modality} <= plans):
            return []  # (a form told with another fate is another event: "will not attend the meeting")
        if base == "meeting" and any(m.type == "visit" and m.participants == last.participants and m.modality ==
                                     last.modality for m in self.discourse.mentions):
            return []  # "travelled to London for talks with Grant. The ministers discussed …, confirmed at the
            # meeting": the talks of the trip, told by the visit
        pool[-1] = replace(last, type=self.contact_type(noun, base, []))
        return []

    def answered_proposal(self, verb: Token) -> None:
        """ "A said he was ready to meet B. B rejected the offer the next day" (denied), "… B accepted the
        invitation" (planned): a verb of refusal or acceptance whose object is a noun of proposing with no contact
        of its own ("rejected the offer", not "rejected an offer of talks", told by the noun) answers the contact
        offered just before, when one of that contact's sides (or its state) is the one who answers."""
        cues = self.lex.modality
        lemma = verb.lemma_.lower()
        refused = lemma in cues["denied"]["governors"] or has_particle(verb, cues["denied"]["particles"])
        fate: Modality | None = "denied" if refused else "planned" if lemma in cues["planned"]["acceptances"] else None
        if fate is None or any(c.dep_ == "neg" for c in verb.children):
            return
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in cues["proposed"]["nouns"] and any(
                d.dep_ == "det" and d.lower_ in {"the", "that", "this"} for d in c.children)
                and not any(d.dep_ in {"prep", "acl", "relcl"} for d in c.children) for c in verb.children):
            return
        pool = self.current or self.discourse.mentions
        if not pool or pool[-1].modality != "proposed" or self.index - pool[-1].sentence > 2:
            return
        last = pool[-1]
        sides = {a for s in self.subject_of(verb) for a in (s, ActorRef("state", self.actors.country_of(s) or ""))}
        if not sides & set(last.participants):
            return  # ("C rejected the offer": not the answer of the one it was made to)
        pool[-1] = replace(last, modality=fate)

    def _said_not_to_have_happened(self, noun: Token) -> bool:
        """ "denied that any such meeting had taken place", "denied the meeting": the noun is what is denied, or the
        subject of a verb of occurrence ("took place", "happened"), not a side of some other claim ("denied that
        the meeting discussed sanctions")."""
        verb = noun.head
        if noun.dep_ == "dobj":
            return verb.lemma_.lower() in self.lex.modality["denied"]["governors"]
        if noun.dep_ not in SUBJECTS:
            return False
        lemma = verb.lemma_.lower()
        return lemma in self.lex.occurrence_verbs or any(
            f"{lemma} {c.lower_}" in self.lex.occurrence_verbs for c in verb.children if c.dep_ in {"dobj", "prt"})

    def _of_ones_own(self, noun: Token, sides: list[ActorRef], base: ContactType,
                     heads: list[Token]) -> list[ContactMention]:
        """ "Suga held a phone call with Xi in 2020, and Kishida followed with a call of his own in 2021": a
        contact noun "of one's own" with one side is that side's contact with the other side of the last contact
        of that form, the one the side stands in for left out (the one side of that contact not known to be of
        another country than this side's)."""
        own = any(c.dep_ in PREP_DEPS and c.lower_ == "of" and any(o.lower_ == "own" for o in c.children)
                  for c in noun.children)
        if not own or len(sides) != 1:
            return []
        side = sides[0]
        country = self.actors.country_of(side)
        for told in reversed([*self.discourse.mentions, *self.current]):
            if told.asked or self.index - told.sentence > 3:
                return []
            if side in told.participants or not types_compatible(base, told.type):
                continue
            others = [a for a in told.participants if (c := self.actors.country_of(a)) and c != country]
            stand_in = [a for a in told.participants if a not in others]
            if len(stand_in) != 1 or not others:
                return []
            return self.emit(noun, [side], others, base, heads, asserted=True)
        return []

    def rescheduled(self, verb: Token) -> list[ContactMention]:
        """ "The session … was postponed. It has now been rescheduled for June": the contact told just before,
        named by a pronoun or a bare contact noun as the verb's subject, is planned again, on the verb's date."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None or not (subject.pos_ == "PRON" or (
                subject.lemma_.lower() in self.lex.contact_nouns and not self.refs(subject))):
            return []
        told = [*self.discourse.mentions, *self.current]
        if not told or self.index - told[-1].sentence > 2 or told[-1].modality not in {"planned", "cancelled"}:
            return []
        date = self.date_of(verb, "planned")
        if date is None:
            return []
        return [replace(told[-1], modality="planned", date=date, evidence=self.evidence(), sentence=self.index,
                        reference=False, prior=False, asked=is_question(self.sent))]

    def _own_date(self, noun: Token) -> bool:
        """Whether a date phrase hangs under ``noun`` itself ("the call on March 4"), or on the verb that says it
        took place ("The call, on March 4, did take place"), not on some other clause around it."""
        verb = noun.head if noun.dep_ in SUBJECTS else None
        happened = verb is not None and bool(
            {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children
                                     if c.dep_ in {"dobj", "prt", "advmod"}} & self.lex.occurrence_verbs)
        return any(p.governor is None or (happened and p.governor == verb)
                   for p in date_phrases(noun, self.sent, self.lex.schedule_words))

    def _told_in_relative_clause(self, noun: Token, base: ContactType) -> list[ContactMention]:
        """ "a phone call last month between A and B, during which the pair talked about trade": the
        clause's contact verb states the contact the noun names, so it takes the noun's form (and its date
        when it has none). The verb, read again later in the sentence, is then the same event told twice."""
        kind = self.contact_type(noun, base, [])
        for clause in (c for c in noun.subtree if c.dep_ == "relcl" and c.head.i >= noun.i):
            if clause.lemma_.lower() not in self.lex.contact_verbs or clause.pos_ != "VERB":
                continue
            if not any(p.dep_ == "prep" and any(w.lower_ == "which" for w in p.children) for p in clause.children):
                continue  # "in/during which …" names the event; "a deal that they met to sign" does not
            mentions = self.verb_trigger(clause)
            date = self.date_of(noun, modality_of(noun, self.lex))
            return [replace(m, type=kind if m.type == "contact" else m.type, date=m.date or date) for m in mentions]
        return []
