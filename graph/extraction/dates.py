"""Resolve a date expression to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` against the publication date.

Direction matters: "Friday" in "spoke on Friday" is the last Friday, in "will speak on Friday" the next
one, and for a plan told in the past ("had been due to meet on July 7", "was scheduled for Tuesday") the
nearest one, since the plan may have been for either side of the day the story ran. Relative weeks and
months ("last week", "next month") resolve to the month they fall in, because an article rarely pins them
to a day.

Which phrase dates a contact is chosen here too (``date_phrases``): the phrase nearest the trigger in the
tree, never a bound ("since 2022") or a date about someone else ("a judge who took office in January");
"that day" and "November of that year" take the date told just before (``resolve_anaphoric``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from graph.extraction.pipeline import is_heading

Direction = Literal["past", "future", "nearest"]

__all__ = [
    "resolve_date", "date_bounds", "date_phrases", "DatePhrase", "through_conjunction", "anaphoric_unit",
    "antecedent_date", "resolve_anaphoric", "unnamed_contact_day", "dates_compatible", "dates_near", "names_a_date",
    "date_entities", "passage_days",
]

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}

_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|ten)\s+(hour|day|week|month|year)s?\s+ago\b")
_EVE = re.compile(r"\beve\s+of\s+")
_ORDINAL_DAY = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s*$")  # "on the 14th": a day of a month left unsaid


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift_month(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower().replace(".", ""))


def resolve_date(text: str, published: dt.date | None, direction: Direction = "past") -> str | None:
    """Resolve ``text`` (a date expression from the article) against ``published``.

    >>> resolve_date("Friday", dt.date(2022, 2, 11))
    '2022-02-11'
    >>> resolve_date("on Saturday", dt.date(2022, 2, 11), "future")
    '2022-02-12'
    >>> resolve_date("November 23", dt.date(2022, 2, 11))
    '2021-11-23'
    >>> resolve_date("in September", dt.date(2022, 2, 11))
    '2021-09'
    >>> resolve_date("last week", dt.date(2022, 2, 11))
    '2022-02'
    """
    lowered = text.lower().replace("’", "'")
    eve = _EVE.search(lowered)
    if eve:  # "the eve of Tuesday's summit": the day before the day it names
        named = resolve_date(lowered[eve.end():], published, direction)
        return _day(dt.date.fromisoformat(named) - dt.timedelta(days=1)) if named and len(named) == 10 else None
    words = _words(lowered)
    iso = _ISO.search(lowered)
    if iso:
        try:
            return _day(dt.date(int(iso[1]), int(iso[2]), int(iso[3])))
        except ValueError:
            return None
    year_match = _YEAR.search(lowered)
    year = int(year_match[1]) if year_match else None
    month = next((_MONTHS[w] for w in words if w in _MONTHS and not (w == "may" and text.strip() == "may")), None)
    day_match = _DAY.search(_YEAR.sub(" ", lowered)) if month else None
    day = int(day_match[1]) if day_match and 1 <= int(day_match[1]) <= 31 else None

    if month and year is None and published is not None and "year" in words:
        # "April last year", "in March next year", "23 May this year"
        if "last" in words or "previous" in words:
            year = published.year - 1
        elif "next" in words or "following" in words:
            year = published.year + 1
        elif "this" in words:
            year = published.year
    if year and month and day:
        return _safe_day(year, month, day)
    if year and month:
        return f"{year:04d}-{month:02d}"
    if year and not month:
        return f"{year:04d}"
    if published is None:
        return None

    relative = _relative(words, lowered, published, direction)
    if relative is not None:
        return relative
    if month and day:
        return _month_day(published, month, day, direction, words)
    if month:
        return _month_only(published, month, direction, words)
    weekday = next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), None)
    if weekday is not None:
        return _day(_weekday(published, weekday, direction, words))
    ordinal = _ORDINAL_DAY.search(lowered)
    if ordinal and 1 <= int(ordinal[1]) <= 31:
        return _day_of_month(published, int(ordinal[1]), direction)
    season = _SEASONS.get(words[-1]) if len(words) >= 2 else None  # "in the spring", not "summer residence"
    if season is not None:
        return _season(published, season, direction, words)
    return None


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}  # the month each (northern) season begins


def _season(published: dt.date, first_month: int, direction: Direction, words: list[str]) -> str:
    """ "in the spring", "next summer", "last winter": the year the season begins in — the one under way or
    ahead for a plan, the one begun before for a past event."""
    starts = [dt.date(year, first_month, 1) for year in range(published.year - 2, published.year + 2)]
    begun = [s for s in starts if s <= published]
    ahead = [s for s in starts if s > published]
    if "last" in words or "past" in words:
        ended = [s for s in begun if _shift_month(s, 3) <= published]
        return str(ended[-1].year)
    if "next" in words or "coming" in words:
        return str(ahead[0].year)
    under_way = begun and _shift_month(begun[-1], 3) > published
    if direction == "future":
        return str(begun[-1].year if under_way else ahead[0].year)
    return str(begun[-1].year)


def _relative(words: list[str], lowered: str, published: dt.date, direction: Direction) -> str | None:
    wordset = set(words)
    if "today" in wordset or "tonight" in wordset or lowered.strip() in {"this morning", "this afternoon",
                                                                        "this evening", "earlier today"}:
        return _day(published)
    if "yesterday" in wordset:
        return _day(published - dt.timedelta(days=1))
    if "tomorrow" in wordset:
        return _day(published + dt.timedelta(days=1))
    ago = _AGO.search(lowered)
    if ago:
        count = int(ago[1]) if ago[1].isdigit() else _NUMBERS[ago[1]]
        unit = ago[2]
        if unit == "hour":  # "48 hours ago"
            return _day(published - dt.timedelta(days=count // 24))
        if unit == "day":
            return _day(published - dt.timedelta(days=count))
        if unit == "week":
            return _month(published - dt.timedelta(weeks=count))
        if unit == "month":
            return _month(_shift_month(published, -count))
        return f"{published.year - count:04d}"
    if "weekend" in wordset:
        return _month(_weekend(published, direction, wordset))
    for unit in ("week", "month", "year"):
        if unit not in wordset:
            continue
        if "last" in wordset or "past" in wordset or "previous" in wordset:
            offset = -1
        elif "next" in wordset or "coming" in wordset or "following" in wordset:
            offset = 1
        elif "this" in wordset or "earlier" in wordset or "later" in wordset or f"the {unit}" in lowered:
            offset = 0  # "at the end of the month": the month the story is told in
        else:
            continue
        if unit == "week":
            return _month(published + dt.timedelta(weeks=offset))
        if unit == "month":
            return _month(_shift_month(published, offset))
        return f"{published.year + offset:04d}"
    return None


def _weekend(published: dt.date, direction: Direction, words: set[str]) -> dt.date:
    """The Saturday of the weekend meant: "over the weekend" told of the past is the one just gone (or this one,
    when the story runs on it), "at the weekend" of a plan the coming one."""
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)  # the last Saturday, on or before
    ahead = words & {"next", "coming", "following"} or (direction == "future" and not words & {"last", "past"})
    if ahead and saturday < published - dt.timedelta(days=1):
        return saturday + dt.timedelta(weeks=1)
    return saturday


def _day_of_month(published: dt.date, day: int, direction: Direction) -> str | None:
    """ "on the 14th": in this month or the one before (past), this month or the next (future)."""
    months = {"past": (0, -1, -2), "future": (0, 1, 2), "nearest": (0, -1, 1)}[direction]  # a month may lack it
    options = []
    for shift in months:
        first = _shift_month(published, shift)
        if day <= calendar.monthrange(first.year, first.month)[1]:
            options.append(first.replace(day=day))
    if direction == "past":
        options = [d for d in options if d <= published]
    elif direction == "future":
        options = [d for d in options if d >= published]
    if not options:
        return None
    return _day(min(options, key=lambda d: abs((d - published).days)))


def _safe_day(year: int, month: int, day: int) -> str | None:
    try:
        return _day(dt.date(year, month, day))
    except ValueError:
        return None


def _month_day(published: dt.date, month: int, day: int, direction: Direction, words: list[str]) -> str | None:
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return None
    if direction == "nearest":
        options = [candidate.replace(year=y) for y in (year - 1, year, year + 1)]
        return _day(min(options, key=lambda d: abs((d - published).days)))
    if (direction == "past" or "last" in words) and candidate > published:
        candidate = candidate.replace(year=year - 1)
    elif direction == "future" and candidate < published:
        candidate = candidate.replace(year=year + 1)
    return _day(candidate)


def _month_only(published: dt.date, month: int, direction: Direction, words: list[str]) -> str:
    year = published.year
    if direction == "nearest":
        distance = (month - published.month) % 12
        ahead = distance if distance <= 6 else distance - 12  # months from publication, -5 … +6
        index = published.year * 12 + published.month - 1 + ahead
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if (direction == "past" or "last" in words) and month > published.month:
        year -= 1
    elif direction == "future" and month < published.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _weekday(published: dt.date, weekday: int, direction: Direction, words: list[str]) -> dt.date:
    if direction == "nearest" and "next" not in words and "last" not in words:
        back = (published.weekday() - weekday) % 7
        ahead = (weekday - published.weekday()) % 7
        return published - dt.timedelta(days=back) if back <= ahead else published + dt.timedelta(days=ahead)
    if "next" in words or (direction == "future" and "last" not in words):
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if "last" in words and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a ``YYYY[-MM[-DD]]`` value covers.

    >>> date_bounds("2021-09")
    (datetime.date(2021, 9, 1), datetime.date(2021, 9, 30))
    """
    if not value:
        return None, None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


