"""Who a phrase stands for: the sides of a contact.

A name is its official; "he", "his" and "the Minister" are the person the article is talking about;
"the pair", "both" and "the two countries" are the last contact's sides; "his Russian counterpart",
"counterparts in France and Canada" and "the foreign ministers of Japan and China" are named people of that
country when the article has them, else the states themselves. Subjects are found up the clause chain
("agreed to meet", "Wolters, who visited"), objects after "with", "between", "to" or as direct objects.

``Sides`` holds the names, pronouns, subjects and objects; groups ("they", "the two men") are read by its mixin
``group_sides.GroupSides``, descriptions ("his Russian counterpart") by ``described_sides.DescribedSides`` and the
items of a list the parser broke ("between A and Chinese Foreign Minister B") by ``listed_sides.ListedSides``.
The dependency labels (``SUBJECTS``, ``PREP_DEPS``, ``WITH_PREPS``) live in ``side_resolver`` and are re-exported.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extraction.actors import PERSONAL, PLURAL, name_head
from graph.extraction.counted_groups import bloc_members
from graph.extraction.described_sides import DescribedSides
from graph.extraction.group_sides import GroupSides
from graph.extraction.lexicon import Lexicon
from graph.extraction.listed_sides import ListedSides
from graph.extraction.modality_cues import REPORTING
from graph.extraction.pipeline import verb_taken_for_noun
from graph.extraction.records import ActorRef
from graph.extraction.side_resolver import PREP_DEPS, SUBJECTS, WITH_PREPS, SideResolver
from graph.extraction.speakers import FIRST_PERSON, first_person_speaker

__all__ = ["Sides", "SUBJECTS", "PREP_DEPS", "WITH_PREPS", "names_people"]


class Sides(GroupSides, DescribedSides, ListedSides):
    """Resolves the tokens of one sentence to actors, with the article's people and what was said before: names
    and pronouns here, groups (``GroupSides``), descriptions (``DescribedSides``) and the items of a list the
    parser broke (``ListedSides``) in the mixins."""

    # ---- who a token stands for -------------------------------------------------------------
    def refs(self, token: Token) -> list[ActorRef]:
        """Actors a noun phrase head stands for, its conjuncts included. A phrase whose resolution leads back to
        itself ("Japan's foreign minister and her counterpart": "her" is the minister, whose list holds the
        counterpart "her" qualifies) stands for no one the second time."""
        if token.i in self.resolving:
            return []
        self.resolving.add(token.i)
        try:
            found = self._refs_listed(token)
        finally:
            self.resolving.discard(token.i)
        return found

    def _refs_listed(self, token: Token) -> list[ActorRef]:
        found: list[ActorRef] = []
        for item in self.listed(token):
            for ref in self._refs_one(item):
                if ref not in found:
                    found.append(ref)
        if found and all(r.kind == "official" for r in found):
            for ref in self._people_in_phrase(token):  # titled names the parser chained as compounds
                if ref not in found:
                    found.append(ref)
        return found

    def _people_in_phrase(self, token: Token) -> list[ActorRef]:
        """People named inside a phrase without a preposition, a verb or a clause between them and its head:
        "External Affairs Minister S. Jaishankar and Defence Minister Rajnath Singh" parsed as one chain."""
        found: list[ActorRef] = []
        for inner in token.subtree:
            person = self.actors.person_of(inner)
            if person is None or inner.i == token.i:
                continue
            node, linked = inner, True
            while node.i != token.i:
                if node.dep_ not in {"compound", "nmod", "conj", "appos", "flat", "amod"} or \
                        self._kin(node.head):  # not "Kirchner's aide", "his wife, X"
                    linked = False
                    break
                node = node.head
            if linked and ActorRef("official", person.name) not in found:
                found.append(ActorRef("official", person.name))
        return found

    def _kin(self, token: Token) -> bool:
        """A relative ("his wife", "Sharif's brother"), not a name that is also a kin word ("Bui Thanh Son")."""
        return token.lemma_.lower() in self.lex.kin_nouns and self.actors.person_of(token) is None

    def _refs_one(self, token: Token) -> list[ActorRef]:
        lower = token.lower_
        if self._kin(token) or (token.dep_ == "appos" and self._kin(token.head)):
            return []  # "he and his wife, Peng Liyuan, hosted them": she is no side of his diplomacy
        if lower in {"each", "all", "both"}:  # (not "some of the leaders": which of them is not said)
            of = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj"]
            if of:  # "with each of the three presidents", "all of them"
                return self.refs(of[0])
        if lower in {"either", "neither"} and token.pos_ in {"PRON", "DET", "NOUN", "ADV"} and not any(
                c.dep_ == "prep" for c in token.children):
            return self._pair_listed_before(token)
        person = self.actors.person_of(token)
        if person is not None:
            return [ActorRef("official", person.name)]
        if lower in {"whom", "whose", "who"} and token.tag_ in {"WP", "WP$"}:
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            # "Vargas, whom Soto met on Thursday", "Vargas, whose meeting with Soto ran late": the one the
            # relative clause hangs on
            return self.refs(clause.head) if clause is not None and clause.head.i != clause.i else []
        named = self._name_inside(token)
        if named:
            return named
        if lower in self.lex.courtesy and token.pos_ == "PROPN":
            return self._styled(token)
        leaders = [o for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex.delegation_lead_verbs
                   for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if leaders and token.lemma_.lower() in self.lex.official_nouns:  # "a delegation led by the foreign minister"
            return self.refs(leaders[0])
        if token.lemma_.lower() in self.lex.party_nouns and token.dep_ == "dobj" and \
                token.head.lemma_.lower() in self.lex.delegation_lead_verbs:
            # "Diop led a delegation (from Mali and Niger) that was received by X": its leader, and the other
            # states it came from
            heads = [r for r in self.subject_of(token.head) if r.kind == "official"]
            own = {self.actors.country_of(r) for r in heads}
            return heads + [ActorRef("state", c) for c in self._country_cues(token) if c not in own] if heads else []
        if lower in PERSONAL and token.pos_ == "PRON" or (lower in {"his", "her"} and token.dep_ == "poss"):
            self.anaphoric = True
            described = self._described_antecedent(token)
            resolved = self.actors.resolve_pronoun(token)
            if described is not None:  # "The US president said he …": the president, whoever he is
                meant = self.refs(described) if _definite_description(described) else []
                if resolved is not None and [r.kind for r in meant] == ["state"] and \
                        resolved.country == meant[0].name:
                    return [ActorRef("official", resolved.name)]  # the one of that country just spoken of
                return meant
            return [ActorRef("official", resolved.name)] if resolved else []
        if lower in FIRST_PERSON and token.pos_ == "PRON":  # "'I just spoke with Vega,' Soto said"
            speaker = first_person_speaker(token, self.actors.persons, self.actors.person_at)
            return [ActorRef("official", speaker.name)] if speaker else []
        if lower == "it" and token.dep_ in SUBJECTS:
            return self._state_it_stands_for(token)
        if lower == "their" and token.dep_ == "poss" and (agents := self._agent_of_participle(token)):
            return agents  # "the ministers reviewed the agreements reached by the heads of state during their talks"
        if lower == "their" and token.dep_ == "poss" and self._plural_noun_subject(token):
            return sorted(self._clause_subject(token))  # "the ministers … follow up with their own video conference"
        if lower in {"former", "latter"} and token.pos_ in {"NOUN", "ADJ"} and token.dep_ in SUBJECTS | {
                "dobj", "pobj"}:
            return self._former_or_latter(token)  # "The latter flew to Brasilia"
        members = bloc_members(token, self.lex)
        if members and token.lemma_.lower() in self.lex.state_nouns | {"member"}:
            return [ActorRef("state", c) for c in members]  # "the eight SAARC countries", "the four Quad members"
        if members:  # "all five Central Asian leaders": the people of a contact told before, when they are those
            told = self._pair(token)
            if told and {self.actors.country_of(a) for a in told} == set(members):
                return told
        if lower in PLURAL or self._is_pair_phrase(token):
            self.anaphoric = True
            return self._pair(token) or self._counted_states(token) or self._sides_told_apart(token)
        if lower in self.lex.non_actors:
            return []
        if token.lemma_.lower() in {"predecessor", "successor"}:
            return self._office_holder_of_another_time(token)
        if token.i in self.actors.state_at and token.pos_ in {"PROPN", "NOUN"}:
            return [ActorRef("state", self.actors.state_at[token.i])]
        if lower in self.lex.official_nouns or token.lemma_.lower() in self.lex.official_nouns or (
            lower in self.lex.title_words and token.pos_ in {"NOUN", "PROPN"} and token.tag_ in {"NN", "NNP"}
        ) or (_plural_lemma(token) in self.lex.title_words and token.tag_ in {"NNS", "NNPS"} and any(
            c.dep_ == "det" for c in token.children)):  # "the American defence secretaries", "the Heads of State"
            if any(c.dep_ in {"amod", "compound"} and c.lower_ in self.lex.non_state_modifiers
                   for c in token.children):
                return []  # "business leaders in London", "opposition leaders": no one speaking for a state
            if token.lemma_.lower() in self.lex.government_nouns and any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(
                        o.dep_ == "pobj" and o.i not in self.actors.state_at and self.actors.person_of(o) is None
                        for o in p.children) for p in token.children):
                return []  # "welcomed Kenya's leadership of the peace process": leading it, not the leaders
            return self._unnamed_officials(token)  # also "the Foreign Secretary", "the Minister"
        if token.ent_type_ == "NORP" and token.pos_ in {"PROPN", "NOUN"} and token.tag_ in {"NNPS", "NNS"}:
            country = self.actors.demonym_country(token)  # "the Russians"
            return [ActorRef("state", country)] if country else []
        return []

    def _agent_of_participle(self, pronoun: Token) -> list[ActorRef]:
        """The sides "their" stands for when its clause is a participle with an agent ("agreements reached by the
        heads of state of A and B during their talks"): the agent, nearer than the subject of the main clause."""
        verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.dep_ not in {"acl", "relcl"} or verb.tag_ != "VBN":
            return []
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        refs = [r for o in agents for t in self.listed(o) for r in self.refs(t)]
        return sorted(set(refs)) if len(set(refs)) >= 2 else []

    def _state_it_stands_for(self, pronoun: Token) -> list[ActorRef]:
        """ "Moscow said it would be open to talks with Washington", "Chile, which says it will not meet Peru": a
        subject "it" of a clause told by a state is that state (the subject of the clause it is said or done in)."""
        clause = pronoun.head
        while clause.dep_ in {"ccomp", "advcl", "conj", "xcomp"} and clause.head.i != clause.i:
            clause = clause.head
            subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                if subject.dep_ == "nsubj" and subject.tag_ in {"WDT", "WP"} and clause.dep_ == "relcl":
                    subject = clause.head  # "Chile, which says it …"
                state = self.actors.state_at.get(subject.i)
                return [ActorRef("state", state)] if state and subject.pos_ in {"PROPN", "NOUN"} else []
        return []

    def _reader_of(self, sent: Span) -> SideResolver:
        """A plain ``Sides`` of another sentence, whatever rules subclass this one."""
        return Sides(sent, self.actors, self.lex, self.discourse)

    # ---- the parts of a contact -----------------------------------------------------------------
    def subject_of(self, verb: Token) -> list[ActorRef]:
        token = verb
        for _ in range(4):
            subjects = sorted((c for c in token.children if c.dep_ in SUBJECTS and not _object_taken_for_subject(c)),
                              key=lambda c: -c.i)
            if subjects and subjects[0].lower_ in {"who", "that", "which"} and token.dep_ == "relcl":
                return self.refs(token.head)  # "Wolters, who visited Vilnius"
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
                    return self._name_just_before(verb)
                token = token.head
                continue
            if token.dep_ in {"relcl", "acl"} and token.head.dep_ in {"attr", "oprd"} and token.i > token.head.i:
                # "Cavusoglu became the first Turkish foreign minister to visit Egypt": the one who became it
                became = [r for r in self.subject_of(token.head.head) if r.kind == "official"]
                if became:
                    return became
            if token.dep_ in {"relcl", "acl"}:
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
        return self._name_just_before(verb) or self._description_just_before(verb)

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
        if members and len(found) == 1 and found[0].kind == "state" and all(m.kind == "official" for m in members):
            found = []  # "Israeli officials, including Defense Minister X": X, one of the state's own
        found += members
        for earlier in subjects[1:]:
            dangling = any(c.dep_ == "cc" for c in earlier.children) and not earlier.conjuncts
            # "A and his Slovak counterpart B met": the name parsed as a second subject right after the conjunct
            dangling = dangling or any(c.i + 1 == subjects[0].left_edge.i for c in earlier.conjuncts)
            # "A, B and C will travel" parsed as two subjects, A and "B and C": A is set off by a comma before them
            comma = earlier.right_edge.i if earlier.right_edge.text == "," else earlier.right_edge.i + 1
            dangling = dangling or (comma + 1 == subjects[0].left_edge.i and earlier.doc[comma].text == ","
                                    and bool(subjects[0].conjuncts))
            if not dangling:
                break
            found = [*self.refs(earlier), *(r for r in found if r not in self.refs(earlier))]
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

    def objects_of(self, head: Token, preps: set[str], direct: bool) -> list[ActorRef]:
        found: list[ActorRef] = []
        for child in head.children:
            if direct and (child.dep_ in {"dobj", "attr"} or _object_taken_for_subject(child)):
                found += self.refs(child)
            if direct and child.dep_ == "advmod" and child.lower_ in {"either", "neither"} and not any(
                    c.dep_ == "dobj" for c in head.children):
                found += self.refs(child)  # "was not allowed to meet either", parsed as an adverb
            if direct and child.dep_ == "prep" and child.i in self.actors.person_at and not any(
                    c.dep_ == "dobj" for c in head.children):
                found += self.refs(child)  # "met Than Swe": a given name the parser took for a preposition
            if direct and child.dep_ == "npadvmod" and child.left_edge.i == head.i + 1 and \
                    self.actors.person_of(child) is not None and not any(c.dep_ == "dobj" for c in head.children):
                found += self.refs(child)  # "met Peruvian President Luis Vega" with the name parsed as an adverb
            if child.dep_ == "agent":
                for obj in child.children:
                    found += self.refs(obj)
                    if obj.lower_ in self.lex.manner and "with" in preps:  # "conversed by telephone with X",
                        found += self.objects_of(obj, {"with"}, direct=False)  # the manner parsed as an agent
            if child.dep_ == "advmod" and child.lower_ == "together":  # "together with the mediator"
                found += self.objects_of(child, preps, direct=False)
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
                    if not refs and obj.lower_ in {"table", "desk"}:  # "sat across the table from X"
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
            if clause.dep_ not in {"pcomp", "pobj", "advcl"} or clause.pos_ not in {"VERB", "ADJ", "AUX"} or not (
                    lemma in self.lex.presence_predicates or lemma in self.lex.participation_verbs):
                continue
            found += [r for s in clause.children if s.dep_ in SUBJECTS for r in self.refs(s)]
            found += [r for r in self.objects_of(clause, {"alongside", "with"}, direct=False) if r not in found]
        return found

    def _subject_taken_from_with(self, prep: Token) -> list[ActorRef]:
        """ "his meeting with [U.S. Secretary of State X] had been useful": a "with" left empty by a parser that
        took the named person after it for the next clause's subject; that person is its object."""
        for token in prep.doc[prep.i + 1 : min(prep.i + 1 + TITLED_OBJECT_TOKENS, self.sent.end)]:
            if token.i in self.actors.person_at:
                head = name_head(token)
                return self.refs(head) if head.dep_ == "nsubj" and head.head.i > prep.i else []
        return []


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


def names_people(noun: Token, lex: Lexicon) -> bool:
    """A common noun that names people by office or as a group ("the American secretaries", "counterparts")."""
    lemma = noun.lemma_.lower()
    return lemma in lex.people_words or noun.lower_ in lex.title_words or lemma.removesuffix("s") in lex.title_words


def _definite_description(noun: Token) -> bool:
    """ "the US president", "Kuwait's emir" name one official a reader can tell; "a spokesman" does not."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)


def _plural_lemma(token: Token) -> str:
    """The singular of a plural noun, lower-cased; the tagger leaves a capitalised one ("the Heads of State", NNPS)
    as it stands."""
    lemma = token.lemma_.lower()
    return lemma[:-1] if token.tag_ == "NNPS" and lemma == token.lower_ and lemma.endswith("s") else lemma
