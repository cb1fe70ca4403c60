"""Which of a parsed sentence's date phrases dates a trigger's event.

Which phrase dates a contact or a deployment is chosen here (``date_phrases``): the phrase nearest the trigger
in the tree, never a bound ("since 2022") or a date about someone else ("a judge who took office in January").
Finding a sentence's date phrases, and the date told before a phrase such as "that day", is ``date_mentions``;
``date_anaphora`` resolves such a phrase against that date. Resolving a phrase's text is ``dates``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graph.extraction.date_mentions import date_entities, entities_in, names_a_date
from graph.extraction.pipeline import SUBJECTS, has_to_infinitive, semicolon_between

__all__ = [
    "DatePhrase", "date_phrases", "through_conjunction", "verb_before_clause", "is_a_bound", "BOUND_WORDS",
    "EDGE_WORDS",
]

# ---- which date phrase of a sentence is a trigger's own ---------------------------------------------------
#
# A sentence may hold several dates; only some speak of the event a trigger states. A bound ("the first talks
# since 2022", "until March") limits a span of time and is not the event's day; a date inside a relative clause
# about someone else ("a former judge who took over the ministry in January, had spoken on Monday") belongs to
# that clause. Of the rest, the phrase nearest to the trigger in the dependency tree is its own.

BOUND_WORDS = {"since", "until", "till"}  # bound whatever lies under them: "since the invasion in 2022"
EDGE_WORDS = {"before", "after", "by"}  # bound a bare date ("before March") but not an event ("before the dinner")
BOUNDING_WORDS = frozenset(BOUND_WORDS | EDGE_WORDS)
CLAUSE_DEPS = {"relcl", "acl"}
# What a contact is about, with dates of its own: prepositions that name nothing but a topic ("spoke about the
# elections due in May"); contact_noun_frames.TOPIC_PREPS adds the ones that also name a time ("on", "over").
TOPIC_WORDS = frozenset({"about", "regarding", "concerning"})
CONTRAST_MARKS = {"while", "whereas", "although", "though"}  # a clause set beside the event, not its time
PORTIONS = {"much", "most", "part", "all", "rest"}  # "spent much of the past week …": the week is the clause's time
# Participles that only say who leads a party ("received a delegation led by X in Bamako on Wednesday"): the
# parser hangs the event's own place and day on them.
LEADING_PARTICIPLES = {"lead", "head", "accompany"}


@dataclass(frozen=True)
class DatePhrase:
    """A date entity that may speak of a trigger's event, and the ancestor it hangs from when it is the date of
    a clause the trigger sits in ("agreed on Tuesday … after talks") rather than the trigger's own."""

    span: Span
    distance: int
    governor: Token | None = None


def _counted_within(noun: Token, phrase: Span) -> bool:
    """ "their third meeting this year", "for the second time this year": a period an ordinal counts within is
    no day of the event."""
    return phrase[0].lower_ == "this" and noun.pos_ == "NOUN" and phrase.root.head.i == noun.i and any(
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in {"first", "last"}) for c in noun.children)


def _path_up(token: Token, top: Token) -> list[Token] | None:
    """The tokens from ``token`` up to ``top`` (excluded), or None when ``top`` does not govern ``token``."""
    path: list[Token] = []
    while token.i != top.i:
        path.append(token)
        if token.head.i == token.i:
            return None
        token = token.head
    return path


def _speaks_of_something_else(path: list[Token], trigger: Token, phrase: Span, schedule_words: frozenset[str]) -> bool:
    """A bound ("since March", "until the talks in May", "before June") or a clause about another noun ("the
    judge who took over in January") on the way from a date ``phrase`` up to the trigger: that date is not the
    trigger's event's. A clause that schedules ("a visit to Mexico City, which had been planned for last week")
    still dates the event, wherever the parser hung it."""
    scheduling = False  # "which diplomats said had been pencilled in for August": the plan is told under "said"
    for token in path:
        scheduling = scheduling or token.lemma_.lower() in schedule_words or token.lower_ in schedule_words
        if token.dep_ == "prep" and token.lower_ in BOUND_WORDS:
            return True
        if token.dep_ == "prep" and token.lower_ in EDGE_WORDS and token.i == phrase.start - 1:
            return True  # "before March" (but "before a dinner on Wednesday" dates the dinner's day)
        if token.dep_ == "prep" and token.lower_ in TOPIC_WORDS:
            return True  # "spoke about the elections due in May", "the attack on Sunday": the topic's date
        if token.head.i != trigger.i and _day_of_a_bounding_event(token):
            return True  # "ahead of the June 2 election", "after Tuesday's vote": the day of the event bounding it
        if any(child.dep_ == "mark" and child.lower_ in BOUNDING_WORDS for child in token.children):
            return True  # "since the two sides fell out in November", "after they met on Monday"
        if token.dep_ == "poss" and token.head.i != trigger.i and any(_purpose(t) for t in path):
            return True  # "was received by X to prepare next week's meeting": the date is the meeting's
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
            return True  # "spoke on Friday, and will host them at the end of the month": the other clause's date
        if _counted_within(token, phrase):
            return True
        if token.dep_ == "ccomp" and token.head.i == trigger.i and any(c.dep_ == "nsubj" for c in token.children):
            return True  # "Leaders discuss Sudan; Ruto to visit Addis next month": a clause with its own subject
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in token.children) \
                and any(c.dep_ in SUBJECTS for c in token.children):
            return True  # "met Xi, while Yellen held talks with He last month": another event with its own subject
        leading = token.dep_ == "acl" and token.lemma_.lower() in LEADING_PARTICIPLES  # "a delegation led by X in
        if token.dep_ == "relcl" and token.head.i != trigger.i and any(
                t.lower_ == "where" and t.dep_ == "advmod" and t.i < token.i for t in token.subtree):
            return True  # "flew to Cairo, where he is due to meet X on Thursday": what happens there, on its day
        if token.dep_ in CLAUSE_DEPS and token.head.i != trigger.i and not scheduling and not leading and \
                not _misplaced_which_clause(token):  # "a delegation led by X in Bamako on …"
            return True
    return False


