"""Where a force goes: the destination of a deployment.

A place after a destination preposition of the verb ("to", "into", "near", "along"), nearest first; a state's part
("Guyanese waters", "a US base in Qatar"); a state whose aid the forces go to ("to help Finland"); the places
coordinated with the destination ("to Estonia, Latvia and Poland"); or the state across a bare border from the
last deployment's sides ("sent troops to the border"). It is kept apart from ``deployment_sides.DeploymentSides``
(which inherits it) because reading the place off a clause is one concern.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.deployment_reader import STATE_PRONOUNS, DeploymentReader, nearest_subject
from graph.extraction.modality_cues import REPORTING
from graph.extraction.pipeline import has_to_infinitive, hyphenated
from graph.extraction.states import state_named_before

__all__ = ["DeploymentDestinations", "HEADING_PREPS"]

# Prepositions that say where a force is headed wherever the parser hangs them ("sent 71 jets and nine ships toward
# Taiwan", with "toward" on the last of the forces).
HEADING_PREPS = frozenset({"to", "into", "toward", "towards"})


def _is_preposition(token: Token) -> bool:
    """A preposition heading a place: "to Y", or one coordinated with another ("in Crimea and along the
    border", where the parser hangs "along" on "in" as a conjunct)."""
    return token.dep_ in {"prep", "dative"} or (token.dep_ == "conj" and token.pos_ == "ADP")


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


def _distance_from(prep: Token) -> bool:
    """ "30 kilometres from the border", "not far from Ukraine's border": a "from" that measures a distance says
    where the forces are near, not where they come from."""
    return prep.lower_ == "from" and any(
        c.dep_ == "npadvmod" or c.dep_ == "advmod" and c.lower_ == "far" and any(n.dep_ == "neg" for n in c.children)
        for c in prep.children)


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


class DeploymentDestinations(DeploymentReader):
    """The rules for where a force goes; a mixin of ``deployment_sides.DeploymentSides``."""

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

    def destination(self, verb: Token, exclude: set[int], origin: str | None = None) -> str | None:
        """Where the forces go: a place after a destination preposition of the verb, nearest first; for
        "…off the coast of Venezuela, where the Pentagon has massed warships", the place the clause hangs on.
        ``origin``, the sender when known, is never the state "the country" names again."""
        clauses = [c for c in verb.children if c.dep_ in {"advcl", "xcomp", "ccomp", "relcl", "conj", "acl"}
                   and c.lower_ not in self.lex.heading_words  # "left port bound for Djibouti" says where
                   and not self._ordered_move(verb, c)]
        exclude = exclude | {t.i for c in clauses for t in c.subtree}  # "…to support Moscow's war in Ukraine"
        exclude |= {t.i for a in verb.subtree if a.lower_ in self.lex.attribution_words for t in a.subtree}
        if verb.lemma_.lower() in self.lex.place_object_verbs:  # "entered Syria", "patrolled Philippine waters"
            for obj in verb.children:
                country = (self._located_in(obj) or self.place_country(obj) or self._owned_place(obj, origin)
                           if obj.dep_ == "dobj" else None)
                if country is not None and obj.i not in exclude:
                    return country
        candidates = sorted(
            (t for t in verb.subtree if t.i not in exclude and _place_object(t) is not None),
            key=lambda t: (_governing_preposition(t).head.i != verb.i, t.i),  # the verb's own prepositions first
        )
        if {verb.lemma_.lower(), hyphenated(verb)} & self.lex.massing_words:  # "massed in A near B's border"
            candidates.sort(key=lambda t: t.lower_ not in self.lex.border_nouns)
        for token in candidates:
            country = (self._located_in(token) or self.place_country(token) or self._aided(token)
                       or self._country_meant(token, origin) or self._owned_place(token, origin))
            prep = _governing_preposition(token)
            near = _distance_from(prep)  # "massed troops 30 kilometres from the Ukrainian border"
            if country is None or prep.lower_ == "from" and not near or not _is_preposition(prep):  # "sent X to Y"
                continue
            if self._on_occasion(token, verb):
                continue
            if near or prep.lower_ in self.lex.destinations | {"of", "with", "near"} or (  # "rotated Marines
                    prep.lower_ == "through" and verb.lemma_.lower() in self.lex.rotation_words):  # through B"
                if prep.lower_ in {"of", "with"} and not self._after_border(prep):
                    continue
                return country
        read_as_verb = self._place_read_as_verb(verb)
        if read_as_verb is not None:
            return read_as_verb
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            for token in verb.head.subtree:
                if token.i not in {t.i for t in verb.subtree} and self.place_country(token):
                    return self.place_country(token)
        purposes = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children
                                      if g.dep_ in {"relcl", "acl"})]  # ("deployed a frigate to guard B's waters")
        return next((country for c in purposes  # (an ordered move too: "sent bombers to patrol B's airspace")
                     if (country := self._helped(c)) is not None), None)

    def _country_meant(self, noun: Token, origin: str | None) -> str | None:
        """ "Minsk said Russian troops would stay in the country", "(…Niger.) The United States has 1,100 troops in
        the country": the state a bare "the country" names again (``_state_meant`` says which)."""
        if noun.lemma_.lower() not in self.lex.country_nouns or [c.lower_ for c in noun.children] != ["the"]:
            return None
        return self._state_meant(noun, origin)

    def _owned_place(self, noun: Token, origin: str | None) -> str | None:
        """ "Armenia said Azerbaijani troops had crossed into its territory", "Kyiv said Belarusian troops were
        gathering near its border": a place a pronoun owns, in a clause a state reports, is that state's when it
        is not the sender's. Nothing else is a safe antecedent: in "Algeria let French jets cross its airspace" the
        pronoun's state lets them pass. "Its border with B" leaves the place to B."""
        if noun.lemma_.lower() not in self.lex.place_nouns and noun.lower_ not in self.lex.place_nouns:
            return None
        if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children) or any(
                c.dep_ == "prep" and c.lower_ in {"with", "of"} for c in noun.children):
            return None
        return self._reporting_state(noun, origin)

    def _reporting_state(self, noun: Token, origin: str | None) -> str | None:
        """The state of whoever says the clause a word stands in ("Minsk said…", "Armenia's defence ministry
        said…", "Kyiv accused Moscow of massing troops near its borders", "India denied that Chinese troops had
        crossed into its territory"), when it is not the sender."""
        saying = REPORTING | self.lex.allegation_verbs | self.lex.modality["denied"]["governors"]
        for ancestor in noun.ancestors:
            if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in saying:
                speaker = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
                state = self.state_of_phrase(speaker) if speaker is not None else None
                if state is not None and state != origin:
                    return state
        return None

    def _state_meant(self, noun: Token, origin: str | None) -> str | None:
        """The state "the country" names again, never the sender: the state of whoever says the clause, else the
        article's last destination, else the last state named before it in its sentence, else the last state
        the sentence before names."""
        speaker = self._reporting_state(noun, origin)
        if speaker is not None:
            return speaker
        target = self.context.get("target")
        if target is not None and target != origin:
            return target
        return state_named_before(noun, self.place_country, {origin})

    def _place_read_as_verb(self, verb: Token) -> str | None:
        """ "sent the USS Eisenhower to waters off Israel": the parser may read "to waters" as an infinitive clause
        ("to water"); the place noun's own "off"/"near"/"of" still names the state."""
        for clause in verb.children:
            if clause.dep_ not in {"xcomp", "advcl"} or clause.lower_ not in self.lex.place_nouns \
                    or not has_to_infinitive(clause):
                continue
            for prep in clause.children:
                if prep.dep_ in {"prep", "prt"} and prep.lower_ in self.lex.destinations | {"of"}:
                    country = next((c for o in prep.children if o.dep_ == "pobj"
                                    and (c := self.place_country(o)) is not None), None)
                    if country is not None:
                        return country
        return None

    def place_there(self, verb: Token, origin: str | None) -> str | None:
        """ "Russia held talks with Belarus in Minsk. Moscow later sent 9,000 troops there": an adverb "there" on the
        verb (or on its object: "has 900 troops there") names again the last place told after a preposition, or
        visited or entered ("visited Poland"), in its sentence or the two before; never the sender's own state."""
        heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]  # ("has troops there")
        there = next((c for h in heads for c in h.children if c.dep_ == "advmod" and c.lower_ == "there"), None)
        if there is None:
            return None
        doc = verb.doc
        start = doc[self.sent.start - 1].sent.start if self.sent.start > 0 else self.sent.start
        start = doc[start - 1].sent.start if start > 0 else start
        for token in reversed(doc[start:there.i]):
            place = _place_object(token)
            visited = self.lex.place_object_verbs | self.lex.travel_verbs
            told = place is not None and place.head.lower_ in self.lex.destinations | {"with"} or (
                token.dep_ == "dobj" and token.head.lemma_.lower() in visited)
            country = self._located_in(token) or self.place_country(token) if told else None  # ("visited Poland")
            if country is not None and country != origin:
                return country
        return None

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
        if clause.dep_ not in {"advcl", "xcomp", "relcl", "acl"} or clause.lemma_.lower() not in self.lex.aid_verbs \
                or not has_to_infinitive(clause):
            return None
        return next((country for c in clause.children if c.dep_ == "dobj"  # (or a place of one: "Vietnam's port")
                     and (country := self.actors.state_at.get(c.i) or self.place_country(c)) is not None), None)

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

    def _destination_on_force(self, force: Token) -> str | None:
        """ "will send 12 jets and about 300 airmen to Poland": the parser may hang the verb's "to"/"toward" on the
        last of the forces listed; a directional preposition there is still where they go."""
        for item in [force, *force.conjuncts]:
            for prep in item.children:
                if prep.dep_ == "prep" and prep.lower_ in HEADING_PREPS:
                    country = next((country for o in prep.children if o.dep_ == "pobj"
                                    and (country := self._located_in(o) or self.place_country(o)) is not None), None)
                    if country is not None:
                        return country
        return None

    def _trailing_destination(self, noun: Token) -> str | None:
        """ "…focus on the deployment of the Chinese vessel X to Hambantota port in August": the parser may hang the
        "to" right after a deployment noun's phrase on a verb further up; a directional "to"/"into" there is still
        where the noun's force goes."""
        after = noun.right_edge.i + 1
        if after >= self.sent.end:
            return None
        prep = noun.doc[after]
        if prep.lower_ not in HEADING_PREPS or prep.dep_ != "prep" or prep in noun.subtree:
            return None
        return next((country for o in prep.children if o.dep_ == "pobj"
                     and (country := self._located_in(o) or self.place_country(o)) is not None), None)
