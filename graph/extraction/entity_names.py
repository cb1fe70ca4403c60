"""The names the model tagged PERSON, made into candidate names of people.

A PERSON entity is not yet a name: titles, demonyms and a possessive 's are trimmed off; an entity that runs over a
verb ("Hale rang Aksoy") is the names on either side of it; a name the model cut in two ("Hassan Sheikh | Mohamud")
is joined again, and one it stopped short of is continued ("Moon Jae-in", "Ursula von der Leyen") or started earlier
("…, Than Htay Aung"). Words no name has ("minister", "agency"), runs too long to be a name, institutions, titles
alone and ships are no candidates. ``EntityNames`` is a mixin over ``TitleReader`` (titles.py), kept apart from
``PersonFinder`` (persons.py), which merges these candidates with the ones the model missed (missed_names.py) into
people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.extraction.name_forms import after_hyphen, headline_verb, name_shaped, opens_with_address
from graph.extraction.titles import TitleReader
from graph.names import NAME_PARTICLES

__all__ = ["EntityNames"]

# How many words (particles apart) a name may have: longer runs are phrases NER took for one ("Nawaf Al Ahmad Al
# Jaber Al Sabah" has four).
MAX_NAME_WORDS = 6
_BAD_PERSON_WORDS = {"minister", "ministry", "president", "news", "agency", "council", "house", "day"}


class EntityNames(TitleReader):
    """Candidate names from the model's PERSON entities; expects ``doc``, ``lex``, ``state_at`` and
    ``demonym_country`` (see ``TitleReader``)."""

    def _name_tokens(self, span: Span) -> list[Token]:
        """The name inside an entity span: titles, demonyms and a possessive 's trimmed off."""
        tokens = [t for t in span if t.text not in {"'s", "’s"}]
        while tokens and (tokens[0].lower_ in self.lex.honorifics or opens_with_address(tokens, self.lex)
                          or self.demonym_country(tokens[0])
                          or _plural_title(tokens[0], self.lex.honorifics)  # "[Presidents] Biden and Xi"
                          or tokens[0].lower_ in self.lex.organization_words or headline_verb(tokens[0], self.lex)):
            tokens = tokens[1:]  # also "[the Ministry's General] Diwan | Paul X", "House | Speaker Y": no name
        while tokens and (tokens[-1].is_punct or not (name_shaped(tokens[-1].text) or after_hyphen(tokens[-1]))):
            tokens = tokens[:-1]
        return tokens

    def _name_continued(self, tokens: list[Token]) -> list[Token]:
        """A name the model's entity stopped short of: on after an inner hyphen ("Moon Jae-in") or through
        particles to a capitalized word that is no place ("Ursula von der Leyen", "Tamim bin Hamad Al Thani",
        but not "Nicolás Maduro El Salvador's envoy"), or to the untagged name its last word is a compound of
        ("Amir Khan | Muttaqi")."""
        end = tokens[-1].i + 1
        while end + 1 < len(self.doc):
            if self.doc[end].text == "-" and not self.doc[end - 1].whitespace_:
                tokens = [*tokens, self.doc[end], self.doc[end + 1]]
                end += 2
                continue
            after = end
            while after < len(self.doc) - 1 and self.doc[after].lower_ in NAME_PARTICLES:
                after += 1
            if after == end or not name_shaped(self.doc[after].text) or end in self.state_at:
                break  # "El Salvador" is a place from its article on; "del Rosario" a name, whatever Rosario is
            tokens = [*tokens, *self.doc[end : after + 1]]
            end = after + 1
        # "Amir Khan | Muttaqi", "Don Martín | Echeverría Ruiz": the model stopped short of the head its last word
        # is a compound of; the untagged capitalized words up to that head are the rest of the name
        last = tokens[-1]
        head = last.head.i
        if last.dep_ in {"compound", "flat"} and end <= head < end + MAX_NAME_WORDS - _name_words(tokens) \
                and all(self._untagged_name_word(t) for t in self.doc[end : head + 1]):
            tokens = [*tokens, *self.doc[end : head + 1]]
        return tokens

    def _untagged_name_word(self, token: Token) -> bool:
        """A capitalized proper noun the model gave no entity, that is no place or title: more of a name."""
        return token.pos_ == "PROPN" and not token.ent_type_ and name_shaped(token.text) \
            and token.i not in self.state_at and token.lower_ not in self.lex.title_words \
            and token.lower_ not in self.lex.organization_words

    def _entity_names(self) -> list[list[Token]]:
        """The model's PERSON entities, trimmed to the name and continued where the model stopped short; one
        that runs over a verb ("Hale rang Aksoy") is the names on either side of it."""
        candidates: list[list[Token]] = []
        for ent in (part for e in _joined_people(self.doc) for part in _between_verbs(e)):
            tokens = self._name_tokens(ent)
            if not tokens or any(t.i in self.state_at for t in tokens):
                continue
            if any(t.lower_ in _BAD_PERSON_WORDS for t in tokens) or _name_words(tokens) > MAX_NAME_WORDS:
                continue
            if tokens[-1].lower_ in self.lex.organization_words:
                continue  # a place or an institution the model took for a name ("Lok Kalyan Marg", "Grand Mosque")
            if all(t.lower_ in self.lex.title_words for t in tokens):
                continue  # "State Councilor": a title NER took for a name
            if len(tokens) == 1 and tokens[0].dep_ != "compound" and tokens[0].i > 0 and \
                    self.doc[tokens[0].i - 1].lower_ == "the" and self.doc[tokens[0].i - 1].head.i == tokens[0].i:
                continue  # "envoy for the Sahel": a word the article takes alone is a region's name, no person's
            if tokens[0].i > 0 and self.doc[tokens[0].i - 1].text in self.lex.ship_prefixes \
                    or tokens[0].text in self.lex.ship_prefixes:
                continue  # "USS Kearsarge" is a ship
            candidates.append(self._name_continued(self._name_started_earlier(tokens)))
        return candidates

    def _name_started_earlier(self, tokens: list[Token]) -> list[Token]:
        """ "the junta-appointed foreign minister, Than Htay Aung": a capitalized word right after a comma and
        right before the model's name, which the model left out (and the parser took for "than"), begins it.
        Never a title, a form of address, a place or a date ("In June, Aung")."""
        first = tokens[0].i
        if self._hyphened_before(first):  # "Jean-|Claude Mbarga": a given name's first part, before an inner hyphen
            return [self.doc[first - 2], self.doc[first - 1], *tokens]
        if first < 2 or self.doc[first - 2].text != ",":
            return tokens
        before = self.doc[first - 1]
        lower = before.lower_
        if not (before.text[:1].isupper() and before.is_alpha) or before.ent_type_ not in {"", "PERSON"} \
                or lower in self.lex.title_words or lower in self.lex.honorifics or lower in self.lex.courtesy \
                or before.i in self.state_at or self.demonym_country(before) or headline_verb(before, self.lex):
            return tokens  # (nor a headline's "Visits Lima, Meets Luis Vega")
        return [before, *tokens]

    def _hyphened_before(self, first: int) -> bool:
        """Whether a capitalized word joined by an inner hyphen stands right before a name the model began after
        it ("Jean-Claude Mbarga", "Frank-Walter X"): no place ("Kenya-Somalia"), title or people."""
        if first < 2 or self.doc[first - 1].text != "-" or self.doc[first - 1].whitespace_:
            return False
        before = self.doc[first - 2]
        return not before.whitespace_ and name_shaped(before.text) and before.ent_type_ in {"", "PERSON", "ORG"} \
            and before.i not in self.state_at and before.lower_ not in self.lex.title_words \
            and not self.demonym_country(before)


