"""For any text, extraction gives a valid record whose evidence is the text's own words,
or an error entry: never an exception out of the batch."""

from __future__ import annotations

from typing import Any

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
