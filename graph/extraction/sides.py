"""Who a phrase stands for: the sides of a contact.

A name is its official; "he", "his" and "the Minister" are the person the article is talking about;
"the pair", "both" and "the two countries" are the last contact's sides; "his Russian counterpart",
"counterparts in France and Canada" and "the foreign ministers of Japan and China" are named people of that
country when the article has them, else the states themselves. Subjects are found up the clause chain
("agreed to meet", "Wolters, who visited"), objects after "with", "between", "to" or as direct objects.

``Sides`` holds the names and pronouns; the subjects and objects of a clause are found by its mixin
``clause_sides.ClauseSides``, groups ("they", "the two men") are read by ``group_sides.GroupSides``, descriptions
("his Russian counterpart") by ``described_sides.DescribedSides`` and the items of a list the parser broke ("between
A and Chinese Foreign Minister B") by ``listed_sides.ListedSides``. The dependency labels (``SUBJECTS``,
``PREP_DEPS``, ``WITH_PREPS``) live in ``side_resolver`` and are re-exported.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extraction.actors import PERSONAL, PLURAL
from graph.extraction.clause_sides import ClauseSides
from graph.extraction.counted_groups import bloc_members
from graph.extraction.described_sides import DescribedSides
from graph.extraction.group_sides import GroupSides
from graph.extraction.lexicon import Lexicon
from graph.extraction.listed_sides import ListedSides
from graph.extraction.records import ActorRef
from graph.extraction.side_resolver import PREP_DEPS, SUBJECTS, WITH_PREPS, SideResolver
from graph.extraction.speakers import FIRST_PERSON, first_person_speaker
from graph.extraction.states import state_named_before

__all__ = ["Sides", "SUBJECTS", "PREP_DEPS", "WITH_PREPS", "names_people"]


class Sides(ClauseSides, GroupSides, DescribedSides, ListedSides):
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
        if token.lemma_.lower() in self.lex.collective_nouns and token.pos_ == "NOUN":
            people = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                      if o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"} and o.i not in self.actors.state_at]
            if people:  # "a group of US senators": those people; "a delegation of Chinese investors": no one's
                return self.refs(people[0])
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
        if token.lemma_.lower() in self.lex.guest_nouns and token.tag_ in {"NN", "NNP"} and any(
                c.dep_ in {"det", "poss"} and c.lower_ in {"the", "his", "her", "their"} for c in token.children):
            guest = self._guest_of_last_visit(token)  # "The visitor later met the premier", "hosted his guest"
            return [guest] if guest is not None else []
        if token.lemma_.lower() in self.lex.host_nouns and token.tag_ in {"NN", "NNP"}:
            host = self._host_of_owner(token)  # "Tanaka later spoke with his host by phone"
            return [host] if host is not None else []
        if lower in self.lex.non_actors:
            return []
        if token.lemma_.lower() in self.lex.succession_nouns:
            return self._office_holder_of_another_time(token)
        if token.i in self.actors.state_at and token.pos_ in {"PROPN", "NOUN"}:
            return [ActorRef("state", self.actors.state_at[token.i])]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in {"visit", "tour"} and \
                self.actors.bare_country_noun(token):
            # "The Maldives faces rising seas. Jaishankar visited the island nation": the state told last before
            own = {self.actors.country_of(r) for r in self.subject_of(token.head)}
            again = state_named_before(token, self.actors.place_country, own)
            return [ActorRef("state", again)] if again else []
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
        if token.ent_type_ == "NORP" and token.pos_ in {"PROPN", "NOUN"} and token.tag_ in {"NN", "NNP"} and \
                [c.lower_ for c in token.children] == ["the"] and token.dep_ in SUBJECTS | {"dobj", "pobj"}:
            return self._one_of_nationality(token)  # "The Norwegian later spoke with X"
        return []

    def _one_of_nationality(self, token: Token) -> list[ActorRef]:
        """ "A met Norwegian Prime Minister B. The Norwegian later called C": one person told by his nationality
        alone is the last person of that country named before him; no one the reader can tell if none is."""
        country = self.actors.demonym_country(token)
        person = next((p for _, p in reversed(self.actors.persons_before(token.i)) if p.country == country), None) \
            if country else None
        return [ActorRef("official", person.name)] if person is not None else []

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
