"""From a question to a form with its slots filled: the period, the names, then the first pattern that fits.

Matching runs twice: first only readings whose slots are all names the graph knows, then readings with a
slot left as typed text. So "who is the most connected official" is read as the ranking question, not as
"who is <someone called 'the most connected official'>", while "who spoke with Zelensky" still reaches
the who-spoke-with form and can say that the graph has no Zelensky.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import lru_cache

import networkx as nx

from graph.analysis.nodes import find_node, node_name
from graph.ask.forms import FORMS, Form
from graph.ask.gazetteer import Gazetteer, nlp
from graph.ask.periods import Period, find_period
from graph.ask.vocabulary import FILLER, MACROS, NOUN_TYPES, VERB_TYPES
from graph.errors import AmbiguousName, InvalidInput

__all__ = ["Parsed", "QuestionNotUnderstood", "parse", "suggestions", "MAX_QUESTION_CHARS"]

MAX_QUESTION_CHARS = 500
_PLACEHOLDER = re.compile(r"^ent\d+$")
# "Russian officials", "the French government" name the state's side.
_SIDE_WORDS = re.compile(
    r"^(ent\d+)(?:'s)? (?:officials?|counterparts?|government|leaders?|leadership|side|authorities|military)$"
)


class QuestionNotUnderstood(InvalidInput):
    """No form fits the question; ``suggestions`` are questions of the nearest forms that do work."""

    def __init__(self, message: str, suggestions: list[str]) -> None:
        super().__init__(message)
        self.suggestions = suggestions


@dataclass(frozen=True)
class Parsed:
    """What a question was understood to ask."""

    form: Form
    slots: dict[str, Hashable]
    types: tuple[str, ...] | None
    modalities: tuple[str, ...] | None
    period: Period | None
    template: str
    groups: dict[str, str] = field(default_factory=dict)

    @property
    def since(self) -> dt.date | None:
        """The first day of the question's period, if it names one."""
        return self.period.since if self.period else None

    @property
    def until(self) -> dt.date | None:
        """The last day of the question's period, if it names one."""
        return self.period.until if self.period else None

    @property
    def during(self) -> str:
        """The period as the question put it, ready to append to a sentence ("" without one)."""
        return f" {self.period.text}" if self.period else ""


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[Form, tuple[re.Pattern[str], ...]], ...]:
    def expand(pattern: str) -> re.Pattern[str]:
        for macro, regex in MACROS.items():
            pattern = pattern.replace(macro, regex)
        return re.compile(pattern)

    return tuple((form, tuple(expand(p) for p in form.patterns)) for form in FORMS)


def _normalized(question: str) -> str:
    text = question.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\b(who|what|where|when|how|that|there)'s\b", r"\1 is", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(who|what|where|when|how)'re\b", r"\1 are", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip().rstrip("?!. ").strip()


def _template(text: str, gazetteer: Gazetteer) -> tuple[str, dict[str, set[Hashable]]]:
    doc = nlp()(text.replace(".", ""))
    spans = {span.start: (span, nodes) for span, nodes in gazetteer.matches(doc)}
    words: list[str] = []
    entities: dict[str, set[Hashable]] = {}
    i = 0
    while i < len(doc):
        if i in spans:
            span, nodes = spans[i]
            if words and words[-1] == "the":
                words.pop()
            placeholder = f"ent{len(entities)}"
            entities[placeholder] = nodes
            words.append(placeholder)
            i = span.end
            continue
        token = doc[i]
        if token.lower_ in ("'s", "'"):
            if words:
                words[-1] += "'s"
        elif not (token.is_punct or token.is_space) or token.text in ("-",):
            words.append(token.lower_)
        i += 1
    template = " ".join(words)
    for filler in FILLER:
        template = re.sub(filler, "", template).strip()
    return re.sub(r"\s+", " ", template), entities


def _slot_value(value: str) -> str | None:
    """A slot's text as a placeholder, or as typed words; None when it mixes both (not this reading)."""
    value = value.strip()
    if _PLACEHOLDER.match(value):
        return value
    side = _SIDE_WORDS.match(value)
    if side:
        return side[1]
    return None if re.search(r"\bent\d+\b", value) else value


def _as_typed(value: str, text: str) -> str:
    """A slot's words as the question wrote them (templates are lower case), for lookups and messages."""
    if _PLACEHOLDER.match(value):
        return value
    found = re.search(r"\s+".join(map(re.escape, value.split())), text, flags=re.IGNORECASE)
    return found[0] if found else value


