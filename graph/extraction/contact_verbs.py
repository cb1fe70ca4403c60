"""Contacts a verb states: "A spoke/met/called B", "A met with B", "A and B spoke", "B was received by A".

- object-bound verbs ("shook hands", not "shook the region"); one-way verbs need a "with"-side ("raised the
  issue with B"); agent-bound verbs are contacts only in the passive with an agent ("was briefed by the
  ambassador");
- hosting verbs whose guest the parser hung on a place or a form of address ("received at the Ministry X");
  "visited the Kenyan officers in Haiti" (a visit to the state they are in); a body named for two countries
  ("the Norwegian-Russian commission met");
- special frames: "called in the ambassador" (summoned: a meeting), "paid a courtesy call on X", "welcomes B to
  pay a visit" and "invited B to visit" (invitations, told by ``travel.TravelRules``), "will see the president"
  (only a plan to see a named official), "the accord was signed in Paris by A and B" (signers meeting).

``ContactVerbs`` is a mixin of the sentence rules (``contacts._Sentence``), kept apart from the noun triggers
(``contact_nouns``, which build on it: whether a word is a contact verb here, or what an invitation asks) and
from the reading of the whole sentence (``contacts``). It builds on ``TravelRules`` for invitations.
"""
from __future__ import annotations

from typing import cast

from spacy.tokens import Token

from graph.extraction.actors import name_head
from graph.extraction.discourse import ContactMention
from graph.extraction.joint_bodies import JointBodies
from graph.extraction.modality import modality_of
from graph.extraction.participation import participates
from graph.extraction.pipeline import has_to_infinitive
from graph.extraction.records import ActorRef, ContactType
from graph.extraction.sides import PREP_DEPS, SUBJECTS, WITH_PREPS
from graph.extraction.travel import TravelRules
from graph.extraction.trigger_frames import (
    called_on_directly,
    courtesy_call,
    guest_epithet,
    is_contact_noun,
    names_a_day,
)

__all__ = ["ContactVerbs"]

# Verbs whose other side may follow "to": "spoke to X", "presented his credentials to the president".
TO_VERBS = {"speak", "talk", "chat", "confer", "present"}
# Verbs whose guest may follow a place phrase or a form of address the parser hangs it on ("received at the
# Ministry Timothy X", "received in the Palace the Ambassador of Spain, Y", "received Hon. Z").
HOSTING_VERBS = {"receive", "welcome", "host", "greet"}


