"""Names in a title-case headline, found beside its verb ("Ana Soto Visits Nairobi", "Kenya's Ruto Hosts Ana Soto").

A headline with every word capitalized gives the small model nothing to tell a name from the verb after it: it
glues "Ana Soto Visits Nairobi" into one place's name, or leaves the names untagged. The verb itself still shows
("Meets", "Visits", "Hosts", "To Meet"): the capitalized words that open the line before it, and those right after
a verb that takes a person as its object, are names when no word of them is a place, a people, a title, an
institution or a function word. A mixin over ``TitleReader`` (titles.py) that ``MissedNames`` (missed_names.py)
builds on; its runs are candidate names that ``PersonFinder`` (persons.py) merges into people.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extraction.name_forms import name_shaped, no_name_word, verb_forms
from graph.extraction.pipeline import is_heading
from graph.extraction.titles import TitleReader

__all__ = ["HeadlineNames"]

# How many words a name in a headline may have: longer runs are more likely a body's or an event's name.
_MAX_WORDS = 3
# Contact types whose object is the other person ("Meets X", "Calls X"); one visits places.
_PERSON_OBJECTS = frozenset({"meeting", "phone_call", "video_call", "contact"})


class HeadlineNames(TitleReader):
    """The finder of names around a title-case headline's verb; expects ``doc``, ``lex``, ``state_at`` and
    ``person_at``."""

    def _headline_names(self) -> list[list[Token]]:
        found: list[list[Token]] = []
        for sent in self.doc.sents:
            if not is_heading(sent) or not any(t.is_title and t.is_alpha for t in sent):
                continue
            verb = next((t for t in sent if t.i > sent.start and t.is_title and self._headline_verb(t)), None)
            if verb is None:
                continue
            end = verb.i - 1 if self.doc[verb.i - 1].lower_ == "to" else verb.i  # "Ana Soto To Meet …"
            start = sent.start
            if start + 1 < end and self.doc[start + 1].text in {"'s", "’s"} and start in self.state_at:
                start += 2  # "Kenya's Ruto Hosts …"
            before = self.doc[start:end]
            if 1 <= len(before) <= _MAX_WORDS and (len(before) >= 2 or start > sent.start) \
                    and self._name_words(before):
                found.append(list(before))
            if self._object_side(verb):
                after = []
                for token in self.doc[verb.i + 1 : min(sent.end, verb.i + 1 + _MAX_WORDS)]:
                    if token.is_stop or not name_shaped(token.text):
                        break
                    after.append(token)
                nxt = verb.i + 1 + len(after)  # (the name ends there: "Middle East Peace Summit" runs on)
                runs_on = nxt < sent.end and name_shaped(self.doc[nxt].text) and not self.doc[nxt].is_stop
                if len(after) >= 2 and not runs_on and self._name_words(self.doc[after[0].i : after[-1].i + 1]):
                    found.append(after)
        return found

    def _headline_verb(self, token: Token) -> bool:
        """ "Meets", "Visits", "Hosts", "Holds" (talks), "Arrives": a capitalized verb of contact or travel."""
        return any(f in self.lex.contact_verbs or f in self.lex.travel_verbs or f in self.lex.light_verbs
                   for f in verb_forms(token))

    def _object_side(self, verb: Token) -> bool:
        return any(self.lex.contact_verbs.get(f) in _PERSON_OBJECTS for f in verb_forms(verb))

    def _name_words(self, run: Span) -> bool:
        """Every word could be a name's: no place, people, title, institution or function word, and nothing the
        model calls other than a person."""
        return all(name_shaped(t.text) and not t.is_stop and t.i not in self.state_at and t.i not in self.person_at
                   and not no_name_word(t, self.lex, self.demonym_country)
                   and t.lower_.removesuffix("s") not in self.lex.title_words and t.lower_ not in self.lex.contact_nouns
                   and t.ent_type_ in {"", "PERSON"}  # (a place the lexicon lacks is the model's GPE, LOC or FAC)
                   for t in run)
