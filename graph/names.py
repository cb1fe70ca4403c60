"""Normalized keys for person names: what the resolver, the queries and curation compare.

News spells one person many ways: with a title ("General Mark Milley"), with or without accents
("Sánchez"), and in competing transliterations ("Zelensky", "Zelenskyy", "Zelenskiy"; "Kiev", "Kyiv").
A key folds all of these to one string, so equality of keys is the only test the store needs. The keys
are deliberately lossy and are never shown to users.

Examples
--------
>>> name_key("Secretary of State Antony Blinken")
'antony blinken'
>>> name_key("Volodymyr Zelenskyy") == name_key("Volodymyr Zelensky") == name_key("Volodymyr Zelenskiy")
True
>>> surname_key("Top US General Mark Milley")
'milley'
>>> first_name_key("Milley") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["NAME_PARTICLES", "name_key", "surname_key", "same_surname", "first_name_key", "first_names_compatible"]

# Leading words that are titles, ranks or descriptors, never part of a name. Only a *prefix* of such
# words is dropped ("John Major" keeps "major"), and connectors are dropped only inside that prefix
# ("Secretary of State Antony Blinken").
_TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady madame monsieur herr frau comrade his her excellency majesty
    highness gen general adm admiral col colonel lt lieutenant maj major capt captain cmdr commander sgt
    sergeant brig brigadier marshal field sen senator rep representative gov governor president
    vice prime minister ministers secretary undersecretary under assistant chancellor premier ambassador
    envoy special king queen prince princess crown emir sheikh sultan pope ayatollah supreme leader
    chief chiefs chairman chairwoman chair joint staff deputy acting former top first foreign defense
    defence interior finance state national security advisor adviser spokesman spokeswoman spokesperson
    mayor director head foreign affairs army navy air force military intelligence counterpart official
    us usa uk eu un nato american russian ukrainian british french german chinese israeli iranian
    turkish polish indian japanese
    """.split()
)
_CONNECTORS = frozenset({"of", "the", "for", "and", "to", "on"})
# Generational suffixes: not what distinguishes people in news about diplomacy.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lower-case words inside a name ("Ursula von der Leyen", "Mohammed bin Salman", "Lula da Silva", the Spanish
# "Ortega y Gasset"): the one list the extractor (which joins them into a name) and the keys (a name that starts
# with one has no first name) share.
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das",
                            "le", "la", "al", "el", "bin", "ibn", "ben", "ter", "ten", "y"})

# Transliteration variants, applied to each word in order. The end-of-word rules come first so that
# "zelenskyi" becomes "zelensky" before the inner "yi" → "i" rule could turn it into "zelenski".
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?:yy|iy|ii|yi|yj|ij)$", "y"),  # Zelenskyy/Zelenskiy/Zelenskii/Selenskyj → zelensky
        (r"(?:ei|ej)$", "ey"),  # Sergei/Sergej → sergey, Alexei → alexey
        (r"ai$", "ay"),  # Nikolai → nikolay
        (r"i$", "y"),  # Dmitri/Yuri → dmitry/yury
        (r"iya$", "ia"),  # Mariya → maria
        (r"^ye", "e"),  # Yevgeny → evgeny
        (r"yi|ie", "i"),  # Kyiv/Kiev → kiv
        (r"x", "ks"),  # Alexey → aleksey
    )
)

_SEPARATORS = re.compile(r"[\s\-‐–—_/]+")
_DROP = re.compile(r"[^\w\s]")


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(name: str) -> list[str]:
    """Lower-case words of a name without accents and punctuation ("O'Brien" → "obrien")."""
    text = _ascii_fold(name).lower().replace("’", "'")
    words = []
    for raw in _SEPARATORS.split(text):
        word = _DROP.sub("", raw)
        if word:
            words.append(word)
    return words


def _strip_titles(words: list[str]) -> list[str]:
    start = 0
    while start < len(words) and (words[start] in _TITLES or words[start] in _CONNECTORS):
        start += 1
    end = len(words)
    while end > start + 1 and words[end - 1] in NAME_SUFFIXES:
        end -= 1
    stripped = words[start:end]
    # A bare title ("the President") is still something to key on; better than an empty key.
    return stripped or words


def _fold_word(word: str) -> str:
    if len(word) < 4:  # short words are whole names in other languages ("Yi", "Di"): leave them be
        return word
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word


def _name_words(name: str) -> list[str]:
    return [_fold_word(word) for word in _strip_titles(_words(name))]


def name_key(name: str) -> str:
    """The key two spellings of one person's name share ("Gen. Valeriy Gerasimov" → "valery gerasimov").

    >>> name_key("Dr. Tedros Adhanom Ghebreyesus")
    'tedros adhanom ghebreyesus'
    >>> name_key("Kiev") == name_key("Kyiv")
    True
    """
    return " ".join(_name_words(name))


@lru_cache(maxsize=8192)  # the extractor compares every capitalized token with every person's surname
def surname_key(name: str) -> str:
    """The key of the last name, which is how later sentences and articles refer to a person.

    >>> surname_key("President Emmanuel Macron")
    'macron'
    >>> surname_key("Ursula von der Leyen")
    'leyen'
    """
    words = _name_words(name)
    return words[-1] if words else ""


def same_surname(a: str, b: str) -> bool:
    """Whether two surnames as written are one surname in two spellings, which is how the extractor joins a
    bare surname to the person named in full.

    >>> same_surname("Zelensky", "Zelenskyy"), same_surname("Sanchez", "Sánchez"), same_surname("al-Sisi", "Sisi")
    (True, True, True)
    >>> same_surname("Putin-Xi", "Xi")
    False
    """
    a, b = _without_article(a), _without_article(b)
    if a == b:
        return True
    if "-" in a or "-" in b:
        return False  # "Putin-Xi" (a headline's two names) is nobody's surname in another spelling
    key = surname_key(a)
    return bool(key) and key == surname_key(b)


def _without_article(surname: str) -> str:
    """An Arabic surname without its article, as later mentions write it ("al-Sisi" → "Sisi", "el-Tayeb")."""
    article, hyphen, rest = surname.partition("-")
    return rest if hyphen and rest[:1].isupper() and article.lower() in NAME_PARTICLES else surname


def first_name_key(name: str) -> str | None:
    """The key of the first name, or None for a bare surname ("Blinken", "von der Leyen").

    The resolver never merges two people whose first names differ, so this is what it compares.

    >>> first_name_key("Antony Blinken")
    'antony'
    >>> first_name_key("Von der Leyen") is None
    True
    """
    words = _name_words(name)
    if len(words) < 2 or words[0] in NAME_PARTICLES:
        return None
    return words[0]


def first_names_compatible(a: str | None, b: str | None) -> bool:
    """Whether two first-name keys can be the same person: equal, unknown, or one is the other's initial.

    >>> first_names_compatible("j", "joe"), first_names_compatible("joe", "jill")
    (True, False)
    """
    if a is None or b is None or a == b:
        return True
    return (len(a) == 1 or len(b) == 1) and a[0] == b[0]
