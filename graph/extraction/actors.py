"""Who is who in one article: people (with titles, roles, countries), states, and what a phrase refers to.

The model's NER finds most full names; the article's own full names then let a bare surname be found
wherever it occurs, even where NER labelled it a place or an organization ("Blinken" as GPE). Pronouns,
"the pair" and "his Russian counterpart" are resolved here too, so that the contact rules only ask
"who does this token stand for?".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graph.extraction.lexicon import Lexicon, fold
from graph.extraction.records import ActorRef, Evidence, OfficialRecord
from graph.extraction.titles import TitleReader
from graph.names import NAME_PARTICLES, surname_key

__all__ = ["Person", "ArticleActors"]

ORGANIZATION_WORDS = {"ministry", "council", "department", "agency", "committee", "commission", "office", "party",
                      "army", "forces", "force", "bank", "union", "organization", "organisation", "association",
                      "group", "command", "staff", "navy", "guard", "service", "assembly", "parliament", "court",
                      "house", "fund", "institute", "university", "news", "corporation", "company", "government",
                      "conference", "summit", "forum", "dialogue", "partnership", "alliance", "coalition", "bureau",
                      "secretariat", "directorate", "authority", "administration", "cabinet", "congress", "senate",
                      "embassy", "consulate", "radio", "palace", "base", "plan", "treaty", "accord", "initiative"}
HEAD_ROLES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader",
              "supreme", "head of state", "taoiseach", "monarch")
# How far after a description ("The top officers of the two navies met …") its people may first be named.
DESCRIBED_THEN_NAMED_TOKENS = 150
PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
# How far before a name its title may stand across the office and country it names ("Chairman of the
# Standing Committee of the National People's Congress of the People's Republic of China X").
TITLE_CHAIN_TOKENS = 16
# Words that chain a title to the office and country it names: "of the People's Republic of".
_CHAIN_WORDS = {"of", "the", "'s", "’s"}
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’\-.]*$")
_BAD_PERSON_WORDS = {"minister", "ministry", "president", "news", "agency", "council", "house", "day"}


@dataclass
class Person:
    """One person of the article: every mention, the fullest name, and what the titles say."""

    name: str
    first: str | None
    surname: str
    mentions: list[Span] = field(default_factory=list)
    country: str | None = None
    role: str | None = None

    def aliases(self) -> tuple[str, ...]:
        forms = {m.text for m in self.mentions} | {self.surname}
        return tuple(sorted(f for f in forms if f != self.name))


class ArticleActors(TitleReader):
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
            if fold(span.text) not in self.lex.country_names and self._inside_longer_name(span):
                continue  # "Jordan Smith", "Georgia Meloni": a name, not a place
            self.state_spans.append(span)
            for i in range(span.start, span.end):
                self.state_at[i] = country
                taken.add(i)

    def _inside_longer_name(self, span: Span) -> bool:
        """A place word that NER reads as part of a longer person name ("Jordan Smith"), or of a name it takes
        for an organization when every word of it is a name's ("Chile's Ricardo Lagos Mena", "Paraguay's
        Santiago Peña"; not "Lagos State Government")."""
        for ent in self.doc.ents:
            if not (ent.start <= span.start and span.end <= ent.end and len(ent) > len(span)):
                continue
            if ent.label_ == "PERSON":
                return True
            if ent.label_ == "ORG" and all(t.pos_ == "PROPN" and _name_shaped(t.text)
                                           and t.lower_ not in ORGANIZATION_WORDS for t in ent):
                return True
        return False

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
        return None

    def demonym_country(self, token: Token) -> str | None:
        """The country of a demonym or country-name modifier ("Russian", "US", "France's")."""
        if token.i in self.state_at:
            return self.state_at[token.i]
        if token.i in self.demonym_at:
            return self.demonym_at[token.i]
        if token.text[:1].isupper():
            return self.lex.demonyms.get(fold(token.text))
        return None

    # ---- people -------------------------------------------------------------------------------
    def _name_tokens(self, span: Span) -> list[Token]:
        """The name inside an entity span: titles, demonyms and a possessive 's trimmed off."""
        tokens = [t for t in span if t.text not in {"'s", "’s"}]
        while tokens and (tokens[0].lower_ in self.lex.honorifics or self.demonym_country(tokens[0])):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or not (_name_shaped(tokens[-1].text) or _after_hyphen(tokens[-1]))):
            tokens = tokens[:-1]
        return tokens

    def _name_continued(self, tokens: list[Token]) -> list[Token]:
        """A name the model's entity stopped short of: on after an inner hyphen ("Moon Jae-in") or through
        particles to a capitalized word that is no place ("Ursula von der Leyen", "Tamim bin Hamad Al Thani",
        but not "Nicolás Maduro El Salvador's envoy")."""
        end = tokens[-1].i + 1
        while end + 1 < len(self.doc):
            if self.doc[end].text == "-" and not self.doc[end - 1].whitespace_:
                tokens = [*tokens, self.doc[end], self.doc[end + 1]]
                end += 2
                continue
            after = end
            while after < len(self.doc) - 1 and self.doc[after].lower_ in NAME_PARTICLES:
                after += 1
            if after == end or not _name_shaped(self.doc[after].text) or end in self.state_at:
                break  # "El Salvador" is a place from its article on; "del Rosario" a name, whatever Rosario is
            tokens = [*tokens, *self.doc[end : after + 1]]
            end = after + 1
        return tokens

    def _find_persons(self) -> None:
        candidates: list[list[Token]] = []
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            tokens = self._name_tokens(ent)
            if not tokens or any(t.i in self.state_at for t in tokens):
                continue
            if any(t.lower_ in _BAD_PERSON_WORDS for t in tokens) or len(tokens) > 6:
                continue
            if all(t.lower_ in self.lex.title_words for t in tokens):
                continue  # "State Councilor": a title NER took for a name
            if tokens[0].i > 0 and self.doc[tokens[0].i - 1].text in self.lex.ship_prefixes \
                    or tokens[0].text in self.lex.ship_prefixes:
                continue  # "USS Kearsarge" is a ship
            candidates.append(self._name_continued(tokens))
        candidates.extend(self._titled_names())
        candidates.extend(self._names_in_contact_roles())
        candidates = [c for c in candidates if not self._organization_fragment(c)]
        by_full: dict[str, Person] = {}
        # Full names first, so that a bare surname joins the right person.
        for tokens in sorted(candidates, key=lambda ts: -len(ts)):
            name = self.doc[tokens[0].i : tokens[-1].i + 1].text
            words = name.split()
            surname = words[-1]
            first = words[0] if len(words) > 1 else None
            person = by_full.get(name)
            if person is None and first is None:
                person = self._person_by_surname(surname, tokens[0].i)
            if person is None and first is not None:
                same = [p for p in self.persons if _same_surname(p.surname, surname) and p.first in (None, first)]
                # "Dela Cruz", "López Obrador": the tail of a longer name is that person's surname
                same += [p for p in self.persons if p.name.endswith(" " + name) and p not in same]
                person = same[0] if same else None
            if person is None:
                person = Person(name=name, first=first, surname=surname)
                self.persons.append(person)
                by_full[person.name] = person
            self._add_mention(person, tokens[0].i, tokens[-1].i + 1)
        # Every other place a known surname occurs is that person too, whatever NER called it.
        for token in self.doc:
            if token.i in self.person_at or token.i in self.state_at or not token.text[:1].isupper():
                continue
            owners = [p for p in self.persons if _same_surname(p.surname, token.text) or
                      (p.first == token.text and not any(_same_surname(q.surname, token.text) for q in self.persons))]
            if owners:
                person = self._person_by_surname(token.text, token.i) or owners[0]
                self._add_mention(person, token.i, token.i + 1)
                continue
            if token.pos_ == "PROPN" and token.lower_ not in self.lex.title_words:
                middle = self._person_by_surname(token.text, token.i)  # "López" of "Andrés Manuel López Obrador"
                if middle is not None:
                    self._add_mention(middle, token.i, token.i + 1)
        for person in self.persons:
            person.mentions.sort(key=lambda s: s.start)
        self.persons = [p for p in self.persons
                        if p.mentions and not self._only_a_place(p) and not self._only_a_modifier(p)]
        self.person_at = {i: p for i, p in self.person_at.items() if p in self.persons}

    def _organization_fragment(self, tokens: list[Token]) -> bool:
        """An acronym ("JMSDF") or words inside an institution's name ("China's National [Development] and Reform
        Commission"): the model's or a title's run, but no person. A full name in capitals is still a name
        ("Emmanuel MACRON"); a lone word in capitals is an abbreviation."""
        if len(tokens) == 1 and _acronym(tokens[0].text):
            return True
        last = tokens[-1]
        if last.ent_type_ in {"", "PERSON"}:
            return False
        end = last.i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return any(t.lower_ in ORGANIZATION_WORDS for t in self.doc[last.i + 1 : end])

    def _only_a_modifier(self, person: Person) -> bool:
        """A "name" only ever found modifying a common noun ("two Kestrel destroyers", "the Rusizi river", "Max
        Thunder exercise") with no title before it: a thing's name, not a person's."""
        for mention in person.mentions:
            root = mention.root
            head = root.head
            if root.dep_ != "compound" or head.pos_ != "NOUN" or not head.is_lower or head.i < mention.end \
                    or head.lower_ in NAME_PARTICLES:  # "Ursula von der Leyen" parsed with "der" a noun
                return False
            if mention.start > 0 and self.doc[mention.start - 1].lower_ in self.lex.title_words:
                return False
        return True

    def _only_a_place(self, person: Person) -> bool:
        """A "name" only ever found where places go ("talks in Argyle", "attacks on Mocimboa da Praia") with
        no title anywhere: NER took a place for a person."""
        for mention in person.mentions:
            root = mention.root
            if root.dep_ != "pobj" or root.head.lower_ not in {"in", "at", "to", "near", "from", "into", "on", "of"}:
                return False
            if self._titled_from_afar(mention):
                return False
        return True

    def _titled_from_afar(self, mention: Span) -> bool:
        """A title before the name, across the office and country it names: "President of the Republic of
        Uzbekistan Shavkat Mirziyoyev", "Premier of the State Council of the People's Republic of China Li
        Keqiang" are people even though the name hangs on "of"."""
        i = mention.start - 1
        while i >= mention.sent.start and i >= mention.start - TITLE_CHAIN_TOKENS:
            token = self.doc[i]
            if token.lower_ in self.lex.title_words:
                return True
            if not (token.i in self.state_at or token.lower_ in _CHAIN_WORDS or token.pos_ == "PROPN"):
                return False
            i -= 1
        return False

    def _titled_names(self) -> list[list[Token]]:
        """Capitalized names right after a title that NER missed ("Foreign Minister Kuleba")."""
        found: list[list[Token]] = []
        for token in self.doc:
            introduces = token.lower_ in {"counterpart", "counterparts"}
            # "government spokeswoman Yolande Makolo": a title in lower case is a noun's, and a full name follows
            lowered = token.is_lower and token.pos_ == "NOUN"
            if not introduces and (token.lower_ not in self.lex.title_words
                                   or not (token.text[:1].isupper() or lowered)):
                continue
            nxt = token.i + 1
            run: list[Token] = []
            through_of = False  # "President of the Republic of Kazakhstan Arman Serikov": a name after the country
            while nxt < len(self.doc):
                current = self.doc[nxt]
                if current.lower_ in _CHAIN_WORDS and (not run or self._names_an_office(run)):
                    through_of = True  # "Premier of the State Council of the People's Republic of China Li Keqiang"
                    run = []
                    nxt += 1
                    continue
                if run and not _name_shaped(current.text) and _name_part(current):
                    run.append(current)  # "Sheikh Sabah al-Ahmad al-Jaber al-Sabah", "Mohammed bin Salman"
                    nxt += 1
                    continue
                if current.pos_ != "PROPN" or not _name_shaped(current.text):
                    break
                if current.lower_ in self.lex.title_words or current.lower_.removesuffix("s") in self.lex.title_words \
                        or nxt in self.state_at:  # "Military Commanders" is a title, not a name
                    run = []
                    nxt += 1
                    continue
                run.append(current)
                nxt += 1
            while run and not (_name_shaped(run[-1].text) or _given_name_tail(run[-1])):
                run = run[:-1]  # a name ends on a capitalized word or "Jae-in"'s "in", not on "al-" or "bin"
            if through_of and (not run or run[0].i - 1 not in self.state_at):
                run = []  # "Minister of International Relations": no country, so no name after it
            while run and run[0].lower_ in self.lex.honorifics:
                run = run[1:]  # "Prime Minister Shri Narendra Modi"
            # The small model often tags a titled name as an organization ("Chancellor Olaf Scholz"); a run
            # after a title is a person unless it holds a word that only organizations have.
            # (After "of <country>" the model tends to stretch the country's entity over the name that follows.)
            organization = any((t.ent_type_ in {"GPE", "NORP"} and not through_of) or t.lower_ in ORGANIZATION_WORDS
                               for t in run)
            named = len([t for t in run if _name_shaped(t.text)])
            if run and named <= 4 and not organization and (named >= 2 or not lowered or introduces):
                found.append(run)
        found.extend(self._names_in_apposition())
        found.extend(self._names_before_a_title())
        found.extend(self._names_after_listed_countries())
        found.extend(self._possessed_names_listed_with_people())
        return found

    def _names_an_office(self, run: list[Token]) -> bool:
        """Capitalized words before "of"/"'s" that name an institution or a country ("State Council", "People"
        of "People's Republic"), which a title's chain passes through; a person's name ("Joe Biden of the
        United States") ends the chain."""
        return all(t.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} or t.lower_ in ORGANIZATION_WORDS
                   or t.i in self.state_at for t in run)

    def _possessed_names_listed_with_people(self) -> list[list[Token]]:
        """ "Nepal's K.P. Sharma Oli, Bhutan's Lotay Tshering and …": a name after a country's possessive, listed
        with people or with another such name, is a person, though the model may take it for an organization
        or a building (as it may "Le Monde" alone)."""
        items: list[tuple[int, list[Token]]] = []  # (the country's index, the name after its possessive)
        for token in self.doc:
            if token.i not in self.state_at or token.i + 2 >= len(self.doc) or \
                    self.doc[token.i + 1].text not in {"'s", "’s", "'", "’"}:
                continue
            run = self._possessed_run(token.i + 2)
            if 2 <= len(run) <= 5 and run[-1].i not in self.person_at and run[0].lower_ not in NAME_PARTICLES:
                items.append((token.i, run))
        found: list[list[Token]] = []
        for k, (country, run) in enumerate(items):
            head = run[-1]
            listed = [*head.conjuncts, *([head.head] if head.dep_ in {"conj", "appos"} else [])]
            beside = (k > 0 and self._joined_in_list(items[k - 1][1][-1].i, country)) or \
                (k + 1 < len(items) and self._joined_in_list(head.i, items[k + 1][0]))
            if beside or any(t.ent_type_ == "PERSON" for t in listed):
                found.append(run)
        return found

    def _possessed_run(self, start: int) -> list[Token]:
        """The capitalized words (and particles between them) of a name starting at ``start``."""
        run: list[Token] = []
        for nxt in self.doc[start : start + 7]:
            if run and nxt.is_lower and nxt.lower_ in NAME_PARTICLES:
                run.append(nxt)  # "Lula da Silva"
                continue
            if nxt.pos_ != "PROPN" or not (_name_shaped(nxt.text) or _after_hyphen(nxt)) \
                    or nxt.i in self.state_at or nxt.lower_ in self.lex.title_words \
                    or nxt.lower_ in ORGANIZATION_WORDS or nxt.ent_type_ in {"NORP", "LOC"}:
                break
            run.append(nxt)
        while run and run[-1].is_lower:
            run.pop()
        return run

    def _joined_in_list(self, end: int, start: int) -> bool:
        """Whether only a comma or "and" stands between two list items ("A's X, B's Y and C's Z")."""
        between = [t.lower_ for t in self.doc[end + 1 : start]]
        return 1 <= len(between) <= 2 and all(w in {",", "and", ";"} for w in between)

    def _names_in_apposition(self) -> list[list[Token]]:
        """ "the head of the agency, Rafael Grossi,": a capitalized name set off after a title noun."""
        found: list[list[Token]] = []
        for token in self.doc:
            if token.lower_ not in self.lex.title_words or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            for child in token.children:
                # "official, Karim Fouad, and …" is often parsed as a list item ("conj") right after the comma
                listed = child.dep_ == "conj" and child.left_edge.i == token.i + 2 and self.doc[token.i + 1].text == ","
                if not (child.dep_ == "appos" or listed) or child.pos_ != "PROPN" or child.i in self.state_at:
                    continue
                run = [t for t in child.subtree if child.i - 5 <= t.i <= child.i and _name_part(t)
                       and t.lower_ not in self.lex.title_words]
                while run and (not _name_shaped(run[0].text) or run[0].lower_ in self.lex.honorifics):
                    run = run[1:]  # a name starts with a capital, after any "Sheikh"; "el-Tayeb" goes on in lower case
                contiguous = run and run[-1].i - run[0].i == len(run) - 1
                names = [t for t in run if _name_shaped(t.text)]
                if contiguous and 2 <= len(names) and len(run) <= 5 and \
                        not any(t.lower_ in ORGANIZATION_WORDS for t in run):
                    found.append(run)
        return found

    def _names_before_a_title(self) -> list[list[Token]]:
        """ "attended by Celso Amorim, chief foreign policy adviser to …": a full name with a title in apposition
        after it is a person, though the model may take it for an organization."""
        found: list[list[Token]] = []
        for title in self.doc:
            head = title.head
            if title.dep_ != "appos" or title.lower_ not in self.lex.title_words or title.pos_ != "NOUN" \
                    or head.i >= title.i or head.i + 1 >= len(self.doc) or self.doc[head.i + 1].text != ",":
                continue
            run = [t for t in head.lefts if t.dep_ in {"compound", "flat"}] + [head]
            if 2 <= len(run) <= 4 and run[-1].i - run[0].i == len(run) - 1 and all(
                    t.pos_ == "PROPN" and _name_shaped(t.text) and t.i not in self.state_at
                    and t.lower_ not in self.lex.title_words and t.lower_ not in ORGANIZATION_WORDS
                    and t.ent_type_ not in {"GPE", "NORP", "LOC", "DATE", "EVENT", "FAC"} for t in run):
                found.append(run)
        return found

    def _names_in_contact_roles(self) -> list[list[Token]]:
        """ "Aleksandar Vučić met Kosovo's Isa Mustafa": a full name the model does not know (or takes for an
        organization) is still a person where only a person can stand — as the subject or the object of a
        contact verb — when it has a name's shape: two or three capitalized words, none a place, a title or
        a word organizations have."""
        found: list[list[Token]] = []
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.contact_verbs:
                continue
            objects = {"dobj"} if verb.lemma_.lower() != "visit" else set()  # one visits places too
            heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} | objects]
            heads += [o for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"with", "by"}
                      for o in c.children if o.dep_ == "pobj"]
            for head in heads:
                run = [t for t in head.lefts if t.dep_ in {"compound", "flat"}] + [head]
                if head.i in self.person_at or not 2 <= len(run) <= 3 or run[-1].i - run[0].i != len(run) - 1:
                    continue
                if all(t.pos_ == "PROPN" and _name_shaped(t.text) and t.i not in self.state_at
                       and t.lower_ not in self.lex.title_words and t.lower_ not in ORGANIZATION_WORDS
                       and t.ent_type_ not in {"GPE", "NORP", "LOC", "DATE", "EVENT"} for t in run):
                    found.append(run)
        return found

    def _names_after_listed_countries(self) -> list[list[Token]]:
        """ "the foreign ministers of Guatemala, Rodrigo Estrada; Honduras, María Zúniga; and …": a name
        right after a listed country, the model's entity label notwithstanding."""
        found: list[list[Token]] = []
        for token in self.doc:
            if token.i + 2 >= len(self.doc) or self.doc[token.i + 1].text != "," or token.i not in self.state_at \
                    or token.i + 1 in self.state_at or self.listing_title(token) is None:
                continue
            run: list[Token] = []
            for nxt in self.doc[token.i + 2 : token.i + 6]:
                if nxt.pos_ != "PROPN" or not _name_shaped(nxt.text) or nxt.i in self.state_at \
                        or nxt.lower_ in self.lex.title_words:
                    break
                run.append(nxt)
            if 2 <= len(run) <= 4:
                found.append(run)
        return found

    def _person_by_surname(self, surname: str, position: int) -> Person | None:
        """The person a bare surname means: the one with that surname mentioned last before ``position``."""
        owners = [p for p in self.persons if _same_surname(p.surname, surname)]
        if not owners:
            # Family name first ("Xi Jinping" … "Xi", "Kim Jong Un" … "Kim"): the bare name is the first word.
            owners = [p for p in self.persons if p.first == surname and len(p.name.split()) >= 2]
        if not owners:
            # Two family names ("Rubén Acosta Villalba" … "Acosta"): a middle name of exactly one person.
            owners = [p for p in self.persons if surname in p.name.split()[1:-1]]
            if len(owners) != 1 or any(q.first == surname for q in self.persons):
                return None
        if len(owners) == 1:
            return owners[0]

        def last_before(p: Person) -> int:
            return max((m.start for m in p.mentions if m.start < position), default=-1)

        return max(owners, key=last_before)

    def _add_mention(self, person: Person, start: int, end: int) -> None:
        if any(i in self.person_at for i in range(start, end)):
            return
        span = Span(self.doc, start, end)
        person.mentions.append(span)
        for i in range(start, end):
            self.person_at[i] = person
        if len(span) > 1 and len(span.text) > len(person.name) and person.first is not None:
            person.name = " ".join(t.text for t in span)

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

    def country_of(self, ref: ActorRef) -> str | None:
        """The state an actor belongs to: itself for a state, the known country for an official."""
        if ref.kind == "state":
            return ref.name
        return next((p.country for p in self.persons if p.name == ref.name), None)

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
        recent = [p for i, p in before if _is_subject_name(self.doc, i)]
        if recent:
            return recent[-1]
        return before[-1][1] if before else None

    def person_by_description(
        self, country: str, position: int, role_word: str | None = None, portfolio: frozenset[str] = frozenset(),
        ahead: bool = False,
    ) -> Person | None:
        """"the Russian leader": the last person of that country named before ``position`` — one whose role
        has the word when the role is known ("the Turkish foreign minister" is not the Turkish president), and
        the portfolio ("the defence ministers of A and B" are not their foreign ministers).

        With ``ahead``, a lead that describes before it names ("The foreign ministers of A and B met …;
        A's Foreign Minister X said …") finds the first person named later whose known role fits."""

        def fits(person: Person, strict: bool) -> bool:
            if person.country != country:
                return False
            if person.role is None:  # "Malaysia's Zulkifli Hamid" is no known "leader of Malaysia"
                return not strict and role_word not in {"leader", "leaders", "premier"}
            role = person.role.lower().replace("defense", "defence")
            words = set(role.split())  # words, not substrings: "air" is not in "Foreign Affairs"
            if any(word.replace("defense", "defence") not in words for word in portfolio):
                return False
            if role_word in {"leader", "leaders", "premier"}:  # a head of state or government
                return any(w in role for w in HEAD_ROLES)
            if role_word and role_word not in self.lex.generic_role_words:
                return role_word in words or role_word.removesuffix("s") in words
            return not strict or role_word in self.lex.generic_role_words

        matches = [p for _, p in self.persons_before(position) if fits(p, strict=False)]
        if matches:
            return matches[-1]
        if not ahead:
            return None
        later = sorted(((m.start, p) for p in self.persons for m in p.mentions if m.start > position),
                       key=lambda pair: pair[0])
        if role_word in self.lex.generic_role_words:  # "the head of US Central Command": the next one of that country
            later = [(i, p) for i, p in later if i - position <= DESCRIBED_THEN_NAMED_TOKENS]
        return next((p for _, p in later if fits(p, strict=True)), None)

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
    matcher.add("PLACE", [nlp.make_doc(phrase) for phrase in sorted(phrases)])
    compound = sorted({d.title() for d in lexicon.demonyms if " " in d})  # "South Korean", "Sri Lankan"
    matcher.add("DEMONYM", [nlp.make_doc(phrase) for phrase in compound])
    return matcher


