"""The items of a list of sides, also where the parser broke it.

Besides conjuncts, the small model hangs a list item on the one before it as an apposition ("counterparts from
Estonia, Sweden, the Czech Republic") or a possessive ("with Azerbaijan's Aliyev and Armenia's Pashinyan"), leaves
"and" hanging and makes the next name another clause's subject ("the meeting between A and Chinese Foreign Minister
B lasted two hours"), or hangs the item after a comma on the verb ("with Peru's President A, Bolivia's President
B and …"). ``ListedSides`` is a mixin of ``sides.Sides``.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extraction.pipeline import SUBJECTS
from graph.extraction.records import ActorRef
from graph.extraction.side_resolver import SideResolver

__all__ = ["ListedSides"]


class ListedSides(SideResolver):
    """A phrase head and the items listed with it; "either" as the last two listed."""

    def listed(self, token: Token) -> list[Token]:
        """A phrase head and the items listed with it. Besides conjuncts, the small model often hangs a list
        item on the one before it as an apposition ("counterparts from Estonia, Sweden, the Czech Republic"):
        an apposition of the same kind (a country after a country, a person after a person) is another item."""
        items = [token, *token.conjuncts]
        queue = list(items)
        while queue:
            current = queue.pop(0)
            for child in current.children:
                same_kind = child.dep_ == "appos" and (
                    (current.i in self.actors.state_at and child.i in self.actors.state_at)
                    or (current.i in self.actors.person_at and child.i in self.actors.person_at)
                )
                # "with Azerbaijan's Aliyev and Armenia's Pashinyan" parsed as Aliyev possessing Pashinyan: a name
                # does not own a name, so it is an item of the list
                same_kind = same_kind or (
                    child.dep_ == "poss" and current.i in self.actors.person_at and child.i in self.actors.person_at
                    and self.actors.person_at[child.i] is not self.actors.person_at[current.i])
                # "A and Mozambique's defence minister, B, met": the parser made A the owner of the title, with the
                # other country as A's conjunct; a person listed beside a possessive is an item, not an owner
                same_kind = same_kind or (
                    child.dep_ == "poss" and child.i in self.actors.person_at
                    and any(c.dep_ == "conj" and any(g.dep_ == "case" for g in c.children) for c in child.children))
                if (child.dep_ == "conj" or same_kind) and child not in items:
                    items.append(child)
                    queue.append(child)
            for person in [*self._person_after_own_country(current), *self._person_hung_on_the_verb(current),
                           *self._going_along(current)]:
                if person not in items:
                    items.append(person)
                    queue.append(person)
            for broken in (self._next_listed_person(current), self._person_after_dangling_and(current)):
                if broken is not None and broken not in items:
                    items.append(broken)
                    queue.append(broken)
        return items

    def _going_along(self, person: Token) -> list[Token]:
        """ "A, together with B, met C", "A, flanked by B and C, met D", "A along with B", "A, accompanied by B":
        the named people who go along with a named person are on his side of the contact (each name's own
        conjuncts follow as items)."""
        if person.i not in self.actors.person_at:
            return []
        objects: list[Token] = []
        for child in person.children:
            lemma = child.lemma_.lower()
            if child.dep_ == "prep" and child.lower_ == "with" and any(
                    c.dep_ == "advmod" and c.lower_ in self.lex.companion_adverbs for c in child.children):
                objects += child.children  # "together with B"
            elif child.dep_ == "prep" and child.lower_ in self.lex.companion_adverbs:  # "along with B"
                objects += [o for w in child.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children]
            elif child.dep_ == "prep" and child.lower_ == "alongside":
                objects += child.children
            elif child.dep_ == "acl" and child.tag_ == "VBN" and (
                    lemma in self.lex.companion_verbs or lemma in self.lex.passive_companion_verbs):
                objects += [o for a in child.children if a.dep_ == "agent" for o in a.children]  # "flanked by B"
        return [o for o in objects if o.dep_ == "pobj" and o.i in self.actors.person_at]

    def _person_after_own_country(self, person: Token) -> list[Token]:
        """ "met A of Laos and B of Thailand": the parser may make B a conjunct of A's country; a person there is
        the next item of the list, not a part of A's phrase."""
        if person.i not in self.actors.person_at:
            return []
        return [c for of in person.children if of.dep_ == "prep" and of.lower_ == "of" for place in of.children
                if place.dep_ == "pobj" and place.i in self.actors.state_at
                for c in place.conjuncts if c.i in self.actors.person_at]

    def _person_hung_on_the_verb(self, obj: Token) -> list[Token]:
        """ "hosted his Malian counterpart, Colonel A, and Burkina Faso's Captain B": the parser may make B a
        conjunct of the verb; a name there, with no clause of its own, is the next item of the verb's object."""
        if obj.dep_ != "dobj" or obj.head.pos_ != "VERB":
            return []
        return [c for c in obj.head.children if c.dep_ == "conj" and c.i > obj.i and c.pos_ == "PROPN"
                and c.i in self.actors.person_at and not any(g.dep_ in {"nsubj", "nsubjpass", "dobj"}
                                                              for g in c.children)
                and not self._dated_on_both_sides(c)]

    def _dated_on_both_sides(self, conj: Token) -> bool:
        """ "called A on Monday, and B a day later": a date before the conjunct and one after it make it a gapped
        second call (``gapping``), not another item of the first one's object."""
        dated = [t.i for t in self.sent if t.ent_type_ in {"DATE", "TIME"}]
        return any(i < conj.i for i in dated) and any(i > conj.i for i in dated)

    def _pair_listed_before(self, token: Token) -> list[ActorRef]:
        """ "asked to see A and B, but was not allowed to meet either": "either"/"neither" standing alone is the
        two sides listed last before it in its sentence, else no one."""
        for head in reversed(self.sent[: token.i - self.sent.start]):
            if any(c.dep_ == "conj" for c in head.children) and (
                    head.i in self.actors.person_at or head.i in self.actors.state_at):
                found = [r for item in self.listed(head) for r in self._refs_one(item)]
                return list(dict.fromkeys(found)) if len(found) == 2 else []
        return []

    def _person_after_dangling_and(self, item: Token) -> Token | None:
        """ "the meeting between A and Chinese Foreign Minister Wang Yi lasted two hours": the parser left "and"
        hanging on A and made the second name the subject of the verb. The name right after the "and", past its
        titles and its country only, is the next item (also after a title whose name is its apposition: "between
        army chief A and paramilitary leader B")."""
        named = next((c for c in item.children if c.dep_ == "appos" and c.i in self.actors.person_at), None)
        if item.i not in self.actors.person_at and named is not None:
            item = named
        if item.i not in self.actors.person_at or any(c.dep_ == "conj" for c in item.children):
            return None
        cc = next((c for c in item.children if c.dep_ == "cc" and c.i > item.i), None)
        if cc is None:
            return None
        for token in self.sent.doc[cc.i + 1 : min(cc.i + 8, self.sent.end)]:
            if token.i in self.actors.person_at:
                return self._named_head(token)
            if not (token.lower_ in self.lex.title_words or token.text in {"'s", "’s"}
                    or self.actors.demonym_country(token) or token.lower_ in {"of", "the"}
                    or token.is_title and token.pos_ == "PROPN" and token.i not in self.actors.state_at
                    or token.dep_ in {"amod", "compound"} and token.head.i > token.i and token.pos_ != "PROPN"):
                # (an office's own words: "US Secretary of State B", "Minister of the Interior B", "paramilitary
                # leader B")
                return None
        return None

    def _next_listed_person(self, item: Token) -> Token | None:
        """ "with Peru's President A, Bolivia's President B and …": a list of people the parser broke after a
        comma, hanging the next item on the verb ("dep", "npadvmod"). The name right after the comma is the
        next item when it is the head of its own loose phrase."""
        if item.i not in self.actors.person_at:
            return None
        comma = item.right_edge.i + 1
        if item.right_edge.text == "," and item.right_edge.head == item:  # the comma hung on the item itself
            comma = item.right_edge.i
        if comma >= self.sent.end or self.sent.doc[comma].text != ",":
            return None
        for token in self.sent.doc[comma + 1 : min(comma + 8, self.sent.end)]:
            if token.i in self.actors.person_at:
                head = self._named_head(token)
                # ("attended by A, B and C" with B read as the verb's conjunct)
                loose = head.dep_ in {"dep", "npadvmod", "appos"} or head.dep_ == "conj" and head.head.pos_ in {
                    "VERB", "AUX"} or self._second_subject(item, head)
                return head if loose else None
        return None

    def _second_subject(self, item: Token, head: Token) -> bool:
        """ "talks between A, B and C lasted four hours": the parser broke the list after the comma and made B
        a second subject of the verb whose subject already holds A; a verb has one subject, so B is A's next
        item."""
        if head.dep_ not in SUBJECTS:
            return False
        return any(s.dep_ in SUBJECTS and s.i < item.i and item in s.subtree
                   for s in head.head.children if s != head)

    def _named_head(self, token: Token) -> Token:
        """The last word of the name a word of it opens ("Wang" of "Wang Yi" is "Yi"), within the person's name."""
        while token.dep_ in {"compound", "flat"} and token.head.i in self.actors.person_at:
            token = token.head
        return token
