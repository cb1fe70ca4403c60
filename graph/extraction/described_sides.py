"""Who a description stands for: "his Russian counterpart", "the foreign ministers of Japan and China", "the
Minister", "His Majesty", "his predecessor".

A description is the named official of that country and office when the article has one (and not someone the
same clause or an earlier contact sets against it), else the state itself; a name in the phrase ("counterpart
General X") wins. It is kept apart from ``sides.Sides`` (which inherits it) because reading the country and
office off a phrase is one concern.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actors import PERSONAL, clause_of
from graph.extraction.counted_groups import bloc_members, bloc_of_phrase
from graph.extraction.discourse import ContactMention
from graph.extraction.lexicon import fold
from graph.extraction.named_descriptions import NamedDescriptions, of_chain
from graph.extraction.persons import Person
from graph.extraction.pipeline import is_heading
from graph.extraction.records import ActorRef
from graph.extraction.side_resolver import PREP_DEPS, SUBJECTS

__all__ = ["DescribedSides"]

# How far back "the delegation" may look for the delegation it names again.
DESCRIBED_BEFORE_TOKENS = 120


class DescribedSides(NamedDescriptions):
    """The rules for an official described rather than named; a mixin of ``sides.Sides`` (a name inside the
    description is read by ``NamedDescriptions``, the heads of two countries described together by
    ``PairedDescriptions``)."""

    def _described_antecedent(self, pronoun: Token) -> Token | None:
        """The subject a pronoun takes up when the sentence describes it rather than names it: "The US president
        said he expected …", "Kuwait's emir is expected in Washington, when X will host him". The nearest subject
        before the pronoun in its sentence (for an object pronoun, not its own clause's subject), when it is one
        unnamed official; a named or pronoun subject is left to ``ArticleActors.resolve_pronoun``, which only
        knows named people and would otherwise reach back to someone named sentences before."""
        doc = pronoun.doc
        own = _own_clause_subjects(pronoun) if pronoun.lower_ in {"him", "her"} and pronoun.dep_ != "poss" else set()
        subjects = [t for t in doc[self.sent.start : pronoun.i] if t.dep_ in SUBJECTS and t.i not in own]
        if not subjects and pronoun.lower_ in {"he", "she", "his", "her"} and self.sent.start > 0:
            # "Beijing's top diplomat had a rougher encounter. His Wednesday meeting with Kerry …": a sentence that
            # opens on a pronoun takes up the last sentence's subject, also when that one was described
            before = doc[self.sent.start - 1].sent
            subjects = [c for c in before.root.children if c.dep_ in SUBJECTS]
        if not subjects:
            return None
        last = subjects[-1]
        if last.pos_ not in {"NOUN", "PROPN"} or last.tag_ not in {"NN", "NNP"} or \
                self.actors.person_of(last) is not None or self._name_inside(last):
            return None
        lemma = last.lemma_.lower()
        official = lemma in self.lex.official_nouns or last.lower_ in self.lex.title_words
        if not official or lemma in self.lex.party_nouns or lemma in {"government", "side", "ministry", "military"}:
            return None
        return last

    def _office_holder_of_another_time(self, token: Token) -> list[ActorRef]:
        """ "the visit to New Delhi by his predecessor": someone else who held the office — named if the phrase
        names him ("his predecessor, X"), else his country."""
        named = self._name_inside(token)
        if named:
            return named
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return []
        holders = self._refs_one(owner)
        countries = {self.actors.country_of(h) for h in holders}
        return [ActorRef("state", c) for c in sorted(c for c in countries if c)]

    def _country_cues(self, token: Token) -> list[str]:
        """Countries that modify an unnamed official: "Russian counterpart", "US officials", "French and
        German counterparts", "counterparts in France and Canada", "the Minister of Foreign Affairs of Qatar"."""
        countries: list[str] = []

        def add(candidate: Token) -> None:
            country = self.actors.demonym_country(candidate)
            if country and country not in countries:
                countries.append(country)

        countries += bloc_of_phrase(token, self.lex)  # "the five Nordic premiers", "leaders of the 8 SAARC states"
        first = token.head
        if token.dep_ == "conj" and first.i < token.i and all(c.dep_ in {"cc", "conj"} for c in first.children) \
                and token.i == first.i + 2 + sum(1 for c in token.children if c.i < token.i):
            add(first)  # "Thai and Cambodian foreign ministers" parsed with "Thai" a noun the ministers are joined to
        for child in token.children:
            owner = child.lemma_.lower()  # "the two countries'", "the two sides'" (negotiators)
            owned = owner in self.lex.state_nouns or owner == "side"
            if child.dep_ == "poss" and owned and self._is_pair_phrase(child):
                countries += [c for c in self._countries_of_pair(child) if c not in countries]  # "the two
                # countries'"
            if child.dep_ in {"amod", "compound", "poss", "nmod", "nummod"}:
                for item in [child, *child.conjuncts]:
                    add(item)
            if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i not in self.actors.state_at:
                # "Greek and Turkish defence ministry officials", "Tajik and Kyrgyz border officials": the
                # countries modify the office or the post the officials are named by
                for inner in child.subtree:
                    if inner.i < child.i and inner.dep_ in {"amod", "compound", "nmod"}:
                        for item in [inner, *inner.conjuncts]:
                            add(item)
            at_office = child.lower_ == "at" and any(  # "officials at the Chinese commerce ministry": whose it is
                o.dep_ == "pobj" and o.lemma_.lower() in self.lex.office_nouns for o in child.children)
            if child.dep_ in PREP_DEPS and (child.lower_ in {"in", "from", "of"} or at_office):
                if child.lower_ == "in" and (countries or any(c.dep_ == "poss" and c.lower_ == "their" or
                                                              c.dep_ == "nummod" and c.head.i == token.i and any(
                                                                  d.lower_ == "the" for d in token.children)
                                                              for c in token.children)):
                    continue  # "her Latvian counterparts in Warsaw", "their ministers in Moscow", "the two
                    # ministers in Ankara": where, not whose
                if child.lower_ == "in" and token.tag_ in {"NN", "NNP"} and not any(
                    fold(obj.text) in self.lex.country_names or fold(obj.text) in self.lex.capitals
                    for obj in child.children
                ):
                    continue  # "the head of the agency in Kaliningrad": a city says where, not whose
                objects = [o for o in child.children if o.dep_ == "pobj"]
                if objects and token.tag_ in {"NNS", "NNPS"}:  # a list the parser split: read it by its commas
                    objects += [t for t in self.actors.list_after(child) if t.i in self.actors.state_at]
                for obj in objects:
                    if countries and bloc_members(obj, self.lex):
                        continue
                    if obj.lemma_.lower() in self.lex.state_nouns and self._is_pair_phrase(obj):  # "officials from both
                        countries += [c for c in self._countries_of_pair(obj) if c not in countries]  # countries"
                        continue
                    for item in self.listed(obj):
                        add(item)
                        for grandchild in item.children:  # "of Foreign Affairs of Qatar"
                            if grandchild.dep_ in {"poss", "compound", "amod"} and item.i not in self.actors.state_at:
                                for owning in [grandchild, *grandchild.conjuncts]:  # "the commander of Jordan's armed
                                    add(owning)  # forces", "of US Central Command", "of the Greek and Turkish navies"
                            if grandchild.dep_ in PREP_DEPS and grandchild.lower_ in {"of", "from"}:
                                for nested in grandchild.children:
                                    if nested.dep_ == "pobj":
                                        for deeper in [nested, *nested.conjuncts]:
                                            add(deeper)
                                            if deeper.lower_ in self.lex.organization_words:  # "of the Ministry
                                                for named in of_chain(deeper, 2):  # of Foreign Relations of X"
                                                    add(named)
        if not countries and token.lemma_.lower() in self.lex.government_nouns:
            seat = self._seat_right_after(token)  # "talked to the government in Kyiv", "in" hung on the verb
            if seat is not None:
                countries.append(seat)
        return countries

    def _countries_of_pair(self, phrase: Token) -> list[str]:
        """The countries "the two countries" stands for: those of the sides it takes up (the people's, when it
        takes up people), or of the last list of that many."""
        sides = self._pair(phrase) or self._counted_states(phrase)
        countries = list(dict.fromkeys(c for a in sides if (c := self.actors.country_of(a))))
        return countries if len(countries) == len(sides) else []

    def _seat_right_after(self, token: Token) -> str | None:
        """ "the regime in Tehran", "the government in Kyiv": the state whose capital or name follows "in" right
        after a government's noun, wherever the parser hung the "in"."""
        after = token.right_edge.i + 1
        doc = token.doc
        if after + 1 >= len(doc) or doc[after].lower_ != "in" or doc[after].dep_ not in PREP_DEPS:
            return None
        return self.actors.state_at.get(doc[after + 1].i)

    def _unnamed_officials(self, token: Token) -> list[ActorRef]:
        """ "his Russian counterpart", "the Qatari premier", "the foreign ministers of Japan and China",
        "the Minister": a person the article already named with that country or role, else the state."""
        countries = self._country_cues(token)
        role_word = token.lemma_.lower()
        if role_word in self.lex.counterpart_words:
            role_word = "counterpart" if token.tag_ in {"NN", "NNP"} else "counterparts"  # "her homologue"
        heads_of_state = token.lower_ == "heads" and any(o.lower_ in {"state", "government"} for p in token.children
                                                         if p.lower_ == "of" for o in p.children)
        if heads_of_state:
            role_word = "leaders"  # "the Heads of State of A and B": their presidents, not any official of theirs
        # "the", "his" — and a country's possessive before a named office: "Lithuania's foreign minister" is the
        # one who holds it (but "Britain's chief of the defence staff" is no one the article need name)
        unique = any(c.dep_ == "amod" and c.lower_ in self.lex.unique_modifiers for c in token.children)
        bloc = bool(bloc_of_phrase(token, self.lex))
        definite = any(d.lower_ in {"the", "his", "her", "their"} or d.lower_ == "all" and bloc
                       or d.dep_ == "poss" and d.i in self.actors.state_at
                       and (role_word not in self.lex.generic_role_words or unique)  # ("Beijing's top diplomat")
                       for d in token.children if d.dep_ in {"det", "poss"}) or self._headline_description(token)
        owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ == "their"]
        if owners and not countries:  # "their foreign ministers": the ministers of the countries of the two
            sides = self._pair(owners[0])
            countries = sorted({c for a in sides if (c := self.actors.country_of(a))})
            if not sides or len(countries) != len(sides):
                return []
        if not countries and definite and role_word in self.lex.party_nouns:
            before = [t for t in self.sent.doc[max(0, token.i - DESCRIBED_BEFORE_TOKENS):token.i]
                      if t.lemma_.lower() == role_word and t.i != token.i]
            if before:  # "An Eritrean delegation led by X arrived … The prime minister received the delegation."
                return self.refs(before[-1])
        named = self._named_with_countries(token)
        if not countries and token.tag_ in {"NNS", "NNPS"} and len(named) >= 2:
            return [ActorRef("official", p.name) for p in named]  # "Leaders of the three countries - A, B and C -"
        if not countries:
            guest = self._guest_of_last_visit(token) if definite else None
            if guest is not None:
                return [guest]
            if definite and token.tag_ in {"NN", "NNP"} and role_word not in {"side", "government", "counterpart"}:
                person = self.actors.person_by_role(role_word, token.i)
                return [ActorRef("official", person.name)] if person else []
            if role_word == "counterpart" and token.tag_ in {"NN", "NNP"}:
                return self._counterpart_last_met(token)  # "Minister A invited her counterpart to visit"
            whose = any(c.dep_ == "poss" and c.lower_ not in {"their"} or c.dep_ in PREP_DEPS and c.lower_ in
                        {"of", "from"} for c in token.children)  # "the water ministers of the three countries"
            if definite and not whose and token.tag_ in {"NNS", "NNPS"} and token.lower_ in self.lex.pair_heads:
                self.anaphoric = True  # "the ministers agreed to meet again": the people of the last contact
                return self._group_beside_subject(token) or self._pair(token)
            return []
        if len(named) == len(countries):  # "the presidents of A, B and C, X, Y and Z": the people it names
            return [ActorRef("official", p.name) for p in named]
        portfolio = frozenset(c.lower_ for c in token.children
                              if c.dep_ in {"amod", "compound"} and c.lower_ in self.lex.portfolios)
        refs: list[ActorRef] = []
        for country in countries:
            person = None
            if definite and role_word not in {"government", "side", "delegation", "team", "officials", "official",
                                              "counterpart", "counterparts", "colleague", "colleagues"}:
                person = self.actors.person_by_description(
                    country, token.i, role_word, portfolio,
                    alone=len(countries) == 1 and token.tag_ in {"NN", "NNP"},
                    foreign=self._met_as_foreign(country) | self._others_in_clause(token))
                if person is not None and person.country != country and len(countries) > 1:
                    person = None  # (one person of unsaid country is not the head of each of several countries)
            if person is None and role_word == "counterpart" and token.tag_ in {"NN", "NNP"}:
                person = self._counterpart_holder(token, country)
            if person is None and (definite or role_word == "counterpart") and not heads_of_state:
                person = self._one_of_unsaid_pair(token, country)
            if person is None and definite and len(countries) == 1 and token.tag_ in {"NN", "NNP"}:
                person = self._unsaid_side_of_last_contact(token, country, role_word, portfolio)
            if person is None and definite and len(countries) == 1 and token.tag_ in {"NN", "NNP"} and \
                    role_word in self.lex.head_roles:
                person = self._head_met_there(country, role_word)
            if person is None and bloc and definite:  # "the leaders of the four Mercosur states"
                person = self.actors.sole_unsaid_role(country)
            refs.append(ActorRef("official", person.name) if person else ActorRef("state", country))
        listed_heads = heads_of_state and len(countries) > 1  # "the heads of state of A, B and C"
        return self._heads_of_unsaid_country(refs) if bloc and definite or listed_heads else refs

    def _unsaid_side_of_last_contact(self, token: Token, country: str, role_word: str,
                                     portfolio: frozenset[str]) -> Person | None:
        """ "Japanese Foreign Minister A met B in Beijing. The Chinese foreign minister then called C": of the two
        people of the last contact told (in this sentence before the description, or the one before), the one whose
        country goes unsaid when the other is known to serve another country — and whose office, if said, is the
        one described. None when both countries go unsaid (the reader could not tell which), or when they met in a
        third country."""
        if role_word in self.lex.counterpart_words or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                                                 for c in token.children):
            return None  # ("their Turkish counterpart", "his Turkish host" is none of the owners)
        doc = self.sent.doc
        window = doc[doc[self.sent.start - 1].sent.start if self.sent.start > 0 else self.sent.start].idx
        contact = next((m for m in self.discourse.recent(self.current)
                        if window <= m.evidence.start < token.idx), None)
        told = contact.participants if contact is not None else frozenset()
        if contact is None or len(told) != 2 or any(a.kind != "official" for a in told):
            return None
        unsaid = [a for a in told if self.actors.country_of(a) is None]
        known = {self.actors.country_of(a) for a in told} - {None}
        if len(unsaid) != 1 or country in known or self._place_told(contact) not in {None, country, *known}:
            return None  # (met in a third country, he may as well be that country's)
        person = next((p for p in self.actors.persons if p.name == unsaid[0].name), None)
        if person is None or person.role is not None and not self.actors.holds_office(person, role_word, portfolio):
            return None
        return person

    def _named_with_countries(self, token: Token) -> list[Person]:
        """ "the leaders of France and Germany, A and B", "the French and German leaders, A and B", "the foreign
        ministers of Britain, France and Germany - A, B and C": the people named right in the phrase, as an
        apposition of it or as items the parser listed with its countries, are who the phrase means. """
        found: list[Person] = []
        queue = [c for c in token.children if c.dep_ == "appos" or c.dep_ in PREP_DEPS and c.lower_ in {"of", "from"}]
        while queue:
            current = queue.pop(0)
            person = self.actors.person_at.get(current.i)
            if person is not None and person not in found:
                found.append(person)
            queue += [c for c in current.children if c.dep_ in {"pobj", "conj", "appos"}]
        return found

    def _heads_of_unsaid_country(self, refs: list[ActorRef]) -> list[ActorRef]:
        """ "the leaders of the five Mekong countries", four of whom the article names with their countries: the
        members left as states are the heads of state or government it names with no country, when there are as
        many of them as members left (which one leads which does not change who met). When they are fewer, the
        one such head of a story datelined in a member's country is that member's ("NUR-SULTAN - Head of State
        X held a call … the heads of state of Kazakhstan, Russia and Tajikistan"): a readout's own head."""
        states = [r for r in refs if r.kind == "state"]
        taken = {r.name for r in refs if r.kind == "official"}
        heads = [ActorRef("official", p.name) for p in self.actors.persons
                 if p.country is None and p.name not in taken and self.lex.heads_state(p.role)]
        home = ActorRef("state", self.discourse.dateline_country or "")
        if len(heads) == 1 and len(states) > 1 and home in states:
            return [heads[0] if r == home else r for r in refs]
        if not states or len(heads) != len(states):
            return refs
        return [r for r in refs if r.kind == "official"] + heads

    def _headline_description(self, token: Token) -> bool:
        """A headline drops its articles: "Saudi crown prince receives Iranian foreign minister" means the ones
        the story names, as "the Saudi crown prince" would (a singular office with a country before it)."""
        return is_heading(self.sent) and token.tag_ in {"NN", "NNP"} and not any(
            c.dep_ == "det" for c in token.children) and any(
            c.dep_ in {"amod", "compound"} and self.actors.demonym_country(c) for c in token.children)

    def _counterpart_holder(self, token: Token, country: str) -> Person | None:
        """ "Belousov, the defence minister, held talks with his Chinese counterpart … Dong Jun, the Chinese
        defence minister, said": the one person of that country the article gives the owner's own office, named
        only after the phrase (one named before it would have been named there; a "counterpart" after him is
        most often another time's holder, or the state's) — unless the owner's own last contact was with him ("A
        met Turkish Foreign Minister B in December … A spoke with his Turkish counterpart")."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        owners = self._refs_one(owner) if owner is not None else []
        if len(owners) != 1 or owners[0].kind != "official":
            return None
        office = next((p.role for p in self.actors.persons if p.name == owners[0].name), None)
        if office is None:
            return None
        holders = [p for p in self.actors.persons if p.country == country and p.role is not None
                   and _same_office(p.role, office)]
        later = [p for p in holders if all(m.start > token.i for m in p.mentions)]
        if len(later) == 1:
            return later[0]
        for told in self._told_groups():
            if owners[0] in told:
                met = [p for p in holders if ActorRef("official", p.name) in told]
                return met[0] if len(met) == 1 else None
        return None

    def _guest_of_last_visit(self, token: Token) -> ActorRef | None:
        """ "the visiting minister called on the prime minister", "The visitor later met the premier", "X hosted
        his guest at the palace": the official who made the last visit told so far (the one not of the visited
        country), rather than whoever else holds an office of that word; or, when the last contact told was a
        meeting where it was held ("B received A in Beijing"), the one official there known to be of another
        country."""
        modified = any(c.dep_ == "amod" and c.lower_ in self.lex.guest_modifiers for c in token.children)
        if not modified and token.lemma_.lower() not in self.lex.guest_nouns:
            return None
        for told in reversed([*self.discourse.mentions, *self.current]):
            place = told.location if told.type == "visit" or modified else self._place_told(told)
            if told.type != "visit" and (modified or place is None):
                continue
            officials = [a for a in told.participants if a.kind == "official"]
            if told.type == "visit":
                guests = [a for a in officials if place is None or self.actors.country_of(a) != place]
            else:
                guests = [a for a in officials if self.actors.country_of(a) not in {None, place}]
            return guests[0] if len(guests) == 1 else None
        return None

    def _host_of_owner(self, token: Token) -> ActorRef | None:
        """ "Tanaka was received by Premier Li. Tanaka later spoke with his host": the other official of the
        owner's last contact told, when it had just the two of them and was held away from the owner's country."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        owners = self._refs_one(owner) if owner is not None else []
        if len(owners) != 1 or owners[0].kind != "official":
            return None
        for told in self.discourse.recent(self.current):
            if owners[0] not in told.participants:
                continue
            others = [a for a in told.participants if a != owners[0]]
            place = told.location if told.type == "visit" else self._place_told(told)
            home = self.actors.country_of(owners[0])
            if len(others) == 1 and others[0].kind == "official" and (place is None or place != home):
                return others[0]
            return None
        return None

    def _place_told(self, told: ContactMention) -> str | None:
        """The country a contact was told to be held in: its location, else the one country its sentence sets
        something "in" or "at" ("B received A in Beijing on Wednesday")."""
        if told.location is not None:
            return told.location
        span = self.sent.doc.char_span(told.evidence.start, told.evidence.end, alignment_mode="expand")
        if span is None:
            return None
        places = {country for t in span if (country := self.actors.state_at.get(t.i))
                  and t.dep_ == "pobj" and t.head.lower_ in {"in", "at"}}
        return places.pop() if len(places) == 1 else None

    def _counterpart_last_met(self, token: Token) -> list[ActorRef]:
        """ "A held a video conference with B … A invited her counterpart to visit": a counterpart whose country
        goes unsaid is the one other person of the owner's last contact, when that contact had just the two of
        them; else no one the reader can tell."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        owners = self._refs_one(owner) if owner is not None else []
        if len(owners) != 1 or owners[0].kind != "official":
            return []
        own_country = self.actors.country_of(owners[0])
        for told in self._told_groups():
            if owners[0] not in told:
                continue
            others = [a for a in told if a != owners[0]]
            if len(others) == 1 and others[0].kind == "official" and (
                    own_country is None or self.actors.country_of(others[0]) != own_country):
                return others
            return []
        return []

    def _others_in_clause(self, token: Token) -> frozenset[str]:
        """People the clause of a description names as its other sides ("The Chinese leader received him", "A is
        due in Sochi for talks with the Russian leader"): the description is none of them."""
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return frozenset()
        if token.dep_ in SUBJECTS:
            verbs = [verb]  # "The French leader is due to meet A", "… wants to visit A": the open complements too
            for v in verbs:
                verbs += [c for c in v.children if c.dep_ in {"xcomp", "acomp"}]  # (the walk reaches theirs)
            objects = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "dative"}]
            objects += [o for v in verbs for c in v.children if c.dep_ in PREP_DEPS
                        for o in c.children if o.dep_ == "pobj"]
        else:  # "Erdogan is due in Sochi for talks with the Russian leader": an object is not its clause's subject
            objects = [c for c in verb.children if c.dep_ in SUBJECTS]
        people = [self.actors.person_of(o) if o.pos_ != "PRON" else
                  self.actors.resolve_pronoun(o) if o.lower_ in PERSONAL else None for o in objects]
        return frozenset(p.name for p in people if p is not None)


def _same_office(one: str, other: str) -> bool:
    """Two roles as written are one office ("Defence Minister", "defense minister")."""
    return one.lower().replace("defense", "defence") == other.lower().replace("defense", "defence")


def _own_clause_subjects(token: Token) -> set[int]:
    """Token indices of the subject phrases of the clause ``token`` stands in ("X will host him": X)."""
    clause = clause_of(token)
    return {t.i for c in clause.children if c.dep_ in SUBJECTS for t in c.subtree}

