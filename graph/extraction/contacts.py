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
The sides themselves are resolved by ``sides``; modality by ``modality``; dates by ``contact_dates``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import cast

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.contact_dates import contact_date
from graph.extraction.discourse import ContactMention, Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality import REPORTING, asked_about, modality_of
from graph.extraction.participation import join_gathering, member_cue, named_members, opens_gathering, participates
from graph.extraction.pipeline import is_heading, is_question, sentence_evidence, verb_taken_for_noun
from graph.extraction.records import ActorRef, ContactType, Evidence, Modality, types_compatible, without_own_states
from graph.extraction.sides import PREP_DEPS, SUBJECTS, WITH_PREPS, Sides
from graph.extraction.visits import fold_visits

__all__ = ["find_contacts"]

MANNER_PREPS = {"by", "via", "over", "through", "on", "in", "during"}
PLACE_PREPS = {"in", "at"}
SETTING_PREPS = {"at", "during"}  # "at the summit, …": a contact told before as the setting of a clause
# Verbs whose direct object is the other side ("met Kuleba", "hosted the emir", "telephoned Modi").
DIRECT_OBJECT_VERBS = {"call", "meet", "receive", "welcome", "host", "visit", "phone", "telephone", "ring", "invite",
                       "greet", "convene", "reconvene", "gather"}
PRIOR_MARKERS = {"last", "previously", "first", "earlier", "once", "before"}


