"""Money amounts in plain text: where they are, their value, currency, range, qualifier and rate.

Pure functions over strings (no spaCy): the amounts stage maps a Doc to these and back. The
model's MONEY entities cut or miss many news forms (en_core_web_sm reads "$25m" as "25",
"$15 an hour" as "15", and "Rs 20 crore" as a CARDINAL), so amounts are found here by a
grammar of their own; the stage adds the model's entities only where this grammar saw none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from newsfacts.extract.amounts.lexicon import Bound, MoneyLexicon
from newsfacts.extract.numbers import NUMBER_WORDS, parse_figure, parse_number_words

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
# A slash between figures right before a scale word is a mistyped decimal point ("/" sits
# next to "." on the keyboard): dev-08 prints "$68/5 million" for $68.5 million.
_TYPO_NUMBER = r"\d+/\d{1,2}(?=\s*-?\s*(?:million|billion|trillion)\b)"


@dataclass(frozen=True)
class Money:
    """One amount found in a text, with character offsets into that text: `start` and `end`
    cover its qualifier and rate ("about $5,500 a year"), `amount_start` the money itself."""

    start: int
    end: int
    value: Decimal
    currency: str
    value_max: Decimal | None = None
    approximate: bool = False
    bound: Bound | None = None
    per: str | None = None
    amount_start: int = 0


@dataclass(frozen=True)
class _Piece:
    """One amount before ranges, qualifiers and rates are read around it."""

    start: int
    end: int
    number: Decimal
    scale: int | None
    currency: str


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


class MoneyGrammar:
    """The regular expressions of money amounts, built once from a lexicon.

    With `ambiguous`, currency words that are often not money ("50 pounds" of flour) count
    too: for text the model has already tagged MONEY.
    """

    def __init__(self, lexicon: MoneyLexicon, ambiguous: bool = False) -> None:
        self.lexicon = lexicon
        self.words = {**lexicon.words, **(lexicon.ambiguous_words if ambiguous else {})}
        signs = _alternation(list(lexicon.signs))
        words = _alternation(list(self.words))
        minor = _alternation(list(lexicon.minor_units))
        number_words = _alternation(sorted(NUMBER_WORDS))
        big = _alternation(["hundred", "thousand", "million", "billion", "trillion"])
        word_scales = _alternation([s for s in lexicon.scales if s not in lexicon.attached_scales])
        attached = _alternation(list(lexicon.attached_scales))
        scale = rf"(?:\s*-\s*|\s+)(?:{word_scales})\b|(?:{attached})\b"
        number = rf"{_TYPO_NUMBER}|{_NUMBER}"
        self.amount = re.compile(
            rf"(?<![A-Za-z0-9])(?P<a_sign>{signs})\s?(?P<a_num>{number})(?P<a_scale>{scale})?"
            rf"|(?<![\w.,$])(?P<b_num>{number})(?P<b_scale>{scale})?\s+(?P<b_word>{words})\b"
            rf"|(?<![\w-])(?P<c_words>(?:(?:half\s+)?an?\s+(?=(?:{big})\b))?"
            rf"(?:{number_words})[\s-]+(?:(?:{number_words}|and)[\s-]+)*)(?P<c_word>{words})\b"
            rf"|(?<![\w.,$])(?P<m_num>{_NUMBER})\s+(?P<m_unit>{minor})\b",
            re.IGNORECASE,
        )
        self.partner = re.compile(
            rf"\s*(?P<join>to|-|–|—|and|or)\s*(?:(?P<sign>{signs})\s?)?(?P<num>{number})"
            rf"(?P<scale>{scale})?(?:\s+(?P<word>{words})\b)?",
            re.IGNORECASE,
        )
        qualifiers = _alternation(list(lexicon.qualifiers))
        self.qualifier = re.compile(
            rf"(?:^|(?<=[\s(\"“]))(?P<q>{qualifiers})\s+(?:(?:a|an)\s+)?$", re.IGNORECASE
        )
        units = _alternation(list(lexicon.periods))
        adverbs = _alternation(list(lexicon.period_adverbs))
        adjectives = _alternation(list(lexicon.period_adjectives))
        self.per_after = re.compile(
            rf"\s*,?\s*(?:(?:a|an|per|each|every)\s+|/\s*)(?P<unit>{units})s?\b"
            rf"(?!\s+(?:ago|earlier|later|before|after|from now|old)\b)(?!-old)"
            rf"|\s*-?\s*(?P<adv>{adverbs})\b"
            rf"|\s+in\s+(?P<adj>{adjectives})\b",
            re.IGNORECASE,
        )
        self.per_before = re.compile(
            rf"\b(?P<adj>{adjectives})\s+(?:[a-z]+\s+){{0,2}}(?:of\s+)?(?:{qualifiers}\s+)?$",
            re.IGNORECASE,
        )
        self.year_dollars = re.compile(
            r"\bin\s+(?:constant\s+|inflation-adjusted\s+|real\s+)?$", re.IGNORECASE
        )
        self.between = re.compile(r"\bbetween\s+$", re.IGNORECASE)
        self.from_change = re.compile(
            rf"\b(?:{_alternation(list(lexicon.change_verbs))})\b(?:\s+\S+){{0,3}}\s+from\s+$",
            re.IGNORECASE,
        )


def find_money(text: str, grammar: MoneyGrammar) -> list[Money]:
    """Every money amount in `text`, with ranges joined and qualifiers and rates read."""
    dollar = article_dollar(text, grammar.lexicon)
    pieces = [
        piece
        for match in grammar.amount.finditer(text)
        if (piece := _piece(match, grammar, dollar)) is not None
        and not _is_year_dollars(text, piece, grammar)
    ]
    pieces = _conversions_in_dollars(text, pieces, grammar.lexicon)
    found: list[Money] = []
    consumed = -1
    for piece in pieces:
        if piece.start < consumed:
            continue
        money = _with_range(text, piece, grammar)
        money = _with_qualifier(text, money, grammar)
        money = _with_period(text, money, grammar)
        consumed = money.end
        found.append(money)
    return found


def article_dollar(text: str, lexicon: MoneyLexicon) -> str:
    """The currency a bare "$" or "dollars" means in this article.

    USD, unless the article marks one other dollar (C$, "Canadian dollars") and no US one.
    """
    marked = {
        code
        for code, markers in lexicon.dollar_markers.items()
        if any(marker in text for marker in markers)
    }
    foreign = marked - {"USD"}
    if len(foreign) == 1 and "USD" not in marked:
        return foreign.pop()
    return lexicon.default_dollar


def format_decimal(value: Decimal) -> str:
    """A Decimal as a plain string without exponent or trailing zeros: 1.5E+6 -> "1500000"."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _piece(match: re.Match[str], grammar: MoneyGrammar, dollar: str) -> _Piece | None:
    groups = match.groupdict()
    lexicon = grammar.lexicon
    if groups["a_sign"] is not None:
        currency = _currency(lexicon.signs[_sign_key(groups["a_sign"], lexicon)], dollar)
        number, scale = _number(groups["a_num"]), _scale(groups["a_scale"], lexicon)
    elif groups["b_num"] is not None:
        currency = _currency(grammar.words[_space(groups["b_word"])], dollar)
        number, scale = _number(groups["b_num"]), _scale(groups["b_scale"], lexicon)
    elif groups["c_words"] is not None:
        currency = _currency(grammar.words[_space(groups["c_word"])], dollar)
        number, scale = _words_number(groups["c_words"]), None
    else:
        unit, divisor = lexicon.minor_units[groups["m_unit"].casefold()]
        figure = parse_figure(groups["m_num"])
        if figure is None:
            return None
        return _Piece(match.start(), match.end(), figure / divisor, None, _currency(unit, dollar))
    if number is None:
        return None
    return _Piece(match.start(), match.end(), number, scale, currency)


