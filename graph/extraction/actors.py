"""Who is who in one article: its states, its people (with titles, roles, countries), and what a phrase refers to.

States come from the lexicon's places matched in the text (``StateFinder``, states.py); people from
``PersonFinder`` (persons.py), which reads titles with ``TitleReader`` (titles.py) and finds names the model missed
with ``MissedNames`` (missed_names.py: names by position) and ``BareNames`` (bare_names.py: surnames standing alone
where only a person can). They run in that order, over one shared ``persons`` / ``person_at``. Pronouns, "the pair" and
"his Russian counterpart" are resolved here, so that the contact rules only ask "who does this token stand for?".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cached_property

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graph.extraction.clause_roles import (
    clause_of,
    clause_subjects,
    is_agent_name,
    is_subject_name,
    name_head,
    owns_subject,
    subject_pronouns,
)
from graph.extraction.described_holders import described_holders
from graph.extraction.lexicon import Lexicon
from graph.extraction.persons import Person, PersonFinder
from graph.extraction.pipeline import PERSON_TOKENS_KEY, SUBJECTS
from graph.extraction.pronoun_gender import person_genders, pronoun_gender
from graph.extraction.records import ActorRef, Evidence, OfficialRecord
from graph.extraction.states import StateFinder

__all__ = ["Person", "ArticleActors", "clause_of", "name_head", "PERSONAL", "PLURAL"]

# How far after a description ("The top officers of the two navies met …") its people may first be named.
DESCRIBED_THEN_NAMED_TOKENS = 150
# How far back one of two people of a country holding the same office counts as the one just spoken of.
JUST_NAMED_TOKENS = 150
PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}



class ArticleActors(StateFinder, PersonFinder):
    """People and states of one parsed article, and the resolution of referring tokens to actors."""

    def __init__(self, doc: Doc, lexicon: Lexicon, place_matcher: PhraseMatcher) -> None:
        self.doc = doc
        self.lex = lexicon
        self.place_matcher = place_matcher
        self.state_at: dict[int, str] = {}  # token index → country, for place/country/metonym mentions
        self.demonym_at: dict[int, str] = {}  # token index → country, for demonyms of two words
        self.state_spans: list[Span] = []
        self.person_at: dict[int, Person] = {}
        self.persons: list[Person] = []
        self._find_states()
        self._find_persons()
        self.doc.user_data[PERSON_TOKENS_KEY] = frozenset(self.person_at)
        self._assign_titles()
        self._country_of_party_leaders()
        for person, country, office in described_holders(self.doc, self.lex, self.person_at, self.demonym_country):
            person.country = country
            if person.role is None or person.role.lower() == f"{office.lower()}s":
                person.role = office
        # Every person mention in text order, for "who was named before this token" (asked once per reference).
        self._named = sorted(((m.start, p) for p in self.persons for m in p.mentions), key=lambda pair: pair[0])
        self._named_starts = [start for start, _ in self._named]

    def _country_of_party_leaders(self) -> None:
        """ "Defence Minister Khawaja Asif led Pakistan's delegation", "the Chinese team, headed by X": the leader of
        a country's delegation serves that country, when nothing else told his country."""
        for verb in self.doc:
            if verb.lemma_.lower() not in self.lex.delegation_lead_verbs or verb.pos_ != "VERB":
                continue
            party: Token | None = None
            if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lex.led_party_nouns:
                party = verb.head  # "the Chinese team, headed by X"
                leaders = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            else:
                party = next((c for c in verb.children if c.dep_ == "dobj"
                              and c.lemma_.lower() in self.lex.led_party_nouns), None)
                leaders = [c for c in verb.children if c.dep_ == "nsubj"]
            owners = [t for t in party.children if t.dep_ in {"poss", "amod", "compound"}] if party is not None else []
            countries = {c for t in owners if (c := self.state_at.get(t.i) or self.demonym_country(t))}
            if len(countries) != 1:
                continue
            for leader in leaders:
                person = self.person_at.get(leader.i)
                if person is not None and person.country is None:
                    person.country = next(iter(countries))

    # ---- resolution ---------------------------------------------------------------------------
    def official_records(self, relevant: set[str]) -> tuple[OfficialRecord, ...]:
        """Every person with a role or a part in a fact, as records for the store."""
        records = []
        for person in self.persons:
            if person.role is None and person.name not in relevant:
                continue
            records.append(
                OfficialRecord(
                    name=person.name,
                    aliases=person.aliases(),
                    country=person.country,
                    role=person.role,
                    mentions=tuple(
                        Evidence(sentence=m.text, start=m.start_char, end=m.end_char) for m in person.mentions
                    ),
                )
            )
        return tuple(records)

    @cached_property
    def official_countries(self) -> dict[str, str]:
        """Each person's name → the country he serves, where the article says it (read once the people are found)."""
        return {p.name: p.country for p in self.persons if p.country}

    def country_of(self, ref: ActorRef) -> str | None:
        """The state an actor belongs to: itself for a state, the known country for an official."""
        return ref.name if ref.kind == "state" else self.official_countries.get(ref.name)

    def person_of(self, token: Token) -> Person | None:
        return self.person_at.get(token.i)

    def persons_before(self, position: int) -> list[tuple[int, Person]]:
        """(token index, person) of every mention starting before ``position``, in text order."""
        return self._named[: bisect_left(self._named_starts, position)]

    def _persons_after(self, position: int) -> list[tuple[int, Person]]:
        """(token index, person) of every mention starting after ``position``, in text order."""
        return self._named[bisect_right(self._named_starts, position):]

    def _persons_within(self, span: Span) -> list[tuple[int, Person]]:
        """(token index, person) of every mention starting inside ``span``, in text order."""
        return self._named[bisect_left(self._named_starts, span.start) : bisect_left(self._named_starts, span.end)]

    @cached_property
    def genders(self) -> dict[str, str]:
        """Each person's name → "f" or "m", where the article says it (``pronoun_gender``)."""
        return person_genders(self.doc, self._named, self.lex)

    def resolve_pronoun(self, token: Token) -> Person | None:
        """Salience, simplest form: a subject person earlier in the sentence, else the sentence's own
        subject further on ("During his call…, Blinken said"), else the last person named before. Never someone
        the article says is of the other sex than the pronoun's."""
        gender = pronoun_gender(token)
        if gender is None or not self.genders:
            return self._resolve_pronoun(token, lambda _: True)
        if gender == "f" and "f" in self.genders.values():  # women are the fewer among officials: an article that
            # marks one mostly marks all, so a woman it marks comes first, then anyone not marked a man
            marked = self._resolve_pronoun(token, lambda p: self.genders.get(p.name) == "f")
            if marked is not None:
                return marked
        return self._resolve_pronoun(token, lambda p: self.genders.get(p.name, gender) == gender)

    def _resolve_pronoun(self, token: Token, fits: Callable[[Person], bool]) -> Person | None:
        sent = token.sent
        if token.lower_ in {"him", "her"} and token.dep_ != "poss":
            # "Powell was on the phone to him", "She invited him to visit": an object pronoun is never its own
            # clause's subject, named or itself a pronoun, here or sentences back
            own = self._subjects_of_clause(token)
            fits_any = fits

            def fits(person: Person) -> bool:
                return fits_any(person) and person not in own
            again = next((t for t in reversed(sent[: token.i - sent.start]) if t.lower_ == token.lower_
                          and t.dep_ in {"dobj", "pobj", "dative"}), None)
            if again is not None:  # "Li received her at the Great Hall, and Wang hosted her for lunch": the same one
                person = self.resolve_pronoun(again)
                if person is not None and fits(person):
                    return person
        accompanied = self._accompanied_owner(token)
        if accompanied is not None and fits(accompanied):
            return accompanied
        earlier = [(i, p) for i, p in self.persons_before(token.i) if i >= sent.start and fits(p)]
        subjects = [(i, p) for i, p in earlier if self.doc[i].dep_.startswith("nsubj") or is_subject_name(self.doc, i)]
        if subjects:
            return subjects[-1][1]
        if earlier:
            return earlier[-1][1]
        if token.dep_ == "poss":  # "During his call with Kuleba, Blinken said": the subject further on
            later = [p for p in self.persons for m in p.mentions
                     if token.i < m.start < sent.end and is_subject_name(self.doc, m.end - 1) and fits(p)]
            if later:
                return later[0]
        carried = self._carried_subject(token, fits)
        if carried is not None:
            return carried
        before = [(i, p) for i, p in self.persons_before(sent.start) if fits(p)]
        recent = [p for i, p in before if is_subject_name(self.doc, i) or owns_subject(self.doc, i, self.person_at)]
        if recent:
            return recent[-1]
        return before[-1][1] if before else None

    def _accompanied_owner(self, token: Token) -> Person | None:
        """ "General B, who is accompanying Prime Minister A on his visit to Japan": the trip a companion joins
        is the one of whom he accompanies — the named object of the companion verb the possessive's phrase
        hangs on, not its subject nor whom the sentence is about."""
        noun = token.head
        if token.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        verb = noun.head.head
        if verb.lemma_.lower() not in self.lex.companion_verbs:
            return None
        return next((p for c in verb.children if c.dep_ == "dobj" and (p := self.person_of(c)) is not None), None)

    def _subjects_of_clause(self, token: Token) -> list[Person]:
        """The people who are subjects of the clause ``token`` stands in (``clause_subjects``), a subject "he" or
        "she" resolved to its person ("He will host her": not the one "he" is)."""
        own = clause_subjects(token, self.person_at)
        for subject in subject_pronouns(token):
            person = self.resolve_pronoun(subject)
            if person is not None and person not in own:
                own.append(person)
        return own

    def _carried_subject(self, token: Token, fits: Callable[[Person], bool], depth: int = 3) -> Person | None:
        """ "In 1997 he sat at the table when the envoy, James Baker, brought the parties together. In 2008 he
        travelled to Tripoli": a subject pronoun that opens its sentence's main clause carries on the main-clause
        subject of the sentence before when that was the same pronoun (the one the story follows), not the
        subject of a clause inside it."""
        if token.lower_ not in {"he", "she"} or token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or depth == 0:
            return None
        sent = token.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.lower_ != token.lower_:
            return None
        person = self._carried_subject(subject, fits, depth - 1) or self._resolve_pronoun(subject, fits)
        return person if person is not None and fits(person) else None

    def person_by_description(
        self, country: str, position: int, role_word: str | None = None, portfolio: frozenset[str] = frozenset(),
        alone: bool = False, foreign: frozenset[str] = frozenset(),
    ) -> Person | None:
        """"the Russian leader", "the foreign ministers of A and B": the person the article names for that country
        and office, named before or after ``position``, else None (the state stands for him). In turn:

        - the one person of that country whose known role is the office: its word ("the Turkish foreign minister"
          is not the Turkish president, nor "Vice President" a president) and portfolio ("the defence ministers of
          A and B" are not their foreign ministers); of two such, only the one just named;
        - else the last person of that country named before whose role goes unsaid (not for "the leader":
          "Malaysia's Zulkifli Hamid" is no known leader of Malaysia);
        - with ``alone`` (one office of one country), the holder the lead names next (``_office_named_next``);
        - for a head of state or government, the one person just named whose country and role go unsaid
          (``_head_of_unsaid_country``; ``foreign``: names known not to serve that country).

        A title that says only rank or standing ("the head of US Central Command") is the last person of that
        country named before, else the first one with a known role named shortly after."""
        role = role_word or ""
        if role in self.lex.generic_role_words or not role:
            before = [p for _, p in self.persons_before(position) if p.country == country
                      and (p.role is None or self.holds_office(p, role, portfolio))]
            if before:
                return before[-1]
            later = self._persons_after(position)
            named_later = next((p for i, p in later if p.country == country
                                and i - position <= DESCRIBED_THEN_NAMED_TOKENS
                                and self.holds_office(p, role, portfolio)), None)
            if named_later is not None or not alone:
                return named_later
            return self._titled_of_unsaid_country(position, role, portfolio, foreign)
        holders = [p for p in self.persons if p.country == country and self.holds_office(p, role, portfolio)]
        if len(holders) == 1:
            return holders[0]
        if holders:  # two of that country hold it: the one just named, if one was ("… said President A. The president")
            recent = [p for i, p in self.persons_before(position) if p in holders
                      and position - i <= JUST_NAMED_TOKENS]
            return recent[-1] if recent else None
        if role not in {"leader", "leaders", "premier"}:
            unsaid = [p for _, p in self.persons_before(position) if p.country == country and p.role is None]
            if unsaid:
                return unsaid[-1]
        named_next = self._office_named_next(position, role, portfolio, country, foreign) if alone else None
        if named_next is not None:
            return named_next
        if self._names_head(role):
            return self._head_of_unsaid_country(position, foreign)
        return self._titled_of_unsaid_country(position, role, portfolio, foreign) if alone else None

    def sole_unsaid_role(self, country: str) -> Person | None:
        """The one person of a country the article names without saying what he is, anywhere in it: who "the
        leaders of the four Mercosur states" has for a member told as "Uruguay's Jorge Batlle"."""
        unsaid = [p for p in self.persons if p.country == country and p.role is None]
        return unsaid[0] if len(unsaid) == 1 else None

    def _names_head(self, role_word: str) -> bool:
        """ "leader", "premier", "president", "emir": a word for a head of state or government."""
        return role_word in {"leader", "leaders", "premier"} or role_word in self.lex.head_roles

    def _head_of_unsaid_country(self, position: int, foreign: frozenset[str]) -> Person | None:
        """ "Xi Jinping had the region to himself. The Chinese leader flew into Lima": a head of state described
        by his country just after the article names him without saying whose head he is. The one person named in
        this sentence or the one before whose country and role both go unsaid; none when two fit (the reader
        could not tell either). Not someone titled without a country ("President A … the Russian president"):
        that is most often a contrast with another country's head, not the same man again."""
        sent = self.doc[position].sent
        recent_start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        fitting: list[Person] = []
        for i, person in self.persons_before(position):
            if i >= recent_start and person.country is None and person.role is None and person.name not in foreign \
                    and person not in fitting:
                fitting.append(person)
        return fitting[0] if len(fitting) == 1 else None

    def _titled_of_unsaid_country(self, position: int, role_word: str, portfolio: frozenset[str],
                                  foreign: frozenset[str]) -> Person | None:
        """ "Foreign Minister Penny Wong flew to Beijing. The Australian minister held talks with Wang Yi": a
        second reference that gives the country of the one just named with the office but not the country. The
        one person named in the sentence before whose country goes unsaid and whose known role is the office
        described (any office, for "the top US diplomat"); none when two fit, or when he is known to serve
        another country (``foreign``). Not for a head of state or government: that is a contrast with another
        country's head more often than the same man again (``_head_of_unsaid_country``). Not someone named in the
        description's own sentence, before or after it: there he is most often its other side ("Minister A will
        receive the Minister of Foreign Affairs of Qatar")."""
        sent = self.doc[position].sent
        if sent.start == 0:
            return None
        recent_start = self.doc[sent.start - 1].sent.start
        in_sentence = {p.name for _, p in self._persons_within(sent)}
        fitting: list[Person] = []
        for i, person in self.persons_before(sent.start):
            if i >= recent_start and person.country is None and person.role is not None \
                    and person.name not in in_sentence | foreign and person not in fitting \
                    and self.holds_office(person, role_word, portfolio):
                fitting.append(person)
        return fitting[0] if len(fitting) == 1 else None

    def _office_named_next(self, position: int, role_word: str, portfolio: frozenset[str],
                           country: str, foreign: frozenset[str]) -> Person | None:
        """A lead that describes one office before it names its holder: "Lithuania's foreign minister will not
        travel to Minsk … Foreign Minister X had been due to …". The first person named after the description,
        in its own sentence or the next, when he holds that office, his country goes unsaid, and he is named
        nowhere before it. A lead that describes two countries' offices ("Turkey's president spoke with Russia's
        leader. President A told President B …") names their holders in the same order: the second description
        is the second person named. Not one known to serve another country, such as the description's other side
        in its own clause ("The French president met President A"). Else a lead told again with its name
        (``_named_when_retold``)."""
        sent = self.doc[position].sent
        end = self.doc[sent.end].sent.end if sent.end < len(self.doc) else sent.end
        later = self._persons_after(position)
        described = {self._described_country(t) for t in self.doc[sent.start : position]} - {None, country}
        named = list({id(p): p for i, p in later if i < end}.values())
        first = named[len(described)] if len(described) < len(named) else None
        if first is None or first.country is not None or first.name in foreign \
                or not self.holds_office(first, role_word, portfolio) \
                or any(p is first for _, p in self.persons_before(position)):
            return self._named_when_retold(sent, position) if not described else None
        return first

    def _named_when_retold(self, sent: Span, position: int) -> Person | None:
        """ "Finland's president said he had held talks with Erdogan. Sauli Niinisto spoke by telephone with
        Erdogan on Saturday": the next sentence tells the lead again, naming someone the lead named (Erdogan) and
        one person the lead did not, with no title or country and not named before — the one described."""
        if sent.end >= len(self.doc):
            return None
        following = self.doc[sent.end].sent

        def names_in(span: Span) -> list[Person]:
            return list({id(p): p for _, p in self._persons_within(span)}.values())

        in_lead = {p.name for p in names_in(sent)}
        retold = names_in(following)
        new = [p for p in retold if p.name not in in_lead]
        if len(new) != 1 or not in_lead & {p.name for p in retold}:
            return None
        person = new[0]
        if person.country is not None or person.role is not None or \
                any(p is person for _, p in self.persons_before(position)):
            return None
        return person

    def _described_country(self, token: Token) -> str | None:
        """The country an office word is described by ("Turkey's president", "the Russian leader"), if any."""
        if token.lower_ not in self.lex.title_words:  # ("leader" and "premier" are title words)
            return None
        return next((c for child in token.children if child.dep_ in {"poss", "amod", "compound"}
                     and (c := self.demonym_country(child))), None)

    def holds_office(self, person: Person, role_word: str, portfolio: frozenset[str]) -> bool:
        """Whether a person's known role is the office a description names: its word ("president", "emir"; any
        head of state's or government's for "leader"), with the portfolio's words, and not a lesser or past
        form of it ("Vice President", "former Foreign Minister")."""
        if person.role is None:
            return False
        role = person.role.lower().replace("defense", "defence")
        words = set(role.split())  # words, not substrings: "air" is not in "Foreign Affairs"
        if words & self.lex.lesser_offices:
            return False
        if any(word.replace("defense", "defence") not in words for word in portfolio):
            return False
        if role_word in {"leader", "leaders", "premier"}:  # a head of state or government
            return any(w in role for w in self.lex.head_roles)
        if not role_word or role_word in self.lex.generic_role_words:
            return True
        return role_word in words or role_word.removesuffix("s") in words

    def person_by_role(self, role_word: str, position: int) -> Person | None:
        """"the Minister", "the president": of the people named before ``position`` with that role word, the
        one the story is about — named most often as a subject (or as the agent of a passive: "A was received by
        B") — then the one whose country goes unsaid (a readout's own president, beside "President X of Bolivia"),
        and of those the last named."""
        before = self.persons_before(position)
        matches = [p for _, p in before if p.role and role_word in p.role.lower()]
        if not matches:
            return None

        def salience(person: Person) -> tuple[int, bool, int]:
            subject = sum(is_subject_name(self.doc, i) or is_agent_name(self.doc, i)
                          for i, p in before if p is person)
            last = max(i for i, p in before if p is person)
            return subject, person.country is None, last

        unique = list({id(p): p for p in matches}.values())
        return max(unique, key=salience)
