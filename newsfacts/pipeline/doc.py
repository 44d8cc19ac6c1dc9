"""What the stages leave on a spaCy Doc, and the small helpers they share.

Stages keep spans in `doc.spans["newsfacts_*"]` and plain JSON-able values in
`doc._.newsfacts_*`, never pydantic objects, Span objects or lambdas: plain values survive
`Doc.to_bytes()`, which `nlp.pipe(n_process>1)` and DocBin rely on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, Literal, overload
from weakref import WeakKeyDictionary, ref

from spacy.attrs import LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from newsfacts.models.facts import ActorFact, AmountFact, DateFact, QuoteFact, StanceFact
from newsfacts.pipeline.intervals import RangeIndex

FACT_KINDS = ("actors", "amounts", "dates", "quotes", "stances")
BOILERPLATE = "newsfacts_boilerplate"
ACTOR_MENTIONS = "newsfacts_actor_mentions"
# the label of an actor mention that is its people's word ("Israeli" for Israel, "Muslims"),
# not one of its names: a target quoting it keeps the word as written
PEOPLE_WORD = "PEOPLE"

Fact = dict[str, Any]


def register_extensions() -> None:
    """Declare the Doc attributes the stages read and write (idempotent)."""
    names = ["published", "language", "failures", "warnings", *FACT_KINDS]
    for name in names:
        if not Doc.has_extension(f"newsfacts_{name}"):
            Doc.set_extension(f"newsfacts_{name}", default=None)


@overload
def get_facts(doc: Doc, kind: Literal["actors"]) -> list[ActorFact]: ...
@overload
def get_facts(doc: Doc, kind: Literal["amounts"]) -> list[AmountFact]: ...
@overload
def get_facts(doc: Doc, kind: Literal["dates"]) -> list[DateFact]: ...
@overload
def get_facts(doc: Doc, kind: Literal["quotes"]) -> list[QuoteFact]: ...
@overload
def get_facts(doc: Doc, kind: Literal["stances"]) -> list[StanceFact]: ...
def get_facts(doc: Doc, kind: str) -> list[Any]:
    """The facts one stage left on the Doc (an empty list before it ran), typed by kind
    (`newsfacts.models.facts`), so a reader of a renamed key fails mypy."""
    return list(getattr(doc._, f"newsfacts_{kind}") or [])


@overload
def set_facts(doc: Doc, kind: Literal["actors"], facts: Sequence[ActorFact]) -> None: ...
@overload
def set_facts(doc: Doc, kind: Literal["amounts"], facts: Sequence[AmountFact]) -> None: ...
@overload
def set_facts(doc: Doc, kind: Literal["dates"], facts: Sequence[DateFact]) -> None: ...
@overload
def set_facts(doc: Doc, kind: Literal["quotes"], facts: Sequence[QuoteFact]) -> None: ...
@overload
def set_facts(doc: Doc, kind: Literal["stances"], facts: Sequence[StanceFact]) -> None: ...
def set_facts(doc: Doc, kind: str, facts: Sequence[Any]) -> None:
    """Leave a stage's facts on the Doc, typed by kind as `get_facts` reads them."""
    setattr(doc._, f"newsfacts_{kind}", list(facts))


def raw_facts(doc: Doc, kind: str) -> list[Fact]:
    """The facts of any kind as plain dicts, for the record assembly that fills them in."""
    return list(getattr(doc._, f"newsfacts_{kind}") or [])


def add_warning(doc: Doc, message: str) -> None:
    warnings = list(doc._.newsfacts_warnings or [])
    if message not in warnings:
        warnings.append(message)
    doc._.newsfacts_warnings = warnings


def add_failure(
    doc: Doc,
    error: str,
    detail: str | None = None,
    *,
    stage: str | None = None,
    kind: str | None = None,
) -> None:
    """Note that a stage failed on this Doc: the `error` ("KeyError: 'x'"), the `detail`
    (the traceback), the `stage`'s name and the `kind` of facts it left out."""
    failure = {"error": error, "detail": detail, "stage": stage, "kind": kind}
    doc._.newsfacts_failures = [*(doc._.newsfacts_failures or []), failure]


