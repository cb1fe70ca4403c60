"""Contacts a noun states: "held talks with B", "during his call with B", "the meeting between A and B".

- the sides: "exchanged views", "are in contact with counterparts in Rome", "a meeting of the two presidents",
  "the visit of the President of Kenya", "US-China talks", "a Brende-Lavrov meeting", "Seoul's offer of talks",
  "hosted a summit, attended by A and B"; the subject of the verb over the noun ("held talks") is a side;
- what is no contact of its own: a manner ("spoke by telephone"), a setting ("on the margins of the session"),
  a topic ("exchanged views on the talks in Vienna"), a relationship kept up ("agreed to deepen
  consultations"), a press interview ("gave an interview to Reuters") — the questions asked of the phrase live in
  ``contact_noun_frames.NounFrames``;
- a noun as the setting of a clause ("at the summit, the leaders …") is the event told before; a bare noun
  ("Russia proposed a call") refines the last contact (``contact_references.ReferenceRules``).

``ContactNouns`` is a mixin of the sentence rules (``contacts._Sentence``), kept apart from the verb triggers
(``contact_verbs.ContactVerbs``, on which it builds) because the frame around a noun is its own concern.
"""
from __future__ import annotations

from dataclasses import replace
from typing import cast

from spacy.tokens import Token

from graph.extraction.contact_assembly import MANNER_PREPS
from graph.extraction.contact_noun_frames import NounFrames, own_phrase, where_clauses
from graph.extraction.contact_references import ReferenceRules
from graph.extraction.discourse import ContactMention
from graph.extraction.further_rounds import FurtherRounds
from graph.extraction.modality import modality_of
from graph.extraction.modality_cues import REPORTING
from graph.extraction.participation import (
    chaired_it,
    join_gathering,
    last_gathering,
    members_told_of,
    participates,
    was_setting,
)
from graph.extraction.pipeline import hyphenated
from graph.extraction.records import ActorRef, ContactType, types_compatible
from graph.extraction.sides import PREP_DEPS, SUBJECTS, WITH_PREPS
from graph.extraction.trigger_frames import definite, governing_verb, in_word_list, of_after_day, same_fate

__all__ = ["ContactNouns"]

SETTING_PREPS = {"at", "during"}  # "at the summit, …": a contact told before as the setting of a clause


