"""Contacts stated in a sentence: who called, met, visited or spoke with whom.

Each grammatical case is a small function over the dependency parse:
- verb triggers: "A spoke/met/called B", "A met with B", "A and B spoke", "B was received by A", "shook hands"
  (object-bound verbs), "raised the issue with B" (one-way verbs need a "with"-side), "discussed the crisis
  with B"; a body named for two countries ("the Norwegian-Russian commission met");
- travel: "A travelled to Beijing" (a visit to the host state); "arrived here" / "arrived for a state visit"
  is at the dateline's place;
- noun triggers: "held talks with B", "during his call with B", "the meeting between A and B", "exchanged
  views", "are in contact with counterparts in Rome", "a meeting of the two presidents", "the visit of the
  President of Kenya", "US-China talks", "a Brende-Lavrov meeting", "Seoul's offer of talks"; a noun as the
  setting of a clause ("at the summit, the leaders …") is the event told before; a relationship kept up
  ("agreed to deepen consultations") is no event;
- invitations: "A invited B to visit Kyiv", "A extended an invitation to B to visit", "B declined an
  invitation from A to visit" (B would visit A);
- courtesy calls: "the ambassador called on the foreign minister", "paid a courtesy call on X" (a meeting);
- a bare noun ("Russia proposed a call") names no new sides: it refines the form of the last contact, when
  it points back to it and shares its fate (not "the last face-to-face encounter…", nor "will not attend the
  meeting");
- gatherings whose members are named apart ("took part in the session … Taking part were A, B") are kept by
  ``participation``; visits absorb the talks held on the trip (``visits.fold_visits``); a heading or a question
  states nothing, but a question names the sides its answer calls "the two".
The verb and noun triggers and the reading of a whole sentence (``_Sentence.run``) are here; the rest lives in
modules of their own: travel and invitations in ``travel``, a bare noun naming the last contact in
``contact_references``, the building of a mention (form, date, place) in ``contact_assembly``, and the frame
around a contact word ("held [talks]", "the/that meeting", "their last meeting") in ``trigger_frames``.
The sides themselves are resolved by ``sides``; modality by ``modality``; dates by ``contact_dates``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import cast

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.contact_assembly import MANNER_PREPS
from graph.extraction.contact_references import ReferenceRules
from graph.extraction.discourse import ContactMention, Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality import REPORTING, modality_of
from graph.extraction.participation import (
    join_companions,
    join_gathering,
    member_cues,
    named_members,
    opens_gathering,
    participates,
    told_with_more,
)
from graph.extraction.pipeline import is_heading, is_question, verb_taken_for_noun
from graph.extraction.records import ActorRef, ContactType, types_compatible
from graph.extraction.sides import PREP_DEPS, SUBJECTS, WITH_PREPS
from graph.extraction.travel import TravelRules
from graph.extraction.trigger_frames import (
    courtesy_call,
    definite,
    governing_verb,
    guest_epithet,
    names_a_day,
    of_after_day,
    same_fate,
)
from graph.extraction.visits import fold_visits

__all__ = ["find_contacts"]

SETTING_PREPS = {"at", "during"}  # "at the summit, …": a contact told before as the setting of a clause
# Verbs whose direct object is the other side ("met Kuleba", "hosted the emir", "telephoned Modi").
DIRECT_OBJECT_VERBS = {"call", "meet", "receive", "welcome", "host", "visit", "phone", "telephone", "ring", "invite",
                       "greet", "convene", "reconvene", "gather", "summon", "see", "embrace", "hug",
                       "brief"}
# What a guest may be welcomed to do that makes the welcome an invitation ("welcomes B to pay a visit", "to come"),
# not a purpose ("welcomed B to the talks to discuss trade").
WELCOMED_TO = {"visit", "come", "travel", "pay", "make", "attend"}
# Verbs whose other side may follow "to": "spoke to X", "presented his credentials to the president".
TO_VERBS = {"speak", "talk", "chat", "confer", "present"}


# Where an adjective stands as a noun ("held a bilateral with B", "a trilateral was held"): the noun it is.
NOMINAL_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass"}
TOPIC_PREPS = {"on", "about", "concerning", "regarding", "over"}  # "views on X": X is what was spoken of
# Verbs whose guest may follow a place phrase or a form of address the parser hangs it on ("received at the
# Ministry Timothy X", "received in the Palace the Ambassador of Spain, Y", "received Hon. Z").
HOSTING_VERBS = {"receive", "welcome", "host", "greet"}


class _Sentence(TravelRules, ReferenceRules):
    """The contact rules for one sentence, sharing the article's actors and the discourse so far: the verb and
    noun triggers here, travel and invitations from ``TravelRules``, a bare noun naming the last contact from
    ``ReferenceRules``, the assembling of a mention from ``ContactAssembly``."""

    def verb_trigger(self, verb: Token) -> list[ContactMention]:
        lemma = verb.lemma_.lower()
        base = cast(ContactType, self.lex.contact_verbs[lemma])
        children = {c.dep_: c for c in verb.children}
        if lemma == "call" and courtesy_call(verb):
            subjects = self.subject_of(verb)
            return self.emit(verb, subjects, self.objects_of(verb, {"on"}, direct=False), "meeting", []) \
                if subjects else []
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
        direct = lemma in DIRECT_OBJECT_VERBS
        bound = self.lex.object_bound_verbs.get(lemma)
        if bound is not None and not any(c.dep_ == "dobj" and c.lower_ in bound for c in verb.children):
            return []  # "shook the region": only "shook hands" is a contact
        if not self._contact_verb(verb):
            return []  # "briefed the cabinet on the talks": only "was briefed by the ambassador" is a contact
        if lemma == "invite" or self._welcomed_to(verb):
            return self.invitation(verb)  # "invited B to visit", "welcomes B to pay a state visit"
        if lemma == "visit" and guest_epithet(verb, self.lex.contact_verbs):
            return []  # "met visiting Spanish Prime Minister X": the guest, met where he is
        if lemma in self.lex.prospective_verbs and not self._sees_an_official_ahead(verb):
            return []  # "saw the strike as a provocation", "saw Kyiv's offer": only "will see the president" is one
        subjects = self.subject_of(verb) if "nsubjpass" not in children else self.refs(children["nsubjpass"])
        if "compound" in children and not any(c.dep_ in SUBJECTS for c in verb.children) and verb.tag_ == "VBG":
            # "without the three leaders meeting": a gerund's subject the parser took for a compound of a noun
            subjects = self.refs(children["compound"]) or subjects
        preps = WITH_PREPS | ({"to"} if lemma in TO_VERBS else set())
        objects = self.objects_of(verb, preps, direct) + [r for c in called for r in self.refs(c)]
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
        if not objects and "dobj" in children and not self._personal(children["dobj"]):
            meal = children["dobj"].lemma_.lower() in self.lex.hospitality_nouns  # "hosted a dinner for B"
            objects = self.objects_of(children["dobj"], {"with", "for"} if meal else {"with"}, direct=False)
        if not objects and lemma in HOSTING_VERBS and "nsubjpass" not in children:
            objects = self._guest_misparsed(verb)
        if "nsubjpass" in children and not objects:
            objects = self.objects_of(verb, {"by"}, direct=False)
        if "nsubjpass" in children and not subjects and len(objects) > 1:
            subjects, objects = objects[:1], objects[1:]  # "the situation was discussed by A and B": both sides
        if not subjects and "nsubj" in children:  # "The Joint Norwegian-Russian Fisheries Commission met in Moscow"
            subjects = [ActorRef("state", c) for c in self._hyphenated_states(children["nsubj"])]
        if not subjects or (not objects and lemma in self.lex.one_way_verbs):
            return []  # "telephoned his French and German counterparts" with the caller unknown: not a contact
        group = children.get("dobj")
        if not objects and group is not None and group.tag_ in {"NNS", "NNPS"} and self._personal(group) and \
                (participates(verb, self.lex) or lemma in DIRECT_OBJECT_VERBS) and self.opened is None:
            # "Xi hosted the leaders of the five Central Asian states": a gathering whose members come later
            self.opened = next(iter(self.emit(verb, subjects, [], base, [], location=location, least=1)), None)
        thing = children.get("dobj")
        if not objects and lemma in DIRECT_OBJECT_VERBS - {"meet"} and thing is not None and not self._personal(thing):
            return []  # "the leaders welcomed the agreement": not a contact among them, as "A and B met" is
        separately = any(c.lower_ == "separately" for c in verb.children)  # "met separately with A and B"
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
        return verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lex.invitation_nouns

    def _welcomed_to(self, verb: Token) -> bool:
        """ "welcomes President Xi to pay a state visit to Brazil": a welcome to do something is an invitation,
        not a meeting (as "welcomed Xi at the airport" is)."""
        return verb.lemma_.lower() == "welcome" and any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in WELCOMED_TO and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)

    def _destination_hung_elsewhere(self, noun: Token) -> list[Token]:
        """ "preparations for the state visit of the President of Kazakhstan | to Azerbaijan": the "to" right after
        the visit's phrase, which the parser hung on the verb, is the visit's destination."""
        end = noun.right_edge.i + 1
        if end >= len(noun.doc) or noun.doc[end].lower_ != "to" or noun.doc[end].head.i == noun.i:
            return []
        prep = noun.doc[end]
        if prep.dep_ not in PREP_DEPS or not any(o.dep_ == "pobj" and o.i in self.actors.state_at
                                                 for o in prep.children):
            return []
        return [prep]

    def _sees_an_official_ahead(self, verb: Token) -> bool:
        """ "is due to see President Sisi on Tuesday", "will see Lula in Brasilia": a plan to see a named
        official, told with no "as"-complement. Past sightings ("saw Putin's speech") are left alone: "saw" of a
        person is too often not a meeting."""
        if any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ in {"prt", "ccomp", "xcomp", "oprd"}
               for c in verb.children):
            return False
        seen = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(seen) and self.actors.person_of(seen[0]) is not None and \
            modality_of(verb, self.lex) in {"planned", "proposed", "cancelled"}

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
            for place in (o for o in child.children if o.dep_ == "pobj"):
                heads = [place, *(a for a in place.children if a.dep_ == "appos")]
                found += [r for h in heads for r in self.refs(h) if r.kind == "official" and r not in found]
        for child in (c for c in verb.rights if c.dep_ in {"npadvmod", "dep"} and c.lower_ in self.lex.courtesy):
            found += [r for a in child.children if a.dep_ == "appos" for r in self.refs(a)
                      if r.kind == "official" and r not in found]
        return found

    def _takes_part_in_object(self, verb: Token) -> bool:
        """A verb whose subject takes part in the contact its object names ("hosted/held/brokered talks between A
        and B"), unlike one that only speaks of it ("criticised the meeting between A and B")."""
        lemma = verb.lemma_.lower()
        return lemma not in self.lex.topic_verbs and (
            lemma in self.lex.light_verbs or lemma in self.lex.participation_verbs or lemma in self.lex.contact_verbs
            or lemma in self.lex.arranging_verbs)

    def _contact_verb(self, token: Token) -> bool:
        """A contact verb as used here: one bound to its agent only in the passive with one ("was briefed by the
        ambassador", not "briefed the cabinet on her visit to Lima", whose visit then stands)."""
        lemma = token.lemma_.lower()
        if lemma in self.lex.agent_bound_verbs:
            deps = {c.dep_ for c in token.children}
            return "nsubjpass" in deps and "agent" in deps
        return lemma in self.lex.contact_verbs

    def _topic_of_contact(self, noun: Token) -> bool:
        """A contact noun that is what another contact was about ("exchanged views on the talks in Vienna",
        "discussed the negotiations", "briefed him about the summit"): no contact of those who spoke. A direct
        object of a verb of discussing is one only when it names no sides of its own ("discussed Li's visit to
        Laos" still tells that visit)."""
        prep = noun.head
        if noun.dep_ == "dobj" and prep.lemma_.lower() in self.lex.topic_verbs:  # "discussed the peace summit"
            named = [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}] + [
                o for c in noun.children if c.dep_ in PREP_DEPS for o in c.children if o.dep_ == "pobj"]
            return not any(self.refs(c) for c in named)
        if noun.dep_ != "pobj" or prep.lower_ not in TOPIC_PREPS:
            return False
        about = prep.head
        return self._contact_verb(about) or about.lower_ in self.lex.contact_nouns \
            or about.lemma_.lower() in self.lex.contact_nouns

    def _attended_by(self, noun: Token, governor: Token | None) -> list[Token]:
        """ "hosted a summit in Luanda on Monday, attended by A and B", "chaired a conference that was attended by
        A": a passive participation verb whose agents are members of the gathering the noun names, hung on the
        verb that governs the noun or told in a relative clause of the noun."""
        hung = [c for c in noun.children if c.dep_ == "relcl"]
        if governor is not None and noun.dep_ == "dobj":
            hung += [c for c in governor.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
        return [v for v in hung if v.lemma_.lower() in self.lex.participation_verbs
                and any(c.dep_ == "agent" for c in v.children)]

    def _held_interview(self, noun: Token) -> bool:
        """ "has had an interview with the Minister of Foreign Affairs of Mali", "a telephonic interview with his
        homologue, Mr. X": in translated agency copy an interview an official held with an official by title is a
        contact; a press interview ("gave an interview to", "in an interview with Reuters", "had an interview with
        CNN's X") is not."""
        governor = governing_verb(noun)
        if noun.dep_ != "dobj" or governor is None or governor.lemma_.lower() not in self.lex.light_verbs:
            return False
        sides = [o for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ == "with"
                 for o in c.children if o.dep_ == "pobj"]
        return bool(sides) and all(
            person.role is not None if (person := self.actors.person_of(o)) is not None
            else o.lemma_.lower() in self.lex.official_nouns for o in sides)

    def noun_trigger(self, noun: Token) -> list[ContactMention]:
        base = cast(ContactType, self.lex.contact_nouns.get(noun.lower_) or self.lex.contact_nouns.get(
            noun.lemma_.lower(), "meeting"))  # (an interview held with an official: ``_held_interview``)
        own_sides = any(c.dep_ in PREP_DEPS and c.lower_ in WITH_PREPS or c.dep_ == "acl" for c in noun.children)
        if noun.dep_ == "pobj" and noun.head.lower_ in MANNER_PREPS and noun.head.head.pos_ in {"VERB", "NOUN"} \
                and not own_sides:
            head = noun.head.head
            if self._contact_verb(head) or head.lemma_.lower() in self.lex.contact_nouns:
                return []  # "spoke by telephone": manner of another trigger
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in self.lex.setting_nouns:
            return []  # "on the margins of the General Assembly session": where, not a contact of its own
        if noun.lower_ in {"views", "exchange"} and noun.head.lemma_.lower() != "exchange" and not (
                noun.lower_ == "exchange" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"have", "hold"}
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)):
            return []  # (but "had a brief exchange with B"; not "held an exchange of prisoners")
        if self._topic_of_contact(noun) and not own_sides:
            return []  # "exchanged views on the talks under way in Vienna": what they spoke about
        if noun.lower_ in {"contact", "touch"} and not (noun.dep_ == "pobj" and noun.head.lower_ == "in") and \
                noun.head.lemma_.lower() not in self.lex.light_verbs:
            return []  # only "in contact/touch with", "made contact with"
        if any(c.dep_ in PREP_DEPS and c.lower_ == "for" for c in noun.children) and noun.lemma_ == "call" and \
                not any(c.dep_ in {"compound", "amod"} and c.lower_ in self.lex.manner for c in noun.children):
            return []  # "a call for calm" (not "a phone call … for Turkey's support")
        if noun.dep_ in {"compound", "amod"} and noun.head.lemma_.lower() in self.lex.contact_nouns:
            return []  # "phone call", "bilateral meetings": the head is the trigger
        governor = governing_verb(noun)
        if governor is not None and governor.lemma_.lower() in self.lex.relation_verbs and (
                noun.dep_ == "dobj" or (noun.head.lower_ == "in" and governor.dep_ == "xcomp")):
            # "agreed to deepen consultations", "agreed to remain in touch": a relationship to keep up, not an event
            # (but "Moscow remained in close contact with Baku" tells contacts that took place)
            return []
        if governor is not None and (self._invited_to(governor) or self._welcomed_to(governor.head)):
            return []  # "an invitation to B to pay a visit to Ghana", "welcomes B to visit": the invitation states it
        left: list[ActorRef] = []
        # "a trip to Riga", "a call to Putin", "on the phone to him"; "a call from Macron"
        preps = WITH_PREPS | ({"to"} if base in {"visit", "phone_call"} else set()) | (
            {"from"} if base != "visit" else set())
        right = self.objects_of(noun, preps, direct=False)
        if noun.lemma_.lower() == "call" and (governor is not None and governor.lemma_.lower() == "pay" or any(
                self.lex.manner.get(c.lower_) == "meeting" for c in noun.children if c.dep_ in {"amod", "compound"})):
            base = "meeting"  # "paid a (courtesy) call on the prime minister": a visit of courtesy, in person
            right += [r for r in self.objects_of(noun, {"on"}, direct=False) if r not in right]
        for child in [*noun.children, *of_after_day(noun)]:
            if child.dep_ in {"poss", "compound", "nmod"} and child.lemma_.lower() not in self.lex.contact_nouns:
                left += self.refs(child)
            if child.dep_ in PREP_DEPS and child.lower_ == "by":  # "a trip by the minister to Riga"
                left += [r for obj in child.children if obj.dep_ == "pobj" for r in self.refs(obj)]
            if child.dep_ in PREP_DEPS and child.lower_ == "of":  # "the visit of the President of Kazakhstan"
                owners = [r for obj in child.children if obj.dep_ == "pobj" for r in self.refs(obj)]
                if base == "visit":
                    left += [r for r in owners if r not in left]
                else:  # "a meeting of the two presidents", "a summit of the leaders of A and B"
                    right += [r for r in owners if r not in right]
            if child.dep_ == "acl":  # "talks hosted by Gonsalves", "the summit planned between Kim and Trump"
                right += [r for r in self.objects_of(child, WITH_PREPS, direct=False) if r not in right]
                for conj in child.conjuncts:  # "… and attended by Amorim"
                    right += [r for r in self.objects_of(conj, WITH_PREPS, direct=False) if r not in right]
        for attended in self._attended_by(noun, governor):  # "hosted a summit on Monday, attended by A and B"
            right += [r for r in self.objects_of(attended, set(), direct=False) if r not in right and r not in left]
        # "welcomed the outcome of the summit between Abe and Modi": a noun that names both its sides is theirs
        # (but "hosted talks between A and B": the host of its direct object takes part)
        # (and "criticised/discussed the meeting between A and B": what was spoken of, not a meeting of the speaker)
        own_pair = (noun.dep_ != "dobj" or not self._takes_part_in_object(noun.head)) and \
            len(self.objects_of(noun, {"between", "among"}, direct=False)) >= 2
        if governor is not None:  # "rejected Seoul's offer of talks": whose offer it was is a side too
            between = [t for t in noun.ancestors if t.i != governor.i and governor in t.ancestors and t.pos_ == "NOUN"]
            right += [r for t in between for c in t.children if c.dep_ == "poss" for r in self.refs(c)
                      if r not in right and r not in left]
        if governor is not None and not own_pair:
            to_too = {"to"} if base == "phone_call" else set()  # "was on the phone to him"
            speaks = governor.lemma_.lower() in REPORTING  # "told Al Jazeera by phone from Cairo": where he spoke
            preps = (WITH_PREPS - {"from"} if speaks else WITH_PREPS) | to_too
            right += [r for r in self.objects_of(governor, preps, direct=False) if r not in right]
            # "told Kuleba in a phone call", "will meet B in talks hosted by C" (but a speaker tells a person; an
            # outlet or a state told something by phone is the press, not a side)
            told = [c for c in governor.children if c.dep_ == "dobj"]
            press = speaks and not any(c.i in self.actors.person_at or c.pos_ == "PRON" or self._personal(c)
                                       for c in told)  # "told Al Jazeera by phone"
            if governor.lemma_.lower() in self.lex.addressee_verbs | (DIRECT_OBJECT_VERBS - {"visit"}) and not press:
                right += [r for r in self.objects_of(governor, set(), direct=True) if r not in right]
            active = not any(c.dep_ == "auxpass" for c in governor.children)
            if not left and active and noun.dep_ == "dobj":  # "recalled the visit … by his predecessor": the
                left = [r for c in governor.children if c.dep_ in PREP_DEPS and c.lower_ == "by"  # noun's agent
                        for o in c.children if o.dep_ == "pobj" for r in self.refs(o)]
            if not left and noun.dep_ not in SUBJECTS:
                left = self.subject_of(governor)
                if not left and noun.dep_ == "dobj" and governor.lemma_.lower() in self.lex.light_verbs and any(
                        c.dep_ == "nsubj" and self._personal(c) for c in governor.children):
                    return []  # "The minister held calls with A and B", no minister known: not a call of A and B
        location = None
        if base == "visit":
            for child in [*noun.children, *self._destination_hung_elsewhere(noun)]:
                if child.dep_ in PREP_DEPS and child.lower_ in {"to", "in"}:
                    for obj in child.children:
                        if obj.i in self.actors.state_at:
                            location = self.actors.state_at[obj.i]
                            if not any(r.kind == "official" for r in right):
                                right = [ActorRef("state", location)]
        hyphenated = self._hyphenated_sides(noun)  # "US-China talks", "a Brende-Lavrov meeting"
        if hyphenated and not right and all(r in hyphenated for r in left):
            left = hyphenated
        if not left and not right:
            return self._refine_previous(noun, base)
        # "held talks", "received a call" state a contact; so does a verb over a noun that names its own other
        # side ("opened the day with a breakfast with the crown prince", "was on the phone to him")
        # ("in contact with" is a standing state, not an event, and stays undated)
        on_the_line = base in {"phone_call", "video_call"} and governor is not None and governor.lemma_ == "be"
        named_here = on_the_line or any(c.dep_ in PREP_DEPS and c.lower_ in {"with", "between", "to"}
                                        for c in noun.children)
        asserted = governor is not None and (
            governor.lemma_.lower() in self.lex.light_verbs | {"receive"}
            or (named_here and governor.pos_ in {"VERB", "AUX"} and base != "contact")
        )
        # "held bilateral meetings with counterparts from A, B and C": one meeting each
        # "held separate talks with A and B": one each too
        separate = (noun.tag_ == "NNS" and noun.lemma_.lower() not in {"talk", "talks", "consultation"}) or any(
            c.lower_ in {"bilateral", "separate"} for c in noun.children
        ) or any(c.lower_ == "separately" for c in (governor.children if governor is not None else ()))
        heads = [governor] if governor is not None else []
        joins = governor is not None and participates(governor, self.lex)
        if joins and not named_here and definite(noun):  # "A and B also attended the session"
            gathering = self.discourse.gathering
            if gathering is not None and governor is not None and types_compatible(gathering.type, base) and same_fate(
                    modality_of(governor, self.lex), gathering.modality):  # (not "declined to attend the session")
                return join_gathering(self.discourse, left + right, self.index, self.evidence(), self.actors)
        mentions = self.emit(noun, left, right, base, heads, location, confidence=0.8, asserted=asserted,
                             separate=separate)
        if joins and self.opened is None:  # "joined a video conference of regional leaders": members may follow
            self.opened = mentions[-1] if mentions else next(
                iter(self.emit(noun, left, right, base, heads, location, confidence=0.8, asserted=True, least=1)), None)
        if not mentions and len(left) + len(right) <= 1:
            return self._refine_previous(noun, base)
        if not named_here and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS \
                and definite(noun):
            # "At the summit, the leaders exchanged views", "During the videoconference, the ministers agreed …":
            # the event told before, as the setting of what is said now; the clause's date is not its date
            own_date = any(t.ent_type_ == "DATE" for t in noun.subtree)
            mentions = [replace(m, reference=True, type="contact" if m.type == "meeting" else m.type,
                                date=m.date if own_date else None) for m in mentions]
            self.settings += mentions
        return mentions

    def signing(self, verb: Token) -> list[ContactMention]:
        """ "The deal was sealed in Istanbul by A, B and C", "The three presidents are to sign the accord in
        Paris": officials who sign one text together at a place meet to sign it. Not one signer, nor states
        ("Russia and China signed a treaty" may be signed apart), nor a signing told with no place."""
        places = [o for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ in {"in", "at"} for o in c.children
                  if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}
                  and (self.actors.place_country(o) or o.ent_type_ in {"GPE", "LOC", "FAC"})]
        if not places:
            return []  # (not "signed the accord in May", "in their capitals")
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        sides = self.objects_of(verb, set(), direct=False) if passive else self.subject_of(verb)
        if len(sides) < 2 or any(s.kind != "official" for s in sides):
            return []
        return self.emit(verb, sides[:1], sides[1:], "meeting", [])

    def _led_by_named(self, mention: ContactMention) -> ContactMention:
        """ "Philippine and Chinese diplomats met … for another round of talks, led by Undersecretary A and Chinese
        Vice Minister B": the states a contact's unnamed officials stand for are the people the sentence names
        as leading them (by their country; one of unknown country stands for the one state left)."""
        states = [a for a in mention.participants if a.kind == "state"]
        if not states or mention.reference:
            return mention
        leaders = [ref for t in self.sent if t.lemma_.lower() in {"lead", "head"} and t.dep_ == "acl"
                   for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                   for ref in self.refs(o) if ref.kind == "official" and ref not in mention.participants]
        if not leaders:
            return mention
        sides = set(mention.participants)
        unplaced = []
        for leader in leaders:
            state = ActorRef("state", country) if (country := self.actors.country_of(leader)) else None
            if state in sides:
                sides = sides - {state} | {leader}
            elif state is None:
                unplaced.append(leader)
        left = [a for a in sides if a.kind == "state"]
        if len(unplaced) == 1 and len(left) == 1:
            sides = sides - {left[0]} | {unplaced[0]}
        return replace(mention, participants=frozenset(sides))

    def _told_in_setting(self, found: list[ContactMention]) -> list[ContactMention]:
        """ "At the summit, the leaders exchanged views": what the clause tells among the same sides as the
        event its setting names again is that event, in the form told before (a video summit's exchange of views
        is no meeting in person)."""
        for setting in self.settings:
            told = next((m for m in reversed(self.discourse.mentions) if m.participants == setting.participants
                         and not m.asked and same_fate(m.modality, setting.modality)), None)
            if told is None:
                continue
            found = [replace(m, type=told.type) if m not in self.settings and not m.reference
                     and m.participants == told.participants and same_fate(m.modality, told.modality) else m
                     for m in found]
        return found

    def run(self) -> list[ContactMention]:
        found: list[ContactMention] = []
        self.current = found  # what this sentence has stated so far, for "…, but that trip was postponed"
        for token in self.sent:
            self.anaphoric = False
            lemma = token.lemma_.lower()
            if token.pos_ in {"VERB", "AUX"} or (lemma in self.lex.contact_verbs and verb_taken_for_noun(token)):
                if token.dep_ == "xcomp" and token.head.lemma_.lower() == "invite" or \
                        token.dep_ in {"xcomp", "advcl"} and self._welcomed_to(token.head):
                    continue  # the invitation states it
                visiting = lemma in self.lex.contact_verbs or lemma in self.lex.travel_verbs
                conveyed = self.conveyed_invitation(token) if visiting else None
                if self._invited_to(token):
                    found += self.invitation_noun(token)
                elif conveyed is not None:
                    found += self.invitation_noun(token, conveyed)
                elif lemma in self.lex.contact_verbs:
                    found += self.verb_trigger(token)
                elif lemma in self.lex.travel_verbs:
                    found += self.travel_trigger(token)
                elif lemma in self.lex.signing_verbs:
                    found += self.signing(token)
                elif lemma in self.lex.reschedule_verbs:
                    found += self.rescheduled(token)  # "It has now been rescheduled for June"
                elif lemma == "expect" and token.tag_ == "VBN":
                    found += self.travel_trigger(token, planned=True)  # "is expected in Kinshasa"
                elif lemma == "be" and self._official_subject(token):
                    found += self.travel_trigger(token)  # "Blinken is in Kyiv for talks with Zelensky"
            elif token.lower_ == "due" and token.pos_ == "ADJ":
                found += self.travel_trigger(token, planned=True)  # "is due in Sochi on Tuesday"
            elif (token.pos_ in {"NOUN", "PROPN"} or token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS) and (
                token.lower_ in self.lex.contact_nouns or lemma in self.lex.contact_nouns
            ) and token.i not in self.actors.person_at:
                found += self.noun_trigger(token)
            elif token.lower_ in self.lex.interview_nouns and self._held_interview(token):
                found += self.noun_trigger(token)
        found = self._told_in_setting(found)
        found = [self._led_by_named(m) for m in found]
        found = fold_visits(found, self.actors.official_countries)
        found = join_companions(found, self, self.discourse, self.index, self.evidence(), self.actors, self.lex)
        listing = not found and not is_question(self.sent) and not is_heading(self.sent)
        cues = member_cues(self.sent, self.lex, self.actors) if listing else []
        gathering = told_with_more(self.discourse, cues, self.index, self.actors) or self.discourse.gathering
        # "Taking part in the session were A, B and C": members of the gathering just told (not "A and B did not
        # attend", nor "A will attend next year")
        members = [m for cue in cues if gathering is not None and same_fate(modality_of(cue, self.lex),
                                                                            gathering.modality)
                   for m in named_members(cue, self.actors)]
        if members:
            found = join_gathering(self.discourse, members, self.index, self.evidence(), self.actors)
        if is_heading(self.sent):  # a headline sums up what the story tells; it states nothing new
            return [replace(m, reference=True) for m in found]
        if is_question(self.sent):  # kept for what "the two" in the answer means, never as an event
            found = [replace(m, asked=True) for m in found]
        opens_gathering(found, self.opened, self.discourse)
        return found


def find_contacts(doc_sents: list[Span], actors: ArticleActors, lex: Lexicon, discourse: Discourse) -> None:
    """Read every sentence in order; the contacts found accumulate in ``discourse.mentions``."""
    for index, sent in enumerate(doc_sents):
        for mention in _Sentence(sent, index, actors, lex, discourse).run():
            discourse.mentions.append(mention)
