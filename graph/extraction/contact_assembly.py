"""What every contact rule shares: the form, date and place of a contact, and the mention built from its sides.

``ContactAssembly`` is the base of the contact rules of one sentence (``contacts._Sentence`` and its mixins
``contact_nouns.ContactNouns``, ``contact_verbs.ContactVerbs``, ``travel.TravelRules`` and
``contact_references.ReferenceRules``): ``emit`` turns a trigger word and the sides
found for it into ``ContactMention``s, with the form the trigger's words give ("by phone", "video call"), its
date (``contact_dates``), its place and its modality; calls to several counterparts are separate calls. The
sides themselves are resolved by ``sides.Sides``; people or countries joined by hyphens ("US-China talks", "a
Brende-Lavrov meeting") by ``_hyphenated_sides`` here.
"""
from __future__ import annotations

from dataclasses import replace
from typing import cast

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.contact_dates import contact_date, gapped_date
from graph.extraction.date_mentions import entities_in
from graph.extraction.discourse import ContactMention, Discourse
from graph.extraction.gapping import gapped_sides
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality import modality_of
from graph.extraction.pipeline import SUBJECTS, sentence_evidence
from graph.extraction.questions import asked_about
from graph.extraction.records import ActorRef, ContactType, Evidence, Modality, without_own_states
from graph.extraction.sides import PREP_DEPS, Sides, names_people
from graph.extraction.telling_dates import day_of_an_earlier_telling
from graph.extraction.trigger_frames import PRIOR_MARKERS

__all__ = ["ContactAssembly", "MANNER_PREPS"]

MANNER_PREPS = {"by", "via", "over", "through", "on", "in", "during"}
# Verbs that bring all their objects together at once ("reconvene the leaders"): never one contact each.
GATHERING_VERBS = {"convene", "reconvene", "gather"}
PLACE_PREPS = {"in", "at"}
# Prepositions that set a conversation inside another contact ("during a meeting", "over dinner"); not "on",
# which tells what was spoken of ("views on the talks in Geneva").
FRAME_PREPS = {"during", "in", "over", "at"}


