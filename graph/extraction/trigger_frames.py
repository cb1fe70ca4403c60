"""The frame around a contact word: the verb a noun hangs from, its article, its markers of time.

Pure functions over the dependency parse that the contact rules (``contacts`` and its rule mixins) share:
``is_contact_noun`` (a contact noun as written or by lemma), ``governing_verb`` ("held [talks]", "are in
[contact]"), ``definite`` ("the/that meeting"), ``courtesy_call`` ("called on the foreign minister"),
``names_a_day`` ("on Wednesday"), ``same_fate`` (a plan and its proposal are one), and
``points_back``: whether a bare noun of a later sentence names the last contact again ("No such
meeting took place") or another ("their last in-person meeting", "a new round of talks").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from spacy.tokens import Token

from graph.extraction.discourse import ContactMention
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality_cues import AWAY_PARTICLES
from graph.extraction.records import ContactType, Modality
from graph.extraction.sides import PREP_DEPS, SUBJECTS, WITH_PREPS

__all__ = ["ANOTHER_MARKERS", "PRIOR_MARKERS", "courtesy_call", "definite", "governing_verb", "guest_epithet",
           "in_word_list", "is_contact_noun", "names_a_day", "of_after_day", "points_back", "same_fate"]

PRIOR_MARKERS = {"last", "previously", "first", "earlier", "once", "before"}
ANOTHER_MARKERS = {"next", "another", "new", "further", "separate"}  # "a new round of talks": not the last one


def in_word_list(token: Token, words: Collection[str]) -> bool:
    """Whether a word is in a lexicon list as written or by its lemma ("talks" as written, "meetings" by "meeting"):
    the lexicon lists some plurals of their own, and the parser's lemma is not always the dictionary's."""
    return token.lower_ in words or token.lemma_.lower() in words


def is_contact_noun(token: Token, lex: Lexicon) -> bool:
    """Whether a word is a contact noun, as written or by its lemma (``in_word_list``)."""
    return in_word_list(token, lex.contact_nouns)


def same_fate(a: Modality, b: Modality) -> bool:
    return a == b or {a, b} <= {"planned", "proposed"}


def names_a_day(prep: Token) -> bool:
    """ "on Wednesday", "for Tuesday": a preposition whose object is a date."""
    return any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children)


def of_after_day(noun: Token) -> list[Token]:
    """ "a meeting on Tuesday of the Baltic interior ministers": the "of" phrase that says whose meeting it was,
    which the parser hangs on the day or on the verb; read on the surface, right after the day's words."""
    doc = noun.doc
    day = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if day is None or day.dep_ not in PREP_DEPS or day.head.i not in {noun.i, noun.head.i} or not names_a_day(day):
        return []
    for date in (o for o in day.children if o.dep_ == "pobj"):
        after = date.i + 1
        while after < len(doc) and doc[after].lower_ != "of" and doc[after] in date.subtree:
            after += 1
        if after < len(doc) and doc[after].lower_ == "of" and doc[after].dep_ in PREP_DEPS \
                and doc[after].head.i in {date.i, noun.head.i}:
            return [doc[after]]
    return []


def courtesy_call(verb: Token) -> bool:
    """ "the ambassador called on the foreign minister at the ministry": a visit of courtesy, unless it asks
    something of someone ("called on Russia to withdraw", "called on the minister to resign")."""
    on_person = any(c.dep_ in PREP_DEPS and c.lower_ == "on" and any(o.dep_ == "pobj" and personal_name(o)
                                                                     for o in c.children) for c in verb.children)
    on_person = on_person or called_on_directly(verb)
    asks = any(c.dep_ in {"xcomp", "advcl", "ccomp"} and any(a.lower_ == "to" for a in c.children)
               for c in verb.children)
    asks = asks or any(t.dep_ == "xcomp" for c in verb.children if c.lower_ == "on" for o in c.children
                       for t in o.children)
    return on_person and not asks


def personal_name(token: Token) -> bool:
    """A word that may name a person called on: a person or nothing to the model, or a proper name it took for
    an organization though no article or acronym marks one ("calling on Aung San Suu Kyi at her home"; not
    "called on the UN", "called on NATO")."""
    if token.ent_type_ in {"PERSON", ""}:
        return True
    return token.ent_type_ == "ORG" and token.pos_ == "PROPN" and not token.text.isupper() and not any(
        c.dep_ in {"det", "poss"} for c in token.children)


