"""Contacts that did not (or not yet) happen, end to end: refused, cancelled, proposed, denied, and the wordings
that only look like one. Rows are (text, expected contacts as (sorted participant labels, type, date, modality)).
Sentences are the project's own."""

import datetime as dt

import pytest

from graph.extraction import Extractor

from .rows import contact_rows

PUB = dt.date(2019, 6, 14)  # Friday

CASES = [
    # states that decline a host's invitation to a gathering each refuse a meeting with the host, not each other
    # (the parser hangs the infinitive on the verb that declines the invitation)
    ("Iran and Syria have declined the invitation of Turkey to participate in the summit.",
     [(["STATE:Iran", "STATE:Turkey"], "meeting", None, "denied"),
      (["STATE:Syria", "STATE:Turkey"], "meeting", None, "denied")]),
    # "contact" with sides of its own is an event when it is refused (held, it is read only as "in contact with")
    ("The spokesman said there were no grounds for any contact between President Ana Soto and President Luis Vega.",
     [(["Ana Soto", "Luis Vega"], "contact", None, "denied")]),
    ("Prime Minister Ana Soto has refused any contact with President Luis Vega.",
     [(["Ana Soto", "Luis Vega"], "contact", None, "denied")]),
    ("The contact between President Ana Soto and President Luis Vega was limited to letters.", []),
    # an invitation "for B to visit" is B's visit to the inviter; revoked, the visit is called off
    ("Peru has revoked an invitation for Foreign Minister Luis Vega to visit.",
     [(["Luis Vega", "STATE:Peru"], "visit", None, "cancelled")]),
    ("President Ana Soto extended an invitation for President Luis Vega to visit later this year.",
     [(["Ana Soto", "Luis Vega"], "visit", "2019", "proposed")]),
    # an invitation to stop somewhere on a trip, the inviter unnamed: a visit offered to that place's state
    ("\"We have extended an invitation to President Luis Vega to stop in Kingston on his return,\" the minister "
     "said.", [(["Luis Vega", "STATE:Jamaica"], "visit", None, "proposed")]),
    # whose request for a call was turned down is the call's other side (not a third who proposed a meeting "with" B)
    ("President Ana Soto turned down a request from President Luis Vega for a phone call.",
     [(["Ana Soto", "Luis Vega"], "phone_call", None, "denied")]),
    ("President Ana Soto rejected a proposal from Brussels for an emergency meeting with President Luis Vega.",
     [(["Ana Soto", "Luis Vega"], "meeting", None, "denied")]),
    # a proposal answered in the next sentence by one of its sides: refused it is denied, accepted planned; the
    # refusal of some other offer, or by someone else, leaves it proposed
    ("President Ana Soto said she was ready to meet President Luis Vega. Vega rejected the offer on Tuesday.",
     [(["Ana Soto", "Luis Vega"], "meeting", None, "denied")]),
    ("President Ana Soto invited President Luis Vega to visit Lima. Vega accepted the invitation on Tuesday.",
     [(["Ana Soto", "Luis Vega"], "visit", None, "planned")]),
    ("President Ana Soto invited President Luis Vega to visit Lima. The opposition rejected the idea.",
     [(["Ana Soto", "Luis Vega"], "visit", None, "proposed")]),
    ("President Ana Soto invited President Luis Vega to visit Lima. Vega rejected the offer of a loan.",
     [(["Ana Soto", "Luis Vega"], "visit", None, "proposed")]),
    # an offer whose event "has not been arranged" is still on offer, not refused
    ("President Ana Soto said she would be prepared to travel to Quito if it helped, though no such trip has been "
     "arranged.", [(["Ana Soto", "STATE:Ecuador"], "visit", None, "proposed")]),
    # a summit asked for "of its own": the pair the parser hangs on "own" are its sides; "asked for" proposes even
    # under a reporting verb
    ("Lima has asked for a summit of its own between President Ana Soto and President Luis Vega, officials said.",
     [(["Ana Soto", "Luis Vega"], "meeting", None, "proposed")]),
    # seeing an official is a meeting when it is planned or, as here, refused
    ("Foreign Minister Ana Soto was not allowed to see President Luis Vega.",
     [(["Ana Soto", "Luis Vega"], "meeting", None, "denied")]),
    # a side that stays away from talks refuses them
    ("Georgia stayed away from the talks hosted by Foreign Minister Luis Vega in Lima.",
     [(["Luis Vega", "STATE:Georgia"], "meeting", None, "denied")]),
    # a meeting one side claims and the other denies took place is one denied meeting
    ("Officials in Lima said Foreign Minister Ana Soto had met envoy Luis Vega in Madrid on Tuesday. The ministry in "
     "Quito denied that any such meeting had taken place.",
     [(["Ana Soto", "Luis Vega"], "meeting", "2019-06-11", "denied")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_fate_cases(extractor: Extractor, text: str, expected: list) -> None:
    assert contact_rows(extractor, text, PUB) == sorted(expected)
