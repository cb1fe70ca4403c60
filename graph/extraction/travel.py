"""Visits told by travel, and visits (or meetings) offered by an invitation.

- travel: "A travelled to Beijing (for talks with B)" is a visit to the host state, or to the host named;
  "A is expected in Kinshasa and Kigali next week" is a planned visit to each; "arrived here" / "arrived for a
  state visit" is at the dateline's place; "the ship arrived in Bahrain" is a deployment, not a visit;
- invitations: "A invited B to visit Kyiv", "A extended an invitation to B to visit", "B declined an
  invitation from A to visit" (B would visit A): proposed, unless the chain walk finds it declined or withdrawn.

``TravelRules`` is a mixin of the sentence rules (``contacts._Sentence``); the trip and the talks held on it
are folded into one visit afterwards (``visits.fold_visits``).
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Token

from graph.extraction.clause_roles import subject_clause
from graph.extraction.contact_assembly import ContactAssembly
from graph.extraction.discourse import ContactMention
from graph.extraction.modality import modality_of
from graph.extraction.modality_cues import answer_to_proposal
from graph.extraction.pipeline import direct_objects, has_to_infinitive
from graph.extraction.records import ActorRef, ContactType
from graph.extraction.sides import PREP_DEPS, SUBJECTS, WITH_PREPS
from graph.extraction.states import state_named_before
from graph.extraction.trigger_frames import governing_verb, is_contact_noun

__all__ = ["TravelRules"]

TOUR_WINDOW = 2  # how many sentences back a trip may be the tour of which a stop elsewhere is told
TRAVEL_PREPS = frozenset({"to", "in", "into"})  # where a travel verb goes ("flew to", "arrived in", "flew into")


class TravelRules(ContactAssembly):
    """The travel and invitation rules of one sentence."""

    def invitation(self, verb: Token) -> list[ContactMention]:
        """ "A invited B to visit Kyiv" / "invited B to the White House": a proposed visit (or meeting)."""
        invited = [r for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for r in self.refs(c)]
        if not invited:
            return []
        inviter = self.subject_of(verb) if not any(c.dep_ == "nsubjpass" for c in verb.children) else \
            self.objects_of(verb, {"by"}, direct=False)
        complements = [c for c in verb.children if c.dep_ in {"xcomp", "prep", "advcl"}]
        visit = any(c.lemma_ in {"visit", "to", "come", "travel"} or c.dep_ in {"xcomp", "advcl"} and any(
            o.dep_ == "dobj" and o.lemma_.lower() in {"visit", "trip"} for o in c.children) for c in complements)
        kind: ContactType = "visit" if visit else "meeting"
        mentions = self.emit(verb, inviter, invited, kind, [])
        answer = answer_to_proposal(verb, self.lex) or "proposed"  # "…, and Vega accepted" / "but Vega declined"
        return [replace(m, modality=answer, date=self.date_of(verb, "proposed")) for m in mentions]  # (ahead)

    def invitation_noun(self, verb: Token, noun: Token | None = None) -> list[ContactMention]:
        """ "A extended an invitation to B to visit India", "B accepted A's invitation to visit", "an invitation
        from A for B to visit": B would visit A. Declined or withdrawn, the chain walk makes it denied or
        cancelled; otherwise it is proposed. ``noun`` is the invitation when the parser hung the infinitive on
        the verb that conveys it ("conveyed an invitation from A to B to visit Sri Lanka")."""
        noun = noun if noun is not None else verb.head
        governor = governing_verb(noun)

        def objects(preps: set[str], head: Token = noun) -> list[ActorRef]:
            return [r for c in head.children if c.dep_ in PREP_DEPS and c.lower_ in preps
                    for o in c.children if o.dep_ == "pobj" for r in self.refs(o)]

        invited, inviter = objects({"to", "for"}), objects({"from", "by", "of"})  # ("the invitation of A")
        if not invited and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
            invited = [r for c in verb.children if c.dep_ == "nsubj" for r in self.refs(c)]  # "for B to visit"
        if not invited and governor is not None and governor.lemma_.lower() not in self.lex.invitation_receivers:
            invited = objects({"to"}, governor)  # "conveyed an invitation from A | to B": "to" on the verb
        inviter += [r for c in noun.children if c.dep_ == "poss" for r in self.refs(c)]
        received = governor is not None and governor.lemma_.lower() in self.lex.invitation_receivers
        receivers = governor is not None and not invited and received
        if receivers and governor is not None:
            invited = self.subject_of(governor)  # "B accepted (declined) an invitation (from A) to visit"
        elif governor is not None and not inviter:
            inviter = self.subject_of(governor)  # "A extended an invitation to B"
        if not invited:
            return []
        paid = verb.lemma_.lower() in self.lex.light_verbs and any(  # "to pay a visit to Ghana"
            c.dep_ == "dobj" and self.lex.contact_nouns.get(c.lemma_.lower()) == "visit" for c in verb.children)
        lemma = verb.lemma_.lower()
        legs = self.lex.leg_verbs.get(lemma, frozenset())  # "an invitation to B to stop in Kingston"
        kind: ContactType = "visit" if lemma in self.lex.travel_verbs | {"visit"} or paid or legs else "meeting"
        visited = next((self.actors.state_at[c.i] for c in verb.children
                        if c.dep_ == "dobj" and c.i in self.actors.state_at), None) or next(
            (country for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ in legs | {"to"} and kind == "visit"
             for o in c.children if o.dep_ == "pobj" and (country := self.actors.place_country(o))), None)
        # "declined an invitation to meet Vargas": with no inviter named, the one to be met is the other side
        met = [r for c in verb.children if c.dep_ == "dobj" for r in self.refs(c) if r.kind == "official"]
        hosts = inviter or met or ([ActorRef("state", visited)] if visited else [])
        mentions = self.emit(verb, invited, hosts, kind, [], location=visited)
        if receivers and len(invited) > 1 and hosts and any(m.modality == "denied" for m in mentions):
            # "Russia and China declined the invitation of Tunisia": each turned it down for itself, and those who
            # stay away meet no one (but "Egypt and Jordan accepted …" may meet there)
            mentions = self.emit(verb, hosts, invited, kind, [], location=visited, separate=True)
        return [m if m.modality != "occurred" else replace(m, modality="proposed") for m in mentions]

    def conveyed_invitation(self, verb: Token) -> Token | None:
        """The invitation an infinitive tells the purpose of when the parser hung it on the verb that conveys the
        invitation ("conveyed an invitation from A to B [to visit] Sri Lanka"), if any."""
        if verb.dep_ not in {"advcl", "xcomp"} or not has_to_infinitive(verb):
            return None
        return next((c for c in verb.head.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in self.lex.invitation_nouns), None)

    def travel_trigger(self, verb: Token, planned: bool = False) -> list[ContactMention]:
        """ "A travelled to Beijing (for talks with B)": a visit to the host state, or to the host named;
        "A is expected in Kinshasa and Kigali next week" (``planned``): a visit to each."""
        destinations: list[str] = []
        # "In Mekelle he was expected to meet X", "In Basra, A is due to meet B": a place set before a verb whose
        # complement tells what is to be done there is where it is done, no trip to it
        acts = (planned or verb.lemma_ == "be") and any(c.dep_ in {"xcomp", "acomp"} for c in verb.children)
        preps = self.lex.leg_verbs.get(verb.lemma_.lower(), TRAVEL_PREPS)  # "stopped in Manaus", not "… to Kyiv"
        for child in verb.children:
            if acts and child.i < verb.i:
                continue
            if child.dep_ in PREP_DEPS and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    for item in [obj, *obj.conjuncts]:
                        country = self.actors.place_country(item)
                        if country and country not in destinations:
                            destinations.append(country)
        if not destinations and self.discourse.dateline_country and self._arrives_here(verb):
            destinations = [self.discourse.dateline_country]  # "NAIROBI - … Abiy, who arrived for a state visit"
        if not destinations:
            meant = self._destination_named_again(verb, preps)
            destinations = [meant] if meant is not None else []
        if not destinations:
            return []
        subject = self._travelling_subject(verb)
        if subject is not None and (subject.lemma_.lower() in self.lex.forces or self._uniformed(subject)) or any(
                {c.lower_, c.lemma_.lower()} & self.lex.forces for c in direct_objects(verb)):
            # "the ship arrived in Bahrain", "Russia flew (in) jets to Syria", "400 Kenyan police officers arrived in
            # Port-au-Prince": a deployment, not a visit
            return []
        if verb.lemma_.lower() in self.lex.travel_verbs and any(
                o.pos_ == "NOUN" and o.i not in self.actors.person_at and o.i not in self.actors.state_at
                and o.lemma_.lower() not in self.lex.led_party_nouns and not is_contact_noun(o, self.lex)
                for o in verb.children if o.dep_ == "dobj"):
            return []  # "has flown planeloads of food to Qatar": what is carried travels (not "headed a delegation",
            # nor "travelled to Tehran, the first visit by …", the trip named again that the parser made an object)
        subjects = self.subject_of(verb)
        if any(s.kind == "state" and s.name in destinations for s in subjects):
            return []
        subjects += [r for r in self._companions(verb) if r not in subjects]
        if verb.lemma_.lower() in self.lex.return_verbs:
            destinations = [d for d in destinations if self._returns_abroad(verb, d, subjects)]
        hosts = self._hosts_in(verb)
        found: list[ContactMention] = []
        for destination in destinations:
            objects = hosts or self._host_named_in_sentence(destination, subjects, verb) or \
                [ActorRef("state", destination)]
            found += self.emit(verb, subjects, objects, "visit", [], location=destination)
        if planned:
            found = [replace(m, modality="planned", date=self.date_of(verb, "planned")) for m in found]
        return found

    def _destination_named_again(self, verb: Token, preps: Collection[str]) -> str | None:
        """ "Saudi Arabia courts investors. Modi arrived in the kingdom on Monday", "… Ruto flew there": a bare "the
        country" (lexicon country_nouns) or "there" names again the last state told before it in its sentence or
        the one before — never the traveller's own."""
        words = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "there"]
        words += [o for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ in preps for o in c.children
                  if o.dep_ == "pobj" and self.actors.bare_country_noun(o)]
        if not words:
            return None
        own = {self.actors.country_of(r) for r in self.subject_of(verb)}
        return state_named_before(words[0], self.actors.place_country, own)

    @staticmethod
    def _travelling_subject(verb: Token) -> Token | None:
        """The verb's subject, or for a subjectless clause the parser hung on another verb ("moved the carrier …,
        and a squadron of jets arrived in Jordan" read as "arrived" under "moved") that verb's subject."""
        return next((c for c in subject_clause(verb).children if c.dep_ in SUBJECTS), None)

    def _uniformed(self, subject: Token) -> bool:
        """ "400 Kenyan police officers", "Russian military officers": officers of a force, who travel as one."""
        return subject.lemma_.lower() in self.lex.uniformed_nouns and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in self.lex.uniformed_modifiers for c in subject.children)

    def trip_visitor(self, noun: Token, destination: str) -> list[ActorRef]:
        """Who makes a trip a noun names with no visitor of its own: the subject of a clause that plans it ("a
        visit to Beijing that Macron had planned for June"), else, for a trip elsewhere told as one of a tour,
        the one official whose trip was told in this sentence or the two before ("Austin flew to Riyadh. A planned
        stop in Abu Dhabi was scrapped")."""
        for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"}):
            if clause.lemma_.lower() in self.lex.trip_maker_verbs:
                return [r for c in clause.children if c.dep_ in SUBJECTS for r in self.refs(c) if r.kind == "official"]
        if any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in noun.children):
            return []  # "the visit to Abu Dhabi": a trip told before, which may be another's
        trips = [m for m in [*self.current, *self.discourse.mentions[::-1]] if m.type == "visit" and not m.asked
                 and self.index - m.sentence <= TOUR_WINDOW and m.location not in {None, destination}]
        if not trips:
            return []
        trip = trips[0]
        officials = [(a, self.actors.country_of(a)) for a in trip.participants if a.kind == "official"]
        # the visitor, not the host: one known to serve another country than the visited one, else the one official
        # of a trip to a state ("[A, STATE:Kuwait]"; in "[STATE:United States, B]" B is the host)
        foreign = [a for a, country in officials if country is not None and country != trip.location]
        to_state = trip.location is not None and ActorRef("state", trip.location) in trip.participants
        visitors = foreign or ([a for a, _ in officials] if to_state else []) or self._traveller_of(trip)
        return visitors if len(visitors) == 1 else []

    def visitor_there(self, host: ActorRef) -> list[ActorRef]:
        """ "Kwatra travelled to Colombo, but the planned meeting there with President X was postponed": a meeting
        with one named side and no other, told in the sentence of a trip or the one after it, is the traveller's
        (the one official not known to be of the visited country), when the one met may be of that country."""
        trip = next((m for m in [*reversed(self.current), *reversed(self.discourse.mentions)]
                     if m.type == "visit" and not m.asked), None)
        if trip is None or trip.location is None or self.index - trip.sentence > 1 or \
                self.actors.country_of(host) not in {None, trip.location}:
            return []
        visitors = [a for a in trip.participants if a.kind == "official" and a != host
                    and self.actors.country_of(a) != trip.location]
        return visitors if len(visitors) == 1 else []

    def bound_there(self, noun: Token) -> list[ActorRef]:
        """ "A is due to attend a forum in Arkhangelsk, where a meeting with B is planned": a meeting in a
        "where" clause, with one side named, is the other side's who the clause it qualifies says will be there —
        the subject of the nearest verb above it (only a person: "the summit will be held in Paris, where …" has
        none)."""
        clause = noun.head if noun.dep_ in SUBJECTS else None
        if clause is None or clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
            return []
        verb = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return []
        return [r for r in self.subject_of(verb) if r.kind == "official"]

    def _traveller_of(self, trip: ContactMention) -> list[ActorRef]:
        """Who made a trip whose sides' countries go unsaid: the subject of the travel verb that told it ("In 2008
        he travelled to Tripoli to meet Gaddafi": he, not Gaddafi)."""
        told = self.sent.doc.char_span(trip.evidence.start, trip.evidence.end, alignment_mode="expand")
        if told is None:
            return []
        found = [r for t in told if t.lemma_.lower() in self.lex.travel_verbs and t.pos_ == "VERB"
                 for c in t.children if c.dep_ in SUBJECTS for r in self.refs(c)
                 if r.kind == "official" and r in trip.participants]
        return list(dict.fromkeys(found))

    def leg_noun(self, noun: Token) -> bool:
        """ "a (planned) stop in Abu Dhabi", "a stopover at Shannon": a noun that is a trip's leg only with a place
        after one of its prepositions (not "a stop to the fighting")."""
        preps = self.lex.leg_nouns.get(noun.lemma_.lower(), frozenset())
        if not preps:
            return False
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None  # ("made a stop | in Manaus")
        hung = [after] if after is not None and noun.dep_ == "dobj" and after.head.i == noun.head.i else []
        return self.place_after([*noun.children, *hung], preps)

    def trip_preps(self, noun: Token) -> frozenset[str]:
        """The prepositions that say where a trip noun goes: "to", and a leg's own ("a stop in", "a stopover at")."""
        return frozenset({"to"}) | self.lex.leg_nouns.get(noun.lemma_.lower(), frozenset())

    def place_after(self, words: list[Token], preps: Collection[str]) -> bool:
        """Whether one of ``words`` is one of ``preps`` with a place as its object ("to Japan", "in Manaus")."""
        return any(c.dep_ in PREP_DEPS and c.lower_ in preps and any(
            o.dep_ == "pobj" and self.actors.place_country(o) for o in c.children) for c in words)

    def _companions(self, verb: Token) -> list[ActorRef]:
        """ "will travel to Kyiv together with Starmer", "travelled to Kyiv alongside Scholz": officials who make
        the trip with the subject are visitors too (not "with" alone: "travelled with his wife", "with a
        delegation of business leaders")."""
        preps = [c for c in verb.children if c.dep_ in PREP_DEPS and (c.lower_ == "alongside" or c.lower_ == "with"
                                                                      and verb.doc[c.i - 1].lower_ == "together")]
        return [r for p in preps for o in p.children if o.dep_ == "pobj" for r in self.refs(o) if r.kind == "official"]

    def _returns_abroad(self, verb: Token, destination: str, subjects: list[ActorRef]) -> bool:
        """ "returned to Washington" is most often going home: a return is a visit for one whose country is known
        to be another, or, when it is not known, to a country named as such ("is due to return to Ethiopia"),
        not to a capital, where officials go home to."""
        homes = [self.actors.country_of(s) for s in subjects]
        if not homes or destination in homes:
            return False
        if all(h is not None for h in homes):
            return True
        return any(c.dep_ in PREP_DEPS and c.lower_ == "to" and any(
            o.dep_ == "pobj" and self.lex.country(o.text, demonym=False, places=False) == destination
            for o in c.children) for c in verb.children)

    def _arrives_here(self, verb: Token) -> bool:
        """ "arrived here on Monday", "arrived on Wednesday for a two-day state visit": an arrival that names no
        place but the story's own, its dateline's."""
        if verb.lemma_.lower() != "arrive" or any(c.dep_ in PREP_DEPS and c.lower_ in {"to", "in", "at", "from"}
                                                   for c in verb.children):
            return False
        purpose = [o for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ == "for" for o in c.children
                   if o.dep_ == "pobj" and is_contact_noun(o, self.lex)]
        return bool(purpose) or any(c.lower_ == "here" for c in verb.children)

    def _official_subject(self, verb: Token) -> bool:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        return subject is not None and self.actors.person_of(subject) is not None

    def _host_named_in_sentence(self, country: str, visitors: list[ActorRef], verb: Token) -> list[ActorRef]:
        """ "flew to Moscow and spent three hours with Russian President X": the one official of the visited
        country the sentence names is the host; not one named in a relative clause apart from the trip ("A, who
        met X last week, is due to return to Ethiopia"), which tells of another time."""
        aside = {t.i for clause in self.sent if clause.dep_ == "relcl" and verb not in clause.subtree
                 and any(c.tag_ in {"WP", "WDT", "WP$"} for c in clause.children) for t in clause.subtree}
        named = {p.name for i, p in self.actors.person_at.items()
                 if self.sent.start <= i < self.sent.end and p.country == country and i not in aside}
        named -= {v.name for v in visitors}
        named -= self._refusers()
        return [ActorRef("official", named.pop())] if len(named) == 1 else []

    def _refusers(self) -> set[str]:
        """Officials of the sentence who refuse or call off what their verb tells ("X refused to meet A, who had
        flown to Nairobi"): no hosts of the trip told beside it."""
        found: set[str] = set()
        for token in self.sent:
            person = self.actors.person_at.get(token.i)
            if person is None or token.dep_ not in SUBJECTS:
                continue
            head = token.head
            told = [head, *(c for c in head.children if c.dep_ == "xcomp")]
            if any(modality_of(v, self.lex) in {"denied", "cancelled"} for v in told):
                found.add(person.name)
        return found

    def _hosts_in(self, verb: Token) -> list[ActorRef]:
        """Named hosts in "for talks with B" attached to a travel verb (or to the "are" of "are due in X")."""
        heads = [verb, verb.head] if verb.dep_ == "acomp" else [verb]
        for child in (c for head in heads for c in head.children):
            if child.dep_ in PREP_DEPS and child.lower_ == "for":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in self.lex.contact_nouns:
                        return self.objects_of(obj, WITH_PREPS, direct=False)
        return []

