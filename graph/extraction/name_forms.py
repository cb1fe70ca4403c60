"""How names and titles are written around a person: forms of address and the words a title is made of.

A form of address is no word of a name ("Alhaji Musa Bello", "Tan Sri Rahim Osman", "Dato' Seri X", "Don Martín
Echeverría Ruiz"), though some such words are given names or surnames too ("Don Farrell", "Tan See Leng"). A title
read backwards from a name ("South Korean unification minister X", "president-elect X", "Minister for Foreign
Affairs X") takes in the words of the office. These are word-level rules over the lexicon, shared by the finders
of names (entity_names.py, missed_names.py, persons.py) and the reading of titles (titles.py).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from spacy.tokens import Token

from graph.extraction.lexicon import Lexicon

__all__ = ["CALENDAR_WORDS", "PORTFOLIO_OFFICES", "POST_LINKS", "acronym", "after_hyphen", "better_role",
           "given_name_tail", "headline_verb", "name_shaped", "no_name_word", "opens_with_address", "posted_to",
           "suffixed_title", "title_step", "verb_forms"]

_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’\-.]*$")

# Prepositions before the place an office is held in or for ("Ambassador to Ecuador", "Special Envoy for Yemen"),
# which is part of the role and not the holder's country.
POST_LINKS = frozenset({"in", "to", "for", "at"})
# Offices named with their portfolio after "for": "Minister for Foreign Affairs", "Secretary for Defence".
PORTFOLIO_OFFICES = {"minister", "ministers", "secretary", "commissioner"}
# The month and weekday names ("On Friday", "Late on 12 March"): date words, never a name's.
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)
# Words before a title that say nothing of the office ("the new emir", "the current prime minister").
_NO_OFFICE_WORDS = frozenset({"new", "current", "sitting", "incumbent", "visiting"})


def opens_with_address(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a run's first token is a form of address, not a word of the name: an honorific ("Alhaji", "Hon."),
    a stray apostrophe left by one ("Dato' | Seri"), one that is also a given name before two or more words of a
    name ("Don Martín Echeverría Ruiz", "U Than Swe"; not "Don Farrell"), or "Tan" of "Tan Sri"."""
    if len(tokens) < 2:
        return False
    lower = tokens[0].lower_
    if lower in lex.honorifics or tokens[0].text in {"'", "’"}:
        return True
    if lower in lex.honorific_openers:
        return tokens[1].lower_ in lex.honorifics
    return lower in lex.given_name_honorifics and tokens[0].text[:1].isupper() \
        and sum(1 for t in tokens[1:] if t.text[:1].isupper()) >= 2


def suffixed_title(token: Token, lex: Lexicon) -> bool:
    """ "elect" of "president-elect", "designate" of "Prime Minister-designate": the end of a title, joined to it
    by a hyphen the tokenizer set apart."""
    i = token.i
    doc = token.doc
    return token.lower_ in lex.title_suffixes and i >= 2 and doc[i - 1].text == "-" \
        and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in lex.title_words


def title_step(token: Token, words: list[Token], lex: Lexicon) -> tuple[list[Token], int] | None:
    """What a word adds to a title read backwards from a name (``words`` holds what follows it): the tokens it
    adds and how many it takes; None when it is no word of a title. Forms of address are added too ("Prime
    Minister Shri X"), for the role to drop."""
    lower = token.lower_
    doc = token.doc
    if _portfolio_for(token, words, lex):
        return [token], 1  # "Minister for Foreign Affairs of Ukraine X", not "a spokesman for President X"
    if lower in lex.counterpart_words or lower == "top":
        return [], 1  # "his Russian counterpart General X": look past it for the demonym
    if token.text == "-" and not token.whitespace_ and words and token.i > 0 \
            and not doc[token.i - 1].whitespace_ and doc[token.i - 1].lower_ in lex.title_words:
        return [token], 1  # "Secretary-General X", cut by the tokenizer into three
    if suffixed_title(token, lex):
        return [token, doc[token.i - 1]], 2  # "Indonesia's president-elect X"
    before = doc[token.i - 1] if token.i > 0 else token
    if lower in lex.royal_styles and not words and before.lower_ in lex.title_words and before.lower_ != "crown":
        return [], 1  # "Foreign Minister Prince X": the office is the title, the style none
    if lower in lex.honorific_openers and words and words[-1].lower_ in lex.courtesy:
        return [], 1  # "Tan Sri X": the whole form of address, no title
    if lower in lex.title_words or lower in lex.courtesy:
        return [token], 1  # "Prime Minister Shri X", "Senator the Hon. X"
    if words and token.is_lower and token.pos_ in {"NOUN", "ADJ"} and token.tag_ not in {"VBG", "VBN"} \
            and token.dep_ in {"compound", "amod"} and token.head.i in {w.i for w in words}:
        # "South Korean unification minister X": the office's words in lower case
        return ([] if lower in _NO_OFFICE_WORDS else [token]), 1
    return None


