"""For any text, extraction gives a valid record whose evidence is the text's own words,
or an error entry: never an exception out of the batch."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.models import Article, ArticleRecord, ErrorEntry
from newsfacts.pipeline.extractor import Extractor
from newsfacts.pipeline.tokens import make_doc

PIECES = [
    *"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?$€£%-—'\n",
    *["“", "”", "‘", "’", '"', "«", "»", " said ", " Mayor ", " million ", " ICE ", " Aug. "],
]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


def evidence_dicts(value: Any) -> list[dict[str, Any]]:
    """Every dict with start/end offsets inside a dumped record."""
    if isinstance(value, list):
        return [found for item in value for found in evidence_dicts(item)]
    if not isinstance(value, dict):
        return []
    own = [value] if "start" in value and "end" in value else []
    return own + [found for item in value.values() for found in evidence_dicts(item)]


def assert_sound(result: ArticleRecord | ErrorEntry, text: str) -> None:
    """A record (no stage failed on the text), whose every offset points at its own words."""
    assert isinstance(result, ArticleRecord), result
    assert ArticleRecord.model_validate_json(result.model_dump_json()) == result
    for evidence in evidence_dicts(result.model_dump()):
        assert 0 <= evidence["start"] <= evidence["end"] <= len(text)
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWSY, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_properties_any_text_gives_a_sound_record(
    extractor: Extractor, text: str, published: str | None
) -> None:
    [result] = extractor.pipe([Article(id="x", text=text, published=published)])
    assert_sound(result, text)


def test_properties_adversarial_texts(extractor: Extractor) -> None:
    texts = [
        "“" * 10_000,
        '"' * 5_001 + " he said",
        "$" * 1_000_000,
        "The meeting is on Feb 30 and Aug. 32, in 2882015. $ million. $",
        "!!! ??? ... ,,, ;;; --- ''' \"\"\"",
        "“Unbalanced, the mayor said. ‘Nested “marks’ here” now.",
        "\x00\x01 control characters \x7f inside",
    ]
    results = list(extractor.pipe([Article(id=f"t{i}", text=t) for i, t in enumerate(texts)]))
    assert [r.id for r in results] == [f"t{i}" for i in range(len(texts))]
    for result, text in zip(results, texts, strict=True):
        assert_sound(result, text)


@given(
    st.lists(st.sampled_from([*PIECES, "$" * 70, "“" * 65, "  ", "\t"]), max_size=60).map("".join)
)
def test_properties_tokens_keep_the_text(extractor: Extractor, text: str) -> None:
    assert make_doc(extractor.nlp, text).text == text


# Real-world junk: every Unicode space separator, zero-width and bidi marks, soft hyphens,
# dashes and quote marks, next to the numbers, currency signs and scale words that the
# amounts and dates stages read ("$2\xa0billion" once made the amounts stage raise).
SPACES = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"]
DASHES = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Pd"]
# zero-width, byte-order mark, soft hyphen, then the bidi marks and isolates
INVISIBLE = [
    *"\u200b\u200c\u200d\ufeff\u00ad",
    *"\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
]
JUNK = [*SPACES, *DASHES, *INVISIBLE, "\u2028", "\u2029", "\x85", "\t", "\r\n"]
MONEY_WORDS = [*"$£€¥₹", "US$", "Rs", "2", "12.5", "1,000", "4,000", "bn", "m", "billion"]
MONEY_WORDS += ["million", "lei", "p", "pence", "euro", "dollar", "-", " a year"]
DATE_WORDS = ["Aug.", "31", "Tuesday", "last", "week", "2018", "1990s", "now", "afternoon"]
JUNKY = st.lists(
    st.one_of(
        st.sampled_from(JUNK),
        st.sampled_from(MONEY_WORDS),
        st.sampled_from(DATE_WORDS),
        st.sampled_from(PIECES),
        st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=8),
        st.integers(min_value=200, max_value=3_000).map(lambda n: "x" * n),  # a very long token
    ),
    max_size=80,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=JUNKY)
def test_properties_unicode_junk_around_money_and_dates_gives_a_full_record(
    extractor: Extractor, text: str
) -> None:
    [result] = extractor.pipe([Article(id="x", text=text, published="2018-07-27")])
    assert_sound(result, text)
    assert isinstance(result, ArticleRecord)
    assert not [w for w in result.warnings if w.startswith("W004")], result.warnings


@pytest.mark.parametrize("space", SPACES)
def test_properties_every_space_between_a_figure_and_its_scale_word(
    extractor: Extractor, space: str
) -> None:
    text = f"The council approved $2{space}billion and £35{space}m on Aug.{space}31."
    [result] = extractor.pipe([Article(id="x", text=text, published="2018-07-27")])
    assert_sound(result, text)
    assert isinstance(result, ArticleRecord) and not result.warnings
