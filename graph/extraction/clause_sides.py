"""Who the sides of a contact's clause are: the subject up the clause chain ("agreed to meet", "Wolters, who
visited"), and the objects after "with", "between", "to", "by" or as direct objects, wherever the parser hung them
("held talks via video link with B", "sat across the table from X", "with 25 leaders, among them A and B").

A mixin of ``sides.Sides``: each phrase found here is resolved by ``refs`` (names, pronouns, groups, descriptions).
It is kept apart because finding the phrases of a clause's sides is one concern and resolving a phrase another.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actors import PERSONAL, name_head
from graph.extraction.modality_cues import REPORTING
from graph.extraction.pipeline import verb_taken_for_noun
from graph.extraction.records import ActorRef
from graph.extraction.side_resolver import PREP_DEPS, SUBJECTS, SideResolver

__all__ = ["ClauseSides"]


class ClauseSides(SideResolver):
    """The rules for the subject and the objects of a trigger's clause; a mixin of ``sides.Sides``."""

    def subject_of(self, verb: Token) -> list[ActorRef]:
        token = verb
        for _ in range(4):
            subjects = sorted((c for c in token.children if c.dep_ in SUBJECTS and not _object_taken_for_subject(c)),
                              key=lambda c: -c.i)
            if subjects and subjects[0].lower_ in {"who", "that", "which"} and token.dep_ == "relcl":
                return self.refs(token.head) or self._named_for_group(token.head)  # "Wolters, who visited Vilnius"
            if subjects:
                return self._subjects(subjects)
            glued = [c for c in token.children if c.dep_ == "compound"] if verb_taken_for_noun(token) else []
            if glued:  # "Chilean President Ana Soto hosts …" read as a noun with the name as its compound
                return self.refs(glued[-1])
            controller = [c for c in token.head.children if c.dep_ == "dobj"] if token.dep_ == "xcomp" else []
            if controller and token.head.lemma_.lower() in self.lex.addressee_verbs:
                return self.refs(controller[0])  # "invited B to visit Kyiv": B visits
            told = next((c for c in token.head.children if c.dep_ == "ccomp" and c.i < token.head.i), None) \
                if token.dep_ == "conj" and token.head.lemma_ in REPORTING else None
            if told is not None:  # "A will hold talks …, her spokesman said, and plans to travel on": A plans
                token = told
                continue
            # ("became the first Western leader to meet Putin": from the leader to the one who became it)
            if token.dep_ in {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "acomp", "pobj", "dobj", "attr",
                              "npadvmod"} and \
                    token.head.i != token.i:
                if token.dep_ == "ccomp" and token.head.lemma_ in REPORTING:
                    # "There will be no talks, spokesman X said": the speaker is not a side (but in "There are no
                    # plans for A to meet B, a spokesman said" A, right before the verb, is)
                    return self._name_just_before(verb) or self._leader_telling_of_his_own(token)
                token = token.head
                continue
            if token.dep_ in {"relcl", "acl"} and token.head.dep_ in {"attr", "oprd"} and token.i > token.head.i:
                # "Cavusoglu became the first Turkish foreign minister to visit Egypt": the one who became it
                became = [r for r in self.subject_of(token.head.head) if r.kind == "official"]
                if became:
                    return became
            if token.dep_ in {"relcl", "acl"}:
                doer = _for_phrase_subject(token)
                if doer is not None:  # "plans for the Russian leader to visit Tokyo": the leader visits
                    return self.refs(doer)
                owner = next((c for c in token.head.children if c.dep_ == "poss"), None)
                if token.dep_ == "acl" and owner is not None and owner.lower_ in PERSONAL and \
                        self.actors.person_of(token.head) is None:
                    return self.refs(owner)  # "her requests to meet X": she asks, whatever the noun is parsed with
                heads = self.refs(token.head)
                if not heads and token.dep_ == "acl":  # "requests from Tehan's office to arrange a call": the asker
                    askers = [o for c in token.head.children if c.dep_ in PREP_DEPS and c.lower_ in {"from", "by"}
                              for o in c.children if o.dep_ == "pobj"]
                    askers += [p for o in askers for p in o.children if p.dep_ == "poss"]  # "Tehan's office"
                    heads = [r for o in askers for r in self.refs(o)]
                day = token.head.ent_type_ == "DATE" or token.head.lemma_ in TIME_NOUNS
                if not heads and token.head.dep_ == "npadvmod" and day and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                    token = token.head.head  # "will go on to Riga the following day to meet A": the goer meets
                    continue
                if heads or token.head.dep_ not in {"dobj", "pobj", "attr", "nsubjpass"}:
                    return heads
                token = token.head  # "he had no plans to meet Blinken": the planner is the one who meets
                continue
            break
        return self._after_a_date_line(verb) or self._glued_to_an_opening_date(token) \
            or self._name_just_before(verb) or self._description_just_before(verb)

    def _after_a_date_line(self, verb: Token) -> list[ActorRef]:
        """A timeline's entry, "September 2020 - Foreign ministers A and B meet in Moscow": the parser hangs the
        subject on the date opening the line (as its apposition); the people there are the verb's subject."""
        dates = [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and c.i < verb.i]
        found = [r for d in dates for a in d.children if a.dep_ == "appos" for r in self.refs(a)]
        return found if any(r.kind == "official" for r in found) else []

    def _glued_to_an_opening_date(self, clause: Token) -> list[ActorRef]:
        """ "On Friday Ana Soto will fly to Lima to meet B": with no comma after the date opening the sentence,
        the parser makes the subject the object of its "On"; a person there, right after the date, is the subject
        of the clause (and of the verbs that take their subject from it)."""
        doc = clause.doc
        opening = [o for p in clause.children if p.dep_ == "prep" and p.i == self.sent.start and p.i < clause.i
                   for o in p.children if o.dep_ == "pobj" and o.i in self.actors.person_at]
        return [r for o in opening if doc[o.left_edge.i].ent_type_ == "DATE" for r in self.refs(o)]

    def _description_just_before(self, verb: Token) -> list[ActorRef]:
        """A subject the parser hung on the name before it: "in a meeting with Swedish Minister X, the head of
        Ukrainian diplomacy discussed …" read as X's apposition. A description of another country's official
        right before the verb, set off after a person's name, is the verb's subject."""
        before = verb.i - 1
        while before >= self.sent.start and self.sent.doc[before].dep_ in {"aux", "auxpass", "neg", "advmod"}:
            before -= 1
        if before < self.sent.start:
            return []
        phrase = next((a for a in [self.sent.doc[before], *self.sent.doc[before].ancestors]
                       if a.dep_ == "appos" and a.head.i in self.actors.person_at), None)
        if phrase is None or phrase.right_edge.i != before or phrase.lemma_.lower() not in self.lex.title_words:
            return []
        named = self.actors.person_at[phrase.head.i]
        countries = self._country_cues(phrase)
        if not countries or named.country is None or named.country in countries:
            return []  # "X, the Swedish foreign minister, said": his own title
        return self.refs(phrase)

    def _subjects(self, subjects: list[Token]) -> list[ActorRef]:
        """The sides a clause's subject stands for (``subjects`` last first). "A and B did not meet" parsed as two
        subjects, the first left with a dangling "and", or a headline's "Kenya, Uganda ministers meet" read as two
        subjects: a coordination the parser broke, so both are sides."""
        found = self.refs(subjects[0])
        found += [r for r in self._headline_pair(subjects[0]) if r not in found]
        # "European Union leaders, including A and B, will hold a video summit": the members the group names
        members = [r for member in _named_among(subjects[0]) for r in self.refs(member) if r not in found]
        if not found and not members and subjects[0].tag_ in {"NNS", "NNPS"}:
            # "Several leaders attended the summit …, among them A and B": the list the parser hung on the verb
            members = [r for c in subjects[0].head.children if c.dep_ in {"dep", "npadvmod", "appos"}
                       and _opens_among(c) for r in self.refs(c)]
        if members and len(found) == 1 and found[0].kind == "state" and all(m.kind == "official" for m in members):
            found = []  # "Israeli officials, including Defense Minister X": X, one of the state's own
        found += members
        for earlier in subjects[1:]:
            dangling = any(c.dep_ == "cc" for c in earlier.children) and not earlier.conjuncts
            # "A, B, C and D held a summit" parsed as two subjects, the list ending in a dangling "and"
            end = earlier.right_edge
            dangling = dangling or end.dep_ == "cc" and end.i + 1 == subjects[0].left_edge.i
            # "A and his Slovak counterpart B met": the name parsed as a second subject right after the conjunct
            dangling = dangling or any(c.i + 1 == subjects[0].left_edge.i for c in earlier.conjuncts)
            # "A, B and C will travel" parsed as two subjects, A and "B and C": A is set off by a comma before them
            # (also when the parser hung B on C's name, the "and" inside B's phrase: "A, Chilean President B and
            # Bolivian President C held a trilateral meeting")
            comma = earlier.right_edge.i if earlier.right_edge.text == "," else earlier.right_edge.i + 1
            dangling = dangling or (comma + 1 == subjects[0].left_edge.i and earlier.doc[comma].text == ","
                                    and (bool(subjects[0].conjuncts)
                                         or any(t.dep_ == "cc" and t.lower_ == "and" for t in subjects[0].subtree)))
            if not dangling:
                break
            # ("a joint statement signed by A, B and C was issued": the list began with the last name of the first
            # subject's phrase, not with the subject itself)
            last = end.head if end.text == "," else end
            first = self.refs(earlier) or (self.refs(last) if last.i in self.actors.person_at else [])
            found = [*first, *(r for r in found if r not in first)]
        return found

    def _headline_pair(self, subject: Token) -> list[ActorRef]:
        """ "Kenya, Uganda foreign ministers meet", "US, China negotiators hold talks": a headline's way of saying
        "the ministers of Kenya and Uganda", a state's name and a comma opening the line before a plural subject
        (which the parser hangs anywhere). That first state is a side too."""
        doc = subject.doc
        comma = subject.left_edge.i - 1
        if subject.tag_ not in {"NNS", "NNPS"} or comma - 1 < self.sent.start or doc[comma].text != ",":
            return []
        first = doc[comma - 1]
        state = self.actors.state_at.get(first.i)
        if state is None or not all(t.is_punct or t.is_space for t in doc[self.sent.start:first.left_edge.i]):
            return []
        return [ActorRef("state", state)]

    def _leader_telling_of_his_own(self, clause: Token) -> list[ActorRef]:
        """ "Zelenskyy said there would be no talks with Putin": a head of state or government who tells what
        "there" will or will not be speaks of his own talks (a spokesman telling it does not, and stays no side)."""
        if not any(c.dep_ == "expl" for c in clause.children):
            return []
        speakers = [r for c in clause.head.children if c.dep_ == "nsubj" for r in self.refs(c)]
        roles = {p.name: p.role for p in self.actors.persons}
        if len(speakers) != 1 or speakers[0].kind != "official" or \
                not self.lex.heads_state(roles.get(speakers[0].name)):
            return []
        return speakers

    def _name_just_before(self, verb: Token) -> list[ActorRef]:
        """A subject the parser lost: "…, Minister for Foreign Affairs of Ukraine Andriy Melnychuk held talks"
        (the name taken into the phrase before it). A person's name right before the verb is its subject."""
        before = verb.i - 1
        while before >= self.sent.start and self.sent.doc[before].dep_ in {"aux", "auxpass", "neg", "advmod"}:
            before -= 1
        person = self.actors.person_at.get(before) if before >= self.sent.start else None
        if person is None or self.sent.doc[before].dep_ in SUBJECTS:
            return []
        return [ActorRef("official", person.name)]

    def _named_for_group(self, group: Token) -> list[ActorRef]:
        """ "A and B were among the leaders who attended …", "Leaders who attended … included A and B": the people a
        clause names as members of a group that a relative clause tells something of."""
        if group.dep_ == "pobj" and group.head.lower_ == "among" and group.head.head.lemma_ == "be":
            return [r for c in group.head.head.children if c.dep_ in SUBJECTS for r in self.refs(c)]
        if group.dep_ == "nsubj" and group.head.lemma_.lower() in self.lex.membership_verbs:
            return [r for c in group.head.children if c.dep_ == "dobj" for r in self.refs(c)]
        return []

    def objects_of(self, head: Token, preps: set[str], direct: bool) -> list[ActorRef]:
        found: list[ActorRef] = []
        for child in head.children:
            if direct and (child.dep_ in {"dobj", "attr"} or _object_taken_for_subject(child)):
                found += self.refs(child)
                if "with" in preps:
                    found += [r for r in self._present_beside_object(child) if r not in found]
            if direct and child.dep_ == "advmod" and child.lower_ in {"either", "neither"} and not any(
                    c.dep_ == "dobj" for c in head.children):
                found += self.refs(child)  # "was not allowed to meet either", parsed as an adverb
            if direct and child.dep_ == "prep" and child.i in self.actors.person_at and not any(
                    c.dep_ == "dobj" for c in head.children):
                found += self.refs(child)  # "met Than Swe": a given name the parser took for a preposition
            if direct and child.dep_ == "npadvmod" and child.left_edge.i == head.i + 1 and \
                    self.actors.person_of(child) is not None and not any(c.dep_ == "dobj" for c in head.children):
                found += self.refs(child)  # "met Peruvian President Luis Vega" with the name parsed as an adverb
            if direct and child.dep_ in {"npadvmod", "conj"} and self.actors.person_of(child) is not None and \
                    child.left_edge.i >= 2 and child.doc[child.left_edge.i - 2:child.left_edge.i].text.lower() == \
                    "well as" and any(c.dep_ == "dobj" for c in head.children):
                found += self.refs(child)  # "met A and B in Tokyo, as well as C": the list the parser broke
            if child.dep_ in PREP_DEPS and child.lower_ in preps and not any(c.dep_ == "pobj" for c in child.children):
                # "Putin, whom he said he had spoken to": the preposition left at the end is the relative's
                found += [r for w in head.children if w.tag_ == "WP" and w.lower_ in {"whom", "who"}
                          for r in self.refs(w) if r not in found]
            if child.dep_ == "agent":
                for obj in child.children:
                    found += self.refs(obj)
                    if obj.lower_ in self.lex.manner and "with" in preps:  # "conversed by telephone with X",
                        found += self.objects_of(obj, {"with"}, direct=False)  # the manner parsed as an agent
            if child.dep_ in PREP_DEPS and child.lower_ in {"on", "at"} and "with" in preps:
                found += [r for r in self._on_either_side(child) if r not in found]
            if child.dep_ == "advmod" and child.lower_ == "together":  # "together with the mediator"
                found += self.objects_of(child, preps, direct=False)
            if child.dep_ in PREP_DEPS and child.lower_ in self.lex.companion_adverbs and preps:
                found += self.objects_of(child, {"with"}, direct=False)  # "met B along with C"
            if child.dep_ in PREP_DEPS and child.lower_ in {"at", "in", "under", "with"} | MANNER_PLACE_PREPS:
                # "at the invitation of the emir", "in the presence of the king", "under the auspices of X",
                # "with the participation of the heads of state of A and B"
                for obj in child.children:
                    # (the small model's lemma of "auspices" is "auspex": the word as written counts too)
                    if obj.dep_ == "pobj" and (obj.lemma_.lower() in self.lex.presence_nouns
                                               or obj.lower_ in self.lex.presence_nouns):
                        present = self.objects_of(obj, {"of"}, direct=False)
                        # "in front of the Kremlin" is a place; "in front of the Secretary-General", a person
                        found += [r for r in present if r.kind == "official" or obj.lemma_.lower() not in
                                  self.lex.place_presence_nouns]
                    elif obj.dep_ == "pobj" and preps & {"with", "by"} and child.lower_ != "with" and \
                            obj.i not in self.actors.state_at and \
                            self.actors.person_of(obj) is None:  # "held talks at the Ministry with X", "was
                        # received at the venue by X": the parser hung "with" or "by" on the place
                        found += self.objects_of(obj, preps & {"with", "by"}, direct=False)
                        if obj.lemma_.lower() in self.lex.form_nouns:  # "held talks in the form of a video call
                            # with B": the other side hangs on the form's noun
                            found += [r for of in obj.children if of.dep_ in PREP_DEPS and of.lower_ == "of"
                                      for form in of.children if form.dep_ == "pobj"
                                      for r in self.objects_of(form, preps & {"with", "by"}, direct=False)]
            if child.dep_ in PREP_DEPS and child.lower_ in preps:
                # "with A and with B": the second "with" is the first's conjunct
                for obj in (o for p in [child, *child.conjuncts] if p.lower_ == child.lower_ for o in p.children):
                    if obj.dep_ != "pobj":
                        continue
                    refs = self.refs(obj)
                    if not refs and obj.lower_ in self.lex.seating_nouns:  # "sat across the table from X"
                        refs = self.objects_of(obj, {"from", "with"}, direct=False)
                    members = [r for member in _named_among(obj) for r in self.refs(member) if r not in refs]
                    if members and len(refs) == 1 and refs[0].kind == "state" and \
                            all(m.kind == "official" for m in members):
                        refs = []  # "Israeli officials, including Defense Minister X": X, one of the state's own
                    found += refs + members
                if child.lower_ == "with" and not any(child.children):
                    found += self._subject_taken_from_with(child)
            if child.dep_ in {"dep", "npadvmod", "appos"} and _opens_among(child) and preps:
                found += self.refs(child)  # "with 25 leaders, among them A, B and C" (parsed apart from "with")
            if child.dep_ == "prep" and child.lower_ in AMONG and "with" in preps and head.pos_ == "NOUN" and any(
                    p.dep_ == "prep" and p.lower_ == "with" for p in head.children):
                # "a video conference with regional leaders on Sunday, including A, B and C": the parser hung the
                # people named among those it is with on the contact noun
                found += [r for o in child.children if o.dep_ == "pobj" and o.i in self.actors.person_at
                          for t in self.listed(o) for r in self.refs(t) if r not in found]
            if "with" in preps and (child.dep_ in PREP_DEPS and child.lower_ == "with" or child.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ == "with" for m in child.children)):
                clauses = list(child.children) if child.dep_ in PREP_DEPS else [child]
                found += [r for r in self._present_with(clauses) if r not in found]
        return found

    def _present_with(self, clauses: list[Token]) -> list[ActorRef]:
        """ "is scheduled for Monday, with ministers from A and B expected alongside C", "with A and B attending",
        "met B, with C present": a "with"-clause whose predicate makes its subject present names sides of the
        contact it hangs on, and so do those its subject is expected alongside."""
        found: list[ActorRef] = []
        for clause in clauses:
            lemma = clause.lemma_.lower()
            setting = clause.pos_ == "ADP" and any(  # "with C also in attendance", "with C at the table"
                o.dep_ == "pobj" and o.lemma_.lower() in self.lex.presence_settings for o in clause.children)
            if clause.dep_ not in {"pcomp", "pobj", "advcl"} or (clause.pos_ not in {"VERB", "ADJ", "AUX"} or not (
                    lemma in self.lex.presence_predicates or lemma in self.lex.participation_verbs)) and not setting:
                continue
            found += [r for s in clause.children if s.dep_ in SUBJECTS for r in self.refs(s)]
            found += [r for r in self.objects_of(clause, {"alongside", "with"}, direct=False) if r not in found]
        return found

    def _on_either_side(self, prep: Token) -> list[ActorRef]:
        """ "sat with A on either side of B's desk", "stood on either side of B": the one whose desk or table the
        sides flank, or who is flanked, is at the contact too."""
        found: list[ActorRef] = []
        for side in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() == "side" and any(
                d.lower_ in self.lex.flanking_determiners for d in o.children)):
            for of in (o for p in side.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"):
                owners = [p for p in of.children if p.dep_ == "poss"] if of.lower_ in self.lex.seating_nouns else [of]
                found += [r for o in owners if o.i in self.actors.person_at for r in self.refs(o)]
        return found

    def _present_beside_object(self, obj: Token) -> list[ActorRef]:
        """ "met the crown prince, X, in Neom, with Y in the room": a "with"-clause of presence the parser hung on
        the verb's object; a person there with a place of presence right after him ("in the room", "at the table",
        wherever the parser hung it) is present too."""
        found: list[ActorRef] = []
        for person in (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                       if o.dep_ == "pobj" and o.i in self.actors.person_at):
            after = [c for c in person.children if c.dep_ == "prep"]
            if person.right_edge.i + 1 < self.sent.end:
                after.append(obj.doc[person.right_edge.i + 1])
            if any(p.dep_ == "prep" and any(s.dep_ == "pobj" and s.lemma_.lower() in self.lex.presence_settings
                                            for s in p.children) for p in after):
                found += self.refs(person)
        return found + self._present_with(
            [c for p in obj.children if p.dep_ == "prep" and p.lower_ == "with" for c in p.children])

    def _subject_taken_from_with(self, prep: Token) -> list[ActorRef]:
        """ "his meeting with [U.S. Secretary of State X] had been useful": a "with" left empty by a parser that
        took the named person after it for the next clause's subject; that person is its object."""
        for token in prep.doc[prep.i + 1 : min(prep.i + 1 + TITLED_OBJECT_TOKENS, self.sent.end)]:
            if token.i in self.actors.person_at:
                head = name_head(token)
                return self.refs(head) if head.dep_ == "nsubj" and head.head.i > prep.i else []
        return []


def _for_phrase_subject(verb: Token) -> Token | None:
    """The subject of an infinitive the parser hung on a noun beside the noun's "for" phrase ("plans for the
    Russian leader to visit Tokyo", read as "plans | for the leader | to visit"): that phrase's object, when it
    stands right before the infinitive."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((o for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
                 for o in c.children if o.dep_ == "pobj" and o.right_edge.i + 1 == verb.left_edge.i), None)


def _object_taken_for_subject(token: Token) -> bool:
    """ "On Tuesday, the delegation met Foreign Minister X": the parser may take the object after the verb for a
    second subject; a subject after its verb, with another before it and no object, is the object."""
    verb = token.head
    return token.dep_ == "nsubj" and token.i > verb.i and not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)


# Nouns of a time the parser may hang a purpose clause on ("will go on to Riga the following day to meet A").
TIME_NOUNS = {"day", "week", "morning", "afternoon", "evening", "night"}
TITLED_OBJECT_TOKENS = 8  # how far after an empty "with" its person may start ("with U.S. Secretary of State X")
AMONG = {"among", "including", "like"}  # "leaders, among them A and B", "leaders including A"
# Prepositions of a manner or a place the parser may hang the other side's "with" on ("held talks via video link
# with B", "met behind closed doors with B", "spoke by phone with B"). (Not ``contact_assembly.MANNER_PREPS``: that
# set tells the form of a contact, and holds "on" and "during", whose objects are days and events, not places.)
MANNER_PLACE_PREPS = {"via", "behind", "over", "by", "through"}


def _opens_among(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in AMONG for c in token.children)


def _named_among(group: Token) -> list[Token]:
    """ "25 leaders including A and B", "leaders, among them A": the members a plural phrase names."""
    return [o for c in group.children if c.dep_ == "prep" and c.lower_ in AMONG for o in c.children
            if o.dep_ == "pobj" and o.pos_ != "PRON"]