# ---- which date phrase of a sentence is a trigger's own ---------------------------------------------------
#
# A sentence may hold several dates; only some speak of the event a trigger states. A bound ("the first talks
# since 2022", "until March") limits a span of time and is not the event's day; a date inside a relative clause
# about someone else ("a former judge who took over the ministry in January, had spoken on Monday") belongs to
# that clause. Of the rest, the phrase nearest to the trigger in the dependency tree is its own.

BOUND_WORDS = {"since", "until", "till"}  # bound whatever lies under them: "since the invasion in 2022"
EDGE_WORDS = {"before", "after", "by"}  # bound a bare date ("before March") but not an event ("before the dinner")
CLAUSE_DEPS = {"relcl", "acl"}


@dataclass(frozen=True)
class DatePhrase:
    """A date entity that may speak of a trigger's event, and the ancestor it hangs from when it is the date of
    a clause the trigger sits in ("agreed on Tuesday … after talks") rather than the trigger's own."""

    span: Span
    distance: int
    governor: Token | None = None


def _path_up(token: Token, top: Token) -> list[Token] | None:
    """The tokens from ``token`` up to ``top`` (excluded), or None when ``top`` does not govern ``token``."""
    path: list[Token] = []
    while token.i != top.i:
        path.append(token)
        if token.head.i == token.i:
            return None
        token = token.head
    return path


