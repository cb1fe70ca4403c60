"""Who a group stands for: "they", "both", "the pair", "the two men", "the three countries", "the ministers".

A group names no one: it takes up the sides of the last contact told that has as many as it counts, the subject
the sentence before spoke of, the people named just before, or the last list of countries that long. It is kept
apart from ``sides.Sides`` (which inherits it) because the counting and the looking back are one concern.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actors import PLURAL, name_head
from graph.extraction.counted_groups import NUMBER_WORDS, bloc_members, group_size
from graph.extraction.discourse import ContactMention
from graph.extraction.modality import TIME_MARKS
from graph.extraction.records import ActorRef
from graph.extraction.side_resolver import PREP_DEPS, SUBJECTS, WITH_PREPS, SideResolver

__all__ = ["GroupSides"]

# How far back "the two men" may look for the two people it means when no contact has named them yet.
PAIR_LOOKBACK_TOKENS = 80
# Words that open a clause of the time of another: "… when they meet", "as they met", "while they spoke".
CLAUSE_OF_TIME = TIME_MARKS | {"as", "while", "until"}


class GroupSides(SideResolver):
    """The rules for a phrase that stands for two or more sides told before; a mixin of ``sides.Sides``."""

    def _is_pair_phrase(self, token: Token) -> bool:
        """ "the pair", "both", "the two admirals", "the three leaders": sides named just before."""
        lower = token.lower_
        if lower in {"both", "pair", "duo"} or _bare_count(token):
            return True
        if lower == "two" and (token.dep_ in SUBJECTS or token.dep_ == "pobj" and token.head.lower_ in WITH_PREPS):
            return True  # "the two agreed", "no meeting between the two"
        heads = {token.lower_, token.lemma_.lower()}
        people = heads & (self.lex.group_heads | self.lex.state_nouns)
        # "the two admirals", "the two countries" — not "two bombers"
        return token.tag_ in {"NNS", "NNPS"} and group_size(token) is not None and bool(people) and \
            not self._country_cues(token)

    def _pair(self, token: Token) -> list[ActorRef]:
        """The sides of the last contact that has as many as the phrase counts ("the two men", "the same three
        leaders"; any number for "they"), or one more when one of them is this clause's subject ("Borrell has
        invited both men to Brussels": the two besides Borrell)."""
        timed = self._pair_the_clause_times(token)
        if timed:
            return timed
        reporting = self._officials_reporting(token)
        if reporting:
            return reporting
        size = 2 if token.lower_ in {"both", "pair", "duo", "two"} else _bare_count(token) or group_size(token)
        group = self.lex.state_groups.get(token.lower_)
        if group and len(group) == size:  # "the two Koreas": the states the name itself stands for
            return [ActorRef("state", c) for c in group]
        states = token.lemma_.lower() in self.lex.state_nouns  # "the two countries": the states of the sides
        if states:  # "a request from Seoul for a meeting between the two countries' ministers"
            named = sorted({c for i, c in self.actors.state_at.items() if self.sent.start <= i < token.i})
            if len(named) == size:
                return [ActorRef("state", c) for c in named]
        if token.lower_ in PLURAL or not states:  # "The two leaders agreed not to … They also agreed to meet again"
            taken_up = self._plural_subject_before(token)
            if taken_up and (size is None or len(taken_up) == size and all(a.kind == "official" for a in taken_up)) \
                    and self._may_be_called(taken_up, token):
                return taken_up
        subject = self._clause_subject(token)
        named_since = (self._last_two_named(token.i, self.sent.start, skip_owners=True)
                       or self._two_named_since_last_contact(token)) if size == 2 and not states else []
        if named_since and self._may_be_called(named_since, token):
            return named_since  # "… not from a meeting with Stoltenberg, as the article said. The two are due to meet."
        miscalled: list[ActorRef] = []
        for latest, told in enumerate(self._told_groups()):
            sides = [a for a in told if a.kind == "official"]
            if size == 2 and token.lemma_.lower() == "side" and len(told) > 2 and latest == 0 and \
                    len({self.actors.country_of(a) for a in told} - {None}) <= 2:
                # "Erdogan received Pence and Pompeo … the two sides announced": the two delegations of the contact
                # told last (of at most two known countries), not an older pair
                return sorted(told)
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
            if len(sides) == size and not self._may_be_called(sides, token):
                miscalled = sides if latest == 0 else miscalled  # (only the contact told last)
                continue  # "both presidents": not the foreign minister and the ambassador told last
            if len(sides) == size or (size is None and len(sides) >= 2):
                if not states:
                    return sorted(sides)
                countries = {self.actors.country_of(a) for a in sides}
                return sorted(ActorRef("state", c) for c in countries if c) if None not in countries else []
        if miscalled and not states and token.lemma_.lower() == "head":
            return self._office_holders_of(miscalled, token)
        if size != 2:
            return []
        # Nothing established yet: the last two people named shortly before (a couple of sentences back).
        last = self._last_two_named(token.i, self.sent.start - PAIR_LOOKBACK_TOKENS)
        return last if self._may_be_called(last, token) else []

    def _may_be_called(self, sides: list[ActorRef], phrase: Token) -> bool:
        """Whether the group a phrase names may be these people: "both presidents" are no minister and ambassador
        (an office only its holders are called by, against the roles the article gives them)."""
        title = phrase.lemma_.lower()
        if title in self.lex.distinct_offices and any(
                self._role_of(a) is not None and not self._holds(a, title) for a in sides):
            return False
        # "the two foreign ministers" are no heads of state or government (who hold no portfolio)
        portfolio = {c.lower_ for c in phrase.children if c.dep_ in {"amod", "compound"}
                     and c.lower_ in self.lex.portfolios}
        if portfolio and any(self._heads_without(a, portfolio) for a in sides):
            return False
        # "the two heads of state" are no ministers: people whose known role is a head's, when it is known
        heads = title == "head" and any(p.lower_ == "of" and any(o.lemma_.lower() in {"state", "government"}
                                                                   for o in p.children) for p in phrase.children)
        return not heads or all(self._heads_without(a, set()) for a in sides if self._role_of(a) is not None)

    def _office_holders_of(self, sides: list[ActorRef], phrase: Token) -> list[ActorRef]:
        """ "The two heads of state will meet" after the foreign ministers met: the holders of that office in the
        countries of the last contact's sides — each side that may be called so, else the one the article names
        for its country, else the state. Nothing when a side's country goes unsaid or two share one."""
        countries = [c for a in sides if (c := self.actors.country_of(a))]
        if len(countries) != len(sides) or len(set(countries)) != len(countries):
            return []
        found: list[ActorRef] = []
        for side, country in zip(sides, countries, strict=True):
            if self._may_be_called([side], phrase):
                found.append(side)
                continue
            person = self.actors.person_by_description(country, phrase.i, "leader")
            found.append(ActorRef("official", person.name) if person else ActorRef("state", country))
        return sorted(found)

    def _heads_without(self, side: ActorRef, portfolio: set[str]) -> bool:
        """Whether an official's known role is a head of state's or government's without that portfolio."""
        role = (self._role_of(side) or "").lower()
        return self.lex.heads_state(role) and not portfolio & set(role.split())

    def _pair_the_clause_times(self, pronoun: Token) -> list[ActorRef]:
        """ "Blinken will press Wang on Russia when they meet": "they" of a time clause are the subject and the
        person named as the other side of the clause it hangs on (its object, or who it is "with")."""
        verb = pronoun.head
        if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECTS or verb.dep_ != "advcl" or not any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in CLAUSE_OF_TIME for c in verb.children):
            return []
        main = verb.head
        others = [c for c in main.children if c.dep_ == "dobj"] + [
            o for c in main.children if c.dep_ in PREP_DEPS and c.lower_ in WITH_PREPS | {"to"}
            for o in c.children if o.dep_ == "pobj"]
        subjects = self.subject_of(main)
        objects = [r for o in others for r in self.refs(o) if r not in subjects]
        if not subjects or not objects or any(r.kind != "official" for r in subjects + objects):
            return []
        return sorted({*subjects, *objects})

    def _officials_reporting(self, pronoun: Token) -> list[ActorRef]:
        """ "Saudi officials denied that they had met Israeli officials", "Iranian diplomats said they would meet
        their Saudi counterparts", "Russian and Ukrainian officials said they had met": a subject "they" in a clause
        told by unnamed officials is those officials, their states (not the last pair told, another group)."""
        if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECTS:
            return []
        clause = pronoun.head
        teller = next((v for v in clause.ancestors if any(c.dep_ in SUBJECTS for c in v.children)), None)
        if teller is None or clause.dep_ not in {"ccomp", "xcomp"} and teller is not clause.head:
            return []
        subject = next(c for c in teller.children if c.dep_ in SUBJECTS)
        if subject.i > pronoun.i or subject.tag_ != "NNS" or subject.conjuncts or \
                subject.lemma_.lower() not in self.lex.official_nouns or group_size(subject) is not None:
            return []
        found = self.refs(subject)
        return found if found and all(r.kind == "state" for r in found) else []

    def _plural_subject_before(self, pronoun: Token) -> list[ActorRef]:
        """A subject "they" or "the two" goes on about the group just spoken of: an earlier subject of its own
        sentence that names a group ("the two were in Brussels, but they never met"), else, opening the sentence,
        the main subject of the sentence before when that names two or more ("the two leaders", "A and B", "he
        and B", "they" again), resolved where it stands. The last contact told may be another pair, or have had
        others in it (the host of the meeting the two held)."""
        doc = pronoun.doc
        owned_subject = pronoun.dep_ == "poss" and pronoun.head.dep_ in SUBJECTS  # "… since their leaders met"
        if pronoun.dep_ not in SUBJECTS and not owned_subject or self.looking_back:
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
        previous = self._reader_of(before)
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
        size = _bare_count(token) or group_size(token)
        lemma = token.lemma_.lower()
        owning_sides = lemma == "side" and token.dep_ == "poss"  # "the two sides' negotiators": their states
        if size is None or lemma not in self.lex.state_nouns and lemma not in self.lex.party_nouns and \
                not _bare_count(token) and not owning_sides:
            return []
        doc = self.sent.doc
        for i in range(token.i - 1, -1, -1):
            members = bloc_members(doc[i], self.lex)
            if len(members) == size:  # "the eight SAARC countries … a summit of the eight"
                return [ActorRef("state", c) for c in members]
            if self.actors.demonym_country(doc[i]) is None:
                continue
            head = doc[i]
            while head.dep_ == "conj" and self.actors.demonym_country(head.head) is not None:
                head = head.head  # the list's first item
            items = self.listed(head)
            countries = {c for t in items if (c := self.actors.demonym_country(t))}
            if len(countries) == size == len(items):
                return [ActorRef("state", c) for c in sorted(countries)]
        return []

    def _sides_told_apart(self, token: Token) -> list[ActorRef]:
        """ "the three leaders" after "Putin held separate calls with A and B": the people of the contacts one
        sentence told apart, together, when they are as many as the phrase counts."""
        size = group_size(token)
        recent = self.discourse.recent(self.current)
        if size is None or size < 3 or not recent:
            return []
        told = [m for m in recent if m.sentence == recent[0].sentence and not m.asked]
        people = {a for m in told for a in m.participants if a.kind == "official"}
        return sorted(people) if len(told) >= 2 and len(people) == size else []

    def _former_or_latter(self, token: Token) -> list[ActorRef]:
        """ "A met B and C. The latter flew on to Brasilia": the last person named before it, in its own sentence
        or else in the one before (not counting who its own sentence names: "A met B. C will host the latter" is
        B); "the former", the first of exactly two."""
        doc = self.sent.doc
        people: list[ActorRef] = []
        spans = [(self.sent.start, token.i)]
        if self.sent.start > 0:
            spans.append((doc[self.sent.start - 1].sent.start, self.sent.start))
        for start, end in spans:
            people = list(dict.fromkeys(ActorRef("official", p.name) for i, p in self.actors.persons_before(end)
                                        if i >= start and name_head(doc[i]).dep_ != "poss"))
            if len(people) >= 2:
                break
        if token.lower_ == "former":
            return people[:1] if len(people) == 2 else []
        return people[-1:] if len(people) >= 2 else []

    def _last_two_named(self, before: int, earliest: int, skip_owners: bool = False) -> list[ActorRef]:
        """The last two different people named before token ``before`` and from token ``earliest`` on; with
        ``skip_owners``, not one named only as owning something ("President Biden's remarks")."""
        found: list[ActorRef] = []
        for i, person in reversed(self.actors.persons_before(before)):
            if i < earliest:
                break
            if skip_owners and name_head(self.sent.doc[i]).dep_ == "poss":
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
        """Whether the clause of a "their" has a plural subject it takes up: "the ministers … their own video
        conference", "Sybiha and Faisal have begun their meeting" (names coordinated)."""
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and any(c.dep_ in SUBJECTS and (c.tag_ in {"NNS", "NNPS"} or any(
            j.dep_ == "conj" and j.i in self.actors.person_at for j in c.children) and c.i in self.actors.person_at)
            and token not in c.subtree for c in verb.children)

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


def _bare_count(token: Token) -> int | None:
    """ "the eight" standing alone for a group told before ("a summit of the eight"), not "the eight countries"."""
    if token.pos_ != "NUM" or token.dep_ not in {"pobj", "nsubj", "nsubjpass", "dobj"} or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    return NUMBER_WORDS.get(token.lower_) or (int(token.text) if token.text.isdigit() else None)


def _same_statement(one: ContactMention, other: ContactMention) -> bool:
    """Two mentions one trigger made: the separate calls of "spoke by phone with both leaders"."""
    return one.sentence == other.sentence and one.evidence == other.evidence and one.type == other.type and \
        one.date == other.date and one.modality == other.modality and one.participants != other.participants

