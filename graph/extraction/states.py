"""The states of one article: the lexicon's places matched in the text, and what names a state again.

A country's name, capital, city or seat of government ("the Kremlin") is its state, unless it is part of a
person's name ("Luis Montenegro"), of a longer name or of a sea's ("the South China Sea"). A state's form of
government ("the Kingdom") and the half of a divided pair ("the North") name again the state the article told;
a place noun names the state it is of ("Guyanese waters", "the city of Brasilia"). ``StateFinder`` is a mixin of
``actors.ArticleActors``, which runs it before it looks for people.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graph.extraction.lexicon import Lexicon, fold
from graph.extraction.name_forms import name_shaped

__all__ = ["StateFinder", "build_place_matcher", "state_named_before"]

# Words before a demonym that make it a region's ("South American", "Latin American", "Central American"); a
# country named so ("South Korean", "North Korean", "South African") is a demonym of two words, read first.
REGION_WORDS = {"south", "north", "latin", "central", "pan", "meso"}


class StateFinder:
    """Finds the states of a parsed article: ``state_at`` (token → country) and ``demonym_at``."""

    doc: Doc
    lex: Lexicon
    place_matcher: PhraseMatcher
    state_at: dict[int, str]
    demonym_at: dict[int, str]
    state_spans: list[Span]

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
        strings = self.doc.vocab.strings  # (compared by hash: this runs over every token of every article)
        wanted = {strings.add(w) for w in [*self.lex.state_halves, *self.lex.state_groups]}
        seen = [t for t in self.doc if t.lower in wanted]
        if not any(t.lower_ in self.lex.state_halves for t in seen):
            return
        states = set(self.state_at.values()) | {c for t in seen if t.lower_ in self.lex.state_groups
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
        for token in seen:
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

    def bare_country_noun(self, token: Token) -> bool:
        """ "the country", "the kingdom", "the island nation": a country noun (lexicon country_nouns) with "the" and
        no state of its own ("the Indian nation" is India), which can only name again a state told before it."""
        return token.lemma_.lower() in self.lex.country_nouns and any(c.lower_ == "the" for c in token.children) \
            and not any(self.demonym_country(c) for c in token.children)

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


def state_named_before(token: Token, place_country: Callable[[Token], str | None],
                       excluded: Collection[str | None]) -> str | None:
    """The last state named before ``token`` in its sentence, else the last one the sentence before names, other
    than ``excluded``: what "the country", "the kingdom" or "there" names again ("Saudi Arabia courts investors.
    Modi arrived in the kingdom on Monday")."""
    doc, sent = token.doc, token.sent
    before = [s for t in reversed(doc[sent.start:token.i]) if (s := place_country(t)) is not None]
    if sent.start > 0:
        before += [s for t in reversed(doc[sent.start - 1].sent) if (s := place_country(t)) is not None]
    return next((s for s in before if s not in excluded), None)
