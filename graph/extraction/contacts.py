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
- a party's leader named after the contact ("Delegations from A and B met in Istanbul. A's delegation was led by
  X"): the leader stands for the state in the contact just told (``_name_leader``);
- gatherings whose members are named apart ("took part in the session … Taking part were A, B") are kept by
  ``participation``; visits absorb the talks held on the trip (``visits.fold_visits``); a heading or a question
  states nothing, but a question names the sides its answer calls "the two".
The reading of a whole sentence (``_Sentence.run``: which rule a word calls for, then what the sentence's
contacts become together) is here; the rest lives in modules of their own: the verb triggers in
``contact_verbs``, the noun triggers in ``contact_nouns``, travel and invitations in ``travel``, a bare noun
naming the last contact in ``contact_references``, the building of a mention (form, date, place) in
``contact_assembly`` (with the gapped conjuncts of ``gapping``: "met A on May 2 and B on May 4"), and the frame
around a contact word ("held [talks]", "the/that meeting", "their last meeting") in ``trigger_frames``.
The sides themselves are resolved by ``sides``; modality by ``modality``; dates by ``contact_dates``.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.contact_nouns import ContactNouns
from graph.extraction.date_mentions import entities_in
from graph.extraction.discourse import ContactMention, Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality import modality_of
from graph.extraction.participation import (
    adds_members,
    described_members,
    join_companions,
    join_gathering,
    last_gathering,
    member_cues,
    named_members,
    opens_gathering,
    told_with_more,
    was_setting,
)
from graph.extraction.pipeline import hyphenated, is_heading, is_question, verb_taken_for_noun
from graph.extraction.records import ActorRef, without_own_states
from graph.extraction.trigger_frames import is_contact_noun, same_fate
from graph.extraction.visits import fold_visits

__all__ = ["find_contacts"]

# Where an adjective stands as a noun ("held a bilateral with B", "a trilateral was held"): the noun it is.
NOMINAL_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass"}
# How many sentences back a party's leader named apart may name the side of a contact ("Delegations from A and B
# met in Istanbul. A's was led by X").
LEADER_WINDOW = 2


