"""Who a phrase stands for: the sides of a contact.

A name is its official; "he", "his" and "the Minister" are the person the article is talking about;
"the pair", "both" and "the two countries" are the last contact's sides; "his Russian counterpart",
"counterparts in France and Canada" and "the foreign ministers of Japan and China" are named people of that
country when the article has them, else the states themselves. Subjects are found up the clause chain
("agreed to meet", "Wolters, who visited"), objects after "with", "between", "to" or as direct objects.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extraction.actors import PERSONAL, PLURAL, ArticleActors
from graph.extraction.discourse import ContactMention, Discourse
from graph.extraction.lexicon import Lexicon, fold
from graph.extraction.modality import REPORTING
from graph.extraction.persons import Person
from graph.extraction.records import ActorRef
from graph.extraction.titles import portfolio_after_for

__all__ = ["Sides", "SUBJECTS", "PREP_DEPS", "WITH_PREPS", "names_people"]

SUBJECTS = {"nsubj", "nsubjpass"}
# The parser labels "to" after a ditransitive verb "dative" ("sent troops to Poland", "spoke to Kuleba").
PREP_DEPS = {"prep", "dative"}
WITH_PREPS = {"with", "between", "among", "alongside", "from"}


# How far back "the delegation" may look for the delegation it names again.
DESCRIBED_BEFORE_TOKENS = 120
# How far back "the two men" may look for the two people it means when no contact has named them yet.
PAIR_LOOKBACK_TOKENS = 80


class Sides:
    """Resolves the tokens of one sentence to actors, with the article's people and what was said before."""

    def __init__(self, sent: Span, actors: ArticleActors, lex: Lexicon, discourse: Discourse) -> None:
        self.sent = sent
        self.actors = actors
        self.lex = lex
        self.discourse = discourse
        self.anaphoric = False  # the last resolution went through a pronoun or "the pair"
        self.current: list[ContactMention] = []  # what this sentence has stated so far
        self.looking_back = False  # read for the sentence after it ("they" there): it looks back no further

    # ---- who a token stands for -------------------------------------------------------------
    def refs(self, token: Token) -> list[ActorRef]:
        """Actors a noun phrase head stands for, its conjuncts included."""
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

    def listed(self, token: Token) -> list[Token]:
        """A phrase head and the items listed with it. Besides conjuncts, the small model often hangs a list
        item on the one before it as an apposition ("counterparts from Estonia, Sweden, the Czech Republic"):
        an apposition of the same kind (a country after a country, a person after a person) is another item."""
        items = [token, *token.conjuncts]
        queue = list(items)
        while queue:
            current = queue.pop(0)
            for child in current.children:
                same_kind = child.dep_ == "appos" and (
                    (current.i in self.actors.state_at and child.i in self.actors.state_at)
                    or (current.i in self.actors.person_at and child.i in self.actors.person_at)
                )
                # "with Azerbaijan's Aliyev and Armenia's Pashinyan" parsed as Aliyev possessing Pashinyan: a name
                # does not own a name, so it is an item of the list
                same_kind = same_kind or (
                    child.dep_ == "poss" and current.i in self.actors.person_at and child.i in self.actors.person_at
                    and self.actors.person_at[child.i] is not self.actors.person_at[current.i])
                # "A and Mozambique's defence minister, B, met": the parser made A the owner of the title, with the
                # other country as A's conjunct; a person listed beside a possessive is an item, not an owner
                same_kind = same_kind or (
                    child.dep_ == "poss" and child.i in self.actors.person_at
                    and any(c.dep_ == "conj" and any(g.dep_ == "case" for g in c.children) for c in child.children))
                if (child.dep_ == "conj" or same_kind) and child not in items:
                    items.append(child)
                    queue.append(child)
            broken = self._next_listed_person(current)
            if broken is not None and broken not in items:
                items.append(broken)
                queue.append(broken)
        return items

    def _next_listed_person(self, item: Token) -> Token | None:
        """ "with Peru's President A, Bolivia's President B and …": a list of people the parser broke after a
        comma, hanging the next item on the verb ("dep", "npadvmod"). The name right after the comma is the
        next item when it is the head of its own loose phrase."""
        if item.i not in self.actors.person_at:
            return None
        comma = item.right_edge.i + 1
        if comma >= self.sent.end or self.sent.doc[comma].text != ",":
            return None
        for token in self.sent.doc[comma + 1 : min(comma + 8, self.sent.end)]:
            if token.i in self.actors.person_at:
                head = token
                while head.dep_ in {"compound", "flat"} and head.head.i in self.actors.person_at:
                    head = head.head
                return head if head.dep_ in {"dep", "npadvmod", "appos"} else None
        return None

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
                        node.head.lemma_.lower() in self.lex.kin_nouns:  # not "Kirchner's aide", "his wife, X"
                    linked = False
                    break
                node = node.head
            if linked and ActorRef("official", person.name) not in found:
                found.append(ActorRef("official", person.name))
        return found

    def _refs_one(self, token: Token) -> list[ActorRef]:
        lower = token.lower_
        if token.lemma_.lower() in self.lex.kin_nouns or (
                token.dep_ == "appos" and token.head.lemma_.lower() in self.lex.kin_nouns):
            return []  # "he and his wife, Peng Liyuan, hosted them": she is no side of his diplomacy
        if lower in {"each", "all", "both"}:  # (not "some of the leaders": which of them is not said)
            of = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj"]
            if of:  # "with each of the three presidents", "all of them"
                return self.refs(of[0])
        person = self.actors.person_of(token)
        if person is not None:
            return [ActorRef("official", person.name)]
        named = self._name_inside(token)
        if named:
            return named
        if lower in self.lex.courtesy and token.pos_ == "PROPN":
            return self._styled(token)
        leaders = [o for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in {"lead", "head"}
                   for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if leaders and token.lemma_.lower() in self.lex.official_nouns:  # "a delegation led by the foreign minister"
            return self.refs(leaders[0])
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
        if lower == "their" and token.dep_ == "poss" and self._plural_noun_subject(token):
            return sorted(self._clause_subject(token))  # "the ministers … follow up with their own video conference"
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
        ) or (token.lemma_.lower() in self.lex.title_words and token.tag_ in {"NNS", "NNPS"} and any(
            c.dep_ == "det" for c in token.children)):  # "the American defence secretaries"
            return self._unnamed_officials(token)  # also "the Foreign Secretary", "the Minister"
        if token.ent_type_ == "NORP" and token.pos_ in {"PROPN", "NOUN"} and token.tag_ in {"NNPS", "NNS"}:
            country = self.actors.demonym_country(token)  # "the Russians"
            return [ActorRef("state", country)] if country else []
        return []

    def _described_antecedent(self, pronoun: Token) -> Token | None:
        """The subject a pronoun takes up when the sentence describes it rather than names it: "The US president
        said he expected …", "Kuwait's emir is expected in Washington, when X will host him". The nearest subject
        before the pronoun in its sentence (for an object pronoun, not its own clause's subject), when it is one
        unnamed official; a named or pronoun subject is left to ``ArticleActors.resolve_pronoun``, which only
        knows named people and would otherwise reach back to someone named sentences before."""
        doc = pronoun.doc
        own = _own_clause_subjects(pronoun) if pronoun.lower_ in {"him", "her"} and pronoun.dep_ != "poss" else set()
        subjects = [t for t in doc[self.sent.start : pronoun.i] if t.dep_ in SUBJECTS and t.i not in own]
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

    def _styled(self, style: Token) -> list[ActorRef]:
        """ "His Majesty the Sultan", "His Highness the Amir of Qatar": the office in apposition to the style says
        who; "His Majesty" alone is the monarch the story is about (the one with a monarch's role named last)."""
        office = next((c for c in style.children if c.dep_ == "appos"), None)
        if office is not None:
            return self.refs(office)
        if style.lower_ != "majesty":
            return []
        named = {id(p): p for _, p in self.actors.persons_before(style.i)}  # each person once, not each mention
        styled = {p.name for p in named.values() if self._styled_before(p, style)}
        if len(styled) == 1:  # "His Majesty Sultan X … His Majesty is expected to visit": the one so styled
            return [ActorRef("official", next(iter(styled)))]
        monarchs = {p.name: p for word in MONARCHS if (p := self.actors.person_by_role(word, style.i)) is not None}
        return [ActorRef("official", name) for name in monarchs] if len(monarchs) == 1 else []

    def _styled_before(self, person: Person, style: Token) -> bool:
        """Whether a mention of ``person`` before ``style`` follows that style, across titles only ("His Majesty
        Sultan X")."""
        doc = self.sent.doc
        for mention in person.mentions:
            if mention.start >= style.i:
                continue
            i = mention.start - 1
            while i >= 0 and doc[i].lower_ in self.lex.title_words and doc[i].lower_ != style.lower_:
                i -= 1
            if i >= 0 and doc[i].lower_ == style.lower_:
                return True
        return False

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

    def _name_inside(self, token: Token) -> list[ActorRef]:
        """People named inside the phrase without a preposition between ("counterpart General X",
        "their foreign ministers, Nikos Kotzias and Nikola Dimitrov")."""
        found: list[ActorRef] = []
        doc = token.doc
        end = self._title_phrase_end(token) if token.lower_ in self.lex.title_words else token.i
        if token.lower_ in self.lex.title_words and end + 2 < len(doc) and doc[end + 1].text == ",":
            # "his Taiwanese counterpart, Lin Wei-ting," "the new emir, Sheikh Nawaf," "Britain's special envoy to
            # the Western Balkans, Stuart Peach," however the parser attached the name
            start = end + 2
            while start < len(doc) - 1 and doc[start].lower_ in self.lex.honorifics:
                start += 1
            person = self.actors.person_at.get(start)
            name_head = doc[start]
            while name_head.dep_ in {"compound", "flat"} and name_head.head.i != name_head.i:
                name_head = name_head.head
            # not "met the Turkish foreign minister, Lavrov said": a name that is a clause's subject speaks
            if person is not None and name_head.dep_ not in SUBJECTS:
                found.append(ActorRef("official", person.name))
        elif token.lower_ == "counterparts" and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
            # "their Philippine counterparts, Foreign Secretary A and Defense Secretary B," however the parser
            # attached the names: the titled names listed after the comma
            found += self._listed_with_names(self.actors.list_after(doc[token.i + 1]))
            found = [ref for ref in found if ref.kind == "official"]
        heads = [token]
        if token.lower_ in self.lex.title_words:  # "the head of the agency, Rafael Grossi": the name hangs on "agency"
            heads += _of_chain(token, depth=2)  # "President of the Republic of Uzbekistan Shavkat Mirziyoyev"
            heads += portfolio_after_for(token, self.lex)  # "Minister for Foreign Affairs Karin Lindqvist"
            for head in heads[1:]:
                person = self.actors.person_of(head)
                if person is not None and ActorRef("official", person.name) not in found:
                    found.append(ActorRef("official", person.name))
        # "the foreign ministers of Guatemala, A; Honduras, B; and El Salvador, C", "counterparts from Niger,
        # General A, and Chad, Colonel B"; for one title, one name: "the Prime Minister of Australia, H.E. Mr. X"
        if token.lower_ in self.lex.title_words or token.lower_ == "counterparts":
            for prep in (c for c in token.children if c.dep_ in PREP_DEPS and c.lower_ in {"of", "from"}):
                listed = self._listed_with_names(self.actors.list_after(prep))
                people = [ref for ref in listed if ref.kind == "official"]
                if token.tag_ in {"NNS", "NNPS"} and people:
                    found += [ref for ref in listed if ref not in found]
                elif len(people) == 1:
                    found += [ref for ref in people if ref not in found]
        for head in heads:
            for child in head.children:
                if child.dep_ in {"appos", "compound", "flat", "npadvmod", "nmod"}:
                    for item in [child, *child.conjuncts]:
                        person = self.actors.person_of(item)
                        if person is not None and ActorRef("official", person.name) not in found:
                            found.append(ActorRef("official", person.name))
        return found

    def _title_phrase_end(self, title: Token) -> int:
        """Where a title's own phrase ends, read on the surface since the parser often hangs its prepositions on
        the verb: "minister [of state for cabinet affairs]", "special envoy [to the Western Balkans]". Only
        a phrase of a preposition and its (non-person) nouns; else the title itself."""
        doc = title.doc
        end = title.i
        i = title.i + 1
        limit = min(title.i + 9, title.sent.end)
        while i < limit and doc[i].lower_ in TITLE_PHRASE_PREPS:
            j = i + 1
            while j < limit and doc[j].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} and j not in self.actors.person_at \
                    and doc[j].lower_ not in TITLE_PHRASE_PREPS:
                j += 1
            if j == i + 1:
                break
            end = j - 1
            i = j
        return end

    def _listed_with_names(self, items: list[Token]) -> list[ActorRef]:
        """The sides of a list of countries that names some of their officials ("of Guatemala, A; Honduras, B;
        and El Salvador"): each named person, and each listed country none of them serves."""
        people = list(dict.fromkeys(ActorRef("official", p.name) for item in items
                                    if (p := self.actors.person_of(item)) is not None))
        served = {self.actors.country_of(ref) for ref in people}
        states = list(dict.fromkeys(ActorRef("state", c) for item in items
                                    if (c := self.actors.state_at.get(item.i)) and c not in served))
        return people + states

    def _is_pair_phrase(self, token: Token) -> bool:
        """ "the pair", "both", "the two admirals", "the three leaders": sides named just before."""
        lower = token.lower_
        if lower in {"both", "pair", "duo"}:
            return True
        if lower == "two" and (token.dep_ in SUBJECTS or token.dep_ == "pobj" and token.head.lower_ in WITH_PREPS):
            return True  # "the two agreed", "no meeting between the two"
        heads = {token.lower_, token.lemma_.lower()}
        people = heads & (self.lex.group_heads | self.lex.state_nouns)
        # "the two admirals", "the two countries" — not "two bombers"
        return token.tag_ in {"NNS", "NNPS"} and _group_size(token) is not None and bool(people) and \
            not self._country_cues(token)

    def _pair(self, token: Token) -> list[ActorRef]:
        """The sides of the last contact that has as many as the phrase counts ("the two men", "the same three
        leaders"; any number for "they"), or one more when one of them is this clause's subject ("Borrell has
        invited both men to Brussels": the two besides Borrell)."""
        size = 2 if token.lower_ in {"both", "pair", "duo", "two"} else _group_size(token)
        states = token.lemma_.lower() in self.lex.state_nouns  # "the two countries": the states of the sides
        if states:  # "a request from Seoul for a meeting between the two countries' ministers"
            named = sorted({c for i, c in self.actors.state_at.items() if self.sent.start <= i < token.i})
            if len(named) == size:
                return [ActorRef("state", c) for c in named]
        if token.lower_ in PLURAL or not states:  # "The two leaders agreed not to … They also agreed to meet again"
            taken_up = self._plural_subject_before(token)
            if taken_up and (size is None or len(taken_up) == size and all(a.kind == "official" for a in taken_up)):
                return taken_up
        subject = self._clause_subject(token)
        named_since = self._two_named_since_last_contact(token) if size == 2 and not states else []
        if named_since:  # "… not from a meeting with Stoltenberg, as the article said. The two are due to meet."
            return named_since
        for told in self._told_groups():
            sides = [a for a in told if a.kind == "official"]
            if size is not None and len(sides) == size + 1 and len(set(sides) & subject) == 1:
                sides = [a for a in sides if a not in subject]
            if size is not None and len(sides) > size:  # "the two generals" of a meeting with a minister
                title = token.lemma_.lower()
                titled = [a for a in sides if self._holds(a, title)]
                # else those not known to hold another office: "the three presidents" of a meeting of three people
                # named by their countries and the Secretary of State
                untitled = [a for a in sides if self._holds(a, title) or self._role_of(a) is None]
                sides = titled if len(titled) == size else untitled if len(untitled) == size and \
                    title in self.lex.title_words else sides
            if len(sides) == size or (size is None and len(sides) >= 2):
                if not states:
                    return sorted(sides)
                countries = {self.actors.country_of(a) for a in sides}
                return sorted(ActorRef("state", c) for c in countries if c) if None not in countries else []
        if size != 2:
            return []
        # Nothing established yet: the last two people named shortly before (a couple of sentences back).
        return self._last_two_named(token.i, self.sent.start - PAIR_LOOKBACK_TOKENS)

    def _plural_subject_before(self, pronoun: Token) -> list[ActorRef]:
        """A subject "they" or "the two" goes on about the group just spoken of: an earlier subject of its own
        sentence that names a group ("the two were in Brussels, but they never met"), else, opening the sentence,
        the main subject of the sentence before when that names two or more ("the two leaders", "A and B", "he
        and B", "they" again), resolved where it stands. The last contact told may be another pair, or have had
        others in it (the host of the meeting the two held)."""
        doc = pronoun.doc
        if pronoun.dep_ not in SUBJECTS or self.looking_back:
            return []  # (one sentence back at most: a run of sentences opening with "they" is no chain to follow)
        earlier = [t for t in doc[self.sent.start : pronoun.i] if t.dep_ in SUBJECTS]
        if earlier:  # "the two were again in Brussels, but they never sat in the same room"
            last = earlier[-1]
            group = last if last.conjuncts or last.lower_ in PLURAL or self._is_pair_phrase(last) else None
            found = self.refs(group) if group is not None else []
            return sorted(found) if len(found) >= 2 else []
        if self.sent.start == 0:
            return []
        before = doc[self.sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ in SUBJECTS), None)
        if subject is None or not (subject.conjuncts or subject.lower_ in PLURAL or subject.pos_ == "PROPN"
                                   or subject.tag_ in {"NNS", "NNPS"} and subject.lower_ in self.lex.pair_heads):
            return []  # (a name: "A and B met" parsed with A inside B's phrase)
        previous = Sides(before, self.actors, self.lex, self.discourse)
        previous.looking_back = True
        found = previous.refs(subject)
        if len(found) < 2:
            return []
        told = next((m for m in self.discourse.recent(self.current) if m.evidence.start < self.sent.start_char), None)
        joined = before.root.lemma_.lower() in self.lex.participation_verbs  # "Joining … were A and B"
        if joined and told is not None and before.start_char <= told.evidence.start < before.end_char and \
                set(found) < told.participants:
            return sorted(told.participants)  # they joined the gathering that sentence told: "the leaders" are all
        return sorted(found)

    def _told_groups(self) -> list[frozenset[ActorRef]]:
        """The sides of the contacts told so far, latest first, for "they" and "the two". One caller's separate
        calls ("X said he had spoken with both leaders", one mention per call) also count as one group, before
        the calls themselves: the people called, as a later "they" or "both leaders" takes them up."""
        recent = self.discourse.recent(self.current)
        groups: list[frozenset[ActorRef]] = []
        i = 0
        while i < len(recent):
            run = [recent[i]]
            while i + len(run) < len(recent) and _same_statement(recent[i + len(run)], recent[i]):
                run.append(recent[i + len(run)])
            common = frozenset.intersection(*(m.participants for m in run))
            if len(run) >= 2 and len(common) == 1 and all(len(m.participants) == 2 for m in run):
                groups.append(frozenset(a for m in run for a in m.participants) - common)
            groups += [m.participants for m in run]
            i += len(run)
        return groups

    def _counted_states(self, token: Token) -> list[ActorRef]:
        """ "the three countries" or "the two delegations" that no contact told before has as sides: the
        countries of the last list of that many the article gave ("a quarrel between Chile, Peru and Ecuador …
        the three countries", "the Chilean and Peruvian delegations … the two delegations")."""
        size = _group_size(token)
        lemma = token.lemma_.lower()
        if size is None or lemma not in self.lex.state_nouns and lemma not in self.lex.party_nouns:
            return []
        doc = self.sent.doc
        for i in range(token.i - 1, -1, -1):
            if self._country_at(doc[i]) is None:
                continue
            head = doc[i]
            while head.dep_ == "conj" and self._country_at(head.head) is not None:
                head = head.head  # the list's first item
            items = self.listed(head)
            countries = {c for t in items if (c := self._country_at(t))}
            if len(countries) == size == len(items):
                return [ActorRef("state", c) for c in sorted(countries)]
        return []

    def _sides_told_apart(self, token: Token) -> list[ActorRef]:
        """ "the three leaders" after "Putin held separate calls with A and B": the people of the contacts one
        sentence told apart, together, when they are as many as the phrase counts."""
        size = _group_size(token)
        recent = self.discourse.recent(self.current)
        if size is None or size < 3 or not recent:
            return []
        told = [m for m in recent if m.sentence == recent[0].sentence and not m.asked]
        people = {a for m in told for a in m.participants if a.kind == "official"}
        return sorted(people) if len(told) >= 2 and len(people) == size else []

    def _country_at(self, token: Token) -> str | None:
        """The country a word names, by its name or its demonym ("Chile", "Chilean")."""
        return self.actors.state_at.get(token.i) or self.actors.demonym_country(token)

    def _last_two_named(self, before: int, earliest: int, skip_owners: bool = False) -> list[ActorRef]:
        """The last two different people named before token ``before`` and from token ``earliest`` on; with
        ``skip_owners``, not one named only as owning something ("President Biden's remarks")."""
        found: list[ActorRef] = []
        for i, person in reversed(self.actors.persons_before(before)):
            if i < earliest:
                break
            if skip_owners and self.sent.doc[i].dep_ == "poss":
                continue
            ref = ActorRef("official", person.name)
            if ref not in found:
                found.append(ref)
            if len(found) == 2:
                return sorted(found)
        return []

    def _two_named_since_last_contact(self, token: Token) -> list[ActorRef]:
        """The two people named last, in the sentence just before, when the last contact told is older: "the two"
        then means them rather than that contact's pair."""
        if self.sent.start == 0:
            return []
        recent = self.discourse.recent(self.current)
        told_until = recent[0].evidence.end if recent else -1
        doc = self.sent.doc
        earliest = doc[self.sent.start - 1].sent.start
        while earliest < self.sent.start and doc[earliest].idx < told_until:
            earliest += 1  # only people named after the last contact was told
        return self._last_two_named(self.sent.start, earliest, skip_owners=True)

    def _plural_noun_subject(self, token: Token) -> bool:
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and any(c.dep_ in SUBJECTS and c.tag_ in {"NNS", "NNPS"} and token not in c.subtree
                                        for c in verb.children)

    def _holds(self, side: ActorRef, title: str) -> bool:
        """Whether an official's known role or rank has the word ("General" for "the two generals")."""
        return title in (self._role_of(side) or "").lower().split()

    def _role_of(self, side: ActorRef) -> str | None:
        return next((p.role for p in self.actors.persons if p.name == side.name), None)

    def _clause_subject(self, token: Token) -> set[ActorRef]:
        """Who the clause of an object phrase is about: "Borrell" in "Borrell has invited both men"."""
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS] if verb is not None else []
        if not subjects or token in subjects[0].subtree:
            return set()
        return set(self.refs(subjects[0]))

    def _country_cues(self, token: Token) -> list[str]:
        """Countries that modify an unnamed official: "Russian counterpart", "US officials", "French and
        German counterparts", "counterparts in France and Canada", "the Minister of Foreign Affairs of Qatar"."""
        countries: list[str] = []

        def add(candidate: Token) -> None:
            country = self.actors.state_at.get(candidate.i) or self.actors.demonym_country(candidate)
            if country and country not in countries:
                countries.append(country)

        for child in token.children:
            if child.dep_ == "poss" and child.lemma_.lower() in self.lex.state_nouns and self._is_pair_phrase(child):
                countries += [r.name for r in self._pair(child) or self._counted_states(child)
                              if r.name not in countries]  # "the two countries'"
            if child.dep_ in {"amod", "compound", "poss", "nmod", "nummod"}:
                for item in [child, *child.conjuncts]:
                    add(item)
            if child.dep_ in PREP_DEPS and child.lower_ in {"in", "from", "of"}:
                if child.lower_ == "in" and (countries or any(c.dep_ == "poss" and c.lower_ == "their"
                                                              for c in token.children)):
                    continue  # "her Latvian counterparts in Warsaw", "their ministers in Moscow": where, not whose
                if child.lower_ == "in" and token.tag_ in {"NN", "NNP"} and not any(
                    fold(obj.text) in self.lex.country_names or fold(obj.text) in self.lex.capitals
                    for obj in child.children
                ):
                    continue  # "the head of the agency in Kaliningrad": a city says where, not whose
                objects = [o for o in child.children if o.dep_ == "pobj"]
                if objects and token.tag_ in {"NNS", "NNPS"}:  # a list the parser split: read it by its commas
                    objects += [t for t in self.actors.list_after(child) if t.i in self.actors.state_at]
                for obj in objects:
                    if obj.lemma_.lower() in self.lex.state_nouns and self._is_pair_phrase(obj):  # "officials from both
                        countries += [r.name for r in self._pair(obj) or self._counted_states(obj)
                                      if r.name not in countries]  # countries"
                        continue
                    for item in self.listed(obj):
                        add(item)
                        for grandchild in item.children:  # "of Foreign Affairs of Qatar"
                            if grandchild.dep_ in {"poss", "compound", "amod"} and item.i not in self.actors.state_at:
                                add(grandchild)  # "the commander of Jordan's armed forces", "of US Central Command"
                            if grandchild.dep_ in PREP_DEPS and grandchild.lower_ in {"of", "from"}:
                                for nested in grandchild.children:
                                    if nested.dep_ == "pobj":
                                        for deeper in [nested, *nested.conjuncts]:
                                            add(deeper)
        return countries

    def _unnamed_officials(self, token: Token) -> list[ActorRef]:
        """ "his Russian counterpart", "the Qatari premier", "the foreign ministers of Japan and China",
        "the Minister": a person the article already named with that country or role, else the state."""
        countries = self._country_cues(token)
        role_word = token.lemma_.lower()
        # "the", "his" — and a country's possessive before a named office: "Lithuania's foreign minister" is the
        # one who holds it (but "Britain's chief of the defence staff" is no one the article need name)
        definite = any(d.lower_ in {"the", "his", "her", "their"} or d.dep_ == "poss" and d.i in self.actors.state_at
                       and role_word not in self.lex.generic_role_words
                       for d in token.children if d.dep_ in {"det", "poss"})
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
        if not countries:
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
            refs.append(ActorRef("official", person.name) if person else ActorRef("state", country))
        return refs

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

    def _met_as_foreign(self, country: str) -> frozenset[str]:
        """People told so far in a contact with the state itself ("Biden visited France"): none of them can be
        that state's unnamed head."""
        state = ActorRef("state", country)
        told = [*self.discourse.mentions, *self.current]
        return frozenset(a.name for m in told if state in m.participants for a in m.participants
                         if a.kind == "official")

    def _others_in_clause(self, token: Token) -> frozenset[str]:
        """People the clause of a described subject names as its other sides ("The Chinese leader received
        him"): the description is none of them."""
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or token.dep_ not in SUBJECTS:
            return frozenset()
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        objects += [o for c in verb.children if c.dep_ in PREP_DEPS for o in c.children if o.dep_ == "pobj"]
        people = [self.actors.person_of(o) if o.pos_ != "PRON" else
                  self.actors.resolve_pronoun(o) if o.lower_ in PERSONAL else None for o in objects]
        return frozenset(p.name for p in people if p is not None)

    def _group_beside_subject(self, token: Token) -> list[ActorRef]:
        """ "Soto will host the ministers again": a group the clause's subject meets is the others of the last
        contact she had with two or more at once, not the one person she met since."""
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or token.dep_ not in {"dobj", "pobj"}:
            return []
        subject = set(self.subject_of(verb))  # up the clause chain: "is due to host the ministers"
        if not subject:
            return []
        for mention in self.discourse.recent(self.current):
            others = mention.participants - subject
            if not mention.asked and subject <= mention.participants and len(others) >= 2:
                return sorted(others)
        return []

    # ---- the parts of a contact -----------------------------------------------------------------
    def subject_of(self, verb: Token) -> list[ActorRef]:
        token = verb
        for _ in range(4):
            subjects = sorted((c for c in token.children if c.dep_ in SUBJECTS), key=lambda c: -c.i)
            if subjects and subjects[0].lower_ in {"who", "that", "which"} and token.dep_ == "relcl":
                return self.refs(token.head)  # "Wolters, who visited Vilnius"
            if subjects:
                return self._subjects(subjects)
            controller = [c for c in token.head.children if c.dep_ == "dobj"] if token.dep_ == "xcomp" else []
            if controller and token.head.lemma_.lower() in self.lex.addressee_verbs:
                return self.refs(controller[0])  # "invited B to visit Kyiv": B visits
            if token.dep_ in {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "acomp", "pobj", "dobj"} and \
                    token.head.i != token.i:
                if token.dep_ == "ccomp" and token.head.lemma_ in REPORTING:
                    return []  # "There will be no talks, spokesman X said": the speaker is not a side
                token = token.head
                continue
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
        subjects, the first left with a dangling "and": a coordination the parser broke, so both are sides."""
        found = self.refs(subjects[0])
        for earlier in subjects[1:]:
            dangling = any(c.dep_ == "cc" for c in earlier.children) and not earlier.conjuncts
            if not dangling:
                break
            found = [*self.refs(earlier), *(r for r in found if r not in self.refs(earlier))]
        return found

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
            if direct and child.dep_ in {"dobj", "attr"}:
                found += self.refs(child)
            if child.dep_ == "agent":
                for obj in child.children:
                    found += self.refs(obj)
            if child.dep_ == "advmod" and child.lower_ == "together":  # "together with the mediator"
                found += self.objects_of(child, preps, direct=False)
            if child.dep_ in PREP_DEPS and child.lower_ in {"at", "in", "under"}:  # "at the invitation of the
                for obj in child.children:  # emir", "in the presence of the king", "under the auspices of X"
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in self.lex.presence_nouns:
                        present = self.objects_of(obj, {"of"}, direct=False)
                        # "in front of the Kremlin" is a place; "in front of the Secretary-General", a person
                        found += [r for r in present if r.kind == "official" or obj.lemma_.lower() in
                                  {"invitation", "initiative", "auspices"}]
                    elif obj.dep_ == "pobj" and "with" in preps and obj.i not in self.actors.state_at and \
                            self.actors.person_of(obj) is None:  # "held talks at the Ministry with X": the
                        found += self.objects_of(obj, {"with"}, direct=False)  # parser hung "with" on the place
            if child.dep_ in PREP_DEPS and child.lower_ in preps:
                # "with A and with B": the second "with" is the first's conjunct
                for obj in (o for p in [child, *child.conjuncts] if p.lower_ == child.lower_ for o in p.children):
                    if obj.dep_ != "pobj":
                        continue
                    refs = self.refs(obj)
                    if not refs and obj.lower_ in {"table", "desk"}:  # "sat across the table from X"
                        refs = self.objects_of(obj, {"from", "with"}, direct=False)
                    found += refs + [r for member in _named_among(obj) for r in self.refs(member) if r not in refs]
            if child.dep_ in {"dep", "npadvmod", "appos"} and _opens_among(child) and preps:
                found += self.refs(child)  # "with 25 leaders, among them A, B and C" (parsed apart from "with")
        return found


# Prepositions inside a title's phrase: "minister of state for cabinet affairs", "envoy to the Balkans", "the
# Ambassador of Colombia in Venezuela".
TITLE_PHRASE_PREPS = {"of", "for", "to", "in"}
MONARCHS = ("king", "queen", "sultan", "emir", "amir")  # the offices "His/Her Majesty" is said of
AMONG = {"among", "including", "like"}  # "leaders, among them A and B", "leaders including A"


def _opens_among(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in AMONG for c in token.children)


def _named_among(group: Token) -> list[Token]:
    """ "25 leaders including A and B", "leaders, among them A": the members a plural phrase names."""
    return [o for c in group.children if c.dep_ == "prep" and c.lower_ in AMONG for o in c.children
            if o.dep_ == "pobj" and o.pos_ != "PRON"]


# Counted groups: "the two men", "the same three leaders", "the 27 ministers".
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "both": 2}


def _group_size(token: Token) -> int | None:
    for child in token.children:
        if child.dep_ in {"nummod", "det", "predet", "amod"}:
            if child.lower_ in _NUMBERS:
                return _NUMBERS[child.lower_]
            if child.dep_ == "nummod" and child.text.isdigit() and int(child.text) >= 2:
                return int(child.text)
    return None


def _of_chain(token: Token, depth: int) -> list[Token]:
    """The objects of "of" below ``token``, ``depth`` levels down: "President of [the Republic] of [X]"."""
    found: list[Token] = []
    level = [token]
    for _ in range(depth):
        level = [o for t in level for c in t.children if c.dep_ in PREP_DEPS and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj"]
        found += level
    return found


def names_people(noun: Token, lex: Lexicon) -> bool:
    """A common noun that names people by office or as a group ("the American secretaries", "counterparts")."""
    lemma = noun.lemma_.lower()
    return lemma in lex.people_words or noun.lower_ in lex.title_words or lemma.removesuffix("s") in lex.title_words


def _same_statement(one: ContactMention, other: ContactMention) -> bool:
    """Two mentions one trigger made: the separate calls of "spoke by phone with both leaders"."""
    return one.sentence == other.sentence and one.evidence == other.evidence and one.type == other.type and \
        one.date == other.date and one.modality == other.modality and one.participants != other.participants


def _own_clause_subjects(token: Token) -> set[int]:
    """Token indices of the subject phrases of the clause ``token`` stands in ("X will host him": X)."""
    clause = token
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return {t.i for c in clause.children if c.dep_ in SUBJECTS for t in c.subtree}


def _definite_description(noun: Token) -> bool:
    """ "the US president", "Kuwait's emir" name one official a reader can tell; "a spokesman" does not."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)
