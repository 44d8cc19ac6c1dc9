"""The one typed loader of rule data: every `resources/*.json` file is a `Lexicon` model.

A lexicon is a frozen pydantic model whose fields are the file's keys, so an unknown or
missing key, or a value of the wrong shape, is an E311 error naming the file and the key
when the pipeline is built, not a `KeyError` on the first article. One case-folding rule:
word lists (`Words`) and the keys of word tables (`WordMap`) are case-folded; symbols,
codes and regular expressions are kept exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Annotated, Any, ClassVar, Self, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from newsfacts.errors import Errors, LexiconError
from newsfacts.models.records import Polarity
from newsfacts.resources import load_resource

V = TypeVar("V")


def fold(word: str) -> str:
    """The form every word of a lexicon is compared in."""
    return word.casefold()


def _fold_all(words: Iterable[str]) -> frozenset[str]:
    if isinstance(words, str):
        raise ValueError("expected a list of words, got a string")
    return frozenset(fold(word) for word in words)


def _fold_keys(table: Mapping[str, Any]) -> dict[str, Any]:
    return {fold(key): value for key, value in table.items()}


def _compile_ignoring_case(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


def _compile(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in patterns)


def _by_polarity(table: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """{"support": [words], "oppose": [words]} as {word: polarity}."""
    unknown = set(table) - {"support", "oppose"}
    if unknown:
        raise ValueError(f"polarity must be 'support' or 'oppose', not {sorted(unknown)}")
    return {fold(word): polarity for polarity, words in table.items() for word in words}


Words = Annotated[frozenset[str], BeforeValidator(_fold_all)]
"""A list of words, compared case-folded."""
WordMap = Annotated[dict[str, V], BeforeValidator(_fold_keys)]
"""A table keyed by words, compared case-folded."""
Suffixes = Annotated[tuple[str, ...], BeforeValidator(lambda words: tuple(_fold_all(words)))]
"""Word endings, case-folded, as a tuple for `str.endswith`."""
Patterns = Annotated[tuple[re.Pattern[str], ...], BeforeValidator(_compile)]
"""Regular expressions, as written."""
PatternsIgnoringCase = Annotated[
    tuple[re.Pattern[str], ...], BeforeValidator(_compile_ignoring_case)
]
"""Regular expressions, matched without regard to case."""
PolarityTable = Annotated[dict[str, Polarity], BeforeValidator(_by_polarity)]
"""Words listed under "support" and "oppose", looked up as word -> polarity."""

L = TypeVar("L", bound="Lexicon")


class Lexicon(BaseModel):
    """The base of every rule file's model: frozen, unknown keys rejected, `_about` kept."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, arbitrary_types_allowed=True
    )

    shipped: ClassVar[str]
    """The file of this package's own that the lexicon is read from by default."""

    about: str = Field(default="", alias="_about", description="What the file is and its source.")

    @classmethod
    def load(cls, resource: str | None = None) -> Self:
        """The lexicon in `resource` (a shipped file name or a path; default: `shipped`),
        read and checked once per process; raises `LexiconError` (E311) if the file is
        missing or malformed."""
        return _load(cls, resource or cls.shipped)


@cache
def _load(kind: type[L], resource: str) -> L:
    try:
        data = load_resource(resource)
    except (OSError, ValueError) as error:  # missing file, or not JSON
        raise LexiconError(
            Errors.E311.format(resource=resource, lexicon=kind.__name__, detail=error)
        ) from error
    try:
        return kind.model_validate(data)
    except ValidationError as error:
        raise LexiconError(
            Errors.E311.format(resource=resource, lexicon=kind.__name__, detail=_problems(error))
        ) from error


def _problems(error: ValidationError) -> str:
    """The first few problems as "key: message" phrases."""
    problems = [
        f"{'.'.join(str(part) for part in item['loc']) or 'file'}: {item['msg']}"
        for item in error.errors()[:3]
    ]
    more = error.error_count() - len(problems)
    return "; ".join(problems) + (f" (and {more} more)" if more > 0 else "")