class _Sentence(ContactNouns):
    """The contact rules for one sentence, sharing the article's actors and the discourse so far: the reading of
    the whole sentence here, the noun triggers from ``ContactNouns``, the verb triggers from ``ContactVerbs``,
    travel and invitations from ``TravelRules``, a bare noun naming the last contact from ``ReferenceRules``, the
    assembling of a mention from ``ContactAssembly``."""

    def _led_by_named(self, mention: ContactMention) -> ContactMention:
        """ "Philippine and Chinese diplomats met … for another round of talks, led by Undersecretary A and Chinese
        Vice Minister B": the states a contact's unnamed officials stand for are the people the sentence names
        as leading them (by their country; one of unknown country stands for the one state left)."""
        states = [a for a in mention.participants if a.kind == "state"]
        if not states or mention.reference:
            return mention
        leaders = [ref for t in self.sent if t.lemma_.lower() in self.lex.delegation_lead_verbs and t.dep_ == "acl"
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

    def _leaders_named_apart(self) -> list[tuple[str, ActorRef]]:
        """ "The Russian delegation was led by X, while Ukraine's was headed by Y", "X led the Russian team", "the
        North sent General Y": the person at the head of a country's party, as (country, leader)."""
        found: list[tuple[str, ActorRef]] = []
        for verb in self.sent:
            sends = verb.lemma_.lower() == "send"
            if not (sends or verb.lemma_.lower() in self.lex.delegation_lead_verbs) or verb.pos_ not in {"VERB", "AUX"}:
                continue
            children = {c.dep_: c for c in verb.children}
            if sends:  # "while the North sent Lieutenant General X": a state sends the one who leads its party
                sender, sent = children.get("nsubj"), children.get("dobj")  # (not "sent X to Oslo": a trip)
                if any(c.dep_ in {"prep", "advmod"} and c.lower_ in {"to", "there", "here"} for c in verb.children):
                    continue
                leaders = [r for r in self.refs(sent) if r.kind == "official"] if sent is not None else []
                if sender is not None and sender.i in self.actors.state_at and len(leaders) == 1:
                    found.append((self.actors.state_at[sender.i], leaders[0]))
                continue
            if "nsubjpass" in children and "agent" in children:
                party, heads = children["nsubjpass"], [o for o in children["agent"].children if o.dep_ == "pobj"]
            elif "nsubj" in children and "dobj" in children:
                party, heads = children["dobj"], [children["nsubj"]]
            else:
                continue
            if party.i in self.actors.state_at:  # "Ukraine's (delegation) was headed by Y"
                countries = [self.actors.state_at[party.i]]
            elif party.lemma_.lower() in self.lex.led_party_nouns:
                countries = self._country_cues(party)
            else:
                continue
            leaders = [r for t in heads for r in self.refs(t) if r.kind == "official"]
            if len(countries) == 1 and len(leaders) == 1:
                found.append((countries[0], leaders[0]))
        return found

    def _name_leader(self, country: str, leader: ActorRef) -> None:
        """The state that stood for its unnamed party in the contact just told is now the party's named leader,
        wherever the discourse holds that contact."""
        state = ActorRef("state", country)
        told = next((m for m in reversed(self.discourse.mentions) if state in m.participants and not m.asked
                     and self.index - m.sentence <= LEADER_WINDOW and leader not in m.participants), None)
        if told is None:
            return
        named = frozenset(told.participants - {state} | {leader})
        for i, m in enumerate(self.discourse.mentions):
            if (m.participants, m.type, m.modality) == (told.participants, told.type, told.modality) and \
                    m.sentence >= told.sentence:
                self.discourse.mentions[i] = replace(m, participants=named)
        if self.discourse.gathering is not None and self.discourse.gathering.participants == told.participants:
            self.discourse.gathering = replace(self.discourse.gathering, participants=named)

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

    def _members_after_semicolon(self, found: list[ContactMention]) -> list[ContactMention]:
        """ "A hosted a mini-summit, attended by B; Rwanda was represented by C", "A met B; C also attended": a
        clause after a semicolon that tells no contact of its own but names members adds them to the contact the
        sentence told last (with the same fate)."""
        semicolons = [t.i for t in self.sent if t.text == ";"]
        if not found or not semicolons:
            return found
        after = self.sent.doc[semicolons[-1] + 1:self.sent.end]
        cues = [c for c in member_cues(self.sent, self.lex, self.actors) if c.i > semicolons[-1]]
        if not cues or any(t.lemma_.lower() in self.lex.contact_verbs or is_contact_noun(t, self.lex)
                           for t in after if t not in cues):
            return found
        told = found[-1]
        members = [m for cue in cues if same_fate(modality_of(cue, self.lex), told.modality)
                   for m in named_members(cue, self.actors) if m not in told.participants]
        if not members:
            return found
        sides = without_own_states([*sorted(told.participants), *members], self.actors.official_countries)
        return [*found[:-1], replace(told, participants=frozenset(sides))]

    def run(self) -> list[ContactMention]:
        found: list[ContactMention] = []
        self.current = found  # what this sentence has stated so far, for "…, but that trip was postponed"
        for token in self.sent:
            self.anaphoric = False
            lemma = token.lemma_.lower()
            if token.pos_ in {"VERB", "AUX"} or (verb_taken_for_noun(token) and (
                    lemma in self.lex.contact_verbs or lemma in self.lex.travel_verbs)):
                if token.dep_ == "xcomp" and token.head.lemma_.lower() == "invite" or \
                        token.dep_ in {"xcomp", "advcl"} and self._welcomed_to(token.head):
                    continue  # the invitation states it
                self.answered_proposal(token)  # "B rejected the offer": the contact offered before is refused
                visiting = lemma in self.lex.contact_verbs or lemma in self.lex.travel_verbs or \
                    _attends_gathering(token, self.lex)  # "declined the invitation of A to attend the summit"
                conveyed = self.conveyed_invitation(token) if visiting else None
                if self._invited_to(token):
                    found += self.invitation_noun(token)
                elif conveyed is not None:
                    found += self.invitation_noun(token, conveyed)
                elif lemma in self.lex.contact_verbs:
                    found += self.verb_trigger(token)
                elif lemma in self.lex.travel_verbs or lemma in self.lex.leg_verbs:
                    found += self.travel_trigger(token)  # "flew to Seoul", "stopped in Manaus"
                elif lemma in self.lex.signing_verbs:
                    found += self.signing(token)
                elif lemma in self.lex.handing_verbs:
                    found += self.handed(token)  # "handed the list to Qatari officials"
                elif lemma in self.lex.line_bound_verbs:
                    found += self.joined_by_line(token)  # "joined Vega by video link"
                elif lemma in self.lex.reschedule_verbs:
                    found += self.rescheduled(token)  # "It has now been rescheduled for June"
                elif lemma == "expect" and token.tag_ == "VBN":
                    found += self.travel_trigger(token, planned=True)  # "is expected in Kinshasa"
                elif lemma == "be" and self._official_subject(token):
                    found += self.travel_trigger(token)  # "Blinken is in Kyiv for talks with Zelensky"
            elif token.lower_ == "due" and token.pos_ == "ADJ":
                found += self.travel_trigger(token, planned=True)  # "is due in Sochi on Tuesday"
            elif (token.pos_ in {"NOUN", "PROPN"} or token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS) and (
                is_contact_noun(token, self.lex) or self.leg_noun(token)
                or hyphenated(token) in self.lex.contact_nouns  # "a brief pull-aside with X"
            ) and token.i not in self.actors.person_at and not _occasion_of_a_verb(token):
                found += self.noun_trigger(token)
            elif token.lower_ in self.lex.interview_nouns and self._held_interview(token):
                found += self.noun_trigger(token)
            elif token.lower_ in self.lex.round_nouns and token.pos_ == "NOUN" and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in token.children):  # ("a second round of voting")
                found += self.bare_round(token)  # "A second round … was put off"
        for country, leader in self._leaders_named_apart():  # (before this sentence's own contacts are told)
            self._name_leader(country, leader)
        found = self._told_in_setting(found)
        found = [self._led_by_named(m) for m in found]
        found = fold_visits(found, self.actors.official_countries)
        found = join_companions(found, self, self.discourse, self.index, self.evidence(), self.actors, self.lex)
        found = self._members_after_semicolon(found)
        listing = not found and not is_question(self.sent) and not is_heading(self.sent)
        cues = member_cues(self.sent, self.lex, self.actors) if listing else []
        last = self.discourse.last_told
        # (not "the meeting was to be led by A and B": those who lead stand for its states, ``_leaders_named_apart``)
        leads = any(c.lemma_.lower() in self.lex.delegation_lead_verbs for c in cues)
        # (not "C also attended the summit" when A and B met on its sidelines)
        adds = [c for c in cues if adds_members(c, self.lex) and not any(
            o.dep_ == "dobj" and last is not None and was_setting(o, last) for o in c.children)]
        gathering = told_with_more(self.discourse, cues, self.index, self.actors) or (
            last_gathering(self.discourse, self.index) if adds and not leads else self.discourse.gathering)
        # "Taking part in the session were A, B and C": members of the gathering just told (not "A and B did not
        # attend", nor "A will attend next year")
        members = [m for cue in cues if gathering is not None and same_fate(modality_of(cue, self.lex),
                                                                            gathering.modality)
                   for m in [*named_members(cue, self.actors), *described_members(cue, self)]]
        if members:
            self.discourse.gathering = gathering
            found = join_gathering(self.discourse, members, self.index, self.evidence(), self.actors)
        if is_heading(self.sent):  # a headline sums up what the story tells; it states nothing new
            return [replace(m, reference=True) for m in found]
        if is_question(self.sent):  # kept for what "the two" in the answer means, never as an event
            found = [replace(m, asked=True) for m in found]
        opens_gathering(found, self.opened or self.unnamed, self.discourse)
        return found