def _speaks_of_something_else(path: list[Token], trigger: Token, phrase: Span, schedule_words: frozenset[str]) -> bool:
    """A bound ("since March", "until the talks in May", "before June") or a clause about another noun ("the
    judge who took over in January") on the way from a date ``phrase`` up to the trigger: that date is not the
    trigger's event's. A clause that schedules ("a visit to Mexico City, which had been planned for last week")
    still dates the event, wherever the parser hung it."""
    scheduling = False  # "which diplomats said had been pencilled in for August": the plan is told under "said"
    for token in path:
        scheduling = scheduling or token.lemma_.lower() in schedule_words or token.lower_ in schedule_words
        if token.dep_ == "prep" and token.lower_ in BOUND_WORDS:
            return True
        if token.dep_ == "prep" and token.lower_ in EDGE_WORDS and token.i == phrase.start - 1:
            return True  # "before March" (but "before a dinner on Wednesday" dates the dinner's day)
        if any(child.dep_ == "mark" and child.lower_ in BOUND_WORDS | EDGE_WORDS for child in token.children):
            return True  # "since the two sides fell out in November", "after they met on Monday"
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
            return True  # "spoke on Friday, and will host them at the end of the month": the other clause's date
        if token.dep_ in CLAUSE_DEPS and token.head.i != trigger.i and not scheduling:
            return True
    return False


