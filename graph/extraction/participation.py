"""Gatherings whose members are named apart from the clause that states them.

A summit, session or conference is often told with one side ("Putin took part, via videoconference, in an
extraordinary session of the Council") and its members named after it: "Taking part in the session were A, B
and C", "Around the virtual table were …", "Pakistan was represented by Y", "A and B also attended the session".
The contact rules keep the last gathering open in the discourse (``Discourse.gathering``) for a few sentences;
a sentence that states no contact of its own but names people with a participation word adds them to it, and
so does a participation verb over a definite noun that names it again. The sides of "the three leaders" are
then its members (``Sides``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.discourse import ContactMention, Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.modality import modality_of
from graph.extraction.modality_cues import REPORTING
from graph.extraction.pipeline import SUBJECTS
from graph.extraction.records import ActorRef, ContactType, Evidence, without_own_states
from graph.extraction.side_resolver import SideResolver
from graph.extraction.sides import names_people
from graph.extraction.trigger_frames import is_contact_noun, same_fate

__all__ = ["GATHERING_WINDOW", "adds_members", "chaired_it", "described_members", "join_companions", "join_gathering",
           "last_gathering", "member_cues", "members_told_of", "named_members", "participates", "told_with_more",
           "was_setting"]

# How many sentences after a gathering is told its members may still be listed.
GATHERING_WINDOW = 3


def participates(token: Token, lex: Lexicon) -> bool:
    """ "attended", "joined", "took part", "chaired", "was represented": a verb that makes its subject a member."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "part" for c in token.children)
    if lemma == "sit":  # "sat in on the talks"
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children)
    if lemma == "be":  # "A and B were among the leaders at the summit", "C was also at the meeting"
        return any(c.dep_ == "prep" and (c.lower_ == "among" or c.lower_ == "at" and any(
            o.dep_ == "pobj" and is_contact_noun(o, lex)
            for o in c.children)) for c in token.children) and any(c.dep_ in {"nsubj", "nsubjpass"}
                                                                   for c in token.children)
    return lemma in lex.participation_verbs


def member_cues(sent: Span, lex: Lexicon, actors: ArticleActors) -> list[Token]:
    """The words that make a sentence a list of members: a participation verb, "present", "around the table"
    ("Around the virtual table were A, B and C"), or the gathering's people named again with their names
    ("The leaders - Kazakhstan's Tokayev, Kyrgyzstan's Japarov and … - signed the declaration"). A sentence may
    have several ("A and B attended, while Rwanda sent its foreign minister")."""
    cues: list[Token] = []
    for token in sent:
        people = token.lemma_.lower() in lex.group_heads and token.tag_ in {"NNS", "NNPS"}
        if people and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and any(
                c.dep_ == "appos" and c.i in actors.person_at for c in token.children):
            return [token]
    for token in sent:
        if participates(token, lex) and token.lemma_.lower() not in lex.contact_verbs \
                and _joins_what_was_told(token, lex):  # ("hosted B" states a contact of its own)
            cues.append(token)
        elif token.lower_ == "present" and token.pos_ == "ADJ":
            cues.append(token)
        elif token.lemma_.lower() in lex.seating_nouns and token.head.lower_ in {"around", "at"}:
            cues.append(token)  # "Around the table were A and B"
        elif token.lower_ in lex.attendance_nouns and token.head.lower_ == "in":  # "In attendance were A and B", "The
            cues.append(token)  # talks took place in the presence of C"
        elif token.lemma_.lower() in lex.membership_verbs and (_gathering_nouns(token, lex) or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lex.participant_nouns for c in token.children)):
            cues.append(token)  # "The meeting, which also included C, focused on trade", "Participants included C"
    return cues


