"""A trip and the talks held on it are one visit.

"A visited Paris and met B", "A is due in Sochi for talks with B": the travel and the meeting a sentence
tells are one visit with the named host, and the travel says whether it happened or is planned.
"""

from __future__ import annotations

from dataclasses import replace

from graph.extraction.date_spans import dates_near
from graph.extraction.discourse import ContactMention

__all__ = ["fold_visits", "TRIP_DAYS"]


def fold_visits(mentions: list[ContactMention], countries: dict[str, str] | None = None) -> list[ContactMention]:
    """ "A visited Paris and met B", "A is due in Sochi for talks with B": one visit with the named host,
    not a visit plus a meeting; the travel tells whether it happened or is planned. Only what can be part of
    the trip folds into it (``_part_of_visit``): not "…, and the pair phoned each other again last week",
    nor "refused to see an envoy who had flown to Lima", a refusal beside a trip, nor a meeting there with
    someone of another country ("arrived in Nairobi for a state visit and also met Somalia's president"), when
    ``countries`` (official → country) says so.
    """
    countries = countries or {}
    result = list(mentions)
    for visit in [m for m in mentions if m.type == "visit" and any(a.kind == "state" for a in m.participants)]:
        partners = [i for i, m in enumerate(result)
                    if _part_of_visit(m, visit, countries) and _hosted_there(m, visit, countries)]
        if not partners or visit not in result:
            continue
        partner = result[partners[0]]
        result[partners[0]] = replace(
            partner, type="visit", modality=visit.modality, date=visit.date or partner.date,
            location=partner.location or visit.location, reference=partner.reference and visit.reference,
        )
        result.remove(visit)
    # "Blinken is in Kyiv for talks with Zelensky": the visit already names its host; the talks are the visit
    visits = [m for m in result if m.type == "visit"]

    def trip_of(m: ContactMention) -> ContactMention | None:
        return next((v for v in visits if m.type != "visit" and v.participants == m.participants
                     and _part_of_visit(m, v)), None)

    days = {id(trip): m.date for m in reversed(result) if (trip := trip_of(m)) is not None and m.date}
    kept = [
        replace(m, date=days[id(m)]) if m.type == "visit" and m.date is None and id(m) in days else m
        for m in result if trip_of(m) is None  # "flew to Montevideo, where she met B on Tuesday": its day
    ]
    # "Lund visited Oslo for talks with Holm, her first trip to Norway": the trip named again
    return [
        m for m in kept
        if not (m.type == "visit" and m.reference and any(_same_trip(m, v) for v in kept if not v.reference))
    ]


PLANS = {"planned", "proposed"}
TRIP_DAYS = 7  # how long a trip lasts at most: talks "on Monday" after arriving "on Sunday" are the same trip


def _part_of_visit(mention: ContactMention, visit: ContactMention, countries: dict[str, str] | None = None) -> bool:
    """Whether ``mention`` is the visitor's meeting on the trip: the visitor takes part; it is no call (a call
    is not made in person) nor an earlier meeting ("last met"); it happened when the trip did; and it shares
    the trip's fate, or is a bare noun the travel verb governs ("is due in Sochi for talks with": the plan is
    told by "due", not by "talks")."""
    visitor = {a for a in visit.participants if a.kind == "official"} or visit.participants  # states only
    if mention is visit or mention.type in {"visit", "phone_call", "video_call"}:
        return False
    # "will meet his Chinese counterpart in Guangzhou, the first visit by a Ukrainian foreign minister to China":
    # a visit told between states is their officials' meeting told beside it
    states_of = {(countries or {}).get(a.name, a.name) if a.kind == "official" else a.name
                 for a in mention.participants}
    between_their_states = all(a.kind == "state" for a in visit.participants) and \
        {a.name for a in visit.participants} <= states_of
    if not (visitor & mention.participants or between_their_states) or (mention.prior and not visit.prior):
        return False
    if mention.location is not None and visit.location is not None and mention.location != visit.location:
        return False  # "will hold talks with B in Sochi …, and plans to travel on to Tbilisi": another leg
    same_sentence = mention.evidence.start == visit.evidence.start
    named_visitor = any(a.kind == "official" for a in visit.participants)
    if same_sentence and named_visitor and mention.modality in PLANS and visit.modality in PLANS | {"cancelled"}:
        # "will travel to Brussels, where she is to meet Rutte (ahead of the June meeting)"; "called off a
        # planned trip to Bogotá, where he was to meet Pastrana": the talks planned on a trip are its plan
        return True
    if mention.modality == visit.modality and not named_visitor and mention.date and visit.date:
        # a state's visit and a meeting of the same states told beside it are one only on the same day ("the
        # commission meets in Baku in April … the return state visit, in the second half of the year")
        return mention.date == visit.date
    if mention.modality == visit.modality and mention.date and visit.date and len(mention.date) == len("YYYY") < \
            len(visit.date):
        return False  # "X, who has met Putin three times this year, flew to Moscow on Wednesday": not on the trip
    if mention.modality == visit.modality:
        return dates_near(mention.date, visit.date, TRIP_DAYS)  # "arrived on Sunday … talks on Monday"
    return mention.evidence.start == visit.evidence.start and mention.reference and \
        visit.modality in PLANS and mention.modality != "occurred"


def _hosted_there(mention: ContactMention, visit: ContactMention, countries: dict[str, str]) -> bool:
    """Whether the others of a meeting on the trip may be its hosts: none is known to serve another country."""
    others = [a for a in mention.participants - visit.participants if a.kind == "official"]
    return visit.location is None or not others or any(countries.get(a.name) in {None, visit.location} for a in others)


def _same_trip(mention: ContactMention, visit: ContactMention) -> bool:
    """A trip named again in the sentence that tells it: the same visitor to the same place."""
    visitors = {a for a in mention.participants if a.kind == "official"}
    return (
        mention is not visit and visit.type == "visit" and bool(visitors) and visitors <= visit.participants
        and mention.location is not None and mention.location == visit.location
        and mention.evidence.start == visit.evidence.start
    )
