"""What the phrase around a contact noun says: who proposed it, whether it was held, where a trip to it goes,
whether it is only the topic of another contact, who it was attended by.

``NounFrames`` holds the questions ``contact_nouns.ContactNouns.noun_trigger`` asks of a noun's phrase, kept apart
so the trigger reads as the order of its decisions.
"""
from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.contact_verbs import ContactVerbs
from graph.extraction.date_phrases import TOPIC_WORDS
from graph.extraction.lexicon import fold
from graph.extraction.modality import modality_of
from graph.extraction.participation import participates
from graph.extraction.records import ActorRef
from graph.extraction.sides import PREP_DEPS, WITH_PREPS
from graph.extraction.trigger_frames import governing_verb, is_contact_noun

__all__ = ["NounFrames", "own_phrase", "where_clauses"]

# "views on X", "a row over X": X is what was spoken of. The prepositions that only ever name a topic are
# date_phrases.TOPIC_WORDS; "on" and "over" also name days and spans ("on Monday", "over the weekend"), so they count
# only here, where the object is a contact noun.
TOPIC_PREPS = TOPIC_WORDS | {"on", "over"}
TIME_BOUND_PREPS = {"before", "after", "until", "since", "following"}  # "met Xi after the summit": a time bound


class NounFrames(ContactVerbs):
    """Questions about the phrase around a contact noun; a base of ``ContactNouns``."""

    def _agent_told(self, noun: Token, governor: Token) -> bool:
        """ "recalled the visit to New Delhi by his predecessor": the noun's own "by"-phrase (or the active
        governor's, where the parser hangs it) names who made the visit, whether or not that one is known."""
        hosts = [noun, governor] if not any(c.dep_ == "auxpass" for c in governor.children) else [noun]
        def person(o: Token) -> bool:  # (not "by plane", "by video link")
            return o.i in self.actors.person_at or o.pos_ == "PRON" or o.lemma_.lower() in self.lex.people_words or \
                o.lemma_.lower() in self.lex.succession_nouns

        return any(c.dep_ in PREP_DEPS and c.lower_ == "by" and any(o.dep_ == "pobj" and person(o) for o in c.children)
                   for host in hosts for c in host.children)

    def _named_before_relative_verb(self, clause: Token) -> list[ActorRef]:
        """ "the summit at which President Moon Jae-in and leader Kim Jong Un pledged …": the people a relative
        clause names between its "at which" and its verb are its subjects, also those the parser hung on the
        relative's preposition when it broke their list (a hyphenated name's last part read as "in") — but not
        someone named inside another phrase there ("at which, according to X, …")."""
        found: list[ActorRef] = []
        for token in clause.doc[clause.left_edge.i:clause.i]:
            if token.i not in self.actors.person_at or token.dep_ == "compound":
                continue
            between = [a for a in token.ancestors if a.i != clause.i and clause in a.ancestors]
            if any(a.dep_ in PREP_DEPS and not any(o.lower_ in {"which", "whom"} for o in a.children)
                   for a in between):
                continue
            found += [r for r in self.refs(token) if r not in found]
        return found

    def _weighed_condition(self, noun: Token) -> bool:
        """ "Much may hinge on a conversation between A and B", "a truce could depend on talks with B": the contact
        is what an outcome might turn on, told neither as planned nor as proposed (the sides stay named for what
        follows)."""
        prep, cues = noun.head, self.lex.modality["proposed"]
        if noun.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
            return False
        verb = prep.head
        return verb.lemma_.lower() in cues["contingent"] and any(
            c.dep_ == "aux" and c.lower_ in cues["tentative"] for c in verb.children)

    def _time_bound_of_contact(self, noun: Token) -> bool:
        """ "will meet Xi before the summit", "ruled out meeting Xi before the summit", "ahead of the talks": a contact
        noun that only bounds the time of a contact verb's own planned or refused contact (which names its sides) is
        another event, whose sides are not told."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or any(c.dep_ == "poss" for c in noun.children):
            return False  # (but "after their summit in Bali": whose summit it was is said)
        verb = prep.head
        if prep.lower_ in {"of", "to"} and verb.lower_ in {"ahead", "prior"}:
            verb = verb.head  # "ahead of the summit", "prior to the talks"
        elif prep.lower_ not in TIME_BOUND_PREPS:
            return False
        # (a contact that took place after a summit may have been among those at the summit: only a planned or
        # refused one is kept apart from it)
        return verb.pos_ in {"VERB", "AUX"} and self._contact_verb(verb) and modality_of(verb, self.lex) != "occurred"


    def _proposers(self, noun: Token, governor: Token | None) -> list[ActorRef]:
        """ "turned down a request from B for a phone call", "snubbed a request from B for talks" (where the parser
        may hang the noun's "for" on the verb, beside the proposal it belongs to): whose proposal the noun was asked
        for in is its other side (not in "a proposal from Brussels for a meeting with B": there Brussels is a third)."""
        if governor is None or any(c.dep_ in PREP_DEPS and c.lower_ in WITH_PREPS for c in noun.children):
            return []
        between = [t for t in noun.ancestors if t.i != governor.i and governor in t.ancestors]
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == governor.i:
            between = [c for c in governor.children if c.dep_ == "dobj"]
        return [r for t in between if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.modality["proposed"]["nouns"]
                for c in t.children if c.dep_ == "poss" or c.dep_ in PREP_DEPS and c.lower_ in {"from", "by"}
                for o in ([c] if c.dep_ == "poss" else c.children) if o.dep_ in {"poss", "pobj"} for r in self.refs(o)]

    def _contact_not_held(self, noun: Token) -> bool:
        """ "no grounds for any contact between A and B", "refused any contact with B": "contact" naming its own
        sides is an event when it is refused, planned or offered (told as held, "contact between A and B" is mostly
        a standing relationship, and is read only as "in contact with", "made contact with")."""
        own_sides = any(c.dep_ in PREP_DEPS and c.lower_ in {"with", "between"} for c in noun.children)
        return own_sides and modality_of(noun, self.lex) != "occurred"

    def _pair_body(self, of: Token) -> list[ActorRef]:
        """ "a meeting of the two countries' General Border Committee": a body owned by "the two countries" is
        theirs, and its meeting is one of those states (the ones told before)."""
        owners = [p for obj in of.children if obj.dep_ == "pobj" for p in obj.children if p.dep_ == "poss"
                  and p.lemma_.lower() in self.lex.state_nouns and self._is_pair_phrase(p)]
        return [ActorRef("state", c) for p in owners for c in self._countries_of_pair(p)]

    def _participle_hung_on_a_side(self, noun: Token) -> list[Token]:
        """ "talks between A and B, brokered by C", "four days of talks between A and B, mediated by C": a
        participle of hosting or brokering with its agent, set off by a comma after the noun's phrase, which the
        parser hung on the noun's last side or on the words it counts; it is the noun's, and C takes part (a
        person is not "brokered" or "hosted")."""
        governor = governing_verb(noun)
        told = [*noun.children, *(governor.children if governor is not None and noun.dep_ == "dobj" else ())]
        hosts = [t for prep in told if prep.dep_ in PREP_DEPS and prep.lower_ in {"between", "with", "among"}
                 for o in prep.children if o.dep_ == "pobj" for t in self.listed(o) if t.i in self.actors.person_at]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "days of talks", "a round of talks"
            hosts.append(noun.head.head)
        return [c for host in hosts for c in host.children  # (no comma needed after "days of talks in Doha")
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i
                and (self.sent.doc[c.i - 1].text == "," or host.i not in self.actors.person_at)
                and (c.lemma_.lower() in self.lex.arranging_verbs or c.lemma_.lower() in self.lex.participation_verbs)
                and any(a.dep_ == "agent" for a in c.children)]

    def _venue_compound(self, child: Token) -> bool:
        """ "a White House meeting with Trump", "a Kremlin dinner with Putin": a seat of government written before the
        noun is where it takes place, not a side (but "US-China talks": a country before the noun is a side)."""
        words = [t for t in child.subtree if t.dep_ == "compound" or t.i == child.i]
        return child.dep_ == "compound" and fold(" ".join(t.text for t in words)) in self.lex.metonyms

    def _trip_to_place(self, noun: Token) -> bool:
        """ "during his visit to Japan", "on a trip to Tokyo": a visit that names where it went is a trip of its
        own, not the manner nor the topic of the contact it frames (as "met him during a call" is)."""
        return self.place_after(list(noun.children), self.trip_preps(noun))  # ("during a stopover in Dubai")

    def _destination_hung_elsewhere(self, noun: Token) -> list[Token]:
        """ "preparations for the state visit of the President of Kazakhstan | to Azerbaijan", "made a stop | in
        Manaus": the "to" (or a leg's "in") right after the visit's phrase, which the parser hung on the verb, is
        the visit's destination."""
        end = noun.right_edge.i + 1
        preps = self.trip_preps(noun)
        if end >= len(noun.doc) or noun.doc[end].lower_ not in preps or noun.doc[end].head.i == noun.i:
            return []
        prep = noun.doc[end]
        if prep.dep_ not in PREP_DEPS or not any(o.dep_ == "pobj" and o.i in self.actors.state_at
                                                 for o in prep.children):
            return []
        return [prep]

    def _left_for(self, noun: Token) -> str | None:
        """ "left for Doha on Monday on a three-day visit": the place a verb of departure heads "for" is where the
        visit it sets out "on" goes. (Not "left for Lima" alone, which may be home: held-out precision said no.)"""
        verb = noun.head.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "on" or verb.lemma_.lower() not in self.lex.departure_verbs:
            return None
        return next((country for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ == "for"
                     for o in c.children if o.dep_ == "pobj" and (country := self.actors.place_country(o))), None)

    def _takes_part_in_object(self, verb: Token) -> bool:
        """A verb whose subject takes part in the contact its object names ("hosted/held/brokered talks between A
        and B"), unlike one that only speaks of it ("criticised the meeting between A and B")."""
        lemma = verb.lemma_.lower()
        return lemma not in self.lex.topic_verbs and (
            lemma in self.lex.light_verbs or lemma in self.lex.participation_verbs or lemma in self.lex.contact_verbs
            or lemma in self.lex.arranging_verbs)

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
        if participates(about, self.lex):
            return False  # "sat in on the talks": took part in them
        if prep.lower_ == "on" and self.lex.contact_verbs.get(about.lemma_.lower()) in {"meeting", "visit"} and \
                self._trip_to_place(noun):
            return False  # "met business leaders on his visit to Japan": the trip they met on, not their topic
        return self._contact_verb(about) or is_contact_noun(about, self.lex)

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


def own_phrase(noun: Token) -> list[Token]:
    """The "own" of "a summit of its own (between A and B)", on which the parser hangs the noun's sides."""
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
            if o.dep_ == "pobj" and o.lower_ == "own"]


def where_clauses(noun: Token) -> list[Token]:
    """ "the November summit in Luanda, where A and B agreed on a ceasefire": a "where" clause the parser hung on
    the place of the noun's "in"/"at" phrase tells who met there."""
    return [c for p in noun.children if p.dep_ == "prep" and p.lower_ in {"in", "at"} for o in p.children
            if o.dep_ == "pobj" for c in o.children
            if c.dep_ == "relcl" and any(w.dep_ == "advmod" and w.lower_ == "where" for w in c.children)]
