"""The words questions use, as data: contact verbs and nouns (and the contact types they imply), deployment
verbs, filler, and the macros the question patterns of :mod:`graph.ask.forms` are written with.

The verbs and nouns map to contact types so that "who called X" counts calls and "who met X" meetings,
while "who spoke with X" counts every kind of contact.
"""

from __future__ import annotations

__all__ = ["VERB_TYPES", "NOUN_TYPES", "MACROS", "FILLER"]

# Verb forms by the contact type they ask about (None: any type).
SPEAK = (
    "speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking", "converse",
    "conversed", "confer", "conferred", "consult", "consulted", "communicate", "communicated", "contact",
    "contacts", "contacted", "contacting", "engage", "engaged", "been in contact", "been in touch",
    "be in contact", "be in touch", "get in touch", "got in touch", "have contact", "had contact",
    "exchange views", "exchanged views",
)
CALL = (
    "call", "calls", "called", "calling", "phone", "phones", "phoned", "phoning", "telephone",
    "telephoned", "ring", "rang", "rung", "dial", "dialled", "dialed", "video called",
    *(f"{verb} by {medium}" for verb in ("speak", "spoke", "spoken", "talk", "talked")
      for medium in ("phone", "telephone", "video link", "video")),
    *(f"{verb} on the phone" for verb in ("speak", "spoke", "spoken", "talk", "talked")),
)
MEET = (
    "meet", "meets", "met", "meeting", "hold talks", "held talks", "have talks", "had talks",
    "sit down", "sat down", "host", "hosts", "hosted", "receive", "received", "welcome", "welcomed",
)
VISIT = (
    "visit", "visits", "visited", "visiting", "travel to", "travelled to", "traveled to", "go to",
    "went to", "gone to", "fly to", "flew to", "flown to", "pay a visit to", "paid a visit to",
)
VERB_TYPES: dict[str, tuple[str, ...] | None] = {
    **dict.fromkeys(SPEAK),
    **dict.fromkeys(CALL, ("phone_call", "video_call")),
    **dict.fromkeys(MEET, ("meeting",)),
    **dict.fromkeys(VISIT, ("visit",)),
}
VERB_TYPES["video called"] = ("video_call",)
for _verb in ("speak", "spoke", "spoken", "talk", "talked"):
    VERB_TYPES[f"{_verb} by video link"] = VERB_TYPES[f"{_verb} by video"] = ("video_call",)

NOUN_TYPES: dict[str, tuple[str, ...] | None] = {
    **dict.fromkeys(("contact", "contacts", "conversation", "conversations", "exchange", "exchanges",
                     "interaction", "interactions", "event", "events", "talk", "talks")),
    **dict.fromkeys(("call", "calls", "phone call", "phone calls", "telephone call", "telephone calls",
                     "phone conversation", "phone conversations"), ("phone_call", "video_call")),
    **dict.fromkeys(("video call", "video calls", "video conference", "video conferences",
                     "videoconference", "videoconferences"), ("video_call",)),
    **dict.fromkeys(("meeting", "meetings", "summit", "summits", "in-person meeting", "in-person meetings"),
                    ("meeting",)),
    **dict.fromkeys(("visit", "visits", "trip", "trips", "state visit", "state visits"), ("visit",)),
}
DEPLOY = (
    "deploy", "deploys", "deployed", "deploying", "send", "sends", "sent", "sending", "move", "moves",
    "moved", "moving", "station", "stations", "stationed", "stationing", "mass", "masses", "massed",
    "massing", "dispatch", "dispatches", "dispatched", "dispatching", "position", "positioned",
    "base", "based", "transfer", "transferred", "ship", "shipped", "shipping", "redeploy", "redeployed",
)
FORCES = (
    "troops", "forces", "soldiers", "military", "army", "units", "personnel", "weapons", "equipment",
    "warships", "ships", "jets", "aircraft", "missiles", "tanks", "its troops", "its forces",
    "military forces", "military units", "more troops", "additional troops", "extra troops",
)


def _alternation(words: tuple[str, ...] | list[str], group: str | None = None) -> str:
    body = "|".join(sorted({w.replace(" ", r"\s") for w in words}, key=len, reverse=True))
    return f"(?P<{group}>{body})" if group else f"(?:{body})"


SLOT = r"(?P<{name}>ent\d+|[^\s].*?)"
MACROS: dict[str, str] = {
    "<a>": SLOT.format(name="a"),
    "<b>": SLOT.format(name="b"),
    "<speak>": _alternation(SPEAK, "v"),
    "<call>": _alternation(CALL, "v"),
    "<meet>": _alternation(MEET, "v"),
    "<visit>": _alternation(VISIT, "v"),
    "<contact>": _alternation((*SPEAK, *CALL, *MEET, *VISIT), "v"),
    "<noun>": _alternation(list(NOUN_TYPES), "n"),
    "<nouns>": _alternation([n for n in NOUN_TYPES if n.endswith("s")], "n"),
    "<deploy>": _alternation(DEPLOY),
    "<forces>": _alternation(FORCES),
}


# Filler that never changes a question's meaning, removed from templates before matching.
FILLER: tuple[str, ...] = (
    r"^(?:please |can you |could you |would you |do you know |i want to know |i'd like to know )+",
    r"^(?:tell me |show me |give me |find |list )(?=(?:who|when|how|which|what|where|whether|if)\b)",
    r"\b(?:please|ever|actually|exactly|already)\b",
    r"\bwhether\b",
)
