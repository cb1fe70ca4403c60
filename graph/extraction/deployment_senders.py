"""Who sends a force: the state a phrase stands for.

A state or an official's country ("Britain", "Macron"), a demonym or service name on the force ("US troops", "two
JMSDF destroyers", "USS Kearsarge"), "troops from Chad", the leader of a multinational unit ("the battalion led by
Canada"), "the two countries" named together just before, or a pronoun's state ("it is sending"); failing those,
the subject of a verb higher up ("Rwanda denied deploying troops"), the state of whoever reports the clause, or
the last sender for a force the story already knows. It is kept apart from ``deployment_sides.DeploymentSides``
(which inherits it) because resolving a phrase to its state is one concern.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.actors import Person
from graph.extraction.deployment_reader import (
    PERSON_PRONOUNS,
    RELATIVE_TAGS,
    STATE_PRONOUNS,
    DeploymentReader,
    infinitive_read_as_noun,
    nearest_subject,
)
from graph.extraction.sides import PREP_DEPS

__all__ = ["DeploymentSenders"]

# Verbs by which a state or its official tells of its own force ("the Pentagon announced that 2,000 soldiers would
# deploy to B"); not those by which the press reports ("reported", "quoted"), whose subject is an outlet.
_SPEAKING = {"say", "tell", "insist", "state", "add", "announce", "confirm", "declare", "stress", "acknowledge",
             "reveal", "disclose", "inform", "report"}


def _proper_name(token: Token) -> str:
    """The capitalized words compounded before a proper noun, with it ("Royal Navy", "Royal Air Force")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].head.i == token.i and doc[start - 1].dep_ in {"compound", "amod"} \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    return doc[start:token.i + 1].text


