"""The countries a plural title lists before the names of its holders: "the foreign ministers of Guatemala, X;
Honduras, Y", "the foreign ministers of Egypt and Jordan, A and B", "his counterparts from Niger, General Z, and
Chad, Colonel W".

The small model parses such lists every which way, so they are read by their surface: the countries, names,
commas, semicolons and "and" after "of"/"from", back to the title before it. ``ListedCountries`` is the base of
``titles.TitleReader``, which gives each name the title and country of its place in the list; the sides and
descriptions of contacts read the same lists (``list_after``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graph.extraction.lexicon import Lexicon

if TYPE_CHECKING:
    from graph.extraction.persons import Person

__all__ = ["ListedCountries"]


class ListedCountries:
    """Reads lists of countries after a title; expects ``doc``, ``lex``, ``person_at`` and ``state_at`` from the
    class it is mixed into."""

    doc: Doc
    lex: Lexicon
    person_at: dict[int, Person]
    state_at: dict[int, str]

    def _in_list(self, token: Token) -> bool:
        return token.text in {",", ";"} or token.lower_ in {"and", "the"} or token.i in self.state_at \
            or (token.pos_ == "PROPN" and token.text[:1].isupper())

    def list_after(self, prep: Token) -> list[Token]:
        """The surface list after "of"/"from" ("of Guatemala, Rodrigo Estrada; Honduras, María Zúniga; and
        El Salvador"), read by punctuation, since the small model parses such lists every which way."""
        items: list[Token] = []
        for token in self.doc[prep.i + 1 : prep.sent.end]:
            if not self._in_list(token):
                break
            items.append(token)
        return items

    def listing_title(self, country: Token) -> Token | None:
        """The plural title a listed country belongs to: "the foreign ministers of [A], B and C"; or the singular
        title of the one country right after its "of" ("the prime minister of [Greece], X")."""
        i = country.i
        while i > country.sent.start and self._in_list(self.doc[i - 1]):
            i -= 1
        prep = self.doc[i - 1] if i > country.sent.start else None
        if prep is None or prep.lower_ not in {"of", "from"} or prep.i == country.sent.start:
            return None
        title = self.doc[prep.i - 1]
        plural = title.tag_ in {"NNS", "NNPS"}
        alone = title.tag_ in {"NN", "NNP"} and prep.lower_ == "of" and all(
            t.lower_ == "the" or self.state_at.get(t.i) == self.state_at.get(country.i)
            for t in self.doc[prep.i + 1 : country.i + 1])
        if title.i in self.person_at:  # "Hun Sen of Cambodia, X": a name's last word that is also a title ("Sen")
            return None
        return title if (plural or alone) and title.lower_ in self.lex.title_words | {"counterparts"} else None

    def _respective_country(self, mention: Span) -> Token | None:
        """ "the foreign ministers of Egypt and Jordan, A and B": countries listed together, then their people in
        the same order after the comma; the country in ``mention``'s place (its token), else None."""
        i = mention.start - 1
        while i > mention.sent.start and (i in self.person_at or self.doc[i].lower_ in
                                          {"and", ","} | self.lex.honorifics) and not (
                self.doc[i].text == "," and i - 1 in self.state_at):
            i -= 1
        if self.doc[i].text != "," or i - 1 not in self.state_at or self.listing_title(self.doc[i - 1]) is None:
            return None
        names = list(dict.fromkeys(self.person_at[k].name for k in range(i + 1, mention.end) if k in self.person_at))
        first = i - 1
        while first > mention.sent.start and self._in_list(self.doc[first - 1]):
            first -= 1
        if any(k in self.person_at for k in range(first, i)):
            return None  # "of Guatemala, A; Honduras, B": each name after its own country
        countries: list[Token] = []
        for k in range(first, i):
            if k in self.state_at and self.state_at[k] not in {self.state_at[c.i] for c in countries}:
                countries.append(self.doc[k])
        if len(countries) < 2 or not names or len(names) > len(countries):
            return None
        return countries[len(names) - 1]