# `Doc.text` joins every token anew on each call (a millisecond or more for an article):
# the stages read it about ten times an article, so each Doc's text is joined once and kept
# while the Doc lives. A Doc's text never changes (retokenising keeps it).
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


# Rules that scan a whole article for a word test these strings rather than make a Token
# (and look up its text) for every word, several times an article.
_WORDS: WeakKeyDictionary[Doc, list[str]] = WeakKeyDictionary()


def doc_words(doc: Doc) -> list[str]:
    """The text of each token in order, read once per Doc (a Doc's tokens never change
    once the stages run), from the Doc's array of word ids: no Token made per word."""
    return _array_strings(doc, ORTH, _WORDS)


_LOWER_WORDS: WeakKeyDictionary[Doc, list[str]] = WeakKeyDictionary()


def doc_lower_words(doc: Doc) -> list[str]:
    """The lower-case form of each token in order (`Token.lower_`, which is `str.lower` of
    its text), read once per Doc from its array of ids."""
    return _array_strings(doc, LOWER, _LOWER_WORDS)


def _array_strings(doc: Doc, attr: int, kept: WeakKeyDictionary[Doc, list[str]]) -> list[str]:
    """The strings of one of the Doc's attribute arrays, read once per Doc into `kept`."""
    words = kept.get(doc)
    if words is None:
        words = kept[doc] = strings_of(doc, doc.to_array(attr).tolist())
    return words


# Rules ask whether a line break lies between two words of a parse, for pairs all over an
# article: the breaks are found once per Doc and each question is a bisection.
_LINE_BREAKS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


def breaks_between(doc: Doc, start: int, end: int) -> bool:
    """True when a token in `doc[start:end]` holds a line break (a token's whitespace is
    one space at most, so the break is in its text)."""
    breaks = _LINE_BREAKS.get(doc)
    if breaks is None:
        breaks = _LINE_BREAKS[doc] = [i for i, word in enumerate(doc_words(doc)) if "\n" in word]
    first = bisect_left(breaks, start)
    return first < len(breaks) and breaks[first] < end


class _Strings(dict[int, str]):
    """One string store's strings by id, kept once read: `StringStore` decodes a new
    string on every lookup, and an article asks for the same words again and again."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        found = self[key] = self.strings[key]
        return found


# kept per string store (each holds its store, so no id is reused while it is kept)
_KEPT_STRINGS: dict[int, _Strings] = {}
# a store holds every string its articles said; the copy here is bounded
MAX_KEPT_STRINGS = 1 << 20


def strings_of(doc: Doc, ids: list[int]) -> list[str]:
    """The strings of `ids` (word, lemma or tag ids of `doc`'s vocabulary), in order."""
    store = doc.vocab.strings
    kept = _KEPT_STRINGS.get(id(store))
    if kept is None or len(kept) > MAX_KEPT_STRINGS:
        kept = _KEPT_STRINGS[id(store)] = _Strings(store)
    return list(map(kept.__getitem__, ids))  # a third of the comprehension's time


# The Doc whose text was asked last (weakly held) and that text: the stages ask it of one
# Doc thousands of times in a row, and a weak dictionary's lookup costs more than the
# slice of it they want.
_last_text: tuple[ref[Doc] | None, str] = (None, "")


def remember_text(doc: Doc, text: str) -> None:
    """Note that `doc` was made from `text`, which its tokens keep character for character:
    `doc_text` then has nothing to join."""
    global _last_text
    _TEXTS[doc] = text
    _last_text = (ref(doc), text)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (or never, for a Doc whose text was remembered)."""
    global _last_text
    last, text = _last_text
    if last is not None and last() is doc:
        return text
    found = _TEXTS.get(doc)
    if found is None:
        found = _TEXTS[doc] = doc.text
    _last_text = (ref(doc), found)
    return found


def span_text(span: Span) -> str:
    """`span.text`, cut from the Doc's text read once (`Span.text` joins its tokens anew
    on every call, and rules ask it of the same sentences and names again and again)."""
    if not len(span):
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


# Loops over every token of an article that only want some parts of speech test these
# numbers first and make a Token only for the words they keep.
_POS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


def doc_pos(doc: Doc) -> list[int]:
    """The coarse part-of-speech id (`Token.pos`) of each token in order, read once per Doc."""
    pos = _POS.get(doc)
    if pos is None:
        pos = _POS[doc] = doc.to_array("POS").tolist()  # no Token made per word
    return pos


_SENT_STARTS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


def doc_sent_starts(doc: Doc) -> list[int]:
    """Each token's sentence-start mark in order (`Token.sent_start` as stored: 1 opens a
    sentence), read once per Doc: `Span.sent` scans the whole Doc on every call."""
    starts = _SENT_STARTS.get(doc)
    if starts is None:
        starts = _SENT_STARTS[doc] = doc.to_array("SENT_START").tolist()
    return starts


def entity_bounds(token: Token) -> tuple[int, int] | None:
    """The token range of the entity the model found over `token`, if any, read from the
    tokens' IOB tags around it (`Doc.ents` builds every entity of the Doc on each call)."""
    if token.ent_iob_ not in {"B", "I"}:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


