"""A name inside a description: "his Taiwanese counterpart, Lin Wei-ting", "counterpart General X", "the foreign
ministers of Guatemala, A; Honduras, B", "His Majesty the Sultan".

When a description names its holder, the name wins over the country and office it describes
(``described_sides.DescribedSides``, which inherits this). Reading the name off the phrase is kept apart because the
small model hangs such names every which way (as an apposition, on the verb, after a comma), so it is read on the
surface as much as on the tree.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actors import name_head
from graph.extraction.paired_descriptions import PairedDescriptions
from graph.extraction.persons import Person
from graph.extraction.records import ActorRef
from graph.extraction.side_resolver import PREP_DEPS, SUBJECTS
from graph.extraction.titles import portfolio_after_for

__all__ = ["NamedDescriptions", "of_chain"]

# How far after a title (or a country opening one) the name it introduces may start ("US Under Secretary of
# State for Arms Control Jane Roe").
TITLED_NAME_TOKENS = 10
# Prepositions inside a title's phrase: "minister of state for cabinet affairs", "envoy to the Balkans", "the
# Ambassador of Colombia in Venezuela".
TITLE_PHRASE_PREPS = {"of", "for", "to", "in"}



class NamedDescriptions(PairedDescriptions):
    """The rules for a name a description holds; a mixin of ``described_sides.DescribedSides``."""

    def _styled(self, style: Token) -> list[ActorRef]:
        """ "His Majesty the Sultan", "His Highness the Amir of Qatar": the office in apposition to the style says
        who; "His Majesty" alone is the monarch the story is about (the one with a monarch's role named last)."""
        office = next((c for c in style.children if c.dep_ == "appos"), None)
        if office is not None:
            return self.refs(office)
        if style.lower_ != "majesty":
            return []
        named = {id(p): p for _, p in self.actors.persons_before(style.i)}  # each person once, not each mention
        styled = {p.name for p in named.values() if self._styled_before(p, style)}
        if len(styled) == 1:  # "His Majesty Sultan X … His Majesty is expected to visit": the one so styled
            return [ActorRef("official", next(iter(styled)))]
        monarchs = {p.name: p for word in sorted(self.lex.monarch_titles)
                    if (p := self.actors.person_by_role(word, style.i)) is not None}
        return [ActorRef("official", name) for name in monarchs] if len(monarchs) == 1 else []

    def _styled_before(self, person: Person, style: Token) -> bool:
        """Whether a mention of ``person`` before ``style`` follows that style, across titles only ("His Majesty
        Sultan X")."""
        doc = self.sent.doc
        for mention in person.mentions:
            if mention.start >= style.i:
                continue
            i = mention.start - 1
            while i >= 0 and doc[i].lower_ in self.lex.title_words and doc[i].lower_ != style.lower_:
                i -= 1
            if i >= 0 and doc[i].lower_ == style.lower_:
                return True
        return False

    def _name_inside(self, token: Token) -> list[ActorRef]:
        """People named inside the phrase without a preposition between ("counterpart General X",
        "their foreign ministers, Nikos Kotzias and Nikola Dimitrov")."""
        found: list[ActorRef] = []
        doc = token.doc
        office = token.lower_ in self.lex.title_words or (  # "his homologue of Peru, Doctor X"
            token.lower_ in self.lex.counterpart_words and token.tag_ in {"NN", "NNP"})
        end = self._title_phrase_end(token) if office else token.i
        if office and end + 2 < len(doc) and doc[end + 1].text == ",":
            # "his Taiwanese counterpart, Lin Wei-ting," "the new emir, Sheikh Nawaf," "Britain's special envoy to
            # the Western Balkans, Stuart Peach," however the parser attached the name
            start = end + 2
            while start < len(doc) - 1 and doc[start].lower_ in self.lex.honorifics:
                start += 1
            person = self.actors.person_at.get(start)
            # not "met the Turkish foreign minister, Lavrov said": a name that is a clause's subject speaks
            if person is not None and name_head(doc[start]).dep_ not in SUBJECTS:
                found.append(ActorRef("official", person.name))
        elif token.lower_ in self.lex.title_words and token.text[:1].isupper() and end + 1 < len(doc) and \
                (person := self.actors.person_at.get(end + 1)) is not None and \
                any(m.start == end + 1 for m in person.mentions):
            # "the meeting between A and Chinese Foreign Minister | Wang Yi lasted …": a capitalized title runs
            # straight into its holder's name, however the parser cut the phrase
            found.append(ActorRef("official", person.name))
        elif token.lower_ == "counterparts" and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
            # "their Philippine counterparts, Foreign Secretary A and Defense Secretary B," however the parser
            # attached the names: the titled names listed after the comma
            found += self._listed_with_names(self.actors.list_after(doc[token.i + 1]))
            found = [ref for ref in found if ref.kind == "official"]
        titled = self._titled_name_after(token)
        if titled is not None and ActorRef("official", titled.name) not in found:
            found.append(ActorRef("official", titled.name))
        heads = [token]
        if token.lower_ in self.lex.title_words:  # "the head of the agency, Rafael Grossi": the name hangs on "agency"
            heads += of_chain(token, depth=2)  # "President of the Republic of Uzbekistan Shavkat Mirziyoyev"
            heads += portfolio_after_for(token, self.lex)  # "Minister for Foreign Affairs Karin Lindqvist"
            for head in heads[1:]:
                person = self.actors.person_of(head)
                if person is not None and ActorRef("official", person.name) not in found:
                    found.append(ActorRef("official", person.name))
        # "the foreign ministers of Guatemala, A; Honduras, B; and El Salvador, C", "counterparts from Niger,
        # General A, and Chad, Colonel B"; for one title, one name: "the Prime Minister of Australia, H.E. Mr. X"
        if token.lower_ in self.lex.title_words or token.lower_ == "counterparts":
            for prep in (c for c in token.children if c.dep_ in PREP_DEPS and c.lower_ in {"of", "from"}):
                listed = self._listed_with_names(self.actors.list_after(prep))
                people = [ref for ref in listed if ref.kind == "official"]
                if token.tag_ in {"NNS", "NNPS"} and people:
                    found += [ref for ref in listed if ref not in found]
                elif len(people) == 1:
                    found += [ref for ref in people if ref not in found]
        for head in heads:
            for child in head.children:
                if child.dep_ in {"appos", "compound", "flat", "npadvmod", "nmod"}:
                    # (a named apposition's own list, as broken as the parser left it: "the three presidents, A of
                    # Peru, B of Chile and C of Bolivia" with C hung on B's country)
                    items = self.listed(child) if child.dep_ == "appos" and child.i in self.actors.person_at \
                        else [child, *child.conjuncts]
                    for item in items:
                        person = self.actors.person_of(item)
                        if person is not None and ActorRef("official", person.name) not in found:
                            found.append(ActorRef("official", person.name))
        return found

    def _titled_name_after(self, token: Token) -> Person | None:
        """ "met his Turkish counterpart Hakan Fidan", "met US Under Secretary of State Jane Roe": a name written
        straight after a title (or after a country that opens one), which the parser hung on the verb instead.
        Read on the surface: title words, ranks, "of"/"for"/"the" and the capitalized words of a portfolio
        ("of State") up to the name's first word. A name that is a clause's subject speaks ("met the minister
        Lavrov said" is no apposition); a name after a country must serve that country."""
        doc = token.doc
        state = self.actors.state_at.get(token.i)
        if state is None and token.lower_ not in self.lex.title_words:
            return None
        i = token.i + 1
        while i < min(token.i + TITLED_NAME_TOKENS, token.sent.end) and i not in self.actors.person_at and (
                doc[i].lower_ in self.lex.title_words | self.lex.honorifics | self.lex.portfolios
                or doc[i].lower_ in {"of", "for", "the"}
                or (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and i not in self.actors.state_at)):
            i += 1
        person = self.actors.person_at.get(i)
        if person is None or (i == token.i + 1 and state is not None) or \
                not any(m.start == i for m in person.mentions):
            return None  # "met US President X" is parsed whole already; and not from inside a name
        if name_head(doc[i]).dep_ in SUBJECTS or (state is not None and person.country != state):
            return None
        return person

    def _title_phrase_end(self, title: Token) -> int:
        """Where a title's own phrase ends, read on the surface since the parser often hangs its prepositions on
        the verb: "minister [of state for cabinet affairs]", "special envoy [to the Western Balkans]". Only
        a phrase of a preposition and its (non-person) nouns; else the title itself."""
        doc = title.doc
        end = title.i
        i = title.i + 1
        limit = min(title.i + 9, title.sent.end)
        while i < limit and doc[i].lower_ in TITLE_PHRASE_PREPS:
            j = i + 1
            while j < limit and doc[j].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} and j not in self.actors.person_at \
                    and doc[j].lower_ not in TITLE_PHRASE_PREPS:
                j += 1
            if j == i + 1:
                break
            end = j - 1
            i = j
        return end

    def _listed_with_names(self, items: list[Token]) -> list[ActorRef]:
        """The sides of a list of countries that names some of their officials ("of Guatemala, A; Honduras, B;
        and El Salvador"): each named person, and each listed country none of them serves."""
        people = list(dict.fromkeys(ActorRef("official", p.name) for item in items
                                    if (p := self.actors.person_of(item)) is not None))
        served = {self.actors.country_of(ref) for ref in people}
        states = list(dict.fromkeys(ActorRef("state", c) for item in items
                                    if (c := self.actors.state_at.get(item.i)) and c not in served))
        return people + states


def of_chain(token: Token, depth: int) -> list[Token]:
    """The objects of "of" below ``token``, ``depth`` levels down: "President of [the Republic] of [X]"."""
    found: list[Token] = []
    level = [token]
    for _ in range(depth):
        level = [o for t in level for c in t.children if c.dep_ in PREP_DEPS and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj"]
        found += level
    return found