_ANY_DAY = dt.date(2001, 1, 1)  # a publication date to test whether a phrase could name a date at all


def names_a_date(text: str) -> bool:
    """Whether a date or time entity names a day, month or year, itself or from the date told before: not a
    time of day ("by lunchtime", "at 6 p.m.", "10:42 GMT") or a length of time ("for four days").

    >>> names_a_date("on Wednesday morning"), names_a_date("in the afternoon"), names_a_date("that evening")
    (True, False, True)
    """
    return resolve_date(text, _ANY_DAY) is not None or anaphoric_unit(text) is not None


def entities_in(span: Span) -> list[Span]:
    """The named entities inside ``span``. ``Span.ents`` rebuilds every entity of the whole document on each
    call; the document's are built once and kept in its ``user_data``."""
    doc = span.doc
    ents: list[Span] = doc.user_data.get("diplograph_ents") or list(doc.ents)
    doc.user_data["diplograph_ents"] = ents
    first = bisect_left([e.start for e in ents], span.start)
    return [e for e in ents[first:] if e.end <= span.end] if ents else []


def date_entities(span: Span) -> list[Span]:
    """The date phrases of ``span`` that may name a date: its date and time entities, adjacent ones joined
    ("[Monday] [morning]"), each with the words that make it count from another date, which the model leaves
    outside it ("[the day] before", "[48 hours] later", "the eve of [Tuesday]'s summit"), but not an ordinal that
    numbers a thing ("the 23rd summit"); and the phrases that count from the date told before which the model
    does not tag at all ("that evening", "the following day")."""
    doc = span.doc
    found: list[Span] = []
    for ent in entities_in(span):
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        if _ORDINAL_DAY.search(ent.text.lower()) and ent[-1].head.i >= ent.end:
            continue  # "the 23rd ASEAN summit", "the 70th anniversary": an ordinal numbering a thing
        start, end = ent.start, ent.end
        if found and found[-1].end == start and found[-1][-1].ent_type_ in {"DATE", "TIME"}:
            start = found.pop().start  # "Sunday" + "evening"
        found.append(doc[start:end])
    tagged = {t.i for phrase in found for t in phrase}
    for token in span:
        if token.lower_ in _WEEKDAYS and token.i not in tagged and token.text[:1].isupper() and \
                token.ent_type_ not in {"DATE", "TIME"}:
            found.append(doc[token.i:token.i + 1])  # "On Saturday Sall flew": the model made it part of a name
            continue
        if token.lower_ in _UNIT_WORDS and token.i not in tagged:
            untagged = doc[token.left_edge.i:token.i + 1]
            if anaphoric_unit(untagged.text):
                found.append(untagged)  # "That evening she had dinner with …"
    return sorted((_with_context(phrase) for phrase in found), key=lambda p: p.start)


def _with_context(phrase: Span) -> Span:
    doc = phrase.doc
    start, end = phrase.start, phrase.end
    if end < len(doc) and _counts_from_before(doc[end]) and _shift(doc[start:end + 1].text) is not None:
        end += 1
    for back in (2, 3):  # "the eve of Tuesday's summit", "on the eve of the Tuesday summit"
        if start - back >= 0 and doc[start - back].lower_ == "eve" and doc[start - back + 1].lower_ == "of":
            start -= back
            break
    return doc[start:end]


def _counts_from_before(tail: Token) -> bool:
    """ "later", or a "before"/"after" that stands alone ("the day before, …"), not one that opens a clause or takes
    an object ("two days after Kim met Trump": counted from that meeting, not from the date told before)."""
    if tail.lower_ not in SHIFT_TAILS:
        return False
    return tail.dep_ != "mark" and not any(c.dep_ in {"pobj", "pcomp"} for c in tail.children)


