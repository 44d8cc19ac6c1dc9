"""The amounts stage's rule files, read through the typed loader: the amount words
(`amounts.json`), what news adds to CLDR's currencies (`currencies.json`) and who pays whom
(`payment_roles.json`); `MoneyLexicon` is the view the grammar reads: CLDR's codes, names
and symbols (`currencies.py`) with the news forms on top."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from newsfacts.extract.amounts.currencies import CurrencyTable, cldr_currencies
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
    """What news writes on top of CLDR: signs and codes as written, words case-folded."""

    shipped = "currencies.json"

    signs: dict[str, str]
    shared_signs: dict[str, tuple[str, ...]]
    words: WordMap[str]
    ambiguous_words: WordMap[str]
    defaults: dict[str, str]
    not_money_heads: Words
    code_words: frozenset[str]
    markers: dict[str, tuple[str, ...]]
    minor_units: WordMap[tuple[str, int]]
    attached_minor_units: frozenset[str]
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
    """What the money grammar reads: every currency form with the codes it may stand for,
    and the amount words.

    `signs` and `words` map a form to its candidate codes ("$" alone: the article's dollar);
    a form in `weak` ("R", "Sh", "kr") or with several candidates is money only when the
    article marks one of them (`markers`), or else means its entry in `defaults`.
    """

    signs: dict[str, tuple[str, ...]]
    words: dict[str, tuple[str, ...]]
    ambiguous_words: dict[str, tuple[str, ...]]
    codes: frozenset[str]
    code_words: frozenset[str]
    weak: frozenset[str]
    defaults: dict[str, str]
    markers: dict[str, tuple[str, ...]]
    dollars: frozenset[str]
    minor_units: dict[str, tuple[str, int]]
    attached_minor_units: frozenset[str]
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
        news = Currencies.load(currencies)
        table = cldr_currencies()
        signs = _signs(table, news)
        return cls(
            signs=signs,
            words=_words(table, news),
            ambiguous_words={word: (code,) for word, code in news.ambiguous_words.items()},
            codes=table.codes,
            code_words=news.code_words,
            weak=frozenset(sign for sign in signs if _is_weak_sign(sign)),
            defaults=news.defaults,
            markers=_markers(table, news),
            dollars=table.dollars,
            minor_units=news.minor_units,
            attached_minor_units=news.attached_minor_units,
            dollar_markers=news.dollar_markers,
            default_dollar=news.default_dollar,
            **{name: getattr(words, name) for name in AmountWords.model_fields if name != "about"},
        )


def _signs(table: CurrencyTable, news: Currencies) -> dict[str, tuple[str, ...]]:
    """CLDR's symbols (but the bare codes, read apart) with the news signs on top; every
    symbol a dollar writes ("$") is the article's dollar."""
    signs = {
        symbol: ("$",) if symbol == "$" else codes
        for symbol, codes in table.symbols.items()
        if symbol not in table.codes
    }
    signs.update({sign: (code,) for sign, code in news.signs.items()})
    signs.update(news.shared_signs)
    return signs


def _words(table: CurrencyTable, news: Currencies) -> dict[str, tuple[str, ...]]:
    """CLDR's full names ("romanian lei"), the heads of its names ("lei", "naira") that are
    neither ordinary English words nor ambiguous ("pounds", read only where the model sees
    money), and the news words; the dollar heads are the article's dollar."""
    words: dict[str, tuple[str, ...]] = {
        head: codes
        for head, codes in table.heads.items()
        if head not in news.not_money_heads and head not in news.ambiguous_words
    }
    words.update({name: (code,) for name, code in table.names.items()})
    words.update({word: (code,) for word, code in news.words.items()})
    return words


def _markers(table: CurrencyTable, news: Currencies) -> dict[str, tuple[str, ...]]:
    codes = set(table.markers) | set(news.markers)
    return {code: (*table.markers.get(code, ()), *news.markers.get(code, ())) for code in codes}


def _is_weak_sign(sign: str) -> bool:
    """A sign of one or two Latin letters ("R", "K", "Sh", "kr") is also an initial, a
    unit or a word: it needs the article to name its currency's country."""
    return sign.isascii() and sign.rstrip(".").isalpha() and len(sign.rstrip(".")) <= 2
