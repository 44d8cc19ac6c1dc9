"""Every ISO 4217 currency in use, with its English names and its symbols, read from CLDR.

Babel ships the Unicode CLDR data inside its wheel, so no list is written by hand and nothing
is downloaded: the codes tendered in some territory today, their English singular and plural
names ("Romanian leu", "Romanian lei"), the bare head of each name ("lei"), the symbols the
territory's own locales and the English locales write ("₦", "Ksh", "zł", "RM", "₹"), and the
words that mark an article as being about a currency's country ("Nigeria", "Nigerian").
What news adds on top (scale words, "quid", "Sh", which shared forms default to what) stays
in `resources/currencies.json`.

Reading every territory's locales costs about a second, at the start of every process: the
table as this Babel release gives it is therefore shipped as a snapshot
(`resources/cldr_currencies.json`, written by `scripts/build_cldr_currencies.py`), read when
the installed Babel is the release it was taken from, and built afresh under any other.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import cache

import babel
from babel import Locale, languages, localedata, numbers

from newsfacts.resources.lexicon import Lexicon

SNAPSHOT = "cldr_currencies.json"
SNAPSHOT_ABOUT = (
    "ISO 4217 currencies in use, their English names and their symbols, from Unicode CLDR "
    "through Babel (see newsfacts/extract/amounts/currencies.py); written by "
    "scripts/build_cldr_currencies.py"
)


class CurrencyTable(Lexicon):
    """The CLDR view of current currencies: each form maps to every code it may stand for,
    with the Babel release it was read from. Shipped as a snapshot (`SNAPSHOT`), so that a
    process need not read every territory's locales."""

    shipped = SNAPSHOT

    babel: str
    codes: frozenset[str]
    names: dict[str, str]
    heads: dict[str, tuple[str, ...]]
    symbols: dict[str, tuple[str, ...]]
    markers: dict[str, tuple[str, ...]]
    dollars: frozenset[str]


@cache
def cldr_currencies() -> CurrencyTable:
    """The table, once per process: the shipped snapshot when it was taken from the installed
    Babel release, else built from Babel's CLDR data."""
    snapshot = CurrencyTable.load()
    if snapshot.babel == babel.__version__:
        return snapshot
    return build_from_cldr()


def build_from_cldr() -> CurrencyTable:
    """The table from Babel's CLDR data (about a second: every territory's locales are read)."""
    english = Locale("en")
    territories = {
        code
        for code in english.territories
        if isinstance(code, str) and len(code) == 2 and code.isalpha()
    }
    tendered: dict[str, list[str]] = defaultdict(list)
    for territory in sorted(territories):
        for code in numbers.get_territory_currencies(territory, tender=True):
            tendered[code].append(territory)
    names: dict[str, set[str]] = defaultdict(set)
    heads: dict[str, set[str]] = defaultdict(set)
    markers: dict[str, set[str]] = defaultdict(set)
    for code, places in tendered.items():
        for count in (1, 2):
            name = numbers.get_currency_name(code, count=count, locale="en")
            if "(" in name:  # a historical name: "Romanian leu (1952–2006)"
                continue
            names[name.casefold()].add(code)
            *adjective, head = name.split()
            heads[head.casefold()].add(code)
            if adjective:
                markers[code].add(" ".join(adjective))
        markers[code].update(english.territories[place] for place in places)
    return CurrencyTable(
        _about=SNAPSHOT_ABOUT,
        babel=babel.__version__,
        codes=frozenset(tendered),
        names={name: next(iter(codes)) for name, codes in names.items() if len(codes) == 1},
        heads={head: tuple(sorted(codes)) for head, codes in heads.items()},
        symbols=_symbols(tendered),
        markers={code: tuple(sorted(words)) for code, words in markers.items()},
        dollars=frozenset(code for code in tendered if "dollar" in _english_name(code)),
    )


def _english_name(code: str) -> str:
    return numbers.get_currency_name(code, locale="en").casefold()


def _symbols(tendered: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each symbol the English locales and each territory's own official-language locales
    write for a current currency, with every code that writes it ("$" has many)."""
    known = set(localedata.locale_identifiers())
    found: dict[str, set[str]] = defaultdict(set)
    for code, symbol in Locale("en").currency_symbols.items():
        if code in tendered:
            found[_clean(symbol)].add(code)
    for code, places in tendered.items():
        for place in places:
            official = languages.get_official_languages(place, de_facto=True)
            for language in (*official, "en"):
                identifier = f"{language}_{place}"
                if identifier not in known:
                    continue
                symbol = Locale.parse(identifier).currency_symbols.get(code)
                if symbol:
                    found[_clean(symbol)].add(code)
    return {
        symbol: tuple(sorted(codes))
        for symbol, codes in found.items()
        if symbol and not symbol.isdigit()
    }


def _clean(symbol: str) -> str:
    """A symbol without the invisible direction and width marks some locales add."""
    return "".join(char for char in symbol if unicodedata.category(char) != "Cf").strip()
