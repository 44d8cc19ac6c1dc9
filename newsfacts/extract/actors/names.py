"""Pure helpers over names: keys for comparing surface forms, acronyms, name parts.

Nothing here knows about spaCy, so each rule can be tested on plain strings. The helpers
asked of every token or every pair of names are pure functions of strings that repeat
(an article says "ICE" forty times), so their answers are kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
CACHED_NAMES = 1 << 16


@lru_cache(maxsize=CACHED_NAMES)
def clean_surface(text: str) -> str:
    """The name as written, without a leading "the", a possessive or outer punctuation."""
    text = unicodedata.normalize("NFKC", text).strip(" \t\n\"“”‘’'()[],;:—–-")
    text = LEADING_ARTICLE.sub("", text)
    return POSSESSIVE.sub("", text).strip(" \t\n\"“”‘’'()[],;:—–-")


@lru_cache(maxsize=CACHED_NAMES)
def name_key(text: str) -> str:
    """A comparison key: case, dots, quotes and extra spaces ignored ("U.S." == "US")."""
    text = clean_surface(text).casefold().replace("’", "'").replace(".", "")
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=CACHED_NAMES)
def is_acronym(text: str) -> bool:
    """True for forms like "ICE", "NYPD", "U.S.", "ACLU" (2 to 8 capitals, dots allowed)."""
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def initials(words: Iterable[str], skip: frozenset[str]) -> str:
    """Upper-case first letters of the words that count for an acronym."""
    return "".join(word[0].upper() for word in words if word and word.casefold() not in skip)


@lru_cache(maxsize=CACHED_NAMES)
def acronym_matches(acronym: str, long_name: str, skip: frozenset[str]) -> bool:
    """Whether `acronym` abbreviates `long_name`.

    Accepts the plain initials ("ACLU" for American Civil Liberties Union), initials that
    leave out a leading place ("ICE" for U.S. Immigration and Customs Enforcement, "NYPD"
    for New York City Police Department, where one inner word is skipped), and an acronym
    followed by the rest of the name ("ACLU of Colorado").
    """
    short_words = acronym.split()
    letters = short_words[0].replace(".", "").upper()
    words = [w for w in re.split(r"[\s\-]+", long_name) if w]
    tail = short_words[1:]
    if tail:
        if [w.casefold() for w in words[-len(tail) :]] != [w.casefold() for w in tail]:
            return False
        words = words[: -len(tail)]
    if not is_acronym(letters) or len(words) < 2:
        return False
    full = initials(words, skip)
    return letters == full or _is_near_subsequence(letters, full)


def _is_near_subsequence(letters: str, full: str) -> bool:
    """True when `letters` is `full` with one word dropped at the start or one inside."""
    if len(letters) < 3 or len(full) - len(letters) != 1:
        return False
    return any(full[:i] + full[i + 1 :] == letters for i in range(len(full) - 1))


def surname_of(full_name: str) -> str:
    """The last word of a personal name, without a suffix such as "Jr."."""
    words = [
        w for w in full_name.split() if w.rstrip(".").casefold() not in {"jr", "sr", "ii", "iii"}
    ]
    return words[-1] if words else full_name