class ContactAssembly(Sides):
    """The parts of the contact rules of one sentence that every trigger uses, over the article's actors and the
    discourse so far."""

    def __init__(self, sent: Span, index: int, actors: ArticleActors, lex: Lexicon, discourse: Discourse) -> None:
        super().__init__(sent, actors, lex, discourse)
        self.index = index
        self.more_dates: list[str] = []  # the other days of a listed date ("on January 6 and January 8")
        self.opened: ContactMention | None = None  # a gathering a participation verb told ("joined a summit")
        self.unnamed: ContactMention | None = None  # one told with no member named ("A summit was held")
        self.settings: list[ContactMention] = []  # an event told before, named as a setting ("at the summit, …")
        self.gapped: set[int] = set()  # triggers whose gapped conjuncts were read ("met A on May 2 and B on May 4")

    def contact_type(self, trigger: Token, base: ContactType, extra: list[Token]) -> ContactType:
        """The form of the contact: the trigger's own word, overridden by "by phone", "video call"…"""
        words: list[Token] = []
        heads = [trigger, *extra]
        if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in trigger.children):
            # "spent the week on the telephone, speaking with A and B": the participle's manner is its verb's
            words += [t for c in trigger.head.children if c.dep_ in PREP_DEPS and c.lower_ in MANNER_PREPS
                      for t in c.subtree]
        for head in heads:
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
                    words += [t for obj in child.children if obj.dep_ == "pobj"  # (and "by [video] link")
                              for t in [*(c for c in obj.children if c.dep_ in {"compound", "amod"}), obj]]
        for word in words:
            kind = self.lex.manner.get(word.lower_)
            if kind is not None:
                return cast(ContactType, kind)
        if base == "contact" and self._held_in_a_place(trigger):
            return "meeting"
        if base == "contact":  # "discussed the crisis with B during a meeting", "spoke with B over dinner"
            framed = [self.lex.contact_nouns.get(o.lower_) or self.lex.contact_nouns.get(o.lemma_.lower())
                      for head in heads for c in head.children if c.dep_ in PREP_DEPS and c.lower_ in FRAME_PREPS
                      for o in c.children if o.dep_ == "pobj"]
            form = next((f for f in framed if f in {"meeting", "phone_call", "video_call"}), None)
            if form is not None:
                return cast(ContactType, form)
        return base

    def _held_in_a_place(self, noun: Token) -> bool:
        """A dialogue or consultations "held in Paris", "to take place in Geneva" (or a round of them): met in
        person at that place, so a meeting."""
        subject = noun
        partitive = noun.head.head.lemma_.lower() in self.lex.partitive_nouns
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and partitive:
            subject = noun.head.head  # "the next round of the … dialogue will be held in Paris"
        verb = subject.head
        if subject.dep_ not in SUBJECTS or verb.lemma_.lower() not in {"hold", "take"}:
            return False
        if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
            return False
        return any(c.dep_ in PREP_DEPS and c.lower_ in PLACE_PREPS and any(
            o.dep_ == "pobj" and (o.i in self.actors.state_at or o.ent_type_ in {"GPE", "FAC", "LOC"})
            for o in c.children) for c in verb.children)

    def date_of(self, trigger: Token, modality: Modality) -> str | None:
        """The date of the event ``trigger`` states (``contact_dates.contact_date``); the other days of a listed
        date ("in telephone conversations on January 6 and January 8") are kept in ``more_dates``."""
        date, self.more_dates = contact_date(trigger, modality, self.sent, self.index, self.discourse, self.lex)
        return date

    def location_of(self, trigger: Token, exclude: set[int]) -> str | None:
        """The country of the place a contact is set in: "in Geneva", "at State House, Nairobi", "on the sidelines
        of the summit in Astana" — not what was spoken "on" ("talks on the conflict in eastern Congo"); also a place
        the parser hung on the named person met ("talks with Ali Moyo | in Nairobi", "met Ali Moyo | in Muscat"); for a
        participle that trails its clause, the place that clause is set in ("began his tour in Kuwait, visiting the
        emir")."""
        met = [o for c in trigger.children if c.dep_ in PREP_DEPS and c.lower_ == "with" for o in c.children
               if o.dep_ == "pobj" and o.i in self.actors.person_at]
        met += [o for o in trigger.children if o.dep_ == "dobj" and o.i in self.actors.person_at]
        # "In Gaborone he will hold talks with B": the place of the light verb that holds the talks
        held = [c for c in trigger.head.children if c.lower_ in PLACE_PREPS] if trigger.dep_ == "dobj" and \
            trigger.head.lemma_.lower() in self.lex.light_verbs else []
        for child in [*trigger.children, *(c for o in met for c in o.children if c.lower_ in PLACE_PREPS), *held]:
            if child.dep_ in PREP_DEPS and (child.lower_ in PLACE_PREPS or child.lower_ == "on" and any(
                    o.lemma_.lower() in self.lex.setting_nouns for o in child.children)):
                for token in child.subtree:
                    if token.i in exclude:
                        continue
                    country = self.actors.state_at.get(token.i)
                    place = token.head if token.dep_ != "appos" else token.head.head  # "at State House, Nairobi"
                    if country and place.dep_ == "prep" and place.lower_ in PLACE_PREPS:
                        return country
        if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.i < trigger.i:
            return self.location_of(trigger.head, exclude)  # "began his tour in Kuwait, visiting the emir"
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
        if trigger.tag_ == "NN":
            more_dates = []  # "the meeting is scheduled for Monday and Tuesday": one event over both days
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
        # "was not allowed to meet either", "met neither": each of the two, one at a time
        separate = separate or any(c.dep_ in {"dobj", "advmod"} and c.lower_ in {"either", "neither"}
                                   for c in trigger.children)
        objects = [o for o in objects if o not in subjects]
        objects = [o for o in objects if o in without_own_states(subjects + objects, self.actors.official_countries)]
        paired = len(subjects) == 1 and more_dates and len(objects) == 1 + len(more_dates) and any(
            t.lower_ == "respectively" for t in trigger.subtree)  # "met A and B on Monday and Tuesday respectively"
        if paired:
            groups = [[*subjects, o] for o in objects]
        elif subjects and objects and len(objects) > 1 and len(subjects) == 1 and (
            separate or kind in {"phone_call", "contact"}
        ) and trigger.lemma_.lower() not in GATHERING_VERBS and not self._joint(trigger):
            groups = [[*subjects, o] for o in objects]  # calls to several counterparts are separate calls
        elif subjects and kind == "visit" and len(objects) > 1 and all(o.kind == "state" for o in objects):
            groups = [[*subjects, o] for o in objects]  # "will visit Israel and Jordan": a visit to each
        else:
            groups = [subjects + objects]
        if self.anaphoric:
            confidence -= 0.1
        found = []
        for group in groups:
            sides = without_own_states(group, self.actors.official_countries)
            if kind == "visit" and location is not None:
                sides = self._host_for_state(sides, subjects, location)
            if len(sides) < least:
                continue
            visited = [o.name for o in group if o.kind == "state" and o not in subjects] if len(groups) > 1 else []
            found.append(
                ContactMention(
                    participants=frozenset(sides),
                    type=kind,
                    modality=modality,
                    date=date,
                    location=visited[0] if kind == "visit" and len(visited) == 1 else location,
                    evidence=self.evidence(),
                    sentence=self.index,
                    confidence=round(confidence, 2),
                    reference=trigger.pos_ in {"NOUN", "PROPN"} and not asserted,
                    asked=asked_about(trigger, self.lex),  # "asked whether Modi had met Xi": states nothing
                    prior=self._told_as_earlier(trigger),
                    told_on=day_of_an_earlier_telling(trigger, self.discourse.published)
                    if date is None and modality == "occurred" else None,
                    standing=modality == "denied" and _told_in_the_present(trigger),
                )
            )
        if paired and len(found) == len(objects):  # each counterpart on its own day, in the order told
            found = [replace(m, date=day) for m, day in zip(found, [date, *more_dates], strict=True)]
        else:
            found += [replace(m, date=day) for day in more_dates for m in found]
        return found + self._gapped(trigger, subjects, objects, found)

    def _gapped(self, trigger: Token, subjects: list[ActorRef], objects: list[ActorRef],
                found: list[ContactMention]) -> list[ContactMention]:
        """ "met A on May 2 and B on May 4": the contacts of the sides a gapped conjunct adds, each on its own day
        (once per trigger: a trigger may be emitted twice). "spoke with A on Wednesday, and with B on Thursday",
        already one call each: the second call takes its own day."""
        if len(found) > 1 and subjects and trigger.i not in self.gapped:
            self._redate_separate(trigger, found)
        if len(found) != 1 or not subjects or trigger.i in self.gapped:
            return []
        self.gapped.add(trigger.i)
        first = found[0]
        sides = gapped_sides(trigger, self.sent, self.actors.person_at, self.actors.state_at)
        own = [e for e in entities_in(self.sent) if e.label_ == "DATE" and trigger.i < e.start and sides
               and e.end <= sides[0].date.start and e != sides[0].date]
        if own and sides and first.date == gapped_date(sides[0].date, None, trigger, first.modality,
                                                       self.discourse.published, self.lex):
            # the parser hung the gapped side's date on the verb: the first side's is the one before it
            first = replace(first, date=gapped_date(own[-1], None, trigger, first.modality,
                                                     self.discourse.published, self.lex))
            found[0] = first
        more = []
        for side in sides:
            refs = [r for r in self.refs(side.head) if r not in subjects and r not in objects]
            if not refs:
                continue
            date = gapped_date(side.date, first.date, trigger, first.modality, self.discourse.published, self.lex)
            place = next((c for t in side.place if (c := self.actors.state_at.get(t.i))), None)
            more.append(replace(first, participants=frozenset([*subjects, *refs]), date=date, location=place))
        return more

    def _redate_separate(self, trigger: Token, found: list[ContactMention]) -> None:
        """The separate calls to several counterparts (``emit``) whose counterpart a gapped conjunct names with a
        day of its own take that day, in place."""
        self.gapped.add(trigger.i)
        sides = gapped_sides(trigger, self.sent, self.actors.person_at, self.actors.state_at)
        for side in sides:
            refs = set(self.refs(side.head))
            for n, mention in enumerate(found):
                if refs & mention.participants and mention.date is not None:
                    date = gapped_date(side.date, mention.date, trigger, mention.modality, self.discourse.published,
                                       self.lex)
                    found[n] = replace(mention, date=date or mention.date)

    def _told_as_earlier(self, trigger: Token) -> bool:
        """ "they last met in October", "the two last met" (the parser hangs "last" on "two"): an earlier contact,
        told as the last before the news."""
        before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
        return any(c.lower_ in PRIOR_MARKERS for c in trigger.children if c.dep_ in {"advmod", "amod"}) or (
            before is not None and before.lower_ in PRIOR_MARKERS and trigger.pos_ in {"VERB", "AUX"})

    def _host_for_state(self, sides: list[ActorRef], visitors: list[ActorRef], place: str) -> list[ActorRef]:
        """ "is visiting Kazakhstan at the invitation of President Tokayev": a named host whose country goes
        unsaid stands for the visited state, which is then no side of its own."""
        hosts = [a for a in sides if a.kind == "official" and a not in visitors
                 and self.actors.official_countries.get(a.name) in {None, place}]
        if not hosts:
            return sides
        return [a for a in sides if not (a.kind == "state" and a.name == place)]

    def _joint(self, trigger: Token) -> bool:
        """ "a three-way call with A and B", "a joint video conference with A and B", "a call between A and B":
        one contact of them all, not a call to each."""
        # ("spoke with A and B in a three-way call": the contact noun the verb's act took place in says it too)
        nouns = [trigger, *(o for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}
                            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.contact_nouns)]
        modifiers = [c for noun in nouns for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
        words = {t.lower_ for c in modifiers for t in c.subtree}
        # (a hyphenated modifier is several tokens: "three-way")
        words |= {c.doc[c.left_edge.i : c.right_edge.i + 1].text.lower() for c in modifiers}
        return bool(words & self.lex.joint_modifiers) or any(
            c.dep_ in PREP_DEPS and c.lower_ == "between" for c in trigger.children)  # (not "among others")

    def _personal(self, noun: Token) -> bool:
        """A noun that names people (if not who): "the American secretaries", "Kishida", "them"; not a body's
        name ("NATO", "the Collective Security Council"), which hosts rather than stands for one official."""
        if noun.ent_type_ == "ORG" and noun.i not in self.actors.person_at:
            return False
        return noun.pos_ in {"PROPN", "PRON"} or names_people(noun, self.lex)

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
                    country = self.actors.demonym_country(side)
                    ref = ActorRef("official", person.name) if person else ActorRef("state", country) if country \
                        else None
                    if ref is not None and ref not in found:
                        found.append(ref)
        return found if len(found) >= 2 else []


def _told_in_the_present(trigger: Token) -> bool:
    """ "X has refused to meet Y", "X refuses to meet Y", "the two have not spoken": a verb of the trigger's clause
    (the trigger or a verb it completes) in the present or the present perfect tells how things stand now."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} and (verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)):
            return True
        if verb.dep_ not in {"xcomp", "ccomp"} and not (verb.dep_ == "dobj" and verb.pos_ == "NOUN"):
            return False
        verb = verb.head
    return False