def _joins_what_was_told(verb: Token, lex: Lexicon) -> bool:
    """ "A and B also attended", "joined them", "joined the call": no object, one that names the gathering
    again (not "a conference"), or a name (an inverted list the parser reads as objects); not "destroyers will
    join the exercise"."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part"]
    if verb.lemma_.lower() in SENDING:  # "Finland and Sweden sent state secretaries" (not "sent troops", nor
        return bool(objects) and all(names_people(o, lex) for o in objects) and not any(  # "sent envoys to Oslo")
            c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in verb.children)
    return all(o.pos_ in {"PRON", "PROPN"} or is_contact_noun(o, lex)
               and not any(d.dep_ == "det" and d.lower_ in {"a", "an", "another"} for d in o.children)
               for o in objects)  # (not "C also attended a conference in Lima": another gathering)


# How a member cue hangs in the clause it opens ("Around the virtual table were", "Among those present were").
OPENING_DEPS = {"prep", "pobj", "pcomp", "csubj", "csubjpass", "acomp", "acl", "amod"}
SENDING = {"send", "dispatch"}  # a state that sends people to a gathering takes part in it


def named_members(cue: Token, actors: ArticleActors) -> list[ActorRef]:
    """The people a member sentence names as taking part: every person named in the clause of its cue, except a
    possessor ("Prime Minister Khan's special assistant"), someone set aside ("rather than by Mr. Khan himself")
    or a speaker. "X was represented by Y": Y alone."""
    if cue.lemma_.lower() == "represent":
        agents = [o for c in cue.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        agents += [a for o in agents for a in o.children if a.dep_ == "appos"]  # "by its foreign minister, Y"
        person = next((p for o in agents if (p := actors.person_of(o)) is not None), None)
        return [ActorRef("official", person.name)] if person else []
    clause = _clause_opened(cue)
    found: list[ActorRef] = []
    for token in clause.subtree:
        person = actors.person_at.get(token.i)
        if person is None or actors.person_at.get(token.head.i) is person and token.head.i != token.i:
            continue  # not the head of the name
        if token.dep_ == "poss" or _set_aside(token) or (token.dep_ == "nsubj" and token.head.lemma_ in REPORTING) \
                or _in_clause_of_its_own(token, clause):
            continue
        ref = ActorRef("official", person.name)
        if ref not in found:
            found.append(ref)
    if not found and cue.lemma_.lower() in SENDING:  # the states that sent someone
        subjects = [t for c in cue.children if c.dep_ == "nsubj" for t in c.subtree]
        found = [ActorRef("state", actors.state_at[t.i]) for t in subjects if t.i in actors.state_at]
    return found


def _clause_opened(cue: Token) -> Token:
    """ "Around the virtual table were …", "Joining them were …", "Among those present were …": the clause a
    member cue opens."""
    clause = cue
    while (clause.dep_ in OPENING_DEPS or clause.dep_ == "nsubj" and clause.tag_ == "VBG") and \
            clause.head.i != clause.i:  # ("Attending were …": a gerund the parser took for the subject)
        clause = clause.head
    return clause


def described_members(cue: Token, resolver: SideResolver) -> list[ActorRef]:
    """The states whose office holders a member sentence describes without naming them: "Also present were the
    foreign ministers of A and B", "in the presence of the heads of state of A and B" (a plural office "of" a
    state, as with "with the participation of the heads of state of A and B"). A description that resolves to
    named people is theirs, whom ``named_members`` finds by name anyway."""
    actors = resolver.actors
    found: list[ActorRef] = []
    for token in _clause_opened(cue).subtree:
        if token.tag_ not in {"NNS", "NNPS"} or not names_people(token, resolver.lex) or _set_aside(token) or not any(
                c.dep_ == "prep" and c.lower_ == "of" and any(t.i in actors.state_at for t in c.subtree)
                for c in token.children):
            continue
        found += [r for r in resolver.refs(token) if r.kind == "state" and r not in found]
    return found


def _gathering_nouns(verb: Token, lex: Lexicon) -> list[Token]:
    """The contact nouns a verb's clause is about: its subject, or the noun its relative clause hangs on."""
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "relcl":
        nouns.append(verb.head)
    return [n for n in nouns if is_contact_noun(n, lex)]


