"""The deployment rules for one sentence: which words state a sending, and the record each makes.

A verb of sending with a force for its object ("A is sending 3,000 troops to B") or its passive subject; a force as
the subject ("US troops arrived in B"); a deployment noun ("the deployment of 300 troops to B", "A's incursion into
B"); a gerund the parser read as an adjective ("denied deploying troops"); a reinforcement ("reinforce its garrison
in B with 900 troops"); a host ("B hosts 10,000 A troops"); the parts of a force ("the contingent includes units
from A and C"); and a sending whose verb or force is left out ("…, and Romania sent about 100 more"). Who, what and
where come from ``deployment_sides.DeploymentSides``; the mixins ``deployment_coordination`` (several senders or
places), ``deployment_filters`` (what is no sending) and ``deployment_modality`` (date and modality) do the rest.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.deployment_coordination import DeploymentCoordination
from graph.extraction.deployment_filters import DeploymentFilters
from graph.extraction.deployment_modality import DeploymentModality
from graph.extraction.deployment_reader import (
    FILLER,
    RELATIVE_TAGS,
    counts_money,
    infinitive_read_as_noun,
    nearest_subject,
    quantity,
)
from graph.extraction.discourse import Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.pipeline import (
    clause_top,
    direct_objects,
    has_to_infinitive,
    hyphenated,
    is_yes_no_question,
    sentence_evidence,
    verb_taken_for_noun,
)
from graph.extraction.records import DeploymentRecord
from graph.extraction.sides import PREP_DEPS

__all__ = ["DeploymentSentence"]


class DeploymentSentence(DeploymentCoordination, DeploymentFilters, DeploymentModality):
    """The deployment rules for one sentence; who, what and where are resolved by ``DeploymentSides``."""

    def __init__(self, sent: Span, actors: ArticleActors, lex: Lexicon, discourse: Discourse,
                 context: dict[str, str]) -> None:
        super().__init__(sent, actors, lex, context)
        self.discourse = discourse
        self.alleged: list[DeploymentRecord] = []  # stated only as others' claims ("accounts claim A sent…")
        self.unplaced: list[str] = []  # senders of forces sent where no state is named ("3,000 soldiers to Europe")

    def run(self) -> list[DeploymentRecord]:
        found: list[DeploymentRecord] = []
        if is_yes_no_question(self.sent):
            return found
        scene = self.context  # the article's; put back once the sentence is read
        carried: tuple[Token, DeploymentRecord] | None = None  # the clause of the sentence's last sending, and it
        for verb in self.sent:
            lemma = verb.lemma_.lower()
            self.context = scene if carried is None else _scene_of_clause(verb, scene, *carried)
            if verb.pos_ == "VERB" and lemma in self.lex.composition_verbs:
                found += self._composition(verb)
                continue
            if verb.pos_ == "NOUN" and {lemma, verb.lower_, hyphenated(verb)} & self.lex.deploy_nouns:
                nominal = self._nominal(verb)
                if nominal is not None:
                    found.append(nominal)
                continue
            if verb.pos_ == "NOUN" and lemma in self.lex.force_subject_verbs and (  # "the ship is due to dock in B",
                    infinitive_read_as_noun(verb) or verb_taken_for_noun(verb)  # "Kenyan police officers land in
                    or self.force_glued_to_verb(verb)):  # Haiti": "dock", "land" nouns
                record = self._force_subject(verb)
            elif verb.pos_ == "VERB" and (self.port_call(verb) or self.phrasal_move(verb)):
                record = self._force_subject(verb)  # "the destroyer will make a port call", "troops set off for B"
            elif verb.pos_ == "VERB" and lemma in self.lex.host_verbs or self._home_to(verb) is not None:
                record = self._hosted(verb)
            elif verb.pos_ == "VERB" and lemma in self.lex.contribution_verbs:
                record = self._transitive(verb) if self._for_a_force(verb) else None
            elif verb.pos_ == "NOUN" and (placed := self._force_in_place(verb)) is not None:
                record = placed  # "Canada's 1,000 soldiers in Latvia form the core of the battlegroup"
            elif verb.lower_ == "home" and (apposed := self._home_apposed(verb)) is not None:
                record = apposed  # "…in Qatar, home to some 10,000 US troops"
            elif verb.pos_ not in {"VERB", "AUX"} or lemma not in self.lex.deploy_verbs:
                continue
            elif self._supposed(verb) or self._asked_of_another(verb) or self._undecided(verb) \
                    or self._wished_of_another(verb) or self._permitted_by_a_text(verb):
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
                records += (self._companions(verb, record) + self._verbless_senders(verb, record)
                            + self._gapped_places(verb, record))
                if self._alleged(verb, record.from_state):
                    self.alleged += records
                found += records
                if records:
                    carried = (clause_top(verb), records[-1])
        self.context = scene
        return found

    def _record(self, verb: Token, origin: str | None, force: Token, exclude: set[int],
                cue: Token | None = None, place: str | None = None) -> DeploymentRecord | None:
        """The deployment the verb (or noun) states; ``cue`` is the word to read its modality from, when that
        is not the verb itself; ``place`` the state the verb names as its place when no preposition does. A verb
        of holding, a port call or a deployment noun with no force named ("Russia's deployment") must say where:
        the article's last destination is no guess for them."""
        target = self.destination(verb, exclude, origin)
        if target is None and verb.pos_ == "NOUN" and verb.head.pos_ in {"VERB", "AUX"}:
            target = self.destination(verb.head, exclude | {t.i for t in verb.subtree}, origin)  # "approved the X to Y"
        if target is None and verb.pos_ == "NOUN":
            target = self._trailing_destination(verb)
        if target is None and force.i != verb.i:
            target = self._destination_on_force(force)
        target = target or place or self._host_state(verb) or self.place_there(verb, origin)
        if target is None and not self._part_of_force(verb) and (
                verb.lemma_.lower() in self.lex.place_bound_verbs | self.lex.host_verbs
                or self.port_call(verb) or force.i == verb.i or self._made(verb)):
            return None  # "Poland has one of Europe's largest armies": having forces is not sending them
        if origin is not None and target in {None, origin} and self._bare_border(verb, exclude):
            target = self._across_border(origin)
        target = target or self.context.get("target")
        if origin is not None and target is None:
            self.unplaced.append(origin)  # ("… to Europe. The troops will be based in Poland": whose they are)
        if origin is None or target is None or origin == target:
            return None
        modality = self.modality(cue if cue is not None else verb)
        if (modality == "proposed" or modality == "denied" and self.offered(verb)) and self.refused(verb):
            return None  # ("offered to deploy troops, but B declined": the refusal is no denial of the sender's)
        what, quantity = self.what(force)
        return DeploymentRecord(
            from_state=origin, to_state=target, what=what, quantity=quantity,
            date=self.date_of(verb, modality), modality=modality, evidence=(sentence_evidence(self.sent),),
        )

    def _force_in_place(self, noun: Token) -> DeploymentRecord | None:
        """ "Canada's 1,000 soldiers in Latvia form the core of the battlegroup": a force a state owns, named with
        the state it is in, is deployed there, whatever its clause says of it. A verb of sending or of withdrawal
        over it has rules of its own. Only people: equipment in another state may have been given ("Polish tanks
        in Ukraine")."""
        if not self.is_force(noun) or not {noun.lower_, noun.lemma_.lower()} & self.lex.personnel \
                or noun.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr"} \
                or noun.head.lemma_.lower() in self.lex.deploy_verbs | self.lex.not_deployments:
            return None
        place = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" and self.place_country(o) is not None), None)
        origin = self.state_of_phrase(noun) if place is not None else None
        record = self._record(noun, origin, noun, set()) if origin is not None else None
        if record is None:
            return None
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        return replace(record, modality="denied" if denied else "occurred")

    def _reinforced(self, verb: Token) -> DeploymentRecord | None:
        """ "Britain will reinforce its garrison in Estonia with 900 troops", "Lithuania will be reinforced with a
        German brigade": the force comes after "with"; the place is said, or is the state reinforced."""
        if verb.lemma_.lower() not in self.lex.reinforce_verbs:
            return None
        force = next((f for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ == "with"
                      for o in c.children if o.dep_ == "pobj" and (f := self.force_in(o)) is not None), None)
        border = self._reinforced_border(verb) if force is None else None
        force = force or border
        if force is None:
            return None
        subject = nearest_subject(verb)
        origin = self.state_of_phrase(force) or (self.state_of_phrase(subject) if subject is not None else None)
        reinforced = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        place = self.place_country(reinforced) if reinforced is not None else None
        exclude = ({force.i} if border is not None else self._force_words(force)) | (  # ("its border with B")
            {t.i for t in subject.subtree} if subject is not None else set())
        return self._record(verb, origin, force, exclude, place=place)

    def _reinforced_border(self, verb: Token) -> Token | None:
        """ "Israel has reinforced its northern border with Lebanon": a border reinforced, with no force named, is
        forces moved to it; the border stands for them, and its "with"/"of" says whose side it faces."""
        border = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in self.lex.border_nouns), None)
        if border is None:
            return None
        faces = [p for p in [*border.children, *verb.children] if p.dep_ in PREP_DEPS and p.lower_ in {"with", "of"}
                 and self._after_border(p)]
        return border if any(self.place_country(o) for p in faces for o in p.children if o.dep_ == "pobj") else None

    def _home_to(self, copula: Token) -> Token | None:
        """ "Romania is home to some 1,500 French troops": the force "home to" names, which the subject hosts."""
        if copula.lemma_ != "be":
            return None
        return next((f for a in copula.children if a.dep_ == "attr" and a.lower_ == "home"
                     for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
                     for o in p.children if o.dep_ == "pobj" and (f := self.force_in(o)) is not None), None)

    def _home_apposed(self, home: Token) -> DeploymentRecord | None:
        """ "…at Al Udeid Air Base in Qatar, home to some 10,000 US troops": "home to" a force, set by a comma after
        a place, says the place hosts it, as "Qatar is home to" does."""
        doc = home.doc
        if home.dep_ == "attr" or home.i < 2 or doc[home.i - 1].text != ",":
            return None
        force = next((f for p in home.children if p.dep_ == "prep" and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj" and (f := self.force_in(o)) is not None), None)
        place = self.place_country(doc[home.i - 2]) if force is not None else None
        if force is None or place is None:
            return None
        record = self._record(home, self.state_of_phrase(force), force, self._force_words(force), place=place)
        return replace(record, modality="occurred") if record is not None else None

    def _hosted(self, verb: Token) -> DeploymentRecord | None:
        """ "Poland hosts about 10,000 US troops", "Bulgaria refused to host US troops", "Romania is home to French
        troops": a force another state owns, taken in by the subject. A host's offer to take one in ("Poland offered
        to host US troops") is not."""
        force = next((f for c in verb.children if c.dep_ == "dobj" and (f := self.force_in(c)) is not None), None)
        home = self._home_to(verb) if force is None else None
        force = force or home
        if force is None:
            return None
        origin = self.state_of_phrase(force) or self._origin_from(verb)  # "received two batteries from the US"
        place = self.state_of_phrase(subject) if home is not None and (subject := nearest_subject(verb)) else None
        record = self._record(verb, origin, force, self._force_words(force), place=place)
        return None if record is not None and record.modality == "proposed" else record  # "offered to host": the
        # host's offer (or wish) is no sending of the force's state

    def _host_state(self, verb: Token) -> str | None:
        """The state that takes a force in: the subject of a verb of hosting, for the force it takes ("Poland
        hosts US troops") or a deployment noun it takes ("Lithuania welcomed the arrival of a German brigade")."""
        host = verb if verb.pos_ == "VERB" else verb.head if verb.dep_ == "dobj" else None
        if host is None or host.lemma_.lower() not in self.lex.host_verbs:
            return None
        subject = self._raised_subject(host)
        if subject is None and host.dep_ == "advcl" and has_to_infinitive(host):  # "Lithuania will build barracks
            subject = nearest_subject(host.head)  # to host a German brigade": the purpose is the builder's
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
        bare = obj.pos_ == "NUM" or obj.lower_ in {"more", "another"}  # "…would dispatch another to Djibouti"
        if not (bare or any(c.dep_ == "nummod" for c in obj.children)):
            return None
        first_verb = self._first_sending(verb)
        if first_verb is None or (first_verb.i != verb.head.i and (  # "Hungary, which has one of the smallest
                not bare or verb.lemma_.lower() in self.lex.place_bound_verbs  # armies": a having, not a sending
                or any(c.dep_ == "prep" for c in obj.children))):
            return None
        force = next((f for c in first_verb.children if c.dep_ == "dobj" and (f := self.force_in(c))), None)
        subject = nearest_subject(verb)
        if subject is None and first_verb.i == verb.head.i and verb.dep_ == "conj":
            subject = nearest_subject(first_verb)  # "Britain sent one frigate … and will send another": shared
        if force is None or subject is None:
            return None
        origin = self.state_of_phrase(subject)
        record = self._record(verb, origin, force, {t.i for t in subject.subtree})
        first = self._transitive(first_verb) if record is None else None
        if first is not None and origin is not None and origin != first.to_state:
            record = replace(first, from_state=origin)  # "…to Latvia, and Norway sent 80 more": the same place
        if record is None:
            return None
        what = " ".join(t.text for t in obj.subtree if t.lower_ not in FILLER - {"more", "another"})
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

    def _transitive(self, verb: Token) -> DeploymentRecord | None:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        moved = [*objects, *direct_objects(verb)]  # ("flew in jets", "will rotate up to 900 Marines")
        force = next((f for o in moved if (f := self.force_in(o)) is not None), None)
        if force is None and verb.dep_ == "relcl" and all(o.tag_ in RELATIVE_TAGS for o in objects):
            force = self.force_in(verb.head)  # "the troops (that) Russia sent to Belarus", "troops, which were sent"
        if force is None:
            return None
        subject = nearest_subject(verb)
        if subject is not None and verb.lemma_.lower() in self.lex.career_verbs and self._a_person(subject):
            return None  # "General Smith, who led the British contingent in Afghanistan": a career
        origin = None
        if subject is not None:
            origin = self.state_of_phrase(subject)
        if origin is None:  # "… were deployed by Britain", before the force's own maker: "German tanks were sent
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)  # by Poland"
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            origin = self.state_of_phrase(pobj) if pobj is not None else None
        if origin is None:  # "Indian warships would be stationed": the force says whose it is
            origin = self.state_of_phrase(force)
        if origin is None and subject is None:  # "Rwanda denied deploying troops"
            origin = self._governing_subject_state(verb)
        if origin is None and (subject is None or self.force_in(subject) is not None):
            origin = self._own_force_sender(force, subject)  # "the Air Force will deploy a detachment to B"
        exclude = {t.i for t in subject.subtree} if subject is not None else set()
        exclude |= self._force_words(force) - ({t.i for t in verb.subtree} if force.i == verb.head.i else set())
        return self._record(verb, origin, force, exclude)

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
        """ "the deployment of 300 British troops to Estonia", "Russia's build-up near Ukraine"; not a presence
        that a verb of withdrawal or reduction takes ("is to halve its troop presence in Germany")."""
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in self.lex.not_deployments:
            return None
        force = None
        for child in noun.children:
            if child.dep_ in PREP_DEPS and child.lower_ == "of":
                force = next((f for o in child.children if o.dep_ == "pobj" and (f := self.force_in(o))), None)
        if force is None:
            force = next((c for c in noun.children if c.dep_ in {"compound", "amod"} and (  # "a military build-up",
                c.lemma_.lower() in self.lex.forces or c.lower_ in self.lex.force_adjectives)), None)  # "naval"
        if force is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.place_bound_verbs:
            holder = nearest_subject(noun.head)  # "the Royal Navy has a permanent presence in Bahrain"
            force = self.force_in(holder) if holder is not None else None
        if force is None and self._military_by_itself(noun):
            force = noun  # "Russia's deployment in Belarus", "the Turkish incursion into Syria"
        if force is None and noun.dep_ == "compound" and noun.tag_ == "NN" and noun.lower_.endswith("ing") \
                and self.is_force(noun.head):  # "images show Russia massing tanks along its border with Ukraine":
            noun = force = noun.head  # a gerund the parser read as a compound on its object; the object's phrase
        if force is None:  # says where and whose
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
        if verb.dep_ == "acl" and (verb.tag_ in {"VBN", "VBD", "VBZ", "VBP"}
                                   or verb.lemma_.lower() in self.lex.posting_participles):
            # "a contingent of Estonian soldiers, deployed to Mali", "US special forces operating in Somalia"; a
            # finite verb the parser hangs on the force is its predicate ("a contingent of soldiers left for Mali")
            force = self.force_in(verb.head)
            if force is not None:
                whole = verb.head.head.head if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" else None
                origin = (self.state_of_phrase(force) or self.state_of_phrase(verb.head)
                          or (self.state_of_phrase(whole) if whole is not None else None)  # "A's rotation of
                          or self._own_force_sender(verb.head))  # peacekeepers left for B"
                return self._record(verb, origin, force, {t.i for t in verb.head.subtree if t.i < verb.i})
        if verb.lemma_.lower() not in self.lex.force_subject_verbs and not self.port_call(verb) \
                and not self.phrasal_move(verb):
            return None
        existent = _existent(verb)
        if existent is not None:  # "there are no US troops in Ukraine": the force is named after the verb
            force = self.force_in(existent)
            origin = self.state_of_phrase(force) if force is not None else None
            return self._record(verb, origin, force, self._force_words(force)) if force is not None else None
        subject = self._raised_subject(verb) or self.force_glued_to_verb(verb)  # ("US troops land in B", a noun)
        if subject is None:
            return None
        force = self.force_in(subject)
        if force is None or self._made_or_fired(verb, force):
            return None
        origin = (self.state_of_phrase(force) or self._origin_from(verb) or self._navy_beside(verb, subject)
                  or self._speaker_state(subject) or self._own_force_sender(subject))
        # (a relative clause on the force is the verb's own: "forces, which entered Georgia")
        return self._record(verb, origin, force, {t.i for t in subject.subtree} - {t.i for t in verb.subtree})


def _existent(verb: Token) -> Token | None:
    """What "there is/are" says exists: "there are no US troops in Ukraine" → "troops"."""
    if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in {"attr", "nsubj"}), None)


def _scene_of_clause(verb: Token, scene: dict[str, str], clause: Token, last: DeploymentRecord) -> dict[str, str]:
    """ "Britain offered to send troops to Ukraine, but Poland said it would not deploy troops": a sending in a clause
    coordinated with ``clause``, where the sentence's last sending was told, goes where that one went when it names
    no place of its own; elsewhere the article's scene holds."""
    top = clause_top(verb)
    if top.dep_ != "conj" or top.head.i != clause.i:
        return scene
    return {**scene, "target": last.to_state, "source": last.from_state}
