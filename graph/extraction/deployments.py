"""Deployments stated in an article: a state sending forces to, or massing them near, another state.

Cases:
- "A is sending 3,000 troops to B" / "A deployed two warships to the coast of B" (transitive verb);
- "A has massed troops near B" (destination preposition: to, into, near, along, on);
- "US troops arrived in B" / "the US military will not enter a war in B" (the force is the subject);
- "3,000 British troops will be deployed to B" (passive: the force is the passive subject);
- "the deployment of 300 troops to B", "A's incursion into B" (a noun states it);
- "A keeps/has/leads N troops in B" (holding verbs, only with the place said);
- "battalions led by A and C will deploy to B and D respectively" (senders paired with places);
- "A's troops are stationed in B alongside a C contingent" (a companion force goes too);
- "B hosts 10,000 A troops", "B welcomed the arrival of an A brigade" (the host is the place);
- "A will reinforce its garrison in B with 900 troops"; "A troops entered B" (the place is the object);
- "US troops remain in B", "there are no A troops in B", "the troops A has in B" (being somewhere);
- "A has pledged 60 soldiers" (proposed), "A ruled out sending troops" (denied).
Withdrawals and sales are never deployments; an offer that the other side refused is dropped.

``find_deployments`` reads an article sentence by sentence and keeps the scene (the last destination and sender)
that a sentence leaving them out borrows; the rules of one sentence are ``deployment_sentence.DeploymentSentence``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from graph.extraction.actors import ArticleActors
from graph.extraction.deployment_reader import region_country
from graph.extraction.deployment_sentence import DeploymentSentence
from graph.extraction.discourse import Discourse
from graph.extraction.lexicon import Lexicon
from graph.extraction.pipeline import has_to_infinitive
from graph.extraction.records import DeploymentRecord

__all__ = ["find_deployments"]


def _force_destination(sent: Span, actors: ArticleActors, lex: Lexicon) -> str | None:
    """ "approved a regional force for Mozambique", "discussed NATO's forces in Estonia", "peacekeeping forces
    were sent to Mozambique", "some of its troops in Yemen": a force named with where it is (or is for, or was
    sent), though nobody is said to send it. What states then "contribute", or station at a town the gazetteer
    does not know, in the next sentences goes there."""
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.forces:
            continue
        sending = token.head if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in lex.deploy_verbs and not any(
            c.dep_ == "agent" for c in token.head.children) else None  # "peacekeeping forces were sent to B"
        whole = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None  # "some of its
        wholes = [whole] if whole is not None and whole.pos_ in {"NOUN", "PRON"} else []  # troops in Yemen"
        for prep in [*token.children, *(c for w in wholes for c in w.children),
                     *(sending.children if sending is not None else []), *_purpose_preps(token)]:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "to", "in"}:
                for place in (p for p in prep.children if p.dep_ == "pobj"):
                    country = actors.place_country(place) or region_country(place, lex)
                    if country is not None:
                        return country
    return None


def _purpose_preps(force: Token) -> list[Token]:
    """ "a standby force to restore order in Niger", "ordered the activation of a force to restore order in Niger":
    the prepositions of the purpose clause of the force (or of the noun it completes, or of the verb taking that
    noun) say where it is for."""
    heads = [force]
    if force.dep_ == "pobj" and force.head.lower_ == "of":
        heads.append(force.head.head)
    if heads[-1].dep_ == "dobj":  # "ordered the activation of a force to restore…", the clause hung on the verb
        heads.append(heads[-1].head)
    return [prep for head in heads for clause in head.children
            if clause.dep_ in {"acl", "xcomp", "advcl"} and has_to_infinitive(clause)
            for prep in clause.children]


def find_deployments(sents: list[Span], actors: ArticleActors, lex: Lexicon, discourse: Discourse
                     ) -> list[DeploymentRecord]:
    """Deployments in text order. A deployment whose destination the sentence leaves out ("Botswana will
    contribute 296 soldiers") goes where the article's last deployment (or force named for a place) went,
    within three sentences, else where the story's deployments mostly go (a sending recalled from years back
    sets no scene). A sending only alleged by others and denied by the sender is dropped."""
    found: list[DeploymentRecord] = []
    alleged: list[DeploymentRecord] = []
    context: dict[str, str] = {}
    since = 0
    sender: dict[str, str] = {}  # the last sender, for forces nobody is said to own; a force named does not reset it
    sender_since = 0
    sender_reach = 3  # sentences a sender is borrowed for: one only from forces sent where no state is named
    for sent in sents:
        named = _force_destination(sent, actors, lex)
        if named is not None:
            context, since = {"target": named}, 0
        if since <= 3:
            scene = context
        else:  # the story's own destination, only when the last one named is too far back
            scene = {"target": _story_destination(found, discourse.published)} if found else {}
        scene = {**scene, **(sender if sender_since <= sender_reach else {})}
        sentence = DeploymentSentence(sent, actors, lex, discourse, scene)
        records = sentence.run()
        since += 1
        sender_since += 1
        current = [r for r in records if not _long_past(r.date, discourse.published)]
        if current:  # (a sending recalled from years back, "in 1998 Senegal sent troops into Guinea-Bissau",
            context = {"target": current[-1].to_state, "source": current[-1].from_state}  # sets no scene)
            since = 0
            sender, sender_since, sender_reach = {"sender": current[-1].from_state}, 0, 3
        elif sentence.unplaced:  # "The Pentagon approved sending 3,000 soldiers to Europe. The troops will be
            sender, sender_since, sender_reach = {"sender": sentence.unplaced[-1]}, 0, 1  # based in Poland"
        found += records
        alleged += sentence.alleged
    return _without_denied_allegations(found, alleged)


def _story_destination(found: list[DeploymentRecord], published: dt.date | None) -> str:
    """Where the story's deployments of now go most often (the first such, on a tie)."""
    current = [r.to_state for r in found if not _long_past(r.date, published)] or [r.to_state for r in found]
    return max(current, key=current.count)


def _long_past(date: str | None, published: dt.date | None) -> bool:
    """Whether a date lies in a calendar year before the one before publication ("1998" in a 2013 story)."""
    return date is not None and published is not None and int(date[:4]) < published.year - 1


def _without_denied_allegations(found: list[DeploymentRecord], alleged: list[DeploymentRecord]
                                ) -> list[DeploymentRecord]:
    """ "Accounts claim A is sending troops to B. … A has not sent and will not send troops to B.": a sending
    that others only allege, and the sender denies in the same article, did not happen."""
    denied = {(r.from_state, r.to_state) for r in found if r.modality == "denied"}
    dropped = {id(r) for r in alleged if r.modality != "denied" and (r.from_state, r.to_state) in denied}
    return [r for r in found if id(r) not in dropped]
