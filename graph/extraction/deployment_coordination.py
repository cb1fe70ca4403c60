"""One sending told for several: coordinated senders and places, "respectively", companions, left-out verbs.

"Belgium, the Netherlands and Norway will send…" (one record per sender), "…to Estonia and Latvia" (per place),
"battalions led by A and C will deploy to B and D respectively" (paired), "A's troops are stationed in B alongside a
C contingent" (a companion force goes too), "A will contribute 13,000 soldiers and C about 10,000" (the verb left
out). Each copies the record the sentence's rule made, with another sender or place. It is kept apart from
``deployment_sentence.DeploymentSentence`` (which inherits it) because multiplying a record is one concern.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graph.extraction.deployment_destinations import HEADING_PREPS
from graph.extraction.deployment_reader import counts_money, quantity
from graph.extraction.deployment_sides import DeploymentSides
from graph.extraction.records import DeploymentRecord

__all__ = ["DeploymentCoordination"]


class DeploymentCoordination(DeploymentSides):
    """The records one sending yields for each sender and place listed with its own; a mixin of
    ``deployment_sentence.DeploymentSentence``."""

    def _coordinated_origins(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "Belgium, the Netherlands and Norway will send…", "Britain and France say they are prepared to
        put troops…": one deployment per sending state."""
        subject = self._sending_subject(verb)
        origins = [self.state_of_phrase(conj) for conj in subject.conjuncts] if subject is not None else []
        if subject is not None:  # "the two countries have warned that they would send forces"
            origins += self.pair_meant(subject)[1:]
        force = self._moved_force(verb)
        if force is not None:  # "soldiers from Kenya and Uganda are stationed in Somalia"
            origins += self.named_origins(force)[1:]
        others: list[DeploymentRecord] = []
        for origin in origins:
            if origin and origin not in {record.from_state, record.to_state, *(o.from_state for o in others)}:
                others.append(replace(record, from_state=origin))
        return others

    def _verbless_senders(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "Britain will contribute about 13,000 soldiers and France about 10,000": a state and a number after
        the force, the verb left out, is another sending of the same force to the same place."""
        force = self._moved_force(verb)
        names = [*(force.conjuncts if force is not None else []),  # "…to Bosnia and France about 10,000"
                 *(c for t in verb.subtree if t.dep_ == "pobj" and t.i in self.actors.state_at for c in t.conjuncts)]
        found = []
        for state in names:
            origin = self.actors.state_at.get(state.i)
            number = self.number_after(state)
            if origin is None or origin in {record.from_state, record.to_state} or number is None:
                continue
            found.append(replace(record, from_state=origin, what=number.text, quantity=quantity([number])))
        return found

    def _gapped_places(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "Germany will send 35 soldiers to Lithuania and 50 to Latvia", "two destroyers to Spain and a frigate to
        Greece": a number (or a force) coordinated with the verb, its force or its place, with a place of its own,
        is another sending by the same sender to that place."""
        force = self._moved_force(verb)
        items = [c for c in verb.children if c.dep_ == "conj" and (c.pos_ == "NUM" or self.is_force(c))]
        items += [c for c in (force.conjuncts if force is not None else []) if c.pos_ == "NUM"]
        items += [c for t in verb.subtree if t.dep_ == "pobj" and self.place_country(t) == record.to_state
                  for c in t.conjuncts if c.pos_ == "NUM" or self.is_force(c)]  # "…to Spain and a frigate to B"
        found: list[DeploymentRecord] = []
        for item in items:
            if counts_money(item.subtree):
                continue  # "…and 50 million to Albania": money, not soldiers
            target = next((country for p in item.children if p.dep_ == "prep" and p.lower_ in HEADING_PREPS
                           for o in p.children if o.dep_ == "pobj" and (country := self.place_country(o))), None)
            if target is None or target in {record.from_state, record.to_state, *(f.to_state for f in found)}:
                continue
            if item.pos_ == "NUM":
                found.append(replace(record, to_state=target, what=item.text, quantity=quantity([item])))
            else:
                what, number = self.what(item)
                found.append(replace(record, to_state=target, what=what, quantity=number))
        return found

    def _companions(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "British troops are stationed in Estonia alongside a French contingent": a force of another
        state named as going with the first goes to the same place."""
        found = []
        for token in verb.subtree:
            if token.dep_ != "pobj" or not self._companion_preposition(token.head):
                continue
            force = self.force_in(token)
            origin = self.state_of_phrase(force) if force is not None else None
            if force is None or origin is None or origin in {record.from_state, record.to_state}:
                continue
            what, quantity = self.what(force)
            found.append(replace(record, from_state=origin, what=what, quantity=quantity))
        return found

    def _companion_preposition(self, prep: Token) -> bool:
        """ "alongside", "along with", "together with"."""
        if prep.lower_ in self.lex.companions:
            return True
        return prep.lower_ == "with" and (prep.head.lower_ == "along" or any(
            c.dep_ == "advmod" and c.lower_ == "together" for c in prep.children))

    def _coordinated_targets(self, verb: Token, records: list[DeploymentRecord]) -> list[DeploymentRecord]:
        """ "Britain will send troops to Estonia and Latvia", "ready to send forces to help Finland or Sweden":
        each sender goes to every place coordinated with the destination."""
        found = []
        for record in records:
            targets = self._target_states(verb, record.to_state) or [record.to_state]
            found += [replace(record, to_state=t) for t in dict.fromkeys(targets) if t != record.from_state]
        return found

    def _respectively(self, verb: Token, record: DeploymentRecord) -> list[DeploymentRecord]:
        """ "Britain, Canada and the US will send battalions to Estonia, Latvia and Poland respectively": the
        n-th sender goes to the n-th place. Nothing unless both lists are there and of the same length."""
        if not any(c.lower_ == "respectively" for c in verb.subtree):
            return []
        senders = self._sender_states(verb)
        targets = self._target_states(verb, record.to_state)
        if len(senders) < 2 or len(senders) != len(targets):
            return []
        pairs = zip(senders, targets, strict=True)
        return [replace(record, from_state=origin, to_state=target) for origin, target in pairs if origin != target]