def _joined_people(doc: Doc) -> list[Span]:
    """The model's PERSON entities, with a name it cut in two joined again: "Hassan Sheikh | Mohamud" is one
    name when the first part runs straight into the second and hangs on it as a compound."""
    people: list[Span] = []
    for ent in (e for e in doc.ents if e.label_ == "PERSON"):
        last = people[-1] if people else None
        if last is not None and last.end == ent.start and last[-1].dep_ in {"compound", "flat"} and \
                ent.start <= last[-1].head.i < ent.end:
            people[-1] = doc[last.start : ent.end]
        else:
            people.append(ent)
    return people


def _between_verbs(span: Span) -> list[Span]:
    """The parts of a span between its verbs: a name holds none."""
    parts: list[Span] = []
    start = span.start
    for token in span:
        if token.pos_ in {"VERB", "AUX"}:
            if token.i > start:
                parts.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        parts.append(span.doc[start : span.end])
    return parts


def _name_words(tokens: list[Token]) -> int:
    """The words of a name that count toward its length: particles ("Al", "bin", "de") and the hyphens that join
    them ("Al-Jaber") do not."""
    return sum(1 for t in tokens if t.lower_ not in NAME_PARTICLES and not t.is_punct)


def _plural_title(token: Token, titles: frozenset[str]) -> bool:
    """ "Presidents", "Ministers": a title in the plural, before the names of several of its holders."""
    return token.lower_.endswith("s") and token.lower_[:-1] in titles and token.text[:1].isupper()