class _Sentence(Sides):
    """The contact rules for one sentence, sharing the article's actors and the discourse so far."""

    def __init__(self, sent: Span, index: int, actors: ArticleActors, lex: Lexicon, discourse: Discourse) -> None:
        super().__init__(sent, actors, lex, discourse)
        self.index = index
        self.more_dates: list[str] = []  # the other days of a listed date ("on January 6 and January 8")
        self.opened: ContactMention | None = None  # a gathering a participation verb told ("joined a summit")

    def contact_type(self, trigger: Token, base: ContactType, extra: list[Token]) -> ContactType:
        """The form of the contact: the trigger's own word, overridden by "by phone", "video call"…"""
        words: list[Token] = []
        for head in [trigger, *extra]:
            for child in head.children:
                if child.dep_ in {"compound", "amod", "advmod", "nmod"}:
                    words.append(child)
                noun_kind = self.lex.contact_nouns.get(child.lower_) if child.dep_ == "dobj" else None
                if noun_kind is not None:  # "hosted a video call", "convened a virtual meeting": the object's form
                    words += [c for c in child.children if c.dep_ in {"compound", "amod", "nmod"}]
                    if noun_kind in {"phone_call", "video_call"}:
                        base = cast(ContactType, noun_kind)
                if child.dep_ in PREP_DEPS and child.lower_ in MANNER_PREPS:
                    for obj in child.subtree:
                        words.append(obj)
                if child.dep_ == "agent":  # "spoken by telephone" may parse as an agent; its object alone is the manner
                    words += [obj for obj in child.children if obj.dep_ == "pobj"]
        for word in words:
            kind = self.lex.manner.get(word.lower_)
            if kind is not None:
                return cast(ContactType, kind)
        return base

    def date_of(self, trigger: Token, modality: Modality) -> str | None:
        """The date of the event ``trigger`` states (``contact_dates.contact_date``); the other days of a listed
        date ("in telephone conversations on January 6 and January 8") are kept in ``more_dates``."""
        date, self.more_dates = contact_date(trigger, modality, self.sent, self.index, self.discourse, self.lex)
        return date

    def location_of(self, trigger: Token, exclude: set[int]) -> str | None:
        for child in trigger.children:
            if child.dep_ in PREP_DEPS and child.lower_ in PLACE_PREPS | {"on"}:
                for token in child.subtree:
                    if token.i in exclude:
                        continue
                    country = self.actors.state_at.get(token.i)
                    if country and token.head.dep_ == "prep" and token.head.lower_ in PLACE_PREPS:
                        return country
        return None

    def evidence(self) -> Evidence:
        return sentence_evidence(self.sent)

    # ---- assembling -------------------------------------------------------------------------------
    def emit(
        self,
        trigger: Token,
        subjects: list[ActorRef],
        objects: list[ActorRef],
        base: ContactType,
        extra_heads: list[Token],
        location: str | None = None,
        confidence: float = 0.85,
        asserted: bool = False,
        separate: bool = False,
        least: int = 2,
    ) -> list[ContactMention]:
        modality = modality_of(trigger, self.lex)
        kind = self.contact_type(trigger, base, extra_heads)
        self.more_dates = []
        date = self.date_of(trigger, modality)
        more_dates = self.more_dates  # "in telephone conversations on January 6 and January 8": two calls
        if date is None:
            for head in extra_heads:
                date = self.date_of(head, modality)
                if date:
                    break
        exclude = {t.i for ref_head in extra_heads for t in ref_head.subtree if t.dep_ == "pobj"}
        location = location or self.location_of(trigger, set()) or next(
            (loc for h in extra_heads if (loc := self.location_of(h, exclude))), None
        )
        groups: list[list[ActorRef]]
        objects = [o for o in objects if o not in subjects]
        objects = [o for o in objects if o in without_own_states(subjects + objects, self.actors.official_countries)]
        if subjects and objects and len(objects) > 1 and len(subjects) == 1 and (
            separate or kind in {"phone_call", "contact"}
        ):
            groups = [[*subjects, o] for o in objects]  # calls to several counterparts are separate calls
        else:
            groups = [subjects + objects]
        if self.anaphoric:
            confidence -= 0.1
        found = []
        for group in groups:
            sides = without_own_states(group, self.actors.official_countries)
            if len(sides) < least:
                continue
            found.append(
                ContactMention(
                    participants=frozenset(sides),
                    type=kind,
                    modality=modality,
                    date=date,
                    location=location,
                    evidence=self.evidence(),
                    sentence=self.index,
                    confidence=round(confidence, 2),
                    reference=trigger.pos_ in {"NOUN", "PROPN"} and not asserted,
                    asked=asked_about(trigger, self.lex),  # "asked whether Modi had met Xi": states nothing
                    prior=any(c.lower_ in PRIOR_MARKERS for c in trigger.children if c.dep_ in {"advmod", "amod"}),
                )
            )
        return found + [replace(m, date=day) for day in more_dates for m in found]

    def verb_trigger(self, verb: Token) -> list[ContactMention]:
        lemma = verb.lemma_.lower()
        base = cast(ContactType, self.lex.contact_verbs[lemma])
        children = {c.dep_: c for c in verb.children}
        if lemma == "call" and _courtesy_call(verb):
            subjects = self.subject_of(verb)
            return self.emit(verb, subjects, self.objects_of(verb, {"on"}, direct=False), "meeting", []) \
                if subjects else []
        if lemma == "call" and any(c.dep_ in {"prt", "oprd"} or (c.dep_ in PREP_DEPS and c.lower_ in {"on", "for"}
                                                                 and not _names_a_day(c)) for c in verb.children):
            return []  # "called off", "called on X to", "called for talks", "what they call shuttle diplomacy"
        direct = lemma in DIRECT_OBJECT_VERBS
        bound = self.lex.object_bound_verbs.get(lemma)
        if bound is not None and not any(c.dep_ == "dobj" and c.lower_ in bound for c in verb.children):
            return []  # "shook the region": only "shook hands" is a contact
        if lemma == "invite":
            return self.invitation(verb)
        subjects = self.subject_of(verb) if "nsubjpass" not in children else self.refs(children["nsubjpass"])
        preps = WITH_PREPS | ({"to"} if lemma in {"speak", "talk", "chat", "confer"} else set())
        objects = self.objects_of(verb, preps, direct)
        location = None
        if lemma == "visit":
            visited = [c for c in verb.children if c.dep_ == "dobj" and c.i in self.actors.state_at]
            if visited:
                location = self.actors.state_at[visited[0].i]
            beside = [r for c in verb.children if c.dep_ == "advcl" for p in c.children
                      if p.dep_ == "prep" and p.lower_ in {"beside", "alongside"}
                      for o in p.children if o.dep_ == "pobj" for r in self.refs(o) if r.kind == "official"]
            if beside:  # "visited Cairo and, standing beside Sisi, swore …": the host stood beside him
                objects = beside
        if not objects and "dobj" in children and not self._personal(children["dobj"]):
            objects = self.objects_of(children["dobj"], {"with"}, direct=False)  # "discussed the crisis with B"
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
        return self.emit(verb, subjects, objects, base, [], location=location)

    def _personal(self, noun: Token) -> bool:
        """A noun that names people (if not who): "the American secretaries", "Kishida", "them"."""
        lemma = noun.lemma_.lower()
        return noun.pos_ in {"PROPN", "PRON"} or lemma in self.lex.official_nouns | self.lex.title_words or \
            noun.lower_ in self.lex.title_words or lemma.removesuffix("s") in self.lex.title_words

    def invitation(self, verb: Token) -> list[ContactMention]:
        """ "A invited B to visit Kyiv" / "invited B to the White House": a proposed visit (or meeting)."""
        invited = [r for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for r in self.refs(c)]
        if not invited:
            return []
        inviter = self.subject_of(verb) if not any(c.dep_ == "nsubjpass" for c in verb.children) else \
            self.objects_of(verb, {"by"}, direct=False)
        complements = [c for c in verb.children if c.dep_ in {"xcomp", "prep", "advcl"}]
        visit = any(c.lemma_ in {"visit", "to", "come", "travel"} for c in complements)
        kind: ContactType = "visit" if visit else "meeting"
        mentions = self.emit(verb, inviter, invited, kind, [])
        return [replace(m, modality="proposed", date=self.date_of(verb, "proposed")) for m in mentions]

    def invitation_noun(self, verb: Token) -> list[ContactMention]:
        """ "A extended an invitation to B to visit India", "B accepted A's invitation to visit", "an invitation
        from A for B to visit": B would visit A. Declined or withdrawn, the chain walk makes it denied or
        cancelled; otherwise it is proposed."""
        noun = verb.head
        governor = _governing_verb(noun)

        def objects(preps: set[str]) -> list[ActorRef]:
            return [r for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ in preps
                    for o in c.children if o.dep_ == "pobj" for r in self.refs(o)]

        invited, inviter = objects({"to", "for"}), objects({"from", "by"})
        inviter += [r for c in noun.children if c.dep_ == "poss" for r in self.refs(c)]
        received = governor is not None and governor.lemma_.lower() in self.lex.invitation_receivers
        if governor is not None and not invited and received:
            invited = self.subject_of(governor)  # "B accepted (declined) an invitation (from A) to visit"
        elif governor is not None and not inviter:
            inviter = self.subject_of(governor)  # "A extended an invitation to B"
        if not invited:
            return []
        kind: ContactType = "visit" if verb.lemma_.lower() in self.lex.travel_verbs | {"visit"} else "meeting"
        visited = next((self.actors.state_at[c.i] for c in verb.children
                        if c.dep_ == "dobj" and c.i in self.actors.state_at), None)
        hosts = inviter or ([ActorRef("state", visited)] if visited else [])
        mentions = self.emit(verb, invited, hosts, kind, [], location=visited)
        return [m if m.modality != "occurred" else replace(m, modality="proposed") for m in mentions]

    def travel_trigger(self, verb: Token, planned: bool = False) -> list[ContactMention]:
        """ "A travelled to Beijing (for talks with B)": a visit to the host state, or to the host named;
        "A is expected in Kinshasa and Kigali next week" (``planned``): a visit to each."""
        destinations: list[str] = []
        for child in verb.children:
            if child.dep_ in PREP_DEPS and child.lower_ in {"to", "in", "into"}:
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
            return []
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.lemma_.lower() in self.lex.forces:
            return []  # "the ship arrived in Bahrain" is a deployment, not a visit
        subjects = self.subject_of(verb)
        if any(s.kind == "state" and s.name in destinations for s in subjects):
            return []
        hosts = self._hosts_in(verb)
        found: list[ContactMention] = []
        for destination in destinations:
            objects = hosts or self._host_named_in_sentence(destination, subjects) or [ActorRef("state", destination)]
            found += self.emit(verb, subjects, objects, "visit", [], location=destination)
        if planned:
            found = [replace(m, modality="planned", date=self.date_of(verb, "planned")) for m in found]
        return found

    def _arrives_here(self, verb: Token) -> bool:
        """ "arrived here on Monday", "arrived on Wednesday for a two-day state visit": an arrival that names no
        place but the story's own, its dateline's."""
        if verb.lemma_.lower() != "arrive" or any(c.dep_ in PREP_DEPS and c.lower_ in {"to", "in", "at", "from"}
                                                   for c in verb.children):
            return False
        purpose = [o for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ == "for" for o in c.children
                   if o.dep_ == "pobj" and (o.lower_ in self.lex.contact_nouns or o.lemma_.lower() in
                                            self.lex.contact_nouns)]
        return bool(purpose) or any(c.lower_ == "here" for c in verb.children)

    def _official_subject(self, verb: Token) -> bool:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        return subject is not None and self.actors.person_of(subject) is not None

    def _host_named_in_sentence(self, country: str, visitors: list[ActorRef]) -> list[ActorRef]:
        """ "flew to Moscow and spent three hours with Russian President X": the one official of the visited
        country the sentence names is the host."""
        named = {p.name for i, p in self.actors.person_at.items()
                 if self.sent.start <= i < self.sent.end and p.country == country}
        named -= {v.name for v in visitors}
        return [ActorRef("official", named.pop())] if len(named) == 1 else []

    def _hosts_in(self, verb: Token) -> list[ActorRef]:
        """Named hosts in "for talks with B" attached to a travel verb."""
        for child in verb.children:
            if child.dep_ in PREP_DEPS and child.lower_ == "for":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in self.lex.contact_nouns:
                        return self.objects_of(obj, WITH_PREPS, direct=False)
        return []

    def noun_trigger(self, noun: Token) -> list[ContactMention]:
        base = cast(ContactType, self.lex.contact_nouns.get(noun.lower_) or self.lex.contact_nouns[noun.lemma_.lower()])
        own_sides = any(c.dep_ in PREP_DEPS and c.lower_ in WITH_PREPS or c.dep_ == "acl" for c in noun.children)
        if noun.dep_ == "pobj" and noun.head.lower_ in MANNER_PREPS and noun.head.head.pos_ in {"VERB", "NOUN"} \
                and not own_sides:
            head = noun.head.head
            if head.lemma_.lower() in self.lex.contact_verbs or head.lemma_.lower() in self.lex.contact_nouns:
                return []  # "spoke by telephone": manner of another trigger
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in self.lex.setting_nouns:
            return []  # "on the margins of the General Assembly session": where, not a contact of its own
        if noun.lower_ in {"views", "exchange"} and noun.head.lemma_.lower() != "exchange":
            return []
        if noun.lower_ in {"contact", "touch"} and not (noun.dep_ == "pobj" and noun.head.lower_ == "in") and \
                noun.head.lemma_.lower() not in self.lex.light_verbs:
            return []  # only "in contact/touch with", "made contact with"
        if any(c.dep_ in PREP_DEPS and c.lower_ == "for" for c in noun.children) and noun.lemma_ == "call" and \
                not any(c.dep_ in {"compound", "amod"} and c.lower_ in self.lex.manner for c in noun.children):
            return []  # "a call for calm" (not "a phone call … for Turkey's support")
        if noun.dep_ in {"compound", "amod"} and noun.head.lemma_.lower() in self.lex.contact_nouns:
            return []  # "phone call", "bilateral meetings": the head is the trigger
        governor = _governing_verb(noun)
        if governor is not None and noun.dep_ == "dobj" and governor.lemma_.lower() in self.lex.relation_verbs:
            return []  # "agreed to deepen consultations": a relationship kept up, not an event
        left: list[ActorRef] = []
        # "a trip to Riga", "a call to Putin", "on the phone to him"; "a call from Macron"
        preps = WITH_PREPS | ({"to"} if base in {"visit", "phone_call"} else set()) | (
            {"from"} if base != "visit" else set())
        right = self.objects_of(noun, preps, direct=False)
        if noun.lemma_.lower() == "call" and (governor is not None and governor.lemma_.lower() == "pay" or any(
                self.lex.manner.get(c.lower_) == "meeting" for c in noun.children if c.dep_ in {"amod", "compound"})):
            base = "meeting"  # "paid a (courtesy) call on the prime minister": a visit of courtesy, in person
            right += [r for r in self.objects_of(noun, {"on"}, direct=False) if r not in right]
        for child in noun.children:
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
        # "welcomed the outcome of the summit between Abe and Modi": a noun that names both its sides is theirs
        # (but "hosted talks between A and B": the host of its direct object takes part)
        own_pair = noun.dep_ != "dobj" and len(self.objects_of(noun, {"between", "among"}, direct=False)) >= 2
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
        location = None
        if base == "visit":
            for child in noun.children:
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
        separate = (noun.tag_ == "NNS" and noun.lemma_.lower() not in {"talk", "talks", "consultation"}) or any(
            c.lower_ == "bilateral" for c in noun.children
        )
        heads = [governor] if governor is not None else []
        joins = governor is not None and participates(governor, self.lex)
        if joins and not named_here and _definite(noun):  # "A and B also attended the session"
            gathering = self.discourse.gathering
            if gathering is not None and types_compatible(gathering.type, base):
                return join_gathering(self.discourse, left + right, self.index, self.evidence(), self.actors)
        mentions = self.emit(noun, left, right, base, heads, location, confidence=0.8, asserted=asserted,
                             separate=separate)
        if joins and self.opened is None:  # "joined a video conference of regional leaders": members may follow
            self.opened = mentions[-1] if mentions else next(
                iter(self.emit(noun, left, right, base, heads, location, confidence=0.8, asserted=True, least=1)), None)
        if not mentions and len(left) + len(right) <= 1:
            return self._refine_previous(noun, base)
        if not named_here and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS \
                and _definite(noun):
            # "At the summit, the leaders exchanged views", "During the videoconference, the ministers agreed …":
            # the event told before, as the setting of what is said now; the clause's date is not its date
            own_date = any(t.ent_type_ == "DATE" for t in noun.subtree)
            mentions = [replace(m, reference=True, type="contact" if m.type == "meeting" else m.type,
                                date=m.date if own_date else None) for m in mentions]
        return mentions

    def _hyphenated_states(self, noun: Token) -> list[str]:
        """ "US-China talks", "the meeting of the India-Bangladesh Joint Commission", "the Kazakh-Azerbaijani
        commission": countries joined by hyphens before the noun (or before the body it is a meeting of)."""
        return [r.name for r in self._hyphenated_sides(noun) if r.kind == "state"]

    def _hyphenated_sides(self, noun: Token) -> list[ActorRef]:
        """Sides joined by hyphens before a noun: countries ("US-China talks") or people ("a Brende-Lavrov
        meeting"); only when two or more different ones are joined."""
        bodies = [noun, *(o for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj")]
        found: list[ActorRef] = []
        for body in bodies:
            words = list(self.sent.doc[body.left_edge.i : body.i])
            for before, hyphen, after in zip(words, words[1:], words[2:], strict=False):
                if hyphen.text not in {"-", "–"}:
                    continue
                for side in (before, after):
                    person = self.actors.person_of(side)
                    country = self.actors.state_at.get(side.i) or self.actors.demonym_country(side)
                    ref = ActorRef("official", person.name) if person else ActorRef("state", country) if country \
                        else None
                    if ref is not None and ref not in found:
                        found.append(ref)
        return found if len(found) >= 2 else []

    def _refine_previous(self, noun: Token, base: ContactType) -> list[ContactMention]:
        """A bare "a call"/"the meeting" names the last contact again. It may tell its form ("Russia proposed
        a call"), or its fate: a plan "…, but that trip was postponed" is a cancelled trip, and "The bilateral
        meeting, which had been scheduled for Tuesday, was scrapped" cancels the meeting told before.

        A noun of a later sentence refines a contact told before only when it points back at it
        (``_points_back``); "a call in which the two discussed…" is the contact its clause tells."""
        relative = self._told_in_relative_clause(noun, base)
        if relative:
            return relative
        in_sentence = bool(self.current)
        pool = self.current if in_sentence else self.discourse.mentions
        if not pool:
            return []
        last = pool[-1]
        if self.index - last.sentence > 3:
            return []
        modality = modality_of(noun, self.lex)
        if not in_sentence and not _points_back(noun, base, modality, last):
            return []
        definite = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "that", "this", "their"}
                       for c in noun.children)
        if modality in {"cancelled", "denied"} and definite and len(last.participants) >= 2:
            kind = base if base != "contact" else last.type
            date = self.date_of(noun, modality) or (last.date if last.modality in {"planned", "proposed"} else None)
            fate = replace(last, type=kind, modality=modality, date=date, reference=False, prior=False,
                           asked=is_question(self.sent))  # "Has Modi met Sharif? The meeting was cancelled."
            if last.modality in {"planned", "proposed"}:
                pool[-1] = fate  # the plan told just before is this cancelled one
                return []
            return [replace(fate, evidence=self.evidence(), sentence=self.index)]
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

    def run(self) -> list[ContactMention]:
        found: list[ContactMention] = []
        self.current = found  # what this sentence has stated so far, for "…, but that trip was postponed"
        for token in self.sent:
            self.anaphoric = False
            lemma = token.lemma_.lower()
            if token.pos_ in {"VERB", "AUX"} or (lemma in self.lex.contact_verbs and verb_taken_for_noun(token)):
                if token.dep_ == "xcomp" and token.head.lemma_.lower() == "invite":
                    continue  # the invitation states it
                if token.dep_ == "acl" and token.head.lemma_.lower() in self.lex.invitation_nouns:
                    found += self.invitation_noun(token)
                elif lemma in self.lex.contact_verbs:
                    found += self.verb_trigger(token)
                elif lemma in self.lex.travel_verbs:
                    found += self.travel_trigger(token)
                elif lemma == "expect" and token.tag_ == "VBN":
                    found += self.travel_trigger(token, planned=True)  # "is expected in Kinshasa"
                elif lemma == "be" and self._official_subject(token):
                    found += self.travel_trigger(token)  # "Blinken is in Kyiv for talks with Zelensky"
            elif token.lower_ == "due" and token.pos_ == "ADJ":
                found += self.travel_trigger(token, planned=True)  # "is due in Sochi on Tuesday"
            elif token.pos_ in {"NOUN", "PROPN"} and (
                token.lower_ in self.lex.contact_nouns or lemma in self.lex.contact_nouns
            ) and token.i not in self.actors.person_at:
                found += self.noun_trigger(token)
        found = fold_visits(found, self.actors.official_countries)
        listing = not found and not is_question(self.sent) and not is_heading(self.sent)
        cue = member_cue(self.sent, self.lex, self.actors) if listing else None
        gathering = self.discourse.gathering
        if cue is not None and gathering is not None and _same_fate(modality_of(cue, self.lex), gathering.modality):
            # "Taking part in the session were A, B and C": members of the gathering just told (not "A and B did
            # not attend", nor "A will attend next year")
            found = join_gathering(self.discourse, named_members(cue, self.actors), self.index,
                                   self.evidence(), self.actors)
        if is_heading(self.sent):  # a headline sums up what the story tells; it states nothing new
            return [replace(m, reference=True) for m in found]
        if is_question(self.sent):  # kept for what "the two" in the answer means, never as an event
            found = [replace(m, asked=True) for m in found]
        opens_gathering(found, self.opened, self.discourse)
        return found