class ContactVerbs(TravelRules, JointBodies):
    """The verb triggers of one sentence, and the tests of a verb the noun triggers and the sentence loop share
    (``_contact_verb``, ``_invited_to``, ``_welcomed_to``)."""

    def verb_trigger(self, verb: Token) -> list[ContactMention]:
        lemma = verb.lemma_.lower()
        base = cast(ContactType, self.lex.contact_verbs[lemma])
        children = {c.dep_: c for c in verb.children}
        if lemma == "call" and courtesy_call(verb):
            subjects = self.subject_of(verb)
            hosts = self.objects_of(verb, {"on"}, direct=called_on_directly(verb))
            return self.emit(verb, subjects, hosts, "meeting", []) if subjects else []
        # "Macron called Putin(, their first conversation …)": the parser may take the person called, or the call
        # told again, for an object predicate, as in "what they call shuttle diplomacy"; a person there is called
        called = [c for c in verb.children if c.dep_ == "oprd" and self.actors.person_of(c) is not None]
        apposed = [c for c in verb.children if c.dep_ == "oprd" and c.lemma_.lower() in self.lex.contact_nouns
                   and not any(w.lower_ == "what" for w in verb.children)]  # not "held what she called talks"
        if lemma == "call" and any(c.lower_ == "in" and (c.dep_ == "prt" or c.i == verb.i + 1) for c in verb.children):
            return self._summoned(verb)
        if lemma == "call" and any((c.dep_ in {"prt", "oprd"} and c not in called + apposed) or (
                c.dep_ in PREP_DEPS and c.lower_ in {"on", "for"} and not names_a_day(c)) for c in verb.children):
            return []  # "called off", "called on X to", "called for talks", "what they call shuttle diplomacy"
        if any(c.lower_ in self.lex.figurative_adverbs for c in verb.children):
            return []  # "hoped India would meet China halfway"
        direct = lemma in self.lex.direct_object_verbs
        bound = self.lex.object_bound_verbs.get(lemma)
        if bound is not None and not any(c.dep_ == "dobj" and c.lower_ in bound for c in verb.children):
            return []  # "shook the region": only "shook hands" is a contact
        if not self._contact_verb(verb):
            return []  # "briefed the cabinet on the talks": only "was briefed by the ambassador" is a contact
        side_preps = self.lex.preposition_bound_verbs.get(lemma)
        if side_preps is not None:  # "appeared alongside A and B" (not "appeared on television", "stand beside Kyiv")
            people = [r for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ in side_preps
                      for o in c.children if o.dep_ == "pobj" for r in self.refs(o)]
            subjects = self.subject_of(verb)
            if not subjects or not people or not all(r.kind == "official" for r in people):
                return []
            return self.emit(verb, subjects, people, base, [])
        if lemma in self.lex.particle_bound_verbs:
            return self._brought_together(verb)
        if lemma == "invite" or self._welcomed_to(verb):
            return self.invitation(verb)  # "invited B to visit", "welcomes B to pay a state visit"
        if lemma == "visit" and guest_epithet(verb, self.lex.contact_verbs):
            return []  # "met visiting Spanish Prime Minister X": the guest, met where he is
        if lemma in self.lex.prospective_verbs and not self._sees_an_official_ahead(verb):
            return []  # "saw the strike as a provocation", "saw Kyiv's offer": only "will see the president" is one
        passive = children.get("nsubjpass")
        if passive is not None and passive.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
            passive = verb.head  # "a delegation that was received by X": the delegation
        subjects = self.subject_of(verb) if passive is None else self.refs(passive)
        if "compound" in children and not any(c.dep_ in SUBJECTS for c in verb.children) and verb.tag_ == "VBG":
            # "without the three leaders meeting": a gerund's subject the parser took for a compound of a noun
            subjects = self.refs(children["compound"]) or subjects
        preps = WITH_PREPS | ({"to"} if lemma in TO_VERBS else set())
        objects = self.objects_of(verb, preps, direct) + [r for c in called for r in self.refs(c)]
        if direct:  # "to meet Jordan's King A, Egyptian President B and Palestinian President C", parsed apart
            objects += [r for r in self._people_listed_after_object(verb) if r not in objects]
        objects += [r for c in self.loose_participles(verb) for r in self.objects_of(c, set(), direct=False)
                    if r not in objects]
        # "received visiting Premier X", "met with visiting X": the guest hangs on "visiting"
        guests = [o for v in verb.subtree if v.head.i in {verb.i, verb.i + 1}
                  and guest_epithet(v, self.lex.contact_verbs) for o in v.children if o.dep_ == "dobj"]
        objects += [r for o in guests for r in self.refs(o) if r not in objects]
        location = next((loc for o in guests if (loc := self.location_of(o.head, set()))), None)  # "… in Beijing"
        if lemma == "visit":
            visited = [c for c in verb.children if c.dep_ == "dobj" and c.i in self.actors.state_at]
            if visited:
                location = self.actors.state_at[visited[0].i]
            else:
                location, objects = self._visiting_own_abroad(verb, subjects, objects)
            beside = [r for c in verb.children if c.dep_ == "advcl" for p in c.children
                      if p.dep_ == "prep" and p.lower_ in {"beside", "alongside"}
                      for o in p.children if o.dep_ == "pobj" for r in self.refs(o) if r.kind == "official"]
            if beside:  # "visited Cairo and, standing beside Sisi, swore …": the host stood beside him
                objects = beside
        thing = children.get("dobj")
        talked_of = thing is not None and lemma in self.lex.topic_verbs and is_contact_noun(thing, self.lex)
        if not objects and "dobj" in children and not self._personal(children["dobj"]) and not talked_of:
            # ("discussed a summit with China": the "with" is the summit's, told by the noun)
            meal = children["dobj"].lemma_.lower() in self.lex.hospitality_nouns  # "hosted a dinner for B"
            objects = self.objects_of(children["dobj"], {"with", "for"} if meal else {"with"}, direct=False)
        if not objects and lemma in HOSTING_VERBS and "nsubjpass" not in children:
            objects = self._guest_misparsed(verb)
        if "nsubjpass" in children and not objects:
            objects = self.objects_of(verb, {"by"}, direct=False)
        if "nsubjpass" in children and not subjects and len(objects) > 1:
            subjects, objects = objects[:1], objects[1:]  # "the situation was discussed by A and B": both sides
        if not subjects and "nsubj" in children:  # "The Joint Norwegian-Russian Fisheries Commission met in Moscow"
            # ("the India-Bangladesh Joint Commission, which last met in Dhaka in 2019": ``JointBodies``)
            states = self.met_body_states(verb) or self._hyphenated_states(children["nsubj"])
            subjects = [ActorRef("state", c) for c in states]
        if not subjects or (not objects and lemma in self.lex.one_way_verbs):
            return []  # "telephoned his French and German counterparts" with the caller unknown: not a contact
        group = children.get("dobj")
        if not objects and group is not None and group.tag_ in {"NNS", "NNPS"} and self._personal(group) and \
                (participates(verb, self.lex) or direct) and self.opened is None:
            # "Xi hosted the leaders of the five Central Asian states": a gathering whose members come later
            self.opened = next(iter(self.emit(verb, subjects, [], base, [], location=location, least=1)), None)
        thing = children.get("dobj")
        if not objects and direct and lemma != "meet" and thing is not None and \
                not self._personal(thing):
            return []  # "the leaders welcomed the agreement": not a contact among them, as "A and B met" is
        separately = any(c.lower_ == "separately" for c in verb.children)  # "met separately with A and B"
        if objects and len(subjects) > 1 and self._each_subject(verb):  # "A and B, who both spoke with C": each
            return [m for s in subjects for m in self.emit(verb, [s], objects, base, [], location=location,
                                                           separate=separately)]
        return self.emit(verb, subjects, objects, base, [], location=location, separate=separately)

    def _visiting_own_abroad(self, verb: Token, subjects: list[ActorRef],
                             objects: list[ActorRef]) -> tuple[str | None, list[ActorRef]]:
        """ "will visit the Kenyan officers in Haiti": a visit to the state the people visited are in, when
        they are the visitor's own; the place is the other side."""
        place = next((self.actors.state_at[o.i] for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ == "in"
                      for o in c.children if o.dep_ == "pobj" and o.i in self.actors.state_at), None)
        if place is None or not objects:  # ("visited a school in X" with no one named: not said to be a visit)
            return None, objects
        own = {self.actors.country_of(s) for s in subjects} - {None}
        mine = [o for o in objects if o in subjects or (o.kind == "state" and o.name in own)]
        if len(mine) == len(objects) and place not in own:  # ("the Kenyan officers" may resolve to the visitor)
            return place, [ActorRef("state", place)]
        return None, objects

    def _invited_to(self, verb: Token) -> bool:
        """Whether ``verb`` is what an invitation noun asks ("A's invitation to B [to pay] a visit to Ghana"): the
        invitation rule tells that contact. (Skipping the noun under "invited B to hold talks" too lost contacts
        on held-out: the invitation rule does not always state them.)"""
        # ("an invitation for B to visit": the parser hangs the clause with its own subject as adverbial)
        return (verb.dep_ == "acl" or verb.dep_ == "advcl" and _for_subject(verb)) and \
            verb.head.lemma_.lower() in self.lex.invitation_nouns

    def _welcomed_to(self, verb: Token) -> bool:
        """ "welcomes President Xi to pay a state visit to Brazil": a welcome to do something is an invitation,
        not a meeting (as "welcomed Xi at the airport" is)."""
        return verb.lemma_.lower() == "welcome" and any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in self.lex.welcomed_to_verbs and has_to_infinitive(c)
            for c in verb.children)

    def loose_participles(self, verb: Token) -> list[Token]:
        """ "met in talks hosted by C and attended by D": a participle of taking part with its agent and no
        subject, which the parser hung on the contact verb as its conjunct; its agents take part."""
        return [c for c in verb.children if c.dep_ == "conj" and c.tag_ in {"VBN", "VBD"}
                and c.lemma_.lower() in self.lex.participation_verbs and any(a.dep_ == "agent" for a in c.children)
                and not any(s.dep_ in SUBJECTS for s in c.children)]

    def _brought_together(self, verb: Token) -> list[ContactMention]:
        """ "The summit brought together A, B and C": a gathering of the people the verb brings, whatever its
        subject (an event, a host); only with its particle ("brought together", not "brought troops")."""
        particles = self.lex.particle_bound_verbs[verb.lemma_.lower()]
        if not any(c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in verb.children):
            return []
        people = self.objects_of(verb, set(), direct=True)
        people += [r for r in self._people_listed_after_object(verb) if r not in people]
        if len(people) < 2:
            return []
        # the event that brings them tells the form and the day: "the summit on Sunday, which brought together …"
        events = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in {"which", "that"}] or (
            [verb.head] if verb.dep_ in {"relcl", "acl"} else [])
        # "the talks, held under the auspices of X / hosted by X, brought together A and B": X took part too
        people += [r for e in events for c in e.children if c.dep_ == "acl" and c.i != verb.i
                   for r in self.objects_of(c, set(), direct=False) if r not in people]
        # "X brought together A and B": a host who brings them takes part (an event as subject tells the form)
        hosts = [r for e in events if e.pos_ in {"PROPN", "PRON"} for r in self.refs(e) if r.kind == "official"]
        people = [*hosts, *(r for r in people if r not in hosts)]
        events = [e for e in events if e.pos_ not in {"PROPN", "PRON"}]
        return self.emit(verb, people[:1], people[1:], "meeting", events)

    def _people_listed_after_object(self, verb: Token) -> list[ActorRef]:
        """People written in a list right after a person the verb takes as direct object ("met A, B and C"),
        read by the surface — commas, "and", titles, demonyms and names — since the small model often hangs
        the later items elsewhere. The list ends at any other word; a name that is a clause's subject ("met A,
        and B met C") ends it too."""
        seen = next((c for c in verb.children if c.dep_ == "dobj" and self.actors.person_of(c) is not None), None)
        if seen is None:
            return []
        doc = verb.doc
        found: list[ActorRef] = []
        joined = False
        for token in doc[seen.right_edge.i + 1 : verb.sent.end]:
            if token.text == "," or token.lower_ == "and":
                joined = True
                continue
            person = self.actors.person_of(token)
            if person is not None:
                if name_head(token).dep_ in {"nsubj", "nsubjpass"} or not joined:
                    break
                ref = ActorRef("official", person.name)
                if ref not in found:
                    found.append(ref)
                continue
            if token.lower_ in {"the", "'s", "’s"} or token.lower_ in self.lex.title_words or \
                    self.actors.demonym_country(token) is not None or token.text in {"-", "‑"}:
                continue
            break
        return found

    def _sees_an_official_ahead(self, verb: Token) -> bool:
        """ "is due to see President Sisi on Tuesday", "will see Lula in Brasilia": a plan to see a named
        official, told with no "as"-complement; so is a refused one ("was not allowed to see Bazoum"). Past
        sightings ("saw Putin's speech") are left alone: "saw" of a person is too often not a meeting."""
        if any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ in {"prt", "ccomp", "xcomp", "oprd"}
               for c in verb.children):
            return False
        seen = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(seen) and self.actors.person_of(seen[0]) is not None and \
            modality_of(verb, self.lex) in {"planned", "proposed", "cancelled", "denied"}

    def _summoned(self, verb: Token) -> list[ContactMention]:
        """ "called in the Iranian ambassador": summoned him to the ministry, a meeting. The parser reads "in"
        as a particle or as a preposition; only someone called in is summoned ("called in reinforcements" is not)."""
        hosts = self.subject_of(verb)
        called = [o for c in verb.children for o in ([c] if c.dep_ == "dobj" else [
            g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "in" else []) if self._personal(o)
            and o.i not in self.actors.state_at]  # a person or an envoy, never a place ("called in Brussels")
        guests = [r for o in called for r in self.refs(o)]  # (an unnamed envoy is his state: "the Russian envoy")
        return self.emit(verb, hosts, guests, "meeting", []) if hosts and guests else []

    def _guest_misparsed(self, verb: Token) -> list[ActorRef]:
        """The guest of a hosting verb that the parser took for part of the place after it ("received at the
        Ministry's General Diwan Timothy X, the US envoy", "received in the Palacio de San Carlos the Ambassador
        of Spain, Y") or for the apposition of a form of address ("received Hon. Z, Minister of …"). Only
        people count there: "received in Rabat" names a place, not a guest."""
        found: list[ActorRef] = []
        for child in (c for c in verb.rights if c.dep_ in PREP_DEPS and c.lower_ in {"at", "in"}):
            # (the place's own name may go on: "at the Palace of Carthage, the Secretary of State …, Mrs. Y")
            for place in (t for o in child.children if o.dep_ == "pobj" for t in o.subtree if t.dep_ == "pobj"):
                apposed = [a for a in place.children if a.dep_ == "appos"]
                heads = [place, *apposed, *(c for a in apposed for c in a.conjuncts)]
                found += [r for h in heads for r in self.refs(h) if r.kind == "official" and r not in found]
        for child in (c for c in verb.rights if c.dep_ in {"npadvmod", "dep"} and c.lower_ in self.lex.courtesy):
            found += [r for a in child.children if a.dep_ == "appos" for r in self.refs(a)
                      if r.kind == "official" and r not in found]
        return found

    def _each_subject(self, verb: Token) -> bool:
        """ "A and B both spoke with C", "A and B, who each met C", "A and B each met C": each of the subjects
        had the contact with the object on their own (not "Both A and B met C", which may be one meeting)."""
        each = {"both", "each"}
        return any(c.dep_ in {"nsubj", "advmod", "npadvmod", "dep"} and c.lower_ in each for c in verb.children) or \
            any(a.dep_ == "appos" and a.lower_ in each and a.i > s.i for s in verb.children if s.dep_ == "nsubj"
                for a in s.children)

    def _contact_verb(self, token: Token) -> bool:
        """A contact verb as used here: one bound to its agent only in the passive with one ("was briefed by the
        ambassador", not "briefed the cabinet on her visit to Lima", whose visit then stands)."""
        lemma = token.lemma_.lower()
        if lemma in self.lex.agent_bound_verbs:
            deps = {c.dep_ for c in token.children}
            return "nsubjpass" in deps and "agent" in deps
        return lemma in self.lex.contact_verbs

    def joined_by_line(self, verb: Token) -> list[ContactMention]:
        """ "A joined B by video link", "A joined B on the phone": a participation verb with an official as its
        object and a manner of calling is a call with that official (not "joined B in condemning the attack",
        "joined the summit")."""
        manner = [t for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ in {"by", "via", "on", "over"}
                  for t in c.subtree if self.lex.manner.get(t.lower_) in {"phone_call", "video_call"}]
        if not manner:
            return []
        people = [r for c in verb.children if c.dep_ == "dobj" for r in self.refs(c)]
        subjects = self.subject_of(verb)
        if not subjects or not people or not all(r.kind == "official" for r in people):
            return []
        return self.emit(verb, subjects, people, "contact", [])

    def handed(self, verb: Token) -> list[ContactMention]:
        """ "Kuwaiti mediators handed the list to Qatari officials", "the letter was delivered to Iranian officials
        by Swiss diplomats": giving a thing to people puts giver and receiver in contact (not "delivered aid to
        Ukraine", "passed the bill to the Senate": the receiver must name people, and the thing must be said)."""
        children = list(verb.children)
        if not any(c.dep_ in {"dobj", "nsubjpass"} for c in children):
            return []  # "passed away", "the motion passed"
        things = [c for c in children if c.dep_ == "dobj"]  # ("delivered the letter to B": "to" hung on the letter)
        receivers = [o for c in [*children, *(t for h in things for t in h.children)]
                     if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                     for o in c.children if o.dep_ == "pobj" and self._people(o)]
        receivers += [c for c in children if c.dep_ == "dative" and c.pos_ != "ADP" and self._people(c)]
        people = [r for o in receivers for r in self.refs(o)]
        passive = any(c.dep_ == "nsubjpass" for c in children)
        givers = self.objects_of(verb, {"by"}, direct=False) if passive else self.subject_of(verb)
        if not givers or not people:
            return []
        return self.emit(verb, givers, people, "contact", [])

    def _people(self, noun: Token) -> bool:
        """A person by name or people by office ("Qatari officials", "Lavrov"), not a state by its name or a
        pronoun or a force ("Ukraine", "them", "the Ukrainian navy"), which the things states send go to."""
        return noun.i in self.actors.person_at or noun.lower_ in self.lex.official_nouns or \
            noun.lemma_.lower() in self.lex.official_nouns

    def signing(self, verb: Token) -> list[ContactMention]:
        """ "The deal was sealed in Istanbul by A, B and C", "The three presidents are to sign the accord in
        Paris", "visited Pyongyang, and he and Kim signed a treaty": officials who sign one text together at a place
        (said, or the trip's) meet to sign it. Not one signer, nor states
        ("Russia and China signed a treaty" may be signed apart), nor a signing told with no place."""
        signed = [o for o in verb.children if o.dep_ == "dobj"]
        places = [o for t in [verb, *signed] for c in t.children if c.dep_ in PREP_DEPS and c.lower_ in {"in", "at"}
                  for o in c.children
                  if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}
                  and (self.actors.place_country(o) or o.ent_type_ in {"GPE", "LOC", "FAC"})]
        on_a_trip = verb.dep_ == "conj" and (verb.head.lemma_.lower() in self.lex.travel_verbs
                                             or self.lex.contact_verbs.get(verb.head.lemma_.lower()) == "visit")
        there = any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)
        if not places and not on_a_trip and not there:
            return []  # (not "signed the accord in May", "in their capitals"; but "visited Pyongyang, and he and
            # Kim signed a treaty", "signed it there": where the trip went)
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        sides = self.objects_of(verb, set(), direct=False) if passive else self.subject_of(verb)
        if not passive:  # "visits New Delhi and signs an agreement (on trade) with Prime Minister X"
            phrase = [verb, *(t for o in signed for t in o.subtree)]  # (the place too: "a framework in Washington")
            withs = [o for t in phrase for p in t.children if p.dep_ in PREP_DEPS and p.lower_ == "with"
                     for o in p.children if o.dep_ == "pobj"]
            sides += [r for o in withs for r in self.refs(o) if r not in sides]
            # "in front of X, A and B signed", "in the presence of X": a witness of the signing is there too
            sides += [r for r in self.objects_of(verb, set(), direct=False) if r.kind == "official" and r not in sides]
        if len(sides) < 2 or any(s.kind != "official" for s in sides):
            return []
        return self.emit(verb, sides[:1], sides[1:], "meeting", [])


def _for_subject(verb: Token) -> bool:
    """ "for B to visit": an infinitive with a subject of its own brought in by "for"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)
