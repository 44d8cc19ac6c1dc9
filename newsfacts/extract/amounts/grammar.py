"""Money amounts in plain text: where they are, their value, currency, range, qualifier and rate.

Pure functions over strings (no spaCy): the amounts stage maps a Doc to these and back. The
model's MONEY entities cut or miss many news forms (en_core_web_sm reads "$25m" as "25",
"$15 an hour" as "15", and "Rs 20 crore" as a CARDINAL), so amounts are found here by a
grammar of their own; the stage adds the model's entities only where this grammar saw none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from newsfacts.extract.alternation import alternation
from newsfacts.extract.amounts.lexicon import Bound, MoneyLexicon
from newsfacts.extract.numbers import NUMBER_WORDS, parse_figure, parse_number_words

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
"""The hyphens, dashes and minus signs that join a range or a hyphenated amount."""
_DASH = f"[{re.escape(DASHES)}]"
_GROUP_SPACE = "[ \u00a0\u2007\u2009\u202f]"
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)"
_NUMBER = rf"{_INDIAN}|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|\.\d+"
# Digit groups split by a space ("R250 000"), read only right after a currency sign.
_SPACED = rf"\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?!\d)"
# Continental digit groups and decimal comma ("1.234.567,89 €", "12,50 zł"), read only
# before a currency sign written after the figure, as those locales write it.
_CONTINENTAL = r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?!\d)|\d+,\d{1,2}(?!\d)"
# A slash between figures right before a scale word is a mistyped decimal point ("/" sits
# next to "." on the keyboard): dev-08 prints "$68/5 million" for $68.5 million.
_TYPO_NUMBER = r"\d+/\d{1,2}(?=\s*-?\s*(?:million|billion|trillion)\b)"
# "($1 = 1.2655 Canadian dollars)": a wire story's exchange-rate note, not an amount.
_EXCHANGE_NOTE = re.compile(r"\(\s*[^()=\n]{1,12}=\s*[^()\n]{1,40}\)")
# The article's main currency, for the cents of "84c" (euro cents in an Irish story).
MAIN_CURRENCY = "¤"


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


def _alternation(forms: Iterable[str], *, ignore_case: bool = True) -> str:
    """The forms as one regular-expression alternation (a trie, see `alternation`), any
    space in a form matching any run of Unicode spaces. `ignore_case=False` for a list
    read inside `(?-i:...)`: signs and ISO codes match case as written."""
    return alternation(list(forms), ignore_case=ignore_case, space=r"\s+")


class MoneyGrammar:
    """The regular expressions of money amounts, built once from a lexicon.

    With `ambiguous`, currency words that are often not money ("50 pounds" of flour) count
    too: for text the model has already tagged MONEY. Signs and ISO codes match case as
    written ("ALL", not "all"); words match in any case.
    """

    def __init__(self, lexicon: MoneyLexicon, ambiguous: bool = False) -> None:
        self.lexicon = lexicon
        self.marker_words = marker_first_words(lexicon.markers)
        self.dollar_forms = Substrings(
            marker for markers in lexicon.dollar_markers.values() for marker in markers
        )
        self.words = {**lexicon.words, **(lexicon.ambiguous_words if ambiguous else {})}
        signs = _alternation([*lexicon.signs, *lexicon.codes], ignore_case=False)
        suffix_signs = _alternation(
            [
                *(s for s in lexicon.signs if s not in lexicon.weak and not s.endswith("$")),
                *(c for c in lexicon.codes if c not in lexicon.code_words),
            ],
            ignore_case=False,
        )
        codes = _alternation(
            [c for c in lexicon.codes if c not in lexicon.code_words], ignore_case=False
        )
        words = _alternation(list(self.words))
        minor = _alternation(
            [unit for unit in lexicon.minor_units if unit not in lexicon.attached_minor_units]
        )
        attached_minor = _alternation(lexicon.attached_minor_units, ignore_case=False)
        number_words = _alternation(sorted(NUMBER_WORDS))
        big = _alternation(["hundred", "thousand", "million", "billion", "trillion"])
        word_scales = _alternation([s for s in lexicon.scales if s not in lexicon.attached_scales])
        attached = _alternation(list(lexicon.attached_scales))
        scale = rf"(?:\s*{_DASH}\s*|\s*)(?:{word_scales})\b|\s?(?:{attached})\b"
        self.scale = scale
        number = rf"{_TYPO_NUMBER}|{_NUMBER}"
        self.number = number
        # every branch starts at no space and after no ASCII letter or digit (each one's own
        # look-behind says so or more): checked once up front, that spares the inside of
        # every word and every space the five branches
        self.amount = re.compile(
            rf"(?<![A-Za-z0-9])(?=\S)(?:(?P<a_sign>(?-i:{signs}))\s?(?P<a_num>{_SPACED}|{number})"
            rf"(?P<a_scale>{scale})?"
            rf"|(?<![\w.,$])(?P<b_num>{number})(?P<b_scale>{scale})?(?:\s+|{_DASH})"
            rf"(?:(?P<b_word>{words})\b|(?P<b_code>(?-i:{codes}))(?![A-Za-z]))"
            rf"|(?<![\w-])(?P<c_words>(?:(?:half\s+)?an?\s+(?=(?:{big})\b))?"
            rf"(?:{number_words})[\s-]+(?:(?:{number_words}|and)[\s-]+)*)(?P<c_word>{words})\b"
            rf"|(?<![\w.,])(?P<d_num>{_CONTINENTAL}|{_NUMBER})(?P<d_scale>{scale})?\s?"
            rf"(?P<d_sign>(?-i:{suffix_signs}))(?![\w$])"
            rf"|(?<![\w.,$])(?P<m_num>{_NUMBER})"
            rf"(?:\s+(?P<m_unit>{minor})\b|(?P<m_attached>(?-i:{attached_minor}))(?![\w])))",
            re.IGNORECASE,
        )
        self.partner = re.compile(
            rf"\s*(?P<join>to|{_DASH}|and|or)\s*(?:(?P<sign>(?-i:{signs}))\s?)?(?P<num>{number})"
            rf"(?P<scale>{scale})?(?:\s+(?P<word>{words})\b)?",
            re.IGNORECASE,
        )
        self.partner_before = re.compile(
            rf"(?:(?P<between>\bbetween)\s+)?(?<![\w.,$])(?P<num>{number})(?P<scale>{scale})?"
            rf"\s*(?(between)and|(?:to|{_DASH}))\s*$",
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
            rf"\s*\)?\s*,?\s*(?:(?:a|an|per|each|every)\s+|/\s*)(?P<unit>{units})s?\b"
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
    currencies = ArticleCurrencies(text, grammar)
    notes = [(m.start(), m.end()) for m in _EXCHANGE_NOTE.finditer(text)]
    matches = list(grammar.amount.finditer(text))
    first = [_piece(match, grammar, currencies) for match in matches]
    currencies.learn(Counter(piece.currency for piece in first if piece is not None))
    pieces = [
        piece
        for match, found in zip(matches, first, strict=True)
        if (piece := found or _piece(match, grammar, currencies)) is not None
        and not _is_year_dollars(text, piece, grammar)
        and not any(start <= piece.start < end for start, end in notes)
    ]
    pieces = _in_main_currency(pieces, grammar.lexicon, currencies.dollar)
    pieces = _conversions_in_dollars(text, pieces, grammar.lexicon)
    found: list[Money] = []
    consumed = -1
    for piece in pieces:
        if piece.start < consumed:
            continue
        money = _with_range(text, piece, grammar)
        money = _with_range_before(text, money, piece, grammar, consumed)
        money = _with_qualifier(text, money, grammar)
        money = _with_period(text, money, grammar)
        consumed = money.end
        found.append(money)
    return _shared_periods(text, found)


class ArticleCurrencies:
    """Which currency each shared or weak form means in one article, read once per form.

    A form of one currency is that currency, but a weak sign ("R", "N", "Sh") only where the
    article names the currency's country; a form several currencies write ("£", "lei",
    "francs") is the one whose country the article names most, or else the form's default.
    Amounts the article writes in a currency's own forms ("Ksh.6.5 billion") count as
    mentions of it, once `learn` has been told them (so "Sh35.7 billion" is Kenyan too).
    """

    def __init__(self, text: str, grammar: MoneyGrammar) -> None:
        self.text = text
        self.lexicon = lexicon = grammar.lexicon
        self.marker_words = grammar.marker_words
        self._present: frozenset[str] | None = None
        self._mentions: dict[str, int] = {}
        self._amounts: Counter[str] = Counter()
        self.dollar = article_dollar(grammar.dollar_forms.present(text), lexicon, self.mentions)

    def learn(self, amounts: Counter[str]) -> None:
        """The currencies of the amounts already read, as mentions of their countries."""
        self._amounts = amounts

    def of(self, form: str, candidates: tuple[str, ...]) -> str | None:
        """The code `form` stands for here, or None when it is no money here."""
        if candidates == ("$",):
            return self.dollar
        weak = form in self.lexicon.weak
        if len(candidates) == 1 and not weak:
            return candidates[0]
        default = self.lexicon.defaults.get(form)
        choices = sorted({*candidates, *([default] if default else [])})
        marked = self.most_mentioned(choices)
        return marked or default

    def most_mentioned(self, codes: list[str], at_least: int = 1) -> str | None:
        """The one code whose country the article names most (at least `at_least` times)."""
        counts = sorted(((self.mentions(code), code) for code in codes), reverse=True)
        if not counts or counts[0][0] < at_least:
            return None
        if len(counts) > 1 and counts[1][0] == counts[0][0]:
            return None
        return counts[0][1]

    def mentions(self, code: str) -> int:
        """How often the article names the country or the adjective of `code`."""
        if code not in self._mentions:
            if self._present is None:
                self._present = self.marker_words.present(self.text)
            markers = self.lexicon.markers.get(code, ())
            self._mentions[code] = _count_markers(self.text, markers, self._present)
        return self._mentions[code] + self._amounts[code]


class Substrings:
    """Which of many fixed strings a text contains, found in one search (a substring test
    apiece cost a scan of the text each: the first words of every currency's country
    markers are hundreds)."""

    def __init__(self, forms: Iterable[str]) -> None:
        distinct = set(forms)
        # the search finds the longest form at each place; the shorter ones that begin it
        # stand there too
        self.prefixes = {
            form: tuple(form[:end] for end in range(1, len(form) + 1) if form[:end] in distinct)
            for form in distinct
        }
        self.pattern = re.compile(alternation(sorted(distinct), ignore_case=False))

    def present(self, text: str) -> frozenset[str]:
        """The forms `text` contains, as `form in text` finds them: the search goes on from
        the character after each find, so none that overlaps another is missed."""
        found: set[str] = set()
        position = 0
        while (match := self.pattern.search(text, position)) is not None:
            found.update(self.prefixes[match.group()])
            position = match.start() + 1
        return frozenset(found)


def marker_first_words(markers: dict[str, tuple[str, ...]]) -> Substrings:
    """The first words of every country marker: the markers an article can write."""
    return Substrings(word for forms in markers.values() for word in _first_words(forms))


def _first_words(markers: Iterable[str]) -> set[str]:
    """The first word of each marker ("Hong" of "Hong Kong"), which must stand in a text
    for the marker to."""
    return {marker.split()[0] for marker in markers if marker.split()}


def _count_markers(text: str, markers: tuple[str, ...], present: frozenset[str]) -> int:
    """How often any of `markers` stands in `text` as whole words.

    A marker's first word must appear verbatim for the marker to, so the pattern runs only
    when one does (is among the first words `present` in the text): an article names few
    of the dozens of countries each "$" asks about. The pattern has no look-behind in
    front, so the search skips straight to the markers' first letters; a match inside a
    word is turned away here, and the search goes on from the next character (as a
    whole-word `findall` would).
    """
    if not markers:
        return 0
    first_words, pattern = _marker_search(markers)
    if not any(word in present for word in first_words):
        return 0
    count, position = 0, 0
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if start and _WORD_CHARACTER.match(text, start - 1):
            position = start + 1
            continue
        count += 1
        position = match.end()
    return count


_WORD_CHARACTER = re.compile(r"\w")


@cache
def _marker_search(markers: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The first words of `markers` and their pattern (whole words but for the start,
    which `_count_markers` checks), built once per process."""
    first_words = tuple(_first_words(markers))
    return first_words, re.compile(rf"(?:{_alternation(markers, ignore_case=False)})(?!\w)")


