"""Deployments stated in a sentence: a state sending forces to, or massing them near, another state.

Cases:
- "A is sending 3,000 troops to B" / "A deployed two warships to the coast of B" (transitive verb);
- "A has massed troops near B" (destination preposition: to, into, near, along, on);
- "US troops arrived in B" / "the US military will not enter a war in B" (the force is the subject);
- "3,000 British troops will be deployed to B" (passive: the force is the passive subject);
- "the deployment of 300 troops to B", "A's incursion into B" (a noun states it);
- "A keeps/has/leads N troops in B" (holding verbs, only with the place said);
- "battalions led by A and C will deploy to B and D respectively" (senders paired with places);
- "A's troops are stationed in B alongside a C contingent" (a companion force goes too);
- "B hosts 10,000 A troops", "B welcomed the arrival of an A brigade" (the host is the place);
- "A will reinforce its garrison in B with 900 troops"; "A troops entered B" (the place is the object);
- "US troops remain in B", "there are no A troops in B", "the troops A has in B" (being somewhere);
- "A has pledged 60 soldiers" (proposed), "A ruled out sending troops" (denied).
Withdrawals and sales are never deployments; an offer that the other side refused is dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.date_phrases import date_phrases, through_conjunction
from graph.extraction.dates import Direction, resolve_date
from graph.extraction.deployment_sides import (
    FILLER,
    PERSON_PRONOUNS,
    DeploymentSides,
    counts_money,
    hyphenated,
    infinitive_read_as_noun,
    nearest_subject,
    quantity,
)
from graph.extraction.discourse import Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality import has_particle, is_future, modality_of
from graph.extraction.pipeline import sentence_evidence
from graph.extraction.records import DeploymentRecord, Modality
from graph.extraction.sides import PREP_DEPS

__all__ = ["find_deployments"]


class _DeploymentSentence(DeploymentSides):
    """The deployment rules for one sentence; who, what and where are resolved by ``DeploymentSides``."""

    def __init__(self, sent: Span, actors: ArticleActors, lex: Lexicon, discourse: Discourse,
                 context: dict[str, str]) -> None:
        super().__init__(sent, actors, lex, context)
        self.discourse = discourse
        self.alleged: list[DeploymentRecord] = []  # stated only as others' claims ("accounts claim A sent…")

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
            resolved = resolve_date(phrase.span.text, self.discourse.published, direction)
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
        if _reported(verb, self.lex) and modality_of(verb.head, self.lex) == "denied":
            return "denied"  # "denied reports that A had moved troops"
        force = self._moved_force(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if force is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in force.children):
            return "denied"  # "no American troops would be sent", "will send no troops"
        aim = verb.head.head if verb.dep_ in {"pobj", "pcomp"} and verb.head.lower_ == "of" else None
        if aim is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in aim.children):
            return "denied"  # "had no intention of crossing into B"
        offered = verb.lemma_.lower() in self.lex.offer_verbs or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.offer_verbs)
        if offered and modality in {"occurred", "planned"}:
            return "proposed"  # "has pledged 60 soldiers", "promised to send": promised, not yet sent
        if modality in {"denied", "cancelled"} or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "pcomp"}:
            return modality
        governor = verb.head.lemma_.lower()
        if governor in self.lex.modality["denied"]["governors"]:
            return "denied"
        if governor in self.lex.modality["cancelled"]["governors"]:
            return "cancelled"
        return modality

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

    def run(self) -> list[DeploymentRecord]:
        found: list[DeploymentRecord] = []
        for verb in self.sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ == "VERB" and lemma in self.lex.composition_verbs:
                found += self._composition(verb)
                continue
            if verb.pos_ == "NOUN" and {lemma, verb.lower_, hyphenated(verb)} & self.lex.deploy_nouns:
                nominal = self._nominal(verb)
                if nominal is not None:
                    found.append(nominal)
                continue
            if verb.pos_ == "NOUN" and lemma in self.lex.force_subject_verbs and infinitive_read_as_noun(verb):
                record = self._force_subject(verb)  # "the ship is due to dock in B", "dock" tagged a noun
            elif verb.pos_ == "VERB" and self.port_call(verb):
                record = self._force_subject(verb)
            elif verb.pos_ == "VERB" and lemma in self.lex.host_verbs:
                record = self._hosted(verb)
            elif verb.pos_ == "VERB" and lemma in self.lex.contribution_verbs:
                record = self._transitive(verb) if self._for_a_force(verb) else None
            elif verb.pos_ not in {"VERB", "AUX"} or lemma not in self.lex.deploy_verbs:
                continue
            elif self._supposed(verb) or self._asked_of_another(verb) or self._undecided(verb):
                continue
            elif lemma in self.lex.not_deployments or (lemma == "be" and not self._somewhere(verb)
                                                       and not self._part_of_force(verb)):
                continue
            else:
                record = (self._transitive(verb) or self._force_subject(verb) or self._gerund_as_modifier(verb)
                          or self._gapped(verb) or self._reinforced(verb))
            if record is not None:
                records = self._respectively(verb, record) or self._coordinated_targets(
                    verb, [record, *self._coordinated_origins(verb, record)])
                records += self._companions(verb, record) + self._verbless_senders(verb, record)
                if self._alleged(verb, record.from_state):
                    self.alleged += records
                found += records
        return found

    def _supposed(self, verb: Token) -> bool:
        """ "If Britain sends troops to B, C will see it as an escalation": a sending stated only as the condition
        of something else is supposed, not reported. (A threat's condition, "will send troops if B attacks", hangs
        on the sending and leaves it be.)"""
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.lex.condition_marks
                                              for c in clause.children)

    def _undecided(self, verb: Token) -> bool:
        """ "Spain has not yet decided whether to send troops to B", "it is unclear whether Austria will send
        soldiers": a sending in an open question is neither made nor refused. What someone is asked whether they
        would do ("asked whether it would send troops") is left to the answer the sentence gives."""
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        open_question = "whether" in marks or ("if" in marks and clause.dep_ in {"ccomp", "xcomp"})
        return open_question and clause.head.lemma_.lower() not in self.lex.modality["denied"]["question_verbs"]

    def _asked_of_another(self, verb: Token) -> bool:
        """ "Poland asked Germany to send tanks to B", "called on Austria to deploy soldiers": a sending that one
        party asks of another is neither the asker's sending nor an offer of the one asked."""
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in self.lex.request_verbs:
            return False
        asked = [c for c in verb.head.children if c.dep_ == "dobj"] + [
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
        Ukraine": "be" states where forces are only with a place of its own (or of its complement); "battalions
        are due to deploy to B" is told by the verb it completes."""
        if any(c.dep_ in {"xcomp", "ccomp"} for c in copula.children):
            return False
        heads = [copula, *(c for c in copula.children if c.dep_ in {"acomp", "attr"})]
        return any(
            c.dep_ == "prep" and c.lower_ in self.lex.destinations and any(
                o.dep_ == "pobj" and (self._located_in(o) or self.place_country(o)) for o in c.children)
            for head in heads for c in head.children)

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

    def _record(self, verb: Token, origin: str | None, force: Token, exclude: set[int],
                cue: Token | None = None, place: str | None = None) -> DeploymentRecord | None:
        """The deployment the verb (or noun) states; ``cue`` is the word to read its modality from, when that
        is not the verb itself; ``place`` the state the verb names as its place when no preposition does. A verb
        of holding, a port call or a deployment noun with no force named ("Russia's deployment") must say where:
        the article's last destination is no guess for them."""
        target = self.destination(verb, exclude)
        if target is None and verb.pos_ == "NOUN" and verb.head.pos_ in {"VERB", "AUX"}:
            target = self.destination(verb.head, exclude | {t.i for t in verb.subtree})  # "approved the X to Y"
        if target is None and verb.pos_ == "NOUN":
            target = self._trailing_destination(verb)
        target = target or place or self._host_state(verb)
        if target is None and not self._part_of_force(verb) and (
                verb.lemma_.lower() in self.lex.place_bound_verbs | self.lex.host_verbs
                or self.port_call(verb) or force.i == verb.i or self._made(verb)):
            return None  # "Poland has one of Europe's largest armies": having forces is not sending them
        if origin is not None and target in {None, origin} and self._bare_border(verb, exclude):
            target = self._across_border(origin)
        target = target or self.context.get("target")
        if origin is None or target is None or origin == target:
            return None
        modality = self.modality(cue if cue is not None else verb)
        if modality == "proposed" and self.refused(verb):
            return None
        what, quantity = self.what(force)
        return DeploymentRecord(
            from_state=origin, to_state=target, what=what, quantity=quantity,
            date=self.date_of(verb, modality), modality=modality, evidence=(sentence_evidence(self.sent),),
        )

    def _trailing_destination(self, noun: Token) -> str | None:
        """ "…focus on the deployment of the Chinese vessel X to Hambantota port in August": the parser may hang the
        "to" right after a deployment noun's phrase on a verb further up; a directional "to"/"into" there is still
        where the noun's force goes."""
        after = noun.right_edge.i + 1
        if after >= self.sent.end:
            return None
        prep = noun.doc[after]
        if prep.lower_ not in {"to", "into"} or prep.dep_ != "prep" or prep in noun.subtree:
            return None
        return next((country for o in prep.children if o.dep_ == "pobj"
                     and (country := self._located_in(o) or self.place_country(o)) is not None), None)

    def _made(self, verb: Token) -> bool:
        """ "asked whether Iceland would consider building its own defence force": a verb of making without "up"
        makes a force; it does not send one anywhere unless the place is said."""
        return verb.lemma_.lower() in self.lex.making_verbs and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)

    def _reinforced(self, verb: Token) -> DeploymentRecord | None:
        """ "Britain will reinforce its garrison in Estonia with 900 troops", "Lithuania will be reinforced with a
        German brigade": the force comes after "with"; the place is said, or is the state reinforced."""
        if verb.lemma_.lower() not in self.lex.reinforce_verbs:
            return None
        force = next((f for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ == "with"
                      for o in c.children if o.dep_ == "pobj" and (f := self.force_in(o)) is not None), None)
        if force is None:
            return None
        subject = nearest_subject(verb)
        origin = self.state_of_phrase(force) or (self.state_of_phrase(subject) if subject is not None else None)
        reinforced = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        place = self.place_country(reinforced) if reinforced is not None else None
        exclude = self._force_words(force) | ({t.i for t in subject.subtree} if subject is not None else set())
        return self._record(verb, origin, force, exclude, place=place)

    def _hosted(self, verb: Token) -> DeploymentRecord | None:
        """ "Poland hosts about 10,000 US troops", "Bulgaria refused to host US troops": a force another state
        owns, taken in by the subject."""
        force = next((f for c in verb.children if c.dep_ == "dobj" and (f := self.force_in(c)) is not None), None)
        if force is None:
            return None
        return self._record(verb, self.state_of_phrase(force), force, self._force_words(force))

    def _host_state(self, verb: Token) -> str | None:
        """The state that takes a force in: the subject of a verb of hosting, for the force it takes ("Poland
        hosts US troops") or a deployment noun it takes ("Lithuania welcomed the arrival of a German brigade")."""
        host = verb if verb.pos_ == "VERB" else verb.head if verb.dep_ == "dobj" else None
        if host is None or host.lemma_.lower() not in self.lex.host_verbs:
            return None
        subject = self._raised_subject(host)
        return self.state_of_phrase(subject) if subject is not None else None

    def _composition(self, verb: Token) -> list[DeploymentRecord]:
        """ "The contingent includes units of the Russian Airborne Forces and servicemen from Belarus and
        Armenia": a force subject whose parts are named by state; each part goes where the force went (the
        place said, or the article's last destination)."""
        subject = nearest_subject(verb)
        if subject is None or self.force_in(subject) is None:
            return []
        parts = [c for c in verb.children if c.dep_ == "dobj"]
        parts += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]  # "consists of"
        found: list[DeploymentRecord] = []
        for head in parts:
            found += self._part_records(verb, subject, [head, *head.conjuncts], found)
        return found

    def _part_records(self, verb: Token, subject: Token, group: list[Token], found: list[DeploymentRecord]
                      ) -> list[DeploymentRecord]:
        """One record per state a coordinated list of parts names. A "from" phrase after the last part ("units
        of the X and servicemen from A and B") is that last part's, though the parser hangs it on the first."""
        trailing = [c for m in group for c in m.children
                    if c.dep_ in PREP_DEPS and c.lower_ == "from" and c.i > group[-1].i] if len(group) > 1 else []
        records: list[DeploymentRecord] = []
        for part in group:
            force = self.force_in(part)
            if force is None or force.i != part.i:
                continue
            origins: list[str | None]
            if trailing and part.i == group[-1].i:
                origins = [s for prep in trailing for s in self._states_from(prep)]
            elif trailing:
                origins = [self.state_of_phrase(force)]
            else:
                origins = [*self.named_origins(force)] or [self.state_of_phrase(force)]
            exclude = {t.i for t in subject.subtree} | self._force_words(force)
            for origin in origins:
                record = self._record(verb, origin, force, exclude)
                if record is not None and record.from_state not in {r.from_state for r in [*found, *records]}:
                    records.append(record)
        return records

    def _gapped(self, verb: Token) -> DeploymentRecord | None:
        """ "Britain sent 200 soldiers, and Romania sent about 100 more": a second sending whose object is only a
        number takes its force (and, unless it says its own, its place) from the first one. "Chad will send 2,000
        soldiers; Nigeria has pledged about 1,200": the first may be another verb of sending earlier in the
        sentence."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or counts_money(obj.subtree):
            return None  # "pledged 300 million", "pledged $50 million": money, not soldiers
        bare = obj.pos_ == "NUM" or obj.lower_ == "more"
        if not (bare or any(c.dep_ == "nummod" for c in obj.children)):
            return None
        first_verb = self._first_sending(verb)
        if first_verb is None or (first_verb is not verb.head and (  # "Hungary, which has one of the smallest
                not bare or verb.lemma_.lower() in self.lex.place_bound_verbs  # armies": a having, not a sending
                or any(c.dep_ == "prep" for c in obj.children))):
            return None
        force = next((f for c in first_verb.children if c.dep_ == "dobj" and (f := self.force_in(c))), None)
        subject = nearest_subject(verb)
        if force is None or subject is None:
            return None
        origin = self.state_of_phrase(subject)
        record = self._record(verb, origin, force, {t.i for t in subject.subtree})
        first = self._transitive(first_verb) if record is None else None
        if first is not None and origin is not None and origin != first.to_state:
            record = replace(first, from_state=origin)  # "…to Latvia, and Norway sent 80 more": the same place
        if record is None:
            return None
        what = " ".join(t.text for t in obj.subtree if t.lower_ not in FILLER - {"more"})
        return replace(record, what=what, quantity=quantity(list(obj.subtree)))

    def _first_sending(self, verb: Token) -> Token | None:
        """The sending a gapped one ("…, and Romania sent about 100 more") follows: the verb it is coordinated
        with, if the same; else the last verb of sending before it in the sentence with a force for its object."""
        if verb.dep_ == "conj" and verb.head.lemma_.lower() == verb.lemma_.lower():
            return verb.head
        earlier = [t for t in self.sent if t.i < verb.i and t.pos_ == "VERB"
                   and t.lemma_.lower() in self.lex.deploy_verbs - self.lex.not_deployments
                   and any(c.dep_ == "dobj" and self.force_in(c) is not None for c in t.children)]
        return earlier[-1] if earlier else None

    def _coordinated_origins(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "Belgium, the Netherlands and Norway will send…", "Britain and France say they are prepared to
        put troops…": one deployment per sending state."""
        subject = self._sending_subject(verb)
        origins = [self.state_of_phrase(conj) for conj in subject.conjuncts] if subject is not None else []
        if subject is not None:  # "the two countries have warned that they would send forces"
            origins += self.pair_meant(subject)[1:]
        force = self._moved_force(verb)
        if force is not None:  # "soldiers from Kenya and Uganda are stationed in Somalia"
            origins += self.named_origins(force)[1:]
        others: list[DeploymentRecord] = []
        for origin in origins:
            if origin and origin not in {record.from_state, record.to_state, *(o.from_state for o in others)}:
                others.append(replace(record, from_state=origin))
        return others

    def _verbless_senders(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "Britain will contribute about 13,000 soldiers and France about 10,000": a state and a number after
        the force, the verb left out, is another sending of the same force to the same place."""
        force = self._moved_force(verb)
        names = [*(force.conjuncts if force is not None else []),  # "…to Bosnia and France about 10,000"
                 *(c for t in verb.subtree if t.dep_ == "pobj" and t.i in self.actors.state_at for c in t.conjuncts)]
        found = []
        for state in names:
            origin = self.actors.state_at.get(state.i)
            number = self.number_after(state)
            if origin is None or origin in {record.from_state, record.to_state} or number is None:
                continue
            found.append(replace(record, from_state=origin, what=number.text, quantity=quantity([number])))
        return found

    def _companions(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "British troops are stationed in Estonia alongside a French contingent": a force of another
        state named as going with the first goes to the same place."""
        found = []
        for token in verb.subtree:
            if token.dep_ != "pobj" or not self._companion_preposition(token.head):
                continue
            force = self.force_in(token)
            origin = self.state_of_phrase(force) if force is not None else None
            if force is None or origin is None or origin in {record.from_state, record.to_state}:
                continue
            what, quantity = self.what(force)
            found.append(replace(record, from_state=origin, what=what, quantity=quantity))
        return found

    def _companion_preposition(self, prep: Token) -> bool:
        """ "alongside", "along with", "together with"."""
        if prep.lower_ in self.lex.companions:
            return True
        return prep.lower_ == "with" and (prep.head.lower_ == "along" or any(
            c.dep_ == "advmod" and c.lower_ == "together" for c in prep.children))

    def _coordinated_targets(self, verb: Token, records: list[DeploymentRecord]) -> list[DeploymentRecord]:
        """ "Britain will send troops to Estonia and Latvia", "ready to send forces to help Finland or Sweden":
        each sender goes to every place coordinated with the destination."""
        found = []
        for record in records:
            targets = self._target_states(verb, record.to_state) or [record.to_state]
            found += [replace(record, to_state=t) for t in dict.fromkeys(targets) if t != record.from_state]
        return found

    def _respectively(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "Britain, Canada and the US will send battalions to Estonia, Latvia and Poland respectively": the
        n-th sender goes to the n-th place. Nothing unless both lists are there and of the same length."""
        if not any(c.lower_ == "respectively" for c in verb.subtree):
            return []
        senders = self._sender_states(verb)
        targets = self._target_states(verb, record.to_state)
        if len(senders) < 2 or len(senders) != len(targets):
            return []
        pairs = zip(senders, targets, strict=True)
        return [replace(record, from_state=origin, to_state=target) for origin, target in pairs if origin != target]

    def _transitive(self, verb: Token) -> DeploymentRecord | None:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        force = next((f for o in objects if (f := self.force_in(o)) is not None), None)
        if force is None and not objects and verb.dep_ == "relcl":
            force = self.force_in(verb.head)  # "the troops it has in Estonia", "the troops Russia sent to Belarus"
        if force is None:
            return None
        subject = nearest_subject(verb)
        if subject is not None and verb.lemma_.lower() in self.lex.career_verbs and self._a_person(subject):
            return None  # "General Smith, who led the British contingent in Afghanistan": a career
        origin = None
        if subject is not None:
            origin = self.state_of_phrase(subject)
        if origin is None:  # "Indian warships would be stationed": the force says whose it is
            origin = self.state_of_phrase(force)
        if origin is None:  # "… were deployed by Britain"
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            origin = self.state_of_phrase(pobj) if pobj is not None else None
        if origin is None and subject is None:  # "Rwanda denied deploying troops"
            origin = self._governing_subject_state(verb)
        if origin is None and (subject is None or self.force_in(subject) is not None):
            origin = self._own_force_sender(force, subject)  # "the Air Force will deploy a detachment to B"
        exclude = {t.i for t in subject.subtree} if subject is not None else set()
        exclude |= self._force_words(force) - ({t.i for t in verb.subtree} if force.i == verb.head.i else set())
        return self._record(verb, origin, force, exclude)

    def _a_person(self, subject: Token) -> bool:
        """Whether a subject names a person ("General Smith", "who" after one, "he", "the defence chief") rather
        than a state or a force."""
        if subject.lower_ in {"who", "that"} and subject.head.dep_ == "relcl":
            subject = subject.head.head
        return (self.actors.person_of(subject) is not None or subject.ent_type_ == "PERSON"
                or subject.lower_ in PERSON_PRONOUNS or subject.lemma_.lower() in self.lex.title_words)

    def _gerund_as_modifier(self, verb: Token) -> DeploymentRecord | None:
        """ "Rwanda denied deploying troops inside Congo": the parser may read the gerund as an adjective on
        its own object, hanging the object and the place on the verb above. That verb then stands in for the
        gerund's place and sender; the modality is the object's ("denied … troops")."""
        force = self.force_in(verb.head) if verb.dep_ in {"amod", "compound"} and verb.tag_ == "VBG" else None
        if force is None or verb.head.dep_ not in {"dobj", "pobj"}:
            return None
        governor = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
        # "Poland accused Belarus of massing troops": the accused, not the accuser, is the sender
        subject = self._charged_object(verb.head) or next((c for c in governor.children if c.dep_ == "nsubj"), None)
        origin = self.state_of_phrase(force) or (self.state_of_phrase(subject) if subject is not None else None)
        exclude = self._force_words(force) | ({t.i for t in subject.subtree} if subject is not None else set())
        return self._record(governor, origin, force, exclude, cue=verb.head)

    def _nominal(self, noun: Token) -> DeploymentRecord | None:
        """ "the deployment of 300 British troops to Estonia", "Russia's build-up near Ukraine"."""
        force = None
        for child in noun.children:
            if child.dep_ in PREP_DEPS and child.lower_ == "of":
                force = next((f for o in child.children if o.dep_ == "pobj" and (f := self.force_in(o))), None)
        if force is None:
            force = next((c for c in noun.children if c.dep_ in {"compound", "amod"} and
                          c.lemma_.lower() in self.lex.forces), None)  # "a military build-up"
        if force is None and self._military_by_itself(noun):
            force = noun  # "Russia's deployment in Belarus", "the Turkish incursion into Syria"
        if force is None:
            return None
        origin = self.state_of_phrase(force) or self.state_of_phrase(noun) or self._governing_subject_state(noun)
        return self._record(noun, origin, force, self._force_words(force))

    def _military_by_itself(self, noun: Token) -> bool:
        """A noun that means moving forces even with no force named, when a state owns it and nothing else
        is said to be moved: "Russia's deployment in Belarus", but not "Britain's deployment of 5G masts"."""
        if not {noun.lower_, noun.lemma_.lower(), hyphenated(noun)} & self.lex.military_nouns:
            return False
        if any(c.dep_ in PREP_DEPS and c.lower_ == "of" for c in noun.children):
            return False
        return any(c.dep_ in {"poss", "amod", "compound", "nmod"} and self.actors.demonym_country(c)
                   for c in noun.children)

    def _force_subject(self, verb: Token) -> DeploymentRecord | None:
        if verb.dep_ == "acl" and (verb.tag_ == "VBN" or verb.lemma_.lower() in self.lex.posting_participles):
            # "a contingent of Estonian soldiers, deployed to Mali", "US special forces operating in Somalia"
            force = self.force_in(verb.head)
            if force is not None:
                whole = verb.head.head.head if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" else None
                origin = (self.state_of_phrase(force) or self.state_of_phrase(verb.head)
                          or (self.state_of_phrase(whole) if whole is not None else None)  # "A's rotation of
                          or self._own_force_sender(verb.head))  # peacekeepers left for B"
                return self._record(verb, origin, force, {t.i for t in verb.head.subtree if t.i < verb.i})
        if verb.lemma_.lower() not in self.lex.force_subject_verbs and not self.port_call(verb):
            return None
        existent = _existent(verb)
        if existent is not None:  # "there are no US troops in Ukraine": the force is named after the verb
            force = self.force_in(existent)
            origin = self.state_of_phrase(force) if force is not None else None
            return self._record(verb, origin, force, self._force_words(force)) if force is not None else None
        subject = self._raised_subject(verb)
        if subject is None:
            return None
        force = self.force_in(subject)
        if force is None or self._made_or_fired(verb, force):
            return None
        origin = (self.state_of_phrase(force) or self._origin_from(verb) or self._navy_beside(verb, subject)
                  or self._speaker_state(subject) or self._own_force_sender(subject))
        return self._record(verb, origin, force, {t.i for t in subject.subtree})

    def _made_or_fired(self, verb: Token, force: Token) -> bool:
        """ "A Chinese company will build a port in B", "troops built a bridge": a force that makes something is not
        moving; "missiles landed in the sea near B": a weapon fired struck, it was not deployed."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.making_verbs and any(c.dep_ == "dobj" and self.force_in(c) is None
                                                   for c in verb.children):
            return True
        return lemma == "land" and force.lower_ in self.lex.munitions

    def _own_force_sender(self, *phrases: Token | None) -> str | None:
        """ "The Spanish Air Force has deployed eight jets to A. … the Air Force will deploy a detachment to B": a
        force (or service) the story already knows ("the …") that nobody is said to own is that of the state the
        story's last sending came from, within its scene; never a force a multinational body or a non-state group
        owns ("the NATO battlegroup", "the rebel forces"). The dateline's state is no owner: wire stories name
        foreign forces from where they are filed."""
        words = {t.lower_ for p in phrases if p is not None for t in p.subtree}
        if words & self.lex.foreign_owners or not any(
                c.dep_ == "det" and c.lower_ == "the" for p in phrases if p is not None for c in p.children):
            return None  # "a battalion will deploy to B" brings in a force of its own, not one the story knows
        return self.context.get("sender")


def _reported(clause: Token, lex: Lexicon) -> bool:
    """ "denied press reports that Chile had moved troops": a "that" clause on a noun of what is said tells what
    was said, though the parser may take it for a relative clause (whose "that" would be its subject or object,
    never a mark), through which no cue of the noun's verb reaches the sending."""
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in lex.report_nouns \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _existent(verb: Token) -> Token | None:
    """What "there is/are" says exists: "there are no US troops in Ukraine" → "troops"."""
    if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in {"attr", "nsubj"}), None)


