"""What extraction yields for one article: small frozen records, free of spaCy and of the database.

Offsets are character offsets into the article text, so every fact can be traced to its sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

ContactType = Literal["phone_call", "video_call", "meeting", "visit", "contact"]
Modality = Literal["occurred", "planned", "proposed", "cancelled", "denied"]
ActorKind = Literal["official", "state"]

CONTACT_TYPES: tuple[ContactType, ...] = ("phone_call", "video_call", "meeting", "visit", "contact")
MODALITIES: tuple[Modality, ...] = ("occurred", "planned", "proposed", "cancelled", "denied")


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with its character span in the article."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class OfficialRecord:
    """A person holding office, as the article names them (the fullest form is ``name``)."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    role: str | None = None
    mentions: tuple[Evidence, ...] = ()


@dataclass(frozen=True, order=True)
class ActorRef:
    """A participant: an official (by the ``OfficialRecord.name``) or a state standing for its government."""

    kind: ActorKind
    name: str

    @property
    def label(self) -> str:
        return self.name if self.kind == "official" else f"STATE:{self.name}"


@dataclass(frozen=True)
class ContactRecord:
    """One event (call, meeting, visit…) between two or more sides."""

    participants: tuple[ActorRef, ...]
    type: ContactType
    date: str | None
    modality: Modality
    location: str | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5


@dataclass(frozen=True)
class DeploymentRecord:
    """A deploys-to edge: a state sending forces to (or massing them near) another state."""

    from_state: str
    to_state: str
    what: str
    quantity: int | None
    date: str | None
    modality: Modality
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything one article yields; the store writes it in one transaction."""

    officials: tuple[OfficialRecord, ...] = ()
    contacts: tuple[ContactRecord, ...] = ()
    deployments: tuple[DeploymentRecord, ...] = ()
    states: tuple[str, ...] = field(default=())
    organizations: tuple[str, ...] = field(default=())


def types_compatible(a: str, b: str) -> bool:
    """Whether two contact forms may be one event: the same, or one is the generic "contact", which a stated
    form ("phone_call", "meeting") makes precise."""
    return a == b or "contact" in (a, b)


def without_own_states(sides: Iterable[ActorRef], countries: Mapping[str, str]) -> list[ActorRef]:
    """A state listed beside its own official is the same side: the official stays (``countries`` maps each
    official's name to the country he serves). Order is kept; a side named twice is kept once."""
    sides = list(sides)
    served = {countries.get(a.name) for a in sides if a.kind == "official"}
    kept: list[ActorRef] = []
    for side in sides:
        if not (side.kind == "state" and side.name in served) and side not in kept:
            kept.append(side)
    return kept
