"""The question forms ``ask`` understands, as data: patterns, slots, default filters and an example each.

A question is first reduced to a *template*: lower case, the period ("in February 2022") cut out, and
every name the graph knows replaced by a placeholder (``ent0``, ``ent1``…), so "When did Biden and Putin
last speak?" becomes ``when did ent0 and ent1 last speak``. Each pattern below is a regular expression
over templates, anchored at both ends, with these macros:

- ``<a>``, ``<b>``: a slot, holding a placeholder or (for a name the graph lacks) the words as typed;
- ``<speak>``, ``<call>``, ``<meet>``, ``<visit>``, ``<contact>`` (any of the four): a verb, captured so
  that "call" narrows the answer to phone and video calls and "meet" to meetings;
- ``<noun>``, ``<nouns>``: a contact noun ("calls", "meetings"), captured the same way;
- ``<deploy>``, ``<forces>``: deployment verbs and what is deployed.

The macros and word lists are in :mod:`graph.ask.vocabulary`. Forms are tried in order and the first
whose pattern matches wins, so the narrower forms come first. The code that answers each form is in
:mod:`graph.ask.handlers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Form", "FORMS", "SlotKind", "OCCURRED", "PLANNED", "UNDONE", "DEPLOYED"]

SlotKind = Literal["actor", "official", "state"]

OCCURRED: tuple[str, ...] = ("occurred",)
PLANNED: tuple[str, ...] = ("planned", "proposed")
UNDONE: tuple[str, ...] = ("cancelled", "denied")
DEPLOYED: tuple[str, ...] = ("occurred", "planned", "proposed")


@dataclass(frozen=True)
class Form:
    """One kind of question: how it is phrased and what it needs.

    ``slots`` maps a slot name to the kind of actor it must name (a trailing ``?`` in the pattern is not
    needed: a slot missing from the match is simply absent). ``modalities`` is the default narrowing
    (past questions count contacts that occurred; "planned" questions the planned and proposed ones;
    None keeps all). ``types`` fixes the contact types when no verb or noun says otherwise.
    ``period`` says whether "in February 2022" and the like make sense for the form.
    """

    name: str
    summary: str
    example: str
    patterns: tuple[str, ...]
    slots: tuple[tuple[str, SlotKind], ...] = ()
    modalities: tuple[str, ...] | None = OCCURRED
    types: tuple[str, ...] | None = None
    period: bool = True


_WITH = r"(?: with| to)?"
_EACH = r"(?: each other| with each other| to one another| one another)?"
_AUX = r"(?:did|does|do|has|have|had|was|were)"
_PLANNED = r"(?:planned|scheduled|expected|upcoming|coming up|proposed|arranged|due|future|forthcoming|next)"
_CANCELLED = r"(?:cancelled|canceled|called off|postponed|denied|refused|rejected|scrapped)"

FORMS: tuple[Form, ...] = (
    Form(
        "last_contact",
        "when <a> and <b> last had contact",
        "When did Biden and Putin last speak?",
        (
            rf"when {_AUX} <a> and <b> (?:last|most recently) <contact>{_EACH}",
            rf"when {_AUX} <a> (?:last|most recently) <contact>{_WITH} <b>",
            r"when (?:was|is) the (?:last|latest|most recent) <noun> between <a> and <b>",
            r"when (?:was|is) the (?:last|latest|most recent) time <a> and <b> <contact>" + _EACH,
            r"when (?:was|is) the (?:last|latest|most recent) time <a> <contact>" + _WITH + " <b>",
            r"what (?:was|is) the (?:last|latest|most recent) <noun> between <a> and <b>",
        ),
        (("a", "actor"), ("b", "actor")),
    ),
    Form(
        "first_contact",
        "when <a> and <b> first had contact",
        "When did Milley and Gerasimov first meet?",
        (
            rf"when {_AUX} <a> and <b> first <contact>{_EACH}",
            rf"when {_AUX} <a> first <contact>{_WITH} <b>",
            r"when (?:was|is) the (?:first|earliest) <noun> between <a> and <b>",
            r"when (?:was|is) the (?:first|earliest) time <a> and <b> <contact>" + _EACH,
            r"what (?:was|is) the (?:first|earliest) <noun> between <a> and <b>",
        ),
        (("a", "actor"), ("b", "actor")),
    ),
    Form(
        "count_contacts",
        "how many times <a> and <b> had contact",
        "How many times did Milley and Gerasimov speak?",
        (
            rf"how (?:many times|often) {_AUX} <a> and <b> <contact>{_EACH}",
            rf"how (?:many times|often) {_AUX} <a> <contact>{_WITH} <b>",
            r"how many <nouns> (?:were there |have there been |took place |happened )?between <a> and <b>",
            rf"how many <nouns> {_AUX} <a> and <b> (?:have|had|hold|held)",
            rf"how many <nouns> {_AUX} <a> (?:have|had|hold|held|make|made) with <b>",
        ),
        (("a", "actor"), ("b", "actor")),
    ),
    Form(
        "when_contact",
        "when <a> and <b> had contact",
        "When did Blinken and Kuleba speak?",
        (
            rf"when {_AUX} <a> and <b> <contact>{_EACH}",
            rf"when {_AUX} <a> <contact>{_WITH} <b>",
            rf"on (?:what|which) (?:dates?|days?) {_AUX} <a> and <b> <contact>{_EACH}",
        ),
        (("a", "actor"), ("b", "actor")),
    ),
    Form(
        "did_contact",
        "whether <a> and <b> had contact",
        "Did Blinken speak with Kuleba?",
        (
            rf"{_AUX} <a> <contact>{_WITH} <b>",
            rf"{_AUX} <a> and <b> <contact>{_EACH}",
            r"(?:is|was|are|were|has|have|had) <a> (?:been )?in (?:contact|touch) with <b>",
        ),
        (("a", "actor"), ("b", "actor")),
    ),
    Form(
        "connection",
        "how <a> and <b> are connected by contacts",
        "How are Kuleba and Gerasimov connected?",
        (
            r"how (?:are|were) <a> and <b> (?:connected|linked|related)",
            r"how (?:is|was) <a> (?:connected|linked|related) (?:to|with) <b>",
            r"what (?:connects|links) <a> (?:and|to|with) <b>",
            r"(?:what is |show |find )?(?:the )?(?:shortest )?(?:chain|path) (?:of contacts )?(?:between|from) "
            r"<a> (?:and|to) <b>",
        ),
        (("a", "actor"), ("b", "actor")),
    ),
    Form(
        "contacts_between",
        "the contacts between <a> and <b>",
        "Contacts between the United States and Russia",
        (
            r"(?:(?:list|show)(?: me)? )?(?:all )?(?:the )?<nouns> between <a> and <b>",
            r"(?:what|which) <nouns> (?:were there |have there been |took place |happened )?between <a> and <b>",
            rf"(?:what|which) <nouns> {_AUX} <a> and <b> (?:have|had|hold|held)",
        ),
        (("a", "actor"), ("b", "actor")),
    ),
    Form(
        "planned_contacts",
        "the planned and proposed contacts of <a>",
        "What contacts are planned for Putin?",
        (
            rf"(?:what|which) <nouns> (?:are|is|were|was) {_PLANNED}(?: for| with| by| of| involving) <a>",
            rf"(?:(?:what|which|list|show)(?: are)? )?(?:the |any )?{_PLANNED} <nouns> "
            r"(?:of|for|with|by|involving) <a>",
            rf"<a>'s {_PLANNED} <nouns>",
            r"who (?:will|is going to|is set to|is due to|plans to|is planning to|is expected to) <a> "
            r"<contact>(?: with| to)?",
            r"who (?:will|is going to|is set to|is due to|plans to|is planning to|is expected to) <contact>"
            + _WITH + " <a>",
            rf"(?:does|will|is) <a> (?:have|has|planning|plan) (?:any )?{_PLANNED}? ?<nouns>(?: planned)?",
            rf"(?:what|which) <nouns> (?:does|will) <a> have {_PLANNED}",
        ),
        (("a", "actor"),),
        modalities=PLANNED,
    ),
    Form(
        "planned_any",
        "every planned or proposed contact",
        "Which meetings are planned?",
        (
            rf"(?:what|which) <nouns> (?:are|were|is) {_PLANNED}",
            rf"(?:(?:list|show)(?: me)? )?(?:all )?(?:the )?{_PLANNED} <nouns>",
            rf"what is {_PLANNED}",
        ),
        modalities=PLANNED,
    ),
    Form(
        "cancelled_contacts",
        "the cancelled or denied contacts (of <a>)",
        "Which meetings were cancelled?",
        (
            rf"(?:what|which) <nouns> (?:were|was|have been|has been|got) {_CANCELLED}"
            r"(?: (?:for|with|by|of|involving) <a>)?",
            rf"(?:(?:list|show)(?: me)? )?(?:all )?(?:the )?{_CANCELLED} <nouns>"
            r"(?: (?:of|for|with|by|involving) <a>)?",
            rf"<a>'s {_CANCELLED} <nouns>",
            r"(?:what|which) <nouns> (?:did|has|have) <a> "
            r"(?:cancel|cancelled|canceled|call off|called off|postpone|postponed)",
        ),
        (("a", "actor"),),
        modalities=UNDONE,
    ),
    Form(
        "met_in_place",
        "who met in <a>",
        "Who met in Finland?",
        (
            r"who (?:met|meets|has met|have met|held talks|had talks|gathered|convened|talked|spoke) in <a>",
            r"(?:what|which) <nouns> (?:took place|were held|was held|happened|occurred|were) in <a>",
            r"what (?:happened|took place) in <a>",
            r"(?:(?:list|show)(?: me)? )?(?:all )?(?:the )?<nouns> (?:held )?in <a>",
        ),
        (("a", "state"),),
        types=("meeting", "visit", "contact"),
    ),
    Form(
        "visits_of",
        "the visits <a> made",
        "Which countries did Blinken visit?",
        (
            rf"(?:who|where|which countries|which states|what countries|what places) {_AUX} <a> <visit>",
            rf"where {_AUX} <a> (?:go|travel|fly|gone|travelled|traveled|flown)",
            r"(?:(?:list|show)(?: me)? )?(?:the )?(?:visits|trips) (?:of|by|made by) <a>",
            r"<a>'s (?:visits|trips)",
        ),
        (("a", "actor"),),
        types=("visit",),
    ),
    Form(
        "who_visited",
        "who visited <a>",
        "Who visited Poland?",
        (r"who (?:has |have |had )?<visit> <a>",),
        (("a", "actor"),),
        types=("visit",),
    ),
    Form(
        "who_called",
        "who called <a> (phone and video calls)",
        "Who called Kuleba?",
        (
            r"who (?:has |have |had )?<call>(?: with| to)? <a>",
            rf"(?:who|whom) {_AUX} <a> <call>(?: with| to)?",
            r"with whom (?:did|has|have|had) <a> <call>",
        ),
        (("a", "actor"),),
        types=("phone_call", "video_call"),
    ),
    Form(
        "who_met",
        "who met <a>",
        "Who met Rau?",
        (
            r"who (?:has |have |had )?<meet>(?: with)? <a>",
            rf"(?:who|whom) {_AUX} <a> <meet>(?: with)?",
            r"with whom (?:did|has|have|had) <a> <meet>",
        ),
        (("a", "actor"),),
        types=("meeting",),
    ),
    Form(
        "who_spoke_with",
        "who had contact with <a>",
        "Who spoke with Gerasimov?",
        (
            r"who (?:has |have |had |was |were )?<speak>(?: with| to)? <a>",
            r"who (?:has |have |had )?(?:been |was |were |is |are )?in (?:contact|touch) with <a>",
            rf"(?:who|whom) {_AUX} <a> <speak>(?: with| to)?",
            r"with whom (?:did|has|have|had) <a> <speak>",
            r"(?:who are |who were |list |show )?(?:all )?<a>'s (?:counterparts|interlocutors|contacts)",
            r"(?:who are |who were |list |show )?(?:all )?(?:the )?(?:counterparts|interlocutors) of <a>",
        ),
        (("a", "actor"),),
    ),
    Form(
        "countries_contacted",
        "which countries <a> had contact with",
        "Which countries did Milley call in February 2022?",
        (
            rf"(?:which|what) (?:countries|states|governments|nations) {_AUX} <a> <contact>{_WITH}",
            r"(?:which|what) (?:countries|states|governments|nations) (?:is|was|has|have|had) <a> (?:been )?"
            r"in (?:contact|touch) with",
            rf"(?:with|to) (?:which|what) (?:countries|states|governments|nations) {_AUX} <a> <contact>",
        ),
        (("a", "actor"),),
    ),
    Form(
        "officials_contacted",
        "which officials <a> had contact with",
        "Which officials did Blinken meet?",
        (
            rf"(?:which|what) (?:officials|people|leaders|ministers|persons) {_AUX} <a> <contact>{_WITH}",
            r"(?:which|what) (?:officials|people|leaders|ministers) (?:is|was|has|have|had) <a> (?:been )?"
            r"in (?:contact|touch) with",
        ),
        (("a", "actor"),),
    ),
    Form(
        "contacts_of",
        "the contacts of <a>",
        "List the calls of Milley",
        (
            r"(?:(?:list|show)(?: me)? )?(?:all )?(?:the )?<nouns> (?:of|by|for|involving|made by) <a>",
            r"(?:(?:list|show)(?: me)? )?(?:all )?<a>'s <nouns>",
            rf"(?:what|which) <nouns> {_AUX} <a> (?:have|had|make|made|hold|held|take part in|attend|attended)",
            r"(?:what|which) <nouns> (?:involved|included) <a>",
        ),
        (("a", "actor"),),
    ),
    Form(
        "did_deploy",
        "whether <a> deploys forces to <b>",
        "Is the United States sending troops to Poland?",
        (
            r"(?:is|are|was|were|does|do|did|has|have|had|will) <a> (?:been )?<deploy>(?: <forces>)? "
            r"(?:to|in|into|near|toward|towards) <b>",
            r"(?:are|were|is) <a> <forces> (?:being )?(?:deployed|sent|stationed|moved) (?:to|in|into|near) <b>",
        ),
        (("a", "state"), ("b", "state")),
        modalities=None,
    ),
    Form(
        "deploys_to",
        "who deploys forces to <a>",
        "Who is sending troops to Poland?",
        (
            r"who (?:is |are |has |have |had |was |were |will )?(?:been )?<deploy>(?: <forces>)? "
            r"(?:to|in|into|near|toward|towards) <a>",
            r"(?:which|what) (?:countries|states|nations) (?:(?:is|are|has|have|had|was|were|will|did|do|does) )?"
            r"(?:been )?<deploy>(?: <forces>)? (?:to|in|into|near|toward|towards) <a>",
            r"(?:who|which countries|which states) (?:has|have|had) <forces> (?:in|near) <a>",
            r"(?:(?:list|show)(?: me)? )?(?:all )?(?:the )?deployments (?:to|in|into|near) <a>",
        ),
        (("a", "state"),),
        modalities=DEPLOYED,
    ),
    Form(
        "deploys_where",
        "where <a> deploys forces",
        "Where is the United States sending troops?",
        (
            r"where (?:is|are|does|do|did|has|have|had|will|was|were) <a> (?:been )?<deploy>(?: <forces>)?(?: to)?",
            r"(?:to )?(?:which|what) (?:countries|states|places) (?:is|are|does|do|did|has|have|had|will) <a> "
            r"(?:been )?<deploy>(?: <forces>)?(?: to)?",
            r"where (?:are|were|have|had) <a>(?:'s)? <forces> (?:been )?(?:deployed|sent|stationed|going|moved)",
            r"(?:(?:list|show)(?: me)? )?(?:all )?(?:the )?deployments (?:of|by|from) <a>",
            r"<a>'s deployments",
        ),
        (("a", "state"),),
        modalities=DEPLOYED,
    ),
    Form(
        "represents",
        "the officials of <a>",
        "Which officials represent Russia?",
        (
            r"(?:which|what) officials (?:represent|represents|represented|are from|serve|work for|speak for) <a>",
            r"who (?:represents|represent|represented|speaks for|speak for) <a>",
            r"who are (?:the )?<a>(?:'s)? officials",
            r"(?:which|what) <a> officials (?:are (?:there|known|in the graph)|do you know)",
            r"(?:(?:list|show)(?: me)? |who are )?(?:all )?(?:the )?officials (?:of|from) <a>",
            r"<a>'s officials",
        ),
        (("a", "state"),),
        modalities=None,
        period=False,
    ),
    Form(
        "country_of",
        "the country <a> represents",
        "Which country does Kuleba represent?",
        (
            r"(?:which|what) (?:country|state|government|nation) (?:does|did|do) <a> "
            r"(?:represent|serve|work for|come from|belong to|speak for)",
            r"where (?:is|was|does|did) <a> (?:from|come from)",
            r"(?:what|which) (?:country|nationality) is <a>(?: from)?",
        ),
        (("a", "official"),),
        modalities=None,
        period=False,
    ),
    Form(
        "who_is",
        "who <a> is: role, country, aliases",
        "Who is Gerasimov?",
        (
            r"who (?:is|was) <a>",
            r"what (?:is|was) <a>'s (?:role|title|job|position|office)",
            r"what (?:role|title|job|position|office) (?:does|did) <a> (?:have|hold|held)",
            r"tell me about <a>",
        ),
        (("a", "official"),),
        modalities=None,
        period=False,
    ),
    Form(
        "most_connected",
        "the actors with the most counterparts",
        "Who has the most contacts?",
        (
            r"who (?:has|had|have) the most (?:contacts|counterparts|connections|calls|meetings)",
            r"who (?:is|was) the most (?:connected|central|active)(?: (?P<k>official|state|country|actor))?",
            r"(?:which|what) (?P<k>officials?|states?|countries|country|actors?) (?:has|have|had) the most "
            r"(?:contacts|counterparts|connections)",
            r"(?:which|what) (?P<k>officials?|states?|countries|country|actors?) (?:is|are|was|were) (?:the )?"
            r"most (?:connected|central|active)",
            r"(?:who are |list |show )?(?:the )?most (?:connected|central|active) "
            r"(?P<k>officials|states|countries|actors)",
        ),
    ),
    Form(
        "brokers",
        "the brokers who link actors that do not talk directly",
        "Who are the brokers?",
        (
            r"who (?:are|is) the (?:main |key |biggest )?(?:brokers?|intermediar(?:y|ies)|bridges?|go-betweens?)",
            r"who (?:bridges|brokers|connects) (?:the )?(?:network|graph|groups|sides|communities)",
            r"(?:which|what) (?:officials?|states?|countries|actors?) (?:are|is|act as) (?:the )?(?:main |key )?"
            r"(?:brokers?|intermediar(?:y|ies)|bridges?|go-betweens?)",
            r"(?:list |show )?(?:the )?(?:main |key )?brokers",
        ),
    ),
    Form(
        "communities",
        "the communities: groups in closer contact with each other",
        "Which groups are there?",
        (
            r"(?:what|which) (?:groups|communities|clusters|blocs|camps) "
            r"(?:are there|exist|do you see|are in the graph)",
            r"(?:(?:list|show)(?: me)? )?(?:the )?(?:communities|clusters|groups|blocs)",
            r"who (?:talks|speaks|is in contact) with whom",
        ),
    ),
    Form(
        "contacts_in_period",
        "every contact (in a period)",
        "Who spoke in February 2022?",
        (
            r"who (?:spoke|talked|met|called|phoned|visited|was in contact|were in contact|had contact)",
            r"(?:what|which) <nouns> (?:happened|took place|occurred|were there|were held|were made|are there|"
            r"are known|do you know)",
            r"(?:(?:list|show)(?: me)? )?(?:all )?(?:the )?<nouns>",
        ),
    ),
)