def _portfolio_for(token: Token, words: list[Token], lex: Lexicon) -> bool:
    """ "for" between an office and its portfolio ("Minister for Foreign Affairs"): part of the title. Read
    backwards, ``words`` holds what follows it, which must be the portfolio's title words; the word before it the
    office. "a spokesman for President X" serves someone: not one title."""
    return token.lower_ == "for" and bool(words) and words[-1].lower_ in lex.title_words | lex.portfolios \
        and token.i > 0 and token.doc[token.i - 1].lower_ in PORTFOLIO_OFFICES


def better_role(role: str, known: str, lex: Lexicon) -> bool:
    """Whether ``role`` says more of what a person is now than ``known``: the longer one, but an office held now
    before one held once ("Argentina's new president, X … X, a former governor of Santa Cruz province" is the
    president)."""
    past, known_past = _past_role(role, lex), _past_role(known, lex)
    if past != known_past:
        return known_past
    return len(role) > len(known)


def _past_role(role: str, lex: Lexicon) -> bool:
    """A role told as once held ("Former governor", "ex-minister")."""
    return role.lower().replace("-", " ").split()[0] in lex.past_office_words


def posted_to(token: Token, lex: Lexicon, state_at: dict[int, str]) -> bool:
    """A country named as where an office is held ("ambassador to Chile", "envoy for Yemen", "Ambassador in
    Quito"): the holder is sent there, not its own. Only a country that is itself the link's object, not one
    describing someone after it ("put the plan to Georgian President X", "a spokesman for Chilean President Y",
    "adviser to Brazil's President Z")."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.i in state_at:
        head = head.head  # "South" of "to South Korea"
    link = head.head
    return head.dep_ == "pobj" and link.lower_ in POST_LINKS and link.head.lower_ in lex.title_words


def name_shaped(text: str) -> bool:
    """A capitalized word, in any alphabet's capitals ("Özkök", "Šefčovič", "Ángel" as well as "Blinken")."""
    return text[:1].isupper() and _NAME_TOKEN.match(text) is not None


def acronym(text: str) -> bool:
    """A word in capitals that is an abbreviation ("JMSDF", "NATO", "U.N."), not a name."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def after_hyphen(token: Token) -> bool:
    """The part of a name after an inner hyphen ("Jae-in"); not a word after a dash ("Petraitis - in Riga")."""
    return token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_


def given_name_tail(token: Token) -> bool:
    """The lower-case syllable after a hyphen that ends a given name ("Jae-in", "Jong-un", "Suk-yeol")."""
    return token.is_alpha and token.is_lower and token.i > 1 and token.nbor(-1).text == "-" \
        and not token.nbor(-1).whitespace_ and not token.nbor(-2).whitespace_ and token.nbor(-2).text[:1].isupper()


def verb_forms(token: Token) -> set[str]:
    """The base forms a capitalized word of a title-case headline may stand for ("Meets" → meet, "Goes" → go),
    which the model tags as a proper noun and does not lemmatize."""
    lower = token.lower_
    return {lower, lower.removesuffix("s"), lower.removesuffix("es")}


def headline_verb(token: Token, lex: Lexicon) -> bool:
    """ "Ambassador Meets Kwame Asante", "Minister Visits Lima": a contact or travel verb capitalized in a title-case
    headline, which the model takes into the name after it."""
    lower = token.lower_
    return token.text[:1].isupper() and lower.endswith("s") and any(
        form in lex.contact_verbs or form in lex.travel_verbs for form in verb_forms(token) - {lower})


def no_name_word(token: Token, lex: Lexicon, demonym_country: Callable[[Token], str | None]) -> bool:
    """A word the lexicon knows as something else than a name: a title, an organization's word or name, a form of
    address, a month or weekday, a people. The one test of the finders of bare surnames (bare_names.py) and of
    names in a title-case headline (headline_names.py)."""
    lower = token.lower_
    return lower in lex.title_words or lower in lex.organization_words or lower in lex.honorifics \
        or lower in lex.non_actors or lower in lex.official_nouns or lower in CALENDAR_WORDS \
        or token.text in lex.organization_names or bool(demonym_country(token))