def _acronym(text: str) -> bool:
    """A word in capitals that is an abbreviation ("JMSDF", "NATO", "U.N."), not a name."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _name_shaped(text: str) -> bool:
    """A capitalized word, in any alphabet's capitals ("Özkök", "Šefčovič", "Ángel" as well as "Blinken")."""
    return text[:1].isupper() and _NAME_TOKEN.match(text) is not None


def _after_hyphen(token: Token) -> bool:
    return token.i > 0 and token.nbor(-1).text == "-"


def _given_name_tail(token: Token) -> bool:
    """The lower-case syllable after a hyphen that ends a given name ("Jae-in", "Jong-un", "Suk-yeol")."""
    return token.is_alpha and token.is_lower and token.i > 1 and token.nbor(-1).text == "-" \
        and not token.nbor(-1).whitespace_ and not token.nbor(-2).whitespace_ and token.nbor(-2).text[:1].isupper()


def _clause_subjects(token: Token, person_at: dict[int, Person]) -> list[Person]:
    """The people who are subjects of the clause ``token`` stands in."""
    clause = token
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return [person_at[t.i] for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}
            for t in c.subtree if t.i in person_at]


def _same_surname(a: str, b: str) -> bool:
    """ "Zelensky" and "Zelenskyy", "Sanchez" and "Sánchez", "al-Sisi" and "Sisi": one surname in two spellings."""
    a, b = _without_article(a), _without_article(b)
    if a == b:
        return True
    if "-" in a or "-" in b:
        return False  # "Putin-Xi" (a headline's two names) is nobody's surname in another spelling
    key = surname_key(a)
    return bool(key) and key == surname_key(b)


def _without_article(surname: str) -> str:
    """An Arabic surname without its article, as later mentions write it ("al-Sisi" → "Sisi", "el-Tayeb")."""
    article, hyphen, rest = surname.partition("-")
    return rest if hyphen and rest[:1].isupper() and article.lower() in NAME_PARTICLES else surname


def _is_subject_name(doc: Doc, i: int) -> bool:
    """A name that is its clause's subject, also in apposition to it ("Egypt's minister, X, said")."""
    token = doc[i]
    while token.dep_ in {"compound", "flat", "appos"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def _name_part(token: Token) -> bool:
    """A token of a personal name: capitalized proper noun, a lower-case particle or an inner hyphen."""
    if token.pos_ == "PROPN" and _name_shaped(token.text):
        return True
    if token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_:
        return token.is_alpha  # "Lin Wei-ting", "Moon Jae-in"
    return token.lower_ in NAME_PARTICLES or (token.text == "-" and not token.whitespace_)