def _same_fate(a: Modality, b: Modality) -> bool:
    return a == b or {a, b} <= {"planned", "proposed"}


def _names_a_day(prep: Token) -> bool:
    """ "on Wednesday", "for Tuesday": a preposition whose object is a date."""
    return any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children)


def _courtesy_call(verb: Token) -> bool:
    """ "the ambassador called on the foreign minister at the ministry": a visit of courtesy, unless it asks
    something of someone ("called on Russia to withdraw", "called on the minister to resign")."""
    on_person = any(c.dep_ in PREP_DEPS and c.lower_ == "on" and any(o.dep_ == "pobj" and o.ent_type_ in {"PERSON", ""}
                                                                     for o in c.children) for c in verb.children)
    asks = any(c.dep_ in {"xcomp", "advcl", "ccomp"} and any(a.lower_ == "to" for a in c.children)
               for c in verb.children)
    asks = asks or any(t.dep_ == "xcomp" for c in verb.children if c.lower_ == "on" for o in c.children
                       for t in o.children)
    return on_person and not asks


def _definite(noun: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "that", "this", "its"} for c in noun.children)


def _governing_verb(noun: Token) -> Token | None:
    """The verb a contact noun hangs from: "held [talks]", "proposed [a call]", "are in [contact]"."""
    token = noun
    for _ in range(3):
        if token.dep_ in {"dobj", "nsubjpass", "nsubj", "attr", "oprd"} and token.head.pos_ in {"VERB", "AUX"}:
            return token.head
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            token = token.head.head
            complement = next((c for c in token.children if c.dep_ == "acomp"), None)
            if token.lemma_ == "be" and complement is not None:
                return complement  # "is due in Sochi on Tuesday for talks": the talks hang on "due"
            if token.pos_ in {"VERB", "AUX", "ADJ"}:
                return token  # "held talks in …", "is due in Sochi for talks with …"
            continue
        if token.dep_ == "conj":
            token = token.head
            continue
        break
    return None