def _force_destination(sent: Span, actors: ArticleActors, lex: Lexicon) -> str | None:
    """ "approved a regional force for Mozambique", "discussed NATO's forces in Estonia", "peacekeeping forces
    were sent to Mozambique", "some of its troops in Yemen": a force named with where it is (or is for, or was
    sent), though nobody is said to send it. What states then "contribute", or station at a town the gazetteer
    does not know, in the next sentences goes there."""
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.forces:
            continue
        sending = token.head if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in lex.deploy_verbs and not any(
            c.dep_ == "agent" for c in token.head.children) else None  # "peacekeeping forces were sent to B"
        whole = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None  # "some of its
        wholes = [whole] if whole is not None and whole.pos_ in {"NOUN", "PRON"} else []  # troops in Yemen"
        for prep in [*token.children, *(c for w in wholes for c in w.children),
                     *(sending.children if sending is not None else []), *_purpose_preps(token)]:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "to", "in"}:
                for place in prep.children:
                    country = actors.place_country(place) if place.dep_ == "pobj" else None
                    if country is not None:
                        return country
    return None


def _purpose_preps(force: Token) -> list[Token]:
    """ "a standby force to restore order in Niger", "ordered the activation of a force to restore order in Niger":
    the prepositions of the purpose clause of the force (or of the noun it completes, or of the verb taking that
    noun) say where it is for."""
    heads = [force]
    if force.dep_ == "pobj" and force.head.lower_ == "of":
        heads.append(force.head.head)
    if heads[-1].dep_ == "dobj":  # "ordered the activation of a force to restore…", the clause hung on the verb
        heads.append(heads[-1].head)
    return [prep for head in heads for clause in head.children
            if clause.dep_ in {"acl", "xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in clause.children)
            for prep in clause.children]


def find_deployments(sents: list[Span], actors: ArticleActors, lex: Lexicon, discourse: Discourse
                     ) -> list[DeploymentRecord]:
    """Deployments in text order. A deployment whose destination the sentence leaves out ("Botswana will
    contribute 296 soldiers") goes where the article's last deployment (or force named for a place) went,
    within three sentences, else where the story's deployments mostly go (a sending recalled from years back
    sets no scene). A sending only alleged by others and denied by the sender is dropped."""
    found: list[DeploymentRecord] = []
    alleged: list[DeploymentRecord] = []
    context: dict[str, str] = {}
    since = 0
    sender: dict[str, str] = {}  # the last sender, for forces nobody is said to own; a force named does not reset it
    sender_since = 0
    for sent in sents:
        named = _force_destination(sent, actors, lex)
        if named is not None:
            context, since = {"target": named}, 0
        if since <= 3:
            scene = context
        else:  # the story's own destination, only when the last one named is too far back
            scene = {"target": _story_destination(found, discourse.published)} if found else {}
        scene = {**scene, **(sender if sender_since <= 3 else {})}
        sentence = _DeploymentSentence(sent, actors, lex, discourse, scene)
        records = sentence.run()
        since += 1
        sender_since += 1
        current = [r for r in records if not _long_past(r.date, discourse.published)]
        if current:  # (a sending recalled from years back, "in 1998 Senegal sent troops into Guinea-Bissau",
            context = {"target": current[-1].to_state, "source": current[-1].from_state}  # sets no scene)
            since = 0
            sender, sender_since = {"sender": current[-1].from_state}, 0
        found += records
        alleged += sentence.alleged
    return _without_denied_allegations(found, alleged)


def _story_destination(found: list[DeploymentRecord], published: dt.date | None) -> str:
    """Where the story's deployments of now go most often (the first such, on a tie)."""
    current = [r.to_state for r in found if not _long_past(r.date, published)] or [r.to_state for r in found]
    return max(current, key=current.count)


def _long_past(date: str | None, published: dt.date | None) -> bool:
    """Whether a date lies in a calendar year before the one before publication ("1998" in a 2013 story)."""
    return date is not None and published is not None and int(date[:4]) < published.year - 1


def _without_denied_allegations(found: list[DeploymentRecord], alleged: list[DeploymentRecord]
                                ) -> list[DeploymentRecord]:
    """ "Accounts claim A is sending troops to B. … A has not sent and will not send troops to B.": a sending
    that others only allege, and the sender denies in the same article, did not happen."""
    denied = {(r.from_state, r.to_state) for r in found if r.modality == "denied"}
    dropped = {id(r) for r in alleged if r.modality != "denied" and (r.from_state, r.to_state) in denied}
    return [r for r in found if id(r) not in dropped]