def _day_of_a_bounding_event(token: Token) -> bool:
    """A date that modifies the object of a bounding preposition: "ahead of the [June 2] election", "after
    [Tuesday]'s vote"."""
    return token.dep_ in {"nmod", "compound", "poss"} and token.head.dep_ == "pobj" and \
        _bounding_preposition(token.head.head)


def is_a_bound(phrase: Span) -> bool:
    """Whether a date phrase is a bound or the day of an event that bounds another: "since March", "ahead of the
    June 2 election", "after Tuesday's vote", "days after Russia launched an offensive on Friday"."""
    root = phrase.root
    if _bounding_preposition(root.head) or _day_of_a_bounding_event(root):
        return True
    return any(c.dep_ == "mark" and c.lower_ in BOUNDING_WORDS for t in root.ancestors for c in t.children
               if t.dep_ == "advcl")


def _bounding_preposition(token: Token) -> bool:
    """ "before", "after", "since", "until", "ahead of", "prior to": a preposition whose object bounds an event."""
    if token.dep_ != "prep":
        return False
    return token.lower_ in BOUNDING_WORDS or (token.lower_ in {"of", "to"} and token.head.lower_ in {"ahead", "prior"})


def _purpose(token: Token) -> bool:
    """ "to prepare …", "to discuss …": an infinitive clause that says what an event was for."""
    return token.pos_ == "VERB" and token.dep_ in {"advcl", "xcomp"} and has_to_infinitive(token)