def _sign_key(sign: str, lexicon: MoneyLexicon) -> str:
    """The lexicon key of a sign matched case-insensitively ("us$" -> "US$")."""
    if sign in lexicon.signs:
        return sign
    return next(key for key in lexicon.signs if key.casefold() == sign.casefold())


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold())


def _currency(code: str, dollar: str) -> str:
    return dollar if code == "$" else code


def _number(text: str) -> Decimal | None:
    if "/" in text:
        whole, _, fraction = text.partition("/")
        return parse_figure(f"{whole}.{fraction}")
    return parse_figure(text)


def _words_number(text: str) -> Decimal | None:
    words = text.casefold().replace("-", " ").split()
    if words[:2] == ["half", "a"] or words[:2] == ["half", "an"]:
        rest = parse_number_words(" ".join(["a", *words[2:]]))
        return rest / 2 if rest is not None else None
    return parse_number_words(" ".join(words))


def _scale(text: str | None, lexicon: MoneyLexicon) -> int | None:
    if not text:
        return None
    # any Unicode space may stand between a figure and its scale ("2\xa0billion")
    return lexicon.scales[text.strip().strip("-").strip().casefold()]


def _value(piece: _Piece) -> Decimal:
    return piece.number * piece.scale if piece.scale else piece.number


def _is_year_dollars(text: str, piece: _Piece, grammar: MoneyGrammar) -> bool:
    """ "in 2020 dollars" names a price level, not an amount."""
    words = text[piece.start : piece.end]
    return bool(
        re.fullmatch(r"(?:19|20)\d\d\s+dollars", words, re.IGNORECASE)
        and grammar.year_dollars.search(text[: piece.start])
    )