def article_dollar(
    written: frozenset[str], lexicon: MoneyLexicon, mentions: Callable[[str], int] | None = None
) -> str:
    """The currency a bare "$" or "dollars" means in this article, which writes the dollar
    markers `written` (C$, "Canadian dollars").

    USD, unless the article marks one other dollar and no US one, or (with `mentions`)
    names one dollar country at least twice and more than any other, the United States
    included ("Australia's budget ... $11 billion").
    """
    marked = {
        code
        for code, markers in lexicon.dollar_markers.items()
        if any(marker in written for marker in markers)
    }
    foreign = marked - {"USD"}
    if len(foreign) == 1 and "USD" not in marked:
        return foreign.pop()
    if marked or mentions is None:
        return lexicon.default_dollar
    counts = sorted(((mentions(code), code) for code in lexicon.dollars), reverse=True)
    (top, code), (second, _) = counts[0], counts[1]
    if top >= 2 and top > second:
        return code
    return lexicon.default_dollar


def format_decimal(value: Decimal) -> str:
    """A Decimal as a plain string without exponent or trailing zeros: 1.5E+6 -> "1500000"."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _piece(
    match: re.Match[str], grammar: MoneyGrammar, currencies: ArticleCurrencies
) -> _Piece | None:
    groups = match.groupdict()
    lexicon = grammar.lexicon
    text = match.string
    if groups["m_num"] is not None:
        return _minor_piece(match, lexicon, currencies)
    currency: str | None
    if groups["a_sign"] is not None:
        sign = groups["a_sign"]
        if text[match.end() : match.end() + 1].isalnum():
            return None  # "N95s", "R2D2": a sign glued to a word is no amount
        currency = _sign_currency(sign, groups, lexicon, currencies)
        number, scale = _number(groups["a_num"]), _scale(groups["a_scale"], lexicon)
    elif groups["b_num"] is not None:
        if groups["b_code"] is not None:
            currency = groups["b_code"]
        else:
            word = _space(groups["b_word"])
            currency = currencies.of(word, grammar.words[word])
        number, scale = _number(groups["b_num"]), _scale(groups["b_scale"], lexicon)
    elif groups["c_words"] is not None:
        word = _space(groups["c_word"])
        currency = currencies.of(word, grammar.words[word])
        number, scale = _words_number(groups["c_words"]), None
    else:
        sign = groups["d_sign"]
        currency = sign if sign in lexicon.codes else currencies.of(sign, lexicon.signs[sign])
        number, scale = (
            _number(groups["d_num"], continental=True),
            _scale(groups["d_scale"], lexicon),
        )
    if number is None or currency is None:
        return None
    return _Piece(match.start(), match.end(), number, scale, currency)


def _sign_currency(
    sign: str, groups: dict[str, str | None], lexicon: MoneyLexicon, currencies: ArticleCurrencies
) -> str | None:
    """The currency of a sign before a figure. A weak sign of one currency ("N", "R") is
    money without its country named when a scale follows ("N5 billion"); an ISO code that
    is also an English word ("ALL 70 of us") only with a scale or a fraction ("ALL 12.5m")."""
    if sign in lexicon.signs:
        candidates = lexicon.signs[sign]
        if len(candidates) == 1 and candidates != ("$",) and groups["a_scale"]:
            return candidates[0]  # "N5bn", "R60-million": a scale makes a letter money
        return currencies.of(sign, candidates)
    if sign in lexicon.code_words and not groups["a_scale"] and "." not in (groups["a_num"] or ""):
        return None
    return sign


def _minor_piece(
    match: re.Match[str], lexicon: MoneyLexicon, currencies: ArticleCurrencies
) -> _Piece | None:
    """ "17p", "84c", "50 cents", "20 kopecks": a subunit, in its currency's units."""
    unit = match.group("m_unit") or match.group("m_attached")
    code, divisor = lexicon.minor_units[unit.casefold()]
    figure = parse_figure(match.group("m_num"))
    if figure is None:
        return None
    currency = code if code != "$" else currencies.dollar
    return _Piece(match.start(), match.end(), figure / divisor, None, currency)