def date_phrases(trigger: Token, sent: Span, schedule_words: frozenset[str] = frozenset()) -> list[DatePhrase]:
    """The date entities of ``sent`` that may be the date of ``trigger``'s event, best first: its own phrases
    (under it in the tree) nearest first, then those of the clauses that govern it, innermost first; between
    phrases as near in the tree, the one nearer in the text.
    ``schedule_words`` are the verbs and adjectives of a plan ("scheduled", "due"), from the lexicon."""
    own: list[DatePhrase] = []
    governing: list[DatePhrase] = []
    depth = {a.i: d for d, a in enumerate(trigger.ancestors, start=1)}
    when = _when_clause_date(trigger)
    if when is not None:  # "Older residents remember 1998, when Senegal sent troops": the clause's date is 1998
        own.append(DatePhrase(when, 0))
    for ent in date_entities(sent):
        if when is not None and ent.start <= when.start < ent.end:
            continue
        if not names_a_date(ent.text):
            continue  # "by lunchtime", "at 6 p.m.", "for two hours": no day of their own
        before = sent.doc[ent.start - 1] if ent.start > sent.start else None
        if ent.root.dep_ == "compound" and before is not None and before.dep_ == "prep" and not any(
                c.dep_ == "pobj" for c in before.children) and before.head.i in {trigger.i, *depth}:
            # "On Saturday Sall flew …": the parser hung the day on the name after it; it is the verb's
            own.append(DatePhrase(ent, 1 + depth.get(before.head.i, 0)))
            continue
        path = _path_up(ent.root, trigger)
        if path is not None:
            if not _speaks_of_something_else(path, trigger, ent, schedule_words):
                # a preposition is no step away: "on Wednesday" is as near as "last week"
                own.append(DatePhrase(ent, sum(1 for t in path if t.pos_ != "ADP")))
            continue
        attached = ent.root.head
        via = [ent.root]
        if attached.i not in depth and attached.dep_ == "prep":
            via.append(attached)
            attached = attached.head  # "was received on Tuesday … and sat down"
        if attached.i in depth and not _speaks_of_something_else(via, trigger, ent, schedule_words):
            governing.append(DatePhrase(ent, depth[attached.i], attached))
    def nearness(phrase: DatePhrase) -> tuple[int, int]:  # in the tree, then in the text ("…, and in July he visited")
        return phrase.distance, min(abs(phrase.span.start - trigger.i), abs(phrase.span.end - 1 - trigger.i))

    return sorted(own, key=nearness) + sorted(governing, key=nearness)


def _when_clause_date(trigger: Token) -> Span | None:
    """The date a "when" clause hangs from: "in 1998, when Senegal sent troops", "in March, when they met"."""
    for clause in [trigger, *trigger.ancestors]:
        if clause.dep_ != "relcl" or not any(c.lower_ == "when" for c in clause.children if c.dep_ == "advmod"):
            continue
        head = clause.head
        if head.ent_type_ == "DATE":
            ent = next((e for e in entities_in(head.doc[head.i:head.i + 1].sent) if e.start <= head.i < e.end), None)
            return ent
        return None
    return None


def through_conjunction(trigger: Token, governor: Token) -> bool:
    """Whether ``trigger`` reaches ``governor`` through a conjoined clause ("last met in November, and Fujimura
    is expected to make a return trip in the spring"): when the trigger's clause has a date phrase of its own,
    even one that names no day, the governor's date belongs to the other clause."""
    token = trigger
    while token.i != governor.i and token.head.i != token.i:
        if token.dep_ == "conj":
            return True
        token = token.head
    return False


# ---- anaphoric dates: "that day", "the same day", "November of that year" ------------------------------------

_ANAPHORA = re.compile(r"\b(?:that|the same|same)\s+(day|week|month|year|morning|afternoon|evening|night)\b")
_PRECISION = {"day": 10, "week": 7, "month": 7, "year": 4}
_PART_OF_DAY = {"morning", "afternoon", "evening", "night"}
_UNIT_WORDS = _PART_OF_DAY | {"day", "week", "month", "year"}
# A day, week, month or year counted from the date told before: "two days later", "48 hours later", "a week
# earlier", "the following day", "the previous evening", "the day before".
_COUNTED_SHIFT = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|ten|\d+)\s+(hour|day|week|month|year)s?\s+(later|earlier|after|before)\b"
)
_NEXT_SHIFT = re.compile(
    r"\bthe\s+(following|next|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)\b"
)
_DAY_SHIFT = re.compile(r"\bthe\s+(day|night|evening|morning)\s+(before|after)\b")
SHIFT_TAILS = {"later", "earlier", "before", "after"}  # the word that makes "two days" or "the day" count from a date
ANTECEDENT_SENTENCES = 2  # how far back "that day" looks for the day it names before other clues are tried


