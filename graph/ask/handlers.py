"""Which function answers which question form (see :mod:`graph.ask.forms`).

Every handler takes a :class:`~graph.ask.context.Context` and returns a :class:`~graph.ask.context.Result`:
a one-sentence summary, result rows, and the events and deployments the rows rest on (the answer's
evidence). Handlers only read the graph; :mod:`graph.analysis` does the network work.
"""

from __future__ import annotations

from collections.abc import Callable

from graph.ask import actors, contacts, deployments
from graph.ask.context import Context, Result

__all__ = ["HANDLERS"]

HANDLERS: dict[str, Callable[[Context], Result]] = {
    "last_contact": contacts.last_contact,
    "first_contact": contacts.first_contact,
    "count_contacts": contacts.count_contacts,
    "when_contact": contacts.when_contact,
    "did_contact": contacts.did_contact,
    "connection": contacts.connection,
    "contacts_between": contacts.contacts_between,
    "planned_contacts": contacts.planned_contacts,
    "planned_any": contacts.contacts_in_period,
    "cancelled_contacts": contacts.cancelled_contacts,
    "met_in_place": contacts.met_in_place,
    "visits_of": contacts.visits_of,
    "who_visited": contacts.who_visited,
    "who_called": contacts.counterparts,
    "who_met": contacts.counterparts,
    "who_spoke_with": contacts.counterparts,
    "countries_contacted": contacts.countries_contacted,
    "officials_contacted": contacts.officials_contacted,
    "contacts_of": contacts.contacts_of,
    "did_deploy": deployments.did_deploy,
    "deploys_to": deployments.deploys_to,
    "deploys_where": deployments.deploys_where,
    "represents": actors.represents,
    "country_of": actors.country_of,
    "who_is": actors.who_is,
    "most_connected": actors.most_connected,
    "brokers": actors.broker_answer,
    "communities": actors.community_answer,
    "contacts_in_period": contacts.contacts_in_period,
}
