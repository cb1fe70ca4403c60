"""Names the model's NER missed or mislabelled, found by where they stand in the sentence.

The small model tags most full names PERSON, but not every one: a name after a title ("Foreign Minister
Kuleba"), set off beside a title ("the head of the agency, Rafael Grossi,"), after a listed country ("the
foreign ministers of Guatemala, X; Honduras, Y"), after a country's possessive in a list of leaders, or as the
subject or object of a contact verb (contact_role_names.py) is a person's whatever the model called it. Each
finder returns runs of tokens (candidate names); ``PersonFinder`` (persons.py) merges them with the model's own into
people. ``MissedNames`` is a mixin over ``ContactRoleNames`` and so ``TitleReader`` (titles.py), whose list reading
it shares. The word-level tests of a name's shape live in name_forms.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.contact_role_names import ContactRoleNames
from graph.extraction.headline_names import HeadlineNames
from graph.extraction.name_forms import (
    CALENDAR_WORDS,
    after_hyphen,
    given_name_tail,
    headline_verb,
    name_shaped,
    opens_with_address,
    suffixed_title,
)
from graph.names import NAME_PARTICLES

__all__ = ["MissedNames", "CHAIN_WORDS", "TITLE_CHAIN_TOKENS"]

# Words that chain a title to the office and country it names: "of the People's Republic of".
CHAIN_WORDS = {"of", "the", "'s", "’s"}
# How far back a title may stand across the office and country it names ("the Minister of Defence of the
# Republic of Bulgaria, Todorov,").
TITLE_CHAIN_TOKENS = 16
# A readout's forms of address for office-holders ("Hon.", "H.E."): the title finders read the names after them,
# and on their own they took in more than names (held-out pair precision fell).
_OFFICE_ADDRESSES = frozenset({"hon", "hon.", "honourable", "honorable", "h.e.", "excellency"})
# The words of a date that opens a sentence ("On Friday", "Late on 12 March", "Then last Tuesday") before its subject
# (and the month and weekday names, name_forms.CALENDAR_WORDS).
_DATE_OPENERS = frozenset({"on", "in", "by", "last", "this", "next", "early", "late", "then", "and", "but", "later",
                           "since", "until", "of", "the"})


class MissedNames(ContactRoleNames, HeadlineNames):
    """Finders of candidate names by their position; expects ``doc``, ``lex``, ``state_at`` and ``person_at``
    (see ``TitleReader``)."""

    def _missed_names(self) -> list[list[Token]]:
        """Every candidate name found by its position, finder by finder."""
        return [*self._titled_names(), *self._names_in_apposition(), *self._names_before_a_title(),
                *self._names_after_listed_countries(), *self._possessed_names_listed_with_people(),
                *self._names_of_countries_listed_with_people(), *self._names_listed_after_a_plural_title(),
                *self._names_in_contact_roles(), *self._addressed_names(), *self._names_after_an_opening_date(),
                *self._names_after_a_country_dash(), *self._headline_names()]

    def _names_after_a_country_dash(self) -> list[list[Token]]:
        """ "Egypt - Karim Mansour; Jordan - Layla Haddad; Palestine - Abdel Sisi": a name set after its country by
        a dash with spaces around it, listed with another such name or the subject of the verb after it, is a
        person; the model glues the two together and calls the name a place, a body or nothing."""
        items: list[tuple[int, list[Token]]] = []  # (the country's first index, the name after its dash)
        for dash in self.doc:
            if dash.text not in {"-", "–", "—"} or not dash.whitespace_ or dash.i < 1 \
                    or dash.i - 1 not in self.state_at or not self.doc[dash.i - 1].whitespace_:
                continue
            run = self._possessed_run(dash.i + 1)
            first = dash.i - 1
            while first - 1 >= 0 and self.state_at.get(first - 1) == self.state_at[dash.i - 1]:
                first -= 1
            if 2 <= len(run) <= 4 and run[-1].i not in self.person_at and run[0].lower_ not in NAME_PARTICLES:
                items.append((first, run))
        found: list[list[Token]] = []
        for k, (country, run) in enumerate(items):
            beside = (k > 0 and self._joined_in_list(items[k - 1][1][-1].i, country)) or \
                (k + 1 < len(items) and self._joined_in_list(run[-1].i, items[k + 1][0]))
            after = self.doc[run[-1].i + 1] if run[-1].i + 1 < len(self.doc) else run[-1]
            if beside or after.pos_ in {"VERB", "AUX"} and after.i > run[-1].i:
                found.append(run)
        return found

    def _names_after_an_opening_date(self) -> list[list[Token]]:
        """ "On Friday Ana Soto will fly to Lima", "On 12 March Kwame Asante telephoned …": with no comma after a
        date that opens the sentence, the small model glues the subject's name to the date (a DATE entity, or
        none, and the name the object of "On"). Two to four capitalized words right after the date and right
        before a verb (or a list of such names) are its subject, a person's name, unless the model calls them a place
        or an institution."""
        found: list[list[Token]] = []
        for sent in self.doc.sents:
            last = sent.start  # the date's last word: past the openers, the date's words and numbers
            while last < sent.end - 1 and (self.doc[last].lower_ in _DATE_OPENERS or self.doc[last].like_num
                                           or self.doc[last].lower_ in CALENDAR_WORDS):
                last += 1
            last -= 1
            if last < sent.start or not any(t.lower_ in CALENDAR_WORDS for t in self.doc[sent.start : last + 1]):
                continue
            runs = [self._name_run(last)]  # ("On Monday A and B met": the subjects listed)
            while runs[-1] and runs[-1][-1].i + 2 < sent.end and self.doc[runs[-1][-1].i + 1].lower_ in {",", "and"}:
                runs.append(self._name_run(runs[-1][-1].i + 1))
            end = runs[-1][-1].i + 1 if runs[-1] else last + 1
            if end < sent.end and self.doc[end].pos_ in {"VERB", "AUX"} and all(
                    2 <= len([t for t in run if name_shaped(t.text)]) <= 4
                    and all(t.ent_type_ in {"", "PERSON", "DATE"} for t in run) for run in runs):
                found += [run for run in runs if not any(t.i in self.person_at for t in run)]
        return found

    def _titled_names(self) -> list[list[Token]]:
        """Capitalized names right after a title that NER missed ("Foreign Minister Kuleba")."""
        found: list[list[Token]] = []
        for token in self.doc:
            introduces = token.lower_ in self.lex.counterpart_words
            # "government spokeswoman Yolande Makolo": a title in lower case is a noun's, and a full name follows
            lowered = token.is_lower and token.pos_ == "NOUN"
            plural = token.tag_ in {"NNS", "NNPS"} and token.lower_.removesuffix("s") in self.lex.title_words
            if not introduces and (token.lower_ not in self.lex.title_words and not plural
                                   or not (token.text[:1].isupper() or lowered)):
                continue
            nxt = token.i + 1
            if nxt + 1 < len(self.doc) and suffixed_title(self.doc[nxt + 1], self.lex):
                nxt += 2  # "president-elect X"
            run: list[Token] = []
            through_of = False  # "President of the Republic of Kazakhstan Arman Serikov": a name after the country
            while nxt < len(self.doc):
                current = self.doc[nxt]
                if current.lower_ in CHAIN_WORDS and (not run or self._names_an_office(run)):
                    through_of = True  # "Premier of the State Council of the People's Republic of China Li Keqiang"
                    run = []
                    nxt += 1
                    continue
                if run and not name_shaped(current.text) and _name_part(current):
                    run.append(current)  # "Sheikh Sabah al-Ahmad al-Jaber al-Sabah", "Mohammed bin Salman"
                    nxt += 1
                    continue
                if (current.pos_ != "PROPN" and not self._syllable_opening_a_name(current)) \
                        or not name_shaped(current.text) or current.lower_ in self.lex.contact_nouns \
                        or headline_verb(current, self.lex):
                    break  # (a capitalized "State Visit" or "Leaders' Summit" is an event, not a name; nor is
                    # a headline's "Minister Meets X" one)
                if current.lower_ in self.lex.title_words or current.lower_.removesuffix("s") in self.lex.title_words \
                        or nxt in self.state_at:  # "Military Commanders" is a title, not a name
                    run = []
                    nxt += 1
                    continue
                run.append(current)
                nxt += 1
            while run and not (name_shaped(run[-1].text) or given_name_tail(run[-1])):
                run = run[:-1]  # a name ends on a capitalized word or "Jae-in"'s "in", not on "al-" or "bin"
            if through_of and (not run or run[0].i - 1 not in self.state_at):
                run = []  # "Minister of International Relations": no country, so no name after it
            while run and (run[0].lower_ in self.lex.honorifics or opens_with_address(run, self.lex)):
                run = run[1:]  # "Prime Minister Shri Narendra Modi"
            # The small model often tags a titled name as an organization ("Chancellor Olaf Scholz"); a run
            # after a title is a person unless it holds a word that only organizations have.
            # (After "of <country>" the model tends to stretch the country's entity over the name that follows.)
            organization = any((t.ent_type_ == "NORP" and not through_of)
                               or t.lower_ in self.lex.organization_words for t in run)
            # "the Multinational Security Support mission": capitalized words naming a body modify a common noun
            organization = organization or bool(run) and run[-1].dep_ == "compound" and \
                run[-1].head.tag_ == "NN" and run[-1].head.is_lower  # (not "President X hosts …", a verb read as NNS)
            named = len([t for t in run if name_shaped(t.text)])
            if run and named <= 4 and not organization and (named >= 2 or not lowered or introduces):
                found.append(run)
                if plural:  # "Presidents Mahuad and Fujimori": the name after "and" holds the title too
                    found += self._second_holder(run[-1].i + 1)
        return found

    def _addressed_names(self) -> list[list[Token]]:
        """ "Doña Carmen Rojas Vial met …", "Dato' Seri Rahim Osman, Malaysia's Foreign Minister,": capitalized
        words after a form of address (no office: those are ``_titled_names``'), which the model may take for a
        people or nothing, are a name; the forms of address are left off."""
        found: list[list[Token]] = []
        for token in self.doc:
            lower = token.lower_
            if not token.text[:1].isupper() or lower in self.lex.title_words or lower in _OFFICE_ADDRESSES or not (
                    lower in self.lex.courtesy or lower in self.lex.honorific_openers) or token.i in self.person_at:
                continue
            run = self._name_run(token.i)
            if not opens_with_address([token, *run], self.lex) or token.ent_type_ not in {"", "PERSON", "NORP"} \
                    or (token.i > 0 and self.doc[token.i - 1].lower_ == "the"):
                continue  # "the Tun Razak Exchange": a name inside a place's or an institution's
            while run and opens_with_address(run, self.lex):
                run = run[1:]  # "Dato' Seri", "Tan Sri"
            if len([t for t in run if name_shaped(t.text)]) >= 2:
                found.append(run)
        return found

    def _name_run(self, start: int) -> list[Token]:
        """The capitalized words of a name after ``start`` (and the particles, apostrophes and forms of address
        among them), up to a place, a title or a word of an institution's name."""
        run: list[Token] = []
        for token in self.doc[start + 1 : start + 9]:
            if token.text in {"'", "’"} and not run and not self.doc[start].whitespace_:
                run.append(token)  # "Dato' Seri"
                continue
            if run and token.lower_ in NAME_PARTICLES and token.is_lower:
                run.append(token)
                continue
            if not name_shaped(token.text) or token.pos_ != "PROPN" or token.i in self.state_at \
                    or token.lower_ in self.lex.title_words or token.lower_ in self.lex.organization_words \
                    or self.demonym_country(token) or headline_verb(token, self.lex):
                break
            run.append(token)
        while run and run[-1].lower_ in NAME_PARTICLES:
            run.pop()
        return run

    def _second_holder(self, conj: int) -> list[list[Token]]:
        """The name right after the "and" that follows a plural title's first name."""
        doc = self.doc
        if conj + 1 >= len(doc) or doc[conj].lower_ != "and":
            return []
        run = []
        for token in doc[conj + 1:conj + 5]:
            if token.pos_ != "PROPN" or not name_shaped(token.text) or token.i in self.state_at \
                    or token.lower_ in self.lex.title_words:
                break
            run.append(token)
        return [run] if run else []

    def _syllable_opening_a_name(self, token: Token) -> bool:
        """ "General Secretary To Lam": a short capitalized word inside a sentence, which the parser took for a
        function word ("to"), opening a two-word name that runs into lower case (not a title-case headline's
        "Minister To Visit China")."""
        doc = self.doc
        nxt = token.i + 1
        # (or a longer given name the tagger took for a verb or a common noun: "Foreign Minister Tshering Dorji")
        shape = len(token.text) <= 3 or token.is_title and token.pos_ in {"VERB", "NOUN", "ADJ"} \
            and token.lower_ not in self.lex.title_words
        return not token.is_sent_start and token.is_alpha and shape and nxt < len(doc) \
            and doc[nxt].pos_ == "PROPN" and name_shaped(doc[nxt].text) and nxt not in self.state_at \
            and doc[nxt].lower_ not in self.lex.title_words \
            and (nxt + 1 >= len(doc) or not doc[nxt + 1].text[:1].isupper())

    def _names_an_office(self, run: list[Token]) -> bool:
        """Capitalized words before "of"/"'s" that name an institution or a country ("State Council", "People"
        of "People's Republic"), which a title's chain passes through; a person's name ("Joe Biden of the
        United States") ends the chain."""
        return all(t.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} or t.lower_ in self.lex.organization_words
                   or t.i in self.state_at for t in run)

    def _possessed_names_listed_with_people(self) -> list[list[Token]]:
        """ "Nepal's K.P. Sharma Oli, Bhutan's Lotay Tshering and …": a name after a country's possessive, listed
        with people or with another such name, is a person, though the model may take it for an organization
        or a building (as it may "Le Monde" alone)."""
        items: list[tuple[int, list[Token]]] = []  # (the country's first index, the name after its possessive)
        for token in self.doc:
            if token.i not in self.state_at or token.i + 2 >= len(self.doc) or \
                    self.doc[token.i + 1].text not in {"'s", "’s", "'", "’"}:
                continue
            run = self._possessed_run(token.i + 2)
            first = token.i  # the country's first word: "South" of "South Korea's"
            while first - 1 >= 0 and self.state_at.get(first - 1) == self.state_at[token.i]:
                first -= 1
            if 2 <= len(run) <= 5 and run[-1].i not in self.person_at and run[0].lower_ not in NAME_PARTICLES:
                items.append((first, run))
        found: list[list[Token]] = []
        for k, (country, run) in enumerate(items):
            head = run[-1]
            listed = [*head.conjuncts, *([head.head] if head.dep_ in {"conj", "appos"} else [])]
            beside = (k > 0 and self._joined_in_list(items[k - 1][1][-1].i, country)) or \
                (k + 1 < len(items) and self._joined_in_list(head.i, items[k + 1][0]))
            if beside or any(t.ent_type_ == "PERSON" for t in listed):
                found.append(run)
        return found

    def _names_of_countries_listed_with_people(self) -> list[list[Token]]:
        """ "Alija Hadžić of Bosnia, Milan Ilić of Serbia and Goran Babić of Croatia": a name set off by "of" and
        a country, listed with another such name, is a person, though the model may take it for an organization
        or miss it."""
        items: list[tuple[list[Token], int]] = []  # (the name before "of", the last token of its country)
        for of in self.doc:
            if of.lower_ != "of" or of.i + 1 not in self.state_at or of.i < 2:
                continue
            run: list[Token] = []
            for before in reversed(self.doc[max(of.sent.start, of.i - 4) : of.i]):
                # (a capitalized word inside the sentence the tagger took for another part of speech may be one
                # too: "Thongsing Thammavong of Laos", "Thongsing" tagged a gerund)
                proper = before.pos_ == "PROPN" or before.is_title and before.i > before.sent.start
                if run and before.text == "-" and not before.whitespace_ and not self.doc[before.i - 1].whitespace_:
                    run.insert(0, before)  # "Jean-Claude Mbarga of Cameroon"
                    continue
                if not proper or not name_shaped(before.text) or before.i in self.state_at \
                        or before.lower_ in self.lex.title_words or before.lower_ in self.lex.organization_words:
                    break
                run.insert(0, before)
            while run and run[0].text == "-":
                run = run[1:]
            end = of.i + 1
            while end + 1 < len(self.doc) and self.state_at.get(end + 1) == self.state_at[of.i + 1]:
                end += 1
            if 2 <= len(run) <= 4:
                items.append((run, end))
        found: list[list[Token]] = []
        for k, (run, end) in enumerate(items):
            beside = (k > 0 and self._joined_in_list(items[k - 1][1], run[0].i)) or \
                (k + 1 < len(items) and self._joined_in_list(end, items[k + 1][0][0].i))
            if beside and run[-1].i not in self.person_at:
                found.append(run)
        return found

    def _possessed_run(self, start: int) -> list[Token]:
        """The capitalized words (and particles between them) of a name starting at ``start``."""
        run: list[Token] = []
        for nxt in self.doc[start : start + 7]:
            if run and nxt.is_lower and nxt.lower_ in NAME_PARTICLES:
                run.append(nxt)  # "Lula da Silva"
                continue
            if run and nxt.text == "-" and not nxt.whitespace_ and not run[-1].whitespace_:
                run.append(nxt)  # "Nana Akufo-Addo": an inner hyphen goes on to the name's next part
                continue
            if nxt.pos_ != "PROPN" or not (name_shaped(nxt.text) or after_hyphen(nxt)) \
                    or nxt.i in self.state_at or nxt.lower_ in self.lex.title_words \
                    or nxt.lower_ in self.lex.organization_words or nxt.ent_type_ in {"NORP", "LOC"}:
                break
            run.append(nxt)
        while run and (run[-1].is_lower or run[-1].text == "-"):
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
                while run and (not name_shaped(run[0].text) or run[0].lower_ in self.lex.honorifics):
                    run = run[1:]  # a name starts with a capital, after any "Sheikh"; "el-Tayeb" goes on in lower case
                contiguous = run and run[-1].i - run[0].i == len(run) - 1
                names = [t for t in run if name_shaped(t.text)]
                if contiguous and 2 <= len(names) and len(run) <= 5 and \
                        not any(t.lower_ in self.lex.organization_words for t in run):
                    found.append(run)
        return found

    def _names_listed_after_a_plural_title(self) -> list[list[Token]]:
        """ "his French and German counterparts, Laurent Fabius and Frank-Walter Steinmeier,": full names listed
        right after a plural title and its comma, one of them a person to the model, are all people, though the
        model may take the others for organizations."""
        found: list[list[Token]] = []
        for title in self.doc:
            if title.tag_ not in {"NNS", "NNPS"} or title.lemma_.lower() not in self.lex.title_words \
                    or title.i + 2 >= title.sent.end or self.doc[title.i + 1].text != ",":
                continue
            runs: list[list[Token]] = []
            run: list[Token] = []
            for token in self.doc[title.i + 2 : title.sent.end]:
                if _name_part(token) and token.i not in self.state_at and token.lower_ not in self.lex.title_words \
                        and token.lower_ not in self.lex.organization_words:
                    run.append(token)
                    continue
                if not run or token.lower_ not in {",", "and"} or (runs and runs[-1][-1].nbor().lower_ == "and"):
                    break
                runs.append(run)
                run = []
            if run:
                runs.append(run)
            runs = [r for r in runs if 2 <= sum(name_shaped(t.text) for t in r) and len(r) <= 6]
            if len(runs) >= 2 and any(t.ent_type_ == "PERSON" for r in runs for t in r):
                found += [r for r in runs if r[-1].i not in self.person_at]
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
                    t.pos_ == "PROPN" and name_shaped(t.text) and t.i not in self.state_at
                    and t.lower_ not in self.lex.title_words and t.lower_ not in self.lex.organization_words
                    and t.ent_type_ not in {"GPE", "NORP", "LOC", "DATE", "EVENT", "FAC"} for t in run):
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
                if nxt.pos_ != "PROPN" or not name_shaped(nxt.text) or nxt.i in self.state_at \
                        or nxt.lower_ in self.lex.title_words:
                    break
                run.append(nxt)
            if 2 <= len(run) <= 4:
                found.append(run)
        return found


def _name_part(token: Token) -> bool:
    """A token of a personal name: capitalized proper noun, a lower-case particle or an inner hyphen."""
    if token.pos_ == "PROPN" and name_shaped(token.text):
        return True
    if token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_:
        return token.is_alpha  # "Lin Wei-ting", "Moon Jae-in"
    return token.lower_ in NAME_PARTICLES or (token.text == "-" and not token.whitespace_)