def _shift(text: str) -> tuple[int, str] | None:
    """How far, and in what unit, a phrase counts from the date told before it: "two days later" → (2, "day"),
    "the previous week" → (-1, "week"), "48 hours later" → (2, "day"); None when it does not."""
    lowered = text.lower()
    counted = _COUNTED_SHIFT.search(lowered)
    if counted:
        count = int(counted[1]) if counted[1].isdigit() else _NUMBERS[counted[1]]
        unit = counted[2]
        if unit == "hour":
            count, unit = count // 24, "day"
        return (count if counted[3] in {"later", "after"} else -count), unit
    following = _NEXT_SHIFT.search(lowered)
    if following:
        unit = "day" if following[2] in _PART_OF_DAY else following[2]
        return (1 if following[1] in {"following", "next"} else -1), unit
    around = _DAY_SHIFT.search(lowered)
    if around:
        return (1 if around[2] == "after" else -1), "day"
    return None


def anaphoric_unit(text: str) -> str | None:
    """The precision of the date told before that a phrase needs: "day" for "earlier that day", "the same day",
    "that evening", "the following day" or "a week later" (a week is counted from a day), "year" for "in November
    of that year"; None for a phrase that names its date itself."""
    shift = _shift(text)
    if shift is not None:
        return "day" if shift[1] in {"day", "week"} else shift[1]
    match = _ANAPHORA.search(text.lower())
    if match is None:
        return None
    return "day" if match[1] in _PART_OF_DAY else match[1]


def antecedent_date(
    anchor: Token, unit: str, published: dt.date | None, direction: Direction, nearby: bool = True
) -> str | None:
    """The date an anaphoric "that ``unit``" at ``anchor`` names: the nearest date phrase stated before it, in
    its own or the previous ``ANTECEDENT_SENTENCES`` sentences (anywhere before it unless ``nearby``), precise
    enough for the unit."""
    doc = anchor.doc
    first = 0
    if nearby:
        sent = anchor.sent
        for _ in range(ANTECEDENT_SENTENCES):  # walk back sentence by sentence, not over the whole document
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
        first = sent.start
    precision = _PRECISION[unit]
    for ent in reversed(date_entities(doc[first:anchor.i])):
        if all(t.ent_type_ != "DATE" for t in ent) or anaphoric_unit(ent.text):
            continue
        resolved = resolve_date(ent.text, published, direction)
        if resolved and len(resolved) >= precision:
            return resolved[:precision]
    return None


def resolve_anaphoric(text: str, antecedent: str, published: dt.date | None, direction: Direction) -> str | None:
    """ "November of that year" with the antecedent 2019 → 2019-11; "the same day" → the antecedent's day;
    "the day before" → the day before it, "a week later" → the month a week after it."""
    unit = anaphoric_unit(text)
    if unit is None:
        return None
    shift = _shift(text)
    if shift is not None:
        return _shifted(antecedent, *shift)
    if unit == "year":
        replaced = _ANAPHORA.sub(antecedent[:4], text.lower())
        return resolve_date(replaced, published, direction) or antecedent[:4]
    return antecedent[:_PRECISION[unit]] if len(antecedent) >= _PRECISION[unit] else None


def _shifted(antecedent: str, count: int, unit: str) -> str | None:
    """``antecedent`` moved by ``count`` units, at the precision such a count can keep."""
    parts = [int(p) for p in antecedent.split("-")]
    if unit in {"day", "week"}:
        if len(parts) < 3:
            return None
        moved = dt.date(*parts) + dt.timedelta(days=count * (7 if unit == "week" else 1))
        return _day(moved) if unit == "day" else _month(moved)
    if unit == "month":
        return _month(_shift_month(dt.date(parts[0], parts[1], 1), count)) if len(parts) >= 2 else None
    return f"{parts[0] + count:04d}"


