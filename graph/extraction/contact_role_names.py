"""Names found where only a person can stand: a side of a contact ("Aleksandar Vučić met Kosovo's Isa Mustafa",
"talks with Badr Abdelatty", "a call from Rustam Kholmatov"), whatever the model's entity label says. A mixin over
``TitleReader`` (titles.py) that ``MissedNames`` (missed_names.py) builds on; its runs are candidate names that
``PersonFinder`` (persons.py) merges into people.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.name_forms import given_name_tail, name_shaped
from graph.extraction.titles import TitleReader

__all__ = ["ContactRoleNames"]


class ContactRoleNames(TitleReader):
    """The finder of names in contact roles; expects ``doc``, ``lex``, ``state_at`` and ``person_at``."""

    def _names_in_contact_roles(self) -> list[list[Token]]:
        """ "Aleksandar Vučić met Kosovo's Isa Mustafa": a full name the model does not know (or takes for an
        organization) is still a person where only a person can stand — as the subject or the object of a
        contact verb, or the "with"-side of a contact noun ("held talks with Badr Abdelatty") — when it has a
        name's shape: two or three capitalized words, none a place the lexicon knows (the model calls many a
        foreign name a place: "telephoned Mamadi Doumbouya"), a title or a word organizations have."""
        found: list[list[Token]] = []
        for verb in self.doc:
            noun = verb.pos_ == "NOUN" and verb.lemma_.lower() in self.lex.contact_nouns  # "held talks with X"
            if not noun and (verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.contact_verbs):
                continue
            objects = {"dobj"} if verb.lemma_.lower() != "visit" else set()  # one visits places too
            heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} | objects] if not noun else []
            # ("a phone call from Rustam Kholmatov": a contact noun's "from"-side is its other side)
            sides = {"with", "by", "from", "between"} if noun else {"with", "by"}  # ("a meeting between A and B")
            heads += [o for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ in sides
                      for o in c.children if o.dep_ == "pobj"]
            if noun:  # "Ousmane Diallo's meeting with X": the owner of a contact noun is its side
                heads += [c for c in verb.children if c.dep_ == "poss"]
            else:  # "X said after meeting Y": a contact verb with no subject of its own shares its governor's
                heads += _inherited_subjects(verb)
            if noun and verb.dep_ == "pobj" and verb.head.lower_ == "for" and verb.head.head.pos_ == "VERB":
                heads += [c for c in verb.head.head.children if c.dep_ in {"nsubj", "dobj"}]  # "joined X for talks"
            if noun and verb.dep_ == "dobj" and verb.head.lemma_.lower() in self.lex.light_verbs:
                heads += [c for c in verb.head.children if c.dep_ == "nsubj"]  # "X held talks with Y"
            # "met Than Swe": a given name that is a function word, read as a preposition with the surname its object
            opened = {c.i: c for c in verb.children if c.dep_ == "prep" and self._word_opening_a_name(c)}
            heads += [o for c in opened.values() for o in c.children if o.dep_ == "pobj" and o.i == c.i + 1]
            heads += [c for h in heads if h.head.lower_ == "between" for c in h.conjuncts]  # "between A and B"
            for head in heads:
                run = self._compound_run(head)
                if head.i - 1 in opened:
                    run = [opened[head.i - 1], *run]
                words = [t for t in run if t.text != "-"]
                if head.i in self.person_at or not 2 <= len(words) <= 3 or run[-1].i - run[0].i != len(run) - 1:
                    continue
                # (the model calls many a name a people, "Mamadou Ndiaye", "Ararat Mirzoyan": that counts against
                # a name only where the word is a people the lexicon knows, or a plural: "Syrian Kurds")
                if all((t.pos_ == "PROPN" and name_shaped(t.text) or t.i == head.i and given_name_tail(t)
                        or t.i == run[0].i and self._word_opening_a_name(t)
                        # ("Thanathip Srisuk met …": a first word tagged a common noun, inside one entity with the
                        # name's last word)
                        or t.dep_ == "compound" and name_shaped(t.text) and bool(head.ent_type_)
                        and t.ent_type_ == head.ent_type_ and head.pos_ == "PROPN")
                       and t.i not in self.state_at
                       and t.lower_ not in self.lex.title_words and t.lower_ not in self.lex.organization_words
                       and not (t.tag_ in {"NNS", "NNPS"} and t.lower_.removesuffix("s") in self.lex.title_words)
                       and t.ent_type_ not in {"LOC", "DATE", "EVENT"}
                       and (t.ent_type_ != "NORP" or t.tag_ == "NNP" and not self.demonym_country(t)) for t in words):
                    found.append(run)
        return found

    def _compound_run(self, head: Token) -> list[Token]:
        """The words that hang on a name's last word as its compounds, straight before it, and the inner hyphens
        that join them: "Kojo Akufo-Mensah", also "Jean-Claude Mbarga" and "Fiame Naomi Mata'afa", whose first
        word hangs on the second, not on the last."""
        run = [head]
        for token in reversed(self.doc[head.sent.start : head.i]):
            inner_hyphen = token.text == "-" and not token.whitespace_ and token.i > 0 \
                and not self.doc[token.i - 1].whitespace_
            # ("Onur Çelik": a given name the parser hung on the surname as an adjective)
            hung = token.dep_ in {"compound", "flat"} or token.dep_ == "amod" and token.pos_ == "PROPN"
            if not (inner_hyphen or hung and token.head.i in {t.i for t in run}):
                break
            run.insert(0, token)
        while len(run) > 1 and run[0].text == "-":
            run = run[1:]
        return run

    def _word_opening_a_name(self, token: Token) -> bool:
        """ "telephoned Than Swe", "talks with Can Aydın": a given name that is also a function word, which the
        tagger read as one; capitalized inside a sentence, right before a capitalized word, it can only be a
        name's."""
        return not token.is_sent_start and token.is_alpha and token.is_title and len(token.text) <= 4 \
            and token.pos_ in {"ADP", "SCONJ", "AUX", "DET", "ADV", "PRON", "PART", "CCONJ"} \
            and token.i + 1 < len(self.doc) and name_shaped(self.doc[token.i + 1].text) \
            and token.i not in self.state_at and token.lower_ not in self.lex.title_words


def _inherited_subjects(verb: Token) -> list[Token]:
    """The subject a contact verb without one of its own takes from the clause it hangs in ("X said after
    meeting Y", "X flew to Lima to meet Y")."""
    clause = verb
    for _ in range(4):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            break
        if clause.dep_ not in {"pcomp", "prep", "advcl", "xcomp"} or clause.head.i == clause.i:
            return []
        clause = clause.head
    if clause.i == verb.i:
        return []
    return [c for c in clause.children if c.dep_ == "nsubj"]