def called_on_directly(verb: Token) -> bool:
    """ "by calling on opposition leader X": "on" parsed as the verb's particle, the person as its object."""
    return any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children) and any(
        c.dep_ == "dobj" and c.ent_type_ in {"PERSON", ""} for c in verb.children)


def definite(noun: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "that", "this", "its"} for c in noun.children)


# "the same day as", "the week after", "the day before": a contact noun after them only tells a time.
TIME_ANCHOR_PREPS = {"as", "after", "before", "following"}


def governing_verb(noun: Token) -> Token | None:
    """The verb a contact noun hangs from: "held [talks]", "proposed [a call]", "are in [contact]"."""
    token = noun
    for _ in range(3):
        if token.dep_ in {"dobj", "nsubjpass", "nsubj", "attr", "oprd"} and token.head.pos_ in {"VERB", "AUX"}:
            return token.head
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            anchor = token.head.lower_ in TIME_ANCHOR_PREPS
            token = token.head.head
            if token.pos_ == "ADP" and token.dep_ == "prep":
                token = token.head  # "walked out of talks with B": a preposition of two words
            if anchor and token.ent_type_ == "DATE" and token.pos_ == "NOUN":
                return None  # "on the same day as the talks with X, A called B": the talks only tell the day
            complement = next((c for c in token.children if c.dep_ == "acomp"), None)
            if token.lemma_ == "be" and complement is not None:
                return complement  # "is due in Sochi on Tuesday for talks": the talks hang on "due"
            if token.pos_ in {"VERB", "AUX", "ADJ"}:
                return token  # "held talks in …", "is due in Sochi for talks with …"
            if token.dep_ == "advmod" and token.lower_ in AWAY_PARTICLES and token.head.pos_ in {"VERB", "AUX"}:
                return token.head  # "stayed away from the talks": the verb of the particle
            continue
        if token.dep_ == "conj":
            token = token.head
            continue
        break
    return None


def marked_as_another(noun: Token) -> bool:
    """Whether a contact noun is marked as an earlier or a further event than one just told ("their last
    meeting", "another call", "a second round"), itself or through the noun it counts a part of ("a new round of
    talks", "the next session of negotiations")."""
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        heads.append(noun.head.head)
    return any(c.lower_ in PRIOR_MARKERS | ANOTHER_MARKERS or c.ent_type_ == "ORDINAL"
               for head in heads for c in head.children if c.dep_ in {"advmod", "amod"})


def points_back(noun: Token, base: ContactType, modality: Modality, last: ContactMention) -> bool:
    """Whether a contact noun with no sides of its own, in a later sentence than ``last``, names that contact
    again ("No such meeting took place") rather than another. Not when it is marked as an earlier or another
    one ("their last in-person meeting", "a second round"), names a side of its own ("no negotiations with
    Washington") or is a forum's name. Its fate ("The meeting, scheduled for Tuesday, was scrapped") is that of
    a contact of the same form; its form is that of a contact of the same modality (a plan and its proposal are
    one); and a trip is told by its travel, not by a contact that a later "The journey followed…" sums up."""
    if marked_as_another(noun):
        return False
    if any(c.dep_ in PREP_DEPS and c.lower_ in WITH_PREPS for c in noun.children):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "NORP"} for c in noun.children):
        return False  # "the Joint Trade Forum", "the Arctic Council meeting": a named body's, not the one just told
    if modality in {"cancelled", "denied"} and modality != last.modality:
        return base == "contact" or last.type == "contact" or base == last.type
    # (a proposal then agreed is one planned event)
    return same_fate(modality, last.modality) and (base != "visit" or last.type == "visit")


def guest_epithet(verb: Token, contact_verbs: Mapping[str, str]) -> bool:
    """ "received visiting Premier X", "met with visiting X": "visiting" the parser made a verb of its own, right
    after a contact verb (or its "with"), says who the guest is; its object is that verb's other side."""
    if verb.lower_ != "visiting" or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "with" and head.i == verb.i - 1:
        head = head.head
    elif verb.dep_ not in {"xcomp", "advcl", "dobj"} or head.i != verb.i - 1:
        return False
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in contact_verbs