ANOTHER_MARKERS = {"next", "another", "new", "further", "separate"}  # "a new round of talks": not the last one


def _points_back(noun: Token, base: ContactType, modality: Modality, last: ContactMention) -> bool:
    """Whether a contact noun with no sides of its own, in a later sentence than ``last``, names that contact
    again ("No such meeting took place") rather than another. Not when it is marked as an earlier or another
    one ("their last in-person meeting", "a second round"), names a side of its own ("no negotiations with
    Washington") or is a forum's name. Its fate ("The meeting, scheduled for Tuesday, was scrapped") is that of
    a contact of the same form; its form is that of a contact of the same modality (a plan and its proposal are
    one); and a trip is told by its travel, not by a contact that a later "The journey followed…" sums up."""
    if any(c.lower_ in PRIOR_MARKERS | ANOTHER_MARKERS or c.ent_type_ == "ORDINAL"
           for c in noun.children if c.dep_ in {"advmod", "amod"}):
        return False
    if any(c.dep_ in PREP_DEPS and c.lower_ in WITH_PREPS for c in noun.children):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "NORP"} for c in noun.children):
        return False  # "the Joint Trade Forum", "the Arctic Council meeting": a named body's, not the one just told
    if modality in {"cancelled", "denied"} and modality != last.modality:
        return base == "contact" or last.type == "contact" or base == last.type
    plans = {"planned", "proposed"}  # a proposal then agreed is one planned event
    same_fate = modality == last.modality or {modality, last.modality} <= plans
    return same_fate and (base != "visit" or last.type == "visit")


def find_contacts(doc_sents: list[Span], actors: ArticleActors, lex: Lexicon, discourse: Discourse) -> None:
    """Read every sentence in order; the contacts found accumulate in ``discourse.mentions``."""
    for index, sent in enumerate(doc_sents):
        for mention in _Sentence(sent, index, actors, lex, discourse).run():
            discourse.mentions.append(mention)