def _in_main_currency(pieces: list[_Piece], lexicon: MoneyLexicon, dollar: str) -> list[_Piece]:
    """Cents in the article's main currency: the commonest currency of its other amounts
    that has no subunit of its own in the lexicon (pence are GBP's), else its dollar."""
    own = {code for code, _ in lexicon.minor_units.values()}
    counts = Counter(
        piece.currency for piece in pieces if piece.currency not in {MAIN_CURRENCY, *own}
    )
    main = counts.most_common(1)[0][0] if counts else dollar
    return [
        replace(piece, currency=main) if piece.currency == MAIN_CURRENCY else piece
        for piece in pieces
    ]


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold())


def _number(text: str, continental: bool = False) -> Decimal | None:
    """The value of a figure as the grammar matched it: "1,234.5", "1,00,000" (Indian
    groups), "250 000" (spaced groups), "68/5" (a slash typed for the point) and, with
    `continental`, "1.234.567,89" and "12,50"."""
    if "/" in text:
        whole, _, fraction = text.partition("/")
        return parse_figure(f"{whole}.{fraction}")
    if continental and re.fullmatch(_CONTINENTAL, text):
        return parse_figure(text.replace(".", "").replace(",", "."))
    if re.fullmatch(_INDIAN, text):
        text = text.replace(",", "")
    return parse_figure(re.sub(r"\s", "", text))


