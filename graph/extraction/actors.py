"""Who is who in one article: its states, its people (with titles, roles, countries), and what a phrase refers to.

States come from the lexicon's places matched in the text; people from ``PersonFinder`` (persons.py), which
reads titles with ``TitleReader`` (titles.py) and finds names the model missed with ``MissedNames``
(missed_names.py: names by position) and ``BareNames`` (bare_names.py: surnames standing alone where only a
person can). They run in that order, over one shared ``persons`` / ``person_at``. Pronouns, "the pair" and
"his Russian counterpart" are resolved here, so that the contact rules only ask "who does this token stand for?".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graph.extraction.lexicon import Lexicon, fold
from graph.extraction.missed_names import name_shaped
from graph.extraction.persons import Person, PersonFinder
from graph.extraction.pipeline import PERSON_TOKENS_KEY
from graph.extraction.records import ActorRef, Evidence, OfficialRecord

__all__ = ["Person", "ArticleActors", "build_place_matcher", "clause_of", "name_head", "PERSONAL", "PLURAL"]

# Words before a demonym that make it a region's ("South American", "Latin American", "Central American"); a
# country named so ("South Korean", "North Korean", "South African") is a demonym of two words, read first.
REGION_WORDS = {"south", "north", "latin", "central", "pan", "meso"}

# How far after a description ("The top officers of the two navies met …") its people may first be named.
DESCRIBED_THEN_NAMED_TOKENS = 150
# How far back one of two people of a country holding the same office counts as the one just spoken of.
JUST_NAMED_TOKENS = 150
PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}


# Forms of a state written in its full name ("the Kingdom of Saudi Arabia"), by which it may be named again.


class ArticleActors(PersonFinder):
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
        # Every person mention in text order, for "who was named before this token" (asked once per reference).
        self._named = sorted(((m.start, p) for p in self.persons for m in p.mentions), key=lambda pair: pair[0])
        self._named_starts = [start for start, _ in self._named]

    # ---- states -------------------------------------------------------------------------------
    def _find_states(self) -> None:
        demonym = self.doc.vocab.strings["DEMONYM"]
        matches = self.place_matcher(self.doc)
        for label, start, end in matches:
            if label == demonym:
                country = self.lex.demonyms.get(fold(self.doc[start:end].text))
                for i in range(start, end):
                    if country:
                        self.demonym_at[i] = country
        spans = sorted(
            (Span(self.doc, s, e) for label, s, e in matches if label != demonym),
            key=lambda s: (s.start, -(s.end - s.start)),
        )
        taken: set[int] = set()
        for span in spans:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            country = self.lex.country(span.text, demonym=False)
            if country is None:
                continue
            if fold(span.text) not in self.lex.country_names and self._inside_longer_name(span) or \
                    self._surname_after_given_name(span):
                continue  # "Jordan Smith", "Georgia Meloni", "Luis Montenegro": a name, not a place
            if self._names_water(span):
                continue  # "the East China Sea", "the Sea of Japan"
            self.state_spans.append(span)
            for i in range(span.start, span.end):
                self.state_at[i] = country
                taken.add(i)
        self._state_forms_told_again()
        self._state_halves()

    def _state_forms_told_again(self) -> None:
        """ "a state visit to the Kingdom of Saudi Arabia … The Foreign Minister last visited the Kingdom in
        November": a state's form of government, capitalized after "the", names again the one state the article
        named with it (not a form two states share, nor "the Kingdom of" a state named after it)."""
        named: dict[str, set[str]] = {}
        for span in self.state_spans:
            country = self.state_at[span.start]
            if len(span) > 2 and span[0].lower_ in self.lex.state_forms and span[1].lower_ == "of":
                named.setdefault(span[0].lower_, set()).add(country)  # the form inside the state's name
            elif span.start >= 3 and self.doc[span.start - 1].lower_ == "of" \
                    and self.doc[span.start - 2].lower_ in self.lex.state_forms \
                    and self.doc[span.start - 3].lower_ == "the":
                # ("the Kingdom of Saudi Arabia", not "the Football Federation of Australia")
                named.setdefault(self.doc[span.start - 2].lower_, set()).add(country)
        for token in self.doc:
            countries = named.get(token.lower_, set())
            if len(countries) != 1 or not token.text[:1].isupper() or token.i in self.state_at or token.i == 0:
                continue
            after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if self.doc[token.i - 1].lower_ == "the" and (after is None or after.lower_ != "of"):
                self.state_at[token.i] = next(iter(countries))

    def _state_halves(self) -> None:
        """ "the North called off talks with Seoul", "officers from North and South Korea", "keeps 28,000 troops
        in the South": a word that opens a state's name, capitalized after "the" or before "and" and the other
        half's full name, names the one state of that half whose pair the article names (by either half's name, a
        capital, or as a group: "the two Koreas")."""
        named: dict[str, set[str]] = {}
        states = set(self.state_at.values()) | {c for t in self.doc if t.lower_ in self.lex.state_groups
                                                for c in self.lex.state_groups[t.lower_]}
        for state in states:
            half, _, rest = state.partition(" ")
            if half.lower() not in self.lex.state_halves or not rest:
                continue
            for other in self.lex.state_halves:  # the named half, and the other half of its pair
                whole = self.lex.country(f"{other} {rest}", demonym=False)
                if whole is not None:
                    named.setdefault(other, set()).add(whole)
        doc = self.doc
        for token in doc:
            if token.lower_ not in self.lex.state_halves or token.i in self.state_at or token.i == 0 or \
                    not token.text[:1].isupper():
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            alone = doc[token.i - 1].lower_ == "the" and (after is None or not after.text[:1].isupper())
            # "North and South Korea": the half whose whole name follows the "and"
            halved = after is not None and after.lower_ == "and" and token.i + 2 in self.state_at
            countries = named.get(token.lower_, set())
            if halved:
                rest = self.state_at[token.i + 2].partition(" ")[2]
                whole = self.lex.country(f"{token.text} {rest}", demonym=False) if rest else None
                countries = {whole} if whole else set()
            if (alone or halved) and len(countries) == 1:
                self.state_at[token.i] = next(iter(countries))

    def _names_water(self, span: Span) -> bool:
        """A country's name that is part of a sea's, a gulf's or a strait's: "the South China Sea", "the Gulf of
        Mexico" (capitalized, so not "Chinese ships in the sea")."""
        doc = self.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ in self.lex.water_words and after.text[0].isupper():
            return True
        of, water = (doc[span.start - 1], doc[span.start - 2]) if span.start >= 2 else (None, None)
        return of is not None and water is not None and of.lower_ == "of" and \
            water.lower_ in self.lex.water_words and water.text[0].isupper()

    def _inside_longer_name(self, span: Span) -> bool:
        """A place word that NER reads as part of a longer person name ("Jordan Smith"), or of a name it takes
        for an organization when every word of it is a name's ("Chile's Ricardo Lagos Mena", "Paraguay's
        Santiago Peña"; not "Lagos State Government")."""
        for ent in self._entities_over(span):
            if not (ent.start <= span.start and span.end <= ent.end and len(ent) > len(span)):
                continue
            if all(t.pos_ == "DET" for t in ent if not span.start <= t.i < span.end):
                continue  # "[The Quai d'Orsay]" taken for a person: only an article beside the place
            if ent.label_ == "PERSON":
                return True
            if ent.label_ == "ORG" and all(t.pos_ == "PROPN" and name_shaped(t.text)
                                           and t.lower_ not in self.lex.organization_words for t in ent):
                return True
        return False

    def _surname_after_given_name(self, span: Span) -> bool:
        """A country's very name as the last word of a person's ("Prime Minister Luis Montenegro"): NER reads
        one name with a given name before it, which is no title, demonym or state ("Prime Minister Montenegro"
        of no one, "Serbia Montenegro" stay places)."""
        before = self.doc[span.start - 1] if span.start else None
        if before is None or not name_shaped(before.text) or before.pos_ != "PROPN" or \
                before.lower_ in self.lex.title_words or self.lex.country(before.text) is not None:
            return False
        return any(ent.label_ == "PERSON" and ent.start <= before.i and span.end == ent.end
                   for ent in self._entities_over(span))

    def _entities_over(self, span: Span) -> list[Span]:
        """The named entities that overlap ``span``. ``Doc.ents`` builds a new tuple on every access, and looping
        over all of them for every place made long articles quadratic: they are indexed by token once."""
        by_token: dict[int, Span] | None = self.doc.user_data.get("diplograph_ent_at")
        if by_token is None:
            by_token = {i: ent for ent in self.doc.ents for i in range(ent.start, ent.end)}
            self.doc.user_data["diplograph_ent_at"] = by_token
        return list(dict.fromkeys(ent for i in range(span.start, span.end) if (ent := by_token.get(i)) is not None))

    def place_country(self, token: Token) -> str | None:
        """A state, or a part of one named through it ("Guyanese waters", "Niger's capital", "the ancient
        Japanese capital")."""
        if token.i in self.state_at:
            return self.state_at[token.i]
        if token.lemma_.lower() in self.lex.place_nouns or token.lower_ in self.lex.place_nouns:
            for child in token.children:
                if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                    country = self.demonym_country(child)
                    if country:
                        return country
                if child.dep_ == "prep" and child.lower_ == "of":  # "the city of Brasilia", "the port of Aden"
                    named = next((o for o in child.children if o.dep_ == "pobj" and o.i in self.state_at), None)
                    if named is not None:
                        return self.state_at[named.i]
        return None

    def demonym_country(self, token: Token) -> str | None:
        """The country a word names, by its name or its demonym ("Chile", "Chilean", "US", "France's"): the one
        lookup for "which country is this word", names first."""
        if token.i in self.state_at:
            return self.state_at[token.i]
        if token.i in self.demonym_at:
            return self.demonym_at[token.i]
        if token.text[:1].isupper():
            before = token.doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.lower_ in REGION_WORDS:
                return None  # "South American leaders", "Latin American ministers": a region, not the US
            return self.lex.demonyms.get(fold(token.text))
        return None


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

    def resolve_pronoun(self, token: Token) -> Person | None:
        """Salience, simplest form: a subject person earlier in the sentence, else the sentence's own
        subject further on ("During his call…, Blinken said"), else the last person named before."""
        sent = token.sent
        earlier = [(i, p) for i, p in self.persons_before(token.i) if i >= sent.start]
        if token.lower_ in {"him", "her"} and token.dep_ != "poss":
            # "Powell was on the phone to him": an object pronoun is never its own clause's subject
            own = _clause_subjects(token, self.person_at)
            earlier = [(i, p) for i, p in earlier if p not in own]
        subjects = [(i, p) for i, p in earlier if self.doc[i].dep_.startswith("nsubj") or _is_subject_name(self.doc, i)]
        if subjects:
            return subjects[-1][1]
        if earlier:
            return earlier[-1][1]
        if token.dep_ == "poss":  # "During his call with Kuleba, Blinken said": the subject further on
            later = [p for p in self.persons for m in p.mentions
                     if token.i < m.start < sent.end and _is_subject_name(self.doc, m.end - 1)]
            if later:
                return later[0]
        before = self.persons_before(sent.start)
        recent = [p for i, p in before if _is_subject_name(self.doc, i) or _owns_subject(self.doc, i, self.person_at)]
        if recent:
            return recent[-1]
        return before[-1][1] if before else None

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
                      and (p.role is None or self._holds_office(p, role, portfolio))]
            if before:
                return before[-1]
            later = self._named[bisect_right(self._named_starts, position):]
            return next((p for i, p in later if p.country == country and i - position <= DESCRIBED_THEN_NAMED_TOKENS
                         and self._holds_office(p, role, portfolio)), None)
        holders = [p for p in self.persons if p.country == country and self._holds_office(p, role, portfolio)]
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
        named_next = self._office_named_next(position, role, portfolio, country) if alone else None
        if named_next is not None or not self._names_head(role):
            return named_next
        return self._head_of_unsaid_country(position, foreign)

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

    def _office_named_next(self, position: int, role_word: str, portfolio: frozenset[str],
                           country: str) -> Person | None:
        """A lead that describes one office before it names its holder: "Lithuania's foreign minister will not
        travel to Minsk … Foreign Minister X had been due to …". The first person named after the description,
        in its own sentence or the next, when he holds that office, his country goes unsaid, and he is named
        nowhere before it. A lead that describes two countries' offices ("Turkey's president spoke with Russia's
        leader. President A told President B …") names their holders in the same order: the second description
        is the second person named."""
        sent = self.doc[position].sent
        end = self.doc[sent.end].sent.end if sent.end < len(self.doc) else sent.end
        later = self._named[bisect_right(self._named_starts, position):]
        described = {self._described_country(t) for t in self.doc[sent.start : position]} - {None, country}
        named = list({id(p): p for i, p in later if i < end}.values())
        first = named[len(described)] if len(described) < len(named) else None
        if first is None or first.country is not None or not self._holds_office(first, role_word, portfolio):
            return None
        if any(p is first for _, p in self.persons_before(position)):
            return None
        return first

    def _described_country(self, token: Token) -> str | None:
        """The country an office word is described by ("Turkey's president", "the Russian leader"), if any."""
        if token.lower_ not in self.lex.title_words:  # ("leader" and "premier" are title words)
            return None
        return next((c for child in token.children if child.dep_ in {"poss", "amod", "compound"}
                     and (c := self.demonym_country(child))), None)

    def _holds_office(self, person: Person, role_word: str, portfolio: frozenset[str]) -> bool:
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
        one the story is about — named most often as a subject — and of those the last named."""
        before = self.persons_before(position)
        matches = [p for _, p in before if p.role and role_word in p.role.lower()]
        if not matches:
            return None

        def salience(person: Person) -> tuple[int, int]:
            subject = sum(_is_subject_name(self.doc, i) for i, p in before if p is person)
            last = max(i for i, p in before if p is person)
            return subject, last

        unique = list({id(p): p for p in matches}.values())
        return max(unique, key=salience)


def build_place_matcher(nlp: Language, lexicon: Lexicon) -> PhraseMatcher:
    """Country names, capitals, cities and seats of government, as written with capitals ("the Kremlin")."""
    matcher = PhraseMatcher(nlp.vocab)
    phrases: set[str] = set()
    for folded in (*lexicon.country_names, *lexicon.places, *lexicon.metonyms):
        phrases.update({folded.title(), folded.upper(), folded.capitalize()})
    for original in lexicon.surface_forms:
        phrases.add(original)
    phrases |= {p.replace("'", "’") for p in phrases if "'" in p}  # "Quai d’Orsay", "Côte d’Ivoire" as typeset
    matcher.add("PLACE", [nlp.make_doc(phrase) for phrase in sorted(phrases)])
    compound = sorted({d.title() for d in lexicon.demonyms if " " in d})  # "South Korean", "Sri Lankan"
    matcher.add("DEMONYM", [nlp.make_doc(phrase) for phrase in compound])
    return matcher


def name_head(token: Token) -> Token:
    """The word a name hangs on: "Biden" for the "Joe" of "Joe Biden's remarks"."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def clause_of(token: Token) -> Token:
    """The verb of the clause ``token`` stands in (the root, when no verb governs it)."""
    clause = token
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _clause_subjects(token: Token, person_at: dict[int, Person]) -> list[Person]:
    """The people who are subjects of the clause ``token`` stands in; a clause with no subject of its own shares
    the one it hangs on ("Sullivan met Wang and spoke with him", "met Lukashenko a day after talking with him":
    the object pronoun is not Sullivan, nor Putin), unless an object controls it ("asked X to call him")."""
    clause = clause_of(token)
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) and clause.head.i != clause.i and (
            clause.dep_ in {"conj", "advcl", "pcomp"} or clause.dep_ == "xcomp" and not any(
                c.dep_ == "dobj" for c in clause.head.children)):
        clause = clause_of(clause.head)
    return [person_at[t.i] for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}
            for t in c.subtree if t.i in person_at and not _inside_clause(t, c)]


def _inside_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a clause inside the phrase ``top`` ("Soto, who met Vega in Geneva, …": Vega
    is no subject of the clause Soto is)."""
    while token.i != top.i:
        if token.dep_ in {"relcl", "acl", "advcl"}:
            return True
        token = token.head
    return False


def _is_subject_name(doc: Doc, i: int) -> bool:
    """A name that is its clause's subject, also in apposition to it ("Egypt's minister, X, said")."""
    token = doc[i]
    while token.dep_ in {"compound", "flat", "appos"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def _owns_subject(doc: Doc, i: int, person_at: dict[int, Person]) -> bool:
    """A name whose possessive owns its clause's subject, itself no person ("Biden's own swing looked thin. He
    stopped in Manaus"): the one the clause is about, as a subject would be."""
    token = doc[i]
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "poss" and token.head.dep_ in {"nsubj", "nsubjpass"} and token.head.i not in person_at
