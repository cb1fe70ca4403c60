"""Who sends a force, what it is, and where it goes: the sides of a deployment.

A force is a noun from the lexicon ("troops", "two warships", "a battalion of marines", "HMS Trent"). Its
sender is the state a phrase stands for: a state or an official's country ("Britain", "Macron"), a demonym or
service name on the force ("US troops", "two JMSDF destroyers", "USS Kearsarge"), "troops from Chad", the
leader of a multinational unit ("the battalion led by Canada"), or a pronoun's state ("it is sending"); failing
those, the subject of a verb higher up ("Rwanda denied deploying troops"). Its destination is a place after a
destination preposition of the verb ("to", "into", "near", "along"), a state's part ("Guyanese waters", "a
US base in Qatar"), or the state across a bare border from the last deployment's sides.
The sentence rules that use these live in ``deployments``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors, Person
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality import REPORTING
from graph.extraction.sides import PREP_DEPS

__all__ = ["PERSON_PRONOUNS", "DeploymentSides", "FILLER", "LARGE_NUMBERS", "hyphenated", "infinitive_read_as_noun",
           "nearest_subject", "quantity"]

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "dozen": 12, "hundred": 100, "thousand": 1000, "dozens": 24, "hundreds": 200,
                 "thousands": 2000}
# A designation such as "F-16s", "MiG-29", "F-35A": letters, a hyphen, a number, a variant letter, a plural.
_DESIGNATION = re.compile(r"([A-Za-z]{1,3})-(\d{1,3})[A-Z]?s?")
# Words of a force phrase that say nothing of what the force is ("some", "about", "additional").
FILLER = {"more", "extra", "additional", "enough", "further", "some", "new", "another", "its", "their", "the", "a",
          "an", "of", "about", "around", "nearly", "roughly", "up", "to", "at", "least", "over", "almost", "own"}


def quantity(tokens: list[Token]) -> int | None:
    """The number the tokens state, words multiplied ("two thousand" = 2000, "3,000" = 3000); None if none."""
    total: int | None = None
    for token in tokens:
        text = token.text.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", text):
            total = int(float(text)) if total is None else total * int(float(text))
        elif token.lower_ in _NUMBER_WORDS:
            value = _NUMBER_WORDS[token.lower_]
            total = value if total is None else total * value
    return total


def hyphenated(token: Token) -> str:
    """The whole word a hyphenated noun's head ends ("build-up", which the tokenizer splits into
    "build", "-", "up" with "up" as the head); the token itself otherwise."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].head.i == token.i:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearest before it. A dateline ("PARIS/BERLIN, May 3 - Italy will
    send…") can be parsed as a second subject, further away than the real one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else next(iter(subjects), None)


# Pronouns that stand for a state ("it is sending", "its soldiers") or for a person ("his troops").
STATE_PRONOUNS = {"it", "they", "we", "its", "their", "our"}
PERSON_PRONOUNS = {"he", "she", "his", "her"}


def _is_preposition(token: Token) -> bool:
    """A preposition heading a place: "to Y", or one coordinated with another ("in Crimea and along the
    border", where the parser hangs "along" on "in" as a conjunct)."""
    return token.dep_ in {"prep", "dative"} or (token.dep_ == "conj" and token.pos_ == "ADP")


def infinitive_read_as_noun(token: Token) -> Token | None:
    """The adjective ("due", "set") whose infinitive the parser took for a noun: "the ship is due to dock in Oslo",
    with "dock" the object of a preposition "to" (or of "due" itself, "to" hung beside it)."""
    doc = token.doc
    if token.dep_ != "pobj" or token.i == 0 or doc[token.i - 1].lower_ != "to" \
            or any(c.dep_ in {"det", "poss"} for c in token.children):
        return None
    head = token.head.head if token.head.lower_ == "to" else token.head
    return head if head.pos_ == "ADJ" else None