def members_told_of(noun: Token, lex: Lexicon) -> list[Token]:
    """The phrases a clause over a gathering's noun names as its members: "The meeting between A and B was mediated
    by C", "The talks were hosted by C" (the agent of a verb of hosting or brokering, with the noun its subject),
    "The talks, hosted by C, included A and B", "at a meeting which also included C" (the objects of a verb of
    membership, with the noun or a relative pronoun standing for it as its subject)."""
    found: list[Token] = []
    clauses = [noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i != noun.i else []
    passive = {v.i for v in clauses if noun.dep_ == "nsubjpass"}
    shared = [c for v in clauses for c in v.conjuncts if c.tag_ == "VBN" and v.i in passive and not any(
        s.dep_ in SUBJECTS for s in c.children)]  # "was chaired by C and joined by A and B": one subject
    clauses += shared
    passive |= {c.i for c in shared}
    relatives = [c for c in noun.children if c.dep_ == "relcl"]
    relatives += [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                  if o.dep_ == "pobj" for c in o.children if c.dep_ == "relcl"]  # (those "with 25 leaders that he
    # hosted" met him either way)
    clauses += [c for c in relatives if any(
        s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ in {"WDT", "WP"} for s in c.children)]
    for verb in relatives:
        lemma = verb.lemma_.lower()  # "the summit that C hosted", "a meeting with 25 leaders that he hosted"
        if verb not in clauses and lemma in lex.participation_verbs and any(  # (one who "arranged" it may be away)
                o.dep_ == "dobj" and o.tag_ in {"WDT", "WP"} for o in verb.children):
            found += [s for s in verb.children if s.dep_ == "nsubj"]
    for verb in clauses:
        lemma = verb.lemma_.lower()
        if (verb.i in passive or any(c.dep_ == "nsubjpass" for c in verb.children)) and (
                lemma in lex.arranging_verbs or lemma in lex.participation_verbs):
            found += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            found += _listed_after_empty_agent(verb)
        elif lemma in lex.membership_verbs and not any(c.dep_ == "neg" for c in verb.children):
            found += [o for o in verb.children if o.dep_ == "dobj"]
    return found


def _listed_after_empty_agent(verb: Token) -> list[Token]:
    """ "was attended by, among others, A and B": the parser leaves "by" without an object and hangs the names on
    "others" or on the subject; the names after the aside, up to the next verb, are the agents."""
    agent = next((a for a in verb.children if a.dep_ in {"agent", "prep"} and a.lower_ == "by"), None)
    if agent is None or any(c.dep_ == "pobj" for c in agent.children):
        return []
    found: list[Token] = []
    for token in verb.doc[agent.i + 1:verb.sent.end]:
        if token.pos_ in {"VERB", "AUX"}:
            break
        if token.pos_ == "PROPN" and token.dep_ in {"appos", "conj", "pobj", "npadvmod", "dobj"}:
            found.append(token)
    return found


def chaired_it(noun: Token, lex: Lexicon) -> list[Token]:
    """ "will hold their next summit on May 23, X, who will chair it, said": the one a relative clause after the
    noun says hosts or chairs "it" takes part in the gathering the noun tells (the first contact noun before the
    clause, so that "it" is no earlier one). Only asked of a noun that states a contact of its own: the caller
    (``ContactNouns.noun_trigger``) has set aside one that is the topic of another ("met B to discuss the summit,
    X, who will host it, said")."""
    found: list[Token] = []
    for verb in noun.sent:
        if verb.i <= noun.i or verb.dep_ != "relcl" or verb.lemma_.lower() not in lex.gathering_role_verbs or not any(
                c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) or not any(
                c.dep_ in SUBJECTS and c.tag_ in {"WP", "WDT"} for c in verb.children):
            continue
        if not any(is_contact_noun(t, lex) for t in noun.doc[noun.i + 1:verb.i] if t.pos_ == "NOUN"):
            found.append(verb.head)
    return found


def _in_clause_of_its_own(token: Token, top: Token) -> bool:
    """ "A and B took part, but C did not join": C is the subject of a clause of its own, joined to the cue's,
    which tells C's own part (its own cue, with its own fate)."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECTS for c in token.children):
            return True
        token = token.head
    return False


def _set_aside(token: Token) -> bool:
    """ "rather than (by) X", "instead of X", "without X", "except X": named only as absent."""
    left = token.left_edge.i
    return any(t.lower_ in {"than", "instead", "without", "except"} for t in token.doc[max(left - 3, 0):left])


def told_with_more(discourse: Discourse, cues: list[Token], index: int, actors: ArticleActors) -> ContactMention | None:
    """ "A and B held talks over dinner. A and B were joined by their foreign ministers, C and D": a member
    sentence that names every side of the contact told last (in the last ``GATHERING_WINDOW`` sentences) and
    more people makes that contact the gathering they join, though it was told with two sides only. It becomes
    the discourse's gathering."""
    last = discourse.last_told
    if last is None or not cues or len(last.participants) < 2 or not 0 < index - last.sentence <= GATHERING_WINDOW:
        return None
    named = {m for cue in cues for m in named_members(cue, actors)}
    if not last.participants < named:
        return None
    discourse.gathering = last
    return last


def adds_members(cue: Token, lex: Lexicon) -> bool:
    """A cue that tells people present beside those already told: "Also present were", "In attendance were", "in
    the presence of", "also took part", "Joining them at the table were", "sat in on the talks", "C joined them
    later", "The signing was witnessed by C"."""
    return cue.lower_ == "present" or cue.lower_ in lex.attendance_nouns or cue.lemma_.lower() in lex.seating_nouns \
        or cue.lemma_.lower() in lex.presence_verbs or any(
        c.dep_ == "advmod" and c.lower_ in {"also", "too"} for c in cue.children) or (
        cue.lemma_.lower() == "join" and any(c.dep_ == "dobj" and c.lower_ in {"them", "us"} for c in cue.children))


def was_setting(noun: Token, told: ContactMention) -> bool:
    """Whether ``noun``'s word named the setting of the contact ``told`` in its own sentence ("met B on the
    sidelines of the summit", "at the summit"): joining that event is not joining the contact."""
    span = noun.doc.char_span(told.evidence.start, told.evidence.end, alignment_mode="expand")
    return span is not None and any(
        t.lemma_.lower() == noun.lemma_.lower() and t.dep_ == "pobj" and t.head.lower_ in {"of", "at", "during"}
        for t in span)


def last_gathering(discourse: Discourse, index: int) -> ContactMention | None:
    """The gathering members named now would join: the one still open in the last ``GATHERING_WINDOW``
    sentences, else the last contact of two or more sides told there ("A met B on Tuesday. Also present were C
    and D", "C sat in on the talks"); the caller makes it the discourse's gathering when members join it."""
    last = discourse.last_told
    gathering = discourse.gathering
    if gathering is not None and 0 <= index - gathering.sentence <= GATHERING_WINDOW or last is None or \
            len(last.participants) < 2 or not 0 < index - last.sentence <= GATHERING_WINDOW:
        return gathering
    return last


def join_gathering(
    discourse: Discourse, members: list[ActorRef], index: int, evidence: Evidence, actors: ArticleActors
) -> list[ContactMention]:
    """Add ``members`` to the gathering told in the last ``GATHERING_WINDOW`` sentences. The gathering as first
    told now has them (it is rewritten where the discourse holds it, or stated at last if it named one side),
    and the sentence that names them is a reference to it, for its evidence."""
    gathering = discourse.gathering
    if gathering is None or gathering.asked or not 0 <= index - gathering.sentence <= GATHERING_WINDOW:
        return []
    new = [m for m in members if m not in gathering.participants]
    participants = frozenset(without_own_states([*sorted(gathering.participants), *new], actors.official_countries))
    if not new or len(participants) < 2:
        return []
    extended = replace(gathering, participants=participants, type=_joined_type(gathering, new, actors))
    told = [i for i, m in enumerate(discourse.mentions) if m.sentence >= gathering.sentence and (
        _same_event(m, gathering)  # and the part of it its own sentence told apart ("… in talks hosted by C")
        or (m.sentence == gathering.sentence and m.participants < gathering.participants
            and m.modality == gathering.modality))]
    for i in told:
        discourse.mentions[i] = replace(discourse.mentions[i], participants=participants,
                                        type=_joined_type(discourse.mentions[i], new, actors))
    discourse.gathering = extended
    reference = replace(extended, evidence=evidence, sentence=index, reference=True, prior=False)
    return [reference] if told else [extended, reference]


def _joined_type(gathering: ContactMention, new: list[ActorRef], actors: ArticleActors) -> ContactType:
    """A visit that states of a third country join ("will travel to Brasília to sign the accord with B. The signing
    will take place in the presence of the heads of state of C and D") is a meeting held there, no longer one
    state's visit to another; hosts and companions who join it leave it a visit."""
    if gathering.type != "visit":
        return gathering.type
    own = {actors.country_of(r) for r in gathering.participants} | {gathering.location}
    return "meeting" if any((country := actors.country_of(r)) is not None and country not in own for r in new) \
        else gathering.type


def opens_gathering(found: list[ContactMention], opened: ContactMention | None, discourse: Discourse) -> None:
    """After a sentence: the gathering later sentences may add members to is its last contact of three or more
    sides, or the contact a participation verb told ("joined a video conference of regional leaders"), even
    with one side named so far. A sentence that only named members again leaves the gathering as it is."""
    if any(_same_event(m, discourse.gathering) for m in found):
        return
    told = [m for m in found if not m.asked and (
        len(m.participants) >= 3 or (opened is not None and m.participants == opened.participants))]
    if told:
        discourse.gathering = told[-1]
    elif opened is not None and len(opened.participants) == 1 and not opened.asked:
        discourse.gathering = opened
    elif opened is not None and not opened.participants and not opened.asked and (
            discourse.gathering is None or opened.sentence - discourse.gathering.sentence > GATHERING_WINDOW):
        discourse.gathering = opened  # (one told with no member named yet leaves one still open as it is)


def _same_event(mention: ContactMention, gathering: ContactMention | None) -> bool:
    return gathering is not None and (mention.participants, mention.type, mention.modality) == (
        gathering.participants, gathering.type, gathering.modality)


def join_companions(found: list[ContactMention], resolver: SideResolver, discourse: Discourse, index: int,
                    evidence: Evidence, actors: ArticleActors, lex: Lexicon) -> list[ContactMention]:
    """ "X, accompanied by Y, met Z", "X met Z. He was accompanied by Y", "Y accompanied X on the trip": those who
    accompany an official take part in his contact — the one this sentence tells, else his last one told in the
    last ``GATHERING_WINDOW`` sentences with the same fate. Returns the sentence's contacts, with the companions
    added or the earlier contact told again (``join_gathering``)."""
    found = list(found)
    for verb in resolver.sent:
        lemma = verb.lemma_.lower()
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if verb.pos_ != "VERB" or not (lemma in lex.companion_verbs or agents and lemma in lex.passive_companion_verbs):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if agents:
            companions = [r for o in agents for r in resolver.refs(o)]
            accompanied = resolver.subject_of(verb)
        elif objects:
            companions, accompanied = resolver.subject_of(verb), resolver.refs(objects[0])
        else:
            continue
        companions = [r for r in companions if r.kind == "official"]
        if not companions or not accompanied or set(accompanied) & set(companions):
            continue
        here = [k for k, m in enumerate(found) if set(accompanied) <= m.participants]
        if here:
            told = found[here[-1]]
            sides = without_own_states([*sorted(told.participants), *companions], actors.official_countries)
            found[here[-1]] = replace(told, participants=frozenset(sides))
            continue
        modality = modality_of(verb, lex)
        earlier = next((m for m in reversed(discourse.mentions) if set(accompanied) <= m.participants
                        and not m.asked and 0 <= index - m.sentence <= GATHERING_WINDOW
                        and same_fate(modality, m.modality)), None)
        if earlier is None:
            continue
        kept = discourse.gathering
        discourse.gathering = earlier
        found += join_gathering(discourse, companions, index, evidence, actors)
        if kept is not None and not _same_event(earlier, kept):
            discourse.gathering = kept
    return found