class ContactNouns(NounFrames, ReferenceRules, FurtherRounds):
    """The noun triggers of one sentence."""

    def _open_unnamed(self, noun: Token, governor: Token | None, base: ContactType) -> None:
        """ "A regional summit was held in Arusha on Monday": a gathering with no member named yet stays open for
        the members the next sentences name ("Taking part were A, B and C")."""
        if self.unnamed is None and self._held_unnamed(noun, governor):
            self.unnamed = next(iter(self.emit(noun, [], [], base, [governor] if governor is not None else [],
                                              confidence=0.8, asserted=True, least=0)), None)

    def _held_unnamed(self, noun: Token, governor: Token | None) -> bool:
        """A gathering told as held with none of its members named: "A regional summit was held/took place", "The
        bloc held a summit". Not "the summit", which names one told before, nor one only spoken of. ("Regional
        leaders held a summit", with people for its subject, was tried too: held-out lost pair and dated recall.)"""
        if not in_word_list(noun, self.lex.gathering_nouns) or definite(noun) or governor is None:
            return False
        lemma = governor.lemma_.lower()
        if noun.dep_ == "dobj":
            return lemma in self.lex.light_verbs
        if noun.dep_ in SUBJECTS:
            return lemma in self.lex.occurrence_verbs or any(f"{lemma} {c.lower_}" in self.lex.occurrence_verbs
                                                              for c in governor.children if c.dep_ in {"dobj", "prt"})
        return False  # (not "met B at a summit": the setting of another contact, which members named next join)

    def noun_trigger(self, noun: Token) -> list[ContactMention]:
        base = cast(ContactType, self.lex.contact_nouns.get(noun.lower_) or self.lex.contact_nouns.get(hyphenated(
            noun)) or self.lex.contact_nouns.get(noun.lemma_.lower(), "visit" if noun.lemma_.lower() in
                                                 self.lex.leg_nouns else "meeting"))
        # (an interview held with an official: ``_held_interview``; "a stop in Manaus": ``leg_noun``)
        own_sides = any(c.dep_ in PREP_DEPS and c.lower_ in WITH_PREPS or c.dep_ == "acl" for c in noun.children) \
            or bool(members_told_of(noun, self.lex))  # ("met B in a meeting that also included C")
        frame = noun  # "in the format of a videoconference": the manner phrase is the form noun's
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self.lex.form_nouns:
            frame = noun.head.head
        trip = base == "visit" and self._trip_to_place(noun)  # "met business leaders during his visit to Japan"
        if frame.dep_ == "pobj" and frame.head.lower_ in MANNER_PREPS and frame.head.head.pos_ in {"VERB", "NOUN"} \
                and (not own_sides or frame is not noun) and not trip:  # (a form noun's sides are its host's)
            head = frame.head.head
            hosted = frame is not noun and head.lemma_.lower() in self.lex.light_verbs and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.lex.contact_nouns for c in head.children)
            if (self._contact_verb(head) or head.lemma_.lower() in self.lex.contact_nouns or hosted) and \
                    not participates(head, self.lex):  # (but "sat in on the talks": took part in them)
                return []  # "spoke by telephone", "held a session in the format of a videoconference": manner
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in self.lex.setting_nouns:
            return []  # "on the margins of the General Assembly session": where, not a contact of its own
        if self._time_bound_of_contact(noun) and not own_sides:
            return []  # "will meet Xi before the summit": the summit bounds the meeting's time; its sides are unknown
        if noun.lower_ in {"exchange", *self.lex.exchanged_nouns} and noun.head.lemma_.lower() != "exchange" and not (
                noun.lower_ == "exchange" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"have", "hold"}
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)):
            return []  # (but "had a brief exchange with B"; not "held an exchange of prisoners")
        if self._topic_of_contact(noun) and not own_sides:
            return []  # "exchanged views on the talks under way in Vienna": what they spoke about
        if noun.lower_ in self.lex.principle_nouns and all(c.dep_ in {"cc", "conj"} for c in noun.children) and not (
                noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.light_verbs):
            return []  # "stressed the importance of dialogue", "called for dialogue": a way, not a contact held
        if noun.lower_ in {"contact", "touch"} and not (noun.dep_ == "pobj" and noun.head.lower_ == "in") and \
                noun.head.lemma_.lower() not in self.lex.light_verbs and not self._contact_not_held(noun):
            return []  # only "in contact/touch with", "made contact with"
        demand = any(c.dep_ in PREP_DEPS and c.lower_ == "for" or c.dep_ in {"relcl", "acl"} and c.i == noun.i + 2
                     and noun.doc[noun.i + 1].lower_ == "to" for c in noun.children)
        if demand and noun.lemma_ == "call" and \
                not any(c.dep_ in {"compound", "amod"} and c.lower_ in self.lex.manner for c in noun.children):
            return []  # "a call for calm", "despite calls to cancel the talks" (not "a phone call … for support")
        if noun.dep_ in {"compound", "amod"} and noun.head.lemma_.lower() in self.lex.contact_nouns:
            return []  # "phone call", "bilateral meetings": the head is the trigger
        governor = governing_verb(noun)
        if governor is not None and governor.lemma_.lower() in self.lex.relation_verbs and (
                noun.dep_ == "dobj" or (noun.head.lower_ == "in" and governor.dep_ == "xcomp")) and not (
                governor.tag_ == "VBD" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)):
            # "agreed to deepen consultations", "agreed to remain in touch": a relationship to keep up, not an event
            # (but "Moscow remained in close contact with Baku" tells contacts that took place, and translated copy's
            # "maintained a telephone conversation with B", "mantuvo una conversación", one that was held)
            return []
        if governor is not None and (self._invited_to(governor) or self._welcomed_to(governor.head)
                                     or self.conveyed_invitation(governor) is not None):
            return []  # "an invitation to B to pay a visit to Ghana", "welcomes B to visit": the invitation states it
        left: list[ActorRef] = []
        # "a trip to Riga", "a call to Putin", "on the phone to him"; "a call from Macron"
        preps = WITH_PREPS | ({"to"} if base in {"visit", "phone_call"} or noun.lower_ in self.lex.granted_nouns
                              else set()) | (
            {"from"} if base != "visit" else set())
        offered = governor is not None and governor.lemma_.lower() in self.lex.offering_verbs
        if offered:  # "offered talks to North Korea": the one a contact is held out to
            preps = preps | {"to"}
        owns = own_phrase(noun)  # "a summit of its own between A and B": the parser hangs the pair on "own"
        right = [r for t in [noun, *owns] for r in self.objects_of(t, preps, direct=False)]
        if noun.lemma_.lower() == "call" and (governor is not None and governor.lemma_.lower() == "pay" or any(
                self.lex.manner.get(c.lower_) == "meeting" for c in noun.children if c.dep_ in {"amod", "compound"})):
            base = "meeting"  # "paid a (courtesy) call on the prime minister": a visit of courtesy, in person
            right += [r for r in self.objects_of(noun, {"on"}, direct=False) if r not in right]
        for child in [*noun.children, *of_after_day(noun), *self._participle_hung_on_a_side(noun),
                      *where_clauses(noun)]:
            if child.dep_ in {"poss", "compound", "nmod"} and child.lemma_.lower() not in self.lex.contact_nouns \
                    and not (right and self._venue_compound(child)):  # (the sides are those "with" names)
                left += self.refs(child)
            if child.dep_ in PREP_DEPS and child.lower_ == "by":  # "a trip by the minister to Riga"
                left += [r for obj in child.children if obj.dep_ == "pobj" for r in self.refs(obj)]
            if child.dep_ in PREP_DEPS and child.lower_ == "of":  # "the visit of the President of Kazakhstan"
                owners = [r for obj in child.children if obj.dep_ == "pobj" for r in self.refs(obj)]
                owners = owners or self._pair_body(child)  # "a meeting of the two countries' Border Committee"
                if base == "visit":
                    left += [r for r in owners if r not in left]
                else:  # "a meeting of the two presidents", "a summit of the leaders of A and B"
                    right += [r for r in owners if r not in right]
            if child.dep_ == "relcl" and (any(p.dep_ == "prep" and p.lower_ in SETTING_PREPS | {"in"} and any(
                    o.dep_ == "pobj" and o.lower_ in {"which", "whom"} for o in p.children) for p in child.children)
                    or any(c.dep_ == "advmod" and c.lower_ == "where" for c in child.children)):
                # "the April summit, at which A and B pledged …": those who did something there took part (for a
                # noun that names no sides of its own: in "a call with B, in which they discussed …" they are those)
                if not any(c.dep_ == "poss" or c.dep_ in PREP_DEPS and c.lower_ in WITH_PREPS for c in noun.children):
                    right += [r for c in child.children if c.dep_ in SUBJECTS for r in self.refs(c) if r not in right]
                    right += [r for r in self._named_before_relative_verb(child) if r not in right]
            if child.dep_ == "acl":  # "talks hosted by Gonsalves", "the summit planned between Kim and Trump"
                right += [r for r in self.objects_of(child, WITH_PREPS, direct=False) if r not in right]
                if base == "visit" and self.lex.contact_verbs.get(child.lemma_.lower()) == "meeting":
                    # "a planned visit to Tunis to meet the interim president, X": the one to be met is the host
                    right += [r for r in self.objects_of(child, set(), direct=True) if r not in right]
                loose = self.loose_participles(governor) if governor is not None else []
                for conj in [*child.conjuncts, *loose]:  # "… and attended by Amorim"
                    right += [r for r in self.objects_of(conj, WITH_PREPS, direct=False) if r not in right]
        for attended in self._attended_by(noun, governor):  # "hosted a summit on Monday, attended by A and B"
            right += [r for r in self.objects_of(attended, set(), direct=False) if r not in right and r not in left]
        for member in members_told_of(noun, self.lex):  # "The talks, hosted by C, included A and B"
            right += [r for r in self.refs(member) if r not in right and r not in left]
        for member in chaired_it(noun, self.lex):  # "will hold a summit, X, who will chair it, said"
            right += [r for r in self.refs(member) if r not in right and r not in left]
        # "welcomed the outcome of the summit between Abe and Modi": a noun that names both its sides is theirs
        # (but "hosted talks between A and B": the host of its direct object takes part)
        # (and "criticised/discussed the meeting between A and B": what was spoken of, not a meeting of the speaker)
        # ("the summit held in Tokyo between A and B": the pair may hang on the noun's participle)
        held_between = {r for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in c.children
                        if p.dep_ in PREP_DEPS | {"agent"} and p.lower_ in {"between", "among"}
                        for o in p.children if o.dep_ == "pobj" for r in self.refs(o)}
        # ("A Brende-Lavrov meeting has been suggested by the Norwegian side": a subject that names both its sides
        # in a hyphenated word is theirs too, unless its verb is one whose doer takes part, "was hosted by C")
        named_pair = noun.dep_ in SUBJECTS and governor is not None and len(self._hyphenated_sides(noun)) >= 2 \
            and not self._takes_part_in_object(governor)
        own_pair = (noun.dep_ != "dobj" or not self._takes_part_in_object(noun.head)) and (
            len([r for t in [noun, *owns] for r in self.objects_of(t, {"between", "among"}, False)]) >= 2
            or len(held_between) >= 2 or named_pair)
        if governor is not None:  # "rejected Seoul's offer of talks": whose offer it was is a side too
            between = [t for t in noun.ancestors if t.i != governor.i and governor in t.ancestors and t.pos_ == "NOUN"]
            right += [r for t in between for c in t.children if c.dep_ == "poss" for r in self.refs(c)
                      if r not in right and r not in left]
            # "rejected an Indian offer of talks": a country's adjective says whose offer it was (unless an official
            # who may be that country's is a side already: in "Japanese requests for a meeting with his counterpart
            # Arai", Arai is the one asking)
            countries = {self.actors.country_of(r) for r in right + left if r.kind == "official"}
            right += [ActorRef("state", country) for t in between for c in t.children if c.dep_ == "amod"
                      and (country := self.actors.demonym_country(c)) and not countries & {country, None}
                      and ActorRef("state", country) not in right + left]
        right += [r for r in self._proposers(noun, governor) if r not in right and r not in left]
        if governor is not None and not own_pair:
            to_too = {"to"} if base == "phone_call" or offered else set()  # "was on the phone to him", "offered a
            # meeting to B" with "to" hung on the verb
            speaks = governor.lemma_.lower() in REPORTING  # "told Al Jazeera by phone from Cairo": where he spoke
            preps = (WITH_PREPS - {"from"} if speaks else WITH_PREPS) | to_too
            right += [r for r in self.objects_of(governor, preps, direct=False) if r not in right]
            # "told Kuleba in a phone call", "will meet B in talks hosted by C" (but a speaker tells a person; an
            # outlet or a state told something by phone is the press, not a side)
            told = [c for c in governor.children if c.dep_ == "dobj"]
            press = speaks and not any(c.i in self.actors.person_at or c.pos_ == "PRON" or self._personal(c)
                                       for c in told)  # "told Al Jazeera by phone"
            said_to = governor.lemma_.lower()
            if (said_to in self.lex.addressee_verbs or said_to in self.lex.direct_object_verbs and said_to != "visit") \
                    and not press:
                right += [r for r in self.objects_of(governor, set(), direct=True) if r not in right]
            active = not any(c.dep_ == "auxpass" for c in governor.children)
            if not left and active and noun.dep_ == "dobj":  # "recalled the visit … by his predecessor": the
                left = [r for c in governor.children if c.dep_ in PREP_DEPS and c.lower_ == "by"  # noun's agent
                        for o in c.children if o.dep_ == "pobj" for r in self.refs(o)]
            # (an agent told but not resolved, "the visit by his predecessor", is still not the governor's subject)
            if not left and noun.dep_ not in SUBJECTS and not self._agent_told(noun, governor):
                left = self.subject_of(governor)
                if not left and noun.dep_ == "dobj" and governor.lemma_.lower() in self.lex.light_verbs and any(
                        c.dep_ == "nsubj" and self._personal(c) for c in governor.children) and \
                        not self.met_body_states(governor):  # (not "a joint commission, which will hold …")
                    return []  # "The minister held calls with A and B", no minister known: not a call of A and B
            elif left and not right and noun.dep_ == "dobj" and base in {"phone_call", "video_call"} and \
                    governor.lemma_.lower() in self.lex.light_verbs | {"receive", "return"}:
                # "took Vargas's call", "returned Macron's call": the one who takes a call is its other side
                right = [r for r in self.subject_of(governor) if r not in left]
        if not left and not right and governor is not None:  # "a joint commission, which will hold its first session"
            body = [ActorRef("state", c) for c in self.met_body_states(governor)]
            left, right = body[:1], body[1:]
        location = None
        if base == "visit":
            places = self.trip_preps(noun) | {"in"}  # ("a visit in Lima", "a stop at")
            for child in [*noun.children, *self._destination_hung_elsewhere(noun)]:
                if child.dep_ in PREP_DEPS and child.lower_ in places:
                    for obj in child.children:
                        if obj.i in self.actors.state_at:
                            location = self.actors.state_at[obj.i]
                            if not any(r.kind == "official" for r in right):
                                right = [ActorRef("state", location)]
            if location is None and (location := self._left_for(noun)) is not None and \
                    not any(r.kind == "official" for r in right):
                right = [ActorRef("state", location)]  # "left for Doha on a three-day visit"
            if location is not None and not left and noun.dep_ in SUBJECTS:
                left = self.trip_visitor(noun, location)  # "A planned stop in Abu Dhabi was scrapped"
        named_in_word = self._hyphenated_sides(noun)  # "US-China talks", "a Brende-Lavrov meeting"
        if named_in_word and not right and all(r in named_in_word for r in left):
            left = named_in_word
        if governor is not None and not right and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS:
            # "Cheney won the king's approval at a meeting in Jeddah": whose assent was won there met him
            right = [r for c in governor.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.assent_nouns
                     for p in c.children if p.dep_ == "poss" for r in self.refs(p) if r.kind == "official"]
        if not left and len(right) == 1 and right[0].kind == "official" and base == "meeting":
            # "travelled to Colombo, but the planned meeting there with X …"
            left = self.visitor_there(right[0]) or [r for r in self.bound_there(noun) if r not in right]
        if not left and not right:  # ("A second round, due on Wednesday, was put off")
            earlier = self.further_round(noun, [], base, []) or self._refine_previous(noun, base)
            if not earlier:
                self._open_unnamed(noun, governor, base)
            return earlier
        # "held talks", "received a call" state a contact; so does a verb over a noun that names its own other
        # side ("opened the day with a breakfast with the crown prince", "was on the phone to him")
        # ("in contact with" is a standing state, not an event, and stays undated)
        on_the_line = base in {"phone_call", "video_call"} and governor is not None and governor.lemma_ == "be"
        named_here = on_the_line or any(c.dep_ in PREP_DEPS and c.lower_ in {"with", "between", "to"}
                                        for c in noun.children) or self.leg_noun(noun)  # ("a stopover in Dubai")
        said = noun.dep_ == "dobj" and governor is not None and governor.lemma_ in REPORTING  # "said — his first trip"
        asserted = governor is not None and not said and (
            governor.lemma_.lower() in self.lex.light_verbs | {"receive"}
            or (named_here and governor.pos_ in {"VERB", "AUX"} and base != "contact")
        )
        # "held bilateral meetings with counterparts from A, B and C": one meeting each
        # "held separate talks with A and B": one each too
        separate = (noun.tag_ == "NNS" and noun.lemma_.lower() not in {"talk", "talks", "consultation"}) or any(
            c.lower_ in {"bilateral", "separate"} for c in noun.children
        ) or any(c.lower_ == "separately" for c in (governor.children if governor is not None else ()))
        # "spoke by phone on Tuesday, two months after their summit": an event counted off from its governor's,
        # not told in that verb's form (and stated, as what the count starts from)
        counted = noun.dep_ == "pobj" and noun.head.lower_ in {"after", "before"} and any(
            c.dep_ == "npadvmod" for c in noun.head.children)
        heads = [governor] if governor is not None and not counted else []
        asserted = asserted or counted
        joins = governor is not None and participates(governor, self.lex)
        if joins and not named_here and definite(noun):  # "A and B also attended the session"
            # (those who "led" the talks stand for its states instead: ``_led_by_named``)
            leads = governor is not None and governor.lemma_.lower() in self.lex.delegation_lead_verbs
            gathering = self.discourse.gathering if leads else last_gathering(self.discourse, self.index)
            if gathering is not None and was_setting(noun, gathering):
                gathering = None  # "A met B on the sidelines of the summit. C also attended the summit"
            if gathering is not None and governor is not None and types_compatible(
                    gathering.type, self.contact_type(noun, base, [])) and same_fate(
                    modality_of(governor, self.lex), gathering.modality):  # (not "declined to attend the session")
                self.discourse.gathering = gathering
                return join_gathering(self.discourse, left + right, self.index, self.evidence(), self.actors)
        mentions = self.emit(noun, left, right, base, heads, location, confidence=0.8, asserted=asserted,
                             separate=separate)
        # "joined a video conference of regional leaders", "a summit hosted by X": members may follow
        hosted = any(c.dep_ in {"acl", "relcl"} and participates(c, self.lex) for c in noun.children) or bool(
            members_told_of(noun, self.lex))
        if (joins or hosted) and self.opened is None:
            self.opened = mentions[-1] if mentions else next(
                iter(self.emit(noun, left, right, base, heads, location, confidence=0.8, asserted=True, least=1)), None)
        if not mentions and len(left) + len(right) <= 1:  # ("followed with a call of his own")
            return self._of_ones_own(noun, left + right, base, heads) or \
                self.further_round(noun, left + right, base, heads) or self._refine_previous(noun, base)
        if not named_here and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS \
                and definite(noun):
            # "At the summit, the leaders exchanged views", "During the videoconference, the ministers agreed …":
            # the event told before, as the setting of what is said now; the clause's date is not its date
            own_date = any(t.ent_type_ == "DATE" for t in noun.subtree)
            mentions = [replace(m, reference=True, type="contact" if m.type == "meeting" else m.type,
                                date=m.date if own_date else None) for m in mentions]
            self.settings += mentions
        if self._weighed_condition(noun):
            # "much may hinge on a conversation between A and B": a condition weighed, no event told; kept, as a
            # question's contact is, for whom "his counterpart" names next
            return [replace(m, asked=True) for m in mentions]
        return mentions
