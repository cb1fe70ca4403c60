"""The day a passage is about: the lead's, or a dated heading's, or a live blog's time stamp's.

A contact told with no date anywhere happened on the day of the story it is part of. That day is the one the
lead tells ("The tally was read out on Saturday. … Within an hour, Powell was on the phone to him"), which a
wire story may publish the day after; under a heading of its own, the heading's ("Catch up: what happened on
Friday"), and under a live blog's time stamp ("16:05 - …"), the day the blog is written. ``events`` gives that
day to an undated contact. The date a timeline's line opens with ("- March 3, 2019: Soto met Vega") dates that
line (``line_heading_date``), which ``contact_dates`` asks for a contact with no date phrase of its own.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from graph.extraction.date_anaphora import anaphoric_unit
from graph.extraction.date_mentions import date_entities, entities_in
from graph.extraction.date_phrases import is_a_bound
from graph.extraction.dates import Direction, resolve_date
from graph.extraction.lexicon import load_lexicon
from graph.extraction.pipeline import DATELINE_KEY, is_heading

__all__ = ["passage_days", "passage_day_of", "heading_day_of", "line_heading_date", "line_opening", "filed_day",
           "LEAD_DAYS"]

_CLOCK = re.compile(r"(?:^|\s)\d{1,2}[:.]\d{2}\b")
# A live blog's time stamp the parser made a sentence of its own ("10:32", "9.12am", "14:05 BST"): it stamps the
# line it opens.
_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?", re.IGNORECASE)
LEAD_DAYS = 7  # how long before publication the lead's day may lie
LINE_DATE_TOKENS = 12  # the longest date a timeline line opens with ("- Wednesday, 14 March 2023, 10:40 GMT:")


def _told_as_past(phrase: Span, tenses: set[str]) -> bool:
    """Whether the verb a date phrase hangs from tells what has happened (not "will meet on Friday")."""
    verb = next((t for t in [phrase.root, *phrase.root.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ not in tenses:
        return False
    future = load_lexicon().modality["planned"]["auxiliaries"] | {"to"}  # "will", "shall", "'ll", "is to"
    return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in future for c in verb.children)


def _day_told(sent: Span, published: dt.date, tenses: set[str]) -> str | None:
    """The first day a sentence tells of something that has happened, within ``LEAD_DAYS`` of publication."""
    for phrase in date_entities(sent):
        if anaphoric_unit(phrase.text) or is_a_bound(phrase):
            continue
        day = resolve_date(phrase.text, published)
        if day and len(day) == 10 and 0 <= (published - dt.date.fromisoformat(day)).days <= LEAD_DAYS and (
            _told_as_past(phrase, tenses)
        ):
            return day
    return None


def filed_day(dateline: str | None, published: dt.date) -> str | None:
    """The day of a wire dateline ("KYIV, March 3 (Reuters) -"), the day the story was filed, which may be the
    day before the one it was published on; within ``LEAD_DAYS`` of publication."""
    day = resolve_date(dateline, published) if dateline else None
    if day is None or len(day) != 10 or not 0 <= (published - dt.date.fromisoformat(day)).days <= LEAD_DAYS:
        return None
    return day


def passage_days(sents: list[Span], published: dt.date | None, dateline: str | None = None) -> list[str | None]:
    """For each sentence, the day of the passage it is part of: that of the lead (its first paragraph), until a
    heading names a day or a time of its own (a live blog's time stamp, the day of the date heading above it);
    where the lead tells none, the day of the story's ``dateline`` ("March 3" of "KYIV, March 3 (Reuters) -") or
    of the bulletin's opening line ("Nairobi, 12 March 2024."). None where no such day is told.

    ``sents`` are the article's sentences in order, headings included."""
    days: list[str | None] = []
    if published is None:
        return [None] * len(sents)
    filed = filed_day(dateline, published)
    current: str | None = None
    blog_day: str | None = None  # the day a live blog's date heading names ("Thursday, March 2"), for its stamps
    lead: bool | None = None  # None before the lead, True while in it, False after it
    for sent in sents:
        starts_paragraph = sent.start == 0 or "\n" in sent.doc[sent.start - 1].text_with_ws
        if _STAMP.fullmatch(sent.text.strip()):
            current = blog_day or published.isoformat()  # the entry it opens is the blog's day
            days.append(current)
            continue
        if is_heading(sent):
            stamped = _CLOCK.search(sent.text) or any(e.label_ == "TIME" for e in entities_in(sent))
            dated = _heading_day(sent, published)
            filed = (_bulletin_day(sent, published) if lead is None else None) or filed
            blog_day = dated or blog_day
            current = _day_told(sent, published, {"VBD", "VBN", "VBZ", "VBP"}) or dated or (
                (blog_day or published.isoformat()) if stamped else current
            )
        elif lead is None or (lead and not starts_paragraph):
            if lead is None:  # "Nairobi, 12 March 2024.": the day the story is filed, as a wire's dateline
                filed = _bulletin_day(sent, published) or filed
            lead = True
            current = current or _day_told(sent, published, {"VBD", "VBN"})
        else:
            lead = False
        days.append(current or (filed if lead is not None else None))
    return days


def _heading_day(sent: Span, published: dt.date) -> str | None:
    """The day a heading that is a date alone names ("Thursday, March 2", "2 March 2023"), in a live blog or a
    diary: the day of what is told under it, and of the time stamps that follow it."""
    if not len(sent) or not _only_a_date(sent):
        return None
    day = resolve_date(" ".join(t.text for t in _words(sent)), published)
    return day if day and len(day) == 10 else None


def _bulletin_day(sent: Span, published: dt.date) -> str | None:
    """The day a line of a place and a date names, as a bulletin opens ("Nairobi, 12 March 2024."): the day the
    story is filed, as a wire's dateline, for a lead that tells none of its own."""
    comma = next((t for t in sent[:_PLACE_TOKENS + 1] if t.text == ","), None)
    place = sent[:comma.i - sent.start] if comma is not None else sent[:0]
    if comma is None or not len(place) or not all(_names_a_place(t) for t in place):
        return None
    return _heading_day(sent.doc[comma.i + 1:sent.end], published)  # (the place itself is the dateline's)


def passage_day_of(sent: Span, published: dt.date | None) -> str | None:
    """The day of the passage ``sent`` is part of (``passage_days`` over its document's sentences, as the
    extractor splits them), worked out once per document and kept in its ``user_data``."""
    doc = sent.doc
    key = f"diplograph_passage_days:{published}"
    days = doc.user_data.get(key)
    if days is None:
        sents = [s for s in doc.sents if s.text.strip()]
        told = passage_days(sents, published, doc.user_data.get(DATELINE_KEY))
        days = doc.user_data[key] = dict(zip((s.start for s in sents), told, strict=True))
    return days.get(sent.start)


def heading_day_of(sent: Span, published: dt.date | None) -> dt.date | None:
    """The day a date heading above ``sent`` names ("Tuesday 15 October" over a live blog's entries), from which
    "tonight", "this morning" and "on Monday" in its entries count, as they count from publication elsewhere. None
    under no such heading."""
    if published is None:
        return None
    doc = sent.doc
    key = f"diplograph_heading_days:{published}"
    days = doc.user_data.get(key)
    if days is None:
        days = doc.user_data[key] = {}
        day: str | None = None
        for s in (s for s in doc.sents if s.text.strip()):
            if is_heading(s):
                day = _heading_day(s, published) or day
            days[s.start] = day
    told = days.get(sent.start)
    return dt.date.fromisoformat(told) if told else None


def line_heading_date(trigger: Token, sent: Span, published: dt.date | None, direction: Direction) -> str | None:
    """The date that opens the line of ``trigger`` and nothing else, as in a timeline or a digest ("- March 3,
    2019: Soto met Vega", "2022: Vega visited Prague", "- 1 March: …"): it dates the line."""
    opening = line_opening(trigger, sent)
    if opening is None:
        return None
    text = " ".join(t.text for t in _words(opening))
    year = None if _YEAR_ALONE.search(text) else _year_heading(trigger.doc, opening.start)
    return resolve_date(f"{text} {year}" if year else text, published, direction)


_YEAR_ALONE = re.compile(r"\b(?:19|20)\d{2}\b")
YEAR_HEADING_LINES = 30  # how far up a timeline's line looks for the year heading it is listed under


def _year_heading(doc: Doc, i: int) -> str | None:
    """The year a timeline lists its lines under ("2019" on a line of its own, then "- March: …", "- October: …"):
    the nearest line above that is a year alone, over lines that each open with a date."""
    _line_start(doc, i)  # (the line starts, worked out once per document)
    starts: list[int] = doc.user_data[_LINE_STARTS_KEY]
    line = bisect_right(starts, i) - 1
    for k in range(line - 1, max(line - YEAR_HEADING_LINES, -1), -1):
        words = _words(doc[starts[k]:starts[k + 1]])
        if not words:
            continue
        if len(words) == 1 and _YEAR_ALONE.fullmatch(words[0].text):
            return words[0].text
        if not any(t.text in _SEPARATORS for t in doc[starts[k]:min(starts[k + 1], starts[k] + LINE_DATE_TOKENS)]):
            return None  # prose, no timeline's line
    return None


def line_opening(trigger: Token, sent: Span) -> Span | None:
    """The date alone that opens the line of ``trigger``. The parser may make it a sentence of its own, or run
    the lines of a list into one sentence and tag no date in "1 March"; the line is then read in the text, up to
    the first colon or dash after the date."""
    doc = sent.doc
    start = _line_start(doc, sent.start)
    if sent.start - start > LINE_DATE_TOKENS:
        start = -1  # a long line before the sentence: prose, no timeline's date
    if start >= 0 and len(prefix := doc[start:sent.start]) and _only_a_date(prefix):
        return prefix
    start = _line_start(doc, trigger.i)
    words = 0
    for token in doc[start:trigger.i]:
        if token.text in _SEPARATORS and words:
            return doc[start:token.i] if _only_a_date(doc[start:token.i]) else None
        words += not (token.is_punct or token.is_space or token.pos_ == "SYM")
        if token.i - start > LINE_DATE_TOKENS:
            return None
    return None


def _line_start(doc: Doc, i: int) -> int:
    """Where the line of token ``i`` starts: the token after the last line break before it. The starts are found
    once per document (walking back from every trigger was quadratic on a text with no line breaks)."""
    starts = doc.user_data.get(_LINE_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_LINE_STARTS_KEY] = [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws]
    return starts[bisect_right(starts, i) - 1]


_LINE_STARTS_KEY = "diplograph_line_starts"


def _names_a_place(token: Token) -> bool:
    return token.ent_type_ in _PLACES or (token.pos_ == "PROPN" and token.ent_type_ != "DATE")


_PLACES = {"GPE", "LOC", "FAC"}
_PLACE_TOKENS = 4  # the longest place a bulletin's opening line names before its date ("Santo Domingo,")
_SEPARATORS = {":", "-", "–", "—"}  # what ends the date a line of a timeline opens with


def _words(prefix: Span) -> list[Token]:
    return [t for t in prefix if not (t.is_punct or t.is_space or t.pos_ == "SYM")]


def _only_a_date(prefix: Span) -> bool:
    """Whether the words of ``prefix`` are a date and nothing else ("March 3, 2019", "1 March", "Thursday, 2
    March"): date words, or figures, the model may not tag ("1 March" at a line's start)."""
    words = _words(prefix)
    dated = bool(words) and all(
        t.ent_type_ == "DATE" or (t.like_num and t.ent_type_ in {"", "DATE", "CARDINAL"}) or t.lower_ in _DATE_WORDS
        for t in words)
    return dated and not anaphoric_unit(prefix.text)


_DATE_WORDS = frozenset(w.lower() for w in [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name])