def _occasion_of_a_verb(noun: Token) -> bool:
    """ "agreed to meet at the Commonwealth Heads of Government Meeting in Apia": the last word of an occasion's
    proper name (three words or more) that a verb's "at" or "during" governs is where that verb's contact takes
    place, not a contact of its own."""
    ent = next((e for e in entities_in(noun.sent) if e.start <= noun.i < e.end), None)
    if noun.pos_ != "PROPN" or ent is None or ent.label_ not in {"ORG", "EVENT", "FAC"} or len(ent) < 3 \
            or noun.i != ent.end - 1:
        return False
    setting = next((a for a in noun.ancestors if a.dep_ == "prep" and a.lower_ in {"at", "during"}), None)
    return setting is not None and setting.head.pos_ == "VERB"


def _attends_gathering(verb: Token, lex: Lexicon) -> bool:
    """ "to participate in the conference", "to attend the summit": a verb of taking part whose object (or the
    object of its preposition) is a contact noun, so that an invitation to it offers a meeting."""
    if verb.lemma_.lower() not in lex.participation_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(is_contact_noun(o, lex) for o in objects)


def find_contacts(doc_sents: list[Span], actors: ArticleActors, lex: Lexicon, discourse: Discourse) -> None:
    """Read every sentence in order; the contacts found accumulate in ``discourse.mentions``."""
    for index, sent in enumerate(doc_sents):
        for mention in _Sentence(sent, index, actors, lex, discourse).run():
            discourse.mentions.append(mention)
