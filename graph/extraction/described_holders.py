"""Countries of people named right after a description of their offices: "The foreign ministers of Japan and China
held talks on Thursday. Fumio Kishida and Wang Yi spoke for about 90 minutes."

A lead that describes the holders of one office in several countries and then names as many people, in one list,
names them in the order of the countries (English keeps that order: "the presidents of Kenya and Uganda, A and B").
When none of those people has another country of his own, each takes the country in his place, and the office
in the singular when nothing gave him a role, or only the plural title read off the apposition.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from graph.extraction.lexicon import Lexicon
from graph.extraction.persons import Person
from graph.extraction.pipeline import SUBJECTS

__all__ = ["described_holders"]


def described_holders(doc: Doc, lex: Lexicon, person_at: dict[int, Person],
                      country_of: Callable[[Token], str | None]) -> list[tuple[Person, str, str]]:
    """Each (person, country, office) a plural office described by its countries gives the list of people named
    right after it: in apposition in the same sentence, else as the subjects of the next sentence."""
    found: list[tuple[Person, str, str]] = []
    for office in doc:
        if office.tag_ not in {"NNS", "NNPS"} or office.lemma_.lower() not in lex.title_words:
            continue
        countries = _described_countries(office, country_of)
        if len(countries) < 2:
            continue
        people = _listed_after(office, person_at)
        pairs = list(zip(people, countries, strict=False))
        if len(people) == len(countries) and all(p.country in {None, c} for p, c in pairs):
            words = [t.text for t in office.lefts if t.dep_ in {"amod", "compound"} and country_of(t) is None
                     and not t.conjuncts and t.lower_ in lex.title_words | lex.portfolios]
            singular = " ".join([*words, office.lemma_])
            found += [(p, c, singular[:1].upper() + singular[1:]) for p, c in pairs]
    return found


def _described_countries(office: Token, country_of: Callable[[Token], str | None]) -> list[str]:
    """ "the foreign ministers of Japan and China", "the Japanese and Chinese foreign ministers": the countries the
    list opens with, in order."""
    for child in office.children:
        if child.dep_ in {"amod", "compound"} and child.conjuncts:
            items = [child, *child.conjuncts]
        elif child.dep_ == "prep" and child.lower_ == "of":
            items = [o for o in child.children if o.dep_ == "pobj"]
            items = [items[0], *items[0].conjuncts] if items else []
        else:
            continue
        countries: list[str] = []
        for item in sorted(items, key=lambda t: t.i):  # (the names the parser may hang on the list come after)
            country = country_of(item)
            if country is None:  # "… and Djibouti - William Ruto, …" with the last country hung on the first name
                countries += [c for t in item.lefts if t.dep_ == "compound" and (c := country_of(t))][:1]
                break
            countries.append(country)
        if len(countries) >= 2 and len(set(countries)) == len(countries):
            return countries
    return []


def _listed_after(office: Token, person_at: dict[int, Person]) -> list[Person]:
    """The people one list names right after an office: its apposition ("…, Fumio Kishida and Wang Yi,"), else the
    subject of the next sentence ("Fumio Kishida and Wang Yi spoke …", also when the sentence ends on who told it)."""
    heads = [c for c in office.children if c.dep_ == "appos"]
    items = sorted((t for c in office.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.dep_ == "pobj" for t in [o, *o.conjuncts]), key=lambda t: t.i)
    named = [i for i, t in enumerate(items) if t.i in person_at]
    if not heads and named and named == list(range(named[0], len(items))):
        # "the presidents of Kenya and Uganda, A and B," with the names hung on the countries — all after them,
        # not "the presidents of Kenya, A, and Uganda, B" (each country's own holder: TitleReader)
        return list({id(person_at[t.i]): person_at[t.i] for t in items[named[0]:]}.values())
    if not heads:
        heads = _hung_on_the_verb(office, person_at)
    if not heads and office.sent.end < len(office.doc):
        following = office.doc[office.sent.end].sent
        clause = following.root
        # "A and B spoke for 90 minutes, officials said": the words said open the sentence, the teller closes it
        clause = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i), clause)
        heads = [c for c in clause.children if c.dep_ in SUBJECTS]
    if len(heads) != 1:
        return []
    people: list[Person] = []
    for item in [heads[0], *heads[0].conjuncts]:
        person = person_at.get(item.i)
        if person is None or person in people:
            return []
        people.append(person)
    return people


def _hung_on_the_verb(office: Token, person_at: dict[int, Person]) -> list[Token]:
    """ "met the leaders of Chile and Bolivia, A and B, on Wednesday": the parser may hang the list after the comma
    on the office's verb instead of on the office; a name that opens right after the office's phrase and its comma
    and is a loose part of that verb is the apposition."""
    end = office.right_edge.i + 1
    doc = office.doc
    if end + 1 >= office.sent.end or doc[end].text != "," or (end + 1) not in person_at:
        return []
    head = doc[end + 1]
    while head.dep_ in {"compound", "flat"} and head.head.i in person_at:
        head = head.head
    governors = {office.head.i, office.head.head.i} if office.dep_ == "pobj" else {office.head.i}  # ("met with …")
    return [head] if head.dep_ in {"npadvmod", "dep", "appos"} and head.head.i in governors else []