# Numbers that count money, not soldiers ("pledged 300 million").
LARGE_NUMBERS = {"million", "billion", "trillion", "bn", "mn", "m"}


def counts_money(tokens: Iterable[Token]) -> bool:
    """ "pledged $50 million", "France 20 million euros": a count of money, not of soldiers."""
    return any(t.ent_type_ == "MONEY" or t.lower_ in LARGE_NUMBERS for t in tokens)


def _place_object(token: Token) -> Token | None:
    """The object of a preposition the token is, or is coordinated with ("to the Middle East and Saudi Arabia":
    "Saudi Arabia" is the second object of "to")."""
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root if root.dep_ == "pobj" else None


def _governing_preposition(token: Token) -> Token:
    """The preposition whose object the token is, directly or through a coordination."""
    root = _place_object(token)
    return (root if root is not None else token).head


def _subject_of_next_verb(token: Token) -> bool:
    """ "…to Kosovo, and Hungary, which has a small army, says…": a name right before a conjoined verb with no
    subject of its own is that verb's subject, though the parser coordinates it with a place."""
    doc = token.doc
    after = token.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1
    if after >= len(doc):
        return False
    verb = doc[after]
    return verb.pos_ in {"VERB", "AUX"} and verb.dep_ == "conj" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


class DeploymentSides:
    """Resolves the force, sender and destination phrases of one sentence, with the article's actors and
    the last deployment's sides (``context``: its "target" and "source")."""

    def __init__(self, sent: Span, actors: ArticleActors, lex: Lexicon, context: dict[str, str]) -> None:
        self.context = context  # the destination of the last deployment, for "will contribute 296 soldiers"
        self.sent = sent
        self.actors = actors
        self.lex = lex
        self._resolving: set[int] = set()  # pronouns being resolved, so that two never resolve through each other

    def is_force(self, token: Token) -> bool:
        """A noun for forces or military equipment ("troops", "peacekeeper", "Navy"), or a warplane's designation
        ("F-16s", "Su-35"), which the tagger often takes for a name."""
        if any(c.dep_ in {"compound", "amod"} and c.lower_ in self.lex.civilian_modifiers for c in token.children):
            return False  # "a cargo ship", "fishing vessels", "medical equipment"
        if token.lemma_.lower() in self.lex.forces or token.lower_ in self.lex.forces:
            return True
        if any(f"{c.lower_} {token.lower_}" in self.lex.forces for c in token.children if c.dep_ == "compound"):
            return True  # "a contingent of 140 Rwandan police officers": the force word is the whole compound
        designation = _DESIGNATION.fullmatch(token.text)
        return designation is not None and designation.group(1) in self.lex.aircraft_designations

    def force_in(self, token: Token) -> Token | None:
        """The force noun heading (or inside, "2,000 more troops") an object phrase."""
        for item in [token, *token.conjuncts]:
            if self.is_force(item):
                return item
            if any(f"{c.lower_} {item.lower_}" in self.lex.forces for c in item.children if c.dep_ == "compound"):
                return item  # "10,000 service members": the force word is the whole compound
        for child in token.children:
            if child.dep_ in {"compound", "appos"} and self.is_force(child):
                return child  # "the patrol vessel HMS Trent"
            if child.dep_ == "compound" and child.text in self.lex.ship_prefixes:
                return token  # "HMS Albion docked": a navy's prefix makes the name a warship
            if child.dep_ in PREP_DEPS and child.lower_ == "of":  # "a battalion of marines"
                for obj in child.children:
                    if self.is_force(obj):
                        return token
        return None

    def state_of_phrase(self, token: Token) -> str | None:
        """The state a subject phrase stands for: a state, an official's country, "US troops", "it"."""
        if token.i in self.actors.state_at:
            return self.actors.state_at[token.i]
        person = self.actors.person_of(token)
        if person is not None and person.country:
            return person.country
        if token.text in self.lex.force_names:  # "the TNI will send a battalion": a service names its state
            return self.lex.force_names[token.text]
        for child in token.children:
            if child.dep_ in {"compound", "amod", "poss", "nmod"} and child.text in self.lex.force_names:
                return self.lex.force_names[child.text]  # "two JMSDF destroyers"
            if child.dep_ in {"compound", "amod", "poss", "nmod"}:
                country = self.actors.demonym_country(child)
                if country:
                    return country
                if child.i in self.actors.state_at:
                    return self.actors.state_at[child.i]
                if self.is_force(child) or child.lower_ in STATE_PRONOUNS | PERSON_PRONOUNS:
                    country = self.state_of_phrase(child)  # "the US Army's division", "its soldiers"
                    if country:
                        return country
            if child.dep_ in PREP_DEPS and child.lower_ == "of":  # "a contingent of Estonian soldiers"
                for obj in child.children:
                    if obj.dep_ == "pobj" and self.is_force(obj):
                        country = self.state_of_phrase(obj)
                        if country:
                            return country
        named = self._service_name_state(token)
        if named is not None:  # "the Ugandan People's Defence Force"
            return named
        origins = self.named_origins(token) or self.pair_meant(token)
        if origins:  # "troops from Chad", "the two countries"
            return origins[0]
        leaders = self.leaders(token)
        if leaders:  # "the battalion led by Canada"
            return self.state_of_phrase(leaders[0])
        for inner in token.subtree:  # "the assault ship USS Kearsarge": the prefix says whose navy
            if inner.text in self.lex.ship_prefixes and inner.head.dep_ in {"appos", "compound", "nsubj", "dobj",
                                                                             "nsubjpass", "pobj"}:
                return self.lex.ship_prefixes[inner.text]
        if token.lower_ in {"which", "who", "that"} and token.head.dep_ == "relcl":
            return self.state_of_phrase(token.head.head)  # "the United States, which keeps troops in Qatar"
        if token.lower_ in STATE_PRONOUNS and token.i not in self._resolving:
            self._resolving.add(token.i)
            try:
                return self._state_subject_before(token)
            finally:
                self._resolving.discard(token.i)
        if token.lower_ in PERSON_PRONOUNS:
            person = self._person_meant(token)
            return person.country if person else None
        return None

    def _service_name_state(self, token: Token) -> str | None:
        """ "The Ugandan People's Defence Force will send…", "the Jamaica Defence Force": a service's proper name
        holds its state's name or demonym somewhere before its head, nested deeper than a direct modifier."""
        if token.pos_ != "PROPN" or not self.is_force(token):
            return None
        return next((country for t in token.subtree if t.i < token.i
                     and (country := self.actors.demonym_country(t)) is not None), None)

    def _person_meant(self, pronoun: Token) -> Person | None:
        """The person "he" or "his" stands for. "Her defence minister, Jorge Chavez, said…": a possessive is
        never the person its own phrase names, but someone named before."""
        person = self.actors.resolve_pronoun(pronoun)
        if pronoun.dep_ != "poss":
            return person
        own = {p.name for t in pronoun.head.subtree if (p := self.actors.person_of(t)) is not None}
        if person is None or person.name not in own:
            return person
        before = [p for _, p in self.actors.persons_before(pronoun.i) if p.name not in own]
        return before[-1] if before else None

    def pair_meant(self, noun: Token) -> list[str]:
        """ "A joint Malian and Burkinabe delegation visited Niamey, and the two countries warned…": "the two
        countries" (or "both countries") are the last two states named together before, in this sentence or the
        one before it."""
        if noun.lemma_.lower() not in self.lex.state_nouns or not any(
                (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
                for c in noun.children):
            return []
        doc = noun.doc
        start = doc[self.sent.start - 1].sent.start if self.sent.start > 0 else 0
        for token in reversed(doc[start:noun.i]):
            if len(token.conjuncts) != 1 or token.conjuncts[0].i < token.i:
                continue
            states = [self.actors.demonym_country(t) for t in (token, token.conjuncts[0])]
            if all(states) and states[0] != states[1]:
                return [s for s in states if s is not None]
        return []

    def named_origins(self, noun: Token) -> list[str]:
        """The states a phrase says its force comes from, in order, when it names one or more: "soldiers from
        Kenya and Uganda", "Chadian and Nigerien soldiers", "the first soldiers of a contingent drawn from Austria
        and Romania". Empty unless every coordinated name is a state."""
        for child in noun.children:
            if child.dep_ in PREP_DEPS and child.lower_ == "from":
                states = self._states_from(child)
            elif child.dep_ == "acl" and child.lemma_.lower() in self.lex.origin_participles \
                    and child.tag_ in {"VBN", "VBG"}:
                states = next((self._states_from(p) for p in child.children
                               if p.dep_ in PREP_DEPS and p.lower_ == "from"), [])
            elif child.dep_ in PREP_DEPS and child.lower_ == "of":
                states = [s for o in child.children if o.dep_ == "pobj" and self.is_force(o)
                          for s in self.named_origins(o)]
            elif child.dep_ in {"amod", "compound"} and child.conjuncts and self.actors.demonym_country(child):
                states = [self.actors.demonym_country(c) for c in [child, *child.conjuncts]]
            else:
                continue
            if states and all(states):
                return [s for s in states if s is not None]
        return []

    def _states_from(self, prep: Token) -> list[str | None]:
        """What "from Kenya and Uganda" names, one entry per coordinated name (None where it is no state)."""
        names = [o for o in prep.children if o.dep_ == "pobj"]
        return [self.actors.state_at.get(o.i) for o in [*names, *(c for o in names for c in o.conjuncts)]]

    def leaders(self, noun: Token) -> list[Token]:
        """ "battalions led by Britain, Canada and the United States": the phrases naming who leads a force."""
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in self.lex.leader_verbs:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                        if pobj is not None:
                            return [pobj, *pobj.conjuncts]
        return []

    def _state_subject_before(self, token: Token) -> str | None:
        """ "The United States announced it is sending": the state that governs the pronoun's clause."""
        for ancestor in token.ancestors:
            if ancestor.i in self.actors.state_at:  # "Algeria, …, denied that it had moved troops"
                return self.actors.state_at[ancestor.i]
            lost = self._lost_subject(ancestor)
            if lost is not None:
                return lost
            for child in ancestor.children:
                if child.dep_ == "nsubj" and child.i != token.i and child not in token.ancestors:
                    country = self.state_of_phrase(child)
                    if country:
                        return country
        for t in reversed(list(self.sent)[: token.i - self.sent.start]):
            if t.i in self.actors.state_at and not self._inside_a_title(t):
                return self.actors.state_at[t.i]
        return None

    def _inside_a_title(self, token: Token) -> bool:
        """ "the NATO-Russia Founding Act": a state's name that only modifies the name of a treaty or a body is no
        one's pronoun's antecedent."""
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head.i != token.i and head.pos_ == "PROPN" and head.i not in self.actors.state_at \
            and head.ent_type_ not in {"GPE", "NORP", "LOC"}

    def _lost_subject(self, verb: Token) -> str | None:
        """ "X has ruled out sending soldiers, and Belgium, which has a small army, says it…": a conjoined verb
        with no subject of its own whose state, right before it, the parser hung elsewhere."""
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return None
        edge = verb.i - 1
        while edge > self.sent.start and self.sent.doc[edge].is_punct:
            edge -= 1
        for state_i, country in self.actors.state_at.items():
            state = self.sent.doc[state_i]
            if self.sent.start <= state_i < verb.i and state.right_edge.i in range(edge, verb.i) \
                    and state.dep_ not in {"nsubj", "nsubjpass", "poss"}:
                return country
        return None

    def place_country(self, token: Token) -> str | None:
        return self.actors.place_country(token)

    def _located_in(self, place: Token) -> str | None:
        """ "a US base in Qatar", "the American embassy in Baghdad", "the port of Batumi": where a place noun is
        beats whose it is."""
        if place.lemma_.lower() not in self.lex.place_nouns and place.lower_ not in self.lex.place_nouns:
            return None
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "near", "outside", "inside", "off", "of"}:
                for obj in prep.children:
                    country = self.place_country(obj) if obj.dep_ == "pobj" else None
                    if country is not None:
                        return country
        return None

    def destination(self, verb: Token, exclude: set[int]) -> str | None:
        """Where the forces go: a place after a destination preposition of the verb, nearest first; for
        "…off the coast of Venezuela, where the Pentagon has massed warships", the place the clause hangs on."""
        clauses = [c for c in verb.children if c.dep_ in {"advcl", "xcomp", "ccomp", "relcl", "conj", "acl"}
                   and c.lower_ not in self.lex.heading_words  # "left port bound for Djibouti" says where
                   and not self._ordered_move(verb, c)]
        exclude = exclude | {t.i for c in clauses for t in c.subtree}  # "…to support Moscow's war in Ukraine"
        exclude |= {t.i for a in verb.subtree if a.lower_ in self.lex.attribution_words for t in a.subtree}
        if verb.lemma_.lower() in self.lex.place_object_verbs:  # "entered Syria", "patrolled Philippine waters"
            for obj in verb.children:
                country = self._located_in(obj) or self.place_country(obj) if obj.dep_ == "dobj" else None
                if country is not None and obj.i not in exclude:
                    return country
        candidates = sorted(
            (t for t in verb.subtree if t.i not in exclude and _place_object(t) is not None),
            key=lambda t: (_governing_preposition(t).head.i != verb.i, t.i),  # the verb's own prepositions first
        )
        if {verb.lemma_.lower(), hyphenated(verb)} & self.lex.massing_words:  # "massed in A near B's border"
            candidates.sort(key=lambda t: t.lower_ not in self.lex.border_nouns)
        for token in candidates:
            country = self._located_in(token) or self.place_country(token) or self._aided(token)
            prep = _governing_preposition(token)
            if country is None or prep.lower_ == "from" or not _is_preposition(prep):  # "sent X to Y"
                continue
            if self._on_occasion(token, verb):
                continue
            if prep.lower_ in self.lex.destinations | {"of", "with", "near"}:
                if prep.lower_ in {"of", "with"} and not self._after_border(prep):
                    continue
                return country
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            for token in verb.head.subtree:
                if token.i not in {t.i for t in verb.subtree} and self.place_country(token):
                    return self.place_country(token)
        return next((country for c in clauses if (country := self._helped(c)) is not None), None)

    def _on_occasion(self, place: Token, verb: Token) -> bool:
        """ "sent destroyers to the Red Sea after the attack on Israel", "following raids on ships bound for B": a
        place inside a phrase of when or why the forces moved is not where they go."""
        token = place.head
        while token.i != verb.i and token.head.i != token.i:
            if token.lower_ in self.lex.occasion_words:
                return True
            token = token.head
        return False

    def _aided(self, noun: Token) -> str | None:
        """ "would send forces to Niger's aid": the state whose aid (defence, rescue) the forces go to."""
        if noun.lemma_.lower() not in self.lex.aid_nouns:
            return None
        return next((self.actors.state_at[c.i] for c in noun.children
                     if c.dep_ == "poss" and c.i in self.actors.state_at), None)

    def _helped(self, clause: Token) -> str | None:
        """ "ready to send forces to help Finland", "sent troops to defend Kuwait": a purpose clause of aid whose
        object is a state names where the forces go, when no place does. A person helped ("to help Assad") or a
        cause ("to support Moscow's war in Ukraine") is none."""
        if clause.dep_ not in {"advcl", "xcomp"} or clause.lemma_.lower() not in self.lex.aid_verbs \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return None
        return next((self.actors.state_at[c.i] for c in clause.children
                     if c.dep_ == "dobj" and c.i in self.actors.state_at), None)

    def _after_border(self, prep: Token) -> bool:
        """ "the border with B": "with"/"of" name the other side of a border, whether the parser hangs them on
        the border noun or, right after it, on the verb."""
        before = prep.doc[prep.i - 1] if prep.i > 0 else prep
        return prep.head.lower_ in self.lex.border_nouns or before.lower_ in self.lex.border_nouns

    def _ordered_move(self, verb: Token, clause: Token) -> bool:
        """ "ordered units to move closer to the border with B": the infinitive that completes a verb of
        sending with a force object is the movement itself, and says where it goes."""
        return clause.dep_ == "xcomp" and clause.lemma_.lower() in self.lex.force_subject_verbs and any(
            c.dep_ == "dobj" and self.force_in(c) is not None for c in verb.children)

    def what(self, force: Token) -> tuple[str, int | None]:
        """The words naming the force and the number it states. A unit counted by what it is made of ("a
        contingent of 250 Irish peacekeepers") is named and counted with that phrase."""
        inner = next((o for c in force.children if c.dep_ in PREP_DEPS and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" and self.is_force(o)), None)
        last = inner if inner is not None else force
        words = [t for t in force.subtree if t.i <= last.i and t.dep_ not in {"det", "poss", "case", "cc"}
                 and t.lower_ not in FILLER - ({"of"} if inner is not None else set()) and not t.is_punct
                 and not (t.tag_ == "VBG" and t.lemma_.lower() in self.lex.deploy_verbs)]  # not "massing troops"
        words = [t for t in words if self.actors.demonym_country(t) is None or t.i in {force.i, last.i}]
        text = " ".join(t.text for t in words) or force.text
        if hyphenated(force) != force.lower_:  # "build-up": the head alone ("up") says nothing
            text = force.doc[force.i - 2: force.i + 1].text
        number = None
        for head in [force, *([inner] if inner is not None else [])]:
            number = number or quantity([t for t in head.subtree if t.i < head.i and t.dep_ in {
                "nummod", "quantmod", "compound", "amod"}])
        return text, number

    def _bare_border(self, verb: Token, exclude: set[int]) -> bool:
        """ "sent troops to the border", "moved a battalion to the frontier near <own town>": the forces go to a
        border that the phrase does not say is shared with whom."""
        for token in verb.subtree:
            if token.i in exclude or token.dep_ != "pobj" or token.lower_ not in self.lex.border_nouns:
                continue
            if not _is_preposition(token.head) or token.head.lower_ not in self.lex.destinations:
                continue
            named = any(t.i != token.i and self.place_country(t) and t.head.lower_ in {"with", "of"}
                        for t in token.subtree)
            proper = any(c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in token.children)
            if not named and not proper and not any(c.dep_ == "poss" and c.lower_ not in STATE_PRONOUNS
                                                    for c in token.children):
                return True  # "to the border", "near its border", "along their shared frontier"
        return False

    def _across_border(self, origin: str) -> str | None:
        """The state across a bare border from ``origin``: the other side of the article's last deployment
        between the two ("B massed troops along its border with A. A will not send troops to the border"), else
        the one other state the sentence names, not as a source ("denied Cambodian reports that Thai units were
        massing near the frontier")."""
        pair = {self.context.get("source"), self.context.get("target")}
        if origin in pair:
            other = pair - {origin, None}
            return next(iter(other), None) if len(other) == 1 else None
        named = self._states_named() - {origin}
        return next(iter(named)) if len(named) == 1 else None

    def _states_named(self) -> set[str]:
        """The states the sentence names (by name or demonym) outside the phrases of who says it ("…, a US
        official said", "according to Kyiv")."""
        sources = {t.i for t in self.sent if t.lower_ in self.lex.attribution_words for t in t.subtree}
        sources |= {t.i for token in self.sent if token.lemma_ in REPORTING and token.pos_ == "VERB"
                    for c in token.children if c.dep_ == "nsubj" for t in c.subtree}
        return {country for t in self.sent if t.i not in sources
                and (country := self.actors.demonym_country(t)) is not None}

    def _moved_force(self, verb: Token) -> Token | None:
        """The force the verb moves: its object, passive subject, (for "arrived") its subject, or what "there are"
        says exists."""
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubjpass", "nsubj", "attr"}:
                force = self.force_in(child)
                if force is not None:
                    return force
        return None

    def number_after(self, name: Token) -> Token | None:
        """ "… and France about 10,000": the count right after a name (past filler words), which makes the name a
        sender whose verb is left out; never money ("France 20 million euros")."""
        doc = name.doc
        after = name.right_edge.i + 1
        while after < self.sent.end and doc[after].lower_ in FILLER:
            after += 1
        if after >= self.sent.end or doc[after].pos_ != "NUM" or counts_money(doc[after : after + 2]):
            return None
        return doc[after]

    def _sender_states(self, verb: Token) -> list[str]:
        """Every state named as a sender, in order: the coordinated subject ("Belgium, the Netherlands and
        Norway"), or the coordinated leaders of a force subject ("battalions led by Britain and Canada")."""
        subject = self._sending_subject(verb)
        if subject is None:
            return []
        phrases = [subject, *subject.conjuncts]
        force = self.force_in(subject)
        if force is not None and self.leaders(force):
            phrases = self.leaders(force)
        states = [self.state_of_phrase(p) for p in phrases]
        return [s for s in states if s is not None] if all(states) else []

    def _target_states(self, verb: Token, target: str) -> list[str]:
        """The destination of a record and the places coordinated with it ("to Estonia, Latvia and Poland", "to
        help Finland or Sweden"); never the subject's ("Estonia and Latvia sent troops to Poland")."""
        subject = nearest_subject(verb)
        said_by = {t.i for t in subject.subtree} if subject is not None else set()
        for token in verb.subtree:
            if token.dep_ in {"pobj", "dobj"} and token.i not in said_by and self.place_country(token) == target:
                places = [self.place_country(t) for t in [token, *token.conjuncts]
                          if not _subject_of_next_verb(t) and self.number_after(t) is None]
                return [p for p in places if p is not None] if all(places) else []
        return []

    def _sending_subject(self, verb: Token) -> Token | None:
        """The subject phrase naming the sender; a pronoun ("they") gives way to the subject it stands for."""
        token = verb
        for _ in range(5):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in {"it", "they", "we", "which", "who", "that"}:
                return subject
            if token.dep_ in {"ROOT"} or token.head.i == token.i:
                return None
            token = token.head
        return None

    def _force_words(self, force: Token) -> set[int]:
        """The force's own words are not where it goes ("three warships, among them INS Delhi, to the
        Philippines"), except a destination the parser hung on it ("massed troops near Ukraine") or a
        participle that posts it somewhere ("the detachment serving with the battlegroup in Poland")."""
        heads = [force, *(o for c in force.children if c.dep_ in PREP_DEPS and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj")]  # "a contingent of 1,000 troops in Lebanon"
        kept = {t.i for head in heads for c in head.children
                if c.dep_ in PREP_DEPS and c.lower_ in self.lex.destinations for t in c.subtree}
        kept |= {t.i for c in force.children if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}
                 and c.lemma_.lower() in self.lex.posting_participles for t in c.subtree if t.i != c.i}
        kept |= {t.i for c in force.children if c.dep_ == "prep" and c.lower_ in {"with", "under"}
                 for o in c.children if o.dep_ == "pobj" and self._mission_named(o) for t in c.subtree}
        return {t.i for t in force.subtree} - kept

    def _mission_named(self, noun: Token) -> bool:
        """ "5,000 peacekeepers with UNMISS in South Sudan", "troops under the UN mission in Mali": a mission the
        force serves with, whose place is where the force is."""
        return self.place_country(noun) is None and (
            noun.lemma_.lower() in self.lex.mission_nouns or noun.pos_ == "PROPN" and noun.ent_type_ == "ORG")

    def _origin_from(self, verb: Token) -> str | None:
        """ "bombers flew from Russia to Venezuela"."""
        for child in verb.children:
            if child.dep_ in PREP_DEPS and child.lower_ == "from":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.i in self.actors.state_at:
                        return self.actors.state_at[obj.i]
        return None

    def _governing_subject_state(self, verb: Token) -> str | None:
        """ "Rwanda denied deploying troops", "Poland has no plans to deploy troops": the sender is the
        subject of a verb higher up."""
        token = verb
        for _ in range(4):
            if token.dep_ not in {"xcomp", "conj", "ccomp", "dobj", "pcomp", "advcl", "acl", "pobj", "prep", "relcl",
                                  "acomp", "attr"}:  # "said there were no plans to send troops"
                return None
            doer = self._charged_object(token)
            if doer is not None:
                return self.state_of_phrase(doer)
            token = token.head
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                if subject.lower_ in {"which", "who", "that"} and token.dep_ == "relcl":
                    return self.state_of_phrase(token.head)
                state = self.state_of_phrase(subject)
                if state is None and self.force_in(subject) is not None:  # "a Thai spokesman said the military
                    state = self._speaker_state(subject)  # had no plans to send": the speaker's state's force
                return state
            owner = self._state_owner(token)
            if owner is not None:
                return owner
        return None

    @staticmethod
    def _charged_object(gerund: Token) -> Token | None:
        """ "Poland accused Belarus of massing troops", "Kyiv thanked Warsaw for sending tanks": the object of the
        verb the gerund's "of"/"for" phrase completes is who does it."""
        prep = gerund.head
        if gerund.dep_ not in {"pcomp", "pobj"} or prep.lower_ not in {"of", "for"} or prep.head.pos_ != "VERB":
            return None
        return next((c for c in prep.head.children if c.dep_ == "dobj"), None)

    def _state_owner(self, noun: Token) -> str | None:
        """ "Denmark's decision to send", "Russia's plan to deploy": a noun a state owns speaks for that state."""
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return None
        for child in noun.children:
            if child.dep_ == "poss":
                return self.state_of_phrase(child)
        return None

    @staticmethod
    def _raised_subject(verb: Token) -> Token | None:
        """The verb's subject, or for "battalions are due to deploy", "troops are expected to arrive" the subject
        of the word the infinitive completes; for "the navy has no plan of sailing" the subject of the verb
        whose object the gerund completes."""
        token = verb
        for _ in range(3):
            dependencies = {"nsubj"} if token is verb else {"nsubj", "nsubjpass"}  # "troops were ordered to move"
            subject = next((c for c in token.children if c.dep_ in dependencies), None)
            if subject is not None:
                return subject
            if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ == "of" and token.head.head.dep_ == "dobj":
                token = token.head.head.head  # "the army had no intention of crossing": the intention's holder
                continue
            completed = infinitive_read_as_noun(token)
            if completed is not None:  # "the ship is due to dock", "dock" read as a noun after "due to"
                token = completed
                continue
            if token.dep_ not in {"xcomp", "acomp"}:
                return None
            token = token.head
        return None

    def _speaker_state(self, subject: Token) -> str | None:
        """ "Peru's defence minister said the army had no intention of crossing…": a force nobody is said to own,
        subject of a clause reported by a state or its official, is that state's."""
        clause = subject.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in {"say", "tell", "insist", "state", "add"}:
            return None
        speaker = nearest_subject(clause.head)
        return self.state_of_phrase(speaker) if speaker is not None else None

    def _navy_beside(self, verb: Token, subject: Token) -> str | None:
        """ "The destroyer USS Gravely docked…": the parser may split the ship's prefix off as a second
        subject of the verb; the prefix still says whose navy it is."""
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i != subject.i and child.text in self.lex.ship_prefixes:
                return self.lex.ship_prefixes[child.text]
        return None
