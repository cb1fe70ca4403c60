"""Bare surnames the model missed, found by the people beside them.

A story that names a leader only by surname ("Ruto met Museveni", "Modi, who spoke to Zelensky") gives the
small model too little to go on: it tags such a word a place, an organization or nothing. A single
capitalized word is taken for a person's surname where only a person can stand:

- coordinated with a known person ("Biden and Mexican President Claudia Sheinbaum discussed …");
- on one side of a contact whose other side is a known person, a personal pronoun or a person's title
  ("Scholz called Macron", "the Kenyan president met Museveni", "Sunak held talks with Prime Minister
  Narendra Modi", "he would meet Wang", "Albanese will visit Tokyo to meet Kishida");
- described as a person: a title before it or in apposition ("spokeswoman Hakobyan", "Ruto, the Kenyan
  president,", "the US ambassador, Pearson,"), a "who" clause ("Modi, who …"), or "he"/"she" later in the
  sentence with nobody else between ("Lavrov said he …").

What guards precision: the word has a name's shape and no determiner, modifier or longer entity around it; it
is no place, demonym, title, organization word, month or weekday; it is not a named group, firm or news outlet
of the lexicon (``organization_names``: "Hamas", "Reuters"), and nowhere in the article is it written with
"the" ("the Taliban") or the subject of a reporting verb ("Xinhua reported"). ``PersonFinder`` (persons.py)
asks for these once the article's other people are known, and then finds every other mention of each.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from graph.extraction.missed_names import CHAIN_WORDS, TITLE_CHAIN_TOKENS
from graph.extraction.name_forms import acronym, name_shaped, no_name_word
from graph.extraction.pipeline import SUBJECTS, has_to_infinitive
from graph.extraction.titles import TitleReader

__all__ = ["BareNames", "CONVERSATIONS"]

# Contact types whose "to"/"from" names the person at the other end ("spoke to X", "a call from X").
CONVERSATIONS = frozenset({"contact", "phone_call", "video_call"})
# Contact types whose direct object is the other side ("met X", "called X"); "discussed X" is a topic and
# "visited X" mostly a place.
_OBJECT_SIDES = frozenset({"meeting", "phone_call", "video_call"})
# Pronouns that can only stand for a person: a contact with one of them is a contact between people.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Entity labels the model gives surnames it does not know; dates, laws, events and the rest are not names.
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "LANGUAGE"})
_TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
# Dependents that make a word part of a longer phrase than a bare surname ("the Quad", "Russian Gazprom").
_PHRASE_DEPS = frozenset({"det", "compound", "flat", "amod", "poss", "nummod", "case"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


class BareNames(TitleReader):
    """Finds single-word names by their neighbours; expects ``doc``, ``lex``, ``state_at``, ``person_at``
    filled with the people found so far (see ``TitleReader``)."""

    def _bare_names(self) -> list[list[Token]]:
        """Every single word, or full name the model missed, that stands where only a person stands, in text
        order (a name as its words)."""
        found: dict[int, list[Token]] = {}
        for predicate in self.doc:
            sides = self._contact_sides(predicate)
            known = [self._known_person(s) for s in sides]
            if any(known) or self._countries_people(sides):
                found.update((s.i, run) for s, k in zip(sides, known, strict=True) if not k
                             and (run := self._name_at(s)))
        found.update((run[-1].i, run) for run in self._travellers() if run[-1].i not in found)
        for token in self.doc:
            if token.i not in found and (run := self._name_at(token)) and (
                    any(self._known_person(c) for c in token.conjuncts) or self._described_as_person(token)):
                found[token.i] = run
        return [run for _, run in sorted(found.items()) if run[-1].text not in self._written_as_organizations]

    def _name_at(self, head: Token) -> list[Token]:
        """The name ``head`` ends, if it may be a person's: a bare surname, or a full name of two or three words
        the model missed ("Marek Novak and Lucía Paredes discussed …" with Novak known)."""
        if self._bare_name(head):
            return [head]
        if head.i in self.person_at or head.pos_ != "PROPN" or head.dep_ in {"compound", "flat"}:
            return []
        run = [head]
        for token in reversed(self.doc[head.sent.start : head.i]):
            if token.dep_ not in {"compound", "flat"} or token.head.i != head.i:
                break
            run.insert(0, token)
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else head
        # ("Daw Khin Myo Aye": a form of address the model took into the name begins no longer entity)
        addressed = run[0].i > 0 and self.doc[run[0].i - 1].lower_ in self.lex.honorifics
        if not 2 <= len(run) <= 3 or _inside_entity(run[0]) and not addressed \
                or _inside_entity(after) and not after.is_punct \
                or any(c.dep_ in _PHRASE_DEPS and c.i < run[0].i for c in head.children):
            return []  # (a word of a longer entity, or a phrase with a determiner or a modifier)
        words_fit = all(t.pos_ == "PROPN" and t.tag_ == "NNP" and self._name_word(t) for t in run)
        return run if words_fit and not any(c.dep_ in _PHRASE_DEPS and c.i > head.i and
                                             c.text not in _POSSESSIVE_MARKS for c in head.children) else []

    def _name_word(self, token: Token) -> bool:
        """A capitalized word that may be part of a person's name: no place, people, title, organization or date
        word, no acronym and no entity other than the ones the model gives names it does not know."""
        return name_shaped(token.text) and not acronym(token.text) and token.i not in self.state_at \
            and token.i not in self.person_at and token.ent_type_ in _NAME_LABELS \
            and not no_name_word(token, self.lex, self.demonym_country)

    def _travellers(self) -> list[list[Token]]:
        """ "Ruto left for Addis on Monday", "Abiy flew to Nairobi", "Ana Soto arrived in Accra": a single word,
        or a full name of two or three, the model knows as a person or as nothing, the subject of a verb of
        travel to a place the lexicon knows, is a person's name (a country, a city or a group the article writes
        as one is no bare name)."""
        found: list[list[Token]] = []
        for verb in self.doc:
            lemma = verb.lemma_.lower()  # ("left for Addis": a departure tells a traveller as well)
            if verb.pos_ != "VERB" or lemma not in self.lex.travel_verbs | self.lex.departure_verbs or not any(
                    o.dep_ == "pobj" and o.i in self.state_at for p in verb.children
                    if p.dep_ == "prep" and p.lower_ in {"to", "for", "in", "at"} for o in p.children):
                continue
            found += [run for s in verb.children if s.dep_ == "nsubj" and s.ent_type_ in {"", "PERSON"}
                      and s.tag_ == "NNP" and (run := self._name_at(s))]
        return found

    def _countries_people(self, sides: list[Token]) -> bool:
        """ "Ethiopia's Abiy met Kenya's Ruto": two or more sides of a contact, each a single word after its own
        country's possessive (and no side else), are those countries' people; one alone might be a firm or a
        city ("Russia's Gazprom")."""
        owners = [next((c.i for c in s.children if c.dep_ == "poss" and c.i in self.state_at), None) for s in sides]
        countries = {self.state_at[i] for i in owners if i is not None}
        return len(sides) >= 2 and None not in owners and len(countries) == len(sides) \
            and all(self._bare_name(s) for s in sides)

    def _known_person(self, token: Token) -> bool:
        """A person found already, a pronoun only people take, or one person's title ("the Kenyan president",
        "Kenya's president, Ruto,")."""
        if token.i in self.person_at or token.lower_ in _PERSON_PRONOUNS:
            return True
        return token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_ in self.lex.title_words

    def _bare_name(self, token: Token) -> bool:
        """A single capitalized word that could be a surname: no place, title, organization or date word, and
        not part of a longer phrase or entity."""
        if token.i in self.person_at or token.i in self.state_at or not name_shaped(token.text) \
                or acronym(token.text) or len(token.text) < 2:
            return False
        # "Sunak telephoned …" may be tagged a noun, "Albanese will …" even a plural one, and "Valdes" a plural
        # name; "Officials" and "Kurds" (a people) are plurals
        plural = token.tag_ == "NNS" and token.lower_.endswith("s") or \
            token.tag_ == "NNPS" and token.ent_type_ not in {"", "PERSON", "PRODUCT"}
        if token.pos_ not in {"PROPN", "NOUN"} or plural or token.tag_ not in {"NNP", "NN", "NNS", "NNPS"}:
            return False
        if no_name_word(token, self.lex, self.demonym_country):
            return False
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else token
        if token.ent_type_ not in _NAME_LABELS or _inside_entity(token) \
                or (token.ent_iob_ == "B" and _inside_entity(after) and not after.is_punct):
            return False  # a word of a longer entity ("Al Jazeera"); the model's entities may take in a comma
        # ("Soto's talks with Vega": the possessive's "'s" hangs on the name as a case marker, no longer phrase)
        return token.dep_ not in {"compound", "flat"} and not any(
            c.dep_ in _PHRASE_DEPS and not self._title_or_country(c) and c.text not in _POSSESSIVE_MARKS
            for c in token.children)

    def _title_or_country(self, child: Token) -> bool:
        """A dependent a person's bare name may have: a title before it ("spokeswoman Hakobyan", "Colonel
        Sawadogo") or its country's possessive ("Argentina's Milei")."""
        if child.dep_ == "compound":
            # title words that also begin institutions' names ("State", "National", "Joint") are no title here
            # (nor is a portfolio alone: "Amid Trade Row" of a title-case headline names no one)
            return (child.lower_ in self.lex.title_words or child.lower_ in self.lex.honorifics) \
                and child.lower_ not in {"state", "national", "joint"} and child.lower_ not in self.lex.portfolios
        return child.dep_ == "poss" and child.i in self.state_at

    def _contact_sides(self, predicate: Token) -> list[Token]:
        """The heads of the sides of a contact verb or noun, with whatever they are coordinated with: its
        subjects, the objects it takes, and the people after "with", "between", "by" and (for a conversation)
        "to"/"from"."""
        if predicate.pos_ == "VERB":
            lemma = predicate.lemma_.lower()
            kind = self.lex.contact_verbs.get(lemma) or ("travel" if lemma in self.lex.travel_verbs else None)
            if kind is None:
                return []
            sides = _subjects(predicate)
            sides += [c for c in predicate.children if c.dep_ == "dobj" and kind in _OBJECT_SIDES]
            if lemma == "call":  # "called on Imran Khan at his residence": a courtesy call's host
                sides += [o for c in predicate.children if c.dep_ == "prep" and c.lower_ == "on"
                          for o in c.children if o.dep_ == "pobj"]
            # "hosted a dinner for B": the guest a meal is for
            sides += [o for c in predicate.children if c.dep_ == "dobj" and c.lemma_.lower() in
                      self.lex.hospitality_nouns for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                      for o in p.children if o.dep_ == "pobj"]
        elif predicate.pos_ == "NOUN" and predicate.lower_ in self.lex.contact_nouns:
            kind = self.lex.contact_nouns[predicate.lower_]
            sides = [c for c in predicate.children if c.dep_ == "poss"]  # "Sunak's call with Modi"
            # "held talks with", "flew to Cairo for talks with", "said in a call with", "said after talks with"
            holder = predicate.head
            if predicate.dep_ == "pobj" and holder.lower_ in {"for", "in", "during", "after", "before"}:
                holder = holder.head
            if predicate.dep_ in {"dobj", "pobj"} and holder.pos_ in {"VERB", "AUX"}:
                sides += _subjects(holder)
        else:
            return []
        for prep in predicate.children:
            word = prep.lower_
            addressed = word in {"to", "from"} and kind in CONVERSATIONS
            if prep.dep_ == "agent" or word in {"with", "between"} or addressed:
                sides += [c for c in prep.children if c.dep_ == "pobj"]
        # "with Minister of Foreign Affairs and Expatriates": what a title is coordinated with is no side
        named = [s for s in sides if s.pos_ == "PROPN" and s.lower_ not in self.lex.title_words]
        return [*sides, *(c for s in named for c in s.conjuncts)]

    def _described_as_person(self, token: Token) -> bool:
        """ "Ruto, the Kenyan president,", "Kenya's president, Ruto,", "spokesman Ruto", "the envoy, Ruto, …",
        "Ruto, who …", "Ruto said he …"."""
        if token.dep_ == "appos" and token.head.lower_ in self.lex.title_words and token.head.pos_ in {"NOUN", "PROPN"}:
            return True
        for child in token.children:
            if child.dep_ == "appos" and child.lower_ in self.lex.title_words and child.pos_ in {"NOUN", "PROPN"}:
                return True
            if child.dep_ == "compound" and child.lower_ in self.lex.title_words and self._title_or_country(child):
                return True  # "foreign ministry spokeswoman Hakobyan", "Colonel Sawadogo"
            if child.dep_ == "relcl" and any(c.lower_ in {"who", "whom"} for c in child.children):
                return True
        if self._set_off_after_title(token) or self._said_to_hold_an_office(token) or self._leads_a_party(token):
            return True
        return token.dep_ in SUBJECTS and self._pronoun_after(token)

    def _leads_a_party(self, token: Token) -> bool:
        """ "A delegation led by Marek Novak", "a mission headed by Novak": who leads a country's party is a
        person (a coalition or an operation may be led by a state or a body; a delegation not)."""
        agent = token.head
        led = agent.head
        return token.dep_ == "pobj" and agent.dep_ == "agent" and led.lemma_.lower() in self.lex.delegation_lead_verbs \
            and led.head.lemma_.lower() in self.lex.led_party_nouns

    def _said_to_hold_an_office(self, token: Token) -> bool:
        """ "Novak and Paredes are veteran diplomats", "Quispe is Peru's foreign minister": a subject (or one of
        several) that the verb "be" calls by a person's title."""
        subject = token
        while subject.dep_ == "conj":
            subject = subject.head
        if subject.dep_ != "nsubj" or subject.head.lemma_ != "be":
            return False
        return any(c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in self.lex.title_words
                   for c in subject.head.children)

    def _set_off_after_title(self, token: Token) -> bool:
        """ "whose intelligence chief, Kamel, has …", "the Minister of Defence of Bulgaria, Todorov, …",
        "received Haines, Commander of …": a name set off by a comma beside one person's title, however the
        parser hung it."""
        i = token.i
        if i + 3 < len(self.doc) and self.doc[i + 1].text == ",":
            title, after = self.doc[i + 2], self.doc[i + 3]
            if title.lower_ in self.lex.title_words and title.tag_ in {"NN", "NNP"} and not name_shaped(after.text):
                return True  # not "Tapachula, President Soto said"
        if i < 2 or i + 1 >= len(self.doc) or self.doc[i - 1].text != "," or self.doc[i + 1].text != ",":
            return False
        j = i - 2  # back over the country and office a title names ("Minister of Defence of the Republic of")
        while j > max(token.sent.start, i - 2 - TITLE_CHAIN_TOKENS) and (
                self.doc[j].i in self.state_at or self.doc[j].lower_ in CHAIN_WORDS):
            j -= 1
        title = self.doc[j]
        return title.lower_ in self.lex.title_words and title.tag_ in {"NN", "NNP"} and title.i not in self.person_at

    def _pronoun_after(self, subject: Token) -> bool:
        """ "Lavrov said he …", "Blinken flew to Cairo, where he …": a subject the same sentence then calls "he"
        or "she" (an organization is "it"), with nobody else it could be named in between."""
        for token in self.doc[subject.i + 1 : subject.sent.end]:
            if token.lower_ in _PERSON_PRONOUNS | {"his"}:
                return True
            named = token.pos_ == "PROPN" and token.i not in self.state_at and token.ent_type_ not in _TIME_LABELS
            if token.i in self.person_at or named \
                    or token.lower_ in self.lex.title_words or token.lower_ in self.lex.official_nouns:
                return False
        return False

    @cached_property
    def _written_as_organizations(self) -> set[str]:
        """Words the article writes as a group's or an outlet's name: with "the" ("the Taliban"), or as the
        subject of a reporting verb ("Xinhua reported", "Interfax quoted")."""
        found = set()
        for token in self.doc:
            if any(c.dep_ == "det" for c in token.children) and token.pos_ == "PROPN":
                found.add(token.text)
            if token.dep_ == "nsubj" and token.head.lemma_.lower() in self.lex.outlet_verbs:
                found.add(token.text)
        return found


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, or of the verb it depends on when it has none ("is set to hold talks", "flew to
    Cairo to meet", "arrived and met", "would be willing to meet"); a "who" clause's subject is the word it
    describes; in a headline's "X to meet Y", the name the infinitive hangs on."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            return [verb.head if s.lower_ == "who" and verb.dep_ == "relcl" else s for s in subjects]
        if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ == "PROPN" and has_to_infinitive(verb):
            return [verb.head]
        if verb.dep_ not in {"xcomp", "advcl", "conj", "acomp"} or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


def _inside_entity(token: Token) -> bool:
    """Whether ``token`` continues the model's entity: a word after a verb starts anew, for no name holds a verb
    (the model's one entity "Stone met Widodo" is two names)."""
    return token.ent_iob_ == "I" and token.i > 0 and token.doc[token.i - 1].pos_ not in {"VERB", "AUX"} \
        and token.pos_ not in {"VERB", "AUX"}
