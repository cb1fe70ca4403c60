"""Titles, roles and countries of the people an article names.

A person's title stands before the name ("Top US General Mark Milley"), after it in apposition ("Milley,
the chairman of the Joint Chiefs"), or the name stands in apposition to it ("Qatar's prime minister, Sheikh
Mohammed"). Country words inside the title (a demonym, a country, a possessive) give the person's country.
A name after a listed country takes the list's title ("the foreign ministers of Guatemala, X; Honduras, Y"),
and "his Cambodian counterpart, General Z" takes the office of the person named before him.
``TitleReader`` is mixed into ``ArticleActors``, which supplies the document, lexicon and indexes it reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graph.extraction.lexicon import Lexicon, fold
from graph.extraction.listed_countries import ListedCountries
from graph.extraction.name_forms import (
    PORTFOLIO_OFFICES,
    POST_LINKS,
    better_role,
    posted_to,
    suffixed_title,
    title_step,
)
from graph.extraction.owned_titles import country_of_its, title_opener

if TYPE_CHECKING:
    from graph.extraction.persons import Person

__all__ = ["TitleReader", "PORTFOLIO_OFFICES", "portfolio_after_for"]

_ROLE_LINKS = {"of", "the", "and", "for", "to"}  # words a role's initials leave out ("Secretary of State")
# Prepositions that tie a country to an office as the one it serves ("Minister of Foreign Affairs of Ukraine").
_COUNTRY_LINKS = frozenset({"of", "from"})


class TitleReader(ListedCountries):
    """Reads titles around person mentions; expects ``doc``, ``lex``, ``persons``, ``person_at`` and
    ``demonym_country`` from the class it is mixed into. The lists of countries a title is of are read by
    ``ListedCountries`` (listed_countries.py)."""

    doc: Doc
    lex: Lexicon
    persons: list[Person]
    person_at: dict[int, Person]
    state_at: dict[int, str]

    def demonym_country(self, token: Token) -> str | None:  # provided by ArticleActors
        raise NotImplementedError

    def _assign_titles(self) -> None:
        for person in self.persons:
            for mention in person.mentions:
                country, role = self._title_before(mention)
                for fallback in (self._apposition_after, self._title_in_apposition, self._title_after_listed_country,
                                 self._country_after_name, self._title_before_comma):
                    if role is None or country is None:
                        a_country, a_role = fallback(mention)
                        country = country or a_country
                        role = role or a_role
                person.country = person.country or country
                if role and (person.role is None or better_role(role, person.role, self.lex)):
                    person.role = role
        for person in self.persons:
            for mention in person.mentions:
                self._counterpart_role(person, mention)
                person.country = person.country or self._country_of_the_one_served(person, mention) or \
                    country_of_its(mention, self.lex, self.state_at)
        self._country_from_descriptions()
        self._mention_role_initials()

    def _country_of_the_one_served(self, person: Person, mention: Span) -> str | None:
        """ "Putin's aide Yuri Ushakov", "Lavrov's deputy, Sergei Ryabkov,": an aide or deputy named through the
        one he serves is of that one's country (not a relative: "Sharif's brother")."""
        opener = title_opener(mention, self.lex)
        if opener is None or opener.text not in {"'s", "’s"} or \
                self.doc[opener.i + 1].lemma_.lower() in self.lex.kin_nouns:
            return None
        served = self.person_at.get(opener.i - 1)
        return served.country if served is not None and served is not person else None

    def _country_from_descriptions(self) -> None:
        """ "His Majesty King Mohammed VI received him … The King of Morocco had spoken by telephone", "Japan's
        prime minister … Prime Minister A": an office described with its country names the country of the one
        person in the article who holds that office, when nothing else told it (and no one else holds an office of
        that name)."""
        for token in self.doc:
            if token.lower_ not in self.lex.title_words or token.i in self.person_at:
                continue
            # "Japan's prime minister … Prime Minister A": a country's possessive names whose office it is, in any
            # case, when it describes him before he is named (after, it may be another's: ``_head_met_there``)
            owner = next((self.state_at[c.i] for c in token.children
                          if c.dep_ == "poss" and c.i in self.state_at), None)
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            country = owner or next((self.state_at[o.i] for o in (of.children if of is not None else [])
                                     if o.dep_ == "pobj" and o.i in self.state_at), None)
            if country is None or owner is None and token.text[:1].islower():
                continue
            office = " ".join(t.lower_ for t in self.doc[token.left_edge.i : token.i + 1]
                              if t.dep_ in {"compound", "amod"} or t.i == token.i)
            holders = [p for p in self.persons if p.role is not None and p.role.lower() == office]
            if owner is not None and holders and any(m.start < token.i for m in holders[0].mentions):
                continue
            if len(holders) == 1 and holders[0].country is None and not self._beside_holder(token, holders[0]):
                holders[0].country = country

    def _beside_holder(self, title: Token, holder: Person) -> bool:
        """ "Chancellor Mora met with the Chancellor of Ecuador": the office described in a sentence that names its
        holder apart is another's, the holder's counterpart (unless set beside the name: "Mora, the Chancellor of
        Ecuador,")."""
        sent = title.sent
        mentions = [m for m in holder.mentions if sent.start <= m.start < sent.end]
        return bool(mentions) and not any(
            title.dep_ == "appos" and title.head.i in range(m.start, m.end)
            or m.root.dep_ == "appos" and m.root.head.i == title.i for m in mentions)

    def _mention_role_initials(self) -> None:
        """ "EAM will hold talks", "the NSA said": the initials of a role stand for the one person named with that
        role (External Affairs Minister S. Jaishankar). Never a time ("3 PM"), a place or a body ("the AU")."""
        holders: dict[str, set[int]] = {}
        for index, person in enumerate(self.persons):
            words = [w for w in re.split(r"[\s-]+", person.role or "") if w and w.lower() not in _ROLE_LINKS]
            if 2 <= len(words) <= 4:
                holders.setdefault("".join(w[0].upper() for w in words), set()).add(index)
        for token in self.doc:
            text = token.text
            if not (2 <= len(text) <= 4 and text.isalpha() and text.isupper()) or len(holders.get(text, ())) != 1:
                continue
            if token.i in self.person_at or token.i in self.state_at or (token.i and self.doc[token.i - 1].like_num) \
                    or text in self.lex.organization_acronyms:
                continue
            person = self.persons[next(iter(holders[text]))]
            self._add_mention(person, token.i, token.i + 1)

    def _add_mention(self, person: Person, start: int, end: int) -> None:  # provided by PersonFinder
        raise NotImplementedError

    def _counterpart_role(self, person: Person, mention: Span) -> None:
        """ "Thai Defence Minister Somchai and his Cambodian counterpart, General Sok": a counterpart holds
        the office of the person named before, so Sok is Cambodia's defence minister (unless his own title
        already says more than a rank)."""
        window = self.doc[max(mention.sent.start, mention.start - 4) : mention.start]
        if not any(t.lower_ in self.lex.counterpart_words for t in window):
            return
        if person.role is not None and person.role.lower() not in self.lex.ranks:
            return
        before = sorted(((m.start, p) for p in self.persons for m in p.mentions
                         if mention.sent.start <= m.start < mention.start and p is not person),
                        key=lambda pair: pair[0])
        named = [p for _, p in before
                 if p.role and p.role.lower() not in self.lex.ranks and p.country != person.country]
        if named:
            person.role = named[-1].role  # the one named last before "his … counterpart"

    def _title_after_listed_country(self, mention: Span) -> tuple[str | None, str | None]:
        """ "the foreign ministers of Guatemala, Rodrigo Estrada": Guatemala's foreign minister; also with a rank
        before the name ("his counterparts from Niger, General Amadou Issa, and Chad, Colonel Idriss Mahamat")."""
        respective = self._respective_country(mention)
        start = mention.start
        while start > mention.sent.start and self.doc[start - 1].lower_ in self.lex.honorifics:
            start -= 1
        if respective is None and (start < 2 or self.doc[start - 1].text != ","):
            return None, None
        country = respective or self.doc[start - 2]
        state = self.demonym_country(country)
        title = self.listing_title(country) if state else None
        if title is None:
            return None, None
        words = [t.text for t in title.lefts if t.dep_ in {"amod", "compound"} and not self.demonym_country(t)]
        singular = title.lemma_ if title.lower_ != "counterparts" else None
        return state, (_clean_role(" ".join([*words, singular]), self.lex.courtesy) if singular else None)

    def _country_after_name(self, mention: Span) -> tuple[str | None, str | None]:
        """ "Alija Hadžić of Bosnia, Milan Ilić of Serbia and …": a country right after the name, set off by
        "of", is the one the person serves (not "of Russia's Gazprom": that is an institution's)."""
        of = mention.end
        if of + 1 >= len(self.doc) or self.doc[of].lower_ != "of":
            return None, None
        country = self.state_at.get(of + 1)
        end = of + 1
        while end < len(self.doc) and self.state_at.get(end) == country:
            end += 1
        after = self.doc[end] if end < len(self.doc) else None
        if country is None or (after is not None and after.text in {"'s", "’s", "'", "’"}):
            return None, None
        return country, None

    def _office_after_membership(self, phrase: list[Token]) -> list[Token]:
        """ "Wang, Member of the Political Bureau of the Central Committee and Foreign Minister": after a
        membership, the office joined by the last "and", when it is made of title words only."""
        ands = [k for k, t in enumerate(phrase) if t.lower_ == "and"]
        tail = phrase[ands[-1] + 1 :] if ands else []
        if tail and all(t.lower_ in self.lex.title_words | self.lex.portfolios for t in tail):
            return tail
        return []

    def _title_in_apposition(self, mention: Span) -> tuple[str | None, str | None]:
        """ "Qatar's prime minister and foreign minister, Sheikh Mohammed …": the name in apposition to a title."""
        root = mention.root
        title = root.head
        # The parser often takes "Iran's top security official, Ali Shamkhani" for a list ("conj"): a name
        # right after "<title>," is its apposition all the same.
        listed = root.dep_ == "conj" and mention.start >= 2 and self.doc[mention.start - 1].text == "," \
            and self.doc[mention.start - 2].i == title.i
        if not (root.dep_ == "appos" or listed) or title.i in self.person_at \
                or (title.lower_ not in self.lex.title_words and not suffixed_title(title, self.lex)):
            return None, None
        phrase = [t for t in self.doc[title.left_edge.i : mention.start] if not t.is_punct]
        def ends_a_side(t: Token) -> bool:  # "A, and …" or "Name and …" — not "prime minister and foreign minister"
            before = self.doc[t.i - 1] if t.i > 0 else t
            return t.lower_ == "and" and (before.text == "," or before.i in self.person_at)

        cut = max((i for i, t in enumerate(phrase) if t.i in self.person_at or ends_a_side(t)), default=-1)
        phrase = phrase[cut + 1 :]  # "A, and Mozambique's defence minister, B": only B's own title
        if title.tag_ in {"NNS", "NNPS"}:  # "the two foreign ministers, A and B": no role of one's own
            return self._own_country(phrase), None
        country = self._own_country(phrase)
        words = [t.text for t in self._role_tokens(phrase) if t.dep_ not in {"det", "poss", "case"}
                 and t.lower_ not in {"top"}]
        return country, _clean_role(" ".join(words), self.lex.courtesy)

    def _own_country(self, phrase: list[Token]) -> str | None:
        """The country a title phrase says its holder serves: the first it names, not one he is posted to."""
        return next((c for t in phrase if (c := self.demonym_country(t))
                     and not posted_to(t, self.lex, self.state_at)), None)

    def _role_tokens(self, phrase: list[Token]) -> list[Token]:
        """A title phrase without the countries it serves, which are the person's country and no part of the role:
        the country words themselves, their possessive, and the "of" that ties them to the office ("Malaysia's
        Foreign Minister", "Minister of Foreign Affairs of Sri Lanka", "the Ambassador of Chile in Quito"). The place
        an office is held in stays ("Ambassador in Quito", "Special Envoy for Yemen"), and so does a seat of
        government ("Kremlin spokesman")."""
        drop: set[int] = set()
        served = False  # after "to", "in", "for": the place the office is held in ("Ambassador to Ecuador") stays
        for k, token in enumerate(phrase):
            if self.demonym_country(token) and fold(token.text) not in self.lex.metonyms:
                if not served:
                    drop.add(k)
            elif token.lower_ != "the":
                served = token.lower_ in POST_LINKS
        drop |= {k for k, t in enumerate(phrase) if t.text in {"'s", "’s", "'", "’"} and k - 1 in drop}
        for k, token in enumerate(phrase):
            if token.lower_ not in _COUNTRY_LINKS:
                continue
            j = k + 1
            while j < len(phrase) and phrase[j].lower_ == "the":
                j += 1
            end = j
            while end < len(phrase) and end in drop:
                end += 1
            if end > j and (end == len(phrase) or phrase[end].lower_ in _COUNTRY_LINKS | POST_LINKS | {"and", ","}
                            or phrase[end].lower_ in self.lex.courtesy):  # "… of Japan, Ms. X"
                drop.update(range(k, end))
        return [t for k, t in enumerate(phrase) if k not in drop]

    def _title_before_comma(self, mention: Span) -> tuple[str | None, str | None]:
        """ "held talks with Kenya's Cabinet Secretary for Foreign Affairs, Hon. X": a title set off by a comma
        right before the name, which the parser hung elsewhere, is still the name's. Only a title phrase that ends
        right there counts: "Ana Soto, Luis Vargas" has none; nor is a speaker after it its holder ("met the
        Turkish foreign minister, Omar Celik said")."""
        if mention.root.dep_ in {"nsubj", "nsubjpass"}:
            return None, None
        start = mention.start
        while start > mention.sent.start and self.doc[start - 1].lower_ in self.lex.courtesy:
            start -= 1
        if start - 1 <= mention.sent.start or self.doc[start - 1].text != ",":
            return None, None
        before = self.doc[start - 2]
        # ("The US envoy to Sudan, Tom Hale,": the title ends on the place it is held in, which the name hangs on)
        posted = before.i in self.state_at and posted_to(before, self.lex, self.state_at)
        if (before.lower_ not in self.lex.title_words and not posted) or before.i in self.person_at:
            return None, None
        return self._title_before(mention, before.i)

    def _title_before(self, mention: Span, last: int | None = None) -> tuple[str | None, str | None]:
        words: list[Token] = []
        country: str | None = None
        i = mention.start - 1 if last is None else last
        while i >= mention.sent.start:
            token = self.doc[i]
            lower = token.lower_
            place = self.demonym_country(token)
            if place and (token.pos_ in {"PROPN", "ADJ", "NOUN"} or token.ent_type_ in {"GPE", "NORP"}):
                if posted_to(token, self.lex, self.state_at):  # "Ambassador to Chile X" is not Chile's: the place
                    words.append(token)  # is part of the role, and so is its link, which then comes
                elif not country:
                    country = place
                if fold(token.text) in self.lex.metonyms:
                    words.append(token)  # "Kremlin spokesman": the seat of government is part of the role
                i -= 1
                continue
            if lower in POST_LINKS and any(w.head.i == i and w.i in self.state_at for w in words):
                words.append(token)
                i -= 1
                continue
            if lower == "and" and i > mention.sent.start and (i - 1 in self.state_at or i - 1 in self.person_at):
                break  # "President A of South Africa and President B": the country before "and" is A's
            if lower in {"of", "the", "'s", "’s", "and"} and (words or country):
                words.append(token)  # also "President of [the Republic of] Chile Ana Rojas"
                i -= 1
                continue
            if lower in {"'s", "’s", "'", "’"} and not words and not country and i > mention.sent.start \
                    and self.doc[i - 1].pos_ == "PROPN" and self.demonym_country(self.doc[i - 1]):
                i -= 1  # "Nepal's Oli": the possessive country is his
                continue
            step = title_step(token, words, self.lex)
            if step is not None:
                added, taken = step
                words += added
                i -= taken
                continue
            if token.pos_ == "PROPN" and token.text[:1].isupper() and words and token.i not in self.person_at \
                    and token.ent_type_ != "DATE" and lower not in self.lex.document_nouns:
                # (not "On Monday Foreign Minister X", nor a headline's "Readout of Secretary X")
                words.append(token)  # "Joint Staff spokesman", "State Department official"
                i -= 1
                continue
            break
        words = [w for w in reversed(words) if w.lower_ not in self.lex.courtesy]
        while words and words[0].lower_ in {"of", "the", "'s", "’s", "and"}:
            words = words[1:]
        while words and words[-1].lower_ in {"of", "the", "'s", "’s", "and"}:
            words = words[:-1]  # "President of" once the country is taken out
        role = "".join(w.text_with_ws for w in words).strip() or None
        return country, _clean_role(role, self.lex.courtesy)

    def _apposition_after(self, mention: Span) -> tuple[str | None, str | None]:
        end = mention.end
        if end >= len(self.doc) or self.doc[end].text != ",":
            return None, None
        if end + 2 < len(self.doc) and _post_nominal(self.doc[end + 1]) and self.doc[end + 2].text == ",":
            end += 2  # "Z, PC, Minister of Foreign Affairs": letters after the name, then the title
        phrase: list[Token] = []
        served: list[Token] = []  # "X, chief adviser to Brazil's President Y": whom the title serves
        for token in self.doc[end + 1 : min(end + APPOSITION_TOKENS, mention.sent.end)]:
            if token.i in self.person_at:
                to = next((t for t in phrase if t.lower_ == "to" and t.head.lower_ in self.lex.title_words), None)
                if to is None:
                    return None, None  # "A, President of Kyrgyzstan B": the title is B's, in a list of names
                served = phrase[phrase.index(to) :]
                phrase = phrase[: phrase.index(to)]
                break
            if (token.is_punct and token.text not in {"-", "'", "’"}) or token.pos_ in {"VERB", "AUX"}:
                break
            phrase.append(token)
        if not phrase:
            return None, None
        # The phrase must be headed by a title ("the chairman of the Joint Chiefs"); "the State Department"
        # or "the Pentagon" after a name is who is speaking, not a role.
        head = next((t for t in phrase if t.head.i not in {p.i for p in phrase}), phrase[0])
        if head.lower_ not in self.lex.title_words and head.text[:1].isupper():
            phrase = self._office_after_membership(phrase)
            head = phrase[-1] if phrase else head
        if head.lower_ not in self.lex.title_words or head.lower_ in {"top", "first", "state", "national"}:
            return None, None
        country = self._own_country(phrase) \
            or next((c for t in served if (c := self.demonym_country(t))), None)  # ("adviser to Brazil's President")
        words = [t.text for t in self._role_tokens(phrase) if t.lower_ not in {"the", "a", "an", "top"}]
        while words and (words[0].endswith("'s") or self.lex.demonyms.get(fold(words[0]))):
            words = words[1:]
        words = [w for w in words if w not in {"'s", "’s"}]
        return country, _clean_role(" ".join(words), self.lex.courtesy)