class DeploymentSenders(DeploymentReader):
    """The rules for who sends a force; a mixin of ``deployment_sides.DeploymentSides``."""

    def state_of_phrase(self, token: Token) -> str | None:
        """The state a subject phrase stands for: a state, an official's country, "US troops", "it"."""
        if token.i in self.actors.state_at:
            return self.actors.state_at[token.i]
        person = self.actors.person_of(token)
        if person is not None and person.country:
            return person.country
        if token.text in self.lex.force_names:  # "the TNI will send a battalion": a service names its state
            return self.lex.force_names[token.text]
        if token.pos_ == "PROPN" and (named := self.lex.force_names.get(_proper_name(token))) is not None:
            return named  # "the Royal Navy has a presence in Bahrain"
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
                if child.dep_ == "compound" and child.pos_ == "PROPN":  # "British Challenger tanks": the
                    country = next((c for g in child.children if g.dep_ in {"compound", "amod"}  # model's name
                                    and (c := self.actors.demonym_country(g))), None)  # carries the demonym
                    if country:
                        return country
            if child.dep_ in PREP_DEPS and child.lower_ == "of":  # "a contingent of Estonian soldiers"
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.text in self.lex.force_names:  # "850 personnel of the TNI"
                        return self.lex.force_names[obj.text]
                    if obj.dep_ == "pobj" and self.is_force(obj):
                        country = self.state_of_phrase(obj)
                        if country:
                            return country
        named = self._service_name_state(token) or self._government_state(token)
        if named is not None:  # "the Ugandan People's Defence Force", "the Biden administration"
            return named
        origins = self.named_origins(token) or self.pair_meant(token)
        if origins:  # "troops from Chad", "the two countries"
            return origins[0]
        leaders = self.leaders(token)
        if leaders:  # "the battalion led by Canada"
            return self.state_of_phrase(leaders[0]) or self.actors.demonym_country(leaders[0])
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
        holds its state's name or demonym somewhere before its head, nested deeper than a direct modifier. So does
        a force's chain of noun modifiers ("the Chinese navy escort task group": "Chinese" modifies "escort")."""
        if not self.is_force(token):
            return None
        if token.pos_ == "PROPN":
            return next((country for t in token.subtree if t.i < token.i
                         and (country := self.actors.demonym_country(t)) is not None), None)
        chain = [c for c in token.children if c.dep_ == "compound"]
        while chain:
            modifier = chain.pop()
            for child in modifier.children:
                if child.dep_ in {"amod", "compound", "nmod"}:
                    country = self.actors.demonym_country(child)
                    if country:
                        return country
                    chain.append(child)
        return None

    def _government_state(self, token: Token) -> str | None:
        """ "The Biden administration is sending troops", "Macron's government", "the government of Chad", "the
        Ministry of Defence of the Kingdom of Spain" (down a chain of "of"s): a government named by its leader or its
        state stands for that state. Only a government noun: "Blinken's
        visit" says nothing of who sends a force."""
        if token.lemma_.lower() not in self.lex.government_nouns and token.lower_ not in self.lex.government_nouns:
            return None
        for child in token.children:
            if child.dep_ in {"compound", "poss", "nmod"}:
                person = self.actors.person_of(child)
                if person is not None and person.country:
                    return person.country
        level = [token]
        for _ in range(3):  # "the government of Chad", "the Ministry of Defence of the Kingdom of Spain"
            level = [o for t in level for c in t.children if c.dep_ in PREP_DEPS and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"]
            state = next((self.actors.state_at[o.i] for o in level if o.i in self.actors.state_at), None)
            if state is not None:
                return state
        return None

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
            elif child.dep_ in {"amod", "compound"} and (joined := self._hyphen_joined(child)):
                states = [self.actors.demonym_country(c) for c in [child, *joined]]  # "a Dutch-German unit"
            else:
                continue
            if states and all(states):
                return [s for s in states if s is not None]
        return []

    def _hyphen_joined(self, demonym: Token) -> list[Token]:
        """ "a Dutch-German Patriot unit": the demonyms joined to this one by a hyphen before it, which the parser
        hangs on it; empty unless it and they all name states."""
        doc = demonym.doc
        joined = [c for c in demonym.children if c.dep_ in {"amod", "compound"} and c.i + 2 == demonym.i
                  and doc[c.i + 1].text == "-"]
        if not joined or not self.actors.demonym_country(demonym) \
                or not all(self.actors.demonym_country(c) for c in joined):
            return []
        return joined

    def _states_from(self, prep: Token) -> list[str | None]:
        """What "from Kenya and Uganda" names, one entry per coordinated name (None where it is no state)."""
        names = [o for o in prep.children if o.dep_ == "pobj"]
        return [self.actors.state_at.get(o.i) for o in [*names, *(c for o in names for c in o.conjuncts)]]

    def leaders(self, noun: Token) -> list[Token]:
        """ "battalions led by Britain, Canada and the United States", "a British-led battlegroup": the phrases
        naming who leads a force."""
        for child in noun.children:
            if child.dep_ == "amod" and child.tag_ == "VBN" and child.lemma_.lower() in self.lex.leader_verbs:
                leader = next((c for c in child.children if c.dep_ in {"npadvmod", "compound", "amod"}
                               and c.i < child.i and self.actors.demonym_country(c)), None)
                if leader is not None:  # "a British-led battlegroup"
                    return [leader]
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
        if token.lower_ in {"it", "its"}:  # "Turkey has no plans to send troops. But it could deploy peacekeepers":
            return self.context.get("sender")  # no state before it in its sentence, the story's last sender
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
            if any(c.dep_ == "poss" and c.lower_ in self.lex.foreign_owners for c in token.children):
                return None  # "Hungary blocked NATO's plan to send troops": the plan, so the sending, is NATO's
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
        """ "Denmark's decision to send", "Russia's plan to deploy", "a German plan to station": a noun a state owns,
        or its people's adjective qualifies, speaks for that state (but "a Ukrainian request to send tanks" asks
        another to send them)."""
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return None
        for child in noun.children:
            if child.dep_ == "poss":
                return self.state_of_phrase(child)
        if noun.lemma_.lower() in self.lex.request_nouns:
            return None
        for child in noun.children:
            if child.dep_ in {"amod", "compound"} and (country := self.actors.demonym_country(child)):
                return country
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
            if subject is not None and subject.tag_ in RELATIVE_TAGS and token.dep_ == "relcl":
                return token.head  # "Russian forces, which entered Georgia": the pronoun stands for the force
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
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEAKING:
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

    def _own_force_sender(self, *phrases: Token | None) -> str | None:
        """ "The Spanish Air Force has deployed eight jets to A. … the Air Force will deploy a detachment to B": a
        force (or service) the story already knows ("the …") that nobody is said to own is that of the state the
        story's last sending came from, within its scene; never a force a multinational body or a non-state group
        owns ("the NATO battlegroup", "the rebel forces"). The dateline's state is no owner: wire stories name
        foreign forces from where they are filed."""
        words = {t.lower_ for p in phrases if p is not None for t in p.subtree}
        if words & self.lex.foreign_owners or not any(
                c.dep_ == "det" and c.lower_ == "the" for p in phrases if p is not None for c in p.children):
            return None  # "a battalion will deploy to B" brings in a force of its own, not one the story knows
        return self.context.get("sender")
