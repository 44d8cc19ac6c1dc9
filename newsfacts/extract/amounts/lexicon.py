"""The amounts stage's rule files, read through the typed loader: the amount words
(`amounts.json`), the currency table (`currencies.json`) and who pays whom
(`payment_roles.json`); `MoneyLexicon` is the view of the first two the grammar reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from newsfacts.resources.lexicon import Lexicon, WordMap, Words

Bound = Literal["lower", "upper"]


@dataclass(frozen=True)
class Qualifier:
    """What a word before an amount says about it: approximate, or a lower or upper bound."""

    approximate: bool = False
    bound: Bound | None = None


class AmountWords(Lexicon):
    """Number scales, qualifiers and the words of a rate's period."""

    shipped = "amounts.json"

    scales: WordMap[int]
    attached_scales: Words
    qualifiers: WordMap[Qualifier]
    periods: WordMap[str]
    period_adverbs: WordMap[str]
    period_adjectives: WordMap[str]
    change_verbs: Words


class Currencies(Lexicon):
    """Currency signs and codes (as written) and currency words (case-folded)."""

    shipped = "currencies.json"

    signs: dict[str, str]
    words: WordMap[str]
    ambiguous_words: WordMap[str]
    minor_units: WordMap[tuple[str, int]]
    dollar_markers: dict[str, tuple[str, ...]]
    default_dollar: str


class Roles(Lexicon):
    """The verbs that say who pays: the subject pays ("ICE pays the city"), the subject
    receives ("the family will receive $1 million from the city"), or the subject charges
    the object ("the bank fined the firm")."""

    shipped = "payment_roles.json"

    payer_verbs: Words
    payee_verbs: Words
    charge_verbs: Words
    purpose_prepositions: Words
    purpose_max_tokens: int = Field(alias="purpose_clause_max_tokens", gt=0)


@dataclass(frozen=True)
class MoneyLexicon:
    """What the money grammar reads: the currency table and the amount words together."""

    signs: dict[str, str]
    words: dict[str, str]
    ambiguous_words: dict[str, str]
    minor_units: dict[str, tuple[str, int]]
    dollar_markers: dict[str, tuple[str, ...]]
    default_dollar: str
    scales: dict[str, int]
    attached_scales: frozenset[str]
    qualifiers: dict[str, Qualifier]
    periods: dict[str, str]
    period_adverbs: dict[str, str]
    period_adjectives: dict[str, str]
    change_verbs: frozenset[str]

    @classmethod
    def load(
        cls, amounts: str = "amounts.json", currencies: str = "currencies.json"
    ) -> MoneyLexicon:
        """The two rule files, each read and checked by the typed loader."""
        words = AmountWords.load(amounts)
        money = Currencies.load(currencies)
        return cls(
            **money.model_dump(exclude={"about"}),
            **{name: getattr(words, name) for name in AmountWords.model_fields if name != "about"},
        )