def _resolve(G: nx.Graph, value: str, entities: dict[str, set[Hashable]], kind: str) -> Hashable:
    if value in entities:
        nodes = entities[value]
        if len(nodes) > 1:
            names = sorted(node_name(G, n) for n in nodes)
            raise AmbiguousName(f"the question's name could be any of {', '.join(names)}: use a full name",
                                names)
        node = next(iter(nodes))
    else:
        kinds = {"actor": ("official", "state"), "official": ("official",), "state": ("state",)}[kind]
        node = find_node(G, value, kinds=kinds)
    found = G.nodes[node].get("kind")
    if kind == "state" and found != "state":
        raise InvalidInput(f"{G.nodes[node]['name']} is an official; this question is about a state")
    if kind == "official" and found != "official":
        raise InvalidInput(f"{G.nodes[node]['name']} is a state; this question is about an official")
    return node


def _types(form: Form, groups: dict[str, str]) -> tuple[str, ...] | None:
    for group, table in (("v", VERB_TYPES), ("n", NOUN_TYPES)):
        word = groups.get(group)
        if word is not None:
            return table.get(re.sub(r"\s+", " ", word), form.types) or form.types
    return form.types


# Question words carry no topic: "what is the weather" shares them with half the forms.
_STOPWORDS = frozenset("a an the is are was were be been do does did has have had what which who whom when "
                       "where how of in on to with and or for by me you i it this that there".split())
# Shown first when a question shares no topic word with any form: one of each family of questions.
_DEFAULTS = ("who_spoke_with", "last_contact", "countries_contacted", "deploys_to", "connection", "represents")


def suggestions(template: str = "", limit: int = 6) -> list[str]:
    """Example questions of the forms closest to ``template`` (by shared topic words), best first."""
    words = set(template.split()) - _STOPWORDS

    def rank(form: Form) -> tuple[int, int]:
        overlap = len(words & set(re.findall(r"[a-z]+", form.example.lower())))
        default = _DEFAULTS.index(form.name) if form.name in _DEFAULTS else len(_DEFAULTS)
        return (-overlap, default)

    return [form.example for form in sorted(FORMS, key=rank)[:limit]]


def parse(question: str, G: nx.Graph, gazetteer: Gazetteer | None = None) -> Parsed:
    """Read ``question`` against the actors of ``G`` (a graph from ``build_graph``).

    Raises
    ------
    QuestionNotUnderstood
        No form fits; the error carries suggestions.
    InvalidInput
        Empty or overlong question, a date without a year, a period on a question that takes none, a
        state where an official is needed (or the reverse).
    NotFound, AmbiguousName
        A name the graph does not hold, or holds several times.
    """
    if not question or not question.strip():
        raise QuestionNotUnderstood("Ask a question, for example 'Who spoke with Gerasimov?'", suggestions())
    if len(question) > MAX_QUESTION_CHARS:
        raise InvalidInput(f"A question is at most {MAX_QUESTION_CHARS} characters")
    text = _normalized(question)
    period = find_period(text)
    if period is not None:
        text = (text[: period.start] + " " + text[period.end :]).strip()
    template, entities = _template(text, gazetteer or Gazetteer.from_graph(G))

    for allow_typed in (False, True):
        for form, patterns in _compiled():
            for pattern in patterns:
                match = pattern.fullmatch(template)
                if match is None:
                    continue
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                values = {name: _slot_value(groups[name]) for name, _ in form.slots if name in groups}
                if any(v is None for v in values.values()):
                    continue
                if not allow_typed and any(v not in entities for v in values.values()):
                    continue
                if period is not None and not form.period:
                    asked = form.summary.replace("<a>", "X").replace("<b>", "Y")
                    raise InvalidInput(f"'{period.text}' does not apply to a question about {asked}")
                kinds = dict(form.slots)
                slots = {name: _resolve(G, _as_typed(str(v), text), entities, kinds[name])
                         for name, v in values.items()}
                return Parsed(form, slots, _types(form, groups), form.modalities, period, template, groups)
    offered = suggestions(template)
    raise QuestionNotUnderstood(
        f"Could not understand {question.strip()!r}. Questions like these work: "
        + "; ".join(f"'{s}'" for s in offered),
        offered,
    )