def _misplaced_which_clause(clause: Token) -> bool:
    """ "A visit to Cairo by Foreign Minister Ahmet Ozan, which diplomats had floated for this week": a "which"
    clause never speaks of a person; hung on one, it speaks of the thing the person's phrase belongs to."""
    return clause.dep_ == "relcl" and clause.head.ent_type_ == "PERSON" and any(
        c.lower_ == "which" for c in clause.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"})


def date_phrases(trigger: Token, sent: Span, schedule_words: frozenset[str] = frozenset()) -> list[DatePhrase]:
    """The date entities of ``sent`` that may be the date of ``trigger``'s event, best first: its own phrases
    (under it in the tree) nearest first, then those of the clauses that govern it, innermost first; between
    phrases as near in the tree, the one nearer in the text.
    ``schedule_words`` are the verbs and adjectives of a plan ("scheduled", "due"), from the lexicon."""
    own: list[DatePhrase] = []
    governing: list[DatePhrase] = []
    depth = {a.i: d for d, a in enumerate(trigger.ancestors, start=1)}
    for clause in trigger.ancestors:  # "last month's agreement, reached after talks …": the agreement's date
        noun = _noun_before_participle(clause)
        if noun is not None:
            depth.setdefault(noun.i, depth[clause.i])
    when = _when_clause_date(trigger)
    if when is not None:  # "Older residents remember 1998, when Senegal sent troops": the clause's date is 1998
        own.append(DatePhrase(when, 0))
    for ent in date_entities(sent):
        if when is not None and ent.start <= when.start < ent.end:
            continue
        if not names_a_date(ent.text):
            continue  # "by lunchtime", "at 6 p.m.", "for two hours": no day of their own
        before = sent.doc[ent.start - 1] if ent.start > sent.start else None
        if ent.root.dep_ == "compound" and before is not None and before.dep_ == "prep" and not any(
                c.dep_ == "pobj" and not _name_after_the_day(c, ent) for c in before.children) and \
                before.head.i in {trigger.i, *depth}:
            # "On Saturday Sall flew …": the parser hung the day on the name after it (even made that name the
            # preposition's object: "On [Saturday Thein Sein] will be in Tokyo"); it is the verb's
            own.append(DatePhrase(ent, 1 + depth.get(before.head.i, 0)))
            continue
        if _hung_on_the_infinitive_after(ent, trigger):  # "telephoned Lagos the day before to brief him"
            own.append(DatePhrase(ent, 2))
            continue
        path = _path_up(ent.root, trigger)
        if path is not None:
            if not _speaks_of_something_else(path, trigger, ent, schedule_words) and not _counted_within(trigger, ent):
                # a preposition is no step away: "on Wednesday" is as near as "last week"
                own.append(DatePhrase(ent, sum(1 for t in path if t.pos_ != "ADP")))
            continue
        attached = ent.root.head
        via = [ent.root]
        if attached.i not in depth and attached.dep_ == "prep":
            via.append(attached)
            attached = attached.head  # "was received on Tuesday … and sat down"
        if attached.i not in depth and attached.dep_ == "dobj" and attached.lower_ in PORTIONS and \
                attached.head.i in depth:
            via.append(attached)
            attached = attached.head  # "spent much of the past week on the telephone, speaking with A"
        if _shares_the_subject(attached, trigger):
            depth.setdefault(attached.i, depth[attached.head.i] + 1)  # "The meeting was postponed and will be
            # held in May": a verb joined to the trigger's own, with the trigger as its subject too
        if attached.i in depth and not _speaks_of_something_else(via, trigger, ent, schedule_words) and \
                not semicolon_between(trigger, ent.start):
            governing.append(DatePhrase(ent, depth[attached.i], attached))
    def nearness(phrase: DatePhrase) -> tuple[int, int]:  # in the tree, then in the text ("…, and in July he visited")
        return phrase.distance, min(abs(phrase.span.start - trigger.i), abs(phrase.span.end - 1 - trigger.i))

    return sorted(own, key=nearness) + sorted(governing, key=nearness)


def _shares_the_subject(verb: Token, trigger: Token) -> bool:
    """Whether ``verb`` is joined by "and" to the verb the trigger noun is the subject of, with no subject of its
    own: it tells more of the same event ("The summit was called off and will take place in June")."""
    return verb.dep_ == "conj" and verb.pos_ in {"VERB", "AUX"} and trigger.dep_ in SUBJECTS and \
        verb.head.i == trigger.head.i and not any(c.dep_ in SUBJECTS for c in verb.children)


def _name_after_the_day(noun: Token, day: Span) -> bool:
    """ "On [Saturday Thein Sein] will be …": the preposition's object is the proper name the parser glued the day
    onto, standing right after it; the name is the clause's subject, not the time's."""
    return noun.i == day.root.head.i and noun.pos_ == "PROPN" and noun.left_edge.i == day.start


def verb_before_clause(phrase: Span, trigger: Token) -> Token | None:
    """The verb whose complement clause holds ``trigger`` when ``phrase`` stands between that verb and the
    clause's subject ("Soto said on Tuesday she would meet Vega"): the parser may hang the date in the clause,
    but what comes before the clause's subject is the governing verb's."""
    for clause in [trigger, *trigger.ancestors]:
        if clause.dep_ != "ccomp":
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subject is not None and clause.head.i < phrase.start and phrase.end <= subject.left_edge.i:
            return clause.head
        return None
    return None


def _noun_before_participle(clause: Token) -> Token | None:
    """The noun a participle clause set off by a comma right after it speaks of ("last month's agreement,
    reached after four days of talks"), which the parser makes a clause of the sentence's verb: the date of that
    noun ("last month's") dates the clause's events."""
    if clause.tag_ != "VBN" or clause.dep_ != "advcl" or clause.i < 2 or clause.doc[clause.i - 1].text != ",":
        return None
    noun = clause.doc[clause.i - 2]
    return noun if noun.pos_ == "NOUN" and noun.head.i != clause.i else None


def _hung_on_the_infinitive_after(phrase: Span, trigger: Token) -> bool:
    """ "Lula said he had telephoned Lagos the day before to brief him": a date right after the trigger's clause
    that the parser hung on the infinitive of purpose following it, which it made a clause of another verb. A
    purpose told after the date does not move the trigger's event to another day; the date is the trigger's."""
    if phrase.start != trigger.right_edge.i + 1:
        return False
    verb = phrase.root.head
    if verb.dep_ == "prep":
        verb = verb.head  # "… on Monday to discuss"
    return verb.i >= phrase.end and verb.tag_ == "VB" and trigger not in verb.ancestors and any(
        c.dep_ == "aux" and c.lower_ == "to" and phrase.end <= c.i < verb.i for c in verb.children)


def _when_clause_date(trigger: Token) -> Span | None:
    """The date a "when" clause hangs from: "in 1998, when Senegal sent troops", "in March, when they met"."""
    for clause in [trigger, *trigger.ancestors]:
        if clause.dep_ != "relcl" or not any(c.lower_ == "when" for c in clause.children if c.dep_ == "advmod"):
            continue
        head = clause.head
        if head.ent_type_ == "DATE":
            ent = next((e for e in entities_in(head.doc[head.i:head.i + 1].sent) if e.start <= head.i < e.end), None)
            return ent
        return None
    return None


def through_conjunction(trigger: Token, governor: Token) -> bool:
    """Whether ``trigger`` reaches ``governor`` through a conjoined clause ("last met in November, and Fujimura
    is expected to make a return trip in the spring"): when the trigger's clause has a date phrase of its own,
    even one that names no day, the governor's date belongs to the other clause."""
    token = trigger
    while token.i != governor.i and token.head.i != token.i:
        if token.dep_ == "conj":
            return True
        token = token.head
    return False
