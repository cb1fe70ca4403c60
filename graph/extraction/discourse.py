"""What an article has said so far: contact statements in order, and what "the pair" or "that day" refer to.

Shared by the contact rules (which add to it; ``participation`` also rewrites the statements of a gathering
when its members are named later), the deployment rules and the event merger (which read it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from graph.extraction.records import ActorRef, ContactType, Evidence, Modality

__all__ = ["ContactMention", "Discourse"]


@dataclass(frozen=True)
class ContactMention:
    """One statement of a contact in one sentence (the same event may be stated several times)."""

    participants: frozenset[ActorRef]
    type: ContactType
    modality: Modality
    date: str | None
    location: str | None
    evidence: Evidence
    sentence: int
    confidence: float
    reference: bool = False  # a noun naming an event stated elsewhere ("their conversation", "the call")
    prior: bool = False  # an earlier event than the story's ("they last met", "their first summit")
    asked: bool = False  # told in a question ("Has Modi spoken to Sharif?"): it names sides, it states nothing
    standing: bool = False  # a refusal that holds now ("has refused to meet X"), not one on the day told before
    told_on: str | None = None  # the day of a saying that told it as earlier ("said Sunday he had met X"): its date
    # only when no other day of its sides is told


@dataclass
class Discourse:
    """What earlier sentences established: the last contact's sides and date, for "the pair", "that day"."""

    published: dt.date | None
    mentions: list[ContactMention] = field(default_factory=list)
    gathering: ContactMention | None = None  # the last summit or session whose members may still be listed
    dateline_country: str | None = None  # the country of the story's dateline: where "arrived here" arrived

    @property
    def last_told(self) -> ContactMention | None:
        """The last contact stated (not only asked about) before the sentence being read."""
        return next((m for m in reversed(self.mentions) if not m.asked), None)

    def recent(self, current: list[ContactMention] | None = None) -> list[ContactMention]:
        """The contacts told so far, latest first: those of the sentence being read (``current``), then those
        before it, then the gathering still open ("Taking part were …"), for "the pair" or "the three leaders"."""
        told = [*reversed(current or []), *reversed(self.mentions)]
        return told + ([self.gathering] if self.gathering is not None and self.gathering not in told else [])
