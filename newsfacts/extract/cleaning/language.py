"""Tell English text from other languages, so a non-English article is recorded as such
and warned about rather than forced through English rules silently.

English news text has a dense layer of function words ("the", "of", "said"); other
languages have almost none of them. The other language is named by the spaCy stop-word
list it overlaps most, which needs no model and no download.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import cache

from pydantic import Field

from newsfacts.resources.lexicon import Lexicon, Words

WORD = re.compile(r"[^\W\d_]+")


class LanguageSettings(Lexicon):
    """How English is told from other languages (`resources/language.json`)."""

    shipped = "language.json"

    english_function_words: Words
    min_english_share: float = Field(gt=0, le=1)
    min_words: int = Field(ge=1)
    candidates: tuple[str, ...]


def detect_language(text: str, settings: LanguageSettings) -> str | None:
    """ "en", another ISO 639-1 code, or None when the text has too few words to tell."""
    words = list(map(str.casefold, WORD.findall(text[:20_000])))  # in C, word by word
    if len(words) < settings.min_words:
        return None
    english = settings.english_function_words
    if sum(map(english.__contains__, words)) / len(words) >= settings.min_english_share:
        return "en"
    return _closest_language(words, settings.candidates) or "und"


def _closest_language(words: list[str], candidates: Iterable[str]) -> str | None:
    english = _stop_words("en")
    scores = {
        lang: sum(w in _stop_words(lang) and w not in english for w in words) for lang in candidates
    }
    best = max(scores, key=lambda lang: scores[lang], default=None)
    return best if best is not None and scores[best] > 0 else None


@cache
def _stop_words(lang: str) -> frozenset[str]:
    module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    return frozenset(module.STOP_WORDS)