def unnamed_contact_day(sent: Span, is_contact: Callable[[Token], bool], published: dt.date | None) -> str | None:
    """The day of a contact the sentence before ``sent`` told with a date of its own but without naming its
    sides ("the ministers said after meeting in Bamako on Wednesday"), found by ``is_contact``. Called for an
    undated contact when that sentence stated none with its sides: the undated one is that contact, now told
    with its sides ("Coulibaly hosted Moussa and Sawadogo"), and takes its day."""
    before = sent
    while before.start > 0 and (before is sent or not before.text.strip()):  # past blank lines
        before = sent.doc[before.start - 1].sent
    if before is sent or not before.text.strip():
        return None
    for token in before:
        if not is_contact(token):
            continue
        for phrase in date_phrases(token, before):
            if phrase.governor is None and (day := resolve_date(phrase.span.text, published)):
                return day
    return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, or one is the other at a coarser precision ("2021-09" and "2021-09-14")."""
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


def dates_near(a: str | None, b: str | None, days: int) -> bool:
    """Compatible, or no more than ``days`` apart: the days of one trip ("arrived on Sunday", "talks on Monday")."""
    if dates_compatible(a, b):
        return True
    start_a, end_a = date_bounds(a)
    start_b, end_b = date_bounds(b)
    assert start_a is not None and end_a is not None and start_b is not None and end_b is not None
    gap = dt.timedelta(days=days)
    return start_a - gap <= end_b and start_b - gap <= end_a


# ---- the day a passage is about: the lead's, or a dated heading's ------------------------------------------
#
# A contact told with no date anywhere happened on the day of the story it is part of. That day is the one the
# lead tells ("The tally was read out on Saturday. … Within an hour, Powell was on the phone to him"), which a
# wire story may publish the day after; under a heading of its own, the heading's ("Catch up: what happened on
# Friday"), and under a live blog's time stamp ("16:05 - …"), the day the blog is written.

_CLOCK = re.compile(r"(?:^|\s)\d{1,2}[:.]\d{2}\b")
LEAD_DAYS = 7  # how long before publication the lead's day may lie
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "to"}


def _told_as_past(phrase: Span, tenses: set[str]) -> bool:
    """Whether the verb a date phrase hangs from tells what has happened (not "will meet on Friday")."""
    verb = next((t for t in [phrase.root, *phrase.root.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ not in tenses:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _FUTURE_AUX for c in verb.children)


def _day_told(sent: Span, published: dt.date, tenses: set[str]) -> str | None:
    """The first day a sentence tells of something that has happened, within ``LEAD_DAYS`` of publication."""
    for phrase in date_entities(sent):
        head = phrase.root.head
        if anaphoric_unit(phrase.text) or (head.dep_ == "prep" and head.lower_ in BOUND_WORDS | EDGE_WORDS):
            continue
        day = resolve_date(phrase.text, published)
        if day and len(day) == 10 and 0 <= (published - dt.date.fromisoformat(day)).days <= LEAD_DAYS and (
            _told_as_past(phrase, tenses)
        ):
            return day
    return None


def passage_days(sents: list[Span], published: dt.date | None) -> list[str | None]:
    """For each sentence, the day of the passage it is part of: that of the lead (its first paragraph), until a
    heading names a day or a time of its own. None where no such day is told.

    ``sents`` are the article's sentences in order, headings included."""
    days: list[str | None] = []
    if published is None:
        return [None] * len(sents)
    current: str | None = None
    lead: bool | None = None  # None before the lead, True while in it, False after it
    for sent in sents:
        starts_paragraph = sent.start == 0 or "\n" in sent.doc[sent.start - 1].text_with_ws
        if is_heading(sent):
            stamped = _CLOCK.search(sent.text) or any(e.label_ == "TIME" for e in entities_in(sent))
            current = _day_told(sent, published, {"VBD", "VBN", "VBZ", "VBP"}) or (
                published.isoformat() if stamped else current
            )
        elif lead is None or (lead and not starts_paragraph):
            lead = True
            current = current or _day_told(sent, published, {"VBD", "VBN"})
        else:
            lead = False
        days.append(current)
    return days