def _conversions_in_dollars(text: str, pieces: list[_Piece], lexicon: MoneyLexicon) -> list[_Piece]:
    """A bare "$" amount in brackets right after a foreign-dollar amount is its conversion
    into US dollars ("C$1.2 billion ($900 million)"), whatever the article's dollar is."""
    result = []
    for index, piece in enumerate(pieces):
        before = pieces[index - 1] if index else None
        bare = text[piece.start] == "$"
        if (
            before is not None
            and bare
            and piece.currency != "USD"
            and re.fullmatch(r"\s*\(\s*", text[before.end : piece.start])
        ):
            piece = replace(piece, currency=lexicon.default_dollar)
        result.append(piece)
    return result


def _with_range(text: str, piece: _Piece, grammar: MoneyGrammar) -> Money:
    """The amount, joined with a second one when the two make a range."""
    single = Money(piece.start, piece.end, _value(piece), piece.currency, amount_start=piece.start)
    match = grammar.partner.match(text, piece.end)
    if match is None:
        return single
    join = match.group("join").casefold()
    before = text[: piece.start]
    if join in ("and", "or") and not grammar.between.search(before):
        return single
    if join == "to" and grammar.from_change.search(before):
        return single
    bare = match.group("sign") is None and match.group("word") is None
    if bare and join != "-" and match.group("scale") is None:
        return single  # "$500 to 3,000 students" is no range
    second = _number(match.group("num"))
    if second is None:
        return single
    second_scale = _scale(match.group("scale"), grammar.lexicon)
    high = second * second_scale if second_scale else second
    low = _value(piece)
    if piece.scale is None and second_scale and piece.number <= second:
        low = piece.number * second_scale
    if high <= low:
        return single
    start = grammar.between.search(before)
    return Money(
        start.start() if start and join in ("and", "or") else piece.start,
        match.end(),
        low,
        piece.currency,
        value_max=high,
        amount_start=piece.start,
    )


def _with_qualifier(text: str, money: Money, grammar: MoneyGrammar) -> Money:
    window = max(0, money.start - 40)
    match = grammar.qualifier.search(text[window : money.start])
    if match is None:
        return money
    words = match.group("q")
    qualifier = grammar.lexicon.qualifiers[_qualifier_key(words, grammar.lexicon)]
    return replace(
        money,
        start=window + match.start(),
        approximate=qualifier.approximate,
        bound=qualifier.bound,
    )


def _qualifier_key(words: str, lexicon: MoneyLexicon) -> str:
    folded = _space(words)
    return next(key for key in lexicon.qualifiers if key.casefold() == folded)


def _with_period(text: str, money: Money, grammar: MoneyGrammar) -> Money:
    """The period of a rate: "a year", "per month", "annually" after the amount, "in annual
    salary" after it, or "an annual fee of" before it."""
    lexicon = grammar.lexicon
    after = grammar.per_after.match(text, money.end)
    if after is not None:
        if after.group("unit"):
            per = lexicon.periods[after.group("unit").casefold()]
        elif after.group("adv"):
            per = lexicon.period_adverbs[after.group("adv").casefold()]
        else:
            return replace(money, per=lexicon.period_adjectives[after.group("adj").casefold()])
        return replace(money, per=per, end=after.end())
    before = grammar.per_before.search(text[max(0, money.start - 60) : money.start])
    if before is not None:
        return replace(money, per=lexicon.period_adjectives[before.group("adj").casefold()])
    return money
