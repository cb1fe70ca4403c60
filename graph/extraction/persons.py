"""The people of one article: every mention of each, merged from the model's names and the names it missed.

Candidate names come from the model's PERSON entities (``EntityNames``, entity_names.py: titles and demonyms
trimmed, a name it stopped short of continued) and from ``MissedNames`` (missed_names.py). Full names are merged
first, so that a bare surname joins the right person; then every other place a known surname occurs is that person
too, even where NER labelled it a place or an organization ("Blinken" as GPE). "People" only ever found where places
go, or only modifying a common noun, are dropped. ``PersonFinder`` is a mixin: ``ArticleActors`` (actors.py) finds
the article's states first and then calls ``_find_persons``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from graph.extraction.bare_names import CONVERSATIONS, BareNames
from graph.extraction.entity_names import EntityNames
from graph.extraction.missed_names import CHAIN_WORDS, TITLE_CHAIN_TOKENS, MissedNames
from graph.extraction.name_forms import acronym, opens_with_address
from graph.names import NAME_PARTICLES, NAME_SUFFIXES, same_surname

__all__ = ["Person", "PersonFinder"]

# How many times bare surnames are looked for beside the people found so far ("Kenya's president, Ruto, met
# Museveni": Ruto by his title first, then Museveni beside him).
BARE_NAME_ROUNDS = 3
# How close after one of two people sharing a bare name it still means that one rather than the story's main one.
SURNAME_CONTINUITY_TOKENS = 30


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


class PersonFinder(EntityNames, MissedNames, BareNames):
    """Finds the article's people into ``persons`` and ``person_at``; expects ``state_at`` filled and
    ``demonym_country`` (see ``TitleReader``)."""

    def _find_persons(self) -> None:
        self._merge_candidates([*self._entity_names(), *self._missed_names()])
        self._split_joined_names()
        self._mention_surnames(self.persons)
        self._drop_things()
        self._suffixes_set_off()
        # Single words beside the people now known ("Ruto met Museveni"): people too, and so is every other
        # place their surname occurs; each round's people may stand beside the next one's.
        for _ in range(BARE_NAME_ROUNDS):
            bare: list[Person] = []
            for run in self._bare_names():
                if len(run) > 1:  # a full name: a person of its own, or one of the same name known already
                    known = list(self.persons)
                    self._merge_candidates([run])
                    bare += [p for p in self.persons if p not in known]
                    continue
                token = run[0]
                person = self._person_by_surname(token.text, token.i)
                if person is None:
                    person = Person(name=token.text, first=None, surname=token.text)
                    self.persons.append(person)
                    bare.append(person)
                self._add_mention(person, token.i, token.i + 1)
            if not bare:
                break
            self._mention_surnames(bare)
            self._drop_things()
        self._name_with_style()

    def _name_with_style(self) -> None:
        """A Gulf ruler or minister is named with his style as the text writes it ("Sheikh Tamim bin Hamad Al
        Thani"), as annotators and event coders keep such names; two Al Thanis then differ by more than the
        surname. The style is no title: it never makes a role."""
        for person in self.persons:
            styles = [self.doc[m.start - 1].text for m in person.mentions
                      if m.start > 0 and (len(m) > 1 or " " not in person.name)
                      and self.doc[m.start - 1].text in self.lex.name_styles]  # also "Sheikh Mohammed" alone
            if styles and person.name.split()[0] not in self.lex.name_styles:
                person.name = f"{styles[0]} {person.name}"
            # "King Hussein", "King Fahd": a monarch the article names by one regnal name keeps his title, as he is
            # known (and two Husseins, the king and the president, stay apart)
            reigning = [self.doc[m.start - 1].text for m in person.mentions if m.start > 0 and
                        self.doc[m.start - 1].lower_ in self.lex.monarch_titles and self.doc[m.start - 1].is_title]
            if reigning and person.first is None and " " not in person.name:
                person.name = f"{reigning[0]} {person.name}"

    def _merge_candidates(self, candidates: list[list[Token]]) -> None:
        """One person per name: full names first, so that a bare surname joins the right person."""
        starts = {c[0].i for c in candidates}
        candidates = [c for c in candidates
                      if not self._organization_fragment(c) and not self._address_before(c, starts)]
        styles = {n.lower() for n in self.lex.name_styles}
        for i, tokens in enumerate(candidates):  # "Hon. Ali Sabry, Minister of …": the form of address is no name
            while opens_with_address(tokens, self.lex) and tokens[0].lower_ not in styles:
                tokens = tokens[1:]
            while len(tokens) > 1 and tokens[-1].text in self.lex.post_nominals:
                tokens = tokens[:-1]  # "David Okoro MP": the letters say a seat, not a name
            candidates[i] = tokens
        by_full: dict[str, Person] = {}
        for tokens in sorted(candidates, key=lambda ts: -len(ts)):
            name = self.doc[tokens[0].i : tokens[-1].i + 1].text
            words = name.split()
            surname = words[-1]
            # "Da Silva", "Van der Berg" opening a sentence: particles and a surname, no first name
            first = words[0] if len(words) > 1 and words[0].lower() not in NAME_PARTICLES else None
            person = by_full.get(name)
            if person is None and first is None:
                person = self._person_by_surname(surname, tokens[0].i)
                if person is not None and self._titled_as_another(person, tokens[0].i, tokens[-1].i + 1):
                    person = None
            if person is None and first is not None:
                same = [p for p in self.persons if same_surname(p.surname, surname) and p.first in (None, first)]
                # "Dela Cruz", "López Obrador": the tail of a longer name is that person's surname
                same += [p for p in self.persons if p.name.endswith(" " + name) and p not in same]
                # "Faisal bin Farhan" in a headline, "Faisal bin Farhan Al Saud" in the story: the fuller form
                same += [p for p in self.persons if p.name.startswith(name + " ") and p not in same]
                person = same[0] if same else None
            if person is None:
                person = Person(name=name, first=first, surname=surname)
                self.persons.append(person)
                by_full[person.name] = person
            self._add_mention(person, tokens[0].i, tokens[-1].i + 1)

    def _address_before(self, tokens: list[Token], starts: set[int]) -> bool:
        """ "Foreign Minister U | Than Swe": a lone form of address that a title's run stopped at, right before
        another candidate name, is that name's, no name of its own."""
        lower = tokens[0].lower_
        addresses = self.lex.honorifics | self.lex.given_name_honorifics | self.lex.honorific_openers
        return len(tokens) == 1 and tokens[0].i + 1 in starts and lower in addresses

    def _titled_as_another(self, person: Person, start: int, end: int) -> bool:
        """ "President Saddam Hussein … King Hussein of Jordan": a bare surname whose own title or country says
        it is someone else — another country than the person's, or a monarch's title against a non-monarch's
        (or the reverse)."""
        country, role = self._own_title(start, end)
        if country is None and role is None:
            return False
        known = [self._own_title(m.start, m.end) for m in person.mentions if len(m) > 1]
        countries = {c for c, _ in known if c}
        kinds = {self._monarch(r) for _, r in known if r}
        return bool(country and countries and country not in countries) or \
            bool(role and kinds and self._monarch(role) not in kinds)

    def _own_title(self, start: int, end: int) -> tuple[str | None, str | None]:
        """The country and role written right around one mention (before it, or "of <country>" after it)."""
        span = Span(self.doc, start, end)
        country, role = self._title_before(span)
        return country or self._country_after_name(span)[0], role

    def _monarch(self, role: str) -> bool:
        return any(word in self.lex.monarch_titles for word in role.lower().split())

    def _suffixes_set_off(self) -> None:
        """ "President Joseph R. Biden, Jr. spoke with …": a generational suffix set off by a comma after a name is
        part of that name (the parser may make it the subject), never a surname of its own."""
        self.persons = [p for p in self.persons if p.name.lower().rstrip(".") not in NAME_SUFFIXES]
        self.person_at = {i: p for i, p in self.person_at.items() if p in self.persons}
        for token in self.doc[2:]:
            owner = self.person_at.get(token.i - 2)
            if owner is not None and token.i not in self.person_at and self.doc[token.i - 1].text == "," \
                    and token.lower_.rstrip(".") in NAME_SUFFIXES and token.text[:1].isupper():
                self.person_at[token.i] = owner

    def _split_joined_names(self) -> None:
        """ "The Putin-Kim summit", "ahead of the Biden-Xi meeting": the model may take two surnames joined by a
        hyphen for one name. When every part is the name of another person of the article, it is those people,
        not one more; ``_mention_surnames`` then finds each part (a double-barrelled surname, "Akufo-Addo", has
        no such parts and stays)."""
        for joined in [p for p in self.persons if " " not in p.name and p.first is None]:
            parts = [part for part in joined.name.replace("–", "-").split("-") if part]
            others = [p for p in self.persons if p is not joined]
            owners = [next((p for p in others if same_surname(p.surname, part)
                            or (p.first == part and len(p.name.split()) >= 2)), None) for part in parts]
            if len(parts) < 2 or None in owners or len(set(map(id, owners))) != len(parts):
                continue
            self.persons.remove(joined)
            self.person_at = {i: p for i, p in self.person_at.items() if p is not joined}

    def _mention_surnames(self, among: list[Person]) -> None:
        """Every other place a surname of ``among`` occurs is that person too, whatever NER called it."""
        for token in self.doc:
            if token.i in self.person_at or token.i in self.state_at or not token.text[:1].isupper() \
                    or token.lower_ in NAME_PARTICLES:
                continue  # ("Al" of "Al Jazeera" is no mention of "Tamim bin Hamad Al Thani")
            shadowed = any(same_surname(q.surname, token.text) for q in among)  # a surname too: not a first name
            owners = [p for p in among if same_surname(p.surname, token.text) or
                      (p.first == token.text and not shadowed and not _inside_a_place_name(token))]
            if owners:
                person = self._person_by_surname(token.text, token.i) or owners[0]
                self._add_mention(person, self._given_names_start(person, token), token.i + 1)
                continue
            if token.pos_ == "PROPN" and token.lower_ not in self.lex.title_words and not _inside_a_place_name(token):
                middle = self._person_by_surname(token.text, token.i)  # "López" of "Andrés Manuel López Obrador"
                if middle is not None and middle in among:
                    self._add_mention(middle, token.i, token.i + 1)

    def _given_names_start(self, person: Person, token: Token) -> int:
        """Where a full name the model missed begins, when ``token`` is the surname of a person known only by
        it ("Ana Soto arrived in Accra … Soto met Okafor", the model tagging only the second): one or two name
        words hung on the surname right before it, which then give the person a first name."""
        start = token.i
        if person.first is not None or token.dep_ in {"compound", "flat"}:
            return start
        while start > token.sent.start and token.i - start < 2:
            before = self.doc[start - 1]
            if before.dep_ not in {"compound", "flat"} or before.head.i != token.i or not self._name_word(before) \
                    or before.lower_ in self.lex.title_words or before.lower_ in self.lex.honorifics:
                break
            start -= 1
        if start < token.i:
            person.first = self.doc[start].text
        return start

    def _drop_things(self) -> None:
        """Mentions in text order; "people" only found where places go or modifying a common noun dropped."""
        for person in self.persons:
            person.mentions.sort(key=lambda s: s.start)
        self.persons = [p for p in self.persons
                        if p.mentions and not self._only_a_place(p) and not self._only_a_modifier(p)]
        self.person_at = {i: p for i, p in self.person_at.items() if p in self.persons}

    def _organization_fragment(self, tokens: list[Token]) -> bool:
        """An acronym ("JMSDF") or words inside an institution's name ("China's National [Development] and Reform
        Commission"): the model's or a title's run, but no person. A full name in capitals is still a name
        ("Emmanuel MACRON"); a lone word in capitals is an abbreviation."""
        if len(tokens) == 1 and acronym(tokens[0].text):
            return True
        last = tokens[-1]
        if last.ent_type_ in {"", "PERSON"}:
            return False
        end = last.i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return any(t.lower_ in self.lex.organization_words for t in self.doc[last.i + 1 : end])

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
        no title anywhere: NER took a place for a person. One spoken to or called from is no place ("spoke to
        Zelensky", "a call from Sunak"), nor one called on ("called on Imran Khan at his residence", "a courtesy
        call on X")."""
        for mention in person.mentions:
            root = mention.root
            if root.dep_ != "pobj" or root.head.lower_ not in {"in", "at", "to", "near", "from", "into", "on", "of"}:
                return False
            called_on = root.head.lower_ == "on" and root.head.head.lemma_.lower() == "call"
            if self._titled_from_afar(mention) or self._addressed(root) or self._styled_or_described(mention) \
                    or self._glued_to_a_date(mention) or called_on:
                return False
        return True

    def _glued_to_a_date(self, mention: Span) -> bool:
        """ "On Friday Ana Soto will fly …": the subject the model glued to the date opening its sentence hangs on
        that date's "On", but stands before the verb as no place does (``_names_after_an_opening_date``)."""
        before = self.doc[mention.start - 1] if mention.start > 0 else None
        listed = any(c.dep_ == "conj" for c in mention.root.children)  # "On Monday A and B met"
        return before is not None and before.ent_type_ == "DATE" and mention.root.head.i == mention.sent.start \
            and mention.end < mention.sent.end and (self.doc[mention.end].pos_ in {"VERB", "AUX"} or listed)

    def _styled_or_described(self, mention: Span) -> bool:
        """ "called on H.E. Ranil X, President of Sri Lanka, at the Secretariat": a form of address before the
        name, or an office in apposition after it, says a person is meant, wherever the name stands."""
        before = self.doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and before.lower_ in self.lex.courtesy:
            return True
        return any(c.dep_ == "appos" and c.lower_ in self.lex.title_words for c in mention.root.children)

    def _addressed(self, token: Token) -> bool:
        """The other side of a conversation after "to" or "from": "spoke to X", "a phone call from X" (but
        "travelled to X", "a visit to X", "welcomed him to X" go to places)."""
        prep = token.head
        if prep.lower_ not in {"to", "from"}:
            return False
        head = prep.head
        kind = self.lex.contact_verbs.get(head.lemma_.lower()) if head.pos_ == "VERB" else \
            self.lex.contact_nouns.get(head.lower_)
        return kind in CONVERSATIONS

    def _titled_from_afar(self, mention: Span) -> bool:
        """A title before the name, across the office and country it names: "President of the Republic of
        Uzbekistan Shavkat Mirziyoyev", "Premier of the State Council of the People's Republic of China Li
        Keqiang" are people even though the name hangs on "of"."""
        i = mention.start - 1
        while i >= mention.sent.start and i >= mention.start - TITLE_CHAIN_TOKENS:
            token = self.doc[i]
            if token.lower_ in self.lex.title_words:
                return True
            if not (token.i in self.state_at or token.lower_ in CHAIN_WORDS or token.pos_ == "PROPN"):
                return False
            i -= 1
        return False


    def _person_by_surname(self, surname: str, position: int) -> Person | None:
        """The person a bare surname means: the one with that surname mentioned last before ``position``."""
        owners = [p for p in self.persons if same_surname(p.surname, surname)]
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

        latest = max(owners, key=last_before)
        if position - last_before(latest) <= SURNAME_CONTINUITY_TOKENS:
            # "Kim Kye Gwan said … Kim added": the one just named, unless named only to describe the other ("Kim
            # Yo Jong, the sister of leader Kim Jong Un, met … Kim later hosted …")
            return self._described_by(latest, last_before(latest), owners) or latest
        if self._one_office(p for p in owners if last_before(p) >= 0):
            return latest  # "Premier Li Keqiang … (years on) Premier Li Qiang … Mr Li": the holder who came after
        # further on, the one the story is about: "Kim" after "Kim Jong Un" (named more often, or as often but
        # first, as a story's lead names its main figure) rather than "Kim Kye Gwan"
        return max(owners, key=lambda p: (sum(m.start < position for m in p.mentions),
                                          -min(m.start for m in p.mentions)))

    def _one_office(self, owners: Iterable[Person]) -> bool:
        """Whether two or more people sharing a bare name were each titled with one same office ("Premier Li
        Keqiang" in a story's 2018, "Premier Li Qiang" in its 2024): the later named succeeded the earlier, and the
        bare name after both means the one in office then, not the story's main figure."""
        offices = [{role.lower() for m in p.mentions if (role := self._own_title(m.start, m.end)[1])} for p in owners]
        return len(offices) >= 2 and bool(set.intersection(*offices))

    def _described_by(self, person: Person, start: int, owners: list[Person]) -> Person | None:
        """The other owner of a shared surname whose mention the mention of ``person`` at ``start`` depends on
        ("Kim Yo Jong, the sister of Kim Jong Un": Kim Jong Un is named to describe Kim Yo Jong)."""
        mention = next((m for m in person.mentions if m.start == start), None)
        for ancestor in mention.root.ancestors if mention is not None else ():
            other = self.person_at.get(ancestor.i)
            if other is not None and other is not person and other in owners:
                return other
        return None

    def _add_mention(self, person: Person, start: int, end: int) -> None:
        if any(i in self.person_at for i in range(start, end)):
            return
        span = Span(self.doc, start, end)
        person.mentions.append(span)
        for i in range(start, end):
            self.person_at[i] = person
        if len(span) > 1 and len(span.text) > len(person.name) and person.first is not None:
            person.name = " ".join(t.text for t in span)


def _inside_a_place_name(token: Token) -> bool:
    """A word inside a longer name of a place or a building ("the Palacio de San Carlos"): a first name there
    ("Carlos") is no mention of a person of that first name."""
    if token.ent_type_ not in {"GPE", "LOC", "FAC", "ORG"}:
        return False
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start > 1