def _post_nominal(token: Token) -> bool:
    """Letters written after a name for an honour or a standing ("PC", "MP", "QC", "KBE"): no title."""
    return 2 <= len(token.text) <= 4 and token.text.isalpha() and token.text.isupper()


def _clean_role(role: str | None, courtesy: frozenset[str]) -> str | None:
    """A role as people write it: spaces tidied, forms of address dropped, a bare "counterpart" no role."""
    if not role:
        return None
    role = re.sub(r"\s+", " ", role).strip(" ,")
    role = " ".join(word for word in role.split() if word.lower() not in courtesy)
    if not role:
        return None
    if role.lower() in {"counterpart", "official", "officials", "leader", "general"} and " " not in role:
        return role.capitalize() if role.lower() == "general" else None
    return role[:1].upper() + role[1:] if role else None


# How far after a name and its comma a title in apposition may run ("Member of the Political Bureau of the
# CPC Central Committee and Foreign Minister").
APPOSITION_TOKENS = 16


def portfolio_after_for(office: Token, lex: Lexicon) -> list[Token]:
    """The object of "for" that names an office's portfolio ("Minister for Foreign Affairs [Karin Lindqvist]"):
    the name the parser may hang on it. Not "a spokesman for [President X]": he serves X."""
    if office.lower_ not in PORTFOLIO_OFFICES:
        return []
    return [o for c in office.children if c.dep_ == "prep" and c.lower_ == "for" and c.i + 1 < len(office.doc)
            and office.doc[c.i + 1].lower_ in lex.portfolios for o in c.children if o.dep_ == "pobj"]