def _words_number(text: str) -> Decimal | None:
    words = text.casefold().replace("-", " ").split()
    if words[:2] == ["half", "a"] or words[:2] == ["half", "an"]:
        rest = parse_number_words(" ".join(["a", *words[2:]]))
        return rest / 2 if rest is not None else None
    return parse_number_words(" ".join(words))


def _scale(text: str | None, lexicon: MoneyLexicon) -> int | None:
    if not text:
        return None
    # any Unicode space or dash may stand between a figure and its scale ("2\xa0billion")
    return lexicon.scales[re.sub(rf"^(?:\s|{_DASH})+", "", text).casefold()]


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
    join = "-" if re.fullmatch(_DASH, match.group("join")) else match.group("join").casefold()
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


def _with_range_before(
    text: str, money: Money, piece: _Piece, grammar: MoneyGrammar, consumed: int
) -> Money:
    """A bare figure before an amount whose currency comes after it: "2,500-2,600 lei",
    "between 5 and 6 million euros", "from 10 to 12 rand"."""
    if money.value_max is not None or text[piece.start].isdigit() is False:
        return money
    window = max(0, piece.start - 40, consumed)
    match = grammar.partner_before.search(text[window : piece.start])
    if match is None:
        return money
    before = text[: window + match.start()]
    if not match.group("between") and grammar.from_change.search(before):
        return money
    low = _number(match.group("num"))
    if low is None:
        return money
    low_scale = _scale(match.group("scale"), grammar.lexicon) or piece.scale
    low = low * low_scale if low_scale else low
    if low >= money.value:
        return money
    return replace(money, start=window + match.start(), value=low, value_max=money.value)


def _shared_periods(text: str, found: list[Money]) -> list[Money]:
    """Conversions in brackets share the rate: "A$6.5m ($4.7m/€4.01m) per year"."""
    result = list(found)
    for index in range(len(result) - 1, 0, -1):
        left, right = result[index - 1], result[index]
        joined = re.fullmatch(r"\s*[(/]\s*", text[left.end : right.amount_start])
        if joined and right.per and left.per is None:
            result[index - 1] = replace(left, per=right.per)
    return result


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