# Several rules ask whether a capitalised word is also written in lower case in the article
# ("Young people", "Price rises"): the Doc's lower-case words are found once and kept.
_LOWERCASE: WeakKeyDictionary[Doc, frozenset[str]] = WeakKeyDictionary()


def lowercase_words(doc: Doc) -> frozenset[str]:
    """Every word the Doc writes all in lower case, found once per Doc."""
    words = _LOWERCASE.get(doc)
    if words is None:
        words = _LOWERCASE[doc] = frozenset(word for word in doc_words(doc) if word.islower())
    return words


def in_boilerplate(doc: Doc, start: int, end: int) -> bool:
    """True when the character range lies inside text the cleaning stage marked as boilerplate."""
    return _boilerplate_index(doc).contains(start, end)


# Stages ask about boilerplate once per candidate: on a long article a scan of the span
# group per question is quadratic, so each Doc's ranges are indexed once and kept while
# the Doc lives (and while its boilerplate group keeps its size).
_BOILERPLATE_INDEX: WeakKeyDictionary[Doc, tuple[int, RangeIndex]] = WeakKeyDictionary()


def _boilerplate_index(doc: Doc) -> RangeIndex:
    group = doc.spans.get(BOILERPLATE, [])
    cached = _BOILERPLATE_INDEX.get(doc)
    if cached is None or cached[0] != len(group):
        ranges = ((span.start_char, span.end_char) for span in group)
        cached = _BOILERPLATE_INDEX[doc] = (len(group), RangeIndex(ranges))
    return cached[1]


class SentenceIndex:
    """Maps character offsets to sentence numbers, for the evidence of each fact."""

    def __init__(self, doc: Doc) -> None:
        self._starts = (
            [sent.start_char for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]
        )

    def __call__(self, char: int) -> int:
        return max(bisect_right(self._starts, char) - 1, 0)


_MENTION_INDEX: WeakKeyDictionary[Doc, tuple[int, dict[int, str]]] = WeakKeyDictionary()


def actor_id_at(doc: Doc, token_index: int) -> str | None:
    """The id of the actor whose mention covers the token, if any (indexed once per Doc,
    for the same reason as boilerplate)."""
    group = doc.spans.get(ACTOR_MENTIONS, [])
    cached = _MENTION_INDEX.get(doc)
    if cached is None or cached[0] != len(group):
        owners = {
            i: span.kb_id_ for span in group if span.kb_id_ for i in range(span.start, span.end)
        }
        cached = (len(group), owners)
        _MENTION_INDEX[doc] = cached
    return cached[1].get(token_index)
