"""Who sends a force, what it is, and where it goes: the sides of a deployment.

A force is a noun from the lexicon ("troops", "two warships", "a battalion of marines", "HMS Trent"), named by its
own words and counted by the number it states. ``DeploymentSides`` holds the force; who sends it is read by its
mixin ``deployment_senders.DeploymentSenders`` and where it goes by ``deployment_destinations.DeploymentDestinations``.
The word helpers they share (``quantity``, ``nearest_subject``, ``FILLER``, …) live in
``deployment_reader``. The sentence rules that use these live in ``deployment_sentence``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from graph.extraction.deployment_destinations import DeploymentDestinations
from graph.extraction.deployment_reader import FILLER, counts_money, quantity
from graph.extraction.deployment_senders import DeploymentSenders
from graph.extraction.pipeline import hyphenated
from graph.extraction.sides import PREP_DEPS

__all__ = ["DeploymentSides"]

# A designation such as "F-16s", "MiG-29", "F-35A": letters, a hyphen, a number, a variant letter, a plural.
_DESIGNATION = re.compile(r"([A-Za-z]{1,3})-(\d{1,3})[A-Z]?s?")


class DeploymentSides(DeploymentSenders, DeploymentDestinations):
    """Resolves the force, sender and destination phrases of one sentence: the force here, its sender
    (``DeploymentSenders``) and destination (``DeploymentDestinations``) in the mixins."""

    def is_force(self, token: Token) -> bool:
        """A noun for forces or military equipment ("troops", "peacekeeper", "Navy"), or a warplane's designation
        ("F-16s", "Su-35"), which the tagger often takes for a name."""
        if any(c.dep_ in {"compound", "amod"} and c.lower_ in self.lex.civilian_modifiers for c in token.children):
            return False  # "a cargo ship", "fishing vessels", "medical equipment"
        if self._carries_cargo(token):
            return False  # "two planes of humanitarian aid"
        if {token.lemma_.lower(), token.lower_} & self.lex.weapon_names:  # "Patriots", not "Ukrainian patriots"
            return token.text[:1].isupper() and not any(  # nor "the New England Patriots" (but "four Spanish
                c.dep_ == "compound" and c.pos_ == "PROPN" and not (  # Eurofighters", the demonym read as a name)
                    c.ent_type_ == "NORP" and self.actors.demonym_country(c)) for c in token.children)
        if token.lemma_.lower() in self.lex.forces or token.lower_ in self.lex.forces:
            return True
        if any(f"{c.lower_} {token.lower_}" in self.lex.forces for c in token.children
               if c.dep_ in {"compound", "amod"}):  # "a contingent of 140 Rwandan police officers", "200 military
            return True  # engineers": the force word is the whole compound
        designation = _DESIGNATION.fullmatch(token.text)
        return designation is not None and designation.group(1) in self.lex.aircraft_designations

    def _carries_cargo(self, vehicle: Token) -> bool:
        """ "two planes of humanitarian aid", "a ship full of food", "aircraft loaded with tents": a vehicle named by
        a civilian load it carries ("of", or "with"/"of" after a participle or adjective on it) is no force."""
        preps = [c for c in vehicle.children if c.dep_ == "prep" and c.lower_ == "of"]
        preps += [p for m in vehicle.children if m.dep_ in {"amod", "acl"}
                  for p in m.children if p.dep_ == "prep" and p.lower_ in {"of", "with"}]
        loads = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        cargo = self.lex.civilian_cargo | self.lex.civilian_modifiers
        return any({t.lower_, t.lemma_.lower()} & cargo for o in loads for t in [o, *o.conjuncts, *o.children]
                   if t.i == o.i or t.dep_ in {"amod", "compound", "conj"})

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
            if child.dep_ in PREP_DEPS and child.lower_ == "of" and not any(  # "a battalion of marines", but
                    c.dep_ in {"compound", "amod"} and c.lower_ in self.lex.civilian_modifiers  # not "a rescue team
                    for c in token.children):  # of 100 soldiers": what the team is for makes it civilian
                for obj in child.children:
                    if self.is_force(obj):
                        return token
        return None

    def what(self, force: Token) -> tuple[str, int | None]:
        """The words naming the force and the number it states. A unit counted by what it is made of ("a
        contingent of 250 Irish peacekeepers") is named and counted with that phrase."""
        inner = next((o for c in force.children if c.dep_ in PREP_DEPS and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" and self.is_force(o)), None)
        last = inner if inner is not None else force
        words = [t for t in force.subtree if t.i <= last.i and t.dep_ not in {"det", "poss", "case", "cc"}
                 and t.lower_ not in FILLER - ({"of"} if inner is not None else set()) and not t.is_punct
                 and not t.is_space  # (a masked dateline the parser hangs on the force's first word)
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
